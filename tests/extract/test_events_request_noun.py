"""The request noun after «عند» or «على» names its asker after «من», a class word («حركة») before the name
allowed (`event_triggers.tsv` «عند طلب», `events_agents.request_from`)."""

from marsad.extract.events_eval import run_article


def _demands(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "DEMAND"]


def test_yielding_to_a_request_names_the_asker() -> None:
    ev = _demands("وأرجأت باكستان جولة المحادثات الثانية نزولا عند طلب من حركة طالبان الأفغانية.")
    assert ev and ev[0].source == ["طالبان"]


def test_request_of_a_titled_leader_names_him() -> None:
    ev = _demands("وأعلن التحالف هدنة إنسانية لمدة خمسة أيام بناء على طلب من الرئيس اليمني عبد ربه منصور هادي.")
    assert ev and ev[0].source == ["عبد ربه منصور هادي"]


def test_when_a_transfer_is_asked_no_demand() -> None:
    assert not _demands("وقرر الاتحاد ألا يقل عمر اللاعب عن 18 عاما عند طلب الانتقال ضمن لائحة المحترفين.")

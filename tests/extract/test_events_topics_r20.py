"""Trigger words that tell no event: a pastime sentence (sport, drama, song), a figure of speech («انفجار
المعلومات», «هجوم الإعلام»), a standing danger («التهديد الإيراني»), a kind of deed («سياسة قتل …»), talks
only sought («لاستئناف المحادثات»), a suicide, a declined invitation, an officer's thanks for his promotion,
a reviewed exhibit, a device's features, a body received and a family trip."""

from __future__ import annotations

import pytest
from event_cases import run

from marsad.model import Event

QATAR = ("قطر", "قطر", "LOC")
TALIBAN = ("حركة طالبان", "طالبان", "ORG")
AFGHAN_GOV = ("الحكومة الأفغانية", "أفغانستان", "ORG")
TURKEY = ("تركيا", "تركيا", "LOC")
AKP = ("حزب العدالة والتنمية", "حزب العدالة والتنمية", "ORG")
CHP = ("حزب الشعب الجمهوري", "حزب الشعب الجمهوري", "ORG")


def types(evs: list[Event]) -> set[str]:
    """The types of the events found."""
    return {e.type for e in evs}


def test_a_player_loan_is_no_agreement() -> None:
    text = "وافق نادي الوحدة على إعارة اللاعب سامي خالد إلى نادي الرائد لموسم واحد."
    evs = run(text, [("نادي الوحدة", "نادي الوحدة", "ORG"), ("سامي خالد", "سامي خالد", "PER"),
                     ("نادي الرائد", "نادي الرائد", "ORG")])
    assert "AGREE" not in types(evs)


def test_an_actor_leaving_a_drama_series_is_no_retreat() -> None:
    text = "وانسحب الفنان سامي العلي من المسلسل الجديد بعد خلاف مع المخرج حول الدراما الخليجية."
    evs = run(text, [("سامي العلي", "سامي العلي", "PER")])
    assert "RETREAT" not in types(evs)


@pytest.mark.parametrize("text", [
    "ووقف العالم أمام انفجار المعلومات في عصر الإنترنت.",
    "وتصاعد هجوم الإعلام الغربي على تركيا خلال الأسبوع الماضي.",
    "وتعرضت تركيا لهجوم إعلامي من قنوات أجنبية.",
    "وأحرق الحزن قلوب أهالي تركيا بعد الخسارة.",
])
def test_a_figure_of_speech_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(run(text, [TURKEY]))


def test_a_war_of_words_is_no_fight() -> None:
    text = "واشتدت المعارك الكلامية بين حزب العدالة والتنمية وحزب الشعب الجمهوري في تركيا."
    assert "FIGHT" not in types(run(text, [AKP, CHP, TURKEY]))


def test_the_iranian_threat_is_a_danger_not_a_threat_made() -> None:
    text = "وأكد الوزير أن بلاده تراقب التهديد الإيراني في منطقة الخليج."
    assert "THREATEN" not in types(run(text, [("الإيراني", "إيران", "LOC")]))


def test_a_policy_of_killing_names_no_killing() -> None:
    text = "وعرض الباحث في محاضرته سياسات قتل المدنيين التي عرفتها حروب القرن الماضي."
    assert "ASSAULT" not in types(run(text, []))


def test_talks_only_sought_are_no_meeting() -> None:
    text = "وأشارت الوزارة إلى الجهود التي تبذلها قطر لاستئناف محادثات السلام بين الحكومة الأفغانية وحركة طالبان."
    assert "CONSULT" not in types(run(text, [QATAR, TALIBAN, AFGHAN_GOV]))


def test_a_suicide_is_no_attack() -> None:
    text = "وقالت الشرطة إن المسلح فهد الزيد انتحر بإطلاق النار على نفسه داخل المبنى."
    assert "ASSAULT" not in types(run(text, [("فهد الزيد", "فهد الزيد", "PER")]))


def test_declining_to_attend_is_no_apology() -> None:
    text = "واعتذر الوزير ماجد الحربي عن حضور المؤتمر بسبب ارتباطات سابقة."
    assert "CONCEDE" not in types(run(text, [("ماجد الحربي", "ماجد الحربي", "PER")]))


def test_thanks_for_a_promotion_is_no_support() -> None:
    text = "وعبر اللواء خالد السبيعي عن شكره وتقديره للقيادة بمناسبة ترقيته إلى رتبة لواء."
    assert "SUPPORT" not in types(run(text, [("خالد السبيعي", "خالد السبيعي", "PER")]))


def test_reviewing_an_exhibit_is_no_meeting() -> None:
    text = "وافتتح الأمير سعود بن نايف المعرض، واطلع سموه على أجنحته."
    assert "CONSULT" not in types(run(text, [("سعود بن نايف", "سعود بن نايف", "PER")]))


def test_a_phone_supporting_a_feature_backs_no_party() -> None:
    text = "وهاتف سامسونغ الجديد يدعم خاصية قارئ البصمة."
    assert "SUPPORT" not in types(run(text, [("سامسونغ", "سامسونغ", "ORG")]))


def test_receiving_a_martyr_body_is_no_meeting() -> None:
    text = "واستقبل محافظ الخرمة سعد العتيبي جثمان الشهيد في المطار."
    assert "CONSULT" not in types(run(text, [("سعد العتيبي", "سعد العتيبي", "PER")]))


def test_a_family_trip_is_no_visit() -> None:
    text = "أصيب الطفل علي حسن بطلق ناري أثناء زيارته برفقة عائلته لسلطنة عمان."
    evs = run(text, [("علي حسن", "علي حسن", "PER"), ("سلطنة عمان", "عمان", "LOC")])
    assert "CONSULT" not in types(evs)

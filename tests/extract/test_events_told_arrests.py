"""Arrests a crime report tells (`events_told_arrests`): after a word of charge or search when a verb tells
them, with a police body no entity names as doer, by the subject of the verb an arrest verb is conjoined to
or of «باشر»; and whom «عليه» stands for is never the police nor a body someone was sent to."""

from __future__ import annotations

from event_cases import run

PROSECUTION = ("النيابة العامة", "النيابة العامة", "ORG")


def _arrests(text: str, specs: list[tuple[str, str, str]] | None = None) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run(text, specs or []) if e.type == "COERCE"]


def test_an_arrest_told_after_the_charge_is_kept() -> None:
    assert _arrests("وأوضح المتحدث أن المتهم بسرقة المتجر تم القبض عليه فجر اليوم.") == [([], ["المتهم"])]


def test_an_arrest_told_after_a_search_is_kept() -> None:
    assert _arrests("وبعد البحث عن المتهم بالاعتداء على العامل جرى القبض عليه في منزله.") == [([], ["المتهم"])]


def test_the_charge_itself_stays_no_deed() -> None:
    evs = run("ويواجه المتهم تهمة الاعتداء على الحارس وسرقة سيارته.", [])
    assert not [e for e in evs if e.type in ("ASSAULT", "CRIME", "COERCE")]


def test_criminal_investigation_is_a_body_not_a_search() -> None:
    assert _arrests("وتمكنت شعبة التحريات والبحث الجنائي من القبض على ثلاثة أشخاص.") == [
        (["البحث الجنائي"], ["ثلاثة أشخاص"])]


def test_security_patrols_arrest() -> None:
    assert _arrests("وألقت دوريات الضبط الأمني القبض على شخصين قرب السوق.") == [(["قوات الأمن"], ["شخصين"])]


def test_an_arrest_verb_conjoined_to_the_opening_verb_shares_its_subject() -> None:
    assert _arrests("هرعت الشرطة إلى المكان وقبضت على الجاني.") == [(["الشرطة"], ["الجاني"])]


def test_the_subject_of_bashara_made_the_arrest() -> None:
    assert _arrests("وباشرت قوات الأمن بعد التأكد من هوياتهم القبض عليهم.") == [(["قوات الأمن"], [])]


def test_a_told_arrest_of_a_suspect_with_no_doer() -> None:
    assert _arrests("وأكد المتحدث أنه تم القبض على الجاني.") == [([], ["الجاني"])]


def test_the_police_are_not_whom_the_pronoun_stands_for() -> None:
    assert not [t for _, t in _arrests("وأقر الموقوف بأسماء من رافقوه، والشرطة الآن في طور القبض عليهم.") if "الشرطة" in t]


def test_a_body_someone_was_sent_to_was_not_arrested() -> None:
    got = _arrests("وأحالت الوحدة 14 عنصرا على النيابة العامة بعد القبض عليهم.", [PROSECUTION])
    assert not [t for _, t in got if "النيابة العامة" in t]


def test_a_preposition_is_no_nisba_of_the_suspect() -> None:
    assert _arrests("وأحيل المتهم إلى المحكمة بعد القبض عليه.") == [([], ["المتهم"])]

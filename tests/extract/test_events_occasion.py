"""A needed party read off the clause around a trigger: the speaker of a sentence whose meeting noun
is the occasion («خلال لقاء مع …») or whose visit to a country is («في زيارة للأردن»), and the fronted
subject a conjoined verb shares with the first verb after «أن»/«إن» («أن مجلس الرابطة يتابع … ويؤيد …»)."""

from __future__ import annotations

from event_cases import run

KARIM = ("كريم الساعدي", "كريم الساعدي", "PER")
NOURI = ("نوري الحسني", "نوري الحسني", "PER")
LEAGUE = ("الرابطة", "رابطة الموانئ", "ORG")
JORDAN = ("الأردن", "الأردن", "LOC")


def _consult(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run(text, specs) if e.type == "CONSULT"]


def test_a_meeting_that_is_the_occasion_of_a_statement_has_the_speaker_as_party() -> None:
    text = "وقال كريم الساعدي عقب اجتماع مع نوري الحسني إن الحوار سيستمر."
    assert _consult(text, [KARIM, NOURI]) == [(["كريم الساعدي"], ["نوري الحسني"])]


def test_a_meeting_occasion_with_an_unnamed_party() -> None:
    text = "وصرح كريم الساعدي للصحفيين خلال لقاء مع وجهاء القبائل بأن الطريق سيفتح قريبا."
    assert _consult(text, [KARIM]) == [(["كريم الساعدي"], [])]


def test_a_visit_to_a_place_is_no_meeting_with_the_speaker() -> None:
    text = "وقال كريم الساعدي خلال زيارة إلى المتحف الوطني إن المعرض سيفتتح قريبا."
    assert _consult(text, [KARIM]) == []


def test_a_definite_meeting_noun_refers_back_to_one_told_before() -> None:
    text = "وقال كريم الساعدي بعد الاجتماع مع نوري الحسني إن الحوار سيستمر."
    assert _consult(text, [KARIM, NOURI]) == []


def test_a_conjoined_verb_shares_the_fronted_subject_of_the_first_verb() -> None:
    text = "وأضاف أن الدول الأعضاء في الرابطة تراقب الأوضاع في الميناء وتتضامن مع الأردن."
    evs = [(e.source, e.target) for e in run(text, [LEAGUE, JORDAN]) if e.type == "SUPPORT"]
    assert evs == [(["رابطة الموانئ"], ["الأردن"])]


def test_a_conjoined_verb_in_the_masculine_shares_its_fronted_subject_too() -> None:
    text = "وذكر البيان أن مجلس الرابطة يتابع الأوضاع في الميناء ويؤيد موقف الأردن."
    evs = [(e.source, e.target) for e in run(text, [LEAGUE, JORDAN]) if e.type == "SUPPORT"]
    assert evs == [(["رابطة الموانئ"], ["الأردن"])]


def test_a_visit_to_a_country_is_the_speakers_visit() -> None:
    text = "وقال كريم الساعدي في زيارة للأردن إن التعاون سيتطور."
    assert _consult(text, [KARIM, ("للأردن", "الأردن", "LOC")]) == [(["كريم الساعدي"], ["الأردن"])]

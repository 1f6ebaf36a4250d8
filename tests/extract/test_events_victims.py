"""The second party inside the sentence: victims given by a plural of people and its nisba, the object
after a body or a title holder, the doer of a verbal noun after a verb of trying, the counterpart met,
and the victims of unnamed doers."""

from __future__ import annotations

from event_cases import SECURITY_FORCES, ents, one, run

from marsad.extract.events import extract_events
from marsad.model import Entity

RUSSIAN_FEM = ("الروسية", "روسيا", "LOC")
SYRIANS = ("سوريين", "سوريا", "LOC")
POLICE = ("الشرطة", "الشرطة", "ORG")
ACTIVISTS = ("الناشطين", "الناشطين", "ORG")
PROTESTERS = ("المحتجين", "المحتجين", "ORG")
TUNISIAN_PRESIDENT = ("الرئيس التونسي", "تونس", "LOC")
EGYPT_FM = ("وزير الخارجية المصري", "مصر", "LOC")
JORDANIAN = ("الأردني", "الأردن", "LOC")
SAFADI = ("أيمن الصفدي", "أيمن الصفدي", "PER")


def test_victims_keep_the_nisba_that_says_whose_they_are() -> None:
    text = "وقصفت الطائرات الروسية مدنيين سوريين في ريف إدلب."
    ev = one(run(text, [RUSSIAN_FEM, SYRIANS]), "ASSAULT")
    assert ev.source == ["روسيا"] and ev.target == ["مدنيين سوريين"]


def test_people_right_after_a_body_are_its_object() -> None:
    text = "واعتقلت قوات الأمن الناشطين قرب مبنى البلدية."
    ev = one(run(text, [SECURITY_FORCES, ACTIVISTS]), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["الناشطين"]


def test_people_right_after_the_police_are_its_object() -> None:
    text = "وفرقت الشرطة المحتجين بالقوة في الساحة."
    evs = run(text, [POLICE, PROTESTERS])
    ev = next(e for e in evs if "الشرطة" in e.source)
    assert "المحتجين" not in ev.source and ev.target == ["المحتجين"]


def test_people_right_after_a_title_holder_are_asked() -> None:
    text = "ودعا الرئيس التونسي المحتجين إلى التهدئة."
    found = [Entity(e.text, e.label, e.canonical, e.start, e.end, e.text if e.label == "LOC" else None)
             for e in ents(text, [TUNISIAN_PRESIDENT, PROTESTERS])]  # the title holder of a country
    ev = one(extract_events(text, found, [], None), "DEMAND")
    assert ev.source == ["تونس"] and ev.target == ["المحتجين"]


def test_doer_of_a_verbal_noun_after_a_verb_of_trying() -> None:
    text = "وسمعت طلقات نارية بينما كانت الشرطة تحاول تفريق المحتجين قرب الجسر."
    ev = one(run(text, [POLICE, PROTESTERS]), "COERCE")
    assert ev.source == ["الشرطة"] and ev.target == ["المحتجين"]


def test_counterpart_is_a_second_party() -> None:
    text = "والتقى وزير الخارجية المصري نظيره الأردني أيمن الصفدي في القاهرة."
    ev = one(run(text, [EGYPT_FM, JORDANIAN, SAFADI]), "CONSULT")
    assert ev.source == ["مصر"] and ev.target == ["أيمن الصفدي"]


def test_victims_of_unnamed_doers() -> None:
    text = "وخطف مسلحون ملثمون أربعة مهندسين أجانب قرب الحقل النفطي."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["أربعة مهندسين أجانب"] and ev.source == ["مسلحون ملثمون"]  # the doers (`events_armed_doers`)


def test_victims_of_unnamed_doers_after_an_adjective() -> None:
    text = "وهاجم مسلحون مجهولون مزارعين عزلا في الوادي."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["مزارعين عزلا"]


def test_unnamed_doers_are_a_nominative_plural() -> None:
    from marsad.extract.events_victims import unnamed_doers

    assert unnamed_doers("مسلحون ملثمون") and not unnamed_doers("المسلحون") and not unnamed_doers("مسلحين")


def test_plurals_differing_in_case_are_two_phrases() -> None:
    from marsad.extract.events_phrases import case_clash

    assert case_clash("مجهولون", "مزارعين") and not case_clash("مسلحون", "مجهولون")


def test_victims_after_against_keep_their_nisba() -> None:
    text = "وارتكبت قوات الاحتلال مجزرة بحق مدنيين سوريين في القرية."
    ev = one(run(text, [SYRIANS]), "ASSAULT")
    assert ev.target == ["مدنيين سوريين"]

"""Four actor constructions: an attack noun whose relative clause stands before its own verb, the same
arrest verb said again with the subject carried over, a comma-set time aside between a relative verb with
an object pronoun and its subject, and a masculine adjective of the role after a feminine kingdom."""

from __future__ import annotations

from event_cases import ents, run

from marsad.extract.events import extract_events

KURDS = ("الأكراد", "الأكراد", "ORG")
TURKISH_POLICE = ("الشرطة التركية", "تركيا", "LOC")
ISIS_TANZIM = ("تنظيم داعش", "داعش", "ORG")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
HOLLANDE = ("فرانسوا هولاند", "فرانسوا هولاند", "PER")
EGYPTIAN = ("المصري", "مصر", "LOC")
SISI = ("عبد الفتاح السيسي", "عبد الفتاح السيسي", "PER")
ELDERS = ("شيوخ القبائل", "شيوخ القبائل", "PER")


def test_raids_whose_relative_clause_stands_before_their_verb_hit_its_object() -> None:
    text = "لكن عشرات الغارات التي تلت ذلك استهدفت المتمردين الأكراد."
    evs = [e for e in run(text, [KURDS]) if e.type == "ASSAULT"]
    assert evs and all("الأكراد" not in e.source for e in evs)


def test_an_arrest_verb_said_again_keeps_its_subject() -> None:
    text = "واعتقلت الشرطة التركية عناصر من تنظيم داعش، واعتقلت أعضاء في حزب العمال الكردستاني."
    evs = [e for e in run(text, [TURKISH_POLICE, ISIS_TANZIM, PKK]) if e.type == "COERCE"]
    assert evs and all("حزب العمال الكردستاني" not in e.source for e in evs)
    assert any("حزب العمال الكردستاني" in e.target for e in evs)


def test_a_time_aside_between_a_relative_verb_and_its_subject() -> None:
    text = "وقال فرانسوا هولاند الذي استقبله، صباح أمس، الرئيس المصري عبد الفتاح السيسي، إن الزيارة ناجحة."
    evs = [e for e in run(text, [HOLLANDE, EGYPTIAN, SISI]) if e.type == "CONSULT"]
    assert evs and "عبد الفتاح السيسي" in evs[0].source and "فرانسوا هولاند" in evs[0].target


def test_a_praised_role_with_a_masculine_adjective_is_the_kingdom_s() -> None:
    text = "وأشاد شيوخ القبائل بدور المملكة المحوري في مساندة الحكومة الشرعية."
    evs = [e for e in extract_events(text, ents(text, [ELDERS]), [], publisher="alriyadh") if e.type == "SUPPORT"]
    assert evs and "السعودية" in evs[0].target

"""The patient is not the doer (`events_reversal`): an arrest verb after its subject with no object is a
passive («إن X اعتقل في …»); a relative clause's verb with an object pronoun and a subject of its own
(«الذي اغتالته يد الغدر») was done to the noun before the relative; an accusation verb with its charge
right after it («أن يتهم بالمحاباة») or an attribution with «إلى» right after it («نسب إلى») names no
accuser; the pronoun on «اتهامه بـ» and the genitive of «مطالبة X بـ» are the ones accused or asked."""

from __future__ import annotations

from event_cases import one, run

KAREEM = ("كريم سعدون", "كريم سعدون", "PER")
WALEED = ("وليد حمدان", "وليد حمدان", "PER")
TAREQ = ("طارق منصور", "طارق منصور", "PER")
NIDAL = ("نضال عيسى", "نضال عيسى", "PER")
FRONT = ("جبهة التحرير", "جبهة التحرير", "ORG")
COUNCIL = ("مجلس القبائل", "مجلس القبائل", "ORG")
PARTY = ("حزب الوفاق", "حزب الوفاق", "ORG")


def test_an_arrest_verb_after_its_subject_with_no_object_is_a_passive() -> None:
    text = "وقالت الشرطة إن كريم سعدون اعتقل في مدينة الزرقاء مساء الأحد."
    ev = one(run(text, [KAREEM]), "COERCE")
    assert (ev.source, ev.target) == ([], ["كريم سعدون"])
    text = "وقال المتحدث إن جبهة التحرير اختطفت أمس ثلاثة موظفين."  # an object after a time word: active
    assert one(run(text, [FRONT]), "ASSAULT").source == ["جبهة التحرير"]


def test_a_relative_verb_with_an_object_pronoun_and_its_own_subject_was_done_to_the_antecedent() -> None:
    text = "وبكى أهالي الحي الشاب وليد حمدان الذي اغتالته أيد مجهولة في السوق."
    ev = one(run(text, [WALEED]), "ASSAULT")
    assert (ev.source, ev.target) == ([], ["وليد حمدان"])
    text = "وشكر الأهالي طارق منصور الذي انتقده في المؤتمر بشدة."  # a preposition after it: he did it
    assert one(run(text, [TAREQ]), "DISAPPROVE").source == ["طارق منصور"]


def test_an_accusation_verb_with_its_charge_right_after_it_names_no_accuser() -> None:
    text = "وقال نضال عيسى إن الموظف يخشى أن يتهم بالتقصير في عمله."
    assert not [e for e in run(text, [NIDAL]) if e.type == "DISAPPROVE"]
    text = "واتهم نضال عيسى حزب الوفاق بالتقصير في عمله."  # its object before the charge: active
    ev = one(run(text, [NIDAL, PARTY]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["نضال عيسى"], ["حزب الوفاق"])
    text = "وقال المدير إن كريم سعدون يتهم بعض الموظفين بالتقصير."  # «بعض» is the object, not a charge
    assert one(run(text, [KAREEM]), "DISAPPROVE").source == ["كريم سعدون"]


def test_what_was_attributed_to_a_man_does_not_make_him_the_accuser() -> None:
    text = "وأوقفت الشرطة المدعو كريم سعدون، وانتهى التحقيق معه إلى اتهامه بما نسب إليه."
    assert all("كريم سعدون" not in e.source for e in run(text, [KAREEM]) if e.type == "DISAPPROVE")


def test_the_genitive_of_a_demand_noun_with_bi_after_it_is_the_one_asked() -> None:
    text = "وأعلن المتحدث أن الحكومة ماضية في مطالبة مجلس القبائل بتسليم السلاح."
    assert all("مجلس القبائل" not in e.source for e in run(text, [COUNCIL]) if e.type == "DEMAND")


def test_people_fronted_before_a_killing_verb_with_no_object_were_killed() -> None:
    text = "وأكدت المصادر أن مدنيين قتلوا بانفجار ألغام أرضية قرب الحدود."
    ev = one(run(text, []), "ASSAULT")
    assert ev.source == [] and ev.target == ["مدنيين"]


def test_an_arrest_verb_with_an_object_pronoun_is_active() -> None:
    text = "وقال المتحدث إن المرأة كانت مطلوبة، وكانت القوات الأمريكية قد اعتقلتها في مايو خلال عملية خاصة."
    ev = one(run(text, [("القوات الأمريكية", "الولايات المتحدة", "ORG")]), "COERCE")
    assert ev.source == ["الولايات المتحدة"]

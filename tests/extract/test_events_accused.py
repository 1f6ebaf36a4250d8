"""The accused or threatened party named between the verb and its «بـ» charge (`events_accused`): an entity
the layer took for a place, a noun phrase no entity names, a last name of a person named before; nothing
when the «بـ» phrase follows the subject right away."""

from __future__ import annotations

from datetime import date

from event_cases import one, run

SEOUL = ("كوريا الجنوبية", "كوريا الجنوبية", "LOC")
PYONG = ("بيونجيانغ", "بيونجيانغ", "LOC")
MINISTER = ("سامر الحلبي", "سامر الحلبي", "PER")
CITIZEN = ("خالد سعيد العمري", "خالد سعيد العمري", "PER")
TRIBE_CHIEF = ("ناصر الدوسري", "ناصر الدوسري", "PER")
OBAMA = ("أوباما", "باراك أوباما", "PER")


def test_a_capital_after_the_subject_is_the_accused_not_a_place() -> None:
    text = "واتهمت كوريا الجنوبية بيونجيانغ صباح الثلاثاء بإطلاق قذائف مدفعية على جزيرة حدودية."
    ev = one(run(text, [SEOUL, PYONG], ref=date(2015, 8, 20)), "DISAPPROVE")
    assert ev.source == ["كوريا الجنوبية"]
    assert ev.target == ["بيونجيانغ"]


def test_the_accusing_noun_with_its_pronoun_names_the_accused_after_it() -> None:
    text = 'وتوعدت كوريا الجنوبية بالرد، بعد اتهامها "بيونجيانغ" بإطلاق قذائف على الجزيرة.'
    ev = one(run(text, [SEOUL, PYONG]), "DISAPPROVE")
    assert ev.source == ["كوريا الجنوبية"]
    assert ev.target == ["بيونجيانغ"]


def test_a_plain_noun_phrase_no_entity_names_is_the_accused() -> None:
    text = "واتهم النائب سامر الحلبي أحزابا معارضة بتعطيل جلسات البرلمان منذ أسابيع."
    ev = one(run(text, [MINISTER]), "DISAPPROVE")
    assert ev.source == ["سامر الحلبي"]
    assert ev.target == ["أحزابا معارضة"]


def test_a_place_glued_after_the_phrase_goes_with_it() -> None:
    text = "واتهم المواطن خالد سعيد العمري، صيدلية أهلية بالدمام، بصرف دواء منتهي الصلاحية لوالدته."
    ev = one(run(text, [CITIZEN, ("الدمام", "الدمام", "LOC")]), "DISAPPROVE")
    assert ev.source == ["خالد سعيد العمري"]
    assert ev.target == ["صيدلية أهلية بالدمام"]


def test_a_threat_names_whom_it_threatens_before_what_it_threatens() -> None:
    text = "وهدد ناصر الدوسري مصانع الإسمنت بإغلاقها إن لم تلتزم بالأسعار."
    ev = one(run(text, [TRIBE_CHIEF]), "THREATEN")
    assert ev.target == ["مصانع الإسمنت"]


def test_a_capital_threatened_is_the_target() -> None:
    text = "وتوعد ناصر الدوسري كراكاس بعقوبات اقتصادية قاسية."
    ev = one(run(text, [TRIBE_CHIEF, ("كراكاس", "كراكاس", "LOC")]), "THREATEN")
    assert ev.target == ["كراكاس"]


def test_a_charge_right_after_the_subject_names_no_one() -> None:
    text = "وهدد أوباما باستخدام حق النقض ضد أي قرار يعطل الاتفاق."
    ev = one(run(text, [OBAMA]), "THREATEN")
    assert ev.target == []


def test_the_party_a_deed_is_ascribed_to_after_ila_is_the_target() -> None:
    text = "وأصيب ثلاثة جنود في هجوم على نقطة تفتيش نسبته وزارة الداخلية إلى التمرد الانفصالي، بحسب بيان رسمي."
    ev = one(run(text, [("وزارة الداخلية", "وزارة الداخلية", "ORG")]), "DISAPPROVE")
    assert ev.source == ["وزارة الداخلية"]
    assert ev.target == ["التمرد الانفصالي"]

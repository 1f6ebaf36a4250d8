"""Trigger lexicon, round 20: threats and refusals told as participles after a comma («…، متوعدا بالرد»,
«…، مهددا باستخدام القوة», «…، رافضة أي تدخل»), backing declared or shown as a participle or with «أبدى»,
inquiries ordered or promised («أمر بفتح تحقيق»), grants in billions and military supplies arriving;
and what tells no event: «مهددة بالانقراض», «متوعدا بمفاجآت», «رافضا ذكر اسمه», «رافضا أن يدفن …»."""

from __future__ import annotations

from event_cases import HOUTHI, IRAQ, TURKEY, US, one, run, trigger_types

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
MINISTRY = ("وزارة الخارجية المصرية", "مصر", "ORG")
PROSECUTOR = ("النائب العام", "النائب العام", "ORG")



def test_a_threat_told_as_a_participle_after_a_comma() -> None:
    text = "وأشاد قائد المقاومة الشعبية بصمود المقاتلين، متوعدا الحوثيين بهزيمة قريبة في كل الجبهات."
    ev = one(run(text, [RESISTANCE, HOUTHI]), "THREATEN")
    assert ev.source == ["المقاومة الشعبية"]


def test_threatening_to_use_force_as_a_participle() -> None:
    assert "THREATEN" in trigger_types("واتهم الوزير جيرانه بالتآمر على بلاده، مهددا باستخدام القوة ضدهم.")


def test_endangered_is_no_threat() -> None:
    assert trigger_types("وتعيش في الغابة حيوانات نادرة مهددة بالانقراض منذ سنوات.") == []


def test_a_promise_of_surprises_is_no_threat() -> None:
    assert "THREATEN" not in trigger_types("وتحدث القائد عن سير المعارك، متوعدا بمفاجآت سارة خلال الأيام المقبلة.")


def test_refusing_interference_as_a_participle() -> None:
    text = "وانتقدت وزارة الخارجية المصرية تصريحات المسؤول الإيراني، رافضة أي تدخل في شؤون الدول العربية."
    assert "REJECT" in [e.type for e in run(text, [MINISTRY])]


def test_declining_to_be_named_or_refusing_in_general_is_no_rejection() -> None:
    assert "REJECT" not in trigger_types("وقال مسؤول في الوزارة، رافضا ذكر اسمه، إن الاجتماع سيعقد غدا.")
    assert "REJECT" not in trigger_types("وعاد الكاتب إلى قريته، رافضا أن يعيش بعيدا عنها.")


def test_backing_declared_as_a_participle() -> None:
    text = "وزار وزير الدفاع الأمريكي العراق، معلنا دعمه لجهود الحكومة في مواجهة الإرهاب."
    assert "SUPPORT" in trigger_types(text)


def test_backing_shown_with_abda() -> None:
    assert "SUPPORT" in trigger_types("وأبدت تركيا دعمها الكامل للحكومة الشرعية في اليمن.")


def test_an_inquiry_ordered_is_an_investigation_by_the_one_who_ordered_it() -> None:
    text = "وأمر النائب العام بفتح تحقيق عاجل في ملابسات الحادث."
    ev = one(run(text, [PROSECUTOR]), "INVESTIGATE")
    assert ev.source == ["النائب العام"]


def test_a_call_for_an_inquiry_stays_a_demand() -> None:
    text = "وطالبت تركيا بفتح تحقيق دولي في الهجوم."
    assert [e.type for e in run(text, [TURKEY])] == ["DEMAND"]


def test_a_grant_of_billions_is_aid() -> None:
    text = "وتمنح الولايات المتحدة العراق سنويا نحو ثلاثة مليارات دولار."
    ev = one(run(text, [US, IRAQ]), "AID")
    assert ev.source == ["الولايات المتحدة"]


def test_military_supplies_arriving_is_a_mobilisation() -> None:
    assert "MOBILIZE" in trigger_types("وأكد مصدر محلي وصول إمدادات عسكرية إلى المدينة فجر اليوم.")



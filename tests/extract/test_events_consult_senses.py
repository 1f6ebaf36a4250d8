"""Readings of meeting and praise words that tell no meeting and no backing (BLOCK rows of the trigger
table, helper consult): receiving mourners or job applicants, «لقاء» as «in return for» or an interview,
visiting a hospital or a prison, a court upholding a verdict, solidarity as a value."""

from __future__ import annotations

from event_cases import run, trigger_types

SAUD = ("فيصل بن مشعل", "فيصل بن مشعل", "PER")
KING = ("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")


def test_receiving_mourners_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("واستقبل أمير منطقة القصيم الأمير فيصل بن مشعل المعزين في منزل الأسرة.")
    assert "CONSULT" not in trigger_types("استقبل أبناء الفقيد العزاء في والدهم بمنزلهم في حي الروضة.")


def test_a_guest_who_came_to_console_is_met() -> None:
    text = "استقبل الملك سلمان بن عبدالعزيز الرئيس باراك أوباما الذي قدم العزاء في وفاة الملك عبدالله."
    assert any(e.type == "CONSULT" for e in run(text, [KING, OBAMA]))


def test_receiving_applicants_after_a_long_body_name_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("استقبلت لجنة القبول في كلية المجتمع بالمحافظة المتقدمين للوظائف الإدارية.")


def test_in_return_for_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("وحكمت المحكمة بسجنه خمس سنوات لقاء ما ثبت بحقه من تهم.")
    assert "CONSULT" not in trigger_types("وعرض المتهم تزوير الوثائق لقاء مبلغ مالي.")


def test_an_interview_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("وقال الكاتب في لقاء تلفزيوني إن الأزمة ستطول.")
    assert "CONSULT" not in trigger_types("وتوقع الوزير خلال لقائه بالصحفيين تحسن الأسعار.")


def test_a_meeting_is_still_a_meeting() -> None:
    assert "CONSULT" in trigger_types("وبحث الوزير خلال لقائه نظيره الأردني العلاقات الثنائية.")


def test_visiting_a_hospital_or_a_prison_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("وزار وكيل وزارة الصحة مستشفى الملك خالد واطلع على أقسامه.")
    assert "CONSULT" not in trigger_types("وأكد المدير أثناء زيارته لمستشفيات المحافظة جاهزيتها.")
    assert "CONSULT" not in trigger_types("وأصبح أول رئيس يزور سجنا اتحاديا منذ عقود.")


def test_visiting_a_country_or_a_person_in_hospital_is_a_visit() -> None:
    assert "CONSULT" in trigger_types("وزار الرئيس الفرنسي مصر الأسبوع الماضي.")
    assert "CONSULT" in trigger_types("وزار الوزير الجندي المصاب في المستشفى العسكري.")


def test_a_court_upholding_a_verdict_backs_no_one() -> None:
    assert "SUPPORT" not in trigger_types("أيدت محكمة الاستئناف بالرياض الحكم الصادر بسجن المتهم.")
    assert "SUPPORT" in trigger_types("وأيد الوزير قرار الحكومة بخفض الضرائب.")


def test_solidarity_as_a_value_is_no_stand() -> None:
    assert "SUPPORT" not in trigger_types("ودعا إلى معسكرات تقوي روح التضامن العربي بين الشباب.")

"""Trigger forms that tell no event (round 2 of session 20): misread words («اعتدت أن», «اضرب بنا»,
«والتقى والصلاح»), errands and routines (meeting citizens on a tour, urging one's staff, an office asking
applicants to call), figures of speech (killing an identity, the outbreak of a crisis, an onslaught on a
deal), deeds only named («كل عملية», «فتعتبر سرقة», «على ذمة التحقيقات», a statistic of arrests) and
«استهدف» for whom a course or drive is meant; the real deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import run

MINISTRY = ("وزارة التعليم", "وزارة التعليم", "ORG")
KHALID = ("خالد العمري", "خالد العمري", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
IRAN = ("إيران", "إيران", "LOC")


@pytest.mark.parametrize(("text", "typ"), [
    ("وقال الكاتب: لقد اعتدت أن أكتب كل صباح قبل الفجر.", "ASSAULT"),
    ("وهتف الحاضرون: «اضرب بنا كل معتد يا وطن».", "PROTEST"),
    ("وكان الشيخ خالد العمري من أهل العلم والخير والتقى والصلاح في بلدته.", "CONSULT"),
    ("وأكد خالد العمري أن وزارة التعليم ستتدخل إذا تطلب الأمر ذلك.", "DEMAND"),
])
def test_misread_words_tell_no_event(text: str, typ: str) -> None:
    assert not [e for e in run(text, [KHALID, MINISTRY, POLICE]) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وخلال الجولة التقى خالد العمري بعدد من المواطنين واستمع إلى ملاحظاتهم.", "CONSULT"),
    ("وحث مدير وزارة التعليم العاملين بالإدارة على إنجاز المعاملات بسرعة.", "DEMAND"),
    ("وطلبت وزارة التعليم من المرشحين مراجعة مقرها لاستكمال الأوراق.", "DEMAND"),
    ("وأوضح أن الإدارة طالبت المراجع بإحضار صورة الهوية.", "DEMAND"),
    ("وأعلن أن المطار سيستقبل الأسبوع المقبل أولى الرحلات الدولية.", "CONSULT"),
    ("وأوضح خالد العمري أنه تلقى اتصالا يفيد بترشيحه لمنصب رئيس اللجنة.", "CONSULT"),
])
def test_errands_and_routines_tell_no_event(text: str, typ: str) -> None:
    assert not [e for e in run(text, [KHALID, MINISTRY, POLICE]) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وقال خالد العمري إن البعد الواحد يقتل الهوية.", "ASSAULT"),
    ("وتراجعت الأسواق بعد انفجار الأزمة المالية في العام الماضي.", "ASSAULT"),
    ("وبدأ نواب معارضون الهجوم على الاتفاق في جلسة البرلمان.", "ASSAULT"),
    ("وحذر من أن الاعتداء على البيئة يضر بالأجيال القادمة.", "ASSAULT"),
    ("وأشار إلى خطر داخلي وتهديد إيراني يواجه المنطقة.", "THREATEN"),
    ("وظهر رجل يطلق النار من بندقيته بطريقة استعراضية في الحفل.", "ASSAULT"),
])
def test_figures_of_speech_tell_no_event(text: str, typ: str) -> None:
    assert not [e for e in run(text, [KHALID, IRAN, POLICE]) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("ويخرج المتحدث بعد كل عملية إرهابية ليبرر ما جرى.", "ASSAULT"),
    ("وإذا تم ذلك دون علم خالد العمري فتعتبر سرقة وتحول إلى الشرطة.", "CRIME"),
    ("وجددت النيابة حبس خالد العمري 15 يوما على ذمة التحقيقات.", "INVESTIGATE"),
    ("ونظمت الجمعية حملة للتبرع بالدم استهدفت موظفي البلدية.", "ASSAULT"),
])
def test_deeds_only_named_or_meant_tell_no_event(text: str, typ: str) -> None:
    assert not [e for e in run(text, [KHALID, MINISTRY, POLICE]) if e.type == typ]


def test_arrests_counted_in_a_statistic_are_no_event() -> None:
    text = ("وذكر البيان أن هناك إحصائية لمن تم القبض عليهم حيث يتم ترحيل المقيم المخالف وإحالة السعودي"
            " إلى الشرطة.")
    assert not [e for e in run(text, [KHALID, MINISTRY, POLICE]) if e.trigger == "القبض عليهم"]


@pytest.mark.parametrize(("text", "typ"), [
    ("واعتدت قوات إسرائيل على المصلين في ساحة المسجد.", "ASSAULT"),
    ("وأضرب العمال عن العمل احتجاجا على تأخر الرواتب.", "PROTEST"),
    ("وحث الطلاب أقرانهم على الانضمام إلى الاعتصام.", "DEMAND"),
    ("واستهدفت غارات إسرائيل مواقع في جنوب لبنان.", "ASSAULT"),
])
def test_the_real_deeds_beside_them_stay(text: str, typ: str) -> None:
    assert [e for e in run(text, [ISRAEL]) if e.type == typ]

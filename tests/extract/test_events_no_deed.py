"""Triggers in words that tell no deed done (`events_no_deed`): a deed wondered about with «ما إذا», a deed
whose timing or feasibility is spoken of, sport news, a visit to a site, backing of whoever, a launch
approved, a deed of history; the real deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import run

IRAN = ("إيران", "إيران", "LOC")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
TEHRAN = ("طهران", "إيران", "LOC")
KINGDOM = ("المملكة", "السعودية", "LOC")
SENATOR = ("السيناتور جيمس هول", "جيمس هول", "PER")
GOVERNOR = ("الأمير فهد بن سعد", "فهد بن سعد", "PER")
CLUB_A = ("نادي الوحدة", "نادي الوحدة", "ORG")
CLUB_B = ("نادي الرائد", "نادي الرائد", "ORG")
MINISTER = ("وزير الصحة", "وزارة الصحة", "ORG")
QUEEN = ("الملكة فيكتوريا", "فيكتوريا", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")
SPECS = [IRAN, ISRAEL, TEHRAN, KINGDOM, SENATOR, GOVERNOR, CLUB_A, CLUB_B, MINISTER, QUEEN, POLICE]


@pytest.mark.parametrize(("text", "typ"), [
    ("ولم يحدد السيناتور جيمس هول بعد ما إذا كان سيصوت بقبول أو رفض الاتفاق.", "REJECT"),
    ("وسئل الوزير عما إذا كان الاتفاق يزيد من احتمال أن تشن إسرائيل هجوما على طهران.", "ASSAULT"),
    ("وطلب النواب معلومات عن توقيت رفع العقوبات عن إيران.", "RETREAT"),
    ("توصل نادي الوحدة إلى اتفاق مع نادي الرائد على انتقال حارسه إلى صفوف الفريق. ولعب الحارس أربعين مباراة مع"
     " فريقه.", "AGREE"),
    ("وبسط نادي الوحدة سيطرته على صدارة المجموعة بعد فوزه في المباراة على ملعب نادي الرائد.", "COERCE"),
    ("وكان الأمير فهد بن سعد قد زار العيادة الجديدة في الحي.", "CONSULT"),
    ("وكان الأمير فهد بن سعد قد زار قصر البديع التاريخي برفقة وزير الصحة.", "CONSULT"),
    ("وقال إن المملكة تدعم وتؤيد من يسعى إلى جمع الكلمة.", "SUPPORT"),
    ("وافق الأمير فهد بن سعد على إطلاق فعاليات الملتقى الثقافي.", "AGREE"),
    ("ويعود تاريخ الفندق إلى عام 1860 عندما زارته الملكة فيكتوريا والتقت فيه بعدد من النبلاء.", "CONSULT"),
])
def test_no_deed_is_told(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("ورفض السيناتور جيمس هول الاتفاق مع إيران.", "REJECT"),
    ("وشنت إسرائيل هجوما على مواقع في طهران.", "ASSAULT"),
    ("وألقت الشرطة القبض على لاعب سابق في نادي الوحدة بتهمة الاحتيال.", "COERCE"),
    ("وزار وزير الصحة إيران والتقى نظيره في طهران.", "CONSULT"),
    ("وافقت إيران على إطلاق سراح السيناتور جيمس هول.", "AGREE"),
])
def test_real_deed_stays(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وأوضح السيناتور جيمس هول أنه بين إيران والمملكة تشاور وتنسيق مستمر لتوزيع المهام.", "CONSULT"),
    ("فاستقبال السيناتور جيمس هول يعني أن المملكة لن تسمح لإيران بالتدخل.", "REJECT"),
])
def test_general_or_foreseen_is_no_deed(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


KREMLIN = ("الكرملين", "الكرملين", "ORG")
AMERICAN = ("الأمريكية", "الولايات المتحدة", "LOC")
SYRIAN = ("السورية", "سوريا", "LOC")


def test_a_deed_weighed_for_its_outcome_is_no_event() -> None:
    text = "وذكر الكرملين أن الغارات الجوية الأمريكية على القوات الحكومية السورية ستزيد من زعزعة استقرار البلاد."
    assert not [e for e in run(text, [KREMLIN, AMERICAN, SYRIAN]) if e.type == "ASSAULT"]
    text = "وقال الكرملين إن أي هجوم أمريكي على القوات السورية سيؤدي إلى تصعيد خطير."
    assert not [e for e in run(text, [KREMLIN, AMERICAN, SYRIAN]) if e.type == "ASSAULT"]


def test_a_deed_told_by_a_relative_clause_before_its_outcome_stays() -> None:
    text = "وقال الكرملين إن الغارات الأمريكية التي استهدفت القوات السورية أمس ستزيد من التوتر."
    assert [e for e in run(text, [KREMLIN, AMERICAN, SYRIAN]) if e.type == "ASSAULT"]

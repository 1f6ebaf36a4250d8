"""Sentences that tell no event though a trigger stands in them (`events_nonevents`): an inquiry's findings
cited, visitors' praise, a habitual stance, what a document says, a film's plot, a staff's Eid greetings; the real deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import run

POLICE = ("الشرطة", "الشرطة", "ORG")
JORDAN_MINISTER = ("وزير الخارجية الأردني", "الأردن", "LOC")
SAUDI = ("السعودية", "السعودية", "LOC")
KINGDOM = ("المملكة", "السعودية", "LOC")
PALESTINE = ("الشعب الفلسطيني", "فلسطين", "LOC")
LEAGUE = ("الجامعة العربية", "جامعة الدول العربية", "ORG")
IRAN = ("إيران", "إيران", "LOC")
KHALID = ("خالد العمري", "خالد العمري", "PER")
SALMAN = ("الملك سلمان", "سلمان بن عبدالعزيز", "PER")
TUNISIAN = ("التونسي", "تونس", "LOC")
SPECS = [KHALID, SALMAN, TUNISIAN, POLICE, JORDAN_MINISTER, SAUDI, KINGDOM, PALESTINE, LEAGUE, IRAN]


@pytest.mark.parametrize(("text", "typ"), [
    ("وذكرت التحقيقات أن المتهم كان يتردد على المكان منذ أشهر.", "INVESTIGATE"),
    ("وأظهرت التحقيقات الأولية أن الشاحنة مسروقة من مستودع قديم.", "INVESTIGATE"),
    ("وهذا ما كشفته التحقيقات الأخيرة من أن المتهم دخل المبنى ليلا.", "INVESTIGATE"),
    ("وأشاد الزوار بالأجواء الجميلة التي شهدها المهرجان هذا العام.", "SUPPORT"),
    ("وأشاد أحد زوار المعرض بتنوع الأجنحة ودقة التنظيم.", "SUPPORT"),
    ("وقال إن المملكة التي تقف دائما مع الشعب الفلسطيني لن تتخلى عنه.", "SUPPORT"),
    ("وأكد أن ميثاق الجامعة العربية الذي يدعو إلى احترام سيادة الدول يمنع التدخل.", "DEMAND"),
    ("يؤدي النجم في الفيلم الجديد دور ضابط يعتقل زعيم عصابة ويقتل مساعده.", "CRIME"),
    ("وأشاد المهندس خالد العمري بجهود الموظفين خلال حفل المعايدة الذي أقيم بمقر الشركة أمس.", "SUPPORT"),
    ("وقدم رئيس مجلس الإدارة خالد العمري التهنئة للموظفين بالعيد السعيد وشكرهم على جهودهم.", "SUPPORT"),
])
def test_no_event_is_told(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وفتحت الشرطة تحقيقا في الحادث.", "INVESTIGATE"),
    ("وكشفت تحقيقات الشرطة أن المتهم كان يتردد على المكان.", "INVESTIGATE"),
    ("وأشاد وزير الخارجية الأردني بمواقف السعودية تجاه القضية.", "SUPPORT"),
    ("ووقفت المملكة مع الشعب الفلسطيني في محنته.", "SUPPORT"),
    ("ودعت الجامعة العربية إيران إلى احترام سيادة الدول.", "DEMAND"),
    ("واعتقلت الشرطة ثلاثة سياح بعد أن شاهدوا فيلما عن الإرهاب.", "COERCE"),
    ("وبعث الملك سلمان برقية تهنئة للرئيس التونسي بمناسبة العيد الوطني لبلاده.", "SUPPORT"),
])
def test_the_real_deeds_stay(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ]

"""Figures: category, qualifier, unit and reporter from the words around a number."""

import pytest

from marsad.extract.figures import extract_figures
from marsad.model import Entity

CASES = [
    ("خلفت أكثر من 150 ألف بين شهيد وجريح فلسطينيين", 150_000, "more_than", "casualties"),
    ("وما يزيد على 11 ألف مفقود", 11_000, "more_than", "missing"),
    ("وخلال الهجوم، خطف 251 شخصا من داخل إسرائيل", 251, "exact", "abducted"),
    ("ولا يزال 96 منهم رهائن في غزة", 96, "exact", "held_hostage"),
    ("اوقع 30 قتيلا على الاقل", 30, "at_least", "killed"),
    ("ونحو 100 جريح", 100, "about", "injured"),
    ("إن نحو 20 جريحا ما زالوا", 20, "about", "injured"),
    ("مقتل 43 مدنيا على الأقل وإصابة 173", 43, "at_least", "killed"),
    ("مقتل 43 مدنيا على الأقل وإصابة 173", 173, "exact", "injured"),
    ("اعتقال ١٥ شخصا في الخليل", 15, "exact", "arrested"),
    ("نزوح قرابة ثلاثة آلاف شخص", 3000, "about", "displaced"),
    ("لقي أربعة أشخاص مصرعهم", 4, "exact", "killed"),
    ("بلغت قيمة الصفقة 2.5 مليار دولار", 2_500_000_000, "exact", "money"),
    ("بنحو 63 مليون يورو", 63_000_000, "about", "money"),
    ("ما لا يقل عن 12 قتيلا", 12, "at_least", "killed"),
    ("لا يزيد عن 50 معتقلا", 50, "at_most", "arrested"),
    ("أقل من 10 مصابين", 10, "less_than", "injured"),
    ("زهاء خمسين شهيدا", 50, "about", "killed"),
    ("قتل تلاتة وأصيب خمستاشر", 3, "exact", "killed"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "category"), CASES)
def test_figure(text: str, value: float, qualifier: str, category: str) -> None:
    figs = extract_figures(text)
    hit = [f for f in figs if f.value == value]
    assert hit, [(f.value, f.category) for f in figs]
    f = hit[0]
    assert (f.qualifier, f.category) == (qualifier, category)
    assert text[f.start:f.end] == f.text


def test_money_unit() -> None:
    f = extract_figures("بقيمة 500 ألف ريال")[0]
    assert (f.value, f.category, f.unit) == (500_000, "money", "ريال")


@pytest.mark.parametrize("text", [
    "منذ 7 تشرين الأول/ أكتوبر 2023",
    "في عام 1974",
    "مع مرور 14 شهرا على بدء الحرب",
    "ارتفع بنسبة 30% عن العام الماضي",
    "ارتفع 12 في المئة",
    "الرجل البالغ 32 عاما",
    "عند الساعة 10 صباحا",
])
def test_skipped(text: str) -> None:
    assert extract_figures(text) == []


def test_reporters() -> None:
    text = ("وأسفر هجوم حماس عن مقتل 1208 أشخاص معظمهم مدنيون، بحسب تعداد لوكالة فرانس برس استنادا الى "
            "أرقام إسرائيلية رسمية. ولا يزال 96 منهم رهائن في غزة، بينهم 34 أعلن الجيش أنهم توفوا. "
            "وفي الجانب الفلسطيني، قتل أكثر من 44758 شخصا، وفق بيانات لوزارة الصحة التابعة لحماس.")
    by = {f.value: f for f in extract_figures(text)}
    assert by[1208].reported_by == "وكالة فرانس برس"
    assert (by[34].category, by[34].reported_by) == ("killed", "الجيش")
    assert by[44758].qualifier == "more_than"
    assert by[44758].reported_by is not None and by[44758].reported_by.startswith("وزارة الصحة")


def test_reporter_entity_canonical() -> None:
    text = "سقوط 30 قتيلا على الاقل بحسب حاكم منطقة سوروتش عبدالله جيفتشي الذي اضاف"
    s = text.index("عبدالله")
    ents = [Entity("عبدالله جيفتشي", "PER", "عبدالله جيفتشي", s, s + len("عبدالله جيفتشي"))]
    assert extract_figures(text, ents)[0].reported_by == "عبدالله جيفتشي"

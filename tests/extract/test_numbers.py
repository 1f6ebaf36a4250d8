"""Numbers: digits, separators, words, scales, duals, dialect forms, clitics, exact spans."""

import pytest

from marsad.extract.numbers import find_numbers

CASES = [
    ("قتل 30 شخصا", "30", 30),
    ("٤٤٬٧٥٨ شخصا", "٤٤٬٧٥٨", 44758),
    ("44,758 شخصا", "44,758", 44758),
    ("١٫٥ مليار", "١٫٥ مليار", 1_500_000_000),
    ("1.5 مليون دولار", "1.5 مليون", 1_500_000),
    ("1.200.000 نسمة", "1.200.000", 1_200_000),
    ("أكثر من 150 ألف بين شهيد وجريح", "150 ألف", 150_000),
    ("11 ألف مفقود", "11 ألف", 11_000),
    ("مئة وخمسون ألفا", "مئة وخمسون ألفا", 150_000),
    ("أحد عشر ألف", "أحد عشر ألف", 11_000),
    ("إحدى عشرة", "إحدى عشرة", 11),
    ("اثنا عشر", "اثنا عشر", 12),
    ("ثلاثة آلاف وخمسمئة", "ثلاثة آلاف وخمسمئة", 3500),
    ("مليون وخمسمئة ألف", "مليون وخمسمئة ألف", 1_500_000),
    ("ألفين", "ألفين", 2000),
    ("ألفان", "ألفان", 2000),
    ("مئتي جندي", "مئتي", 200),
    ("ثلاثمائة", "ثلاثمائة", 300),
    ("ثلاثمئة", "ثلاثمئة", 300),
    ("ثلاث مئة وخمسة وعشرون", "ثلاث مئة وخمسة وعشرون", 325),
    ("مئة وخمسة عشر", "مئة وخمسة عشر", 115),
    ("مليونا", "مليونا", 1_000_000),
    ("نصف مليون", "نصف مليون", 500_000),
    ("خمسة وثلاثون", "خمسة وثلاثون", 35),
    ("وثلاثون", "ثلاثون", 30),
    ("بخمسة", "خمسة", 5),
    ("لـ30", "30", 30),
    ("وخمسةٌ", "خمسةٌ", 5),
    # Egyptian / Levantine
    ("حداشر", "حداشر", 11),
    ("اتناشر", "اتناشر", 12),
    ("تلتمية", "تلتمية", 300),
    ("ميتين", "ميتين", 200),
    ("تلاتة", "تلاتة", 3),
    ("تلات تلاف", "تلات تلاف", 3000),
    ("خمستاشر", "خمستاشر", 15),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_number(text: str, span: str, value: float) -> None:
    nums = find_numbers(text)
    assert nums, text
    n = nums[0]
    assert (n.text, n.value) == (span, value)
    assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(("text", "value"), [("عشرات الأطفال", 10), ("مئات", 100), ("آلاف", 1000),
                                             ("عشرات الآلاف", 10_000), ("ملايين الدولارات", 1_000_000)])
def test_vague(text: str, value: int) -> None:
    n = find_numbers(text)[0]
    assert n.vague and n.value == value


@pytest.mark.parametrize("text", ["يوم الاثنين", "الخمسة", "أحد المسؤولين", "21/07/2015", "نصف الطريق"])
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_sequence_and_spans() -> None:
    text = "سقوط 30 قتيلا على الاقل ونحو 100 جريح، و٢٠ مفقودا"
    got = [(n.text, n.value) for n in find_numbers(text)]
    assert got == [("30", 30), ("100", 100), ("٢٠", 20)]


@pytest.mark.parametrize(("text", "want"), [
    ("قُتِلَ وَخَمْسَةُ أشخاص", "خَمْسَةُ"),  # the fatha of «وَ» stays with the conjunction
    ("بِـثلاثة آلاف", "ثلاثة آلاف"),           # and the kasra and tatweel with «بـ»
    ("لِخَمسين شخصا", "خَمسين"),
])
def test_a_vocalised_proclitic_is_left_out_of_the_number(text: str, want: str) -> None:
    (n,) = find_numbers(text)
    assert text[n.start:n.end] == want

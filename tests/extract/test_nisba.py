"""Nisba adjectives (gazetteer/nisba.tsv): a state's adjective is a LOC mention of the state; a stem
that is also an ordinary word stays out of the list."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.entities import extract_entities
from marsad.lang import table


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("وأعلنت السلطات البورمية فرض حظر التجول في ولاية راخين.", "البورمية", "ميانمار"),
        ("وأفرج المجلس العسكري الميانماري عن مئات السجناء أمس.", "الميانماري", "ميانمار"),
        ("وقالت الحكومة الكمبودية إن الانتخابات ستجري في موعدها.", "الكمبودية", "كمبوديا"),
        ("وأكدت القوات الأرمنية أنها صدت هجوما على مواقعها الحدودية.", "الأرمنية", "أرمينيا"),
        ("وصوت البرلمان البوسني على القانون بالأغلبية.", "البوسني", "البوسنة والهرسك"),
        ("وانتقدت الحكومة التايوانية المناورات العسكرية.", "التايوانية", "تايوان"),
        ("وأعلن الجيش البوركيني مقتل عشرين مسلحا في شمال البلاد.", "البوركيني", "بوركينا فاسو"),
        ("واعتقلت الشرطة الفليبينية ثلاثة مشتبه بهم.", "الفليبينية", "الفلبين"),
    ],
)
def test_state_nisba_is_its_country(text: str, mention: str, country: str) -> None:
    found = [e for e in extract_entities(text) if e.text == mention]
    assert found, [e.text for e in extract_entities(text)]
    assert (found[0].label, found[0].canonical) == ("LOC", country)


def test_title_with_nisba_is_a_role_of_the_country() -> None:
    text = "ووصل الرئيس البوسني إلى أنقرة أمس."
    role = next(e for e in extract_entities(text) if e.text == "الرئيس البوسني")
    assert role.canonical == "البوسنة والهرسك"


@pytest.mark.parametrize(
    "word",
    ["المالي", "القمري", "الصحراوية", "العاجي", "التركمان", "المقدوني", "الملاوية", "الهنود", "المان",
     "الألبان", "اللاتيني", "الأطلسي"],
)
def test_ordinary_word_is_no_nisba(word: str) -> None:
    assert gz.nisba_country(fold(word)) is None


@pytest.mark.parametrize(
    "text",
    ["ويعتمد التقويم القمري في تحديد بداية الأشهر.", "وتكتب اللغة الملاوية بالحروف اللاتينية.",
     "وتعيش قبائل الهنود الحمر في المحميات.", "وارتفع العجز المالي للشركة في الربع الأخير."],
)
def test_ordinary_word_gives_no_country(text: str) -> None:
    assert [e.text for e in extract_entities(text) if e.label == "LOC"] == []


def test_every_row_names_a_known_place_and_is_not_shadowed() -> None:
    known = {r[0] for r in table("gazetteer/countries.tsv")} | {r[1] for r in table("gazetteer/places.tsv")}
    # names that countries.tsv spells otherwise or lacks (see the file's header)
    known |= {"الدنمارك", "بيلاروسيا", "كوريا", "ميانمار", "الكونغو", "اسكتلندا"}
    g = gz.load()
    for stem, place in table("gazetteer/nisba.tsv"):
        assert place in known, (stem, place)
        assert g.nisba[fold(stem)] == place, stem  # no earlier row takes the stem to another place

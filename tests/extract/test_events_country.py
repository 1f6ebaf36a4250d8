"""The country of each event's actors and of its place (`marsad.extract.events_country`)."""

from __future__ import annotations

from collections import Counter

from event_cases import BOGDANOV, HAMAS, ISIS, one, run

from marsad.clean.normalize import fold
from marsad.extract.events_country import actor_country, nisba_of, place_country

RUSSIAN = ("الروسي", "روسيا", "LOC")
DOHA = ("الدوحة", "الدوحة", "LOC")
WASHINGTON = ("واشنطن", "واشنطن", "LOC")
TEHRAN = ("طهران", "طهران", "LOC")


def test_a_title_gives_a_person_his_country_and_a_capital_its_country() -> None:
    text = "بحث وفد من حركة حماس مع نائب وزير الخارجية الروسي ميخائيل بوغدانوف في الدوحة سبل وقف الحرب."
    ev = one(run(text, [HAMAS, RUSSIAN, BOGDANOV, DOHA]), "CONSULT")
    assert ev.countries == {"حماس": "فلسطين", "ميخائيل بوغدانوف": "روسيا"}
    assert ev.location_country == "قطر"


def test_the_title_told_once_holds_for_the_whole_article() -> None:
    text = ("وصل نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى الدوحة أمس. "
            "ودعا بوغدانوف حركة حماس إلى وقف إطلاق النار.")
    specs = [RUSSIAN, BOGDANOV, ("بوغدانوف", "ميخائيل بوغدانوف", "PER"), HAMAS]
    ev = one(run(text, specs), "DEMAND")
    assert ev.countries.get("ميخائيل بوغدانوف") == "روسيا"


def test_a_capital_stands_for_its_country_and_a_party_of_many_countries_has_none() -> None:
    ev = one(run("واتهمت واشنطن طهران بدعم الإرهاب.", [WASHINGTON, TEHRAN]), "DISAPPROVE")
    assert ev.countries == {"واشنطن": "الولايات المتحدة", "طهران": "إيران"}
    ev = one(run("وهاجم تنظيم داعش مواقع الجيش.", [ISIS]), "FIGHT")
    assert "داعش" not in ev.countries


def test_places_by_their_country_capital_or_city() -> None:
    assert place_country("مدينة عدن") == "اليمن"
    assert place_country("غزة") == "فلسطين"
    assert place_country("المملكة العربية السعودية") == "السعودية"
    assert place_country("البحر الأحمر") is None
    assert place_country("كردستان") is None  # a region a nisba names («كردي»), no country


def test_the_country_most_titles_give_wins() -> None:
    titled = {"فلان الفلاني": Counter({"مصر": 2, "ليبيا": 1})}
    assert actor_country("فلان الفلاني", titled) == "مصر"
    assert actor_country("بنيامين نتنياهو", {}) == "إسرائيل"  # a well-known leader, by the table


def test_people_a_number_counts_take_the_country_of_their_nisba() -> None:
    ev = one(run("قتل 18 شرطيا مصريا في هجوم على نقطة تفتيش في سيناء.", [("سيناء", "سيناء", "LOC")]), "ASSAULT")
    assert ev.target == ["18 شرطيا مصريا"] and ev.countries == {"18 شرطيا مصريا": "مصر"}
    assert actor_country("نقابة الصحفيين اليمنيين", {}) == "اليمن"
    assert actor_country("جنديان تركيان", {}) == "تركيا"
    assert actor_country("مسلحون مجهولون", {}) is None


def test_a_nisba_in_the_feminine_dual_or_plural_names_its_country() -> None:
    assert nisba_of(fold("إسرائيليتين")) == ("إسرائيل", 0) and nisba_of(fold("أمريكيتان"))[0] == "الولايات المتحدة"
    assert nisba_of(fold("مصريات")) == ("مصر", 0)
    assert nisba_of(fold("آليات")) is None and nisba_of(fold("عمليات")) is None

"""How the gazetteer build names a place: the spelling Arabic news writes, never another name."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteers", ROOT / "scripts" / "build_gazetteers.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_spelling_news_writes_beats_an_odd_one(build: ModuleType) -> None:
    assert build.best_name(["مادرىد", "مدريد"], Counter({"مدريد": 40})) == "مدريد"
    assert build.best_name(["تهران", "طهران"], Counter({"طهران": 12, "تهران": 1})) == "طهران"
    assert build.best_name(["رىياد", "الرياض"], Counter({"الرياض": 900})) == "الرياض"


def test_another_name_is_never_shown_however_common(build: ModuleType) -> None:
    # GeoNames lists a weekday among a town's names: it is no spelling of the town's name
    assert build.best_name(["أفرفيل", "الخميس"], Counter({"الخميس": 5000})) == "أفرفيل"


def test_the_bare_form_of_a_name_with_the_article_is_not_shown(build: ModuleType) -> None:
    assert build.best_name(["الكسوة", "كسوة"], Counter({"كسوة": 60, "الكسوة": 4})) == "الكسوة"


def test_a_status_word_gives_way_to_the_name_news_writes(build: ModuleType) -> None:
    assert build.best_name(["مدينة حمص", "حمص"], Counter({"حمص": 300})) == "حمص"


def test_hamza_and_taa_variants_are_one_spelling_shown_with_its_hamza(build: ModuleType) -> None:
    assert build.best_name(["أكرا", "اكرا"], Counter({"اكرا": 30, "أكرا": 5})) == "أكرا"
    assert build.best_name(["الرمادى", "الرمادي"], Counter({"الرمادي": 30, "الرمادى": 5})) == "الرمادي"


def test_a_count_of_chance_does_not_decide(build: ModuleType) -> None:
    assert build.best_name(["باجمبورا", "بوجمبورا"], Counter({"بوجمبورا": 2})) == "باجمبورا"


def test_news_counts_whole_words_and_after_a_proclitic(build: ModuleType) -> None:
    texts = ["وصل الوفد إلى مدريد ثم غادر بمدريد، وفي ومدريد", "مدريدي ليس المدينة", "سان خوسيه وسان خوسيه"]
    counts = build.news_counts({"مدريد", "سان خوسيه"}, texts)
    assert counts["مدريد"] == 3
    assert counts["سان خوسيه"] == 2


def test_marks_and_tatweel_do_not_hide_a_name(build: ModuleType) -> None:
    assert build.news_counts({"مدريد"}, ["في مـدريـد ومَدْرِيد"])["مدريد"] == 2


def test_a_name_news_writes_with_the_article_is_shown_so(build: ModuleType) -> None:
    names = ["ااالخرطوم", "خارطوم", "خرطوم"]
    assert build.best_name(names, Counter({"الخرطوم": 900, "خرطوم": 2}), article=True) == "الخرطوم"
    assert build.best_name(["شوط"], Counter({"الشوط": 900})) == "شوط"  # a town, not «the half»


def test_one_name_written_as_two_words_is_one_spelling(build: ModuleType) -> None:
    assert build.best_name(["د مشق", "دمشق"], Counter({"دمشق": 5000})) == "دمشق"


def test_letters_where_arabic_never_writes_them_are_no_careful_spelling(build: ModuleType) -> None:
    assert build.best_spelt(["اوتآوآ", "أوتاوا"]) == "أوتاوا"
    assert build.best_spelt(["تاللىن", "تالين"]) == "تالين"


def test_a_name_also_written_bare_keeps_its_bare_form(build: ModuleType) -> None:
    assert build.best_name(["سيول", "سول"], Counter({"سيول": 400, "السيول": 700}), article=True) == "سيول"


def test_a_long_description_is_no_display_form(build: ModuleType) -> None:
    assert build.best_name(["أبوظبي", "ابو ظبى", "جزيرة أبوظبي وجزر داخلية اخرى"]) == "أبوظبي"
    assert build.best_name(["أوتاوا", "اتاوا", "اوتآوآ"]) == "أوتاوا"

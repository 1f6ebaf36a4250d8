"""The country of an event's place when two countries share its name (`marsad.extract.events_shared_places`)."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.entities import extract_entities
from marsad.extract.events_country import place_country

JAWF = ("الجوف", "الجوف", "LOC")
SHARQIYA = ("الشرقية", "الشرقية", "LOC")
RAFAH = ("رفح", "رفح", "LOC")
PUNJAB = ("البنجاب", "البنجاب", "LOC")
KURDISTAN_BARE = ("كردستان", "كردستان", "LOC")
SAKAKA = ("سكاكا", "سكاكا", "LOC")
MARIB = ("مأرب", "مأرب", "LOC")
SINAI = ("سيناء", "سيناء", "LOC")
GAZA = ("قطاع غزة", "غزة", "LOC")
ALEPPO_EAST = ("حلب الشرقية", "حلب الشرقية", "LOC")


def test_a_qualifier_settles_a_shared_name() -> None:
    ev = one(run("قتل مسلحون ثلاثة جنود في هجوم على معسكر بمحافظة الجوف.", [JAWF]), "ASSAULT")
    assert ev.location_country == "اليمن"
    ev = one(run("قتلت قوات الأمن مسلحا في محافظة الشرقية.", [SHARQIYA]), "ASSAULT")
    assert ev.location_country == "مصر"
    ev = one(run("اعتقلت الشرطة عشرة أشخاص في إقليم البنجاب.", [PUNJAB]), "COERCE")
    assert ev.location_country == "باكستان"


def test_the_country_named_just_after_settles_it() -> None:
    ev = one(run("قصف الجيش قرى المقاتلين في كردستان إيران.", [KURDISTAN_BARE]), "ASSAULT")
    assert ev.location_country == "إيران"


def test_the_other_places_of_the_article_settle_a_shared_name() -> None:
    text = "أطلق مسلحون النار على دورية في الجوف. وتقع البلدة قرب سكاكا."
    assert one(run(text, [JAWF, SAKAKA]), "ASSAULT").location_country == "السعودية"
    text = "أطلق مسلحون النار على دورية في الجوف. وتقع البلدة قرب مأرب."
    assert one(run(text, [JAWF, MARIB]), "ASSAULT").location_country == "اليمن"
    text = "هاجم مسلحون نقطة تفتيش في رفح شمال سيناء."
    assert one(run(text, [RAFAH, SINAI]), "ASSAULT").location_country == "مصر"
    text = "قصفت الطائرات منازل في رفح جنوب قطاع غزة."
    assert one(run(text, [RAFAH, GAZA]), "ASSAULT").location_country == "فلسطين"


def test_amman_and_oman_are_told_apart_by_their_qualifier() -> None:
    amman = ("عمان", "عمان", "LOC")
    text = "اعتقلت الشرطة خمسة أشخاص في العاصمة الأردنية عمان."
    assert one(run(text, [("الأردنية", "الأردن", "LOC"), amman]), "COERCE").location_country == "الأردن"
    text = "اعتقلت الشرطة خمسة أشخاص في سلطنة عمان."
    assert one(run(text, [amman]), "COERCE").location_country == "عمان"
    text = "اعتقلت الشرطة خمسة أشخاص في عمان."
    assert one(run(text, [amman]), "COERCE").location_country is None


def test_a_shared_name_nothing_settles_has_no_country() -> None:
    ev = one(run("هاجم مسلحون نقطة تفتيش في الجوف.", [JAWF]), "ASSAULT")
    assert ev.location_country is None


def test_a_place_only_holding_a_shared_word_keeps_its_own_country() -> None:
    ev = one(run("قصفت الطائرات مواقع المعارضة في حلب الشرقية.", [ALEPPO_EAST]), "ASSAULT")
    assert ev.location_country == "سوريا"
    assert place_country("الحدود التركية") is None


def test_regions_and_towns_added_to_the_table() -> None:
    assert place_country("خميس مشيط") == "السعودية"
    assert place_country("تكساس") == "الولايات المتحدة"
    assert place_country("ديبالتسيف") == "أوكرانيا"


def test_the_entity_layer_tags_towns_told_bare() -> None:
    text = "اعتقلت الشرطة ثلاثة أشخاص في أبها وفي الطائف."
    places = {text[e.start:e.end] for e in extract_entities(text) if e.label == "LOC"}
    assert {"أبها", "الطائف"} <= places

"""Country adjectives spelled with the country's whole name («الإسرائيلية», «مصرية», «لبنانية», «إيرانية»):
a group of them is a nisba (`events_actors._nisba_of_name`) as «التركية» is, so the rules that read a nisba
fire for these countries too; on a land word («على الأراضي اللبنانية») it is still the country's place."""

from __future__ import annotations

from event_cases import one, run

ISRAELI_F = ("إسرائيلية", "إسرائيل", "LOC")
EGYPTIAN_F = ("مصرية", "مصر", "LOC")
LEBANESE_F = ("لبنانية", "لبنان", "LOC")
IRANIAN_F = ("إيرانية", "إيران", "LOC")
LEBANESE_DEF = ("اللبنانية", "لبنان", "LOC")
PALESTINIAN_M = ("فلسطيني", "فلسطين", "LOC")
KHAN_YUNIS = ("خان يونس", "خان يونس", "LOC")
RAFAH = ("رفح", "رفح", "LOC")
GAZA = ("غزة", "غزة", "LOC")
PARIS = ("باريس", "باريس", "LOC")


def test_the_wounded_by_israeli_fire_underwent_israels_attack() -> None:
    ev = one(run("أصيب ثلاثة مواطنين بنيران إسرائيلية في خان يونس.", [ISRAELI_F, KHAN_YUNIS]), "ASSAULT")
    assert ev.source == ["إسرائيل"] and ev.location == "خان يونس"


def test_the_wounded_by_egyptian_fire_underwent_egypts_attack() -> None:
    evs = run("أصيب صياد فلسطيني بنيران مصرية قرب الحدود في رفح.", [PALESTINIAN_M, EGYPTIAN_F, RAFAH])
    assert one(evs, "ASSAULT").source == ["مصر"]


def test_the_wounded_by_lebanese_fire_underwent_lebanons_attack() -> None:
    ev = one(run("أصيب جنديان بنيران لبنانية على الحدود.", [LEBANESE_F]), "ASSAULT")
    assert ev.source == ["لبنان"]


def test_a_lone_israeli_woman_abducted_is_the_target() -> None:
    ev = one(run("وكانت إسرائيلية قد خطفت في غزة.", [ISRAELI_F, GAZA]), "ASSAULT")
    assert ev.target == ["إسرائيل"] and not ev.source


def test_a_lone_iranian_woman_arrested_is_the_target() -> None:
    ev = one(run("وكانت إيرانية قد اعتقلت في باريس.", [IRANIAN_F, PARIS]), "COERCE")
    assert ev.target == ["إيران"] and not ev.source


def test_the_land_of_a_country_named_by_its_adjective_is_the_place() -> None:
    ev = one(run("وهي ثالث عملية خطف لأجانب على الأراضي اللبنانية منذ انتهاء الحرب.", [LEBANESE_DEF]), "ASSAULT")
    assert ev.location == "لبنان"

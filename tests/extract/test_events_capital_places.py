"""A country's adjective after «في العاصمة» or «بالعاصمة» with no capital named after it places the
event in that country's capital; a place after «من داخل» tells where a shell came from, not where it
fell (`events_capital_places`)."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_capital_places import capitals

AFGHAN = ("الأفغانية", "أفغانستان", "LOC")
BRITISH = ("البريطانية", "بريطانيا", "LOC")
IRAQI_FEM = ("العراقية", "العراق", "LOC")
BAGHDAD = ("بغداد", "بغداد", "LOC")
MOSUL = ("الموصل", "الموصل", "LOC")
YEMENI = ("اليمنية", "اليمن", "LOC")
NAJRAN = ("نجران", "نجران", "LOC")


def test_an_attack_in_the_afghan_capital_happened_in_kabul() -> None:
    evs = run("قتل سبعة أشخاص في تفجير استهدف سوقا شعبية في العاصمة الأفغانية مساء أمس.", [AFGHAN])
    assert one(evs, "ASSAULT").location == "كابل"


def test_the_capital_glued_to_bi_with_a_short_country_name() -> None:
    evs = run("اعتقلت الشرطة أربعة رجال بالعاصمة البريطانية يوم الاثنين.", [BRITISH])
    assert one(evs, "COERCE").location == "لندن"


def test_a_capital_named_after_the_adjective_is_the_place() -> None:
    evs = run("اعتقلت الشرطة أربعة رجال في العاصمة العراقية بغداد يوم الاثنين.", [IRAQI_FEM, BAGHDAD])
    assert one(evs, "COERCE").location == "بغداد"


def test_another_place_of_the_deed_stays() -> None:
    evs = run("اعتقلت الشرطة أربعة رجال في الموصل بعد أيام من تفجير في العاصمة العراقية.", [IRAQI_FEM, MOSUL])
    assert one(evs, "COERCE").location == "الموصل"


def test_an_adjective_with_no_capital_word_is_no_place() -> None:
    evs = run("قتل سبعة أشخاص في تفجير استهدف السفارة الأفغانية مساء أمس.", [AFGHAN])
    assert one(evs, "ASSAULT").location is None


def test_the_capital_table_gives_one_city_a_country() -> None:
    assert capitals()["افغانستان"] == "كابل"


def test_a_shell_from_inside_a_country_fell_where_it_hit() -> None:
    evs = run("أصيب ثلاثة مواطنين إثر سقوط قذيفة من داخل الأراضي اليمنية على منزلهم في نجران أمس.",
              [YEMENI, NAJRAN])
    assert one(evs, "ASSAULT").location == "نجران"


def test_a_shell_from_inside_a_country_with_no_other_place_has_none() -> None:
    evs = run("أصيب ثلاثة مواطنين إثر سقوط قذيفة من داخل الأراضي اليمنية على منزلهم أمس.", [YEMENI])
    assert one(evs, "ASSAULT").location is None


def test_a_deed_inside_a_country_is_still_there() -> None:
    evs = run("أصيب ثلاثة مواطنين في قصف داخل الأراضي اليمنية أمس.", [YEMENI])
    assert one(evs, "ASSAULT").location == "اليمن"


IRANIAN = ("الإيرانية", "إيران", "LOC")
FRANCE = ("فرنسا", "فرنسا", "LOC")


def test_an_adjective_read_as_its_country_gives_the_capital() -> None:
    evs = run("اعتقلت الشرطة خمسة طلاب في العاصمة الإيرانية يوم الأحد.", [IRANIAN])
    assert one(evs, "COERCE").location == "طهران"


def test_a_statement_is_not_placed_where_its_subject_happened() -> None:
    evs = run("وأدانت فرنسا الهجوم الذي وقع في العاصمة الأفغانية.", [FRANCE, AFGHAN])
    assert one(evs, "DISAPPROVE").location is None

"""Places that only locate another place or name what was talked about (`events_reference_places`):
a place after a direction or a distance that follows a more specific place, and a place told after the
subject of a call, a meeting or an agreement."""

from __future__ import annotations

from event_cases import ISIS, one, run

ALEPPO = ("حلب", "حلب", "LOC")
TUNIS = ("تونس", "تونس", "LOC")
MOSUL = ("الموصل", "الموصل", "LOC")
SYRIA = ("سوريا", "سوريا", "LOC")
LIBYA = ("ليبيا", "ليبيا", "LOC")
CHAD_MINISTER = ("أحمد موسى", "أحمد موسى", "PER")
NIGER_MINISTER = ("علي ساني", "علي ساني", "PER")
QATAR = ("قطر", "قطر", "LOC")


def test_a_town_after_a_place_noun_is_the_place_not_the_city_north_of_it() -> None:
    evs = run("قتل خمسة جنود أمس في هجوم انتحاري استهدف حاجزا للجيش بمحافظة الكرمة 40 كلم شمال حلب.", [ALEPPO])
    assert one(evs, "ASSAULT").location == "الكرمة"


def test_a_known_town_before_a_distance_is_the_place() -> None:
    evs = run("قتل ثلاثة مدنيين أمس في قصف على الموصل التي تبعد نحو 400 كيلومتر عن حلب.", [MOSUL, ALEPPO])
    assert one(evs, "ASSAULT").location == "الموصل"


def test_a_bare_town_after_fi_located_by_a_relative_clause_is_the_place() -> None:
    evs = run("قتل مسلحون سبعة قرويين الأحد في تاغلا التي تقع جنوب تونس.", [TUNIS])
    assert one(evs, "ASSAULT").location == "تاغلا"


def test_a_direction_inside_its_country_is_still_the_place() -> None:
    evs = run("قتل مسلحون سبعة قرويين الأحد في هجوم في جنوب ليبيا.", [LIBYA])
    assert one(evs, "ASSAULT").location == "ليبيا"


def test_the_subject_of_a_phone_call_is_not_where_it_happened() -> None:
    evs = run("بحث وزير الخارجية أحمد موسى في اتصال هاتفي مع نظيره علي ساني الأوضاع في سوريا.",
              [CHAD_MINISTER, NIGER_MINISTER, SYRIA])
    assert one(evs, "CONSULT").location is None


def test_a_meeting_place_before_its_subject_stays() -> None:
    evs = run("التقى وزير الخارجية أحمد موسى في الدوحة نظيره علي ساني وبحثا التطورات في سوريا.",
              [CHAD_MINISTER, NIGER_MINISTER, ("الدوحة", "الدوحة", "LOC"), SYRIA])
    assert one(evs, "CONSULT").location == "الدوحة"


def test_what_a_country_agreed_on_is_not_where_it_agreed() -> None:
    evs = run("وافقت قطر رسميا أمس على استخدام الطائرات الأمريكية لقواعدها الجوية في قتال داعش في سوريا.", [QATAR, ISIS, SYRIA])
    assert one(evs, "AGREE").location is None


def test_a_province_the_gazetteer_does_not_know_before_its_country_side_is_the_place() -> None:
    evs = run("قتل جنديان أمس في تفجير انتحاري في مديرية برمان بجنوب ليبيا.", [LIBYA])
    assert one(evs, "ASSAULT").location == "برمان"


def test_an_adjective_of_the_place_noun_is_no_town() -> None:
    evs = run("قتل مسلحون سبعة قرويين الأحد في قرية نائية بجنوب ليبيا.", [LIBYA])
    assert one(evs, "ASSAULT").location == "ليبيا"

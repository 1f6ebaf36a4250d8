"""A word that refers back to a place told before places the deed there: a bare «في المدينة», «في
البلدة», «في العاصمة» (the last place named after that noun), «هناك» closing the deed's clause (the last
place of its sentence or the one before), and the incident named back in an investigation or as a site
(«بشأن الحادث», «بموقع الحادث»: the place of the deed told before) (`events_anaphoric_places`)."""

from __future__ import annotations

from event_cases import HOUTHI, one, run

TAIZ = ("تعز", "تعز", "LOC")
SALEH = ("الصالح", "الصالح", "LOC")
ADEN = ("عدن", "عدن", "LOC")
SANAA = ("صنعاء", "صنعاء", "LOC")
ANKARA_CITY = ("أنقرة", "أنقرة", "LOC")
TURKISH = ("التركية", "تركيا", "LOC")
MEDINA = ("المدينة المنورة", "المدينة المنورة", "LOC")
SUEZ = ("السويس", "السويس", "LOC")


def test_in_the_city_is_the_city_named_before() -> None:
    evs = run("قالت مصادر في مدينة تعز إن الوضع متوتر. وقصف الحوثيون مستشفى الثورة في المدينة، مما أدى إلى "
              "مقتل ثلاثة.", [TAIZ, HOUTHI])
    assert one(evs, "ASSAULT").location == "تعز"


def test_a_district_told_as_lying_in_the_city_is_not_it() -> None:
    evs = run("يسكن مدينة تعز نصف مليون نسمة، وتقع مدينة الصالح شرقي المدينة. وقصف الحوثيون مستشفى الثورة في "
              "المدينة، مما أدى إلى مقتل ثلاثة.", [TAIZ, SALEH, HOUTHI])
    assert one(evs, "ASSAULT").location == "تعز"


def test_a_town_named_by_its_noun_only() -> None:
    evs = run("قالت الشرطة إن مسلحين هاجموا بلدة باما يوم السبت. وأضافت أن الشرطة اعتقلت عشرة أشخاص في "
              "البلدة.", [])
    assert one(evs, "COERCE").location == "باما"


def test_in_the_capital_is_the_capital_named_before() -> None:
    evs = run("سيطر الحوثيون على العاصمة صنعاء العام الماضي. واعتقلت الجماعة مئات الناشطين في العاصمة منذ "
              "ذلك الحين.", [HOUTHI, SANAA])
    assert one(evs, "COERCE").location == "صنعاء"


def test_a_city_with_a_name_after_the_noun_is_its_own_place() -> None:
    evs = run("قالت مصادر في مدينة تعز إن الوضع متوتر. واعتقلت الشرطة عشرة أشخاص في المدينة المنورة.",
              [TAIZ, MEDINA])
    assert one(evs, "COERCE").location == "المدينة المنورة"


def test_there_is_the_place_of_the_sentence_before() -> None:
    evs = run("وصلت القوات الحكومية إلى مدينة عدن يوم الأحد. واندلعت اشتباكات عنيفة بين الجيش والحوثيين "
              "هناك أمس.", [ADEN, HOUTHI])
    assert one(evs, "FIGHT").location == "عدن"


def test_there_of_an_adjective_is_where_its_noun_is() -> None:
    evs = run("وصلت القوات الحكومية إلى مدينة عدن يوم الأحد. واعتقلت الشرطة الرجال المقيمين هناك.", [ADEN])
    assert one(evs, "COERCE").location is None


def test_an_investigation_of_the_incident_is_where_the_story_placed_it() -> None:
    evs = run("أبطل خبراء متفجرات مفعول عبوة ناسفة في العاصمة التركية أنقرة. وفتحت الشرطة تحقيقا بشأن "
              "الحادث.", [TURKISH, ANKARA_CITY])
    assert one(evs, "INVESTIGATE").location == "أنقرة"


def test_the_site_of_the_incident_is_the_place_of_the_deed_before() -> None:
    evs = run("هاجم مسلحون كمينا للجيش في السويس أمس. وبدأت قوات الجيش بتمشيط المنطقة المحيطة بموقع "
              "الحادث لضبط المهاجمين.", [SUEZ])
    assert [e.location for e in evs if e.type == "COERCE"] == ["السويس"]


def test_an_arrest_over_the_incident_keeps_no_place() -> None:
    evs = run("هاجم مسلحون كمينا للجيش في السويس أمس. واعتقلت الشرطة ستة أشخاص للاشتباه بعلاقتهم "
              "بالحادث.", [SUEZ])
    assert one(evs, "COERCE").location is None

"""The place an attack strikes is where it happened (`events_struck_places`), and two hooks of
`events_place.choose_location`: a town the gazetteer does not know in the deed's own clause beats a
place told before it, and a withdrawal happened where it left, not where its reporters are."""

from __future__ import annotations

from event_cases import one, run

SYRIA = ("سوريا", "سوريا", "LOC")
IDLIB = ("إدلب", "إدلب", "LOC")
RAQQA = ("الرقة", "الرقة", "LOC")
TAIZ = ("تعز", "تعز", "LOC")
DHALE = ("الضالع", "الضالع", "LOC")
HOUTHI = ("الحوثيين", "الحوثي", "ORG")


def test_the_town_an_attack_strikes_is_its_place_not_the_reporters_country() -> None:
    evs = run("قال المرصد الذي يرصد الحرب في سوريا إن قوات النظام هاجمت بلدة كفرزيتا مما أدى إلى مقتل سبعة مدنيين.",
              [SYRIA])
    assert one(evs, "ASSAULT").location == "كفرزيتا"


def test_a_district_shelled_is_the_place() -> None:
    evs = run("وقال شهود إن الطائرات قصفت منطقة الحصن بعدد من الغارات.", [])
    assert one(evs, "ASSAULT").location == "الحصن"


def test_a_town_after_ala_of_a_raid_is_the_place() -> None:
    evs = run("وفي سوريا شنت طائرات حربية غارات على بلدة معرشورين صباح اليوم.", [SYRIA])
    assert one(evs, "ASSAULT").location == "معرشورين"


def test_a_town_whose_people_were_killed_is_no_struck_place() -> None:
    evs = run("قتلت الطائرات عشرة من أهالي مدينة الرقة في غارة على سوق في إدلب.", [RAQQA, IDLIB])
    assert one(evs, "ASSAULT").location == "إدلب"


def test_an_unknown_town_in_the_deeds_own_clause_beats_a_town_before_it() -> None:
    evs = run("قصفت قوات الحوثي في تعز أحياء سكنية، في حين شن طيران التحالف غارات على معسكر للحوثيين "
              "في مدينة المخاء.", [TAIZ])
    assert "المخاء" in {e.location for e in evs if e.type == "ASSAULT"}


def test_a_withdrawal_is_where_it_left_not_where_its_reporters_are() -> None:
    evs = run("وقالت مصادر في محافظة الضالع إن الحوثيين انسحبوا من مدينة تعز.", [DHALE, TAIZ, HOUTHI])
    assert one(evs, "RETREAT").location == "تعز"

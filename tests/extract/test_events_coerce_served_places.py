"""Coercion by a force named with the place it serves («قوات الأمن بشمال سيناء»: not a force named by that
place), by a counter-terrorism force the entity layer leaves unnamed, and God's mending of a loss in a prayer
(«ويجبر مصاب أهليهم»), which forces no one; a deed hoped for or wanted; a battle that is a standing cause."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS, one, run

NORTH_SINAI = ("شمال سيناء", "شمال سيناء", "LOC")
GIZA = ("الجيزة", "الجيزة", "LOC")
RIYADH = ("الرياض", "الرياض", "LOC")
IRAQI = ("العراقية", "العراق", "LOC")
BAGHDAD = ("بغداد", "بغداد", "LOC")
HAIA = ("هيئة الأمر بالمعروف والنهي عن المنكر", "هيئة الأمر بالمعروف والنهي عن المنكر", "ORG")


def test_a_force_at_a_region_glued_to_ba_still_acts() -> None:
    # «بشمال سيناء» is where the force serves: the force arrested, the region names no party
    ev = one(run("واعتقلت قوات الأمن بشمال سيناء 25 شخصا من المطلوبين.", [NORTH_SINAI]), "COERCE")
    assert ev.source and "شمال سيناء" not in ev.source and ev.target == ["25 شخصا"]


def test_a_managed_seizure_by_a_force_at_a_region_has_its_doer() -> None:
    ev = one(run("فيما نجحت قوات الأمن بشمال سيناء في ضبط 25 شخصا من الهاربين.", [NORTH_SINAI]), "COERCE")
    assert ev.source and "شمال سيناء" not in ev.source


def test_police_at_a_governorate_arrested() -> None:
    # the people counted past the place were arrested (`counted_past_place`)
    ev = one(run("واعتقلت الشرطة بمحافظة الجيزة ثلاثة متهمين.", [GIZA]), "COERCE")
    assert ev.source and "الجيزة" not in ev.source and ev.target == ["ثلاثة متهمين"]


def test_counter_terrorism_forces_made_the_arrest() -> None:
    ev = one(run("ألقت قوات مكافحة الإرهاب القبض على ثلاثة مشتبه بهم في الرياض.", [RIYADH]), "COERCE")
    assert ev.source == ["قوات مكافحة الإرهاب"] and ev.target == ["ثلاثة مشتبه بهم"]


def test_counter_terrorism_forces_with_a_nisba_stand_for_their_country() -> None:
    ev = one(run("واعتقلت قوات مكافحة الإرهاب العراقية خمسة مسلحين في بغداد.", [IRAQI, BAGHDAD]), "COERCE")
    assert "العراق" in ev.source


def test_mending_a_loss_in_a_prayer_forces_no_one() -> None:
    text = ("ودعا الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الله عز وجل أن يتقبل الشهداء ويجبر مصاب "
            "أهليهم ويمن على المصابين بالشفاء العاجل.")
    assert not [e for e in run(text, [HAIA]) if e.type == "COERCE"]


LEBANESE = ("اللبنانية", "لبنان", "LOC")
TRIPOLI = ("طرابلس", "طرابلس", "LOC")
SANAA = ("صنعاء", "صنعاء", "LOC")


def test_lebanese_internal_security_forces_made_the_arrest() -> None:
    ev = one(run("واعتقلت قوى الأمن الداخلي اللبنانية شخصين في طرابلس.", [LEBANESE, TRIPOLI]), "COERCE")
    assert "لبنان" in ev.source and ev.target == ["شخصين"]


def test_an_arrest_the_minister_hopes_for_is_hedged() -> None:
    text = "وأبدى الوزير أمله في أن تتمكن الشرطة من القبض على الجناة."
    ev = one(run(text, []), "COERCE")
    assert ev.hedged


def test_an_arrest_a_party_wants_is_hedged() -> None:
    ev = one(run("وقال إن الحوثيين يريدون اعتقال كل المعارضين في صنعاء.", [HOUTHI, SANAA]), "COERCE")
    assert ev.hedged


def test_our_country_s_battle_against_isis_is_no_fight() -> None:
    text = "وأكد أن معركة وطننا ضد تنظيم داعش لن تنتهي بين يوم وليلة."
    assert not [e for e in run(text, [ISIS]) if e.type == "FIGHT"]


def test_a_bare_battle_noun_said_of_hiya_is_no_fight() -> None:
    # «هي معركة لبنان»: what the battle is called, Lebanon fights no one
    text = "وقال نائب رئيس المجلس التنفيذي في حزب الله نبيل قاووق إن معركة الزبداني هي معركة لبنان مائة في المائة."
    ents = [("حزب الله", "حزب الله", "ORG"), ("نبيل قاووق", "نبيل قاووق", "PER"), ("الزبداني", "الزبداني", "LOC"),
            ("لبنان", "لبنان", "LOC")]
    assert not [e for e in run(text, ents) if e.type == "FIGHT" and "لبنان" in e.source]

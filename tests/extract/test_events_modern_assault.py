"""Attacks told in 2024 news style (Gaza, the West Bank, northern Iraq): the victims' phrase ends at a word of
time or a passive's «تم» (`np_stop`); an ambush or operation a death is told «in» takes its doer by «لـ»
(`events_deed_agent.CAUSE_NOUNS`), the men it counts by «من» its target; a wounding's noun with the doer's
fire (`event_triggers`: «إصابة … برصاص»); soldiers joined to others by «و» before their verb
(`events_role_patients.units_before`); armoured vehicles with the article and their nisba
(`events_site_owner._definite_craft`); a stabbing a death is told «in» (`events_condemned._dead_between`)."""

from __future__ import annotations

from event_cases import coded_one

ISRAEL = "إسرائيل"


def test_a_word_of_time_ends_the_victims_phrase() -> None:
    ev = coded_one("أعلن الجيش الإسرائيلي مقتل جنديين حين انفجرت عبوة ناسفة بآليتهما في جنوب قطاع غزة.", "ASSAULT")
    assert ev.target == ["جنديين"]
    ev = coded_one("قالت الشرطة إن تفجيرا أسفر عن مقتل شرطيين تم نقلهما إلى المستشفى.", "ASSAULT")
    assert ev.target == ["شرطيين"]


def test_an_ambush_told_as_a_cause_of_death_names_its_doer_by_lam() -> None:
    ev = coded_one("قتل 3 جنود إسرائيليين في كمين لكتائب القسام في خان يونس.", "ASSAULT")
    assert "حماس" in ev.source and "كتائب القسام" in ev.source
    assert ev.target == [ISRAEL]
    ev = coded_one("وأفادت مصادر بمقتل 3 جنود إسرائيليين في كمين لكتائب القسام شرق رفح.", "ASSAULT")
    assert "حماس" in ev.source and ev.target == [ISRAEL]


def test_an_operation_told_as_a_cause_of_death_names_its_doer_by_lam() -> None:
    ev = coded_one("قتل 10 مسلحين في عملية للجيش المصري في سيناء.", "ASSAULT")
    assert "مصر" in ev.source and "مصر" not in ev.target


def test_the_men_counted_by_min_are_the_ambushed_party() -> None:
    ev = coded_one("وقتل 5 وأصيب 11 آخرين من الحوثيين وقوات صالح في كمين للمقاومة قرب تعز.", "ASSAULT")
    assert ev.source == ["المقاومة الشعبية"]
    assert ev.target == ["الحوثي", "قوات صالح"]


def test_a_wounding_noun_with_the_doers_fire_is_an_attack() -> None:
    ev = coded_one("وأعلنت وزارة الصحة إصابة 5 فلسطينيين برصاص الجيش الإسرائيلي في جنين.", "ASSAULT")
    assert ev.source == [ISRAEL, "الجيش الإسرائيلي"]
    assert ISRAEL not in ev.target and "5 فلسطينيين" in ev.target


def test_soldiers_joined_to_others_before_their_verb_name_their_country() -> None:
    ev = coded_one("قالت وزارة الدفاع التركية إن جنديين تركيين وحارسا مسلحا قتلوا في هجوم في شمال العراق.",
                   "ASSAULT")
    assert "تركيا" in ev.target


def test_definite_armoured_vehicles_with_a_nisba_are_hit() -> None:
    for noun in ("الآليات", "المدرعات", "الجرافة"):
        ev = coded_one(f"أعلنت سرايا القدس استهداف {noun} الإسرائيلية في محور نتساريم.", "ASSAULT")
        assert ev.source[0] == "سرايا القدس"
        assert ev.target[0] == ISRAEL


def test_a_soldier_killed_in_a_stabbing_is_its_target_not_its_doer() -> None:
    ev = coded_one("وأفادت وسائل إعلام عبرية بمقتل جندي إسرائيلي في عملية طعن قرب مستوطنة أرئيل.", "ASSAULT")
    assert ev.source == [] and ev.target == [ISRAEL]

"""More attacks told in 2024 news style: a force that reports the death of its own men is the party hit
(`events_condemned._own_dead`); the reporter of a wounding told by the attack it happened in is no doer
(`events_condemned._death_before`); a passive killing verb before a stabbing («قتل جندي إسرائيلي في عملية
دهس»); a count before craft with their nisba (`events_site_owner.counted_craft`); the wounded no entity names
(`events_wounded`); the dual past «قتلا» (`event_triggers`, not «قتلاه», the dead with a pronoun) and the verb
of harm or the hour after it (`events_reversal.no_object`); a dual nisba the entity layer ran into its verb
(`events_names.nisba_run_on`: «مروحيتين أميركيتين هاجمتا»)."""

from __future__ import annotations

from event_cases import coded, coded_one

ISRAEL = "إسرائيل"
USA = "الولايات المتحدة"


def test_an_army_reporting_its_dead_soldiers_is_the_party_hit() -> None:
    ev = coded_one("أعلن الجيش الإسرائيلي مقتل جنديين في معارك شمال قطاع غزة.", "FIGHT")
    assert ev.source == [] and ev.target[0] == ISRAEL
    ev = coded_one("أعلن الجيش الإسرائيلي مقتل جنديين في معارك مع مقاتلي حماس شمال قطاع غزة.", "FIGHT")
    assert ev.source[0] == ISRAEL and ev.target == ["حماس"]
    ev = coded_one("وأعلنت الشرطة العراقية مقتل شرطيين في هجوم لداعش غرب الموصل.", "ASSAULT")
    assert ev.source == ["داعش"] and ev.target[0] == "العراق"


def test_a_reporter_of_a_wounding_in_a_stabbing_is_no_doer() -> None:
    ev = coded_one("وأعلنت الشرطة الإسرائيلية إصابة إسرائيليين في عملية طعن في تل أبيب.", "ASSAULT")
    assert ev.source == [] and ev.target == [ISRAEL]


def test_a_passive_killing_verb_before_a_ramming_names_the_dead() -> None:
    ev = coded_one("قتل جندي إسرائيلي في عملية دهس قرب رام الله.", "ASSAULT")
    assert ev.source == [] and ev.target == [ISRAEL]


def test_counted_tanks_with_a_nisba_are_hit() -> None:
    for count in ("3", "ثلاث"):
        ev = coded_one(f"أعلنت كتائب القسام استهداف {count} دبابات إسرائيلية في جباليا.", "ASSAULT")
        assert "حماس" in ev.source and ev.target == [ISRAEL]


def test_the_wounded_no_entity_names_are_the_target() -> None:
    ev = coded_one("أفادت مصادر محلية بإصابة شاب برصاص قوات الاحتلال في نابلس.", "ASSAULT")
    assert ev.source == [ISRAEL] and ev.target == ["شاب"]
    ev = coded_one("أفادت مصادر محلية بإصابة 3 شبان برصاص قوات الاحتلال في نابلس.", "ASSAULT")
    assert ev.target == ["3 شبان"]


def test_the_dual_past_of_killing_is_a_killing() -> None:
    ev = coded_one("قالت مصادر طبية إن شابين فلسطينيين قتلا برصاص الجيش الإسرائيلي في جنين.", "ASSAULT")
    assert ev.source[0] == ISRAEL
    ev = coded_one("قال بيان للجيش التركي إن جنديين قتلا وأصيب أربعة آخرون في انفجار قرب ديار بكر.", "ASSAULT")
    assert ev.source == [] and ev.target == ["جنديين"]
    ev = coded_one("وأضاف الحزب في بيان أن الضابطين قتلا حوالي الساعة السادسة صباحا ببلدة رأس العين.", "ASSAULT")
    assert ev.source == [] and ev.target == ["الضابطين"]


def test_the_dead_with_a_pronoun_are_no_killing() -> None:
    assert coded("ترك التنظيم خلفه جثث قتلاه ومعداته في الشوارع.", "ASSAULT") == []
    assert coded("نهدي النصر إلى عائلات قتلانا وجرحانا.", "ASSAULT") == []


def test_a_dual_nisba_run_into_its_verb_is_the_doers_country() -> None:
    ev = coded_one("وقال البنتاغون إن مروحيتين أميركيتين هاجمتا حاجزا للحوثيين في الحديدة.", "ASSAULT")
    assert ev.source == [USA] and ev.target == ["الحوثي"]

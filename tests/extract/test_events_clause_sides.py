"""Actors another clause's party took the place of (`events_clause_sides`): the Syrian regime's aircraft
named by whose they are («طائرات النظام», «طيران الأسد») as the attacker, and the subject of a light
verb after a comma («، وتقوم X بـ») as no object of the deed before it."""

from __future__ import annotations

from event_cases import one, run

ALEPPO = ("حلب", "حلب", "LOC")
IDLIB = ("إدلب", "إدلب", "LOC")
DARAA = ("درعا", "درعا", "LOC")
HOMS = ("حمص", "حمص", "LOC")
FUA = ("الفوعة", "الفوعة", "LOC")
MARIB = ("مأرب", "مأرب", "LOC")


def test_the_regimes_aircraft_attack() -> None:
    ev = one(run("وشنت طائرات النظام أمس غارات على أحياء في مدينة حلب.", [ALEPPO]), "ASSAULT")
    assert ev.source == ["قوات النظام السوري"]


def test_the_regimes_aircraft_after_the_attack_noun_are_its_doer() -> None:
    ev = one(run("وقتل خمسة مدنيين في قصف لطيران النظام على بلدة في ريف إدلب.", [IDLIB]), "ASSAULT")
    assert ev.source == ["قوات النظام السوري"]


def test_the_aircraft_of_the_syrian_regime_are_no_target() -> None:
    ev = one(run("وقصفت مروحيات النظام السوري بلدة في ريف درعا بالبراميل المتفجرة.", [DARAA]), "ASSAULT")
    assert ev.source == ["قوات النظام السوري"] and "النظام السوري" not in ev.target


def test_the_aircraft_of_assad_attack() -> None:
    ev = one(run("وقصف طيران الأسد أحياء مدينة حمص ليلا.", [HOMS]), "ASSAULT")
    assert ev.source == ["قوات النظام السوري"]


def test_a_light_verb_after_a_comma_opens_a_new_clause() -> None:
    text = "وتحاصر الفصائل المعارضة بلدة الفوعة في سوريا، وتقوم قوات التحالف بإلقاء المؤن للسكان."
    ev = one(run(text, [FUA]), "COERCE")
    assert not any("التحالف" in n for n in ev.target)


def test_the_dead_of_a_clash_are_one_of_its_sides() -> None:
    text = "وأفادت مصادر يمنية بمقتل تسعة من الحوثيين في مواجهات مع المقاومة الشعبية في مأرب."
    ev = one(run(text, [MARIB]), "FIGHT")
    assert ev.source == ["الحوثي"] and ev.target == ["المقاومة الشعبية"]


def test_the_dead_after_a_second_word_of_death_are_the_other_side() -> None:
    text = "وأفادت مصادر محلية بمقتل ١٢ من الحوثيين وإصابة العشرات ومقتل ثلاثة من المقاومة الشعبية في مواجهات بمأرب."
    ev = one(run(text, [MARIB]), "FIGHT")
    assert ev.source == ["الحوثي"] and ev.target == ["المقاومة الشعبية"]


def test_the_dead_between_laqiya_and_masraahum_are_a_side() -> None:
    text = "ولقي ثمانية من الحوثيين مصرعهم في اشتباكات شمال مدينة مأرب."
    ev = one(run(text, [MARIB, ("الحوثيين", "الحوثي", "ORG")]), "FIGHT")
    assert ev.source == ["الحوثي"]


def test_the_dead_after_a_second_count_are_the_other_side() -> None:
    text = "وقتل ١١ من الحوثيين و٤ من المقاومة الشعبية في مواجهات بمأرب."
    ev = one(run(text, [MARIB, ("الحوثيين", "الحوثي", "ORG")]), "FIGHT")
    assert ev.source == ["الحوثي"] and ev.target == ["المقاومة الشعبية"]

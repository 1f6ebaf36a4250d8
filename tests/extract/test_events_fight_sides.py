"""The sides of a fight (`events_fight_sides`): the second side of «بين X …» past X's backers, those who
fight beside the doer on its side, and the side of a fight's dead told before the battle noun."""

from __future__ import annotations

from event_cases import ASSAD_FORCES, HEZBOLLAH, HOUTHI, ISIS_TANZIM, NUSRA, one, run

HAMA = ("حماة", "حماة", "LOC")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
COALITION_AIR = ("طيران التحالف العربي", "التحالف العربي", "ORG")
IRAQI_ARMY_BI = ("بالجيش العراقي", "الجيش العراقي", "ORG")
IRAQI_ARMY = ("الجيش العراقي", "الجيش العراقي", "ORG")
RAMADI = ("الرمادي", "الرمادي", "LOC")


def test_the_side_after_wa_bayna_past_the_backers_is_the_other_side() -> None:
    text = "ودارت مواجهات عنيفة في ريف حماة بين جبهة النصرة المسنودة بفصائل أخرى وبين قوات الأسد."
    ev = one(run(text, [HAMA, NUSRA, ASSAD_FORCES]), "FIGHT")
    assert set(ev.source + ev.target) == {"جبهة النصرة", "النظام السوري"}


def test_the_side_after_a_comma_closing_the_backers_is_the_other_side() -> None:
    text = "واندلعت اشتباكات بين المقاومة الشعبية المدعومة بطيران التحالف العربي، والمتمردين الحوثيين في كرش."
    ev = one(run(text, [RESISTANCE, COALITION_AIR, HOUTHI]), "FIGHT")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_who_fights_beside_the_doer_is_on_its_side() -> None:
    text = "ويشارك حزب الله في المعارك إلى جانب قوات الأسد في ريف حماة."
    ev = one(run(text, [HEZBOLLAH, ASSAD_FORCES, HAMA]), "FIGHT")
    assert "النظام السوري" not in ev.target and set(ev.source) == {"حزب الله", "النظام السوري"}


def test_the_object_of_a_verb_after_a_noun_is_not_moved_beside_the_ally() -> None:
    text = "وقال مسلح في ميليشيا تقاتل تنظيم داعش إلى جانب الجيش العراقي إن الهجوم فشل."
    evs = [e for e in run(text, [ISIS_TANZIM, IRAQI_ARMY]) if e.type == "FIGHT"]
    assert not any({"داعش", "الجيش العراقي"} <= set(e.source) for e in evs)


def test_the_side_of_the_dead_before_the_battle_noun_is_a_side() -> None:
    text = "ولقي جندي بالجيش العراقي مصرعه جراء اشتباكات مع تنظيم داعش في الرمادي."
    ev = one(run(text, [IRAQI_ARMY_BI, ISIS_TANZIM, RAMADI]), "FIGHT")
    assert set(ev.source + ev.target) == {"الجيش العراقي", "داعش"}


def test_the_dead_of_both_sides_name_both_sides() -> None:
    text = "وقتل تسعة من الحوثيين واثنان من المقاومة الشعبية في مواجهات اندلعت أمس في مأرب."
    ev = one(run(text, [HOUTHI, RESISTANCE]), "FIGHT")
    assert set(ev.source + ev.target) == {"الحوثي", "المقاومة الشعبية"}


def test_who_fights_ila_jiwar_the_doer_is_on_its_side() -> None:
    text = "وتضم المعسكرات وحدات الحرس الجمهوري الموالية لصالح والتي تقاتل إلى جوار الحوثيين في تعز."
    ev = one(run(text, [HOUTHI]), "FIGHT")
    assert "الحوثي" not in ev.target


def test_the_allies_joined_to_the_one_beside_are_all_on_its_side() -> None:
    text = "وقال المسؤول إن سالم الحربي قاتل إلى جانب حزب الله وجبهة النصرة في سوريا."
    ev = one(run(text, [("سالم الحربي", "سالم الحربي", "PER"), HEZBOLLAH, NUSRA]), "FIGHT")
    assert not {"حزب الله", "جبهة النصرة"} & set(ev.target)

"""An unnamed craft or gun before an attack verb is its subject («إن طائرات حربية قصفت …»): the party named
right after the verb is what it hit, not its doer (`events_patient_roles.weapon_subject`, read in
`events_roles`); a craft named with its owner («طائرات التحالف») or a party right after a verb with nothing
before it keeps word order. A party after «تجمعا لـ» an attack hit is the one hit, not the raider."""

from __future__ import annotations

from event_cases import one, run

HOUTHI = ("ميليشيات الحوثي", "الحوثي", "ORG")
COALITION = ("التحالف", "التحالف العربي", "ORG")
SPECS = [HOUTHI, COALITION]


def test_unnamed_craft_subject_hits_the_name_after() -> None:
    ev = one(run("وقالت مصادر محلية إن طائرات حربية قصفت ميليشيات الحوثي في المدينة.", SPECS), "ASSAULT")
    assert ev.source == [] and ev.target == ["الحوثي"]


def test_unnamed_gun_subject_hits_the_name_after() -> None:
    ev = one(run("وذكر شهود أن مدفعية ثقيلة قصفت ميليشيات الحوثي شرق المدينة.", SPECS), "ASSAULT")
    assert "الحوثي" not in ev.source


def test_named_craft_keeps_its_owner() -> None:
    ev = one(run("وقصفت طائرات التحالف مواقع ميليشيات الحوثي في المدينة.", SPECS), "ASSAULT")
    assert ev.source == ["التحالف العربي"]


def test_plain_verb_subject_order() -> None:
    ev = one(run("وقصفت ميليشيات الحوثي الأحياء السكنية في المدينة.", SPECS), "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_gathering_owner_is_no_raider() -> None:
    # «تجمعا لـX» after an attack noun is X's gathering that was hit (`events_agents.STRUCK`)
    ev = one(run("وفي الجبهة الغربية استهدفت إحدى الغارات تجمعا لميليشيات الحوثي وقتل عدد منهم.", SPECS), "ASSAULT")
    assert "الحوثي" not in ev.source

"""People named by what they are who undergo attacks and arrests (`event_actors.tsv` kind wronged:
«المدنيين», «المصلين», «المهاجرين»): parties of their own, the target of an attack or an arrest,
never its doer, and the doers of a protest."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_lexicon import lexicon


def test_wronged_groups_are_loaded() -> None:
    assert {"المدنيين", "المصلين", "المهاجرين"} <= lexicon().wronged


def test_genitive_of_a_killing_noun_is_its_target() -> None:
    ev = one(run("وقال إن أعمال هذه الجماعة قتل المصلين في المساجد.", []), "ASSAULT")
    assert ev.source == [] and ev.target == ["المصلين"]


def test_civilians_after_a_shelling_verb_are_its_target() -> None:
    ev = one(run("وقصفت الطائرات الحربية المدنيين في القرية.", []), "ASSAULT")
    assert "المدنيين" in ev.target and "المدنيين" not in ev.source


def test_migrants_protest_as_themselves() -> None:
    ev = one(run("وتظاهر المهاجرون أمام مقر الحكومة.", []), "PROTEST")
    assert ev.source == ["المهاجرين"]

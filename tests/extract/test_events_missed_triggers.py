"""Missed events: trigger rows the lexicon lacked (dismantling a cell, taking ground told by «السيطرة على», objection
voiced by a speaker named at length), each fenced off from its other senses."""

from __future__ import annotations

from event_cases import ISIS, SECURITY_FORCES, TUNISIAN, one, run, trigger_types

MOROCCAN = ("المغربية", "المغرب", "LOC")


def test_dismantling_a_cell_is_coercion() -> None:
    evs = run("وأعلنت السلطات المغربية تفكيك خلية إرهابية مرتبطة بتنظيم داعش.", [MOROCCAN, ISIS])
    assert one(evs, "COERCE").source == ["المغرب"]
    verb = run("وقالت وزارة الداخلية التونسية إن قوات الأمن فككت شبكة لتهريب الأسلحة.", [TUNISIAN, SECURITY_FORCES])
    assert one(verb, "COERCE").trigger.startswith("فككت")
    assert trigger_types("وختم اللاعبون الحصة بتمارين تفكيك العضلات.") == []  # no cell: another sense
    assert trigger_types("ويسعى الإرهاب إلى تفكيك المجتمع وتفكك الأسرة.") == []


RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
HOUTHIS = ("الحوثيون", "الحوثي", "ORG")


def test_taking_ground_told_by_the_verbal_noun_is_a_seizure() -> None:
    evs = run("وتمكنت المقاومة الشعبية من السيطرة على معسكر النصر وسط المدينة.", [RESISTANCE])
    seizure = one(evs, "COERCE")
    assert seizure.source == ["المقاومة الشعبية"] and seizure.mode == "seize"
    # control of no ground («الحريق») is no seizure
    assert trigger_types("وتمكنت فرق الدفاع المدني من السيطرة على الحريق.") == []


def test_control_lost_sought_or_weighed_is_no_seizure() -> None:
    assert [e.type for e in run("وفقد الحوثيون السيطرة على المدينة لصالح المقاومة الشعبية.",
                                [HOUTHIS, RESISTANCE])] == []
    assert [e.type for e in run("وتأتي أهمية السيطرة على قرية الدوة من موقعها.", [])] == []
    assert "COERCE" not in [e.type for e in run("وحشدت المقاومة الشعبية رجالها لانتزاع السيطرة على المدينة.",
                                               [RESISTANCE])]
    assert "COERCE" in [e.type for e in run("ونجحت المقاومة الشعبية في السيطرة على مدينة لودر.", [RESISTANCE])]


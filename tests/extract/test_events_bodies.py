"""Doers of verbal events named by plain noun phrases no entity names (`events_bodies`): the subject of a
light verb governing a verbal noun, a collective of people before «الذين», and the subject of «كان … قد»
across an aside with a short name in brackets."""

from __future__ import annotations

from event_cases import one, run


def test_the_unnamed_subject_of_a_light_verb_makes_the_demand() -> None:
    ev = one(run("وواصلت عائلات المفقودين مطالبتها للحكومة بالكشف عن مصيرهم.", []), "DEMAND")
    assert ev.source == ["عائلات المفقودين"]


def test_a_present_light_verb_tells_a_habit_and_names_no_doer() -> None:
    evs = run("وواصلت أسر الضحايا مطالبتها بالتحقيق، كما يقوم الصندوق بتقديم المساعدات للأسر.", [])
    assert one(evs, "DEMAND").source == ["أسر الضحايا"]
    assert all("الصندوق" not in e.source for e in evs)


def test_a_collective_before_a_comma_and_alladhina_is_the_accuser() -> None:
    ev = one(run("واشتد الغضب بين السكان، الذين اتهموا الجماعة المسلحة بسرقة المساعدات.", []), "DISAPPROVE")
    assert ev.source == ["السكان"]


def test_a_short_name_in_brackets_is_the_subject_of_kana_across_an_aside() -> None:
    text = "وكانت جمعية الدفاع عن المهمشين (أمل)، وهي جمعية لم تحصل على ترخيص، قد دعت أنصارها إلى الاعتصام."
    assert one(run(text, []), "DEMAND").source == ["أمل"]


def test_a_named_party_after_a_plural_in_un_is_the_object_not_the_subject() -> None:
    militia = ("الجماعة", "الجماعة", "ORG")
    ev = one(run("وطالب معتصمون الجماعة بالإفراج عن المختطفين.", [militia]), "DEMAND")
    assert (ev.source, ev.target) == (["معتصمون"], ["الجماعة"])


def test_a_collective_opening_its_clause_before_a_plural_verb_is_its_subject() -> None:
    ev = one(run("وأهالي المفقودين طالبوا بالكشف عن مصير أبنائهم.", []), "DEMAND")
    assert ev.source == ["أهالي المفقودين"]


def test_a_singular_relative_after_a_collective_is_the_deed_s() -> None:
    text = "وقدم الوزير التعازي إلى عائلات ضحايا التفجير الإرهابي الذي استهدف مسجدا في المدينة."
    assert all("عائلات ضحايا التفجير الإرهابي" not in ev.source for ev in run(text, []))

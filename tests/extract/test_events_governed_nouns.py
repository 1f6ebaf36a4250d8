"""The doer of a verbal noun a verb of starting, finishing or deciding governs (`light` in event_words.tsv):
the verb's subject, also for a bare verb form that is the noun («قررت الحكومة فرض عقوبات»), for a noun
after «في» and a noun of doing («بدأ أعضاء الفريق … في عقد اجتماعات»), and for the genitive of a noun of
going on («احتجاجا على مواصلة قوات الأمن اعتقال …»); a part of a group counted with its size
(«عدد كبير من …») is a subject like any part, and so are people tens or hundreds of count («عشرات الجنود»)."""

from __future__ import annotations

from event_cases import one, run

AMERICAN_GOV = ("الحكومة الأمريكية", "الولايات المتحدة", "ORG")
IRAN = ("إيران", "إيران", "LOC")
SECURITY = ("قوات الأمن", "قوات الأمن", "ORG")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
POLICE = ("الشرطة الكورية", "كوريا الجنوبية", "ORG")


def test_a_bare_verb_form_after_a_deciding_verb_and_its_subject_is_the_noun() -> None:
    ev = one(run("قررت الحكومة الأمريكية فرض عقوبات جديدة على إيران.", [AMERICAN_GOV, IRAN]), "SANCTION")
    assert (ev.source, ev.target) == (["الولايات المتحدة"], ["إيران"])


def test_an_announced_measure_is_done_by_the_announcer() -> None:
    ev = one(run("أعلنت الحكومة الأمريكية أمس فرض عقوبات على إيران.", [AMERICAN_GOV, IRAN]), "SANCTION")
    assert ev.source == ["الولايات المتحدة"]


def test_a_bare_verb_in_a_clause_of_its_own_takes_no_subject_from_the_light_verb() -> None:
    evs = run("أعلنت الشرطة الكورية امس الجمعة انها اعتقلت رجلا هدد بقتل السفير.", [POLICE])
    assert all(ev.source != ["كوريا الجنوبية"] for ev in evs if ev.type == "THREATEN")


def test_finishing_a_sweep_is_doing_it() -> None:
    ev = one(run("استكملت المقاومة الشعبية تمشيط المنازل في المدينة.", [RESISTANCE]), "COERCE")
    assert ev.source == ["المقاومة الشعبية"]


def test_an_unnamed_subject_of_starting_holds_the_meetings_after_fi() -> None:
    ev = one(run("وبدأ أعضاء الفريق الحكومي في عقد اجتماعات موسعة لمناقشة الأوضاع.", []), "CONSULT")
    assert ev.source == ["أعضاء الفريق الحكومي"]


def test_a_relative_clause_may_stand_between_the_subject_and_fi() -> None:
    text = "وبدأ أعضاء الفريق الحكومي الذي عاد إلى المدينة، في عقد اجتماعات موسعة لمناقشة الأوضاع."
    assert one(run(text, []), "CONSULT").source == ["أعضاء الفريق الحكومي"]


def test_the_genitive_of_a_noun_of_going_on_did_the_deed() -> None:
    ev = one(run("وتظاهر المعلمون احتجاجا على مواصلة قوات الأمن اعتقال زملائهم.", [SECURITY]), "COERCE")
    assert ev.source == ["قوات الأمن"]


def test_a_part_counted_with_its_size_is_the_subject() -> None:
    ev = one(run("ورفض عدد كبير من النواب المشاركة في الجلسة.", []), "REJECT")
    assert ev.source == ["عدد كبير من النواب"]


def test_tens_of_a_broken_plural_of_people_count_the_subject() -> None:
    ev = one(run("وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبنى المحافظة.", []), "PROTEST")
    assert ev.source == ["عشرات الجنود"]

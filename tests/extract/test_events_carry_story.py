"""Parties the event's sentence does not name but the story does: a bare two-word title («وانتقد رئيس
الوزراء») stands for the one person named before with it, before or after the name; a verb whose
subject is the pronoun on «أنه» after a subjectless reporting verb is the speaker's; a man killed or
arrested told only by the object pronoun on the verb («قتلته») is the man named before."""

from __future__ import annotations

from event_cases import one, run

DAVIS = ("مارك ديفيس", "مارك ديفيس", "PER")
CANADIAN = ("الكندي", "كندا", "LOC")
LIBERALS = ("حزب الأحرار", "حزب الأحرار", "ORG")
OMARI = ("خالد العمري", "خالد العمري", "PER")
IRAN = ("إيران", "إيران", "LOC")
SALIM = ("سليم داود", "سليم داود", "PER")
KAMAL = ("كمال يلدز", "كمال يلدز", "PER")
SAMER = ("سامر الحلبي", "سامر الحلبي", "PER")


def test_a_bare_two_word_title_stands_for_the_one_named_with_it_before_the_name() -> None:
    text = "استقبل رئيس الوزراء الكندي مارك ديفيس وفدا من رجال الأعمال. وانتقد رئيس الوزراء حزب الأحرار بشدة."
    ev = one(run(text, [CANADIAN, DAVIS, LIBERALS]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["مارك ديفيس"], ["حزب الأحرار"])


def test_a_bare_two_word_title_stands_for_the_one_named_with_it_after_the_name() -> None:
    text = "وصل خالد العمري وزير الخارجية إلى العاصمة أمس. ودعا وزير الخارجية إيران إلى وقف التصعيد."
    ev = one(run(text, [OMARI, IRAN]), "DEMAND")
    assert (ev.source, ev.target) == (["خالد العمري"], ["إيران"])


def test_a_verb_after_anna_with_a_pronoun_is_the_speakers() -> None:
    text = "التقى سليم داود الصحفيين أمس في مقر الحزب. وأشار إلى أنه يزور كمال يلدز في سجنه بانتظام."
    visits = [e for e in run(text, [SALIM, KAMAL]) if e.type == "CONSULT" and e.target == ["كمال يلدز"]]
    assert visits and visits[0].source == ["سليم داود"], visits


def test_the_object_pronoun_of_a_killing_is_the_man_named_before() -> None:
    text = "اعتقلت الشرطة الناشط سامر الحلبي الشهر الماضي. وقالت عائلته إن الشرطة قتلته تحت التعذيب."
    evs = [e for e in run(text, [SAMER]) if e.type == "ASSAULT"]
    assert evs and evs[0].target == ["سامر الحلبي"], evs

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


LYNCH = ("لوريتا لينش", "لوريتا لينش", "PER")
HAWES = ("مايك هاوز", "مايك هاوز", "PER")


def test_a_speaker_named_after_a_linking_phrase_goes_on_speaking() -> None:
    text = ("ومن جانبه قال سليم داود إن الحكومة تواصل الحوار مع المعارضة. "
            "وقال في تصريحات لاحقة إن شروط حزب الأحرار غير مقبولة.")
    ev = one(run(text, [SALIM, LIBERALS]), "REJECT")
    assert (ev.source, ev.target) == (["سليم داود"], ["حزب الأحرار"])


def test_a_duty_a_speaker_named_after_a_linking_phrase_lays_is_his_demand() -> None:
    text = ("ومن جانبه قال سليم داود إن الحكومة تواصل الحوار مع المعارضة. "
            "وأضاف أن على حزب الأحرار أن يتوقف عن التصعيد.")
    ev = one(run(text, [SALIM, LIBERALS]), "DEMAND")
    assert (ev.source, ev.target) == (["سليم داود"], ["حزب الأحرار"])


def test_a_demand_to_free_the_storys_captives_is_made_of_their_holder_named_before() -> None:
    text = ("نظم أهالي المختطفين لدى جماعة الحوثي وقفة احتجاجية أمس أمام مقر الأمم المتحدة. "
            "ودعا المحتجون إلى سرعة الإفراج عن المختطفين.")
    ev = one(run(text, []), "DEMAND")
    assert ev.target == ["الحوثي"]


def test_a_plural_verb_does_not_go_on_with_one_man() -> None:
    text = "وقال سليم داود إن الحكومة ستحقق. وطالبوا بالإفراج عن المعتقلين."
    assert not [e for e in run(text, [SALIM]) if e.source == ["سليم داود"] and e.type == "DEMAND"]


def test_a_feminine_verb_does_not_go_on_with_a_man_but_does_with_a_woman() -> None:
    man = "قال مايك هاوز إن الاتفاق جيد. ووقعت على الاتفاق ست دول كبرى."
    assert not [e for e in run(man, [HAWES]) if e.source == ["مايك هاوز"] and e.type == "AGREE"]
    woman = "وقالت وزيرة العدل لوريتا لينش إن التحقيق مستمر. وعبرت عن اعتراضها على القرار."
    assert one(run(woman, [LYNCH]), "DISAPPROVE").source == ["لوريتا لينش"]

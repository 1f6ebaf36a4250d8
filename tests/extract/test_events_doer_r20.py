"""Doers of events that were dropped for having none: a verb of hastening or taking part before a
verbal noun, «زيارة يقوم بها X», «كل من X وY», the subject fronted after «إن» right before a quote,
a second office title that opens the object, a feminine verb that a man does not go on with, and a
fight's parties named by «بين» after its place."""

from __future__ import annotations

from event_cases import EGYPT, HOUTHI, PKK, SECURITY_FORCES, SHABAAB, TURKEY, YEMEN, one, quote_of, run

SALEM = ("محمد سالم", "محمد سالم", "PER")
ATTIYAH = ("خالد العطية", "خالد العطية", "PER")
SUDAN = ("السودان", "السودان", "LOC")
AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")


def test_hastening_verb_lends_its_subject_to_the_verbal_noun() -> None:
    text = "وسارع النائب محمد سالم إلى انتقاد قرار الحكومة الأخير."
    ev = one(run(text, [SALEM]), "DISAPPROVE")
    assert ev.source == ["محمد سالم"]


def test_visit_done_with_qama_names_the_visitor() -> None:
    text = "وجاءت التصريحات خلال زيارة رسمية يقوم بها خالد العطية إلى تركيا."
    ev = one(run(text, [ATTIYAH, TURKEY]), "CONSULT")
    assert ev.source == ["خالد العطية"] and ev.target == ["تركيا"]


def test_each_of_opens_the_subject() -> None:
    text = "ووقعت كل من مصر والسودان اتفاقا لترسيم الحدود."
    ev = one(run(text, [EGYPT, SUDAN]), "AGREE")
    assert {"مصر", "السودان"} <= {*ev.source, *ev.target}


def test_subject_fronted_before_a_quote_keeps_its_verbs() -> None:
    text = 'وأدانت منظمة العفو الدولية اعتقال الصحفي، قائلة إن الحوثيين "اقتحموا منزله ويرفضون الإفراج عنه".'
    evs = run(text, [AMNESTY, HOUTHI], quotes=quote_of(text, "منظمة العفو الدولية"))
    assert one(evs, "REJECT").source == ["الحوثي"]


def test_second_office_title_is_the_object() -> None:
    text = "واتهم زعيم حزب العمال الكردستاني المعارض الرئيس محمد سالم بتعطيل المفاوضات."
    ev = one(run(text, [PKK, SALEM]), "DISAPPROVE")
    assert ev.source == ["حزب العمال الكردستاني"] and "محمد سالم" in ev.target


def test_feminine_verb_does_not_go_on_with_a_man() -> None:
    text = "وأعلن الرئيس محمد سالم دعمه لليمن، وطالبت بوقف القتال فورا."
    evs = run(text, [SALEM, ("لليمن", "اليمن", "LOC"), YEMEN])
    assert not any(e.type == "DEMAND" and "محمد سالم" in e.source for e in evs)


def test_fight_parties_named_after_its_place() -> None:
    text = "ودارت اشتباكات عنيفة ليلة أمس في أحياء المدينة القديمة بين مسلحين يعتقد أنهم من حركة الشباب وقوات الأمن."
    ev = one(run(text, [SHABAAB, SECURITY_FORCES]), "FIGHT")
    assert {"الشباب", "قوات الأمن"} <= {*ev.source, *ev.target}

"""Targets of one-sided statements: the maker of the demand or charge a refusal answers
(`events_refusal_answers`), the unnamed owner of the thing criticised (`events_object_owner`) and the holder
of the captives a release demand asks to free (`events_captors`)."""

from __future__ import annotations

from event_cases import HOUTHI, one, run

USA = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
CHINA = ("الصين", "الصين", "LOC")
BEIJING = ("بكين", "بكين", "LOC")
AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")
ETHIOPIAN = ("الإثيوبية", "إثيوبيا", "LOC")
HRW = ("هيومن رايتس ووتش", "هيومن رايتس ووتش", "ORG")


def test_a_refusal_of_what_was_asked_just_before_answers_the_one_who_asked() -> None:
    text = "وطالبت الولايات المتحدة الصين بوقف أنشطتها في بحر الصين الجنوبي. أما بكين فرفضت وقف أنشطتها."
    ev = one(run(text, [USA, CHINA, BEIJING]), "REJECT")
    assert ev.target == ["الولايات المتحدة"]


def test_a_refusal_of_something_else_answers_no_one() -> None:
    text = "وطالبت الولايات المتحدة الصين بوقف أنشطتها في بحر الصين الجنوبي. أما بكين فرفضت زيارة الوفد."
    ev = one(run(text, [USA, CHINA, BEIJING]), "REJECT")
    assert ev.target == []


def test_rejected_charges_answer_the_accuser() -> None:
    text = "واتهمت منظمة العفو الدولية الحكومة الإثيوبية باعتقال ناشطين. ورفضت الحكومة الإثيوبية هذه الاتهامات."
    evs = [e for e in run(text, [AMNESTY, ETHIOPIAN]) if e.trigger == "ورفضت"]
    assert len(evs) == 1 and evs[0].target == ["منظمة العفو الدولية"]


def test_the_unnamed_owner_of_a_criticised_decision_is_the_target() -> None:
    ev = one(run("وانتقدت منظمة العفو الدولية قرار الحكومة بحظر التظاهر.", [AMNESTY]), "DISAPPROVE")
    assert ev.target == ["الحكومة"]


def test_a_release_demand_is_made_of_the_prisons_holder() -> None:
    ev = one(run("وطالب المحتجون بالإفراج عن المعتقلين في سجون الحوثيين.", [HOUTHI]), "DEMAND")
    assert ev.target == ["الحوثي"]


def test_a_release_demand_after_an_abduction_is_made_of_the_abductors() -> None:
    text = "واختطف الحوثيون الناشط الحقوقي من منزله. وطالبت منظمة هيومن رايتس ووتش بإطلاق سراحه فورا."
    ev = one(run(text, [HOUTHI, HRW]), "DEMAND")
    assert ev.target == ["الحوثي"]

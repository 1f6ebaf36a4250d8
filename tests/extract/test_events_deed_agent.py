"""The doer of a strike named after its noun by «لـ», and the dead of the killing it caused
(`events_deed_agent`)."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, ISIS, one, run

from marsad.extract.events_eval import run_article

SYRIAN = ("السوري", "سوريا", "LOC")


def test_the_force_after_an_air_strike_did_the_killing() -> None:
    text = "قتل خمسة مدنيين في غارة جوية لقوات التحالف العربي في مأرب."
    ev = one(run(text, [COALITION]), "ASSAULT")
    assert ev.source == ["التحالف العربي"] and "خمسة مدنيين" in ev.target


def test_the_dead_before_a_plural_passive_are_no_doer() -> None:
    text = "وقال المرصد إن 13 عنصرا من داعش قتلوا جراء قصف للطيران السوري على مدينة الحسكة."
    ev = one(run(text, [ISIS, SYRIAN]), "ASSAULT")
    assert ev.source == ["سوريا"] and "داعش" in ev.target


def test_the_attack_a_killing_was_told_by_is_that_killing() -> None:
    text = ("كما قتل أمس ضابط تركي وأصيب جنديان آخران في هجوم لداعش على الحدود مع سورية، ورد الطيران الحربي "
            "التركي بمهاجمة أهداف للتنظيم داخل سورية.")
    evs = [e for e in run_article(text, "2015-07-24") if e.type == "ASSAULT" and "داعش" in e.source]
    assert len(evs) == 1 and evs[0].trigger == "قتل"


def test_the_strike_noun_a_light_verb_needs_takes_its_doer_by_lam() -> None:
    text = "ونفذت غارات لطيران التحالف على مواقع الحوثيين في محافظة صعدة."
    ev = next(e for e in run_article(text, "2015-07-24") if e.type == "ASSAULT")
    assert ev.source == ["التحالف العربي"] and ev.target == ["الحوثي"]


def test_a_shelling_verb_before_a_time_by_lam_keeps_its_object() -> None:
    text = "وقصفت الطائرات لليوم الثالث مواقع الحوثيين في صعدة."
    ev = next(e for e in run_article(text, "2015-07-24") if e.type == "ASSAULT")
    assert "الحوثي" in ev.target and "الحوثي" not in ev.source


def test_a_bare_shelling_with_a_kind_adjective_is_the_noun_and_takes_its_doer() -> None:
    text = "وتسبب قصف مدفعي للحوثيين في مقتل ثلاثة مدنيين في مدينة تعز."
    ev = one(run(text, [HOUTHI]), "ASSAULT")
    assert ev.source == ["الحوثي"] and "الحوثي" not in ev.target


def test_a_bare_shelling_after_amid_is_the_noun_and_takes_its_doer() -> None:
    text = "وتواصلت المعارك وسط قصف للحوثيين على الأحياء السكنية في المدينة."
    ev = next(e for e in run(text, [HOUTHI]) if e.type == "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_a_shelling_verb_keeps_its_subject() -> None:
    text = "وقصف الطيران التركي مواقع لحزب العمال الكردستاني في شمال العراق."
    ev = next(e for e in run_article(text, "2015-07-24") if e.type == "ASSAULT")
    assert "حزب العمال الكردستاني" in ev.target and "حزب العمال الكردستاني" not in ev.source

"""Deeds only supposed (`events_conditional`): a trigger in the condition of a conditional sentence («إذا»,
«لو», «في حال») is no event; the answer of the condition, a deed told in a relative clause inside it, and a
deed told outside it are left alone."""

from __future__ import annotations

from event_cases import HOUTHI_GROUP, run

from marsad.model import Event

YEMEN = ("اليمن", "اليمن", "LOC")
LIBYAN_SIDES = ("الأطراف الليبية", "ليبيا", "ORG")
CLUB = ("نادي النصر", "نادي النصر", "ORG")


def _types(evs: list[Event]) -> list[str]:
    return [e.type for e in evs]


def test_a_refusal_after_if_is_only_supposed() -> None:
    evs = run("وقال الوزير إن البلاد معرضة للانقسام إذا رفضت جماعة الحوثي الحوار.", [HOUTHI_GROUP])
    assert "REJECT" not in _types(evs)


def test_a_refusal_after_in_case_is_only_supposed() -> None:
    evs = run("وحذر المبعوث الأطراف الليبية من العزلة في حال رفضها للاتفاق.", [LIBYAN_SIDES])
    assert "REJECT" not in _types(evs)


def test_an_agreement_after_in_case_is_only_supposed() -> None:
    evs = run("وأكدت إدارة نادي النصر أنه في حال توصلها إلى اتفاق مع شركة راعية ستعلن التفاصيل.", [CLUB])
    assert "AGREE" not in _types(evs)


def test_an_attack_in_a_condition_is_only_supposed_and_its_answer_is_read() -> None:
    evs = run("وفي حال هاجمت إيران السفن الأمريكية فإن واشنطن سترد.",
              [("إيران", "إيران", "LOC"), ("الأمريكية", "الولايات المتحدة", "LOC")])
    assert "ASSAULT" not in _types(evs)


def test_a_refusal_told_outside_a_condition_stays() -> None:
    evs = run("ورفضت جماعة الحوثي الحوار مع الحكومة.", [HOUTHI_GROUP])
    assert "REJECT" in _types(evs)


def test_a_deed_in_a_relative_clause_of_the_condition_stays() -> None:
    evs = run("ويمكن للسكان العودة لو عادت الكهرباء التي قطعتها جماعة الحوثي بعد قصف المحطة.", [HOUTHI_GROUP, YEMEN])
    assert "ASSAULT" in _types(evs)


def test_a_cause_named_in_the_condition_stays() -> None:
    evs = run("ويمكن للسكان العودة لو توافرت المياه المقطوعة بسبب قصف جماعة الحوثي للمحطة.", [HOUTHI_GROUP])
    assert "ASSAULT" in _types(evs)


TURKEY_ = ("تركيا", "تركيا", "LOC")
IRAN_ = ("إيران", "إيران", "LOC")
US_ = ("الولايات المتحدة", "الولايات المتحدة", "LOC")


def test_the_answer_of_a_counterfactual_is_only_supposed() -> None:
    evs = run("وقال إنه لو لم تكن هناك قواعد للحزب في الإقليم فإن تركيا لن تقصف المدنيين.", [TURKEY_])
    assert "ASSAULT" not in _types(evs)


def test_the_answer_of_even_if_is_read() -> None:
    evs = run("وقال إنه حتى لو وافقت إيران على الشروط فإن الولايات المتحدة ستفرض عقوبات عليها.", [IRAN_, US_])
    assert "SANCTION" in _types(evs)

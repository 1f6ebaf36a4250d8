"""Who appeals to whom (`events_appeal_sides`): a family named by a kin noun after an appeal verb is its
source, the relative named inside its phrase no party, and the one asked comes after it («وناشدت عائلة
الطالب وزارة الداخلية …»); the one asked after an aside that names the statement («ودعت المنظمة في بيان
لها الحكومة العراقية إلى …»); a body in quote marks after a title's «لـ» written apart goes with the
officer named after it, not to the target («الأمين العام لـ"حزب الله" حسن نصر الله»)."""

from __future__ import annotations

from event_cases import HEZBOLLAH, INTERIOR_MINISTRY, one, run

ALI = ("سامي العلي", "سامي العلي", "PER")
AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")
IRAQI_GOVERNMENT = ("الحكومة العراقية", "الحكومة العراقية", "ORG")
LEBANESE_GOVERNMENT = ("الحكومة اللبنانية", "الحكومة اللبنانية", "ORG")
NASRALLAH = ("حسن نصر الله", "حسن نصر الله", "PER")
RED_CROSS = ("اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "ORG")


def test_a_family_appeals_to_the_body_named_after_it() -> None:
    ev = one(run("وناشدت عائلة الطالب وزارة الداخلية التدخل لإطلاق سراحه.", [INTERIOR_MINISTRY]), "DEMAND")
    assert ev.source == ["عائلة الطالب"] and ev.target == ["وزارة الداخلية"]


def test_the_relative_named_in_quote_marks_is_no_party_of_the_appeal() -> None:
    ev = one(run('وناشدت والدة الشاب "فهد" الجهات المختصة بعلاج ابنها في الخارج.', []), "DEMAND")
    assert ev.source == ["والدة الشاب فهد"] and ev.target == ["الجهات المختصة"]


def test_the_one_asked_after_an_aside_past_the_families_place() -> None:
    text = "ناشد أهالي قرية الوادي بمحافظة الشمال، عبر الصحيفة، اللجنة الدولية للصليب الأحمر بالتدخل."
    ev = one(run(text, [RED_CROSS]), "DEMAND")
    assert ev.source == ["أهالي قرية الوادي بمحافظة الشمال"] and ev.target == ["اللجنة الدولية للصليب الأحمر"]


def test_the_one_asked_after_an_aside_that_names_the_statement() -> None:
    text = "ودعت منظمة العفو الدولية في بيان نشرته الصحف اليوم السلطات المحلية إلى وقف القصف على المدن."
    ev = one(run(text, [AMNESTY]), "DEMAND")
    assert ev.source == ["منظمة العفو الدولية"] and ev.target == ["السلطات المحلية"]


def test_the_one_asked_after_a_comma_aside_and_not_the_beneficiary() -> None:
    text = "وقال سامي العلي إن الوضع صعب. وطالب، خلال كلمته في المؤتمر، الدول المانحة بدعم الحكومة العراقية."
    ev = one(run(text, [ALI, IRAQI_GOVERNMENT]), "DEMAND")
    assert ev.target == ["الدول المانحة"]


def test_a_quoted_body_after_a_title_goes_with_its_officer() -> None:
    text = 'وانتقد الأمين العام لـ"حزب الله" حسن نصر الله الحكومة اللبنانية.'
    ev = one(run(text, [HEZBOLLAH, NASRALLAH, LEBANESE_GOVERNMENT]), "DISAPPROVE")
    assert "حزب الله" in ev.source and "حسن نصر الله" in ev.source
    assert ev.target == ["الحكومة اللبنانية"]


def test_people_of_a_quality_are_no_family() -> None:
    text = "وطالب ذوو الإعاقة البصرية الشركات بتوفير قوائم مكتوبة بطريقة برايل."
    ev = one(run(text, []), "DEMAND")
    assert ev.source == ["ذوو الإعاقة البصرية"] and ev.target == ["الشركات"]

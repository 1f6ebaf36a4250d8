"""Claims of responsibility (`events_claims`): the group that claims an attack is its doer, whether the
claim names the attack again by a noun, by a pronoun or in a relative clause; a negated claim, a denial
and «تبنى» of what is no attack give no doer."""

from __future__ import annotations

from event_cases import BOKO_HARAM, ISIS_TANZIM, SHABAAB, one, run

from marsad.model import Event

TALIBAN = ("حركة طالبان", "طالبان", "ORG")
SECURITY_COUNCIL = ("مجلس الأمن", "مجلس الأمن", "ORG")


def _attacks(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.type == "ASSAULT"]


def test_a_claim_by_noun_names_the_doer_of_armed_men_told_before() -> None:
    evs = run("هاجم مسلحون مركزا للشرطة في إقليم غزني أمس مما أسفر عن مقتل ثلاثة من رجال الشرطة. "
              "وتبنت حركة طالبان الهجوم.", [TALIBAN])
    assert len(_attacks(evs)) == 1  # the claim's «الهجوم» is the attack told, not another
    assert one(evs, "ASSAULT").source == ["طالبان"]


def test_a_claim_of_responsibility_replaces_a_lone_bomber() -> None:
    evs = run("فجر انتحاري نفسه داخل سوق للخضار في مدينة الحلة أمس مما أسفر عن مقتل 14 شخصا. "
              "وأعلن تنظيم داعش مسؤوليته عن التفجير في بيان.", [ISIS_TANZIM])
    assert len(_attacks(evs)) == 1
    assert one(evs, "ASSAULT").source == ["داعش"]


def test_a_claim_by_pronoun_names_the_attack_of_the_sentence_before() -> None:
    evs = run("قتل 12 شخصا في انفجار سيارة مفخخة قرب مطعم في حي الكرادة ببغداد مساء أمس. "
              "وأعلن تنظيم داعش مسؤوليته عنه.", [ISIS_TANZIM])
    assert one(evs, "ASSAULT").source == ["داعش"]


def test_a_dual_noun_names_the_two_attacks_told() -> None:
    evs = run("قتل 25 شخصا في تفجيرين انتحاريين استهدفا سوقا في مدينة يولا. "
              "وتبنت جماعة بوكو حرام التفجيرين.", [BOKO_HARAM])
    assert one(evs, "ASSAULT").source == ["بوكو حرام"]


def test_a_claim_joined_to_the_attack_by_a_pronoun() -> None:
    evs = run("فجر انتحاري نفسه عند بوابة فندق في مقديشو أمس مما أسفر عن مقتل تسعة أشخاص، وتبنته حركة الشباب.",
              [SHABAAB])
    assert one(evs, "ASSAULT").source == ["الشباب"]


def test_a_negated_claim_names_no_doer() -> None:
    evs = run("هاجم مسلحون مركزا للشرطة في إقليم غزني أمس مما أسفر عن مقتل ثلاثة من رجال الشرطة. "
              "ولم تعلن حركة طالبان مسؤوليتها عن الهجوم.", [TALIBAN])
    assert all("طالبان" not in e.source for e in _attacks(evs))


def test_adopting_a_resolution_names_no_doer_of_an_attack_before() -> None:
    evs = run("هاجم مسلحون مركزا للشرطة في إقليم غزني أمس مما أسفر عن مقتل ثلاثة من رجال الشرطة. "
              "وأكد الوزير أهمية البيان الذي تبناه مجلس الأمن.", [SECURITY_COUNCIL])
    assert all("مجلس الأمن" not in e.source for e in _attacks(evs))

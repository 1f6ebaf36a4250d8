"""Accusations, blame and claims (`events_accuse`): the deed an accusation or a blame charges is an event of
its own, done by the accused; a bare body right after the verb is its subject; a claim verb in «ى» with a
pronoun names the doer of the deed before it."""

from __future__ import annotations

from event_cases import HAMAS, HOUTHI, ISIS_TANZIM, PKK, SYRIA, TURKEY, one, run

HAMAS_MOVEMENT = ("حركة حماس", "حماس", "ORG")
YEMENI = ("اليمنية", "اليمن", "LOC")
IRAQI_F = ("العراقية", "العراق", "LOC")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
QAEDA = ("تنظيم القاعدة", "تنظيم القاعدة", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
TALIBAN = ("حركة طالبان", "طالبان", "ORG")


def test_the_shelling_an_accusation_charges_is_done_by_the_accused() -> None:
    evs = run("اتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية في تعز.", [YEMENI, HOUTHI])
    accusation = one(evs, "DISAPPROVE")
    assert accusation.source == ["اليمن"] and accusation.target == ["الحوثي"]
    assert one(evs, "ASSAULT").source == ["الحوثي"]
    breach = run("اتهمت إسرائيل حركة حماس بخرق التفاهمات.", [ISRAEL, HAMAS_MOVEMENT])
    assert [e.type for e in breach] == ["DISAPPROVE"]  # a charge of no deed gives the accusation only


def test_a_killing_charged_to_a_country_is_its_deed() -> None:
    evs = run("واتهمت الأمم المتحدة إسرائيل بقتل المتظاهرين.", [UN, ISRAEL])
    assert one(evs, "ASSAULT").source == ["إسرائيل"]


def test_standing_behind_an_attack_charges_the_attack() -> None:
    evs = run("واتهمت تركيا حزب العمال الكردستاني بالوقوف وراء الهجوم.", [TURKEY, PKK])
    assert one(evs, "ASSAULT").source == ["حزب العمال الكردستاني"]
    assert one(evs, "DISAPPROVE").target == ["حزب العمال الكردستاني"]


def test_carrying_out_a_bombing_charges_the_bombing() -> None:
    evs = run("واتهمت تركيا تنظيم داعش بتنفيذ التفجير الانتحاري في سروج.", [TURKEY, ISIS_TANZIM])
    assert one(evs, "ASSAULT").source == ["داعش"]


def test_a_present_accusation_of_shelling() -> None:
    evs = run("وتتهم واشنطن دمشق بقصف المدنيين بالبراميل المتفجرة.",
              [("واشنطن", "واشنطن", "LOC"), ("دمشق", "دمشق", "LOC")])
    assert one(evs, "ASSAULT").source == ["دمشق"]


def test_the_blame_for_a_bombing_names_its_doer() -> None:
    evs = run("وحملت الحكومة العراقية تنظيم داعش مسؤولية التفجير.", [IRAQI_F, ISIS_TANZIM])
    assert one(evs, "DISAPPROVE").target == ["داعش"]
    assert one(evs, "ASSAULT").source == ["داعش"]


def test_a_blame_participle_names_the_attack_doer() -> None:
    evs = run("وحذر الرئيس السوري من التصعيد، محملا حماس مسؤولية الهجوم على المدينة.", [SYRIA, HAMAS])
    assert one(evs, "ASSAULT").source == ["حماس"]


def test_laying_the_blame_for_a_bombing() -> None:
    evs = run("وألقت الحكومة العراقية باللوم على تنظيم القاعدة في التفجير.", [IRAQI_F, QAEDA])
    assert one(evs, "DISAPPROVE").target == ["تنظيم القاعدة"]
    assert one(evs, "ASSAULT").source == ["تنظيم القاعدة"]
    no_one = run("وألقى المتحدث باللوم على الظروف في التفجير.", [])
    assert not [e for e in no_one if e.type == "ASSAULT"]  # a deed charged to no one named is no event


def test_a_bare_government_accusing_a_movement_is_the_source() -> None:
    evs = run("واتهمت الحكومة حركة حماس بالتخطيط لانقلاب.", [HAMAS_MOVEMENT])
    accusation = one(evs, "DISAPPROVE")
    assert accusation.source == ["الحكومة"] and accusation.target == ["حماس"]


def test_a_bare_government_asking_the_houthis() -> None:
    evs = run("ودعت الحكومة الحوثيين إلى الانسحاب من المدن.", [HOUTHI])
    demand = one(evs, "DEMAND")
    assert demand.source == ["الحكومة"] and demand.target == ["الحوثي"]
    committee = run("وعقدت اللجنة المنظمة للمهرجان اجتماعها الأول أمس.",
                    [("المنظمة للمهرجان", "المنظمة للمهرجان", "ORG")])
    assert all("المنظمة للمهرجان" not in e.target for e in committee)  # an adjective, not the object


def test_an_attack_he_claimed_with_a_pronoun_names_its_doer() -> None:
    evs = run("وأسفر التفجير الذي تبناه تنظيم داعش عن مقتل 30 شخصا.", [ISIS_TANZIM])
    assert one(evs, "ASSAULT").source == ["داعش"]
    she = run("قتل 21 شخصا في هجوم تبنته حركة طالبان في قندوز.", [TALIBAN])
    assert one(she, "ASSAULT").source == ["طالبان"]  # the feminine «تبنته» as before


def test_the_blamed_militants_are_no_longer_than_their_name() -> None:
    evs = run("وذكر الجيش الذي حمل متشددين أكرادا مسؤولية الهجوم أن العمليات مستمرة.", [])
    accusation = one(evs, "DISAPPROVE")
    assert all("مسؤولية" not in n for n in accusation.target)


def test_an_attack_attributed_to_a_party_is_its_deed() -> None:
    evs = run("ونسبت الشرطة الهجوم إلى حزب العمال الكردستاني.", [PKK])
    assert one(evs, "DISAPPROVE").target == ["حزب العمال الكردستاني"]
    assert one(evs, "ASSAULT").source == ["حزب العمال الكردستاني"]
    passive = run("ونسب التفجير إلى تنظيم داعش.", [ISIS_TANZIM])
    assert one(passive, "ASSAULT").source == ["داعش"]


def test_a_conjoined_blame_blames_the_one_party_after_it() -> None:
    evs = run("ودانت الحكومة الأردنية مقتل الطفل وحملت إسرائيل المسؤولية عن الجريمة.",
              [("الأردنية", "الأردن", "LOC"), ISRAEL])
    accusation = one(evs, "DISAPPROVE")
    assert accusation.source == ["الأردن"] and accusation.target == ["إسرائيل"]


def test_a_comma_after_the_accuser_and_a_time_word_keeps_the_charged_deed() -> None:
    text = "اتهمت الحكومة اليمنية اليوم، الحوثيين باستهداف مواقعها بقصف مدفعي عنيف."
    ev = one(run(text, [YEMENI]), "ASSAULT")
    assert ev.source == ["الحوثي"] and "اليمن" in ev.target, ev


def test_a_comma_before_a_new_verb_ends_the_accusation() -> None:
    text = "اتهمت الحكومة اليمنية اليوم الحوثيين بخرق الهدنة، وقالت إن القصف استهدف المدنيين."
    evs = [e for e in run(text, [YEMENI]) if e.type == "ASSAULT"]
    assert not [e for e in evs if e.source == ["الحوثي"] and "اليمن" in e.target], evs

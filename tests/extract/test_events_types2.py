"""Types that the words around a finished event call for (`events_typing`), second set: an attack on the posts
of an armed party is a fight, a recognition denied is a refusal, a pledge of aid is aid."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS_TANZIM, US, one, run

RESISTANCE = ("المقاومة", "المقاومة الشعبية", "ORG")
TALIBAN = ("حركة طالبان", "طالبان", "ORG")
SYRIAN_ARMY = ("الجيش السوري", "سوريا", "ORG")
KURDS = ("القوات الكردية", "القوات الكردية", "ORG")
LEADER = ("جون دوي", "جون دوي", "PER")


def test_an_attack_on_the_positions_of_gunmen_is_a_fight() -> None:
    evs = run("وشنت المقاومة هجوما مباغتا على مواقع للمسلحين الحوثيين شرق المدينة.", [RESISTANCE, HOUTHI])
    fight = one(evs, "FIGHT")
    assert {"المقاومة الشعبية", "الحوثي"} <= {*fight.source, *fight.target}
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_attack_on_an_army_camp_is_a_fight() -> None:
    evs = run("وشن مسلحو حركة طالبان هجوما على معسكر للجيش في الولاية الجنوبية.", [TALIBAN])
    one(evs, "FIGHT")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_the_verb_attack_with_army_positions_past_its_subject_is_a_fight() -> None:
    evs = run("وهاجم مقاتلو تنظيم داعش مواقع الجيش السوري قرب المطار.", [ISIS_TANZIM, SYRIAN_ARMY])
    one(evs, "FIGHT")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_attack_on_civilians_near_a_camp_stays_an_assault() -> None:
    evs = run("وشن مسلحون هجوما على حافلة تقل مدنيين قرب معسكر للجيش.", [])
    one(evs, "ASSAULT")
    assert not [e for e in evs if e.type == "FIGHT"]


def test_strikes_on_positions_stay_an_assault() -> None:
    evs = run("وشنت طائرات التحالف غارات على مواقع للحوثيين في الجبال.", [HOUTHI])
    one(evs, "ASSAULT")


def test_recognition_denied_is_a_refusal() -> None:
    evs = run("وأعلن جون دوي أنه لا يعترف بشرعية الانتخابات الأخيرة.", [LEADER])
    rej = one(evs, "REJECT")
    assert not rej.negated
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_a_pledge_of_aid_is_aid() -> None:
    evs = run("وتعهدت الولايات المتحدة بتسليح وتدريب القوات الكردية في الشمال.", [US, KURDS])
    one(evs, "AID")
    assert not [e for e in evs if e.type == "AGREE"]
    later = run("وتعهد جون دوي رئيس الوزراء بتقديم كل وسائل الدعم للقوات الكردية.", [LEADER, KURDS])
    one(later, "AID")


def test_a_pledge_to_take_a_case_to_court_is_no_aid() -> None:
    evs = run("وتعهد جون دوي بتقديم هذه القضية إلى المحكمة الدولية.", [LEADER])
    assert not [e for e in evs if e.type == "AID"]


def test_an_attack_on_the_dens_of_a_group_is_a_fight() -> None:
    evs = run("ونفذت قوات الجيش هجمات على أوكار تنظيم داعش شرق المدينة.", [ISIS_TANZIM])
    one(evs, "FIGHT")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_the_dead_of_a_battle_told_just_before_are_the_fight() -> None:
    evs = run("وبعد معركة طويلة قتل فيها عشرون مسلحا من الحوثيين، انسحبت المليشيات من البلدة.", [HOUTHI])
    one(evs, "FIGHT")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_one_sides_dead_of_a_battle_are_the_fight() -> None:
    text = "وقال المصدر إن معارك ضارية دارت طوال الليل في أطراف المدينة، فيما قتل من جانب المقاومة خمسة أشخاص."
    evs = run(text, [RESISTANCE])
    assert not [e for e in evs if e.type == "ASSAULT"]
    one(evs, "FIGHT")


def test_an_authority_approving_its_own_measure_is_no_agreement() -> None:
    text = "ووافق جون دوي وزير الشؤون البلدية، على نزع ملكية عشرين عقارا لصالح مشروع الطريق."
    assert not [e for e in run(text, [LEADER]) if e.type == "AGREE"]


def test_approving_a_deal_with_another_state_stays_an_agreement() -> None:
    evs = run("ووافقت الولايات المتحدة على تعديل الاتفاق مع القوات الكردية.", [US, KURDS])
    one(evs, "AGREE")

"""What is never a side of a fight, or no fight at all (`events_fight_checks` and the rules beside it): a base
or a front named by its place, the dead a number counts, a battle noun with «نا» on it, a battle of politics
or health, a repulse of any attack to come, a prisoner swap, a fight as the topic of talks, a light verb
whose deed is told before it."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS_TANZIM, TURKEY, one, run

from marsad.extract.events_fight_checks import dead_count, place_side

ANAD = ("قاعدة العند", "قاعدة العند", "ORG")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
ZABADANI_FRONT = ("جبهة الزبداني", "جبهة الزبداني", "ORG")
ARMY = ("الجيش الوطني", "الجيش الوطني", "ORG")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
ERDOGAN = ("رجب طيب أردوغان", "رجب طيب أردوغان", "PER")
KENYA = ("لكينيا", "كينيا", "LOC")
TEBU = ("التبو", "التبو", "ORG")
TUAREG = ("الطوارق", "الطوارق", "ORG")
OPPOSITION = ("فصائل المعارضة", "المعارضة السورية", "ORG")
REGIME = ("النظام", "النظام السوري", "ORG")


def test_a_base_or_a_front_named_by_its_place_is_no_side() -> None:
    assert place_side("قاعدة العند") and place_side("القاعدة العسكرية") and place_side("جبهة الزبداني")
    assert not place_side("القاعدة") and not place_side("جبهة النصرة") and not place_side("قاعدة الجهاد")


def test_the_base_a_fight_is_for_is_not_its_side() -> None:
    text = "وتستمر المواجهات بين المقاومة الشعبية والحوثيين في محيط قاعدة العند شمال لحج."
    ev = one(run(text, [RESISTANCE, HOUTHI, ANAD]), "FIGHT")
    assert "قاعدة العند" not in ev.source + ev.target and set(ev.source + ev.target) == {"المقاومة الشعبية", "الحوثي"}


def test_a_front_named_by_its_town_is_no_side() -> None:
    text = "واشتدت حدة المواجهات على جبهة الزبداني بين الجيش الوطني والحوثيين."
    evs = [e for e in run(text, [ZABADANI_FRONT, ARMY, HOUTHI]) if e.type == "FIGHT"]
    assert not any("جبهة الزبداني" in e.source + e.target for e in evs)


def test_the_dead_a_number_counts_are_no_side() -> None:
    assert dead_count("40 شخصا") and dead_count("نحو 30 مدنيا") and not dead_count("20 مسلحا")
    text = "وأسفرت الاشتباكات بين التبو والطوارق عن مقتل 40 شخصا على الأقل."
    evs = [e for e in run(text, [TEBU, TUAREG]) if e.type == "FIGHT"]
    assert evs and not any("40 شخصا" in e.source + e.target for e in evs)


def test_among_them_is_not_between() -> None:
    text = "وقتل خلال المواجهات في المدينة 28 شخصا، بينهم 17 من الحوثيين والمقاومة الشعبية."
    evs = [e for e in run(text, [HOUTHI, RESISTANCE]) if e.type == "FIGHT"]
    assert not any(e.source == ["الحوثي"] and e.target == ["المقاومة الشعبية"] for e in evs)


def test_our_battle_is_no_fight_told() -> None:
    text = "ولن ننتصر في معركتنا ما لم نقض على تنظيم داعش في كل مكان."
    assert not [e for e in run(text, [ISIS_TANZIM]) if e.type == "FIGHT"]


def test_a_battle_of_elections_or_of_illness_is_no_fight() -> None:
    for text in ("وخاض الحزب معركة الانتخابات الرئاسية ضد تركيا بقوة.",
                 "وتحدث عن معركته مع المرض التي خاضها في تركيا."):
        assert not [e for e in run(text, [TURKEY]) if e.type == "FIGHT"], text


def test_repelling_any_attack_is_no_fight() -> None:
    text = "وأكد أن المقاومة الشعبية قادرة على صد أي هجوم للحوثيين."
    assert not [e for e in run(text, [RESISTANCE, HOUTHI]) if e.type == "FIGHT"]


def test_a_prisoner_swap_is_no_exchange_of_fire() -> None:
    text = "ونجحت فصائل المعارضة في إبرام صفقة تبادل، أسفرت عن إطلاق سراح 40 معتقلة في سجون النظام."
    assert not [e for e in run(text, [OPPOSITION, REGIME]) if e.type == "FIGHT"]


def test_a_fight_discussed_past_an_aside_of_setting_is_a_topic() -> None:
    text = ("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي الأربعاء، "
            "الحرب في سوريا والمعركة ضد تنظيم داعش.")
    assert not [e for e in run(text, [OBAMA, ERDOGAN, ISIS_TANZIM]) if e.type == "FIGHT"]


def test_a_light_verb_with_biha_governs_no_later_noun() -> None:
    text = "تزامنا مع زيارة يقوم بها الرئيس باراك أوباما لكينيا التي تشهد اشتباكات مسلحة منذ أشهر."
    evs = [e for e in run(text, [OBAMA, KENYA]) if e.type == "FIGHT"]
    assert not any("باراك أوباما" in e.source for e in evs)


def test_a_fight_against_the_party_a_deed_is_attributed_to_keeps_it_its_foe() -> None:
    text = ("وبحث الوزيران التعاون في المعركة ضد تنظيم داعش، وقدم الوزير تعازيه على خلفية الاعتداء الذي نسب "
            "إلى تنظيم داعش.")
    evs = [e for e in run(text, [ISIS_TANZIM]) if e.type == "FIGHT"]
    assert not any(e.source == ["داعش"] for e in evs)

"""Attacks told with one side whose other side the text names: the dead a result clause counts
(«أودى بحياة تسعة أشخاص», «مقتل 38 سائحا»), those a crime is done «في حق», the object after a weapon
subject («واستهدفت الغارات الحوثيين») or after the verb an attack noun is the subject of («الهجوم استهدف
الحوثيين»), and the other side of the attack or fight the story told before."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS_TANZIM, PKK, SECURITY_FORCES, one, run

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")


def test_a_blast_that_claimed_lives_was_done_to_those_it_killed() -> None:
    ev = one(run("وقع تفجير انتحاري في السوق أمس أودى بحياة تسعة أشخاص.", []), "ASSAULT")
    assert ev.target == ["تسعة أشخاص"]


def test_tourists_counted_in_a_toll_are_the_victims() -> None:
    ev = one(run("شن مسلحون هجوما على فندق أسفر عن مقتل 38 سائحا.", []), "ASSAULT")
    assert "38 سائحا" in ev.target


def test_a_crime_in_the_right_of_people_is_done_to_them() -> None:
    ev = one(run("وارتكب تنظيم داعش مجزرة في حق المدنيين.", [ISIS_TANZIM]), "ASSAULT")
    assert (ev.source, ev.target) == (["داعش"], ["المدنيين"])


def test_a_party_after_a_definite_weapon_subject_is_the_object() -> None:
    for text in ("واستهدفت الغارات الحوثيين في صعدة.", "وقصفت الطائرات الحربية الحوثيين في صعدة."):
        ev = one(run(text, [HOUTHI]), "ASSAULT")
        assert (ev.source, ev.target) == ([], ["الحوثي"]), text


def test_the_object_of_the_verb_an_attack_noun_is_subject_of_is_its_target() -> None:
    ev = one(run("وقال مصدر عسكري إن الهجوم استهدف الحوثيين في صعدة.", [HOUTHI]), "ASSAULT")
    assert ev.target == ["الحوثي"] and ev.source == []


def test_an_attack_with_its_doer_only_takes_the_target_told_before() -> None:
    text = ("هاجم مسلحون من حزب العمال الكردستاني قوات الأمن في ماردين أمس. "
            "وقال مسؤولون إن مقاتلي حزب العمال الكردستاني هاجموا موقعا عسكريا آخر.")
    evs = [e for e in run(text, [PKK, SECURITY_FORCES]) if e.type == "ASSAULT"]
    assert evs and all(e.target == ["قوات الأمن"] for e in evs)


def test_a_fight_with_one_side_takes_the_other_side_told_before() -> None:
    text = ("وشنت المقاومة الشعبية هجوما على مواقع الحوثيين في المدينة. "
            "وقتل خمسة من عناصر المقاومة الشعبية في مواجهات عنيفة أمس.")
    ev = one(run(text, [HOUTHI, RESISTANCE]), "FIGHT")
    assert set(ev.source + ev.target) == {"المقاومة الشعبية", "الحوثي"}

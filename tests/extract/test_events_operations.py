"""Operations against a party (`events_operations`): «عمليات … ضد X» is a fight only where the words between
are those of a military operation and a party is named after «ضد»; and the agent of an attack noun named
after «من» (`events_assault.agent_after_from`)."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, ISIS_TANZIM, one, run

HOUTHI_NAME = ("الحوثي", "الحوثي", "ORG")

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
KURDISH_PARTY = ("حزب الحياة الكردستاني", "حزب الحياة الكردستاني", "ORG")
TURKISH_F = ("تركية", "تركيا", "LOC")
QAEDA = ("تنظيم القاعدة", "تنظيم القاعدة", "ORG")
USA = ("الولايات المتحدة", "الولايات المتحدة", "LOC")


def test_two_separate_operations_against_fighters_are_a_fight() -> None:
    evs = run("ونفذت المقاومة الشعبية صباح الخميس عمليتين منفصلتين ضد مسلحي الحوثي قرب المدينة.",
              [RESISTANCE, HOUTHI_NAME])
    fight = one(evs, "FIGHT")
    assert fight.source == ["المقاومة الشعبية"] and fight.target == ["الحوثي"]


def test_security_operations_with_a_nisba_are_a_fight_against_the_party() -> None:
    evs = run("وجاء الاجتماع بعد عمليات أمنية تركية ضد حزب الحياة الكردستاني في الجبال.",
              [TURKISH_F, KURDISH_PARTY])
    fight = one(evs, "FIGHT")
    assert fight.source == ["تركيا"] and fight.target == ["حزب الحياة الكردستاني"]


def test_operations_against_an_abstract_foe_or_of_no_military_kind_tell_no_fight() -> None:
    assert not [e for e in run("وأكدت الوزارة استمرار العمليات ضد الفساد في الدوائر الحكومية.", [])
                if e.type == "FIGHT"]
    assert not [e for e in run("ورصدت المنظمة عمليات تحريض ضد تنظيم داعش في المواقع.", [ISIS_TANZIM])
                if e.type == "FIGHT"]


def test_operations_of_a_doer_only_talked_of_tell_no_fight() -> None:
    evs = run("وقال المسؤول إن غيابه سيضعف كثيرا عمليات تنظيم القاعدة ضد الولايات المتحدة.", [QAEDA, USA])
    assert not [e for e in evs if e.type == "FIGHT"]
    going_on = run("وتواصل عمليات التحالف العربي ضد الحوثيين في المحافظة.", [COALITION, HOUTHI])
    fight = one(going_on, "FIGHT")
    assert fight.source == ["التحالف العربي"] and fight.target == ["الحوثي"]


def test_an_attack_noun_names_its_agent_after_from() -> None:
    evs = run("وقتل ثلاثة رعاة في غارة جوية من طائرات التحالف العربي على وادي الجوف.", [COALITION])
    assert one(evs, "ASSAULT").source == ["التحالف العربي"]
    hurt = run("وأصيب عدد من المقاتلين جراء الهجوم العنيف من المليشيات الحوثية على الجبهة.",
               [("المليشيات الحوثية", "الحوثي", "ORG")])
    assert one(hurt, "ASSAULT").source == ["الحوثي"]


def test_a_front_after_from_is_no_agent() -> None:
    evs = run("وتوقع القائد هجوما واسعا من عدة محاور على المدينة.", [])
    assert all(not e.source for e in evs if e.type == "ASSAULT")

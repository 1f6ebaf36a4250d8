"""Bare role nouns standing for a party named before (`events_role_antecedents`): «الشركة» for the
company named nearest before, a bare «المتمردون» for the insurgent group the story named; left as they
are when another unnamed company came between or no such party was named."""

from __future__ import annotations

from event_cases import one, run

FIRM = ("شركة النور", "شركة النور", "ORG")


def test_the_company_stands_for_the_company_named_before() -> None:
    text = "أصدرت شركة النور تقريرها السنوي. وطالبت الشركة الحكومة بتعويضها عن الخسائر."
    assert one(run(text, [FIRM]), "DEMAND").source == ["شركة النور"]


def test_the_company_stays_a_company_when_another_unnamed_one_came_between() -> None:
    text = "أصدرت شركة النور تقريرها السنوي. وفتحت الشركة الوطنية للنقل باب التوظيف. وطالبت الشركة الحكومة بتعويضها عن الخسائر."
    assert one(run(text, [FIRM]), "DEMAND").source == ["الشركة"]


PKK_PARTY = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
TURKISH_F = ("التركية", "تركيا", "LOC")


def test_the_rebels_stand_for_the_insurgents_named_before() -> None:
    text = "قصفت الطائرات التركية مواقع حزب العمال الكردستاني. ونصب المتمردون كمينا لدورية للجيش في الجنوب."
    ambush = [e for e in run(text, [TURKISH_F, PKK_PARTY]) if e.type == "ASSAULT" and "كمين" in e.trigger]
    assert ambush and ambush[0].source == ["حزب العمال الكردستاني"]


def test_the_rebels_stay_rebels_when_no_group_was_named() -> None:
    text = "وقعت اشتباكات في الجنوب. وشن المتمردون هجوما على دورية للجيش."
    assert one(run(text, []), "ASSAULT").source == ["المتمردون"]

"""Rules of the twelfth round (dev10): an exchange of fire «بين X وY» with an adjective between its
words («تبادل خطير لإطلاق النار») is a fight of the two parties it names, even when a nisba before it
(«جندي تركي») already named one; mutual accusations («تبادلت X وY الاتهامات») are a disapproval each
way; a demand right after «حيث» is the earlier subject's («ودانت الجامعة … حيث طالبت
أنقرة بـ»); and an indefinite «موالون لـ» says whose side a party is on, not a party of its own."""

from __future__ import annotations

from event_cases import one, run

TURKEY = ("التركي", "تركيا", "LOC")
TURKISH = ("تركي", "تركيا", "LOC")
ISIS = ("داعش", "داعش", "ORG")
UKRAINE = ("أوكرانيا", "أوكرانيا", "LOC")
SEPARATISTS = ("انفصاليون", "الانفصاليون", "ORG")
RUSSIA = ("لروسيا", "روسيا", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
QATAR = ("قطر", "قطر", "LOC")


def test_exchange_of_fire_with_an_adjective_is_a_fight_between_the_parties() -> None:
    text = "قتل جندي تركي في تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش عبر الحدود."
    ev = one(run(text, [TURKEY, TURKISH, ISIS]), "FIGHT")
    assert ev.source == ["تركيا"] and ev.target == ["داعش"]


def test_mutual_accusations_go_both_ways() -> None:
    text = "تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات أمس بقصف مناطق سكانية."
    pairs = {(tuple(e.source), tuple(e.target)) for e in run(text, [UKRAINE, SEPARATISTS, RUSSIA])
             if e.type == "DISAPPROVE"}
    assert pairs == {(("أوكرانيا",), ("الانفصاليون",)), (("الانفصاليون",), ("أوكرانيا",))}


def test_a_joint_condemnation_is_not_mutual() -> None:
    ev = one(run("وانتقدت مصر وقطر الهجوم.", [EGYPT, QATAR]), "DISAPPROVE")
    assert ev.source == ["مصر", "قطر"] and ev.target == []


LEAGUE = ("الجامعة العربية", "جامعة الدول العربية", "ORG")
ANKARA = ("أنقرة", "تركيا", "LOC")


def test_haith_clause_goes_on_with_the_subject() -> None:
    text = "ودانت الجامعة العربية القصف حيث طالبت أنقرة باحترام سيادة العراق."
    ev = one(run(text, [LEAGUE, ANKARA]), "DEMAND")
    assert ev.source == ["جامعة الدول العربية"] and ev.target[:1] == ["تركيا"]

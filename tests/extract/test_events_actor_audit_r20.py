"""Actors from a hand audit of unlabelled pages: a title phrase cut short leads to the person who holds
it, and the parties an accusation's charge names are no targets of the accusation."""

from __future__ import annotations

from event_cases import one, run

OFFICER = ("سالم بن فهد القحطاني", "سالم بن فهد القحطاني", "PER")
ENVOY = ("ناصر بن علي الدوسري", "ناصر بن علي الدوسري", "PER")
TABUK = ("تبوك", "تبوك", "LOC")
OMAN = ("سلطنة عمان", "عمان", "LOC")


def test_cut_title_leads_to_the_officer_it_names() -> None:
    text = "واستنكر قائد قوة أمن المنشآت بمنطقة تبوك العميد سالم بن فهد القحطاني الهجوم الإرهابي."
    ev = one(run(text, [TABUK, OFFICER]), "DISAPPROVE")
    assert ev.source == ["سالم بن فهد القحطاني"] and ev.target == []


def test_cut_title_with_lada_leads_to_the_envoy() -> None:
    text = "واستنكر سفير خادم الحرمين الشريفين لدى سلطنة عمان الدكتور ناصر بن علي الدوسري العمل الإرهابي."
    ev = one(run(text, [OMAN, ENVOY]), "DISAPPROVE")
    assert ev.source == ["ناصر بن علي الدوسري"]


def test_party_of_the_charge_is_no_target_of_the_accusation() -> None:
    text = "اتهمت مصر قطر بمساعدة جماعة الإخوان في ليبيا."
    ev = one(run(text, [("مصر", "مصر", "LOC"), ("قطر", "قطر", "LOC"), ("جماعة الإخوان", "الإخوان", "ORG"),
                        ("ليبيا", "ليبيا", "LOC")]), "DISAPPROVE")
    assert ev.source == ["مصر"] and ev.target == ["قطر"]


def test_accused_named_in_the_charge_too_is_kept() -> None:
    text = "اتهم الرئيس باراك أوباما إيران بدعم حزب الله."
    ev = one(run(text, [("باراك أوباما", "باراك أوباما", "PER"), ("إيران", "إيران", "LOC"),
                        ("حزب الله", "حزب الله", "ORG")]), "DISAPPROVE")
    assert ev.source == ["باراك أوباما"] and ev.target == ["إيران"]

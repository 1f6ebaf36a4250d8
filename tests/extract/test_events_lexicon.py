"""Trigger table rows added for types no trigger fired for: an agreement named as concluded between two
parties is an agreement of those parties, an adjective between the noun and its participle allowed."""

from __future__ import annotations

from event_cases import EGYPT, TURKEY, WASHINGTON, one, run

JAPAN = ("اليابان", "اليابان", "LOC")
CHILE = ("تشيلي", "تشيلي", "LOC")


def test_agreement_concluded_between_two_parties() -> None:
    text = "وتحدث الخبراء عن الاتفاق المبرم بين اليابان وتشيلي بشأن صيد الأسماك."
    ev = one(run(text, [JAPAN, CHILE]), "AGREE")
    assert {*ev.source, *ev.target} == {"اليابان", "تشيلي"}


def test_agreement_with_an_adjective_before_its_participle() -> None:
    text = "وأشار التقرير إلى الاتفاق التجاري الموقع بين مصر واليابان العام الماضي."
    ev = one(run(text, [EGYPT, JAPAN]), "AGREE")
    assert {*ev.source, *ev.target} == {"مصر", "اليابان"}


def test_agreement_reached_with_the_parties_after_a_place() -> None:
    text = "وجاءت الخطوة بعد الاتفاق الذي أبرم في جنيف بين أنقرة وواشنطن على فتح القاعدة."
    ev = one(run(text, [("أنقرة", "تركيا", "LOC"), WASHINGTON, TURKEY]), "AGREE")
    assert {*ev.source, *ev.target} == {"تركيا", "الولايات المتحدة"}



def test_agreement_told_reached_between_two_parties() -> None:
    text = "ورغم اتفاق للتهدئة تم التوصل إليه بين اليابان وتشيلي العام الماضي عادت الخلافات."
    ev = one(run(text, [JAPAN, CHILE]), "AGREE")
    assert {*ev.source, *ev.target} == {"اليابان", "تشيلي"}

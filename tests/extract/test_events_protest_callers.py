"""Callers of a protest named in a relative clause on the protest noun (`events_protest_callers`):
«الإضراب الذي دعا إليه X», «المسيرة التي نظمها X»; a clause telling a cause names no doer."""

from __future__ import annotations

from event_cases import one, run


def test_the_party_that_called_the_strike_is_its_doer() -> None:
    text = "وعمّ الإضراب الذي دعت إليه حركة حماس مدن قطاع غزة أمس."
    ev = one(run(text, [("حركة حماس", "حماس", "ORG"), ("قطاع غزة", "غزة", "LOC")]), "PROTEST")
    assert ev.source == ["حماس"]
    assert "حماس" not in ev.target


def test_the_party_that_organised_the_march_is_its_doer() -> None:
    text = "وانطلقت التظاهرة التي نظمتها نقابة المحامين من أمام قصر العدل في العاصمة."
    ev = one(run(text, [("نقابة المحامين", "نقابة المحامين", "ORG")]), "PROTEST")
    assert ev.source == ["نقابة المحامين"]


def test_a_clause_telling_what_stirred_the_protests_names_no_doer() -> None:
    text = "وتواصلت الاحتجاجات التي أثارها قرار الحكومة رفع أسعار الوقود."
    ev = one(run(text, [("الحكومة", "الحكومة", "ORG")]), "PROTEST")
    assert ev.source == []

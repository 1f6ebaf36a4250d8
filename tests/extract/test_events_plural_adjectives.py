"""Adjectives agreeing with a plural group noun belong to it (`events_plural_adjectives`): «واقتحم مستوطنون
متطرفون …» has no party «متطرفون»; a present verb or a participle with «لـ» after the noun is no adjective."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_plural_adjectives import agreeing_adjectives
from marsad.extract.events_tokens import tokens

ISRAELI_PL = ("إسرائيليون", "إسرائيل", "LOC")


def test_an_agreeing_adjective_is_no_object() -> None:
    ev = one(run("واقتحم مستوطنون متطرفون باحات المسجد الأقصى صباح اليوم.", []), "COERCE")
    assert "متطرفون" not in ev.target and ev.source == ["مستوطنون إسرائيليون"]


def test_a_nisba_between_noun_and_adjective_agrees_too() -> None:
    ev = one(run("بعدما أضرم مستوطنون إسرائيليون متطرفون النار في منزل ذويه.", [ISRAELI_PL]), "ASSAULT")
    assert ev.target == [] and ev.source == ["مستوطنون إسرائيليون"]


def test_the_span_stops_at_verbs_other_endings_and_complements() -> None:
    toks = tokens("مستوطنون متطرفون يقتحمون")
    assert agreeing_adjectives(toks, 1, {}) == 2
    toks = tokens("مسلحون فلسطينيين")
    assert agreeing_adjectives(toks, 1, {}) == 1  # another case: the object
    toks = tokens("انفصاليون مؤيدون لروسيا")
    assert agreeing_adjectives(toks, 1, {}) == 1  # siding participles are read elsewhere
    toks = tokens("المستوطنون المتطرفون")
    assert agreeing_adjectives(toks, 1, {}) == 2
    toks = tokens("المستوطنون متطرفون")
    assert agreeing_adjectives(toks, 1, {}) == 1  # a predicate, not an adjective

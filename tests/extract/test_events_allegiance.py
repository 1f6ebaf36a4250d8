"""Pledges of allegiance (`events_allegiance`): «بايع X Y», «أعلنت X مبايعتها لـ Y» and «إنها لن تبايع Y»
are SUPPORT of the one pledged to (Y) by the pledger (X); a sale («مبايعة بقيمة») is none."""

from __future__ import annotations

from event_cases import BOKO_HARAM, ISIS, ISIS_TANZIM, names, one, run

BAGHDADI = ("أبو بكر البغدادي", "أبو بكر البغدادي", "PER")
TALIBAN = ("طالبان", "طالبان", "ORG")
DUBAI = ("دبي", "دبي", "LOC")


def test_the_pledger_declares_allegiance_to_the_party_after_la() -> None:
    ev = one(run("وأعلنت جماعة بوكو حرام في تسجيل صوتي مبايعتها لتنظيم داعش.", [BOKO_HARAM, ISIS_TANZIM]), "SUPPORT")
    assert ev.source == ["بوكو حرام"] and ev.target == ["داعش"]


def test_the_verbs_subject_pledges_to_its_object() -> None:
    ev = one(run("وبايعت حركة طالبان الباكستانية تنظيم داعش العام الماضي.", [TALIBAN, ISIS_TANZIM]), "SUPPORT")
    assert ev.source == ["طالبان"] and ev.target == ["داعش"]


def test_a_refused_pledge_is_a_negated_support_by_the_speaker() -> None:
    ev = one(run("وقالت حركة طالبان إنها لن تبايع أبو بكر البغدادي.", [TALIBAN, BAGHDADI]), "SUPPORT")
    assert ev.negated and ev.source == ["طالبان"] and ev.target == ["أبو بكر البغدادي"]


def test_a_sale_is_no_pledge() -> None:
    evs = run("وسجلت الدائرة في دبي 534 مبايعة بقيمة مليار درهم.", [DUBAI])
    assert "SUPPORT" not in [e.type for e in evs]
    assert names is not None and ISIS is not None


def test_a_pledge_after_since_is_a_time_anchor() -> None:
    evs = run("وتصاعدت هجمات بوكو حرام منذ أن أعلنت مبايعتها لتنظيم داعش.", [BOKO_HARAM, ISIS_TANZIM])
    assert "SUPPORT" not in [e.type for e in evs]


def test_a_pledge_to_a_pronoun_is_not_resolved() -> None:
    evs = run("وهاجم مسلحون من بوكو حرام قرية بعد أن بايعه عناصر تنظيم داعش.", [BOKO_HARAM, ISIS_TANZIM])
    assert "SUPPORT" not in [e.type for e in evs]

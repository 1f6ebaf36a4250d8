"""Deeds told in two sentences against one named party at two places of one level are two deeds
(`events_merge._two_places`): two towns or provinces, or two countries; a country and a town in it, or a
town and a place the gazetteer does not know, may still be one deed told at two scales."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, IRAQ, ISIS_TANZIM, run

TAIZ = ("تعز", "تعز", "LOC")
MARIB = ("مأرب", "مأرب", "LOC")
YEMEN = ("اليمن", "اليمن", "LOC")
ADEN = ("عدن", "عدن", "LOC")
SYRIA_LOC = ("سوريا", "سوريا", "LOC")


def _assaults(text: str, ents: list[tuple[str, str, str]]) -> list[tuple[str | None, list[str]]]:
    return [(e.location, e.target) for e in run(text, ents) if e.type == "ASSAULT"]


def test_raids_on_one_party_in_two_provinces_are_two_deeds() -> None:
    raids = _assaults("شن طيران التحالف العربي غارات على مواقع الحوثيين في تعز. "
                      "كما شن طيران التحالف العربي غارات على مواقع الحوثيين في مأرب.",
                      [COALITION, HOUTHI, TAIZ, MARIB])
    assert sorted(loc or "" for loc, _ in raids) == ["تعز", "مأرب"]


def test_strikes_on_one_party_in_two_countries_are_two_deeds() -> None:
    evs = _assaults("شن التحالف الدولي غارات على مواقع تنظيم داعش في سوريا. "
                    "وشن التحالف الدولي غارات على مواقع تنظيم داعش في العراق.",
                    [ISIS_TANZIM, SYRIA_LOC, IRAQ])
    assert sorted(loc or "" for loc, _ in evs) == ["العراق", "سوريا"]


def test_a_country_and_a_town_in_it_may_be_one_deed() -> None:
    evs = _assaults("شن طيران التحالف العربي غارات على مواقع الحوثيين في اليمن. "
                    "وشن طيران التحالف العربي غارات على مواقع الحوثيين في عدن.",
                    [COALITION, HOUTHI, YEMEN, ADEN])
    assert len(evs) == 1


def test_a_province_and_a_town_in_it_may_be_one_deed() -> None:
    evs = [e for e in run("استهدف تفجير انتحاري مسجد قوات الطوارئ في منطقة عسير. "
                          "وقال شاهد إن التفجير الذي استهدف مسجد قوات الطوارئ في مدينة أبها أوقع قتلى.",
                          [("عسير", "عسير", "LOC"), ("أبها", "أبها", "LOC"),
                           ("قوات الطوارئ", "قوات الطوارئ", "ORG")]) if e.type == "ASSAULT"]
    assert len(evs) == 1

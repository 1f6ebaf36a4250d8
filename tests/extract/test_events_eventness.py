"""The event-ness model: its features are read on folded, clitic-free words, events it scores at the
threshold are dropped and the others kept, the shipped weights load, and the audit data it is trained
on is well formed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad.extract.events_eventness as eventness
from marsad.extract.events_eventness import (
    THRESHOLD,
    drop_non_events,
    features,
    non_event_probability,
    page_words,
    words,
)
from marsad.model import Event

DATA = Path(__file__).resolve().parents[2] / "data" / "eventness" / "audits.jsonl"


def test_words_are_folded_and_free_of_clitics() -> None:
    assert words("وبغزة قصفت الطائراتُ") == ["غزه", "قصفت", "طايرات"]


def test_features_name_the_type_the_trigger_the_sentence_and_the_page() -> None:
    f = features("ASSAULT", "قصفت", "قصفت الطائرات غزة.", page_words("غارات على غزة"))
    assert {"T=ASSAULT", "G=قصفت", "S=طايرات", "P=غارات"} <= f


def _event(text: str, trigger: str, kind: str) -> Event:
    k = text.index(trigger)
    return Event(type=kind, mode=None, source=[], target=[], location=None, date=None, negated=False, trigger=trigger,
                 start=text.rfind(".", 0, k) + 1, end=text.index(".", k) + 1)


def test_events_scored_at_the_threshold_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventness, "weights", lambda: {"__bias__": -2.0, "P=قصيده": 3.0, "G=غارات": 0.5})
    poem = "ألقى الشاعر قصيدة في الأمسية. جارت علي غارات الزمن."
    news = "قصفت طائرات التحالف مواقع في صنعاء. وقالت المصادر إن الغارات استهدفت مخازن."
    assert drop_non_events(poem, [_event(poem, "غارات", "ASSAULT")]) == []  # -2 + 3 + 0.5: p 0.82
    assert len(drop_non_events(news, [_event(news, "الغارات", "ASSAULT")])) == 1  # -2 + 0.5: p 0.18


def test_the_shipped_model_has_a_bias_and_its_features() -> None:
    w = eventness.weights()
    assert "__bias__" in w and len(w) > 1000
    assert all(k[:2] in ("T=", "G=", "S=", "P=") for k in w if k != "__bias__")
    assert 0.0 < non_event_probability(set()) < THRESHOLD  # an event with no known feature is kept


def test_the_audit_rows_are_well_formed() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 1000
    for r in rows:
        assert r["start"] < r["end"] and r["start"] <= r["trigger_start"] < r["trigger_end"] <= r["end"]
        assert r["verdict"] in ("right", "partial", "wrong")
        assert not r["non_event"] or r["verdict"] == "wrong"

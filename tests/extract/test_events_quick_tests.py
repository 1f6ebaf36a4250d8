"""The quick tests before a scan of a sentence (`sentence_readings` given as `present`) change no result."""

from __future__ import annotations

from marsad.extract.events_captors import held_in
from marsad.extract.events_claims import find_claims
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_pejorative import pejorative_hits
from marsad.extract.events_threat_refusal import stated_hits
from marsad.extract.events_tokens import sentence_readings, split_sentences, tokens
from marsad.extract.events_triggers import deed_verb

TEXT = ("وحذر المتحدث باسم الجيش من أنه سيرد بقوة على أي هجوم. وقال الوزير إن الحوار مع المتمردين بات مستحيلا. "
        "ووصف البيان الهجوم بالعمل الإجرامي. وتطالب أسر المختطفين لدى الميليشيات بالإفراج عنهم. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم. وزار الوفد المتحف الوطني أمس.")


def test_sentence_readings_hold_forms_and_readings() -> None:
    toks = tokens("وزارة الخارجية، بغزة")
    words = sentence_readings(toks, 0, len(toks))
    assert toks[0].form in words and "،" not in words
    assert all(r in words for t in toks for r in t.reads)


def test_scans_same_with_and_without_present() -> None:
    L = lexicon()
    W = L.words
    toks = tokens(TEXT)
    told = 0
    for a, b in split_sentences(TEXT, toks):
        present = sentence_readings(toks, a, b)
        assert stated_hits(toks, a, b, [], present) == stated_hits(toks, a, b, [])
        assert pejorative_hits(toks, a, b, [], W, W["needs_source"], present=present) \
            == pejorative_hits(toks, a, b, [], W, W["needs_source"])
        assert held_in(toks, a, b, [], present) == held_in(toks, a, b, [])
        assert find_claims(toks, a, b, [], W, present) == find_claims(toks, a, b, [], W)
        told += len(stated_hits(toks, a, b, [])) + len(pejorative_hits(toks, a, b, [], W, W["needs_source"]))
    assert told >= 2  # the warning and the impossible talks, or the description, are read


def test_deed_verb_needs_a_pronoun_for_the_deed() -> None:
    W = lexicon().words
    assert deed_verb(tokens("شنته")[0], W) is not None
    assert deed_verb(tokens("شنت")[0], W) is None

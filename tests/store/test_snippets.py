"""Snippets and the memoised highlighter: the fast paths give what the plain definitions give."""

from __future__ import annotations

import random
import threading
import unicodedata
from collections.abc import Callable

from marsad.clean.normalize import word_spans
from marsad.store.query import Highlighter, highlighter_for, parse_query
from marsad.store.snippets import ELLIPSIS, LEAD_BEFORE, best_window, lead, snippet


def _flat(s: str) -> str:
    return " ".join(s.split())


def reference_snippet(text: str, is_hit: Callable[[str], bool], *, marks: tuple[str, str], size: int = 30) -> str:
    """The snippet as first defined: every word's span, each word tested, then the densest window."""
    spans = word_spans(text)
    if not spans:
        return _flat(text)
    hits = [i for i, (s, e) in enumerate(spans) if is_hit(text[s:e])]
    start = 0
    if hits:
        best, best_count, j = hits[0], 0, 0
        for i, h in enumerate(hits):
            j = max(j, i)
            while j < len(hits) and hits[j] < h + size:
                j += 1
            if j - i > best_count:
                best, best_count = h, j - i
        start = max(0, best - LEAD_BEFORE)
    end = min(len(spans), start + size)
    start = max(0, min(start, end - size))
    lo = spans[start][0] if start > 0 else 0
    hi = spans[end - 1][1] if end < len(spans) else len(text)
    out: list[str] = [ELLIPSIS] if start > 0 else []
    pos = lo
    for i in hits:
        if start <= i < end:
            s, e = spans[i]
            out += [text[pos:s], marks[0], text[s:e], marks[1]]
            pos = e
    out.append(text[pos:hi])
    if end < len(spans):
        out.append(ELLIPSIS)
    return _flat("".join(out))


def reference_lead(text: str, n: int = 12) -> str:
    spans = word_spans(text)
    if len(spans) <= n:
        return _flat(text)
    return _flat(text[: spans[n - 1][1]]) + ELLIPSIS


WORDS = ["غزة", "بغزة", "وغزة", "لغزة", "غزّة", "حماس", "لحماس", "فلسطين", "لفلسطين", "الفلسطيني", "وقف",
         "إطلاق", "النار", "في", "من", "على", "الرياض", "بالرياض", "٢٠٢٤", "2024", "Gaza", "hamas", "ـغـزة"]
SEPS = [" ", "  ", "\n", "، ", ". ", " - ", "«", "»", " (", ") ", '"', "\u200f", "؛ ", "…"]
QUERIES = ["غزة", "غزة OR حماس", "فلسط*", "غز*", '"وقف إطلاق"', '"وقف إطلاق النار"*', "الرياض -غزة", "2024",
           "gaza", "ال*"]


def _texts(n: int, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    out = ["", "   ", "،،", "غزة", " غزة ", "«غزة»"]
    for _ in range(n):
        k = rnd.choice([1, 3, 10, 29, 30, 31, 45, 120, 400])
        parts = [rnd.choice(SEPS) if rnd.random() < 0.3 else ""]
        for _ in range(k):
            parts += [rnd.choice(WORDS), rnd.choice(SEPS)]
        out.append("".join(parts))
    return out


def test_snippet_equals_the_reference() -> None:
    texts = _texts(300)
    for q in QUERIES:
        h = parse_query(q).highlighter()
        assert isinstance(h, Highlighter)
        for text in texts:
            for size in (30, 5, 1):
                want = reference_snippet(text, h.test, marks=("[", "]"), size=size)
                assert snippet(text, h, marks=("[", "]"), size=size) == want, (q, text, size)
                # any callable works too (no `select`): one call per distinct word
                assert snippet(text, h.test, marks=("⟦", "⟧"), size=size) == reference_snippet(
                    text, h.test, marks=("⟦", "⟧"), size=size)


def test_lead_equals_the_reference() -> None:
    for text in _texts(200, seed=3):
        for n in (1, 2, 12):
            assert lead(text, n) == reference_lead(text, n)


def test_best_window() -> None:
    assert best_window([], 30) == 0
    assert best_window([2], 30) == 0
    assert best_window([10, 150, 155, 160], 30) == 150 - LEAD_BEFORE
    assert best_window([100, 200], 30) == 100 - LEAD_BEFORE  # a tie keeps the first


def test_highlighter_memo_is_shared_bounded_and_exact() -> None:
    a, b = parse_query("غزة OR حماس").highlighter(), parse_query("حماس OR غزة").highlighter()
    assert a is b  # same words, same memo
    h = highlighter_for(frozenset({"غزه"}), ("فلسط",))
    words = {"غزة", "بغزة", "فلسطين", "لفلسطين", "في", "من", "غزاوي"}
    assert h.select(words) == {w for w in words if h.test(w)} == {"غزة", "بغزة", "فلسطين"}
    assert h.select(words) == {"غزة", "بغزة", "فلسطين"}  # from the memo
    assert h("بغزة") and not h("في")
    small = Highlighter(frozenset({"غزه"}), (), memo_words=3)
    many = {f"w{i}" for i in range(10)} | {"غزة"}
    assert small.select(many) == {"غزة"}
    assert small.select({"غزة", "w1"}) == {"غزة"}


def test_highlighter_is_safe_across_threads() -> None:
    h = Highlighter(frozenset({"غزه"}), ("فلسط",), memo_words=50)  # memos replaced while others read
    vocab = [f"w{i}" for i in range(300)] + ["غزة", "بغزة", "فلسطين"]
    want = {"غزة", "بغزة", "فلسطين"}
    errors: list[str] = []

    def run(seed: int) -> None:
        rnd = random.Random(seed)
        for _ in range(300):
            words = set(rnd.sample(vocab, 20)) | {rnd.choice(sorted(want))}
            if h.select(words) != words & want:
                errors.append("wrong")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


# Letters and their written variants (hamza seats, ta marbuta, alef maqsura, Farsi forms, case),
# marks folding drops, digits in both scripts: words made from them stress the candidate pass.
SOUP = [*"اأإآٱبتةثجحخدذرزسشصضطظعغفقكکلمنهوؤيئىیءـًٌٍَُِّْٰ٠١٢٣0123GgAaZzı", "ال", "لل", "وب"]
SOUP_QUERIES = ["غزة", "أمن", "الامن*", "اسرائيل", "إسرائ*", "كتاب", "قضية", "مستشفى", "2024", "٢٠*", "gaza", "GA*",
                "بالأمن", "يي", "ا*"]


def test_hit_spans_are_every_hit() -> None:
    rnd = random.Random(5)
    soup = ["".join(rnd.choice(SOUP) for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    # Query words written in other ways: each letter swapped for a variant, marks in between, clitics.
    variants = {"ا": "اأإآٱ", "ه": "هة", "ي": "يىی", "ك": "كک", "2": "2٢", "0": "0٠", "g": "gG", "a": "aA"}
    written = []
    for q in SOUP_QUERIES:
        for _ in range(40):
            w = "".join(rnd.choice(variants.get(c, c)) + rnd.choice(["", "", "ّ", "ـ", "َ"]) for c in q.strip("*"))
            written.append(rnd.choice(["", "", "و", "بال", "ل"]) + w + rnd.choice(["", "", "ات", "ي"]))
    vocab = [unicodedata.normalize("NFKC", w) for w in soup + written]
    vocab += ["غزّة", "بغزة", "الأمـن", "والأَمن", "إسرائيل", "لإسرائيل", "كتابة", "قضيه", "مستشفي", "٢٠٢٤", "GAZA",
              "Gaza's", "ىىي"]
    tested = with_hits = 0
    for q in SOUP_QUERIES:
        h = parse_query(q).highlighter()
        assert isinstance(h, Highlighter)
        for _ in range(60):
            text = rnd.choice(SEPS).join(rnd.choice(vocab) for _ in range(rnd.randint(1, 40)))
            spans = h.hit_spans(text)
            if spans is None:  # not NFKC, or a context-dependent lower case: every word is tested
                continue
            hits = [(s, e) for s, e in word_spans(text) if h.test(text[s:e])]
            assert spans == hits, (q, text)
            for size in (30, 5, 1):
                assert snippet(text, h, marks=("[", "]"), size=size) == reference_snippet(
                    text, h.test, marks=("[", "]"), size=size), (q, text, size)
            tested, with_hits = tested + 1, with_hits + bool(hits)
    assert tested > 600 and with_hits > 150  # the pass was taken, and found words to find


def test_hit_spans_from_the_needles() -> None:
    h = parse_query("غزة OR فلسط*").highlighter()
    assert isinstance(h, Highlighter)
    text = "قال الوزير إن أهالي غزّة وبغزة والفلسطينيين صامدون، وإن الغزو لم يبدأ في غزة"
    assert [text[s:e] for s, e in h.hit_spans(text) or []] == ["غزّة", "وبغزة", "والفلسطينيين", "غزة"]
    assert h.hit_spans("ﻻ شيء") is None  # a presentation form: not NFKC, every word is tested
    assert h.hit_spans("ΑΣ غزة") is None  # a final sigma lower-cases by its neighbours
    assert parse_query("من").highlighter().hit_spans("لا شيء هنا") == []


def test_snippet_of_long_texts_reads_near_the_hits() -> None:
    h = parse_query("غزة").highlighter()
    filler = " ".join(f"كلمة{i}" for i in range(5000))
    for text in (filler + " في غزة اليوم " + filler, "غزة " + filler, filler + " غزة", filler):
        for size in (30, 7):
            assert snippet(text, h, marks=("[", "]"), size=size) == reference_snippet(
                text, h.test, marks=("[", "]"), size=size)

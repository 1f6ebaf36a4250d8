"""Reported figures: casualty counts, money and other counts, with qualifier and reporter.

A figure is a number (`numbers.find_numbers`) read in its clause: the words around it give
its category (`figure_categories.tsv`), the words before or after it a qualifier
(`figure_qualifiers.tsv`), and a cue in its sentence («بحسب», «وفق», «أعلن X أن»:
`reporter_cues.tsv`) who reported it. Dates, years, times, ages, durations and percentages
(`figure_skip.tsv`) are skipped; vague plurals («عشرات») are skipped too. Counts of anything
else get category `other`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract.numbers import TOKEN_RE, NumberSpan, find_numbers, forms_regex
from marsad.lang import lines, table
from marsad.model import Entity, Figure

# Punctuation that ends a clause between two tokens.
_CLAUSE_END = re.compile(r"[.,،؛;:!?؟\n()\[\]]")
# Sentence ends: . ! ? ؟ and newlines, but not a decimal point between digits.
_SENT_END = re.compile(r"(?<![0-9٠-٩])[.!?؟]+|[.!?؟]+(?![0-9٠-٩])|\n+")
_TOK_PUNCT = re.compile(TOKEN_RE.pattern + r"|(?P<p>[.,،؛;:!?؟\n()\[\]])")
_WINDOW_AFTER = 6
_WINDOW_BEFORE = 5
_CONJ = ("و", "ف")
_THAT = frozenset(("ان", "انه", "انها", "انهم", "بان"))


@dataclass(slots=True, frozen=True)
class _Tables:
    cats: dict[str, tuple[str, str, str | None]]
    people: frozenset[str]
    qual_before: dict[tuple[str, ...], str]
    qual_after: dict[tuple[str, ...], str]
    skip_before: dict[str, str]
    skip_after: dict[str, str]
    rep_prep: dict[tuple[str, ...], str]
    rep_verb: frozenset[str]
    rep_strip: frozenset[str]
    rep_stop: frozenset[str]
    prefixes: tuple[str, ...]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The cue tables, folded, loaded once."""
    cats: dict[str, tuple[str, str, str | None]] = {}
    for row in table("figure_categories.tsv"):
        cats[fold(row[0])] = (row[1], row[2], row[3] if len(row) > 3 else None)
    qb: dict[tuple[str, ...], str] = {}
    qa: dict[tuple[str, ...], str] = {}
    for row in table("figure_qualifiers.tsv"):
        key = tuple(fold(row[0]).split())
        (qa if row[2] == "after" else qb)[key] = row[1]
    sb: dict[str, str] = {}
    sa: dict[str, str] = {}
    for row in table("figure_skip.tsv"):
        (sa if row[1] == "after" else sb)[fold(row[0])] = row[2]
    prep: dict[tuple[str, ...], str] = {}
    verb: set[str] = set()
    strip: set[str] = set()
    stop: set[str] = set()
    for row in table("reporter_cues.tsv"):
        k = fold(row[0])
        if row[1] == "prep":
            prep[tuple(k.split())] = row[1]
        elif row[1] == "verb":
            verb.add(k)
        elif row[1] == "strip":
            strip.add(k)
        else:
            stop.add(k)
    prefixes = tuple(sorted({fold(r[0]) for r in table("number_prefixes.tsv")}, key=len, reverse=True))
    return _Tables(cats, frozenset(fold(w) for w in lines("figure_people.tsv")), qb, qa, sb, sa,
                   prep, frozenset(verb), frozenset(strip), frozenset(stop), prefixes)


@lru_cache(maxsize=100_000)
def variants(raw: str) -> tuple[str, ...]:
    """Folded look-up keys of a word: as written, then with one proclitic off."""
    key = fold(raw)
    out = [key]
    for p in tables().prefixes:
        if key.startswith(p) and len(key) - len(p) >= 2:
            out.append(key[len(p):])
    return tuple(out)


def _find(raw: str, d: dict[str, tuple[str, str, str | None]]) -> tuple[str, str, str | None] | None:
    for v in variants(raw):
        hit = d.get(v)
        if hit is not None:
            return hit
    return None


def _has(raw: str, s: frozenset[str] | dict[str, str]) -> bool:
    return any(v in s for v in variants(raw))


class _Toks:
    """Word and digit tokens of a text, with clause breaks between them."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        """Tokenise only `spans` (the sentences that hold numbers), in order."""
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.raw: list[str] = []
        self.digit: list[bool] = []
        self.brk: list[bool] = []  # brk[i]: a clause break between token i-1 and token i
        for s0, s1 in spans:
            pending = True
            for m in _TOK_PUNCT.finditer(text, s0, s1):
                kind = m.lastgroup
                if kind == "p":
                    pending = True
                    continue
                self.starts.append(m.start())
                self.ends.append(m.end())
                self.raw.append(m.group())
                self.digit.append(kind == "d")
                self.brk.append(pending)
                pending = False

    def after(self, pos: int, limit: int) -> list[int]:
        """Indices of up to `limit` tokens from `pos`, within the clause."""
        i = bisect.bisect_left(self.starts, pos)
        out: list[int] = []
        while i < len(self.raw) and len(out) < limit:
            if out and self.brk[i]:
                break
            if not out and _CLAUSE_END.search(self.text, pos, self.starts[i]):
                break
            out.append(i)
            i += 1
        return out

    def before(self, pos: int, limit: int) -> list[int]:
        """Indices of up to `limit` tokens ending at or before `pos`, nearest first."""
        i = bisect.bisect_right(self.ends, pos) - 1
        out: list[int] = []
        while i >= 0 and len(out) < limit:
            if not out and _CLAUSE_END.search(self.text, self.ends[i], pos):
                break
            out.append(i)
            if self.brk[i]:
                break
            i -= 1
        return out


def _strip_conj(key: str) -> str:
    return key[1:] if len(key) > 2 and key[0] in ("و", "ف", "ب") else key


def _qualifier(toks: _Toks, num: NumberSpan, after_ix: list[int]) -> tuple[str, int]:
    """(qualifier, start of a qualifier before the number, or the number's start)."""
    t = tables()
    bix = toks.before(num.start, 4)
    keys = [fold(toks.raw[i]) for i in bix]  # nearest first
    for n in (4, 3, 2, 1):
        if len(keys) < n:
            continue
        phrase = list(reversed(keys[:n]))
        for first in (phrase[0], _strip_conj(phrase[0])):
            q = t.qual_before.get((first, *phrase[1:]))
            if q:
                return q, toks.starts[bix[n - 1]] + (len(toks.raw[bix[n - 1]]) - len(first)
                                                     if first != phrase[0] else 0)
    akeys = [fold(toks.raw[i]) for i in after_ix[:4]]
    for k in range(3):
        for n in (2, 1):
            if k + n <= len(akeys):
                phrase = akeys[k:k + n]
                for first in (phrase[0], _strip_conj(phrase[0])):
                    q = t.qual_after.get((first, *phrase[1:]))
                    if q:
                        return q, num.start
    return "exact", num.start


def _skip_reason(toks: _Toks, num: NumberSpan, aix: list[int], bix: list[int]) -> str | None:
    t = tables()
    text = toks.text
    nxt = text[num.end:num.end + 3].lstrip()
    if nxt[:1] in ("%", "٪"):
        return "percent"
    if aix:
        first = toks.raw[aix[0]]
        if _has(first, t.skip_after):
            return "context"
        if fold(first) == "في" and len(aix) > 1 and _has(toks.raw[aix[1]], t.skip_after):
            return "percent"
    if bix and _has(toks.raw[bix[0]], t.skip_before):
        return "context"
    if len(bix) > 1 and fold(toks.raw[bix[0]]) in ("من", "/") and _has(toks.raw[bix[1]], t.skip_before):
        return "context"
    if not num.words and isinstance(num.value, int) and 1900 <= num.value <= 2100 and len(num.text) == 4:
        first_cat = _find(toks.raw[aix[0]], t.cats) if aix else None
        if first_cat is None and not (aix and _has(toks.raw[aix[0]], t.people)):
            return "year"
    # «/ أكتوبر 2023» and the like: a month right before, across a slash
    if bix and "/" in text[toks.ends[bix[0]]:num.start]:
        return "date"
    return None


def _category(toks: _Toks, num: NumberSpan, aix: list[int], bix: list[int]) -> tuple[str, str | None, int]:
    """(category, unit, end of the cue noun when it directly follows the number)."""
    t = tables()
    for k, i in enumerate(aix[:3]):
        hit = _find(toks.raw[i], t.cats)
        if hit and hit[0] == "money":
            return "money", hit[2], toks.ends[i] if k == 0 else num.end
        if hit or not _has(toks.raw[i], t.people):
            break
    if "$" in toks.text[max(0, num.start - 2):num.start] or toks.text[num.end:num.end + 2].strip() == "$":
        return "money", "دولار", num.end
    for k, i in enumerate(aix):
        if toks.digit[i]:
            break
        key = fold(toks.raw[i])
        if key == "بين" and k + 2 < len(aix) + 1:
            cats = {h[0] for j in aix[k + 1:k + 3] if (h := _find(toks.raw[j], t.cats))}
            if len(cats) > 1 and cats <= {"killed", "injured"}:
                return "casualties", None, num.end
        hit = _find(toks.raw[i], t.cats)
        if hit is None:
            continue
        cat, pos, _unit = hit
        if cat == "money":
            break
        if key[:1] in _CONJ and pos in ("before", "any"):
            break  # «مقتل 43 مدنيا وإصابة 173»: a new clause about another number
        if pos in ("after", "any"):
            return cat, None, toks.ends[i] if k == 0 else num.end
        if key[:1] in _CONJ:
            break  # «وإصابة 10»: a new clause about another number
    for i in bix:
        if toks.digit[i]:
            break
        hit = _find(toks.raw[i], t.cats)
        if hit and hit[1] in ("before", "any") and hit[0] != "money":
            return hit[0], None, num.end
    return "other", None, num.end


@dataclass(slots=True)
class _Reporter:
    start: int  # cue position
    end: int
    kind: str  # prep | verb
    name: str
    pstart: int  # reporter phrase span
    pend: int


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    """Any word that may start a reporter cue (a quick test before the token walk)."""
    t = tables()
    return forms_regex(sorted({k[0] for k in t.rep_prep} | set(t.rep_verb)), "[وف]?[بل]?")


def _reporters(toks: _Toks, s0: int, s1: int, entities: list[Entity] | None) -> list[_Reporter]:
    """Reporter cues in the sentence text[s0:s1]."""
    t = tables()
    if not _cue_regex().search(toks.text, s0, s1):
        return []
    i = bisect.bisect_left(toks.starts, s0)
    j = bisect.bisect_left(toks.starts, s1)
    out: list[_Reporter] = []
    k = i
    while k < j:
        vs = variants(toks.raw[k])
        matched = 0
        kind = ""
        for n in (2, 1):
            if k + n > j:
                continue
            rest = tuple(fold(toks.raw[x]) for x in range(k + 1, k + n))
            for v in vs:
                if (v, *rest) in t.rep_prep:
                    matched, kind = n, "prep"
                    break
            if matched:
                break
        if not matched and any(v in t.rep_verb for v in vs):
            matched, kind = 1, "verb"
        if not matched:
            k += 1
            continue
        cue_start = toks.starts[k]
        p = k + matched
        phrase: list[int] = []
        while p < j and len(phrase) < 7:
            if phrase and toks.brk[p]:
                break
            if not phrase and _CLAUSE_END.search(toks.text, toks.ends[p - 1], toks.starts[p]):
                break
            key = fold(toks.raw[p])
            if key in t.rep_stop or toks.digit[p]:
                break
            phrase.append(p)
            p += 1
        # a verb's subject must be followed by أن/إن: «أعلن الجيش أنهم»
        if kind == "verb" and not (phrase and p < j and fold(toks.raw[p]) in _THAT):
            k += 1
            continue
        while phrase and any(v in t.rep_strip for v in variants(toks.raw[phrase[0]])[:2]):
            phrase.pop(0)
        if phrase:
            name = _reporter_name(toks, phrase, entities)
            out.append(_Reporter(cue_start, toks.ends[k + matched - 1], kind, name,
                                 toks.starts[phrase[0]], toks.ends[phrase[-1]]))
        k = p if phrase else k + 1
    return out


def _reporter_name(toks: _Toks, phrase: list[int], entities: list[Entity] | None) -> str:
    ps, pe = toks.starts[phrase[0]], toks.ends[phrase[-1]]
    if entities:
        over = [e for e in entities if e.start < pe and e.end > ps]
        if over:
            head = [e for e in over if e.start <= ps + 2]
            pick = head or [e for e in over if e.label == "PER"] or [e for e in over if e.label == "ORG"]
            if pick:
                return pick[0].canonical
    first = toks.raw[phrase[0]]
    # «لوكالة فرانس برس» → «وكالة فرانس برس»: a preposition glued to the head noun
    if first.startswith("ل") and len(fold(first)) > 4 and not fold(first).startswith("لل"):
        ps += 2 if first[1:2] == "\u0640" else 1
    elif fold(first).startswith("لل") and len(fold(first)) > 4:
        return "ال" + toks.text[ps + 2:pe]
    return toks.text[ps:pe]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at . ! ? ؟ (not decimal points) and newlines."""
    out: list[tuple[int, int]] = []
    s = 0
    for m in _SENT_END.finditer(text):
        if m.end() > s:
            out.append((s, m.end()))
        s = m.end()
    if s < len(text):
        out.append((s, len(text)))
    return out


def extract_figures(text: str, entities: list[Entity] | None = None) -> list[Figure]:
    """Figures of `text`: value, qualifier, category (and unit), reporter, exact span."""
    nums = [n for n in find_numbers(text) if not n.vague]
    if not nums:
        return []
    sents = sentence_spans(text)
    sstarts = [a for a, _ in sents]
    used = sorted({bisect.bisect_right(sstarts, n.start) - 1 for n in nums})
    toks = _Toks(text, [sents[i] for i in used])
    figs: list[Figure] = []
    for n in nums:
        aix = toks.after(n.end, _WINDOW_AFTER)
        bix = toks.before(n.start, _WINDOW_BEFORE)
        if _skip_reason(toks, n, aix, bix):
            continue
        cat, unit, cend = _category(toks, n, aix, bix)
        if n.value == 1 and n.words:
            continue  # «واحد», «بحجر واحد»: not a reported count
        qual, qstart = _qualifier(toks, n, aix)
        figs.append(Figure(text[qstart:cend], n.value, qual, cat, unit, None, qstart, cend))
    _attach_reporters(text, toks, figs, entities, sents)
    return figs


def _attach_reporters(text: str, toks: _Toks, figs: list[Figure], entities: list[Entity] | None,
                      sents: list[tuple[int, int]]) -> None:
    sstarts = [s for s, _ in sents]
    by_sent: dict[int, list[Figure]] = {}
    for f in figs:
        by_sent.setdefault(bisect.bisect_right(sstarts, f.start) - 1, []).append(f)
    para_reps: dict[int, list[str]] = {}
    for si, fs in by_sent.items():
        s0, s1 = sents[si]
        reps = _reporters(toks, s0, s1, entities)
        for f in fs:
            f.reported_by = _pick(f, reps)
        para = text.rfind("\n", 0, s0)
        para_reps.setdefault(para, []).extend(r.name for r in reps if r.kind == "prep")
    # A reporter stated once for a paragraph governs its other figures; a figure repeated
    # with a reporter elsewhere gets it too.
    known = {(f.value, f.category): f.reported_by for f in figs if f.reported_by}
    for f in figs:
        if f.reported_by or f.category in ("other", "money"):
            continue
        if (f.value, f.category) in known:
            f.reported_by = known[(f.value, f.category)]
            continue
        names = set(para_reps.get(text.rfind("\n", 0, f.start), []))
        if len(names) == 1:
            f.reported_by = names.pop()


def _pick(f: Figure, reps: list[_Reporter]) -> str | None:
    after = [r for r in reps if r.kind == "prep" and r.start >= f.end]
    if after:
        return after[0].name
    verbs = [r for r in reps if r.kind == "verb" and (r.start < f.start or 0 <= r.start - f.end <= 3)]
    if verbs:
        return min(verbs, key=lambda r: abs(r.start - f.start)).name
    before = [r for r in reps if r.kind == "prep" and r.end <= f.start]
    if before:
        return before[-1].name
    return None

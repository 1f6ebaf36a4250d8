"""Direct quotes and their speakers.

Quotes are text between «…», "…" or “…” (and the reversed »…» some sites print). A quote is
speech when a reporting verb (`reporting_verbs.tsv`) introduces it in its sentence, before
or right after it; its speaker is the verb's subject («ودعا المسؤول الروسي ميخائيل بوغدانوف
إلى "…"»), or, for a verb without subject («وأضاف: "…"», «وقال امام الصحافيين «…»»), the last
subject named before. Short quotes with no verb right before them, and quotes in headline
lines, are `scare`/`headline` quotes («"الآن"», «داعش»). Speakers resolve to an entity's
`canonical` when entities are given, else to the subject phrase, lengthened to a fuller name
the text gives elsewhere (نتنياهو → بنيامين نتنياهو).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract.figures import tables, variants
from marsad.extract.numbers import TOKEN_RE, forms_regex
from marsad.lang import table
from marsad.model import Entity, Quote

_QUOTE_CHARS = re.compile("[«»“”„\"]")
_CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"', "»": "»", "”": "”"}
_BREAK = re.compile(r"[.,،؛;:!?؟\n()]")
_SENT_END = re.compile(r"(?<![0-9])[.!?؟]+(?![0-9])|\n+")
_SCARE_MAX_WORDS = 4
_MAX_SUBJECT = 9
_INTRO = frozenset(fold(w) for w in ("ان", "إن", "أن", "بأن", "قائلا", "قائلة", "قوله", "قولها"))


@dataclass(slots=True, frozen=True)
class _Data:
    verbs: dict[str, str]
    stop: frozenset[str]
    titles: frozenset[str]
    named: frozenset[str]


@lru_cache(maxsize=50_000)
def _light(raw: str) -> str:
    """Folded, but keeping ى apart from ي (على is a stop word, علي a name)."""
    return fold(raw.replace("ى", "\ue000")).replace("\ue000", "ى")


@lru_cache(maxsize=1)
def _data() -> _Data:
    verbs = {fold(r[0]): r[1] for r in table("reporting_verbs.tsv")}
    stop = frozenset(_light(r[0]) for r in table("quote_stopwords.tsv"))
    titles: set[str] = set()
    named: set[str] = set()
    for r in table("quote_titles.tsv"):
        if r[0] == "@named":
            named.add(fold(r[1]))
        else:
            titles.add(fold(r[0]))
    return _Data(verbs, stop, frozenset(titles), frozenset(named))


@lru_cache(maxsize=1)
def _verb_regex() -> re.Pattern[str]:
    """Candidate reporting verbs as written, with an optional و/ف (checked by `_verb_type`)."""
    return forms_regex(sorted(_data().verbs), "[وف]?")


def _verb_type(raw: str) -> str | None:
    d = _data().verbs
    vs = variants(raw)
    if vs[0] in d:
        return d[vs[0]]
    key = vs[0]
    if len(key) > 3 and key[0] in ("و", "ف") and key[1:] in d:
        return d[key[1:]]
    return None


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the quote marks of each top-level quote."""
    pairs: list[tuple[int, int]] = []
    opener: tuple[str, int] | None = None
    for m in _QUOTE_CHARS.finditer(text):
        c, p = m.group(), m.start()
        if opener is not None:
            oc, op = opener
            if "\n" in text[op:p]:
                opener = None
            elif c in _CLOSERS[oc]:
                if p > op + 1:
                    pairs.append((op, p))
                opener = None
                continue
            else:
                continue  # a nested or stray mark inside an open quote
        if c in "«“„\"":
            opener = (c, p)
        elif c in "»”":
            # a reversed opener (»…») when the same mark closes it later on the line
            nxt = text.find(c, p + 1)
            nl = text.find("\n", p + 1)
            if nxt != -1 and (nl == -1 or nxt < nl) and "«" not in text[p + 1:nxt]:
                opener = (c, p)
    return pairs


@dataclass(slots=True)
class _Verb:
    pos: int
    end: int
    type: str
    span: tuple[int, int] | None  # the subject; None when there is none («وأضاف:»)
    subj_end: int


class _Ctx:
    def __init__(self, text: str, entities: list[Entity] | None, pairs: list[tuple[int, int]]) -> None:
        self.text = text
        self.entities = entities or []
        ms = list(TOKEN_RE.finditer(text))
        self.starts = [m.start() for m in ms]
        self.ends = [m.end() for m in ms]
        self.raw = [m.group() for m in ms]
        self.opens = [o for o, _ in pairs]
        self.pairs = pairs
        self.names: dict[tuple[int, int], str] = {}

    def region_end(self, pos: int, limit: int) -> int:
        """Where a subject starting at `pos` must stop: the next quote mark or `limit`."""
        k = bisect.bisect_left(self.opens, pos)
        return min(limit, self.opens[k]) if k < len(self.opens) else limit

    def subject(self, ti: int, stop_at: int) -> tuple[tuple[int, int] | None, int]:
        """The span of the subject phrase after the verb token `ti`, and where it ends."""
        d = _data()
        toks: list[int] = []
        named = False
        first_name = 0
        k = ti + 1
        prev_end = self.ends[ti]
        while k < len(self.raw) and self.starts[k] < stop_at and len(toks) < _MAX_SUBJECT:
            if _BREAK.search(self.text, prev_end, self.starts[k]):
                break
            raw = self.raw[k]
            key = fold(raw)
            if _light(raw) in d.stop or (named and key.startswith("لل")) or raw[0].isdigit():
                break
            if _verb_type(raw):
                break
            if key in d.named:
                toks = []
                first_name = 0
                named = True
            else:
                if not named and not key.startswith("ال") and key not in d.titles:
                    named = True
                    first_name = len(toks)
                toks.append(k)
            prev_end = self.ends[k]
            k += 1
        if not toks:
            return None, self.ends[ti]
        s, e = self.starts[toks[0]], self.ends[toks[-1]]
        if not self.entities and named and 0 < first_name <= len(toks) - 2:
            s = self.starts[toks[first_name]]  # «المسؤول الروسي ميخائيل بوغدانوف» → the name
        return (s, e), e

    def name(self, v: _Verb) -> str | None:
        """The speaker a verb's subject names (resolved once, on demand)."""
        if v.span is None:
            return None
        if v.span not in self.names:
            self.names[v.span] = self.resolve(*v.span)
        return self.names[v.span]

    def resolve(self, s: int, e: int) -> str:
        """An entity's canonical for the phrase text[s:e], else the phrase (fuller if found)."""
        over = [x for x in self.entities if x.start < e and x.end > s]
        for label in ("PER", "ORG", "LOC", "MISC"):
            for x in over:
                if x.label == label:
                    return x.canonical
        phrase = self.text[s:e]
        return self.fuller(phrase)

    def fuller(self, phrase: str) -> str:
        """A one-word name lengthened by the word the text puts before it elsewhere."""
        if " " in phrase or len(phrase) < 3:
            return phrase
        d = _data()
        for m in re.finditer(rf"([^\W\d_]+) {re.escape(phrase)}(?!\w)", self.text):
            w = m.group(1)
            key = fold(w)
            if (key.startswith("ال") or _light(w) in d.stop or key in d.titles or _verb_type(w)
                    or any((v,) in tables().rep_prep for v in variants(w))
                    or (key[:1] in ("و", "ف", "ب", "ل") and len(key) <= 3)):
                continue
            if key[:1] == "و" and _verb_type(w[1:]):
                continue
            return f"{w} {phrase}"
        return phrase


def extract_quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    """Quotes of `text` (without their marks), each with its speaker and kind."""
    pairs = quote_pairs(text)
    if not pairs:
        return []
    ctx = _Ctx(text, entities, pairs)
    parts: list[str] = []
    last = 0
    for o, c in pairs:
        parts += [text[last:o + 1], "x" * (c - o - 1)]
        last = c
    mtext = "".join([*parts, text[last:]])
    sstarts = [0] + [m.end() for m in _SENT_END.finditer(mtext)]
    verbs = _verbs(ctx, mtext, sstarts)
    vpos = [v.pos for v in verbs]
    out: list[Quote] = []
    last_speaker: tuple[int, str] | None = None
    prev_close = -1
    for o, c in pairs:
        inner = text[o + 1:c]
        qs = o + 1 + (len(inner) - len(inner.lstrip()))
        qe = c - (len(inner) - len(inner.rstrip()))
        if qe <= qs:
            continue
        qtext = text[qs:qe]
        nwords = len(qtext.split())
        sent_start = sstarts[bisect.bisect_right(sstarts, o) - 1]
        pstart = max(sent_start, prev_close + 1)
        k = bisect.bisect_left(vpos, o) - 1
        verb = verbs[k] if k >= 0 and verbs[k].pos >= pstart and verbs[k].type != "attrib" else None
        post = None
        if verb is None:
            k2 = bisect.bisect_right(vpos, c)
            if k2 < len(verbs) and verbs[k2].type != "attrib" and verbs[k2].pos - c < 40 and \
                    not re.search(r"\w", _strip_intro(text[c + 1:verbs[k2].pos])):
                post = verbs[k2]
        use = verb or post
        line_s = text.rfind("\n", 0, o) + 1
        line_e = text.find("\n", c)
        line = text[line_s:line_e if line_e != -1 else len(text)]
        if use is None:
            kind = "headline" if _is_headline(line) else "scare"
            out.append(Quote(qtext, None, qs, qe, kind))
            continue
        if nwords <= 2 or (nwords <= _SCARE_MAX_WORDS and verb is not None and
                           re.search(r"\w", _strip_intro(text[verb.subj_end:o]))):
            out.append(Quote(qtext, None, qs, qe, "scare"))
            continue
        speaker = ctx.name(use)
        if speaker is None:
            idx = bisect.bisect_left(vpos, use.pos) - 1
            cand = next((verbs[j] for j in range(idx, -1, -1) if verbs[j].span), None)
            if last_speaker and (cand is None or last_speaker[0] > cand.pos):
                speaker = last_speaker[1]
            elif cand is not None:
                speaker = ctx.name(cand)
        out.append(Quote(qtext, speaker, qs, qe, "speech"))
        prev_close = c
        if speaker:
            last_speaker = (o, speaker)
    return out


def _strip_intro(s: str) -> str:
    """Text between a verb's subject and a quote with the intro words («إن», «قائلا») out."""
    return " ".join(w for w in re.findall(r"\w+", s) if fold(w) not in _INTRO)


def _is_headline(line: str) -> bool:
    return len(line.split()) <= 14 and not re.search(r"[.!?؟:،,]\s*$", line.strip()) and \
        not re.search(r"[.!?؟]\s", line)


_SUBORD = frozenset(fold(w) for w in ("أن", "إن", "ان", "الذي", "التي", "الذين", "بأن", "بعدما", "عندما"))


def _subordinate(ctx: _Ctx, ti: int) -> bool:
    """A verb inside a subordinate clause («مبينا أن القنصلية تابعت»): not a speaker's verb."""
    for k in range(ti - 1, max(ti - 5, -1), -1):
        if _BREAK.search(ctx.text, ctx.ends[k], ctx.starts[k + 1]):
            return False
        if fold(ctx.raw[k]) in _SUBORD:
            return True
    return False


def _verbs(ctx: _Ctx, mtext: str, sstarts: list[int]) -> list[_Verb]:
    """Reporting verbs outside quotes, in order, with their resolved subjects."""
    out: list[_Verb] = []
    for m in _verb_regex().finditer(mtext):
        ti = bisect.bisect_left(ctx.starts, m.start())
        if ti >= len(ctx.starts) or ctx.starts[ti] != m.start():
            continue
        raw = ctx.raw[ti]
        vt = _verb_type(raw)
        if vt is None or _subordinate(ctx, ti):
            continue
        s = ctx.starts[ti]
        k = bisect.bisect_right(sstarts, s)
        send = sstarts[k] if k < len(sstarts) else len(ctx.text)
        stop = ctx.region_end(s, send)
        if vt == "transmit":
            # «نقلت صحيفة ... عن مصادر إسرائيلية قولها»: the speaker follows عن
            j = ti + 1
            while j < len(ctx.raw) and ctx.starts[j] < stop and fold(ctx.raw[j]) != "عن":
                j += 1
            if j < len(ctx.raw) and ctx.starts[j] < stop:
                name, e = ctx.subject(j, stop)
                out.append(_Verb(s, ctx.ends[ti], "speech", name, e))
            continue
        name, e = ctx.subject(ti, stop)
        out.append(_Verb(s, ctx.ends[ti], vt, name, e))
    return out

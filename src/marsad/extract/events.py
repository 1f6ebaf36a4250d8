"""PLOVER-coded events from Arabic text: who did what to whom, where and when.

`extract_events(text, entities, times, quotes)` works sentence by sentence:
- triggers (verbs, verbal nouns, fixed phrases) come from `lang/ar/event_triggers.tsv`,
  matched on folded words with a proclitic (و ف ب ل ك ال س) taken off the front and a
  pronoun (ه ها هم نا …) off the end; a row may need a word that follows within a few words
  («فرض … عقوبات» → SANCTION, «فرض … حصارا» → COERCE);
- actors come from the entity layer: adjacent mentions form one actor («نائب وزير الخارجية
  الروسي ميخائيل بوغدانوف» → ميخائيل بوغدانوف); an entity after مع/على/ضد/… is a target, one
  after في (through place nouns) a place, one after «وفد من» its delegation's actor; the
  subject is taken before the verb in a clause that opens with a noun (SVO), else after it
  (VSO), else the nearest free actor earlier in the sentence; a few definite nouns («الحركة»,
  «التنظيم») stand for the latest entity of their kind (`lang/ar/event_anaphora.tsv`);
- location: a place after في in the trigger's clause, else in its sentence; a following
  «جاء ذلك خلال … في X» sentence sets it; date: the sentence's resolved date (never «منذ X»);
- negation (لم لن لا عدم …) sets `negated`; «قد», «مستعدة ل», «من المتوقع», س+present and a
  purpose masdar («للتنازل») set `hedged`; a trigger inside a speech quote gets `claimed_by`.
Events of one type in one sentence are merged into one; a deed (material type) told again in a
later sentence is merged into its first telling. Verbal types (`needs_source` in event_words.tsv)
without a source are dropped; news outlets are never actors; a place that is not a country or
capital (or follows a place noun: «محافظة العاصمة المنامة») is never a source; a verb after a
relative pronoun has the noun before it as subject; «تلقى … من X» has X as source; a line
opening «رابط الخبر» (the headline again) ends the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.lang import table
from marsad.model import Entity, Event, Quote, TimeExpr

__all__ = ["extract_events", "readings", "sentences"]

_TOKEN_RE = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+|[^\\w\\s]")
_SENT_END = frozenset(".!?؟…")
_CLAUSE_END = frozenset("،,؛;:")
_QUOTE_MARKS = frozenset('«»"“”\'')
_PROCLITICS = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وس", "فس", "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "هم", "هن", "ها", "نا", "كم", "ه", "ك")
_PRESENT = "يتنا"
_PREPS = frozenset(("من", "في", "عن"))
_PURPOSE = frozenset(("ل", "لل", "ول", "ولل", "فل", "فلل"))
DATE_REACH = 150  # characters between a trigger and its date
PLACE_REACH = 15  # words between a trigger and a place outside the words after it in its clause
AFTER_WINDOW = 30  # words after a verb searched for its subject and objects
NEEDS_WINDOW = 12  # words searched for a trigger's needed word
NOTS_WINDOW = 3
TOPIC_REACH = 20  # tokens after a complement-taking trigger within which a verbal noun is its topic


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger table, expanded to a single form."""

    type: str
    pos: str  # v | n | x
    words: tuple[str, ...]
    mode: str | None
    needs: tuple[tuple[str, ...], ...]
    nots: frozenset[str]
    window: int = NEEDS_WINDOW


@dataclass(slots=True)
class _Lex:
    by_first: dict[str, list[Trigger]]
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    anaphora: dict[str, str]
    polities: frozenset[str]


def _f(s: str) -> str:
    return " ".join(_TOKEN_RE.findall(fold(s)))


def _conjugate(form: str) -> list[str]:
    """Regular conjugations of a 3rd-person verb form (past or present), itself first."""
    out = [form]
    if len(form.split()) > 1:
        return out
    if form[0] == "ي":
        stem = form[1:]
        out += ["ت" + stem, "ن" + stem]
        if form[-1] not in "اوي":
            out += [form + "ون", form + "ان", "ت" + stem + "ان"]
    elif form[-1] not in "اوي":
        out += [form + "ت", form + "وا", form + "ا", form + "تا"]
    return out


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    by_first: dict[str, list[Trigger]] = {}
    for row in table("event_triggers.tsv"):
        cells = [*row, "", "", "", "", ""][:7]
        typ, pos, forms, mode, needs, nots, win = cells
        window = int(win) if win.strip() else NEEDS_WINDOW
        need_t = tuple(tuple(_f(n).split()) for n in needs.split(",") if n.strip())
        not_t = frozenset(_f(n) for n in nots.split(",") if n.strip())
        for raw in forms.split(","):
            if not raw.strip():
                continue
            base = _f(raw)
            variants = _conjugate(base) if pos == "v" else [base]
            for v in variants:
                t = Trigger(typ, pos, tuple(v.split()), mode or None, need_t, not_t, window)
                by_first.setdefault(t.words[0], []).append(t)
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for cls, forms in table("event_words.tsv"):
        folded = [_f(x) for x in forms.split(",") if x.strip()]
        words[cls] = frozenset(folded)
        phrases[cls] = tuple(tuple(x.split()) for x in folded)
    anaphora = {_f(row[0]): row[1] for row in table("event_anaphora.tsv")}
    return _Lex(by_first, words, phrases, anaphora, _polities(words))


def _polities(words: dict[str, frozenset[str]]) -> frozenset[str]:
    """Folded names of places that can act (countries, capitals, a few regions with a government)."""
    out = set(words.get("polity", frozenset()))
    for row in table("gazetteer/countries.tsv"):
        out.add(_f(row[0]))
    for row in table("gazetteer/capitals.tsv"):
        out.update(_f(x) for x in row[:2])
    for row in table("gazetteer/nisba.tsv"):
        if len(row) > 1:
            out.add(_f(row[1]))
    return frozenset(out)


@lru_cache(maxsize=100_000)
def readings(word: str, taa: bool = False) -> tuple[str, ...]:
    """Readings of one folded word: itself, without a proclitic, without a pronoun suffix.

    `taa`: the word ends in ة, so its final ه is no pronoun («وزارة» is not «و + زار + ه»).
    """
    bases = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= (2 if p in ("و", "ف") else 3):
            rest = word[len(p):]
            if p.endswith("س") and rest[0] not in _PRESENT:
                continue
            bases.append(rest)
    out = list(bases)
    for b in list(bases):
        if b.endswith("ا") and len(b) >= 5:  # accusative ending: «هجوما», «اعتصاما»
            bases.append(b[:-1])
            out.append(b[:-1])
    for b in bases:
        for e in _ENCLITICS:
            if taa and e == "ه":
                continue
            if b.endswith(e) and len(b) - len(e) >= 3:
                stem = b[: -len(e)]
                out.append(stem)
                if stem.endswith("ت"):
                    out.append(stem[:-1] + "ه")
                if stem.endswith("ي"):
                    out.append(stem[:-1] + "ء")
                if stem.endswith("و"):
                    out.append(stem[:-1] + "ء")
    return tuple(dict.fromkeys(out))


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    form: str  # folded
    word: bool
    reads: tuple[str, ...] = ()


@dataclass(slots=True)
class _Group:
    """Adjacent entity mentions acting as one actor (or one place)."""

    first: int  # token indices, inclusive/exclusive
    last: int
    names: list[str]
    place: str | None
    is_loc: bool
    binding: str | None = None  # None (free) | target | loc | from | skip
    actor: bool = True  # may be a source: a person, an organisation, a country or capital


@dataclass(slots=True)
class _Hit:
    trig: Trigger
    first: int
    last: int  # exclusive, trigger words only
    used: set[int] = field(default_factory=set)


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        isw = s[0].isalnum() or s[0] == "_" or "\u0600" <= s[0] <= "\u06ff"
        f = fold(s) if isw else s
        toks.append(_Tok(m.start(), m.end(), f, isw, readings(f, s.endswith("ة")) if isw else ()))
    return toks


def _split(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Token ranges of sentences: after . ! ? ؟ (not inside numbers) and at line breaks."""
    out: list[tuple[int, int]] = []
    begin = 0
    for i, t in enumerate(toks):
        if i > begin and "\n" in text[toks[i - 1].end:t.start]:
            out.append((begin, i))
            begin = i
        if t.form in _SENT_END:
            if t.form == "." and 0 < i < len(toks) - 1 and toks[i - 1].end == t.start \
                    and toks[i + 1].start == t.end and toks[i - 1].form.isdigit():
                continue
            j = i + 1
            while j < len(toks) and toks[j].form in _QUOTE_MARKS and toks[j].start == toks[j - 1].end:
                j += 1
            out.append((begin, j))
            begin = j
    if begin < len(toks):
        out.append((begin, len(toks)))
    return [(a, b) for a, b in out if any(toks[k].word for k in range(a, b))]


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, as events use them."""
    toks = _tokens(text)
    return [(toks[a].start, toks[b - 1].end) for a, b in _split(text, toks)]


def _has(tok: _Tok, cls: frozenset[str]) -> bool:
    return any(r in cls for r in tok.reads)


def _is_nisba(e: Entity) -> bool:
    if e.label != "LOC" or e.role:
        return False
    t = fold(e.text)
    return fold(e.canonical) not in t and t.endswith(("ي", "يه", "يين", "يون", "يات"))


def _match_seq(toks: list[_Tok], i: int, words: tuple[str, ...], end: int) -> int:
    """Index after `words` matched at token i (skipping quote marks), or -1."""
    k = i
    for w in words:
        while k < end and not toks[k].word and toks[k].form in _QUOTE_MARKS:
            k += 1
        if k >= end or w not in toks[k].reads:
            return -1
        k += 1
    return k


def _find_triggers(toks: list[_Tok], a: int, b: int, L: _Lex) -> list[_Hit]:
    hits: list[_Hit] = []
    used: set[int] = set()
    for i in range(a, b):
        t = toks[i]
        if not t.word or i in used:
            continue
        for r in t.reads:
            cands = L.by_first.get(r)
            if not cands:
                continue
            hit = None
            article = "ال" in t.form[:max(0, t.form.find(r))]
            for trig in cands:
                if article and trig.pos == "v":  # «القصف» is a noun, not the verb «قصف»
                    continue
                j = _match_seq(toks, i, trig.words, b) if len(trig.words) > 1 else i + 1
                if j < 0:
                    continue
                extra: set[int] = set()
                win = [k for k in range(j, b) if toks[k].word][:trig.window]
                if trig.nots and any(_has(toks[k], trig.nots) for k in win[:NOTS_WINDOW]):
                    continue
                if trig.needs:
                    found = False
                    for k in win:
                        for need in trig.needs:
                            e = _match_seq(toks, k, need, b)
                            if e > 0:
                                extra = set(range(k, e))
                                found = True
                                break
                        if found:
                            break
                    if not found:
                        continue
                hit = _Hit(trig, i, j, extra)
                break
            if hit:
                used.update(range(hit.first, hit.last))
                used.update(hit.used)
                hits.append(hit)
                break
    return hits


def _clause_of(toks: list[_Tok], a: int, b: int, i: int) -> tuple[int, int]:
    s = i
    while s > a and toks[s - 1].form not in _CLAUSE_END:
        s -= 1
    e = i
    while e < b and toks[e].form not in _CLAUSE_END:
        e += 1
    return s, e


def _groups(toks: list[_Tok], a: int, b: int, ents: list[tuple[int, int, Entity]],
            W: dict[str, frozenset[str]], polities: frozenset[str] = frozenset()) -> list[_Group]:
    """Entity mentions in tokens [a, b) joined into groups of adjacent mentions."""
    out: list[_Group] = []
    cur: list[tuple[int, int, Entity]] = []

    def flush() -> None:
        if not cur:
            return
        main = [e for _, _, e in cur if not _is_nisba(e)] or [e for _, _, e in cur]
        persons = [e for e in main if e.label in ("PER", "ORG")]
        if sum(e.label == "PER" for e in persons) > 1:  # «… النائب الثاني …» read as «عبد الله الثاني»
            full = [e for e in persons if e.label != "PER" or len(e.text.split()) > 1
                    or _f(e.text) == _f(e.canonical)]
            persons = full or persons
        pick = persons or main
        names = list(dict.fromkeys(e.canonical for e in pick))
        split = [e for e in pick if e.label == "PER"]
        if len(split) == len(pick) > 1 and all(split[i + 1].start - split[i].end == 1
                                               for i in range(len(split) - 1)):
            names = [" ".join(e.text for e in split)]  # «عبد ربه» + «منصور هادي»: one name cut in two
        locs = [e for e in main if e.label == "LOC"]
        place = locs[-1].canonical if locs else None
        is_loc = not persons and bool(locs)
        g = _Group(cur[0][0], cur[-1][1], names, place, is_loc)
        if is_loc:  # a city is where things happen; a country or capital may act
            k = g.first - 1
            while k >= a and not toks[k].word:
                k -= 1
            after_place = k >= a and _has(toks[k], W["place"])
            g.actor = not after_place and any(_f(e.canonical) in polities for e in locs)
        out.append(g)
        cur.clear()

    for s, e, ent in ents:
        if e <= a or s >= b:
            continue
        if cur and (ent.start > toks[s].start  # «وحماس»: a second actor
                    or any(not toks[k].word or not _has(toks[k], W["title"]) or toks[k].form in _PREPS
                           or (toks[k].form[0] == "و" and toks[k].form not in W["title"])  # «وتنظيم داعش»
                           for k in range(cur[-1][1], s))):
            flush()  # mentions join across titles only («وزير الخارجية السعودي الأمير فيصل»)
        cur.append((s, e, ent))
    flush()
    return out


def _bind(toks: list[_Tok], g: _Group, prev: _Group | None, stops: set[int], L: _Lex,
          glued: str) -> str | None:
    """How the group attaches: None (free), target, loc, from or skip."""
    W = L.words
    k = g.first - 1
    seen = 0
    plain = True  # only place nouns so far between the preposition and the entity
    while k >= 0 and seen < 6:
        t = toks[k]
        if k in stops or t.form in _CLAUSE_END or t.form in _SENT_END:
            return None
        if prev is not None and k < prev.last:  # «بين إسرائيل وحماس»: a conjunct shares the binding
            conj = glued.startswith("و") or any(toks[j].form == "و" for j in range(prev.last, g.first))
            return prev.binding if conj and _only_conj(toks, prev.last, g.first) else None
        if not t.word:
            k -= 1
            continue
        f = t.form
        if _has(t, W["skip"]):
            return "skip"
        if f in W["comp"]:
            return None
        if _has(t, W["prep_target"]):
            return "target"
        if _has(t, W["prep_loc"]):
            if not g.is_loc and _after_head(toks, k, W):
                k -= 1
                seen += 1
                continue
            if not g.is_loc:
                return "target"
            return "loc" if plain else "mod"
        if _has(t, W["prep_from"]):
            if (not g.is_loc or seen == 0) and _after_head(toks, k, W, 1 if g.is_loc else 2):
                k -= 1
                seen += 1
                continue
            return "from"
        if f == "و" and seen == 0:
            k -= 1
            continue
        # a preposition glued to a word before the entity («بـ», «لـ»)
        if seen == 0 and k == g.first - 1 and f in ("ب", "ل", "لـ", "بـ"):
            return "loc" if (g.is_loc and f.startswith("ب")) else "target"
        if not _has(t, W["place"]):
            plain = False
        k -= 1
        seen += 1
    return None


def _joined(toks: list[_Tok], a: int, b: int, W: dict[str, frozenset[str]]) -> bool:
    """«X وY», «X وتنظيم Y»: only a conjunction and titles between two actors."""
    ws = [toks[k] for k in range(a, b) if toks[k].word]
    return all(t.form == "و" or _has(t, W["title"]) for t in ws) and len(ws) <= 3


def _only_conj(toks: list[_Tok], a: int, b: int) -> bool:
    return all(not toks[k].word or toks[k].form == "و" for k in range(a, b))


def _after_head(toks: list[_Tok], k: int, W: dict[str, frozenset[str]], reach: int = 2) -> bool:
    """True when a head noun («وفد», «مسؤول») stands within `reach` words before token k."""
    n = 0
    j = k - 1
    while j >= 0 and n < reach:
        if toks[j].word:
            if _has(toks[j], W["head"]):
                return True
            n += 1
        elif toks[j].form in _CLAUSE_END:
            return False
        j -= 1
    return False


def _prefix(tok: _Tok, reading: str) -> str:
    """What a reading took off the front of the token's folded form."""
    i = tok.form.find(reading)
    return tok.form[:i] if i > 0 else ""


def _trigger_reading(tok: _Tok, trig: Trigger) -> str:
    return trig.words[0] if trig.words[0] in tok.reads else tok.form


def extract_events(text: str, entities: list[Entity], times: list[TimeExpr],
                   quotes: list[Quote] | None = None) -> list[Event]:
    """PLOVER events of `text`, one per type and sentence, with actors, place, date and modality."""
    L = _lex()
    W = L.words
    toks = _tokens(text)
    if not toks:
        return []
    starts = [t.start for t in toks]
    ents = _entity_tokens(toks, starts, entities, text, L)
    sents = _split(text, toks)
    speech = [q for q in (quotes or []) if q.kind == "speech"]
    events: list[Event] = []
    prev_events: list[Event] = []
    for a, b in sents:
        if _opens_with(toks, a, b, L.phrases["stop_line"]):  # «رابط الخبر …»: the headline again
            break
        s_start, s_end = toks[a].start, toks[b - 1].end
        groups = _groups(toks, a, b, ents, W, L.polities)
        hits = _find_triggers(toks, a, b, L)
        hits = [h for h in _drop_topics(toks, a, b, hits, W) if not _refers_back(toks, a, h, W)
                and not any(t.start <= toks[h.first].start < t.end for t in times)]  # «فجر اليوم»
        stops = {k for h in hits for k in range(h.first, h.last)}
        for i, g in enumerate(groups):
            glued = _glued_prefix(text, toks, g, entities_by_tok=ents)
            bare = glued.lstrip("وف")
            if bare[:1] in ("ب", "ل"):  # «بجدة», «لقطاع غزة»: the preposition is glued on
                g.binding = "loc" if (g.is_loc and bare[0] == "ب") else "target"
            else:
                g.binding = _bind(toks, g, groups[i - 1] if i else None, stops, L, glued)
        s_times = [t for t in times if s_start <= t.start < s_end and _usable(t, text)]
        cont = _opens_with(toks, a, b, L.phrases["continuation"])
        if cont and prev_events:
            place = next((g.place for g in groups if g.binding == "loc" and g.place), None)
            date = _nearest_date(s_times, toks[a].start)
            for ev in prev_events:
                if place:
                    ev.location = place
                if date and not ev.date:
                    ev.date = date
        here: dict[str, Event] = {}
        backref: set[int] = set()  # ids of events told only by a definite noun («الهجوم»)
        opener = [k for k in range(a, b) if toks[k].word][:2]
        for h in hits:
            ev = _event(text, toks, a, b, h, hits, groups, s_times, speech, L)
            ev.start, ev.end = s_start, s_end
            if not ev.source and h.trig.pos == "v" and opener and (
                    h.first == opener[0] or (toks[opener[0]].form == "كما" and h.first in opener)):
                same = next((p for p in prev_events if p.type == ev.type and p.source), None)
                if same is not None:  # «كما تستهدف …»: the previous sentence's subject goes on
                    ev.source = list(same.source)
                    ev.target = [n for n in ev.target if n not in ev.source]
            if cont:
                same = next((p for p in prev_events if p.type == ev.type), None)
                if same is not None:
                    _merge(same, ev)
                    continue
            key = ev.type
            if key in here and here[key].location and ev.location and here[key].location != ev.location:
                key = f"{ev.type}@{ev.location}"
            if key in here:
                _merge(here[key], ev)
                backref.discard(id(here[key])) if not _definite_noun(toks[h.first], h) else None
            else:
                here[key] = ev
                if _definite_noun(toks[h.first], h):
                    backref.add(id(ev))
        _attribute(toks, a, b, groups, list(here.values()), W)
        new = [e for e in here.values() if id(e) not in backref or e.source or e.target]
        events.extend(new)
        if new:
            prev_events = new
        elif not cont:
            prev_events = []
    return _across_sentences([e for e in events if e.source or e.type not in W["needs_source"]], W)


def _across_sentences(events: list[Event], W: dict[str, frozenset[str]]) -> list[Event]:
    """The same deed told again in a later sentence (a material type) is merged into its first
    telling; statements are each their own event."""
    out: list[Event] = []
    for ev in events:
        same = None
        if ev.type not in W["needs_source"]:
            same = next((p for p in out if p.type == ev.type and p.negated == ev.negated
                         and _same_deed(p, ev)), None)
        if same is not None:
            _merge(same, ev)
            continue
        out.append(ev)
    return out


def _same_deed(p: Event, ev: Event) -> bool:
    """Two tellings of one deed: a shared source and no conflicting target, or one of them
    without actors, at the same place (or one without a place)."""
    if p.location and ev.location and p.location != ev.location:
        return False
    if not (p.source or p.target) or not (ev.source or ev.target):
        return True
    return bool(set(p.source) & set(ev.source)) and \
        (not ev.target or not p.target or bool(set(p.target) & set(ev.target)))


def _glued_prefix(text: str, toks: list[_Tok], g: _Group, entities_by_tok: list[tuple[int, int, Entity]]
                  ) -> str:
    ent = next((e for s, _, e in entities_by_tok if s == g.first), None)
    if ent is None:
        return ""
    t = toks[g.first]
    if ent.start <= t.start:
        return ""
    return fold(text[t.start:ent.start])


def _entity_tokens(toks: list[_Tok], starts: list[int], entities: list[Entity], text: str,
                   L: _Lex) -> list[tuple[int, int, Entity]]:
    """Entities (and anaphors resolved to the entity of their kind named most) as token ranges."""
    out: list[tuple[int, int, Entity]] = []
    covered: set[int] = set()
    outlets = L.phrases.get("outlet", ())
    for e in sorted(entities, key=lambda x: x.start):
        if e.label == "MISC":
            continue
        name = tuple(_f(e.canonical).split())
        if any(name[:len(o)] == o for o in outlets):  # «رويترز», «الوئام»: they report, never act
            continue
        s = bisect.bisect_right(starts, e.start) - 1
        if s < 0 or toks[s].end <= e.start:
            s += 1
        t = bisect.bisect_left(starts, e.end)
        if s >= t:
            continue
        out.append((s, t, e))
        covered.update(range(s, t))
    if L.anaphora:
        ordered = sorted(entities, key=lambda x: x.start)
        for i, tok in enumerate(toks):
            if not tok.word or i in covered:
                continue
            label = next((L.anaphora[r] for r in tok.reads if r in L.anaphora), None)
            if label is None or not (tok.form.startswith(("ال", "وال", "بال", "لل", "فال", "ولل"))):
                continue
            counts: dict[str, int] = {}  # the entity of that kind named most so far, latest on ties
            for e in ordered:
                if e.start >= tok.start:
                    break
                if e.label == label:
                    counts[e.canonical] = counts.get(e.canonical, 0) + 1
                    counts[e.canonical] = counts.pop(e.canonical)
            if counts:
                best = max(reversed(list(counts)), key=lambda c: counts[c])
                out.append((i, i + 1, Entity(tok.form, label, best, tok.start, tok.end)))
    out.sort(key=lambda x: x[0])
    return out


def _usable(t: TimeExpr, text: str) -> bool:
    """A resolved date or interval not introduced by «منذ» (that is when something began)."""
    if t.kind not in ("date", "interval") or not t.value:
        return False
    before = fold(text[max(0, t.start - 8):t.start]).split()
    return not (before and before[-1] in ("منذ", "ومنذ"))


def _nearest_date(ts: list[TimeExpr], pos: int, lo: int = -1, hi: int = -1) -> str | None:
    """The date nearest to `pos`, preferring the clause [lo, hi), within DATE_REACH characters."""
    near = [t for t in ts if lo < 0 or min(abs(t.start - pos), abs(t.end - pos)) <= DATE_REACH]
    if not near:
        return None
    inside = [t for t in near if lo <= t.start < hi] if lo >= 0 else []
    pool = inside or near
    return min(pool, key=lambda t: abs(t.start - pos)).value


def _opens_with(toks: list[_Tok], a: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    ws = [toks[k].form for k in range(a, min(b, a + 6)) if toks[k].word]
    return any(tuple(ws[:len(p)]) == p for p in phrases)


def _drop_topics(toks: list[_Tok], a: int, b: int, hits: list[_Hit], W: dict[str, frozenset[str]]
                 ) -> list[_Hit]:
    """Drop nominal triggers that are the topic of an earlier complement-taking trigger in the
    same clause («دعا إلى وقف القصف», «ندد بالهجوم»), and what a refusal governs («رفض أن يوقف»)."""
    keep: list[_Hit] = []
    comp = W["comp_types"]
    for h in hits:
        drop = False
        if h.trig.pos == "n":
            lo, _ = _clause_of(toks, a, b, h.first)
            before = [t for t in toks[max(a, h.first - 2):h.first] if t.word][-1:]
            setting = any(_has(t, W["setting"]) for t in before)
            if not setting and any(toks[k].word and _has(toks[k], W["topic"]) for k in range(lo, h.first)):
                continue
        for p in keep:
            if p.trig.type.upper() not in {c.upper() for c in comp}:
                continue
            lo, hi = _clause_of(toks, a, b, p.first)
            if h.trig.pos == "n" and p.first < h.first and h.first - p.last <= TOPIC_REACH and not any(
                    x.trig.pos != "n" and p.first < x.first < h.first for x in hits):
                hi = max(hi, h.first + 1)  # «دعت حزب العمال، التركي المحظور، إلى «إبعاد ساحة المعركة»»
            if lo <= h.first < hi and (h.trig.pos != "v" or (p.trig.type == "REJECT" and h.first - p.last <= 3)):
                drop = True
                break
        if not drop:
            keep.append(h)
    return keep


def _event(text: str, toks: list[_Tok], a: int, b: int, h: _Hit, hits: list[_Hit], groups: list[_Group],
           s_times: list[TimeExpr], speech: list[Quote], L: _Lex) -> Event:
    W = L.words
    trig_tok = toks[h.first]
    reading = _trigger_reading(trig_tok, h.trig)
    pre = _prefix(trig_tok, reading)
    suffixed = len(reading) < len(trig_tok.form) - len(pre)
    c_lo, c_hi = _clause_of(toks, a, b, h.first)
    nxt = min((x.first for x in hits if x.first > h.first), default=b)
    source: list[str] = []
    target: list[str] = []
    before = [g for g in groups if g.last <= h.first]
    after = [g for g in groups if g.first >= h.last]
    free = [g for g in after if g.binding is None and g.actor and (not g.is_loc or g.first < nxt)]
    verbish = h.trig.pos in ("v", "x")
    modal = _hedged(toks, a, h, pre, L)
    lookback = (verbish or suffixed or pre in _PURPOSE or modal) and not _after_relative(toks, a, h, W)
    # the subject of a clause that opens with a noun (SVO)
    subj_lo = c_lo
    for k in range(c_lo, h.first):
        if toks[k].word and toks[k].form in W["comp"]:
            subj_lo = k + 1
    subj = [g for g in before if g.first >= subj_lo and g.binding is None and g.actor] if verbish else []
    subj = [g for g in subj if not any(x.first > g.last and x.last <= h.first and x.trig.pos == "v"
                                       for x in hits)]
    window_end = min(b, h.last + AFTER_WINDOW)
    rel = _after_relative(toks, a, h, W) if verbish else False
    objs: list[_Group] = []
    if rel:  # «وحدات حماية الشعب، التي تقاتل تنظيم داعش»: the noun before the relative acts
        k = h.first - 1
        while k > a and toks[k].form not in W["relative"]:
            k -= 1
        subj = [g for g in before if g.last <= k and k - g.last <= 3 and g.actor][-1:]
        objs = [g for g in after if g.first < min(nxt, c_hi) and g.binding in (None, "target")]
    pk = [k for k in range(max(a, h.first - 2), h.first) if toks[k].word][-1:]
    pron = verbish and bool(pk) and _has(toks[pk[0]], W["comp"]) and toks[pk[0]].form.endswith(("ها", "ه", "هم"))
    if rel:
        source, target = _names(subj), _names(objs)
    elif pron and not subj:  # «فإنها دعت حزب العمال»: the pronoun is the subject, told before
        prior = [g for g in before if g.binding is None and g.actor and g.last <= pk[0]]
        source = _names(prior[-1:])
        target = _names([g for g in after if g.first < min(nxt, window_end) and g.binding in ("target", None)])
    elif subj:
        source = _names(subj)
        objs = [g for g in after if g.first < min(nxt, window_end) and g.binding in (None, "target")]
        target = _names(objs)
    else:
        if verbish:
            nw = _next_word(toks, h.last, b)
            passive = nw > h.last - 1 and (_has(toks[nw], W["quantity"]) or toks[nw].form.isdigit())
            gen = [g for g in free if g.first < min(nxt, window_end) and not passive]
            gen = gen[:1] if gen and _titles_only(toks, h.last, gen[0].first, W) else []
            gen += [g for g in free if gen and g.first > gen[0].first]
        else:
            gen = [g for g in free if g.first == _next_word(toks, h.last, b)
                   or (_has(toks[_next_word(toks, h.last, b)], W["head"])
                       and g.first == _next_word(toks, _next_word(toks, h.last, b) + 1, b))]
        if gen and not verbish and h.trig.mode in ("arrest", "kill", "abduct") and not any(
                g.binding == "target" and g.first > gen[0].first for g in after if g.first < c_hi):
            target = _names(gen[:1])  # «توقيف سليمان», «اغتيال الشيخ»: who was arrested or killed
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor]
                source = _names(prior[-1:])
        elif gen:
            src = [gen[0]]
            for g in gen[1:]:
                if _only_conj(toks, src[-1].last, g.first):
                    src.append(g)
            source = _names(src)
            if verbish:  # VSO: the object comes after the subject's title chain
                window_end = min(b, max(window_end, src[-1].last + AFTER_WINDOW))
            rest = [g for g in after if g.first < min(nxt, window_end) and g not in src
                    and g.binding in (None, "target")]
            target = _names(rest)
        else:
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor]
                if prior:
                    source = _names([prior[-1]])
            if verbish:
                target = _names([g for g in after if g.first < min(nxt, window_end)
                                 and g.binding in ("target", None)])
            else:
                target = _names([g for g in after if g.first < min(c_hi, h.last + 6) and g.binding == "target"])
    # «تلقى X اتصالا من Y»: Y made the call
    if h.trig.type == "CONSULT" and _has(trig_tok, W["receive"]):
        caller = [g for g in after if g.binding == "from" and g.actor and g.first < min(nxt, h.last + AFTER_WINDOW)]
        if caller:
            source, target = _names(caller[:1]), [*source, *target]
    # «بين X وY»: both parties
    between = _between(toks, h, groups, b, W)
    if between and not source:
        source, target = between[:1], between[1:] + target
    target = [n for n in dict.fromkeys(target) if n not in source]
    negated = _negated(toks, a, h, L) and h.trig.words[0] not in W["neg"]  # «لن يوقف» is REJECT itself
    location = _location(groups, h, c_lo, c_hi)
    date = _nearest_date(s_times, trig_tok.start, toks[c_lo].start, toks[c_hi - 1].end if c_hi > c_lo else 0)
    claimed = next((q.speaker for q in speech if q.start <= trig_tok.start < q.end), None)
    in_quote = any(q.start <= trig_tok.start < q.end for q in speech)
    first_person = reading[:1] in ("ا", "ن") or (trig_tok.form.endswith("نا") and reading != trig_tok.form)
    if in_quote and not source and claimed and first_person and verbish:
        source = [claimed]
    mode = h.trig.mode or ("hedged" if modal else None)
    words = [toks[k] for k in sorted({*range(h.first, h.last), *h.used})]
    trigger = text[words[0].start:words[-1].end] if len(words) > 1 and words[-1].start - words[0].end < 80 \
        else text[trig_tok.start:trig_tok.end]
    return Event(h.trig.type, mode, source, target, location, date, negated, trigger, 0, 0,
                 hedged=modal, claimed_by=claimed)


def _definite_noun(tok: _Tok, h: _Hit) -> bool:
    """A nominal trigger with the article: alone (no actor) it names an event told before."""
    return h.trig.pos == "n" and tok.form.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "كال"))


def _refers_back(toks: list[_Tok], a: int, h: _Hit, W: dict[str, frozenset[str]]) -> bool:
    """A nominal trigger after a demonstrative («هذا التفجير») names an event already told."""
    if h.trig.pos == "v":
        return False
    prev = [toks[k] for k in range(max(a, h.first - 2), h.first) if toks[k].word][-1:]
    return any(_has(t, W["demonstrative"]) for t in prev)


def _titles_only(toks: list[_Tok], a: int, b: int, W: dict[str, frozenset[str]]) -> bool:
    """True when the words in [a, b) are all titles (or heads) that may precede a name."""
    ws = [toks[k] for k in range(a, b) if toks[k].word]
    return len(ws) <= 6 and all(_has(t, W["title"]) or _has(t, W["head"]) for t in ws)


def _next_word(toks: list[_Tok], k: int, b: int) -> int:
    while k < b and not toks[k].word:
        k += 1
    return min(k, b - 1)


def _after_relative(toks: list[_Tok], a: int, h: _Hit, W: dict[str, frozenset[str]]) -> bool:
    """True when a relative pronoun («التي», «الذي») stands within two words before the trigger."""
    prev = [toks[k] for k in range(max(a, h.first - 3), h.first) if toks[k].word][-2:]
    return any(t.form in W["relative"] for t in prev)


def _names(gs: list[_Group]) -> list[str]:
    return list(dict.fromkeys(n for g in gs for n in g.names))


def _between(toks: list[_Tok], h: _Hit, groups: list[_Group], b: int, W: dict[str, frozenset[str]]
             ) -> list[str]:
    for k in range(h.last, min(b, h.last + 8)):
        if toks[k].word and "بين" in toks[k].reads:
            gs = [g for g in groups if g.first > k and g.first <= k + 4]
            if not gs:
                return []
            out = [gs[0]]
            for g in groups:
                if g.first >= out[-1].last and g is not out[-1] and _joined(toks, out[-1].last, g.first, W):
                    out.append(g)
            return _names([g for g in out if not g.is_loc or g.binding != "loc"])
        if toks[k].form in _CLAUSE_END:
            return []
    return []


def _negated(toks: list[_Tok], a: int, h: _Hit, L: _Lex) -> bool:
    W = L.words
    prev = [toks[k] for k in range(max(a, h.first - 3), h.first) if toks[k].word]
    if not prev:
        return False
    last = prev[-1]
    if last.form in W["neg"] or ("عدم" in last.reads):
        return True
    return len(prev) >= 2 and last.form in ("يتم", "تم", "يكن", "تكن") and prev[-2].form in W["neg"]


def _hedged(toks: list[_Tok], a: int, h: _Hit, pre: str, L: _Lex) -> bool:
    W = L.words
    tok = toks[h.first]
    reading = _trigger_reading(tok, h.trig)
    present = reading[:1] in _PRESENT and h.trig.pos == "v"
    if present and pre.endswith("س"):
        return True
    if pre in _PURPOSE:
        return True
    prev = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    near = prev[-4:]
    for t in near:
        if t.form == "قد":
            if present:
                return True
            continue
        if _has(t, W["hedge"]) and (present or h.trig.pos != "v" or _has(t, W["hedge_past"])):
            return True
    return any(t.form in ("اذا", "لو", "واذا") for t in prev)


def _location(groups: list[_Group], h: _Hit, c_lo: int, c_hi: int) -> str | None:
    places = [g for g in groups if g.binding == "loc" and g.place]
    if not places:
        return None
    in_after = [g for g in places if h.last <= g.first < c_hi]
    if in_after:
        return in_after[0].place
    near = [g for g in places if abs(g.first - h.first) <= PLACE_REACH]
    in_before = [g for g in near if c_lo <= g.first < h.first]
    if in_before:
        return in_before[-1].place
    return min(near, key=lambda g: abs(g.first - h.first)).place if near else None


def _merge(into: Event, ev: Event) -> None:
    into.source = list(dict.fromkeys([*into.source, *(n for n in ev.source if n not in into.target)]))
    into.target = [n for n in dict.fromkeys([*into.target, *ev.target]) if n not in into.source]
    into.location = into.location or ev.location
    into.date = into.date or ev.date


def _attribute(toks: list[_Tok], a: int, b: int, groups: list[_Group], evs: list[Event],
               W: dict[str, frozenset[str]]) -> None:
    """«نسبته … إلى تنظيم داعش»: an assault with no agent gets the actor it is attributed to."""
    need = [e for e in evs if e.type in ("ASSAULT", "FIGHT") and not e.source]
    if not need:
        return
    for k in range(a, b):
        if toks[k].word and _has(toks[k], W["attrib_to"]):
            for j in range(k + 1, min(b, k + 10)):
                if toks[j].word and ("الي" in toks[j].reads):
                    g = next((g for g in groups if j < g.first <= j + 3), None)
                    if g is not None:
                        for e in need:
                            e.source = list(g.names)
                            e.target = [n for n in e.target if n not in e.source]
                        return

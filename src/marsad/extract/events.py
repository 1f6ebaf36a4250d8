"""PLOVER-coded events from Arabic text: who did what to whom, where and when.

`extract_events(text, entities, times, quotes)` works sentence by sentence:
- triggers (verbs, verbal nouns, fixed phrases) come from `lang/ar/event_triggers.tsv`,
  matched on folded words with a proclitic (و ف ب ل ك ال س) taken off the front and a
  pronoun (ه ها هم نا …) off the end; a row may need a word that follows within a few words
  («فرض … عقوبات» → SANCTION, «فرض … حصارا» → COERCE) or be cancelled by one («فجر اليوم»,
  «دعا الله»); a form after the article, بـ, a preposition or لـ + past form, or with an
  accusative ـا («طالباً»), is a noun, never a verb;
- actors come from the entity layer, plus group actors it does not name («قوات التحالف»,
  «المقاومة الشعبية», «الحوثيين», «قوات الأمن», «المتظاهرون») from `lang/ar/event_actors.tsv`,
  some resolved by the story («التحالف» → العربي in a Yemen story, الدولي in an ISIS one); a
  force with a nisba stands for its country («قوات الأمن التونسية» → تونس); an organisation
  the entity layer missed is read off the words after the verb («عقد مجلس … اجتماعا»);
- adjacent mentions form one actor («نائب وزير الخارجية الروسي ميخائيل بوغدانوف» → ميخائيل
  بوغدانوف); an entity after مع/على/ضد/… or a لـ-title («لجلالة الملك») is a target, one after
  في (through place nouns) a place, one after «وفد من» its delegation's actor; a town is only
  ever a place; the subject is taken before the verb when it opens its clause (SVO), else
  after it (VSO, not an oblique plural «الحوثيين»), else the nearest free actor earlier in the
  sentence unless the verb has an unnamed subject («ودعت الحكومة المحلية»); anaphors («الحركة»,
  «معاليه») stand for the entity of their kind named most (`lang/ar/event_anaphora.tsv`);
- nominal and passive constructions: «غارات للطيران التركي», «قصف شنه الحوثيون», «من قبل X»,
  «على يد X» name the agent; a light verb's subject is its verbal noun's agent («تمكنت X من
  القبض», «نفذت X غارة»); «تم اعتقال X», «قتل 47 متمردا», «X الذي قتل في …» have no agent;
  «تعرض X لهجوم من Y» has Y as source and X as target; «اتهم X Y بقتلها»: Y did it to X;
- location: a place after في in the trigger's clause (for a statement: before the next
  trigger, never a nisba), else near it, else for a deed the sentence's one place; a following
  «جاء ذلك خلال … في X» sentence sets it; date: the sentence's resolved date (never «منذ X»);
- negation (لم لن لا عدم …) sets `negated`; «قد», «مستعدة ل», «من المتوقع», س+present set
  `hedged`; a bare purpose masdar («للتحقيق في», «للمطالبة») is what another deed is for and
  no event; an attack named after a foiling («إحباط … الهجمات») did not happen; a trigger
  inside a speech quote gets `claimed_by`.
Events of one type in one sentence are merged into one; a deed (material type) told again in a
later sentence is merged into its first telling (same agent, or same victim, or no actors);
verbal types (`needs_source` in event_words.tsv) without a source are dropped, material ones
are kept without actors (the gold pages list them so); news outlets are never actors; a line
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
_OBJ_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "ته", "تها", "وه", "وها"))
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
    actors: dict[str, list[_Actor]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital → folded country


@dataclass(frozen=True, slots=True)
class _Actor:
    """One row of `event_actors.tsv`: a group actor the entity layer does not name."""

    words: tuple[str, ...]
    canonical: str
    force: bool  # a state force: a nisba right after it names the country instead
    bare: bool  # a head that acts only with a nisba after it («الطيران التركي»)
    context: tuple[str, ...]  # folded words, one of which must occur in the text (none: always)


def _f(s: str) -> str:
    return " ".join(_TOKEN_RE.findall(fold(s)))


def _conjugate(form: str) -> list[str]:
    """Regular conjugations of a 3rd-person verb form (past or present), itself first."""
    out = [form]
    if len(form.split()) > 1:
        return out
    if form[0] == "ي":
        stem = form[1:]
        out += ["ت" + stem, "ن" + stem, "ا" + stem]  # «تطالب», «نطالب», «أطالب»
        if form[-1] not in "اوي":
            out += [form + "ون", form + "ان", "ت" + stem + "ان"]
    elif form[-1] not in "اوي":  # no dual «ـا»: «طالباً» is a student, «قاتلا» a killer (duals are listed)
        out += [form + "ت", form + "وا", form + "تا"]
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
    actors: dict[str, list[_Actor]] = {}
    for row in table("event_actors.tsv"):
        form, canon, kind, ctx = [*row, "", "", ""][:4]
        act = _Actor(tuple(_f(form).split()), canon, kind in ("force", "nisba"), kind == "nisba",
                     tuple(_f(c) for c in ctx.split(",") if c.strip()))
        actors.setdefault(act.words[0], []).append(act)
    for cands in actors.values():  # longest first; file order among equals
        cands.sort(key=lambda x: -len(x.words))
    capitals = {_f(row[0]): _f(row[1]) for row in table("gazetteer/capitals.tsv") if len(row) > 1}
    return _Lex(by_first, words, phrases, anaphora, _polities(words), actors, capitals)


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
        if b.endswith("ا") and not b.endswith("ها") and len(b) >= 5:  # accusative: «هجوما», «اعتصاما»
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
    glued: str = ""  # a proclitic glued to the group's first word («لـ», «بـ», «و»)
    nisba: bool = False  # only relational adjectives («الساحة اليمنية»): never where something happened
    oblique: bool = False  # a plural in ـين («الحوثيين», «المتظاهرين»): an object, never a VSO subject


@dataclass(slots=True)
class _Hit:
    trig: Trigger
    first: int
    last: int  # exclusive, trigger words only
    used: set[int] = field(default_factory=set)


@lru_cache(maxsize=200_000)
def _word(s: str) -> tuple[str, bool, tuple[str, ...]]:
    """Folded form, whether it is a word, and its readings, of one token's text."""
    isw = s[0].isalnum() or s[0] == "_" or "\u0600" <= s[0] <= "\u06ff"
    if not isw:
        return s, False, ()
    f = fold(s)
    return f, True, readings(f, s.endswith("ة"))


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN_RE.finditer(text):
        f, isw, reads = _word(m.group())
        toks.append(_Tok(m.start(), m.end(), f, isw, reads))
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
            head = t.form[:max(0, t.form.find(r))]
            nominal = "ال" in head or head.endswith("لل") or "ب" in head or "ك" in head or (
                head.endswith("ل") and r[:1] not in _PRESENT + "ا") or (
                t.form[len(head):] == r + "ا") or (  # «طالباً»: an accusative noun, not the verb «طالب»
                i > a and toks[i - 1].word and toks[i - 1].form in L.words["prep_any"])  # «على قتل»
            for trig in cands:
                if nominal and trig.pos == "v":  # «القصف», «بقتل»: a noun, not the verb
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
        g.nisba = all(_is_nisba(e) for _, _, e in cur)
        lead = fold(pick[0].text).split()[-1:] if pick else []
        g.oblique = bool(lead) and lead[0].endswith("ين") and not fold(pick[0].canonical).endswith("ين")
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
        gap = range(cur[-1][1], s) if cur else range(0)
        name_gap = (ent.label == "PER" and len(gap) == 1 and toks[gap[0]].word  # «الرئيس اليمني عبدربه منصور هادي»
                    and all(_is_nisba(c[2]) or c[2].role for c in cur)
                    and toks[gap[0]].form[0] not in "وب" and toks[gap[0]].form not in _PREPS)
        if cur and not name_gap and (
                ent.start > toks[s].start  # «وحماس»: a second actor
                or (cur[-1][2].label == "PER" and ent.label == "ORG")  # «طالب الرئيس هادي المليشيات الحوثية»
                or (ent.label == "LOC" and not ent.role and _f(ent.text).endswith(_f(ent.canonical))
                    and any(c[2].label in ("PER", "ORG") for c in cur))  # «اتهمت الوحدات تركيا»
                or any(not toks[k].word or not _has(toks[k], W["title"]) or toks[k].form in _PREPS
                       or (toks[k].form[0] == "و" and toks[k].form not in W["title"])  # «وتنظيم داعش»
                       for k in gap)):
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
            if not g.is_loc:  # «عقيد في الجيش», «عضو في حماس»: a modifier, not a party
                return "mod"
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
            glued = g.glued = _glued_prefix(text, toks, g, entities_by_tok=ents)
            bare = glued.lstrip("وف")
            if bare[:1] in ("ب", "ل"):  # «بجدة», «لقطاع غزة»: the preposition is glued on
                g.binding = "loc" if (g.is_loc and bare[0] == "ب") else "target"
            else:
                g.binding = _bind(toks, g, groups[i - 1] if i else None, stops, L, glued)
            if g.binding is None and _l_marked(toks, g, W):
                g.binding = "target"  # «لجلالة الملك محمد السادس», «للرئيس …»: لـ on its title
            if g.is_loc and not g.actor and g.binding in (None, "target"):
                g.binding = "loc"  # a town is where things happen, never a party («قصف مدينة تعز»)
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
            made = _event(text, toks, a, b, h, hits, groups, s_times, speech, L)
            if made is None:
                continue
            ev = made
            ev.start, ev.end = s_start, s_end
            accuser = here.get("DISAPPROVE")
            if accuser is not None and accuser.source and _accused_deed(toks, h, W):
                # «اتهمت الوحدات تركيا باستهدافها»: the accused did it, to the accuser
                if not ev.target and not set(accuser.source) & set(ev.source):
                    ev.target = list(accuser.source)
                if not accuser.target and ev.source:
                    accuser.target = [n for n in ev.source if n not in accuser.source]
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
        new = [e for e in here.values() if id(e) not in backref or e.source or e.target
               or not any(p.type == e.type for p in events)]  # «تم القبض على شخصين»: told first here
        events.extend(new)
        if new:
            prev_events = new
        elif not cont:
            prev_events = []
    return _across_sentences([e for e in events if e.source or e.type not in W["needs_source"]], L)


def _across_sentences(events: list[Event], L: _Lex) -> list[Event]:
    """The same deed told again in a later sentence (a material type) is merged into its first
    telling; statements are each their own event."""
    out: list[Event] = []
    for ev in events:
        same = None
        if ev.type not in L.words["needs_source"]:
            same = next((p for p in out if p.type == ev.type and p.negated == ev.negated
                         and _same_deed(p, ev, L.capitals)), None)
        if same is not None:
            _merge(same, ev)
            continue
        out.append(ev)
    return out


def _same_deed(p: Event, ev: Event, capitals: dict[str, str]) -> bool:
    """Two tellings of one deed: a shared source and no conflicting target, or one of them
    without actors, at the same place (or one without a place, or one place inside the other's
    name: «اللاذقية», «ريف اللاذقية»); a shared target with no conflicting source is one deed
    wherever it is placed («توقيف سليمان» … «تم اعتقال سليمان في قرية …»)."""
    def key(names: list[str]) -> set[str]:  # «أنقرة» acts for «تركيا»
        return {capitals.get(_f(n), _f(n)) for n in names}

    if p.target and ev.target and key(p.target) & key(ev.target) and (
            not p.source or not ev.source or key(p.source) & key(ev.source)):
        return True
    if p.location and ev.location and not (_f(p.location) in _f(ev.location) or _f(ev.location) in _f(p.location)):
        return False
    if not (p.source or p.target) or not (ev.source or ev.target):
        return True
    return bool(key(p.source) & key(ev.source)) and \
        (not ev.target or not p.target or bool(key(p.target) & key(ev.target)))


def _glued_prefix(text: str, toks: list[_Tok], g: _Group, entities_by_tok: list[tuple[int, int, Entity]]
                  ) -> str:
    ent = next((e for s, _, e in entities_by_tok if s == g.first), None)
    if ent is None:
        return ""
    t = toks[g.first]
    if ent.start <= t.start:
        return ""
    return fold(text[t.start:ent.start])


def _group_actors(toks: list[_Tok], text: str, ents: list[tuple[int, int, Entity]], L: _Lex
                  ) -> list[tuple[int, int, Entity]]:
    """Group actors of `event_actors.tsv` («قوات التحالف», «المقاومة الشعبية») as ORG mentions.

    A place or nisba mention inside one gives way (returned as `(0, -1, entity)` markers to drop,
    by identity); a person or organisation the entity layer found wins over it.
    """
    if not L.actors:
        return []
    at: dict[int, tuple[int, int, Entity]] = {}
    for x in ents:
        for k in range(x[0], x[1]):
            at[k] = x
    words: set[str] | None = None
    joined = ""
    out: list[tuple[int, int, Entity]] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if not tok.word:
            i += 1
            continue
        keys = [r for r in tok.reads if r in L.actors]
        if tok.form.startswith(("لل", "ولل", "فلل")):  # «للحوثيين»: لـ + الـ
            keys += ["ال" + r for r in tok.reads if "ال" + r in L.actors]
        if not keys:
            i += 1
            continue
        hit: tuple[_Actor, int, str] | None = None
        for key in keys:
            for act in L.actors[key]:
                if hit is not None and len(act.words) <= len(hit[0].words):
                    continue
                j = i + 1
                ok = True
                for w in act.words[1:]:
                    if j >= n or not toks[j].word or (w != toks[j].form and w not in toks[j].reads):
                        ok = False
                        break
                    j += 1
                if not ok:
                    continue
                if act.context:
                    if words is None:
                        words = {r for t in toks if t.word for r in t.reads}
                        joined = " " + " ".join(t.form for t in toks if t.word) + " "
                    if not any((c in words) if " " not in c else (f" {c} " in joined) for c in act.context):
                        continue
                hit = (act, j, key)
        if hit is None:
            i += 1
            continue
        act, j, key = hit
        label, canon = "ORG", act.canonical
        nisba = at.get(j) if act.force and j < n else None
        if nisba is not None and nisba[0] == j and nisba[2].label == "LOC":
            j = nisba[1]  # «قوات الأمن السعودية», «للطيران التركي»: the force of the nisba's country
            label, canon = "LOC", nisba[2].canonical
        elif act.bare:
            i += 1
            continue
        inside = {id(at[k]): at[k] for k in range(i, j) if k in at}
        if any(x[2].label in ("PER", "ORG") for x in inside.values()) or any(
                x[0] < i or x[1] > j for x in inside.values()):
            i = j
            continue
        out += [(0, -1, x[2]) for x in inside.values()]
        first = key[2:] if key not in tok.reads else key
        pos = tok.form.find(first)
        raw = text[tok.start:tok.end]
        pre = tok.form[:pos] if pos > 0 else ""
        start = tok.start + len(pre) if raw.startswith(pre) else tok.start
        out.append((i, j, Entity(text[start:toks[j - 1].end], label, canon, start, toks[j - 1].end)))
        i = j
    return out


def _entity_tokens(toks: list[_Tok], starts: list[int], entities: list[Entity], text: str,
                   L: _Lex) -> list[tuple[int, int, Entity]]:
    """Entities (and anaphors resolved to the entity of their kind named most) as token ranges."""
    out: list[tuple[int, int, Entity]] = []
    covered: set[int] = set()
    outlets = frozenset(L.phrases.get("outlet", ()))
    lens = sorted({len(o) for o in outlets})
    for e in sorted(entities, key=lambda x: x.start):
        if e.label == "MISC":
            continue
        name = tuple(_f(e.canonical).split())
        if any(name[:n] in outlets for n in lens):  # «رويترز», «الوئام»: they report, never act
            continue
        s = bisect.bisect_right(starts, e.start) - 1
        if s < 0 or toks[s].end <= e.start:
            s += 1
        t = bisect.bisect_left(starts, e.end)
        if s >= t:
            continue
        out.append((s, t, e))
        covered.update(range(s, t))
    extra = _group_actors(toks, text, out, L)
    if extra:
        gone = {id(x[2]) for x in extra if x[1] < 0}
        extra = [x for x in extra if x[1] >= 0]
        out = sorted([x for x in out if id(x[2]) not in gone] + extra, key=lambda x: x[0])
        covered.update(k for s, t, _ in extra for k in range(s, t))
    if L.anaphora:
        ordered = sorted(entities, key=lambda x: x.start)  # group actors never stand for «التنظيم»
        for i, tok in enumerate(toks):
            if not tok.word or i in covered:
                continue
            key = next((r for r in tok.reads if r in L.anaphora), None)
            if key is None or (key.startswith("ال")
                               and not tok.form.startswith(("ال", "وال", "بال", "لل", "فال", "ولل"))):
                continue
            label = L.anaphora[key]
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
    comp = {c.upper() for c in W["comp_types"]}
    foiled = [x.last for x in hits if _has(toks[x.first], W["foil"])]
    for h in hits:
        drop = False
        if h.trig.type == "ASSAULT" and any(0 <= h.first - e <= 10 for e in foiled):
            continue  # «إحباط … لعدد من الهجمات التي كانت تستهدف …»: it did not happen
        if h.trig.pos == "n":
            lo, _ = _clause_of(toks, a, b, h.first)
            before = [t for t in toks[max(a, h.first - 2):h.first] if t.word][-1:]
            setting = any(_has(t, W["setting"]) for t in before)
            if not setting and any(toks[k].word and _has(toks[k], W["topic"]) for k in range(lo, h.first)):
                continue
        for p in keep:
            if p.trig.type.upper() not in comp or (p.trig.type == "DISAPPROVE" and _accused_deed(toks, h, W)):
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
           s_times: list[TimeExpr], speech: list[Quote], L: _Lex) -> Event | None:
    """The event of hit `h`, or None for a bare purpose («للتحقيق في»: what another deed is for)."""
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
    participle = (h.trig.pos == "x" and len(h.trig.words) == 1) or (
        h.trig.pos == "n" and _has(trig_tok, W["participle"]) and h.first > a
        and toks[h.first - 1].form in _CLAUSE_END)  # «…، مطالبة «شركاءنا» بـ»: a circumstantial participle
    verbish = h.trig.pos in ("v", "x") or participle
    modal = _hedged(toks, a, h, pre, L)
    if modal and pre in _PURPOSE and h.trig.pos != "v" and not _hedged(toks, a, h, "", L):
        return None  # «تتعاون … للتحقيق في», «للمطالبة بعودة»: a purpose, not an event told
    lookback = (verbish or suffixed or pre in _PURPOSE or modal) and not _after_relative(toks, a, h, W)
    # the subject of a clause that opens with a noun (SVO)
    subj_lo = c_lo
    for k in range(c_lo, h.first):
        if toks[k].word and toks[k].form in W["comp"]:
            subj_lo = k + 1
    subj = [g for g in before if g.first >= subj_lo and g.binding is None and g.actor
            and _clause_initial(toks, subj_lo, g.first, groups, W)] if verbish else []
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
        if suffixed and objs and _titles_only(toks, h.last, objs[0].first, W):
            subj, objs = objs[:1], subj  # «الجريمة التي نفذها مستوطنون», «التي تحاصرها قوات …»
    pk = [k for k in range(max(a, h.first - 2), h.first) if toks[k].word][-1:]
    pron = verbish and bool(pk) and _has(toks[pk[0]], W["comp"]) and toks[pk[0]].form.endswith(("ها", "ه", "هم"))
    if rel and h.trig.mode == "kill" and _bare_kill(toks, h, b, W):
        target = _names(subj)  # «شقيقه شون الذي قتل في حادث سير»: he was killed
    elif rel:
        source, target = _names(subj), _names(objs)
    elif pron and not subj:  # «فإنها دعت حزب العمال»: the pronoun is the subject, told before
        prior = [g for g in before if g.binding is None and g.actor and g.last <= pk[0]]
        source = _names(prior[-1:])
        target = _names([g for g in after if g.first < min(nxt, window_end) and g.binding in ("target", None)])
    elif subj and h.trig.mode == "kill" and (_counted(toks, subj_lo, subj[0].first, W)
                                            or _bare_kill(toks, h, b, W)):
        target = _names(subj)  # «أن 488 عنصرا من قوات الأمن … قتلوا»: they were killed
    elif subj:
        source = _names(subj)
        objs = [g for g in after if g.first < min(nxt, window_end) and g.binding in (None, "target")]
        target = _names(objs)
    else:
        passive = False
        if verbish:
            nw = _next_word(toks, h.last, b)
            passive = (nw > h.last - 1 and (_has(toks[nw], W["quantity"]) or toks[nw].form.isdigit())) or (
                h.trig.mode == "kill" and _bare_kill(toks, h, b, W))
            we = reading[:1] == "ن" and ("ي" + reading[1:]) in L.by_first  # «ندين»: the speaker is the subject
            gen = [g for g in free if g.first < min(nxt, window_end) and not passive and not we]
            if gen and gen[0].oblique:  # «يقاتل الحوثيين»: the object, the subject told before
                gen = []
            gen = gen[:1] if gen and _titles_only(toks, h.last, gen[0].first, W) else []
            gen += [g for g in free if gen and g.first > gen[0].first]
        else:
            nw1 = _next_word(toks, h.last, b)
            nw2 = _next_word(toks, nw1 + 1, b)
            gen = [g for g in free if g.first == nw2 and g.is_loc and g.actor  # «الغارات الجوية الأمريكية»
                   and toks[nw1].form.startswith("ال") and _has(toks[h.first], W["agent_l"])]
            gen = gen or [g for g in free if g.first == _next_word(toks, h.last, b)
                   or (_has(toks[_next_word(toks, h.last, b)], W["head"])
                       and g.first == _next_word(toks, _next_word(toks, h.last, b) + 1, b))]
        patient = next((g for g in after if gen and gen[0].first < g.first < min(c_hi, gen[0].last + 10)
                        and _l_marked(toks, g, W)), None) if not verbish else None
        if gen and patient is not None and h.trig.mode in ("kill", "abduct", "arrest"):
            source, target = list(gen[0].names), list(patient.names)  # «قتل سليمان … للعقيد حسان الشيخ»
        elif gen and not verbish and h.trig.mode in ("arrest", "kill", "abduct") and not any(
                g.binding == "target" and g.first > gen[0].first for g in after if g.first < c_hi):
            target = _names(gen[:1])  # «توقيف سليمان», «اغتيال الشيخ»: who was arrested or killed
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor]
                source = _names(prior[-1:])
        elif gen:
            src = [gen[0]]
            for g in gen[1:]:  # «X وY»: an explicit «و» joins a second subject, adjacency does not
                if _only_conj(toks, src[-1].last, g.first) and (
                        g.glued.startswith("و") or toks[g.first].form.startswith("و")
                        or any(toks[k].form == "و" for k in range(src[-1].last, g.first))):
                    src.append(g)
            source = _names(src)
            if verbish:  # VSO: the object comes after the subject's title chain
                window_end = min(b, max(window_end, src[-1].last + AFTER_WINDOW))
            rest = [g for g in after if g.first < min(nxt, window_end) and g not in src
                    and g.binding in (None, "target")]
            target = _names(rest)
        else:
            if passive:  # «قتل 47 متمردا … في معارك»: the victims are the subject, the agent unsaid
                lookback = False
                window_end = min(window_end, c_hi, h.last + 6)
            elif verbish and _unnamed_subject(toks, a, b, h, subj_lo, groups, W):
                lookback = False  # «ودعت الحكومة المحلية …», «أن أحد رجال الأمن قتل»: told, not named
            elif not verbish and h.trig.type == "FIGHT" and any(
                    g.binding == "target" for g in after if g.first < min(c_hi, h.last + 6)):
                lookback = True  # «بعد معارك ضارية مع المتمردين»: the clause's subject fought them
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor
                         and (verbish or suffixed or g.first >= c_lo or h.trig.type == "FIGHT")]
                if participle:  # «…، مطالبين بـ»: the sentence's subject
                    opening = [k for k in range(a, h.first) if toks[k].word][:8]
                    prior = [g for g in prior if opening and g.first <= opening[-1]][:1]
                if h.trig.type == "FIGHT" and not verbish:  # «أن المقاومة أسرت الإيرانيين خلال الاشتباكات مع …»
                    lead = [g for g in prior if g.first >= subj_lo
                            and _clause_initial(toks, subj_lo, g.first, groups, W)]
                    prior = lead[:1] or prior
                if suffixed and not verbish:  # «محاسبة إسرائيل على عدوانها»: the pronoun's nearest antecedent
                    prior = [g for g in before if g.actor and g.binding in (None, "target")
                             and g.first >= c_lo] or prior
                if prior:
                    source = _names([prior[-1]])
            if verbish:
                target = _names([g for g in after if g.first < min(nxt, window_end)
                                 and g.binding in ("target", None)])
            else:
                target = _names([g for g in after if g.first < min(c_hi, h.last + 6) and g.binding == "target"])
    if not source and verbish and not subj and not rel:  # «عقد مجلس الشؤون السياسية والأمنية اجتماعا»
        source, s_end = _span_actor(text, toks, h, groups, W, b)
        inside = {n for g in groups if h.last <= g.first < s_end for n in g.names}
        target = [n for n in target if n not in source and n not in inside]
    if h.trig.pos != "v" and _passive_noun(toks, a, h, W):  # «تم اعتقال سليمان»: no agent told
        if source and not target:
            target = source
        source = []
    if not source:  # «إيقاف إطلاق النار من قبل الميليشيات», «قتل على يد مسلحين»
        by = _agent_by(toks, h, c_hi, groups, L) or _agent_verb(toks, a, h, c_hi, groups, W)
        if by:
            source, target = by, [n for n in target if n not in by]
    if not source and h.trig.pos != "v":  # «تمكنت فرقة من الهيئة من القبض على …»
        source = _light_subject(toks, a, c_lo, h, groups, W)
        target = [n for n in target if n not in source]
    # «غارات للطيران التركي», «هجوم لداعش»: لـ after a nominal attack names its agent
    if h.trig.pos == "n" and _has(trig_tok, W["agent_l"]):
        nw = _next_word(toks, h.last, b)
        near = (nw, _next_word(toks, nw + 1, b))  # «غارات جوية لطيران التحالف»
        lg = next((g for g in after if g.first in near and g.actor and g.glued.lstrip("وف")[:1] == "ل"), None)
        if lg is not None:
            source = list(lg.names)
            target = [n for n in target if n not in source]
    if h.used and _has(trig_tok, W["undergo"]):  # «تعرضت قوات الأمن لهجوم من الحوثيين»: the subject suffered it
        end = max(h.used) + 1
        by_g = [g for g in groups if end <= g.first < min(c_hi, end + 4) and g.actor]
        victims = [g for g in groups if h.last <= g.first < end and g.actor and g.binding in (None, "target")]
        target = list(dict.fromkeys([*source, *_names(victims)]))
        source = _names(by_g[:1])
        target = [n for n in target if n not in source]
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
    said = h.trig.type in W["needs_source"] and h.trig.type != "CONSULT"  # a meeting has a place
    location = _location(groups, h, c_lo, c_hi if said else b, nxt, said)
    date = _nearest_date(s_times, trig_tok.start, toks[c_lo].start, toks[c_hi - 1].end if c_hi > c_lo else 0)
    claimed = next((q.speaker for q in speech if q.start <= trig_tok.start < q.end), None)
    in_quote = any(q.start <= trig_tok.start < q.end for q in speech)
    first_person = not rel and ((reading[:1] == "ن" and ("ي" + reading[1:]) in L.by_first)
                                or (trig_tok.form.endswith("نا") and reading != trig_tok.form))
    if in_quote and not source and claimed and first_person and verbish:
        source = [claimed]
    mode = h.trig.mode or ("hedged" if modal else None)
    words = [toks[k] for k in sorted({*range(h.first, h.last), *h.used})]
    trigger = text[words[0].start:words[-1].end] if len(words) > 1 and words[-1].start - words[0].end < 80 \
        else text[trig_tok.start:trig_tok.end]
    return Event(h.trig.type, mode, source, target, location, date, negated, trigger, 0, 0,
                 hedged=modal, claimed_by=claimed)


def _clause_initial(toks: list[_Tok], lo: int, first: int, groups: list[_Group],
                    W: dict[str, frozenset[str]]) -> bool:
    """True when only fillers («و», «كما», «وكانت»), titles, places and other mentions stand
    between the clause start `lo` and a subject candidate starting at `first` (SVO)."""
    inside = {k for g in groups if g.last <= first for k in range(g.first, g.last)}
    for k in range(lo, first):
        t = toks[k]
        if not t.word or k in inside:
            continue
        if not (_has(t, W["filler"]) or _has(t, W["title"]) or _has(t, W["head"]) or _has(t, W["prep_loc"])
                or _has(t, W["place"])):
            return False
    return True


def _unnamed_subject(toks: list[_Tok], a: int, b: int, h: _Hit, subj_lo: int, groups: list[_Group],
                     W: dict[str, frozenset[str]]) -> bool:
    """True when the verb has a subject that names no entity: a noun of `unnamed` right after it
    («ودعت الحكومة المحلية»), or a noun opening its clause after a complementizer («أن أحد رجال
    الأمن قتل»), so no earlier actor may be taken as its subject."""
    starts = {g.first for g in groups}
    nw = _next_word(toks, h.last, b)
    if nw >= h.last and nw not in starts and _has(toks[nw], W["unnamed"]):
        return True
    comp = next((k for k in range(h.first - 1, max(a, h.first - 12) - 1, -1)
                 if toks[k].word and toks[k].form in W["comp"] and toks[k].form not in W["relative"]), None)
    if comp is None or toks[comp].form.endswith(("ه", "ها", "هم", "نا")):
        return False
    ws = [k for k in range(comp + 1, h.first) if toks[k].word]
    return bool(ws) and not _has(toks[ws[0]], W["filler"]) and ws[0] not in starts


def _light_subject(toks: list[_Tok], a: int, c_lo: int, h: _Hit, groups: list[_Group],
                   W: dict[str, frozenset[str]]) -> list[str]:
    """The subject of a light verb («تمكن», «قام», «أعلن») that governs a verbal noun: the first
    free actor between them (VSO), else one opening the light verb's clause (SVO)."""
    lv = next((k for k in range(h.first - 1, max(c_lo, h.first - 10) - 1, -1)
               if toks[k].word and _has(toks[k], W["light"])), None)
    if lv is None or "ال" in _prefix(toks[lv], next(r for r in toks[lv].reads if r in W["light"])):
        return []
    mid = [g for g in groups if lv < g.first and g.last <= h.first and g.binding is None and g.actor]
    if mid and _titles_only(toks, lv + 1, mid[0].first, W):
        return list(mid[0].names)
    pre = [g for g in groups if c_lo <= g.first and g.last <= lv and g.binding is None and g.actor
           and _clause_initial(toks, c_lo, g.first, groups, W)]
    if not pre:  # «كما بعث الأمير محمد بن نايف برقية … عبر فيها عن أبلغ التهاني»: the clause's VSO subject
        pre = [g for g in groups if c_lo <= g.first and g.last <= lv and g.binding is None and g.actor
               and sum(1 for k in range(c_lo, g.first) if toks[k].word and not (
                   _has(toks[k], W["filler"]) or _has(toks[k], W["title"]) or _has(toks[k], W["head"]))) == 1][:1]
    return _names(pre[-1:])


def _span_actor(text: str, toks: list[_Tok], h: _Hit, groups: list[_Group], W: dict[str, frozenset[str]],
                b: int) -> tuple[list[str], int]:
    """An organisation the entity layer missed, right after the verb and opening with an
    organisation head («مجلس», «نقابة»): its words, as written, are the actor — up to the verb's
    needed word («عقد مجلس الشؤون السياسية والأمنية اجتماعا»), else through definite words and a
    nisba («أدانت نقابة الصحفيين اليمنيين قرار …»). Also the token index after it."""
    k0 = _next_word(toks, h.last, b)
    if k0 < h.last or not _has(toks[k0], W["org_head"]) or any(g.first == k0 for g in groups):
        return [], 0
    end = min(h.used) if h.used else b
    ws = [k0]
    k = k0 + 1
    while k < end and len(ws) < 6:
        t = toks[k]
        if not t.word:
            if t.form in _CLAUSE_END or t.form in _SENT_END:
                break
            k += 1
            continue
        g = next((g for g in groups if g.first == k), None)
        if g is not None:
            if not g.is_loc:
                return [], 0
            ws.append(g.last - 1)
            k = g.last
            if not h.used:
                break
            continue
        if not h.used and not t.form.startswith(("ال", "وال")):
            break
        ws.append(k)
        k += 1
    while len(ws) > 1 and (_has(toks[ws[-1]], W["title"]) or toks[ws[-1]].form in ("غدا", "الليله")):
        ws.pop()  # «تعقد لجنة مبادرة السلام العربية غداً اجتماعاً»: a time word is no part of the name
    if (h.used and k < end) or len(ws) < 2:
        return [], 0
    return [text[toks[ws[0]].start:toks[ws[-1]].end]], ws[-1] + 1


def _bare_kill(toks: list[_Tok], h: _Hit, b: int, W: dict[str, frozenset[str]]) -> bool:
    """A killing verb with no object after it («قتل في الرياض», «قتل منذ …»): a passive."""
    k = h.last
    if k >= b:
        return True
    t = toks[k]
    if not t.word:
        return t.form in _CLAUSE_END or t.form in _SENT_END or t.form in ("(", ")", "-")
    return t.form in W["prep_any"] or _has(t, W["prep_loc"]) or t.form in W["bare_kill_next"]


def _counted(toks: list[_Tok], lo: int, first: int, W: dict[str, frozenset[str]]) -> bool:
    """True when a number or a quantity word opens the subject («488 عنصرا من …»)."""
    ws = [t for t in toks[lo:first] if t.word][:2]
    return any(t.form.isdigit() or _has(t, W["quantity"]) for t in ws)


def _passive_noun(toks: list[_Tok], a: int, h: _Hit, W: dict[str, frozenset[str]]) -> bool:
    """A verbal noun right after «تم», «يتم», «جرى»: a passive, its agent unsaid."""
    prev = [t for t in toks[max(a, h.first - 2):h.first] if t.word][-1:]
    return bool(prev) and _has(prev[0], W["passive"])


def _agent_by(toks: list[_Tok], h: _Hit, c_hi: int, groups: list[_Group], L: _Lex) -> list[str]:
    """The actor after «من قبل», «على يد» within a few words after the trigger, in its clause."""
    for k in range(h.last, min(c_hi, h.last + 8)):
        if not toks[k].word:
            continue
        for p in L.phrases["agent_by"]:
            e = _match_seq(toks, k, p, c_hi)
            if e > 0:
                g = next((g for g in groups if e <= g.first <= e + 2 and g.actor), None)
                return list(g.names) if g is not None else []
    return []


def _agent_verb(toks: list[_Tok], a: int, h: _Hit, c_hi: int, groups: list[_Group],
                W: dict[str, frozenset[str]]) -> list[str]:
    """«قصف شنه الحوثيون», «الجريمة التي نفذها مستوطنون»: a nominal deed, then a verb of doing
    with a pronoun for it, then its doer; «بعد هجوم شنته على قرية»: the doer told before."""
    if h.trig.pos == "v":
        return []
    ws = [k for k in range(h.last, c_hi) if toks[k].word][:4]
    for k in ws:
        t = toks[k]
        form = t.form[1:] if t.form[:1] in ("و", "ف") and len(t.form) > 3 else t.form
        hit = next((v for v in W["agent_verb"] if form.startswith(v) and form[len(v):] in _OBJ_PRONOUNS), None)
        if hit is None:
            if any(r in W["agent_verb"] for r in t.reads):
                return []  # a verb of doing with no pronoun for the deed: it is not about it
            continue
        g = next((g for g in groups if g.first > k and g.actor), None)
        if g is not None and _titles_only(toks, k + 1, g.first, W):
            return list(g.names)
        if hit.endswith("ت") or form[len(hit):].startswith(("ت", "و")):
            prior = [g for g in groups if a <= g.first and g.last <= h.first and g.binding is None and g.actor]
            return _names(prior[-1:])  # «سيطرت المقاومة … بعد هجوم شنته»: she did it
        return []
    return []


def _l_marked(toks: list[_Tok], g: _Group, W: dict[str, frozenset[str]]) -> bool:
    """True when «لـ» marks the group: glued to it or to a title right before it («للعقيد حسان»)."""
    if g.glued.lstrip("وف")[:1] == "ل":
        return True
    k = g.first - 1
    seen = 0
    while k >= 0 and seen < 4:  # back through the title chain («لجلالة الملك»)
        t = toks[k]
        k -= 1
        if not t.word:
            if t.form in _CLAUSE_END:
                return False
            continue
        seen += 1
        title = _has(t, W["title"]) or (t.form.startswith("لل") and "ال" + t.form[2:] in W["title"])
        if not title and not _has(t, W["honorific"]):
            return False
        if t.form.startswith("ل") and not t.form.startswith("ال"):
            return True
    return False


def _accused_deed(toks: list[_Tok], h: _Hit, W: dict[str, frozenset[str]]) -> bool:
    """A verbal noun after بـ with a pronoun («باستهدافها»): what an accusation charges."""
    tok = toks[h.first]
    if h.trig.pos != "n" or not tok.form.startswith(("ب", "وب")):
        return False
    reading = _trigger_reading(tok, h.trig)
    return tok.form.endswith(("ها", "هم", "ه", "نا")) and len(reading) < len(tok.form) - 1


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
    if h.trig.type not in W["between_types"]:
        return []
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


def _location(groups: list[_Group], h: _Hit, c_lo: int, c_hi: int, nxt: int, said: bool) -> str | None:
    """The place after «في» nearest the trigger in its clause; for a statement (`said`) only one
    before the next trigger, and none from a later clause."""
    places = [g for g in groups if g.binding == "loc" and g.place and not g.nisba]
    if not places:
        return None
    in_after = [g for g in places if h.last <= g.first < (min(c_hi, nxt) if said else c_hi)]
    if in_after:
        return in_after[0].place
    near = [g for g in places if abs(g.first - h.first) <= PLACE_REACH and (not said or g.first < c_hi)]
    in_before = [g for g in near if c_lo <= g.first < h.first]
    if in_before:
        return in_before[-1].place
    if near:
        return min(near, key=lambda g: abs(g.first - h.first)).place
    if not said and len({g.place for g in places}) == 1:  # a deed in the sentence's one place
        return places[0].place
    return None


def _merge(into: Event, ev: Event) -> None:
    if not into.source and ev.source:  # «قتل مدنيون في قصف شنه الحوثيون»: the telling with an agent wins
        into.source = list(ev.source)
        into.target = [n for n in into.target if n not in into.source]
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
    for k in range(a, b):  # «وأعلن تنظيم داعش مسؤوليته عنه»
        if toks[k].word and _has(toks[k], W["claim_what"]):
            lv = next((j for j in range(k - 1, max(a, k - 8) - 1, -1) if toks[j].word and _has(toks[j], W["claim"])),
                      None)
            g = next((g for g in groups if lv is not None and lv < g.first and g.last <= k and g.actor), None)
            if g is not None:
                for e in need:
                    e.source = list(g.names)
                    e.target = [n for n in e.target if n not in e.source]
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

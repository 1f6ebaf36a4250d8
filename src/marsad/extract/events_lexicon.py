"""Language data for event coding: the `lang/ar/event_*.tsv` tables, loaded once, and word readings.

- `event_triggers.tsv`: type, part of speech (v | n | x), forms, mode, needed words, cancelling
  words, window; a verb form is expanded to its regular 3rd-person conjugations; a BLOCK row
  (`Lexicon.blocks`) names a reading that is no event («تحقيق السلام», «حشد من»);
- `event_words.tsv`: named word classes («title», «prep_loc», «needs_source», …), as folded words
  (`Lexicon.words`) and as word sequences (`Lexicon.phrases`);
- `event_anaphora.tsv`: anaphors («الحركة», «معاليه») and the entity label they stand for;
- `event_actors.tsv`: group actors the entity layer does not name («قوات التحالف»);
- the gazetteer's countries, capitals and nisbas: the places that can act (`Lexicon.polities`).

`readings(word)` gives a folded word with a proclitic (و ف ب ل ك ال س) taken off the front and a
pronoun (ه ها هم نا …) off the end, the forms the tables are matched against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.lang import lines, table

Words = dict[str, frozenset[str]]  # a word class of event_words.tsv → its folded words

TOKEN_RE = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+|[^\\w\\s]")
_PROCLITICS = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وس", "فس", "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "هم", "هن", "ها", "نا", "كم", "ه", "ك")
# classes of `event_words.tsv` whose words head a phrase that names a party
PARTY_CLASSES = ("party_head", "unnamed", "org_head", "crew", "people", "person_nouns", "title", "bare_title",
                 "members", "doer_nouns", "men_in_ta", "name_head", "site_nouns",  # a site is what an attack hits
                 "owner_nouns",  # «أصحاب الأعمال»: owners of a trade
                 "plain_people")  # «التجار», «الكتل البرلمانية» (`events_plain_parties`)
PRESENT = "يتنا"
NEEDS_WINDOW = 12  # words searched for a trigger's needed word
FORCE = "force"  # an entity `role`: a force or body standing for its nisba's country («الشرطة الإيطالية»)
BLOCK = "BLOCK"  # the type of a row that names a non-event reading of a trigger form («تحقيق السلام»)


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
class Lexicon:
    """The event tables, loaded once (see the module docstring)."""

    by_first: dict[str, list[Trigger]]  # first folded word → triggers, in file order
    words: Words  # event_words.tsv: class → folded words
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # the same classes as word sequences
    anaphora: dict[str, str]  # folded anaphor → the entity label it stands for
    polities: frozenset[str]  # folded names of places that can act
    actors: dict[str, list[GroupActor]] = field(default_factory=dict)  # first word → actors, longest first
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital → folded country
    anaphora_heads: dict[str, str] = field(default_factory=dict)  # anaphor → word its antecedent's name holds
    blocks: dict[str, list[Trigger]] = field(default_factory=dict)  # first word → rows of readings that are no trigger
    forces: frozenset[str] = frozenset()  # canonical names of the bare state forces («الشرطة», «السلطات»)
    wronged: frozenset[str] = frozenset()  # canonical names of people who undergo attacks, never do them («المدنيين»)


def bare_words(name: str) -> set[str]:
    """The folded words of a name, each without its article («المجلس الوطني» → مجلس, وطني)."""
    return {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in norm(name).split()}


@dataclass(frozen=True, slots=True)
class GroupActor:
    """One row of `event_actors.tsv`: a group actor the entity layer does not name."""

    words: tuple[str, ...]
    canonical: str
    force: bool  # a state force: a nisba right after it names the country instead
    bare: bool  # a head that acts only with a nisba after it («الطيران التركي»)
    context: tuple[str, ...]  # folded words, one of which must occur in the text (none: always)
    unless: tuple[str, ...] = ()  # folded words none of which may occur in the text
    title: bool = False  # a title standing for its country («خادم الحرمين الشريفين»): its holder, named next, acts
    court: bool = False  # a judicial body: it acts, but after «إلى», «لـ», «أمام» it is where a case goes, no party
    party: bool = False  # a party that acts only with a country's nisba after it, named by both, never the
    # country («المعارضة الإسرائيلية»)


def norm(s: str) -> str:
    """Folded and tokenized, words joined by one space: how table entries are compared. Short strings
    (words, names) are memoised, as `fold` does."""
    return _norm_short(s) if len(s) <= _NORM_MEMO_LEN else _norm(s)


def _norm(s: str) -> str:
    return " ".join(TOKEN_RE.findall(fold(s)))


_NORM_MEMO_LEN = 64
_norm_short = lru_cache(maxsize=100_000)(_norm)


def forms(*words: str) -> frozenset[str]:
    """The folded forms of `words` (`norm`), as a set to test tokens against."""
    return frozenset(norm(w) for w in words)


# honorifics that stand for a dignitary already named («سموه», «معاليه»): no party of their own
HONORIFICS = forms("سموه", "معاليه", "سماحته", "فخامته", "سعادته", "فضيلته")


def _day_times() -> frozenset[str]:
    """Folded one-word time words of a day, from the time parser's tables: weekdays («الخميس»), days
    counted from today («اليوم», «أمس») and parts of the day («مساء», «فجرا», «ليلة»). They stand between
    a verb and its subject or object, and are never a party («قتل اليوم», «أكد مساء الثلاثاء»)."""
    out = {norm(row[0]) for row in table("weekdays.tsv")}
    out |= {norm(row[0]) for row in table("time_words.tsv")
            if len(row) > 1 and row[1] in ("relday", "part", "pod") and " " not in row[0].strip()}
    return frozenset(out | {norm("الليلة")})


DAY_TIMES = _day_times()


def _time_units() -> frozenset[str]:
    """Folded units of a span of time, from the time parser's `unit` rows («يوم», «أسبوعين», «أشهر»,
    «عقود», «ساعات», «دقائق»): a count of them is a duration, not a point in time («منذ ستة أشهر»)."""
    return frozenset(norm(row[0]) for row in table("time_words.tsv") if len(row) > 1 and row[1] == "unit")


TIME_UNITS = _time_units()


def _conjugate(form: str, defective: bool = False) -> list[str]:
    """Regular conjugations of a 3rd-person verb form (past or present), itself first.

    `defective`: the form was written with a final ى («أبدى», «استدعى»), which folding makes ي: its
    past drops it before ـت and ـوا («أبدت», «أبدوا»)."""
    out = [form]
    if len(form.split()) > 1:
        return out
    if form[0] == "ي":
        stem = form[1:]
        out += ["ت" + stem, "ن" + stem, "ا" + stem]  # «تطالب», «نطالب», «أطالب»
        if form[-1] not in "اوي":
            out += [form + "ون", form + "ان", "ت" + stem + "ان"]
        elif form[-1] == "ي":  # a defective verb keeps its ي in the dual («تجريان», «يلتقيان»), not the plural
            out += [form + "ان", "ت" + stem + "ان", form[:-1] + "ون"]  # «يلتقون»
    elif defective and len(form) >= 3:
        out += [form[:-1] + "ت", form[:-1] + "وا", form[:-1] + "تا"]
    elif form[-1] not in "اوي":  # no dual «ـا»: «طالباً» is a student, «قاتلا» a killer (duals are listed)
        out += [form + "ت", form + "وا", form + "تا"]
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event tables of `lang/ar`, loaded on first use."""
    by_first: dict[str, list[Trigger]] = {}
    blocks: dict[str, list[Trigger]] = {}
    for row in table("event_triggers.tsv"):
        cells = [*row, "", "", "", "", ""][:7]
        typ, pos, forms, mode, needs, nots, win = cells
        window = int(win) if win.strip() else NEEDS_WINDOW
        need_t = tuple(tuple(norm(n).split()) for n in needs.split(",") if n.strip())
        not_t = frozenset(norm(n) for n in nots.split(",") if n.strip())
        for raw in forms.split(","):
            if not raw.strip():
                continue
            base = norm(raw)
            variants = _conjugate(base, raw.strip().endswith("ى")) if pos == "v" else [base]
            for v in variants:
                t = Trigger(typ, pos, tuple(v.split()), mode or None, need_t, not_t, window)
                (blocks if typ == BLOCK else by_first).setdefault(t.words[0], []).append(t)
    words: Words = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for cls, forms in table("event_words.tsv"):
        if cls in words:  # a second row of a class would silently replace the first
            raise ValueError(f"event_words.tsv: word class {cls!r} is defined twice")
        folded = [norm(x) for x in forms.split(",") if x.strip()]
        words[cls] = frozenset(folded)
        phrases[cls] = tuple(tuple(x.split()) for x in folded)
    # figure_people.tsv and the row counted_more: nouns for people a number counts («50 شخصا», «ثمانية عناصر»),
    # linking words left out
    words["counted"] = (frozenset(norm(w) for w in lines("figure_people.tsv")) | words["counted_more"]) \
        - words["counted_links"]
    # the words that may head a phrase naming a party (`events_phrases.party_phrase`)
    words["party"] = frozenset(w for c in PARTY_CLASSES for w in words.get(c, frozenset()))
    anaphora = {norm(row[0]): row[1] for row in table("event_anaphora.tsv")}
    heads = {norm(row[0]): norm(row[2]) for row in table("event_anaphora.tsv") if len(row) > 2 and row[2]}
    actors: dict[str, list[GroupActor]] = {}
    for row in table("event_actors.tsv"):
        form, canon, kind, ctx, unless = [*row, "", "", "", ""][:5]
        act = GroupActor(tuple(norm(form).split()), canon, kind in ("force", "nisba", "court"), kind == "nisba",
                         tuple(norm(c) for c in ctx.split(",") if c.strip()),
                         tuple(norm(c) for c in unless.split(",") if c.strip()), kind == "title", kind == "court",
                         kind == "party")
        actors.setdefault(act.words[0], []).append(act)
    for cands in actors.values():  # longest first; file order among equals
        cands.sort(key=lambda x: -len(x.words))
    capitals = {norm(row[0]): norm(row[1]) for row in table("gazetteer/capitals.tsv") if len(row) > 1}
    forces = frozenset(a.canonical for acts in actors.values() for a in acts if a.force and not a.bare)
    wronged = frozenset(row[1] for row in table("event_actors.tsv") if len(row) > 2 and row[2] == "wronged")
    return Lexicon(by_first, words, phrases, anaphora, _polities(words), actors, capitals, heads, blocks, forces,
                   wronged)


def _polities(words: Words) -> frozenset[str]:
    """Folded names of places that can act (countries, capitals, a few regions with a government)."""
    out = set(words.get("polity", frozenset()))
    for row in table("gazetteer/countries.tsv"):
        out.add(norm(row[0]))
    for row in table("gazetteer/capitals.tsv"):
        out.update(norm(x) for x in row[:2])
    for row in table("gazetteer/nisba.tsv"):
        if len(row) > 1:
            out.add(norm(row[1]))
    states = frozenset(out)
    for row in table("gazetteer/places.tsv"):  # another spelling of a state («سورية» for «سوريا»)
        if len(row) > 1 and norm(row[1]) in states:
            out.add(norm(row[0]))
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
            if p.endswith("س") and rest[0] not in PRESENT:
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


# the particles rules look for most, folded («من», «على», «في», «مع», «عن»): one set each, for every module
FROM = forms("من")
ON = forms("على")
IN = forms("في")
WITH = forms("مع")
ABOUT = forms("عن")

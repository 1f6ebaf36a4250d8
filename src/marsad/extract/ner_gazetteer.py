"""NER gazetteers: the word lists under `lang/ar/gazetteer/`, loaded once and matched on tokens.

Every key is a tuple of folded words. A mention's first word may carry a proclitic
(و ف ب ل ك, with or without ال), which `first_word_keys` peels off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.clean.normalize import PROCLITICS, fold
from marsad.lang import lines, table

GAZ = "gazetteer/"
MAX_LEN = 6  # longest gazetteer entry, in words
# Name lists that are CRF features only (their own kind; no rule tags them): file → kind.
FEATURE_LISTS: tuple[tuple[str, str], ...] = (
    ("clubs.tsv", "club"), ("companies.tsv", "company"), ("banks.tsv", "bank"),
    ("media.tsv", "media"), ("bodies.tsv", "body"),
)
# Name lists that only the list rule uses (not CRF features; indexed apart, so that they never
# change the feature lists' matches): file → kind. As a feature the people list lowered dev F1
# (0.776 vs 0.781 as a rule only): ANERcorp train holds too few listed people to weigh it.
RULE_LISTS: tuple[tuple[str, str], ...] = (("people.tsv", "person"), ("misc.tsv", "misc"))


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer name: its kind, label, canonical form, and whether it is ambiguous."""

    # country | capital | city | place | org | nisba; lists: club | company | bank | media | body;
    # rule-only lists: person | misc
    kind: str
    label: str  # LOC | ORG | MISC | PER
    canonical: str
    weak: bool = False


def key(s: str) -> tuple[str, ...]:
    """The folded word tuple of a name (hyphens and punctuation split words)."""
    return tuple(fold(s).replace("-", " ").replace(".", " ").split())


@dataclass(slots=True, eq=False)
class Gazetteers:
    """All lists, keyed by folded word tuples."""

    names: dict[tuple[str, ...], GazEntry]
    nisba: dict[str, str]  # folded nisba form → canonical country
    titles: set[tuple[str, ...]]
    first_names: set[str]
    stop: set[tuple[str, ...]]
    country_names: set[str]  # folded canonical names of countries
    prefixes: set[tuple[str, ...]]  # every proper prefix of a name key (to stop matching early)
    title_heads: set[str]  # first words of title cues
    role_places: set[str]  # folded countries a role may resolve to (CLDR names and nisba targets)
    # feature-only names (clubs, companies, banks, media, bodies), matched apart from `names`
    extra: dict[tuple[str, ...], GazEntry] = field(default_factory=dict)
    extra_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    # rule-only names (people, MISC), matched apart from both
    rule_extra: dict[tuple[str, ...], GazEntry] = field(default_factory=dict)
    rule_extra_prefixes: set[tuple[str, ...]] = field(default_factory=set)


def _nisba_forms(stem: str) -> list[str]:
    s = fold(stem)
    # an irregular plural (روس, اتراك) is given as is
    base = [s, s + "ه", s + "ون", s + "ين", s[:-1] + "يون", s[:-1] + "يين"] if s.endswith("ي") else [s]
    return base + ["ال" + b for b in base]


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    """Load and index every list (cached)."""
    names: dict[tuple[str, ...], GazEntry] = {}
    country_names: set[str] = set()
    stop = {key(w) for w in lines(GAZ + "stoplist.txt")}

    def add(form: str, entry: GazEntry, *, override: bool = False) -> None:
        k = key(form)
        if not k or len(k) > MAX_LEN or (k in stop and entry.kind == "city"):
            return
        if override or k not in names:
            names[k] = entry

    for row in table(GAZ + "cities.tsv"):
        shown = row[3] if len(row) > 3 else row[0]
        if len(fold(row[0])) >= 3 and not _bare_of_article(row[0], shown):
            add(row[0], GazEntry("city", "LOC", shown))
    for row in table(GAZ + "capitals.tsv"):
        add(row[0], GazEntry("capital", "LOC", row[2] if len(row) > 2 else row[0]), override=True)
    for row in table(GAZ + "countries.tsv"):
        add(row[0], GazEntry("country", "LOC", row[0]), override=True)
        country_names.add(fold(row[0]))
    for row in table(GAZ + "places.tsv"):
        add(row[0], GazEntry("place", "LOC", row[1]), override=True)
    for row in table(GAZ + "orgs.tsv"):
        label = row[2] if len(row) > 2 and row[2] else "ORG"
        weak = len(row) > 3 and row[3] == "weak"
        add(row[0], GazEntry("org", label, row[1], weak), override=True)
    nisba: dict[str, str] = {}
    for row in table(GAZ + "nisba.tsv"):
        for form in _nisba_forms(row[0]):
            nisba.setdefault(form, row[1])
    titles = {key(w) for w in lines(GAZ + "titles.txt")}
    first = {fold(w) for w in lines(GAZ + "first_names.txt") if len(key(w)) == 1}
    heads = {t[0] for t in titles}
    places = country_names | {fold(c) for c in nisba.values()}
    extra = _name_lists(FEATURE_LISTS)
    rule_extra = _name_lists(RULE_LISTS)
    for k, e in extra.items():  # a GeoNames town named like a strong club or brand (تويوتا, آيندهوفن) goes
        c = names.get(k)
        if c is not None and c.kind == "city" and not e.weak:
            del names[k]
    extra_prefixes = {k[:n] for k in extra for n in range(1, len(k))}
    prefixes = {k[:n] for k in names for n in range(1, len(k))}
    return Gazetteers(names, nisba, titles, first, stop, country_names, prefixes, heads, places,
                      extra, extra_prefixes, rule_extra, {k[:n] for k in rule_extra for n in range(1, len(k))})


def _name_lists(files: tuple[tuple[str, str], ...]) -> dict[tuple[str, ...], GazEntry]:
    """Index name lists (orgs.tsv format; the label defaults to ORG): key → entry, first file first."""
    out: dict[tuple[str, ...], GazEntry] = {}
    for fname, kind in files:
        for row in table(GAZ + fname):
            k = key(row[0])
            if k and len(k) <= MAX_LEN and k not in out:
                label = row[2] if len(row) > 2 and row[2] else "ORG"
                out[k] = GazEntry(kind, label, row[1] if len(row) > 1 else row[0], len(row) > 3 and row[3] == "weak")
    return out


def title_readings(fw: str, gaz: Gazetteers | None = None) -> tuple[str, ...]:
    """The readings of a folded word (proclitic off or not) that begin a title cue."""
    g = gaz or load()
    return _title_readings(fw, g)


@lru_cache(maxsize=100_000)
def _bare_of_article(form: str, shown: str) -> bool:
    """A city written with the article («الحديدة», «الخبر», «الثورة») is not named by its bare form: «بحديدة»
    is with a piece of iron, «خبر» news, «ثورة» a revolution."""
    return fold(shown).startswith("ال") and not fold(form).startswith("ال") and fold(shown)[2:] == fold(form)


def _title_readings(fw: str, g: Gazetteers) -> tuple[str, ...]:
    return tuple(f for f, _ in first_word_keys(fw) if f in g.title_heads)


@lru_cache(maxsize=100_000)
def first_word_keys(fw: str) -> tuple[tuple[str, int], ...]:
    """Ways to read a folded first word: (key form, letters of proclitic taken off).

    بالقاهره → (بالقاهره, 0), (القاهره, 1); لحماس → (لحماس, 0), (حماس, 1). The article stays
    on the word (المالي is not مالي).
    """
    out = [(fw, 0)]
    for p in PROCLITICS:
        if fw.startswith(p) and len(fw) - len(p) >= 2:
            rest = fw[len(p):]
            if p.endswith("ال"):  # والقاهره → القاهره, never قاهره
                out.append(("ال" + rest, len(p) - 2))
            elif p.endswith("لل"):
                out.append(("ال" + rest, len(p) - 1))
            else:
                out.append((rest, len(p)))
    seen: dict[str, int] = {}
    for form, n in out:
        seen.setdefault(form, n)
    return tuple(seen.items())


def match(folded: list[str], gaz: Gazetteers | None = None) -> list[tuple[int, int, int, GazEntry]]:
    """Longest gazetteer matches over folded tokens: (start, end, proclitic letters, entry)."""
    return list(_match(tuple(folded), gaz or load()))


def match_extra(folded: list[str], gaz: Gazetteers | None = None) -> list[tuple[int, int, int, GazEntry]]:
    """Longest matches of the feature-only lists (clubs, companies, banks, media, bodies)."""
    g = gaz or load()
    return list(_longest(tuple(folded), g.extra, g.extra_prefixes))


def match_rule_lists(folded: list[str], gaz: Gazetteers | None = None) -> list[tuple[int, int, int, GazEntry]]:
    """Longest matches of the rule-only lists (people, MISC)."""
    g = gaz or load()
    return list(_longest(tuple(folded), g.rule_extra, g.rule_extra_prefixes))


@lru_cache(maxsize=4096)
def _match(folded: tuple[str, ...], g: Gazetteers) -> tuple[tuple[int, int, int, GazEntry], ...]:
    return _longest(folded, g.names, g.prefixes)


def _longest(folded: tuple[str, ...], names: dict[tuple[str, ...], GazEntry],
             prefixes: set[tuple[str, ...]]) -> tuple[tuple[int, int, int, GazEntry], ...]:
    out = []
    i, n = 0, len(folded)
    while i < n:
        best: tuple[int, int, GazEntry] | None = None
        for first, plen in first_word_keys(folded[i]):
            k: tuple[str, ...] = (first,)
            j = i + 1
            while True:
                e = names.get(k)
                if e is not None and (best is None or j > best[0]):
                    best = (j, plen, e)
                if j >= n or k not in prefixes:
                    break
                k = (*k, folded[j])
                j += 1
        if best:
            out.append((i, best[0], best[1], best[2]))
            i = best[0]
        else:
            i += 1
    return tuple(out)


def is_stop(folded_word: str, gaz: Gazetteers | None = None) -> bool:
    """True when a word (or it without its proclitic) is on the stoplist."""
    g = gaz or load()
    return any((f,) in g.stop for f, _ in first_word_keys(folded_word))


def nisba_country(folded_word: str, gaz: Gazetteers | None = None) -> tuple[str, int] | None:
    """The country a nisba word refers to and the proclitic letters before it, or None."""
    return _nisba_country(folded_word, gaz or load())


# number endings of a nisba the lists do not spell: the dual («جنديان إسرائيليان», «مروحيتين أمريكيتين»;
# «جنديين إسرائيليين» is the plural's spelling). Not the indefinite accusative («جنديا مصريا»): read as a
# party it is as often the one who underwent a passive («أن جنديا أميركيا قتل») as the doer
_INFLECTIONS = ("تان", "تين", "ان")


def inflected_nisba_country(folded_word: str, gaz: Gazetteers | None = None) -> tuple[str, int] | None:
    """`nisba_country`, also through a dual ending the lists leave out (ـيان, ـيتان, ـيتين):
    «إسرائيليان» → إسرائيل, «أمريكيتين» → الولايات المتحدة. Not a tagger feature: only rule layers read it."""
    g = gaz or load()
    hit = _nisba_country(folded_word, g)
    if hit is not None:
        return hit
    for end in _INFLECTIONS:
        stem = folded_word[:-len(end)]
        if folded_word.endswith(end) and stem.endswith("ي") and len(stem) >= 4:
            return _nisba_country(stem, g)
    return None


@lru_cache(maxsize=100_000)
def _nisba_country(folded_word: str, g: Gazetteers) -> tuple[str, int] | None:
    for f, n in first_word_keys(folded_word):
        c = g.nisba.get(f)
        if c:
            return c, n
    return None

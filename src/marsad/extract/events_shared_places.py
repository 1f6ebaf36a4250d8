"""The country of an event's place when the name is one two countries share (`lang/ar/shared_places.tsv`:
«الجوف» the Saudi region or the Yemeni province, «الشرقية», «رفح», «البنجاب»), and of a place told with
a clitic the plain lookup misses («بمستشفى الملك فهد بالهفوف»).

A shared name's country is, in order:
- the one its qualifier names where the article writes it with one («محافظة الجوف» → اليمن, «منطقة
  الجوف» → السعودية), at the telling nearest the event, else at every qualified telling if they agree;
- for a name with more than one candidate, the candidate the article's other places, countries,
  nisbas and parties point to most («سكاكا», «السعودية» → السعودية; «صنعاء», «الحوثي» → اليمن);
- none when neither settles it (never the gazetteer's one reading: «الجوف» is also a Libyan town).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_country import MANY, _index, place_country
from marsad.lang import table
from marsad.model import Event

SHARED_PLACES = "shared_places.tsv"
HEADS = frozenset(fold(w) for w in ("مدينة", "بلدة", "معبر", "مخيم"))  # words a place is told after
CLITICS = ("وب", "ول", "وف", "و", "ب", "ل", "ف")  # proclitics a place or qualifier may carry
PLACE_WEIGHT = 2  # a place of a candidate country counts more than the country's name or nisba
MIN_SCORE = 2  # the least support that settles a shared name by the article's context
KINGDOM = fold("المملكة")  # «المملكة» alone: Saudi Arabia in the Saudi press
SAUDI = "السعودية"
_WORD = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1)
def shared_places() -> dict[str, dict[str, tuple[str, ...]]]:
    """Folded shared name → {candidate country: folded qualifiers that settle it}."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in table(SHARED_PLACES):
        if len(row) > 1:
            quals = tuple(fold(q) for q in row[2].split(",") if q.strip()) if len(row) > 2 else ()
            out.setdefault(fold(row[0]), {})[row[1]] = quals
    return out


def _bare(word: str) -> str:
    """A folded word without the proclitic before its article («بالشرقيه» → «الشرقيه»)."""
    for c in CLITICS:
        if word.startswith(c + "ال"):
            return word[len(c):]
        if word.startswith(c + "ل") and c.endswith("ل"):  # «للشرقيه»: ل + الشرقيه
            return "ا" + word[len(c):]
    return word


def _qualifies(before: str, quals: tuple[str, ...]) -> bool:
    """Whether the word before a telling is one of a candidate's qualifiers, bare or with a clitic
    («بمحافظه», «المنطقه»)."""
    return before in quals or any(before == c + q for c in CLITICS for q in quals)


def shared_name(place: str) -> str | None:
    """The shared name a place is, with or without a qualifier or a head word («محافظة الجوف», «معبر
    رفح»); None for a place that only holds one («حلب الشرقية»)."""
    table_ = shared_places()
    words = fold(place).split()
    if words:
        words[0] = _bare(words[0])
    for i in range(len(words)):
        rest = " ".join(words[i:])
        if rest in table_ and all(w in HEADS or any(_qualifies(w, q) for q in table_[rest].values())
                                  for w in words[:i]):
            return rest
    return None


def _tellings(folded_words: list[str], name: str) -> list[tuple[int, str, str]]:
    """Each telling of a shared name in the article's words: its word index, the folded word before
    it (its qualifier, if any) and the one after it («كردستان إيران», «البنجاب الهندية»)."""
    parts = name.split()
    n = len(parts)
    out = []
    for i in range(len(folded_words) - n + 1):
        first = folded_words[i]
        if (first == parts[0] or _bare(first) == parts[0]) and folded_words[i + 1:i + n] == parts[1:]:
            out.append((i, folded_words[i - 1] if i else "",
                        folded_words[i + n] if i + n < len(folded_words) else ""))
    return out


def _named_after(after: str, country: str) -> bool:
    """Whether the word after a telling names the country, or is its nisba («كردستان العراق»)."""
    nis = gz.nisba_country(after)
    return bool(after) and (after == fold(country) or (nis is not None and nis[0] == country))


def _by_qualifier(words: list[str], name: str, at: int) -> str | None:
    """The country a qualifier (or a country named just after) settles: that of the telling nearest
    word `at` when it has one, else the one all qualified tellings agree on."""
    cands = shared_places()[name]
    told = [(abs(i - at), next((c for c, q in cands.items() if _qualifies(before, q) or _named_after(after, c)),
                               None))
            for i, before, after in _tellings(words, name)]
    if not told:
        return None
    nearest = min(told, key=lambda t: t[0])[1]
    if nearest is not None:
        return nearest
    settled = {c for _, c in told if c is not None}
    return settled.pop() if len(settled) == 1 else None


def _support(words: list[str], cands: set[str]) -> Counter[str]:
    """How strongly the article's words point to each candidate country: its places (not shared
    ones), its name, its nisbas, its well-known parties («الحوثي»), «المملكة» alone for Saudi Arabia."""
    places, actors = _index()
    shared = shared_places()
    score: Counter[str] = Counter()
    i = 0
    while i < len(words):
        step = 1
        for n in (3, 2, 1):
            grams = [" ".join(words[i:i + n]), " ".join([_bare(words[i]), *words[i + 1:i + n]])]
            key = next((g for g in grams if g in places and g not in shared), None)
            if key is not None:
                c = places[key]
                if c in cands:
                    score[c] += 1 if key == fold(c) else PLACE_WEIGHT
                step = n
                break
        else:
            w = words[i]
            nis = gz.nisba_country(w) or gz.nisba_country(_bare(w))
            actor = actors.get(w) or actors.get(_bare(w))
            if nis is not None and nis[0] in cands:
                score[nis[0]] += 1
            elif actor is not None and actor != MANY and actor in cands:
                score[actor] += 1
            elif _bare(w) == KINGDOM and SAUDI in cands and (
                    i + 1 >= len(words) or gz.nisba_country(words[i + 1]) is None):
                score[SAUDI] += 1
        i += step
    return score


def _by_context(words: list[str], name: str) -> str | None:
    """The candidate the article points to clearly most, for a name with two or more."""
    cands = set(shared_places()[name])
    if len(cands) < 2:
        return None
    ranked = _support(words, cands).most_common(2)
    if not ranked or ranked[0][1] < MIN_SCORE or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def _word_at(text: str, offset: int) -> int:
    """The index of the article word at or just after a character offset."""
    return len(_WORD.findall(fold(text[:offset])))


def shared_place_country(place: str, text: str, offset: int) -> tuple[bool, str | None]:
    """(whether the place is a shared name, its country by qualifier or context) for an event told
    at character `offset` of the article."""
    name = shared_name(place)
    if name is None:
        return False, None
    words = _WORD.findall(fold(text))
    at = _word_at(text, offset)
    return True, _by_qualifier(words, name, at) or _by_context(words, name)


def clitic_place_country(place: str) -> str | None:
    """The country of a place whose words carry a clitic the plain lookup misses («بالهفوف»)."""
    words = [_bare(w) for w in fold(place).split()]
    return place_country(" ".join(words)) if words != fold(place).split() else None


def settle_shared_places(events: list[Event], text: str) -> None:
    """Give each event at a shared name the country the article settles (or none), and each event
    at a place with a clitic its country."""
    for ev in events:
        if not ev.location:
            continue
        shared, country = shared_place_country(ev.location, text, ev.start)
        if shared:
            ev.location_country = country
        elif ev.location_country is None:
            ev.location_country = clitic_place_country(ev.location)

"""The country of each event's actors and of its place (GDELT's actor and action country codes,
as the Arabic country names the entity layer uses).

An actor's country is, in order:
- the actor itself when it is a country, or the country of a capital or city it is named by
  («واشنطن» → الولايات المتحدة);
- none for a party of many countries (`-` in `lang/ar/actor_countries.tsv`: «داعش», «الأمم
  المتحدة»), whatever a title says («الفرع الليبي لتنظيم داعش»);
- the country its title gives it anywhere in the article («نائب وزير الخارجية الروسي ميخائيل
  بوغدانوف» → روسيا; «محافظ الرياض» → السعودية), the most often given when titles differ;
- the country of a well-known party or leader (`lang/ar/actor_countries.tsv`: حماس → فلسطين,
  الحوثي → اليمن);
- for a body or people no entity names, the country of a nisba in its words («18 شرطيا مصريا»,
  «نقابة الصحفيين اليمنيين»).
An event's place has the country that is it, holds its capital or holds its city («عدن» → اليمن).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.lang import table
from marsad.model import Event

ACTOR_COUNTRIES = "actor_countries.tsv"
PLACE_COUNTRIES = "place_countries.tsv"
MANY = "-"  # the table's mark of a party of many countries



@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """Folded place name → canonical country (countries, capitals, cities, the curated regions), and
    folded actor form → canonical country (the curated table)."""
    g = gz.load()

    def canonical(name: str) -> str:
        entry = g.names.get(gz.key(name))
        return entry.canonical if entry is not None else name

    by_iso = {row[1]: canonical(row[0]) for row in table("gazetteer/countries.tsv") if len(row) > 1}
    places: dict[str, str] = {}
    for row in table("gazetteer/cities.tsv"):  # name, ISO code, population, display form
        if len(row) > 1 and row[1] in by_iso:
            places[fold(row[0])] = by_iso[row[1]]
    for row in table("gazetteer/capitals.tsv"):  # capital, country, display form («الخرطوم»)
        if len(row) > 1:
            places[fold(row[0])] = canonical(row[1])
            if len(row) > 2 and row[2]:
                places.setdefault(fold(row[2]), canonical(row[1]))
    for row in table(PLACE_COUNTRIES):  # regions, provinces and towns the gazetteers leave without one
        if len(row) > 1:
            places.setdefault(fold(row[0]), canonical(row[1]))
    for row in table("gazetteer/countries.tsv"):
        places[fold(row[0])] = canonical(row[0])
    for country in by_iso.values():  # a nisba may name a region too («غزي» → غزة): only countries count
        places[fold(country)] = country
    actors = {fold(row[0]): row[1] for row in table(ACTOR_COUNTRIES) if len(row) > 1}
    return places, actors


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Folded names of the regions and provinces `PLACE_COUNTRIES` places, less the towns GeoNames lists
    (the table holds some towns too: «أبها»)."""
    towns = {fold(row[0]) for row in table("gazetteer/cities.tsv") if row}
    return frozenset(f for row in table(PLACE_COUNTRIES) if row and (f := fold(row[0])) not in towns)


def is_region(place: str | None) -> bool:
    """True when a place is a region or province (`_regions`: «عسير», «ديالى»), not a town or a country."""
    return fold(place or "") in _regions()


def place_country(place: str | None) -> str | None:
    """The country a place name is, or holds as its capital or city; None when unknown. A place
    told with more words («مدينة عدن», «مخيم درعا») is read by its words from the last."""
    if not place:
        return None
    places, _ = _index()
    whole = fold(place)
    if whole in places:
        return places[whole]
    words = whole.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n, -1, -1):
            c = places.get(" ".join(words[i:i + n]))
            if c is not None:
                return c
    return None


@lru_cache(maxsize=1)
def _country_or_town() -> frozenset[str]:
    """Folded names that are a country and also a capital or town of another one («عمان»: Oman, and
    Amman in Jordan; not «تونس», the capital of its own country)."""
    g = gz.load()

    def country(name: str) -> str:
        entry = g.names.get(gz.key(name))
        return fold(entry.canonical if entry is not None else name)

    countries = {fold(row[0]): country(row[0]) for row in table("gazetteer/countries.tsv") if row}
    by_iso = {row[1]: country(row[0]) for row in table("gazetteer/countries.tsv") if len(row) > 1}
    towns = [(fold(row[0]), by_iso.get(row[1], "")) for row in table("gazetteer/cities.tsv") if len(row) > 1]
    towns += [(fold(row[0]), country(row[1])) for row in table("gazetteer/capitals.tsv") if len(row) > 1]
    return frozenset(name for name, of in towns if name in countries and of and of != countries[name])


def ambiguous_place(place: str | None) -> bool:
    """True when a place ends in a name that may be a country or another country's town («عمان»,
    «العاصمة الأردنية عمان»): `place_country` cannot tell which it is."""
    words = fold(place or "").split()
    return bool(words) and words[-1] in _country_or_town()


def _listed(name: str) -> str | None:
    """The curated country of a party or leader: its form, or a form that stands in it as whole
    words («بنيامين نتنياهو» holds «نتنياهو»)."""
    _, actors = _index()
    words = fold(name).split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            c = actors.get(" ".join(words[i:i + n]))
            if c is not None:
                return c
    return None


def actor_country(name: str, titled: dict[str, Counter[str]]) -> str | None:
    """The country of one actor (see the module docstring); `titled`: for each actor named with a
    title that gives a country, how often each country was given."""
    places, _ = _index()
    own = places.get(fold(name))
    if own is not None:
        return own
    listed = _listed(name)
    if listed == MANY:
        return None
    told = titled.get(name)
    if told:
        return told.most_common(1)[0][0]
    if listed is None:  # a body or people no entity names, told by a nisba («18 شرطيا مصريا», «الصحفيين المصريين»)
        return next((n[0] for w in fold(name).split()[1:] if (n := nisba_of(w)) is not None), None)
    return listed


def unglued_nisba(word: str) -> str | None:
    """The country of a nisba word (folded) written with no proclitic before it («الروسية» → روسيا), else None."""
    hit = gz.nisba_country(word)
    return hit[0] if hit is not None and hit[1] == 0 else None


def nisba_of(word: str) -> tuple[str, int] | None:
    """The country of a nisba word (folded), in the dual (`inflected_nisba_country`: «تركيان», «إسرائيليتين»), the
    indefinite accusative, the masculine plural in ـين or the feminine plural too («مصريا», «إسرائيليين»,
    «إسرائيليات»)."""
    hit = gz.inflected_nisba_country(word)
    if hit is not None:
        return hit
    for end in ("يا", "يين", "يات"):
        stem = word[:1 - len(end)]  # the masculine singular, «…ي»
        if word.endswith(end) and len(stem) >= 4:
            return gz.nisba_country(stem)
    return None


def note_titles(names: list[str], place: str | None, titled: dict[str, Counter[str]]) -> None:
    """Count the country a title gives the actors named in one group of mentions («وزير الخارجية
    الروسي ميخائيل بوغدانوف»: `place` الروسي → روسيا)."""
    country = place_country(place)
    if country is None:
        return
    for n in names:
        if fold(n) != fold(country):
            titled.setdefault(n, Counter())[country] += 1


def add_countries(events: list[Event], titled: dict[str, Counter[str]]) -> None:
    """Fill each event's `countries` (actor → country, for the actors with one) and its
    `location_country`."""
    for ev in events:
        ev.countries = {n: c for n in dict.fromkeys([*ev.source, *ev.target])
                        if (c := actor_country(n, titled)) is not None}
        ev.location_country = place_country(ev.location)

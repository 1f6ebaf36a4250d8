"""Actors named by a cut person name take the fullest name the article gives for that person.

The entity layer sometimes cuts a person's name in one sentence and writes it whole in another
(«السيستاني» beside «علي السيستاني», «العكيك» beside «أحمد العكيك»); the contract wants the fullest name
the page gives. `full_names` gives an event's person name the one longer person name of the article that
holds it as its first or last words: a person entity's name, or the name the article writes around one of
its occurrences (the first name written before it anywhere in the text, not only in the event's span). Nothing
changes where:

- the article gives two longer names that hold it and neither holds the other (a father and his son:
  «سلمان بن عبدالعزيز» and «عبدالله بن عبدالعزيز» for «عبدالعزيز»);
- it is held after «بن»/«ابن»/«بنت» (the father's name of another person), or it opens with a first name
  and the longer name writes another first name before it (the son of «يوسف عبدالعزيز» is «محمد يوسف
  عبدالعزيز»); a longer name ending in «بن» is cut; the article writes it after «بن»/«آل» («سعود» of «آل
  سعود»);
- the name is a body's or a place's in the article («الحوثي» of the movement), or the longer name adds a
  word that is no name word («محمد علان الصحي») or holds another party of the event.
"""

from __future__ import annotations

import re

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_name_completion import name_word, person_head, whole_word_at
from marsad.model import Entity, Event

__all__ = ["full_names", "longer_name"]

_FATHER_LINKS = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))
_LINKS = _FATHER_LINKS | frozenset(fold(w) for w in ("آل", "أبو", "ابو", "عبد"))
_PHRASE_NAMES = frozenset(fold(w) for w in ("باسم", "صباح", "مساء"))  # words before a name, no first name
_REACH = 60  # characters of text read on each side of an occurrence
_LINK_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:بن|ابن|بنت|آل) $")


def _held_at_edge(name: str, longer: str) -> bool:
    """True when `name` is the first or the last words of the strictly longer `longer`, not after a
    father's link («عبدالعزيز» of «سلمان بن عبدالعزيز»)."""
    nw, lw = name.split(), longer.split()
    n = len(nw)
    if n >= len(lw) or fold(lw[-1]) in _LINKS:
        return False
    if lw[:n] == nw:
        return True
    return lw[-n:] == nw and fold(lw[-n - 1]) not in _FATHER_LINKS


def _opens_with_first_name(name: str) -> bool:
    """True when `name` opens with a listed first name: a person's own name («يوسف عبدالعزيز»), which a
    longer name ending in it makes his son's («محمد يوسف عبدالعزيز»)."""
    return fold(name.split()[0]) in gz.load().first_names


def _added_are_names(name: str, longer: str) -> bool:
    """True when every word `longer` adds to `name` is a name word or a name's link («بن», «آل»)."""
    added = longer.split()
    n = len(name.split())
    rest = added[n:] if added[:n] == name.split() else added[:-n]
    return all(name_word(w) or fold(w) in _LINKS for w in rest)


def _occurrences(name: str, text: str) -> list[tuple[int, int]]:
    """The (start, end) of each whole-word occurrence of `name` in `text`, left to right and not
    overlapping."""
    out: list[tuple[int, int]] = []
    found = whole_word_at(name, text) if name else None
    while found is not None:
        out.append(found)
        found = whole_word_at(name, text, found[1])
    return out


def _first_name_before(name: str, before: str, text: str) -> str:
    """`name` with the listed first name written right before it («علي» + «السيستاني»), else `name`; «علي»
    only where the article writes the preposition «على» elsewhere, never a phrase word («باسم»)."""
    m = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]+) $", before)
    if m is None:
        return name
    word = m.group(1)
    f = fold(word)
    if f not in gz.load().first_names or word.endswith("ى") or f in _PHRASE_NAMES or fold(name) == f:
        return name
    if word == "علي" and "على" not in text:
        return name
    return f"{word} {name}"


def _written_around(name: str, text: str, person: bool) -> set[str]:
    """The names the article writes around each whole-word occurrence of `name`: with the first name
    written before it (`person_head`); a `person` (a person entity of the article) takes any listed first
    name before it, not only before a name word. The words after it are the entity layer's to read (a
    name's tail over «رحمه» was cleaned before)."""
    out: set[str] = set()
    for start, end in _occurrences(name, text):
        a, b = max(0, start - _REACH), end + _REACH
        window = text[a:start] + name + text[end:b]
        window = window[window.rfind(".", 0, start - a) + 1:]
        longer = person_head(name, window, text)
        if longer == name and person:
            longer = _first_name_before(name, text[a:start], text)
        out.add(longer)
    return out


def _after_link(name: str, text: str) -> bool:
    """True when the article writes `name` after «بن»/«آل» somewhere («سعود» of «آل سعود»): a father's or
    a family's name there."""
    return any(_LINK_BEFORE.search(text[max(0, start - 6):start]) for start, _ in _occurrences(name, text))


def longer_name(name: str, text: str, entities: list[Entity]) -> str:
    """The one longer person name of the article holding `name` at its edge (see the module doc); "" when
    there is none or more than one."""
    person = any(e.label == "PER" and name in (e.text, e.canonical) for e in entities)
    linked = any(e.label == "PER" and e.text == name and e.canonical != name for e in entities)
    if any(e.label != "PER" and name in (e.text, e.canonical) for e in entities) and not linked:
        return ""
    if _after_link(name, text):
        return ""
    found = {n for e in entities if e.label == "PER" for n in (e.text, e.canonical)}
    found |= _written_around(name, text, person)
    held = [n for n in found if _held_at_edge(name, n)]  # another person's name counts even when odd
    if _opens_with_first_name(name):  # a first name before a whole name makes a son's name
        held = [n for n in held if n.split()[:len(name.split())] == name.split()]
    if not held:
        return ""
    longest = max(held, key=lambda n: len(n.split()))
    if not all(f" {n} " in f" {longest} " for n in held) or not _added_are_names(name, longest):
        return ""
    return longest


def full_names(events: list[Event], text: str, entities: list[Entity]) -> None:
    """Each event's person names that the article writes longer elsewhere made that longer name."""
    longer_of: dict[str, str] = {}  # each name read once per article, not once per event
    for ev in events:
        for side in (ev.source, ev.target):
            for k, name in enumerate(side):
                if name not in longer_of:
                    longer_of[name] = longer_name(name, text, entities)
                longer = longer_of[name]
                parties = [p for p in ev.source + ev.target if p != name]
                if longer and not any(f" {p} " in f" {longer} " for p in parties):
                    side[k] = longer
            side[:] = list(dict.fromkeys(side))
        ev.target[:] = [n for n in ev.target if n not in ev.source]

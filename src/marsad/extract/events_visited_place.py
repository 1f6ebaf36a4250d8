"""Wrong source: the place a visit went to, told before the visit word.

«أكد الرئيس الفرنسي … في تونس التي كان يزورها …», «غادر الأمير محمد بن سلمان … جمهورية مصر العربية بعد
زيارة عمل التقى خلالها …»: the place named before the visit word is where the visitor went, and the rules
took it for the subject of the visit or of a meeting told after the visit word. The visitor is the
person named before the place in the sentence: he becomes the source, and the place, when the visit
names no other party, its target (`visited_place_source`). A place with no person before it («وزارت
تونس …», «زار وفد تونسي …») is left to the rules.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

VISIT_GAP = 4  # words between the place and the visit word («مصر العربية بعد زيارة», «تونس التي كان يزورها»)


def _visit(toks: list[Tok], h: Hit, W: Words) -> bool:
    """True when the trigger is a visit word («زيارة», «يزورها»)."""
    return any(has(toks[k], W["visit"]) or toks[k].form.lstrip("و").startswith(("يزور", "تزور", "زار"))
               for k in range(h.first, h.last))


def visited_place_source(toks: list[Tok], a: int, h: Hit, ev: Event, groups: list[Group],
                         persons: frozenset[str], W: Words) -> None:
    """Make the person named before a visited place the source of the visit the rules gave that place
    as its source («غادر X … مصر بعد زيارة …», «X … في تونس التي كان يزورها»)."""
    if ev.type != "CONSULT" or not ev.source:
        return
    here = [g for g in groups if a <= g.first < h.first]
    places = [g for g in here if g.is_loc and not g.force and set(g.names) & set(ev.source)]
    if not places or any(k < h.first and toks[k].form in SENT_END for k in range(places[0].last, h.first)):
        return
    place = places[0]
    words = [k for k in range(place.last, h.last) if toks[k].word][:VISIT_GAP + 1]
    if not any(has(toks[k], W["visit"]) or (k >= h.first and _visit(toks, h, W)) for k in words):
        return  # the visit word («بعد زيارة», «التي كان يزورها») right after the place, or the meeting after it
    if set(ev.source) - set(place.names):
        return  # another party is the subject too: left to the rules
    who = [g for g in here if g.last <= place.first and g.person and any(n in persons for n in g.names)
           and any(toks[k].form == norm(n).split()[-1] for n in g.names for k in range(g.first, g.last))]
    # (a person named by his name, not «سموه» read as someone named earlier)
    if not who:
        return
    visitor = [n for n in who[-1].names if n in persons]
    ev.source = visitor
    ev.target = [n for n in ev.target if n not in visitor] or list(place.names)

"""Wrong source: the place a visit went to, told before the visit word or right after it.

«أكد الرئيس الفرنسي … في تونس التي كان يزورها …», «غادر الأمير محمد بن سلمان … جمهورية مصر العربية بعد
زيارة عمل التقى خلالها …»: the place named before the visit word is where the visitor went, and the rules
took it for the subject of the visit or of a meeting told after the visit word. The visitor is the
person named before the place in the sentence: he becomes the source, and the place, when the visit
names no other party, its target (`visited_place_source`). A place with no person before it («وزارت
تونس …», «زار وفد تونسي …») is left to the rules.

«سيتوجه كيري الى جنوب شرق آسيا، ثم يزور ماليزيا», «… جيمس موجومي، والذي يزور مصر», «إن زيارة كينيا»: a
place written right after a visit verb whose subject is a pronoun, or right after a visit noun, is what
is visited, never the visitor; it becomes the target, and the party named last before the trigger in the
sentence the source, or none (`visited_place_object`).
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


def visited_place_object(toks: list[Tok], a: int, h: Hit, ev: Event, groups: list[Group], W: Words) -> None:
    """Make the place right after a visit verb or noun, which the rules gave as the visit's only source
    («ثم يزور ماليزيا», «إن زيارة كينيا»), its target, and the party named last before the trigger in the
    sentence the source."""
    if ev.type != "CONSULT" or not ev.source:
        return
    if not (_visit_verb(toks, h) if h.trig.pos == "v" else _visit(toks, h, W)):
        return
    nxt = next((k for k in range(h.last, len(toks)) if toks[k].word or toks[k].form in SENT_END), None)
    place = next((g for g in groups if g.first == nxt), None)
    if place is None or not place.is_loc or place.force or not set(ev.source) <= set(place.names):
        return
    who = [g for g in groups if a <= g.first and g.last <= h.first and g.actor and not g.is_loc
           and g.binding not in ("skip", "mod", "loc")]
    ev.source = [n for n in who[-1].names if n not in place.names] if who else []
    ev.target = list(dict.fromkeys([*place.names, *(n for n in ev.target if n not in ev.source)]))


def _visit_verb(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a visit verb with no subject glued on («يزور», «وزار», «تزور»)."""
    return any(toks[k].form.lstrip("وف").startswith(("يزور", "تزور", "زار", "سيزور", "ستزور"))
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

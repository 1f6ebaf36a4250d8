"""The party after «لدى» that someone is held by is the holder of a detention, not its target.

A detention word tells who is held and, after «لدى», by whom: «لا يزال قيد الاعتقال لدى القوات الأمريكية»,
«محتجزين لدى المقاومة», «اعتقل لدى المخابرات». The preposition «لدى» marks a target with most deeds («اعترض
لدى الأمم المتحدة»), so the holder was read as the one held. For an arrest (COERCE of mode «arrest») a party
(not a bare place: «السفير لدى الأردن» names a post) that opens within two words after «لدى», standing within
`HOLDER_REACH` words after the trigger in its clause, is the source (`held_by`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, clause_words, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_WITH = forms("لدى")
HOLDER_REACH = 4  # words after the trigger to «لدى» («قيد الاعتقال لدى …», «اعتقال الصحفي فلان لدى …»)
NAME_GAP = 2  # tokens from «لدى» to the holder's name («لدى قوات …» joined, «لدى ميليشيات الحوثي»)


def held_by(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> list[str]:
    """The names of the party an arrest holds its captive with, named after «لدى» right after the trigger
    (module docstring); [] when none is."""
    if ev.type != "COERCE" or h.trig.mode != "arrest":
        return []
    # the first words of its clause after the trigger: «لدى» among the first `HOLDER_REACH` + 1
    k = next((k for k in clause_words(toks, h.after, b, HOLDER_REACH + 1)
              if has(toks[k], _WITH) or toks[k].form in _WITH), None)
    if k is None:
        return []
    g = next((g for g in groups if k < g.first <= k + NAME_GAP), None)
    if g is None or not g.actor or (g.is_loc and not g.force):
        return []
    return list(g.names)

__all__ = ["held_by"]

"""The doer of a deed governed by a light verb's noun that carries the doer's pronoun.

«نفذت وزارة الداخلية حكم القتل في المدعو X لإقدامه على قتل Y», «وذلك بعد قيامهم بخطف Y»: the verbal noun
of a light verb («إقدام», «قيام») with a possessive pronoun governs the deed after it (through «على»,
«بـ»); the pronoun, not the subject of a light verb further back in the sentence («نفذت»), did the deed.
It stands for the person named last before it (a singular pronoun), or for the last party (a plural
one); with none named, the deed has no doer told here.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import ON, forms
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

_LIGHT_NOUNS = forms("إقدام", "اقدام", "قيام")  # the verbal nouns of «أقدم على», «قام بـ»
_SINGULAR = ("ه", "ها")
_PLURAL = ("هم", "هما", "هن")
_PRONOUNS = (*_SINGULAR, *_PLURAL)
ANTECEDENT_REACH = 12  # words between the person named and the light noun whose pronoun stands for him


def _light_noun(tok: Tok) -> str | None:
    """The pronoun on a light verbal noun («لإقدامه» → «ه», «قيامهم» → «هم»), or None."""
    for stem in _LIGHT_NOUNS:
        for r in tok.reads:
            if r.startswith(stem) and r[len(stem):] in _PRONOUNS:
                return r[len(stem):]
    return None


def light_noun_doer(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> list[str] | None:
    """The names the pronoun of the light verbal noun governing the nominal deed `h` stands for
    (see the module docstring); [] when it stands for no one named; None when no such noun governs it."""
    if h.trig.pos != "n":
        return None
    k = h.first - 1
    while k >= a and not toks[k].word:
        k -= 1
    if k >= a and toks[k].form in ON:  # «لإقدامه على قتل»; «بعد قيامه بقتل»: the «بـ» is glued
        k -= 1
        while k >= a and not toks[k].word:
            k -= 1
    if k < a or (pron := _light_noun(toks[k])) is None:
        return None
    words = 0
    for g in sorted((g for g in groups if a <= g.first and g.last <= k), key=lambda g: -g.first):
        words = sum(1 for j in range(g.last, k) if toks[j].word)
        if words > ANTECEDENT_REACH:
            break
        if g.actor and not g.is_loc and (g.person or pron in _PLURAL):
            return list(g.names)
    return []

"""The place in the genitive of a siege, a storming or an occupation is what underwent it, not the doer.

A verbal noun of a deed done to a place («حصار», «اقتحام», «مداهمة», «احتلال», «اجتياح», «تحرير») takes its
doer or its object in the genitive: «حصار إسرائيل لغزة» (the doer, the object after «لـ»), «اجتياح روسيا
أوكرانيا» (the doer, the object after it), but «حصار غزة», «حصار طرابلس»، «بعد اجتياح صنعاء في سبتمبر»,
«باقتحام قاعدة العند» (the object alone: the place was besieged or stormed). Word order read the genitive
as the doer. A place (not a force, not a body) in the genitive right after such a noun, with no object after
it (a word with «لـ», another party or place, or a definite noun: «احتلال إسرائيل الأراضي»), is the target
(`besieged_place`); the doer stays unnamed unless told elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, next_word
from marsad.extract.events_triggers import Hit

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

# verbal nouns of deeds done to a place, read without a clitic («بحصار», «لاقتحام», «واجتياح»)
_DONE_TO_PLACE = forms("حصار", "محاصرة", "اقتحام", "مداهمة", "احتلال", "اجتياح", "تحرير")
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _siege_noun(tok: Tok) -> bool:
    """The token is a siege, storming or occupation noun in the construct state (no «ال»), maybe after «و»,
    «ب», «ل» («حصار», «بحصار», «واجتياح»)."""
    f = tok.form
    return f in _DONE_TO_PLACE or any(f.startswith(c) and f[len(c):] in _DONE_TO_PLACE for c in _CLITICS)


def besieged_place(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
                   target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of the COERCE noun `h` (sentence ending at b) with a place in the genitive right
    after it and no object after the place (module docstring): the place is the target."""
    if h.trig.type != "COERCE" or h.trig.pos != "n" or h.last - h.first != 1 or not _siege_noun(toks[h.first]):
        return source, target
    k = next_word(toks, h.last, b)
    g = next((x for x in groups if x.first == k), None)
    if g is None or not g.is_loc or g.nisba or g.force or not set(g.names) & set(source):
        return source, target
    nxt = g.last
    while nxt < b and not toks[nxt].word and toks[nxt].form not in CLAUSE_END and toks[nxt].form not in SENT_END:
        nxt += 1
    if nxt < b and toks[nxt].word:
        f = toks[nxt].form
        if f.startswith(("ل", "ال")) or any(x.first == nxt for x in groups):
            return source, target  # «حصار إسرائيل لغزة», «احتلال إسرائيل الأراضي», «اجتياح روسيا أوكرانيا»
    place = [n for n in g.names if n in source]
    return [n for n in source if n not in place], list(dict.fromkeys([*place, *target]))

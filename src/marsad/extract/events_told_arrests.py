"""Arrests a crime report tells after a word of charge or search: the topic word's reach ends at a verb.

A topic word («المتهم بسرقة …», «بتهمة القتل», «البحث عن …», «المتورطين في …») governs the noun phrase after
it: a deed named there is the charge or what was sought, no deed told (`drop_topics`). A verb between the
topic word and a verbal noun closes that phrase, and the verbal noun is the verb's own deed, told:
- a passive light verb («تم», «جرى»): «المتهم بسرقة المحل تم القبض عليه», «البحث عن المتهم … وتم القبض
  عليه», «المتورطين في الهجوم … جرى توقيف 11 شرطيا»;
- a verb of managing with «من» right after its subject («تمكنت الشرطة من القبض على المتهم بقتل …»).
A topic word with «الجنائي» after it is a body's name, no topic word at all («تمكنت شعبة التحريات والبحث
الجنائي من القبض على …»: criminal investigation).
Only arrests and detentions are kept so (COERCE of mode `arrest`): a crime report tells them after the
charge; other deeds after a topic word stay its topic («ناقش الاجتماع ما تم من قصف»).

An arrest verb conjoined to the verb that opens its sentence, with no subject of its own, was made by that
verb's subject (`conjoined_arrester`: «هرعت الشرطة إلى الموقع وقبضت على الجاني», «داهمت قوات الأمن المنزل
واعتقلت …»): the actor right after the opening verb (or opening the sentence before it), with no other
actor between it and the arrest. An arrest noun that «باشر» governs («وقد باشرت الجهات الأمنية بعد التحقق من
أوضاعهم القبض عليهم») was made by its subject, the actor right after it (`undertaken_arrester`); «باشر» is no
light verb for other deeds («باشرت الجهات الأمنية مواقع سقوط القذائف»: it went to the sites).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import CLAUSE_END, Tok, has

if TYPE_CHECKING:  # (drop_topics imports this module: no run-time import back)
    from marsad.extract.events_actors import Group
    from marsad.extract.events_triggers import Hit

# adjectives that make a topic word part of a body's name («البحث الجنائي»: criminal investigation)
NAMED = forms("الجنائي", "الجنائية")
# «باشر»: to set about a deed («باشرت الشرطة القبض على …»)
UNDERTOOK = forms("باشر", "باشرت", "باشروا", "وباشر", "وباشرت", "وباشروا")
UNDERTAKE_REACH = 10  # words from «باشر» to the arrest noun it governs
# verbs of managing whose «من» + verbal noun tells the deed done («تمكنت الشرطة من القبض»)
MANAGED = forms("تمكن", "تمكنت", "تمكنوا", "استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا")


def topic_word(toks: list[Tok], k: int, W: Words) -> bool:
    """True when the token at `k` is a topic word («المتهم», «بتهمة», «البحث»), not a word of a body's name
    («البحث الجنائي»)."""
    return toks[k].word and has(toks[k], W["topic"]) and not (k + 1 < len(toks) and toks[k + 1].form in NAMED)


def told_past_topic(toks: list[Tok], topic: int, first: int, W: Words) -> bool:
    """True when a verb stands between the topic word at `topic` and the verbal noun at `first` that tells
    the noun as a deed done: a passive light verb («المتهم … تم القبض عليه») or a verb of managing
    («… تمكنت الشرطة من القبض»)."""
    return any(toks[k].word and (has(toks[k], W["passive"]) or toks[k].form.lstrip("وف") in MANAGED)
               for k in range(topic + 1, first))


def arrest_past_topic(toks: list[Tok], scope: int, first: int, kind: str, mode: str | None,
                      W: Words) -> bool:
    """True when the nominal arrest at `first` is told though a topic word stands before it in its clause
    (from `scope`): a verb that tells it comes after the last such word."""
    if kind != "COERCE" or mode != "arrest":
        return False
    last = max((k for k in range(scope, first) if topic_word(toks, k, W)), default=None)
    return last is not None and told_past_topic(toks, last, first, W)


def conjoined_arrester(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                       target: list[str]) -> list[str]:
    """The subject of the verb opening the sentence, for an arrest verb conjoined to it with no subject
    of its own («هرعت الشرطة إلى الموقع وقبضت على الجاني»): the free actor right after the sentence's
    first word, or opening it, with no actor and no clause mark between it and the arrest; [] otherwise."""
    if source or h.trig.type != "COERCE" or h.trig.mode != "arrest" or h.trig.pos != "v":
        return []
    form = toks[h.first].form
    if form[:1] != "و" or form.startswith(h.trig.words[0]):  # «وقبضت», not a root in «و»
        return []
    words = [k for k in range(a, h.first) if toks[k].word]
    if len(words) < 2:
        return []
    before = [g for g in groups if g.last <= h.first and g.actor and not g.is_loc]
    if not before:
        return []
    g = before[-1]  # the nearest actor: no other one stands between it and the arrest
    if g.first not in (words[0], words[1]) or g.binding not in (None, "from") or set(g.names) & set(target):
        return []
    if any(toks[k].form in CLAUSE_END for k in range(g.last, h.first)):
        return []  # «…، واعتقلت»: a clause of its own may have another subject
    return list(g.names)


def undertaken_arrester(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                        target: list[str]) -> list[str]:
    """The subject of «باشر» that governs the arrest noun at `h` («وقد باشرت الجهات الأمنية بعد التحقق من
    أوضاعهم القبض عليهم»): the first actor after it, before the noun, within its clause; [] otherwise."""
    if source or h.trig.type != "COERCE" or h.trig.mode != "arrest" or h.trig.pos == "v":
        return []
    words = [k for k in range(max(a, h.first - 2 * UNDERTAKE_REACH), h.first) if toks[k].word][-UNDERTAKE_REACH:]
    lv = next((k for k in reversed(words) if toks[k].form in UNDERTOOK), None)
    if lv is None or any(toks[k].form in CLAUSE_END for k in range(lv, h.first)):
        return []
    g = next((g for g in groups if lv < g.first and g.last <= h.first and g.actor and not g.is_loc), None)
    if g is None or g.first != lv + 1 or set(g.names) & set(target):
        return []  # the subject stands right after the verb (VSO)
    return list(g.names)

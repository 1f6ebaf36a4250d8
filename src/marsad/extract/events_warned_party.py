"""Warnings addressed to a party: «وحذر وزير الخارجية التركي هاكان فيدان إسرائيل من توسيع الحرب».

A warning verb whose subject is named after it and whose object, a party, stands right before «من» warns that
party against doing something: a call on it not to do it, a DEMAND (PLOVER; the gold codes «حذر قراقع إسرائيل
من العمل بقانون …» so). The trigger table lists the deeds warned against it knows («من التدخل», «من التصعيد»);
this reads any deed once the party warned is named («من اجتياح رفح», «من توسيع الحرب»). A warning with no party
warned («حذر فيدان من توسيع الحرب», «حذر من خطورة الوضع») is left to the table: a danger told, no demand.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, Mention, glued_prefix
from marsad.extract.events_lexicon import FROM, Trigger, Words, forms
from marsad.extract.events_threat_refusal import WARN_VERBS
from marsad.extract.events_tokens import THAT, Tok, clause_words, previous_word
from marsad.extract.events_triggers import Hit

_AND = forms("و")
WARNED_REACH = 14  # words from the warning verb to the «من» after the party warned


def warned_party_hits(text: str, toks: list[Tok], a: int, b: int, hits: list[Hit], groups: list[Group],
                      ents: list[Mention], W: Words, present: frozenset[str] | None = None) -> list[Hit]:
    """A DEMAND at each warning verb of sentence [a, b) that no trigger holds and that names its subject and
    then the party it warns, right before «من» (module docstring; `ents`: the mentions by token, for what
    is glued to a group; `present`: the sentence's words, `sentence_readings`, when known)."""
    out: list[Hit] = []
    if present is not None and WARN_VERBS.isdisjoint(present):
        return out
    taken = {k for h in hits for k in range(h.first, h.last)}
    for k in range(a, b):
        t = toks[k]
        if not t.word or k in taken or t.form not in WARN_VERBS:
            continue
        at = _from_after(toks, k, b)
        if at is None:
            continue
        between = [g for g in groups if k < g.first and g.last <= at]
        if not between or between[-1].last != at:
            continue
        n = len(between) - 1
        while n > 0 and between[n - 1].last == between[n].first and glued_prefix(text, toks, between[n], ents) == "و":
            n -= 1  # «الولايات المتحدة وإسرائيل»: parties joined by «و» are warned together
        if n == 0 or not _party(text, toks, between[n], ents, W) or not between[n - 1].actor:
            continue  # («حذر فيدان من …»: the subject alone, no one warned)
        if between[n - 1].last != between[n].first or _that_after(toks, at, b):
            continue  # («فرانك - فالتر شتاينماير»: one name; «زعيم تنظيم داعش»: his title; «من أن …»: a fact)
        out.append(Hit(Trigger("DEMAND", "v", (t.form,), None, (), frozenset()), k, k + 1))
    return out


def _from_after(toks: list[Tok], k: int, b: int) -> int | None:
    """The index of the first «من» after the verb at k within `WARNED_REACH` words and no mark of a clause's
    or sentence's end; None when there is none."""
    return next((j for j in clause_words(toks, k + 1, b, WARNED_REACH) if toks[j].form in FROM), None)


def _that_after(toks: list[Tok], at: int, b: int) -> bool:
    """True when «أن» follows the «من» at token `at` («حذر أوباما المشرعين من أن رفض الاتفاق …»): a danger
    told, not a deed warned against."""
    k = next((j for j in range(at + 1, b) if toks[j].word), None)
    return k is not None and toks[k].form in THAT


def _party(text: str, toks: list[Tok], g: Group, ents: list[Mention], W: Words) -> bool:
    """True when group g may be a party with no preposition or «و» before it or glued to it («في الرياض»,
    «بإسرائيل», «وإسرائيل»: a place, an oblique or a conjunct)."""
    if not g.actor or glued_prefix(text, toks, g, ents):
        return False
    k = previous_word(toks, 0, g.first, frozenset())
    return k is None or (toks[k].form not in W["prep_any"] and toks[k].form not in _AND)

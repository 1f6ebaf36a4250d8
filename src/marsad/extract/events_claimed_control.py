"""Ground a party announces it has taken: «وأعلنت هيئة تحرير الشام سيطرتها على مطار حلب الدولي».

A seizure is coded off the verb «سيطر» told in the past («سيطرت المقاومة على مدينة …»); the noun «سيطرتها»
tells none on its own («فقدت سيطرتها على …», «تحت سيطرتها»: `event_triggers.tsv` blocks it). Announced by the
party itself, right after «أعلن» and its subject, the noun is the taking of that ground: `claimed_control_hits`
codes a seizure at the announcing verb (so its subject is the source) when the words between the verb and the
noun are all one party's name (no person), and the noun goes on with «على» and ground the verb
«سيطر» takes (its row's needed words: «على مدينة», «على مطار» …) or a named place («على حماة»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, Trigger, forms, norm
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

# a party announcing («أعلنت الفصائل …»), told in the past
_ANNOUNCE = forms("أعلن", "أعلنت", "وأعلن", "وأعلنت", "أعلنوا", "وأعلنوا", "فأعلن", "فأعلنت")
# its own control («سيطرتها»), as the noun stands after a subject
_OWN_CONTROL = forms("سيطرته", "سيطرتها", "سيطرتهم", "سيطرتنا")
_ON = norm("على")
_SEIZE_VERB = norm("سيطرت")  # a past form of the row «سيطر» whose needed words name the ground taken
SUBJECT_WORDS = 6  # words a party's name between the verb and the noun may hold («قوات الدعم السريع»)


def _ground(L: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The needed words of the seizing row of «سيطر» (`event_triggers.tsv`): «على مدينة», «على مطار» …"""
    return next((t.needs for t in L.by_first.get(_SEIZE_VERB, []) if t.type == "COERCE" and t.needs), ())


def _takes_ground(toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> bool:
    """True when the noun at k goes on with ground: «على» and a word the verb «سيطر» takes, or a named place."""
    if k + 1 >= b or toks[k + 1].form != _ON:
        return False
    if any(g.first == k + 2 and g.is_loc and not g.nisba for g in groups):
        return True  # «سيطرتها على حماة»
    for need in _ground(L):
        span = toks[k + 1:k + 1 + len(need)]
        if len(span) == len(need) and all(w == t.form or w in t.reads for w, t in zip(need, span, strict=True)):
            return True
    return False


def _subject(toks: list[Tok], v: int, k: int, groups: list[Group]) -> bool:
    """True when the words between the verb at v and the noun at k are all one party's name (a body, a force or
    a country; not a person, not a nisba)."""
    inner = [g for g in groups if v < g.first and g.last <= k]
    words = [j for j in range(v + 1, k) if toks[j].word]
    return len(inner) == 1 and inner[0].actor and not inner[0].person and not inner[0].nisba \
        and 0 < len(words) <= SUBJECT_WORDS and all(inner[0].first <= j < inner[0].last for j in words)


def claimed_control_hits(toks: list[Tok], a: int, b: int, hits: list[Hit], groups: list[Group],
                         L: Lexicon) -> list[Hit]:
    """Seizures of sentence [a, b) a party announces («وأعلنت X سيطرتها على مدينة …»; module docstring), one
    at each announcing verb that is no trigger already."""
    taken = {k for h in hits for k in range(h.first, h.last)}
    out: list[Hit] = []
    for v in range(a, b):
        if toks[v].form not in _ANNOUNCE or v in taken:
            continue
        k = next((j for j in range(v + 1, min(b, v + 2 + SUBJECT_WORDS)) if toks[j].form in _OWN_CONTROL), None)
        if k is not None and _subject(toks, v, k, groups) and _takes_ground(toks, k, b, groups, L):
            out.append(Hit(Trigger("COERCE", "v", (toks[v].form,), "seize", (), frozenset()), v, v + 1))
    return out

"""The second party of a meeting noun, named after «مع» past what stands between.

«أن لقاء وزير الخارجية الأردني أول من أمس مع ولي العهد تناول …», «خلال اجتماع عقده في الإمارة، مع
مدير الشؤون الصحية الدكتور X», «مشاورات في الجزائر مع ممثلين
عن المؤتمر الوطني العام»: a meeting noun (no verb of its own) followed, past only its genitive party
(a title before the name allowed), time words, adverbs, commas, a «في»/«بـ» place and a relative verb
of holding («عقده», «الذي عقدته»), by «مع» and a named party: that party was met, and the genitive (when
named) met it. The word-order reading loses the one after «مع» when anything stands between.

A party of a meeting, an agreement, a cooperation or a backing named only inside a relative clause on
another noun after the trigger («سيلتقي كيري مع نظيره سامح شكري في حوار بين الدولتين اللتين توترت العلاقة
بينهما اثر اطاحة الجيش بالرئيس محمد مرسي») is a party of that clause, not of the meeting: it is dropped
from the targets when another target stays (`relative_clause_targets`); not when the clause tells of a
word of the event's own kind («لاستئناف المحادثات التي يرعاها كيونجا»: who sponsors the talks takes part).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, lexicon, norm
from marsad.extract.events_place_clauses import other_relative_at
from marsad.extract.events_second import _party_at as party_at
from marsad.extract.events_tokens import Tok, previous_word
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_WITH = norm("مع")
BRIDGE_REACH = 8  # tokens between the meeting noun (or its genitive party) and «مع»
# a relative verb of holding between a meeting noun and «مع» («اجتماع عقده في الإمارة، مع …»)
_HELD = frozenset(norm(w) for w in (
    "عقده", "عقدها", "عقدته", "عقدهما", "عقدوه", "عقدتها", "عقدناه", "يعقده", "تعقده", "أجراه", "أجرته",
    "اجراه", "اجرته", "الذي", "التي"))
_PLACE_PREPS = frozenset(norm(w) for w in ("في", "ب"))
_SIDED = frozenset(("CONSULT", "AGREE", "COOPERATE", "SUPPORT"))
RELATIVE_CLAUSE_REACH = 14  # tokens between a relative pronoun and a party its clause names


def _place_at(toks: list[Tok], k: int, b: int, groups: list[Group]) -> int | None:
    """The token after a place phrase at k («في الإمارة», «بمقر الوزارة», «بجدة»), or None when none
    stands there: «في»/«بـ» then a place group within two words."""
    f = toks[k].form
    if f in _PLACE_PREPS:
        start = k + 1
    elif f[:1] == "ب" and len(f) > 3:
        start = k
    else:
        return None
    g = next((g for g in groups if start <= g.first <= start + 2 and g.first < b), None)
    if g is not None and g.first == start and (g.actor and not (g.is_loc and not g.force)):
        return None  # «في الحكومة», «بالأمير»: a party, not a place
    if g is not None and g.is_loc and not g.force:
        return g.last
    if g is None or g.first > start:  # «في الإمارة», «بمقر الوزارة», «في مكتبه»: one word of place
        return start + 1 if start < b and toks[start].word and (start > k or f.startswith(("بال", "بمقر"))) \
            else None
    return None


def _bridge_end(toks: list[Tok], k: int, b: int, groups: list[Group], skip: frozenset[int], L: Lexicon) -> int:
    """The first token from k on that is none of what may stand between a meeting noun and «مع»."""
    stop = min(b, k + BRIDGE_REACH)
    while k < stop:
        f = toks[k].form
        if k in skip or f in L.words["adverb"] or f in _HELD or f in (",", "،"):
            k += 1
            continue
        after = _place_at(toks, k, b, groups)
        if after is None:
            return k
        k = after
    return k


def meeting_with_parties(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group],
                         skip: frozenset[int], L: Lexicon) -> tuple[list[str], list[str]] | None:
    """(first party, second party) of a meeting noun at `h` read «لقاء [X] [time, place, عقده] مع Y»:
    X its genitive party ([] when none is named) and Y the named party after «مع»; None when no «مع»
    with a named party follows within reach."""
    if h.trig.type != "CONSULT" or h.trig.pos != "n" or h.last >= b:
        return None
    first: list[str] = []
    k = h.last
    got = party_at(text, toks, k, b, groups, skip, L) if toks[k].form != _WITH else None
    if got is not None:
        first, k = got
        holder = next((g for g in groups if g.first == k and g.actor and g.person), None)
        if holder is not None:  # «وزير خارجية مصر سامح شكري»: the person who holds the title met
            first, k = list(holder.names), holder.last
        if groups_loc_only(first, groups):
            first = []  # «مشاورات في الجزائر»: where, not who
    k = _bridge_end(toks, k, b, groups, skip, L)
    if k + 1 >= b or toks[k].form != _WITH:
        return None
    second_got = party_at(text, toks, k + 1, b, groups, skip, L)
    if second_got is None:
        return None
    second = [n for n in second_got[0] if n not in first]
    return (first, second) if second else None


def groups_loc_only(names: list[str], groups: list[Group]) -> bool:
    """True when every name is only a place (not a force) in the groups: a place, not a party."""
    named = [g for g in groups if set(g.names) & set(names)]
    return bool(named) and all(g.is_loc and not g.force for g in named)


def relative_clause_targets(toks: list[Tok], h: Hit, ev: Event, groups: list[Group]) -> list[str]:
    """Targets of a meeting, an agreement, a cooperation or a backing named after the trigger only
    inside a relative clause on another noun («… بين الدولتين اللتين توترت العلاقة بينهما اثر اطاحة الجيش
    بالرئيس محمد مرسي»), when another target stays; else []."""
    if ev.type not in _SIDED or len(ev.target) < 2:
        return []
    inside: set[str] = set()
    outside: set[str] = set()
    for g in groups:
        for n in g.names:
            if n not in ev.target:
                continue
            r = other_relative_at(toks, g, h.first, h.last, RELATIVE_CLAUSE_REACH)
            (inside if r is not None and not _of_kind(toks, r, ev.type) else outside).add(n)
    dropped = [n for n in ev.target if n in inside and n not in outside]
    return dropped if len(dropped) < len(ev.target) else []


def _of_kind(toks: list[Tok], r: int, typ: str) -> bool:
    """True when the word before the relative pronoun at r is a trigger word of the event type `typ`
    («المحادثات التي …» of a meeting): the clause tells of the event itself."""
    j = previous_word(toks, 0, r, frozenset())
    if j is None:
        return False
    by_first = lexicon().by_first
    return any(t.type == typ for w in toks[j].reads for t in by_first.get(w, ()))

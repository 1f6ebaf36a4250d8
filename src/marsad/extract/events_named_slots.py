"""A named party joined by «و» to a party the event took: the event's too, on the same side.

«دعت الأمم المتحدة الحكومة اليمنية والحوثيين إلى …», «الهجوم الذي شنته ميليشيات الحوثي وقوات الرئيس
المخلوع», «سارع رئيس الوزراء X والجيش إلى التنديد»: word order takes the first named party after (or before) the
trigger and drops the one joined to it by «و». When a party the event took is named in the trigger's
clause and the very next words are «و» and another named actor (not a place, not a party another
construction binds), that actor shares the role: the target's conjunct is a target, the source's a source;
not after «بين» («التوتر بين الدولة X وY»: the sides of a relation, read where «بين» is read).

A government or a force named by its nisba right after a body whose name ends in a definite word
(«دعت الأمم المتحدة الحكومة اليمنية إلى …», «انتقدت منظمة العفو الدولية السلطات البحرينية»): the
body's name is closed (a genitive would make it indefinite), so the force is a second party, the
object, and stands for its country; grouping it into the body lost it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_lexicon import FORCE, norm
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit, Site
from marsad.model import Entity

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

_BOUND = ("loc", "skip", "mod", "from")  # a place, a name that is no party, a modifier, «من X»
_BETWEEN = norm("بين")  # «التوتر بين الدولة الإسرائيلية والمستوطنين»: sides of a relation, read elsewhere


def force_after_body(last: tuple[int, int, Entity], ent: Entity, s: int) -> bool:
    """True when a force or government named by its nisba (`ent`, starting at token s) comes right
    after a body whose name ends in a definite word («الأمم المتحدة» + «الحكومة اليمنية»): two parties."""
    body = last[2]
    if body.label != "ORG" or body.role == FORCE or ent.role != FORCE or last[1] != s:
        return False
    words = fold(body.text).split()
    return len(words) > 1 and words[-1].startswith("ال") and norm(ent.canonical) != norm(body.canonical)


def force_after_party(cur: list[tuple[int, int, Entity]], ent: Entity, s: int) -> bool:
    """True when a definite force or government named by its nisba (`ent`, starting at token s) comes
    right after a proper body name or after a body and its own nisba, of another country: «وحملت حماس
    الحكومة الإسرائيلية المسؤولية», «وحملت وزارة الخارجية الفلسطينية الحكومة الإسرائيلية …»: two parties
    (the name and the nisba close the body's phrase, as in `force_after_body`)."""
    if not cur or ent.role != FORCE or cur[-1][1] != s or not fold(ent.text).startswith("ال"):
        return False
    last = cur[-1][2]
    if last.role == FORCE or norm(last.canonical) == norm(ent.canonical):
        return False
    if last.label == "ORG":
        return not fold(last.text).startswith("ال") or len(fold(last.text).split()) == 1
    words = fold(last.text).split()
    return last.label == "LOC" and not last.role and len(words) == 1 and words[0].startswith("ال") \
        and words[0].endswith(("ي", "يه")) and any(c[2].label == "ORG" for c in cur[:-1])


def group_then_body(cur: list[tuple[int, int, Entity]], ent: Entity, s: int) -> bool:
    """True when a group known by its plural («الحوثيون», a one-word definite plural the gazetteer lists as a
    body) is followed right away by another body («حمل الحوثيون الأمم المتحدة المسؤولية»): two parties, not a
    descriptor and its name («المتمردين أنصار الدين»)."""
    last = fold(cur[-1][2].text).strip() if cur else ""
    if not last or " " in last or not last.startswith(("ال", "وال")) or not last.endswith(("ين", "ون")) \
            or cur[-1][2].label != "ORG" or ent.label != "ORG" or cur[-1][1] != s:
        return False
    listed = gz.load().names.get(gz.key(cur[-1][2].text))  # «الحوثيون» is a listed body; «المتمردون» is not
    return listed is not None and listed.label == "ORG" and norm(ent.canonical) != norm(cur[-1][2].canonical)


def name_then_body(cur: list[tuple[int, int, Entity]], ent: Entity, s: int) -> bool:
    """True when a body named by a one-word proper name («حماس», «داعش»: no «ال»), maybe after its kind
    («حركة حماس»), is followed right away by another body («قصفت حماس قوات الاحتلال», «انتقدت حركة حماس
    السلطة الفلسطينية»): the proper name closes its phrase, so the next body is a second party (the object),
    not part of the first's name."""
    if not cur or cur[-1][1] != s or ent.label != "ORG":
        return False
    last = cur[-1][2]
    name = fold(last.canonical).split()
    return last.label == "ORG" and not last.role and len(name) == 1 and not name[0].startswith(("ال", "وال")) \
        and fold(last.text).endswith(name[0]) and norm(ent.canonical) != norm(last.canonical)


def _joined_party(toks: list[Tok], g: Group, at: dict[int, Group]) -> Group | None:
    """The named actor joined by a glued «و» right after group g («… الحكومة السورية وجبهة المعارضة»),
    or None when «و» opens anything else (a verb, a place, a plain noun)."""
    nxt = at.get(g.last)
    if nxt is None or not toks[nxt.first].form.startswith("و") or not nxt.actor:
        return None
    if (nxt.is_loc and not nxt.force) or nxt.binding in _BOUND:
        return None
    return nxt


def _anchors(side: list[str], h: Hit, lo: int, hi: int, groups: list[Group]) -> list[Group]:
    """For each name of `side`, the group within tokens [lo, hi) nearest the trigger that carries it
    (a name told twice, «السلطات الأفغانية … القوات الأفغانية», is the party only where it was taken)."""
    out: list[Group] = []
    for name in side:
        near = [g for g in groups if lo <= g.first < hi and name in g.names]
        if near:
            g = min(near, key=lambda g: abs(g.first - h.first))
            if g not in out:
                out.append(g)
    return out


def _side_conjuncts(toks: list[Tok], h: Hit, side: list[str], lo: int, hi: int, groups: list[Group],
                    taken: set[str]) -> list[str]:
    """Names joined by «و» to the mention of a `side` name within tokens [lo, hi), not yet `taken`."""
    at = {g.first: g for g in groups}
    added: list[str] = []
    for cur in _anchors(side, h, lo, hi, groups):
        if any(toks[k].form == _BETWEEN for k in range(max(0, cur.first - 2), cur.first)):
            continue  # «بين (الدولة) الإسرائيلية و…»: the sides of a relation, read where between is
        while (nxt := _joined_party(toks, cur, at)) is not None and nxt.first < hi:
            added += [n for n in nxt.names if n not in taken and n not in added]
            cur = nxt
    return added


def joined_parties(toks: list[Tok], h: Hit, groups: list[Group], site: Site,
                   source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target with the named parties joined by «و» to one of theirs in the trigger's clause
    added to the same side («دعا X الحكومة السورية وجبهة المعارضة» → target both)."""
    lo, hi = min(site.c_lo, h.first), max(min(site.c_hi, site.nxt), h.last)  # the next deed's words are its own
    taken = set(source) | set(target)
    more_t = _side_conjuncts(toks, h, target, lo, hi, groups, taken)
    more_s = _side_conjuncts(toks, h, source, lo, hi, groups, taken | set(more_t))
    return [*source, *more_s], [*target, *more_t]

"""The body whose members an arrest or a seizure counts («القبض على 5 من عناصر تنظيم داعش»), and a count taken.

News tells those taken as a number of a body's members: «ضبط 13 من قيادات جماعة الإخوان», «القبض على خمسة من
عناصر تنظيم داعش», «اعتقال نحو 20 من أنصار الحركة». Where no target was read for such a coercion, the body
named right after the members' noun is its target (`counted_members`). A count of people opening a bare «ضبط»
(«الداخلية : ضبط 44 عنصرا من الإخوان») is who was taken, never the doer (`counted_taken`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import FROM, Words, forms
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.extract.numbers import analyse_word

# nouns of a body's members («عناصر», «قيادات», «أعضاء»), read through a leading «ال»
_MEMBERS = forms("عناصر", "العناصر", "أعضاء", "الأعضاء", "أفراد", "الأفراد", "قيادات", "القيادات", "قياديي",
                 "كوادر", "الكوادر", "أنصار", "مقاتلي", "مسلحي", "منتسبي", "أتباع")
_REACH = 8  # words after the trigger in which the count opens («ألقت الشرطة القبض على أكثر من 20 من …»)
_GAP = 2  # words between the members' noun and the body («من قيادات جماعة الإخوان»)


def counted_members(toks: list[Tok], b: int, h: Hit, groups: list[Group], W: Words, source: list[str]) -> list[str]:
    """The names of the body whose members a coercion's count takes («القبض على 5 من عناصر تنظيم داعش»:
    داعش); [] when no number, «من» and members' noun follow the trigger."""
    if h.trig.type != "COERCE":
        return []
    ws = [k for k in range(h.last, b) if toks[k].word][:_REACH + 3]  # (the trigger may hold «من عناصر»)
    for i, k in enumerate(ws[:_REACH]):
        f = toks[k].form
        if not (f.isdigit() or analyse_word(f) is not None or f in W["approx"] or f in W["partitive"]):
            continue
        j = next((x for x in range(i + 1, len(ws) - 1) if toks[ws[x]].form in FROM), None)
        if j is None or toks[ws[j + 1]].form not in _MEMBERS:
            return []
        at = ws[j + 1]
        body = next((g for g in groups if at < g.first <= at + _GAP and g.actor and not g.is_loc
                     and not g.person), None)
        return [n for n in body.names if n not in source] if body is not None else []
    return []


def counted_taken(text: str, toks: list[Tok], h: Hit, source: list[str],
                  target: list[str]) -> tuple[list[str], list[str]]:
    """A count of people right after a bare «ضبط» or another coercion whose needed word it holds («الداخلية : ضبط
    44 عنصرا من الإخوان») was taken, not the doer: such a source name, opening with a number before the needed word
    ends, goes to the target."""
    if h.trig.type != "COERCE" or not h.used or not source:
        return source, target
    lo, hi = toks[h.first].end, toks[max(h.used)].end
    taken = [n for n in source if n[:1].isdigit() and lo <= text.find(n, lo) < hi]
    if not taken:
        return source, target
    return [n for n in source if n not in taken], [*taken, *[n for n in target if n not in taken]]

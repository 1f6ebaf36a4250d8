"""Accusations and blame: the deed charged is an event of its own, done by the accused.

«اتهمت الحكومة الحوثيين بقصف الأحياء السكنية», «حمّلت الحكومة داعش مسؤولية التفجير», «ألقى الوزير باللوم
على القاعدة في التفجير», «اتهمت تركيا الحزب بالوقوف وراء الهجوم»: the accusation is a DISAPPROVE of the
accused, and the deed it charges (an attack, a fight, an arrest or a crime) is told as done by the accused.
`charged_deed` keeps such a deed, which `drop_topics` would otherwise drop as the topic of the
DISAPPROVE (`events` drops it again when no one accused is named); `blamed` tells `events` that a deed is
what a blame names, so that its doer is the accused. Also: a claim verb in «ى» takes its pronoun after
«ا» («الهجوم الذي تبناه تنظيم داعش»: `verb_stem_before_pronoun`). (A bare body right after the verb,
«واتهمت الحكومة حركة حماس», is the verb's subject: `events_demand`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import Lexicon, Words
from marsad.extract.events_tokens import Tok, clause_of, has

if TYPE_CHECKING:  # events_triggers and events_roles call this module
    from marsad.extract.events_actors import Group
    from marsad.extract.events_triggers import Hit

CHARGED_TYPES = frozenset(("ASSAULT", "FIGHT", "COERCE", "CRIME"))  # deeds an accusation charges as done
CHARGE_REACH = 8  # words from the accusing word to the deed it charges


def _accusing_tokens(toks: list[Tok], p: Hit, W: Words) -> list[int]:
    """The tokens of trigger p that make it an accusation or a blame: a word of `charge` («اتهمت»,
    «اتهامات») or of `blame` («مسؤولية», «باللوم») among its words and needed words; [] for any other."""
    own = [*range(p.first, p.last), *sorted(p.used)]
    return [k for k in own if toks[k].word and (has(toks[k], W["charge"]) or has(toks[k], W["blame_words"]))]


def _opens_charge(toks: list[Tok], h: Hit, W: Words) -> bool:
    """True when the deed noun is joined to the accusation as its charge: with «بـ» on it («بقصف»,
    «وبقتل»), or right after a blame word or a linking word («مسؤولية التفجير», «المسؤولية عن الهجوم»,
    «بالوقوف وراء الهجوم», «باللوم على القاعدة في التفجير»)."""
    form = toks[h.first].form
    if form.startswith(("ب", "وب")) and not form.startswith(("بعد", "وبعد")):
        return True
    prev = h.first - 1
    return prev >= 0 and toks[prev].word and (has(toks[prev], W["blame_words"]) or toks[prev].form in W["charge_link"])


def charged_deed(toks: list[Tok], a: int, b: int, p: Hit, h: Hit, W: Words) -> bool:
    """True when nominal deed h is what accusation p charges, in p's clause and within `CHARGE_REACH`
    words after its accusing word («اتهمت الحكومة اليمنية الحوثيين بقصف …», «وحملت الحكومة تنظيم داعش
    مسؤولية التفجير»): an event of its own, not only the topic of the accusation."""
    if p.trig.type != "DISAPPROVE" or p.trig.pos == "n" or h.trig.type not in CHARGED_TYPES or h.trig.pos == "v" \
            or h.first <= p.first:
        return False  # (a nominal accusation, «بسبب اتهامه لزوجته باختلاس», names its parties loosely)
    if h.first < _attribution_end(toks, p, W):
        return True  # «ونسبت الشرطة الهجوم إلى …»: the deed attributed
    own = _accusing_tokens(toks, p, W)
    if not own or h.first <= max(own) or not _opens_charge(toks, h, W):
        return False
    if p.first < clause_of(toks, a, b, h.first)[0] and not _aside_comma(toks, a, b, max(own), h, W):
        return False
    between = [k for k in range(max(own) + 1, h.first) if toks[k].word]
    return len(between) <= CHARGE_REACH


def _aside_comma(toks: list[Tok], a: int, b: int, own: int, h: Hit, W: Words) -> bool:
    """True when the only mark between the accusing word at `own` and the deed h is one comma after the
    accuser and a time word («اتهمت الحكومة الأوكرانية اليوم، الانفصاليين … باستهداف مواقعها»), set off
    before the accused with no conjunction or complementiser after it: the accusation's clause goes on."""
    start = clause_of(toks, a, b, h.first)[0]
    if toks[start - 1].form not in _COMMAS or clause_of(toks, a, b, own)[1] != start - 1:
        return False
    before = [k for k in range(own + 1, start - 1) if toks[k].word]
    after = [k for k in range(start, h.first) if toks[k].word]
    return 0 < len(before) <= _ASIDE_WORDS and bool(after) and not any(
        toks[k].form[:1] in ("و", "ف") or has(toks[k], W["comp"]) or has(toks[k], W["say"]) for k in after)


_COMMAS = frozenset(("،", ","))
_ASIDE_WORDS = 4  # the accuser's name and a time word before the comma («الحكومة الأوكرانية اليوم،»)


def blamed(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when the deed h is joined as a charge («مسؤولية التفجير», «المسؤولية عن الهجوم», «باللوم على
    القاعدة في التفجير») to a blame word with no pronoun of its own («مسؤولية», «باللوم») standing within
    `CHARGE_REACH` words before it, in its clause: the one blamed did it (not «مسؤوليته عن», a claim by
    its own subject)."""
    if not _opens_charge(toks, h, W):
        return False
    seen = 0
    k = h.first - 1
    lo = clause_of(toks, a, h.last, h.first)[0]
    while k >= lo and seen < CHARGE_REACH:
        t = toks[k]
        if t.word:
            if t.form in W["blame_words"]:
                return True
            seen += 1
        k -= 1
    return False


def verb_stem_before_pronoun(verb: str) -> str:
    """The folded past verb as written before an object pronoun: a final «ى» (folded «ي») is written «ا»
    («تبنى» → «تبناه», «تبناها»: the attack he claimed); other verbs are unchanged («شن» → «شنه»)."""
    return verb[:-1] + "ا" if len(verb) > 3 and verb.endswith("ي") else verb


def _attribution_end(toks: list[Tok], p: Hit, W: Words) -> int:
    """The token of «إلى» of an attribution with its object between («ونسبت الشرطة الهجوم إلى»), or
    p.first when p is none."""
    if p.trig.type != "DISAPPROVE" or not p.used or not has(toks[p.first], W["attrib_to"]):
        return p.first
    return min(p.used)


def attributed_deeds(toks: list[Tok], hits: list[Hit], L: Lexicon) -> list[Hit]:
    """The hits with, added in order, each deed named inside an attribution's own words («ونسبت الشرطة
    الهجوم إلى تنظيم داعش»: the attack is the one attributed, an event of its own), which the attribution
    trigger took up whole."""
    from marsad.extract.events_triggers import find_triggers  # events_triggers imports this module

    out = list(hits)
    for p in hits:
        end = _attribution_end(toks, p, L.words)
        if end > p.last:
            out += [h for h in find_triggers(toks, p.last, end, L)
                    if h.trig.type in CHARGED_TYPES and h.trig.pos != "v"]
    return sorted(out, key=lambda h: h.first)


def conjoined_blame(toks: list[Tok], h: Hit, source: list[str], earlier: list[str], groups: list[Group],
                    W: Words) -> tuple[list[str], list[str]] | None:
    """(source, target) of a blame verb conjoined to an earlier verb with the subject `earlier`, with one
    party only between it and its blame word («دانت الحكومة الأردنية مقتل الطفل وحملت إسرائيل
    المسؤولية»): the verb blames someone, so that party is whom it blames and the earlier verb's subject
    blames; None for any other verb («وحمل الرئيس إسرائيل المسؤولية» names both)."""
    if h.trig.pos != "v" or not toks[h.first].form.startswith(("و", "ف")) or not earlier or not h.used:
        return None
    blame = min(h.used)
    if not toks[blame].word or not has(toks[blame], W["blame_words"]):
        return None
    between = [g for g in groups if h.last <= g.first and g.last <= blame and g.actor]
    if len(between) != 1 or set(between[0].names) != set(source) or set(source) & set(earlier):
        return None
    return list(earlier), list(source)

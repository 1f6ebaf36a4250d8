"""Who is asked in a request told with «طلب … من».

«طلب X من Y أن …»: X asks, Y is asked. The trigger row of «طلب» that looks far for «من» (the asker named
at length: «وطلب وزير الخارجية الأمريكي جون كيري من روسيا …») would also take a noun «طلب» whose
clause runs on to an unrelated «من» («وهو طلب لقي على ما يبدو استجابة من عضو …»). Such a far hit is
kept only when every word between the verb and «من» is part of a name or a title: the asker
(`unnamed_asker`).

A deed done to the doer's own relative names its target only by a kin noun with a possessive
pronoun: «وقتل رجل زوجته», «أقدم شاب على قتل والده», «اعتدى على شقيقه». With no other target, that
noun is the target, read right after a noun trigger or after a verb and a doer of up to three words,
never past a preposition or clause word («وقتله أمام أطفاله», «اعتقل بعد أن اتصلت زوجته») (`kin_patient`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

# the request verb whose asked party follows «من»
_ASK = norm("طلب")
# how far the base row of «طلب» looks for «من» (event_triggers.tsv); a farther «من» needs a named asker
_NEAR = 3


def _title_word(form: str, W: Words) -> bool:
    """True when a word can stand in a title before a name («وزير», «الرئيس», «العام»)."""
    return form in W["bare_title"] or form in W["title"] or form in W["person_nouns"]


def unnamed_asker(toks: list[Tok], h: Hit, covered: set[int], W: Words) -> bool:
    """True when a «طلب … من» hit reaches a far «من» over words that name no one (see the module
    docstring): a noun «طلب» in a clause of its own, not a request."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v" or not h.used:
        return False
    if toks[h.first].form not in (_ASK, "و" + _ASK, "ف" + _ASK):
        return False
    at = min(h.used)
    if at - h.first <= _NEAR:
        return False
    return any(toks[k].word and k not in covered and not _title_word(toks[k].form, W)
               for k in range(h.first + 1, at))


# kin nouns with a possessive pronoun: the person's own relative, named by the text only so
# («قتل والده», «وقتل المسلح زوجته», «اعتدى على والدته»)
_KIN = frozenset(norm(w) for w in (
    "والده", "والدته", "والديه", "زوجته", "زوجها", "شقيقه", "شقيقته", "شقيقها", "شقيقتها", "ابنه", "ابنته",
    "ابنها", "ابنتها", "أبناءه", "أبناءها", "أطفاله", "أطفالها", "أسرته", "أسرتها", "عائلته", "عائلتها",
    "والدها", "والدتها", "أخاه", "أخته", "أخيه", "أخاها", "أخيها", "أباه", "أمه"))
# the deeds whose patient a kin noun right after can be
_DEED_TYPES = frozenset({"ASSAULT", "CRIME", "COERCE"})
# a preposition before the patient of «اعتدى على», «اعتداء على»
_ON = norm("على")
# words placing the deed beside people, not naming its doer («وقتله أمام أطفاله», «بحضور والده»)
_BESIDE = frozenset(norm(w) for w in ("أمام", "بحضور", "وسط", "عند", "بعد", "قبل", "برفقة", "مع", "بين"))
_KIN_REACH = 3  # words of the doer that may stand between the verb and the kin noun


def kin_patient(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> list[str]:
    """The relative a deed was done to, told by a kin noun with a possessive pronoun right after the
    trigger or after a short unnamed doer, no preposition or clause word between («وقتل المسلح زوجته»,
    «قتل والده»); [] when none."""
    if h.trig.type not in _DEED_TYPES:
        return []
    covered = {k for g in groups for k in range(g.first, g.last)}
    if toks[h.last - 1].form in W["prep_any"]:
        return []  # «تعرضت للضرب من زوجها»: the relative after «من» did it
    reach = 1 if h.trig.pos != "v" else _KIN_REACH + 1
    k = h.last
    for _ in range(reach):
        if k >= b or not toks[k].word or k in covered:
            return []
        f = toks[k].form
        if f == _ON and k + 1 < b and toks[k + 1].form in _KIN:
            k += 1
            f = toks[k].form
        if f in _KIN:
            if k + 1 < b and toks[k + 1].form in _KIN:
                k += 1  # «حتى قتل ابنها أخيها»: the first relative is the doer (VSO), the second the patient
            return [text[toks[k].start:toks[k].end]]
        if f in W["prep_any"] or f in W["comp"] or f in W["np_stop"] or f == _ON or f in _BESIDE:
            return []  # «اعتقل بعد أن اتصلت زوجته», «للضرب من زوجها»: the relative is no patient
        k += 1
    return []

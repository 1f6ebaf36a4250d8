"""«استياءه من X», «غضبها من X»: the party one's displeasure is «من» is its target, not a source.

After «من» a named party is read as where someone comes from, no party of the deed (`events_actors.bind`
gives it the binding «from»: «وفد من حركة حماس», «مقاتلون من الحزب»). But a noun of displeasure with
the pronoun of the one displeased takes what displeases him with «من»: «وأعرب وزير الخارجية عن استيائه
من موقف إيران», «أبدت الحكومة غضبها من تصريحات رئيس الوزراء الإسرائيلي», «عبر عن امتعاضه الشديد من
واشنطن», «أبدى المشجعون غضبهم من رئيس لجنة الاحتراف». The one displeased is named by the pronoun, so
the party after «من» (through the words or statements of it) is the one disapproved of.

Only the noun with a pronoun is read so: a bare «غضب من المواطنين» («وسط غضب من المواطنين») tells
whose the anger is. Concern («قلقه من») is no stance the coder codes, and is left out.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_NOUNS = ("غضب", "استياء", "استيائ", "امتعاض", "انزعاج", "سخط", "تذمر", "استهجان")
# «استياءه», «استيائه», «غضبها», «امتعاضهم» … as written, folded
DISPLEASED = forms(*(n + p for n in _NOUNS for p in _PRONOUNS))
# «الشديد», «البالغ», «العارم», «أيضا»: an adjective or an adverb may stand between the noun and «من»
BETWEEN = forms("الشديد", "البالغ", "العارم", "الكبير", "العميق", "الواضح", "أيضا", "كذلك")


def _is_displeased(tok: Tok) -> bool:
    return tok.form in DISPLEASED or not DISPLEASED.isdisjoint(tok.reads)


def displeased_at(toks: list[Tok], k: int) -> bool:
    """True when token k («من») follows a noun of displeasure with a pronoun, an adjective or «أيضا»
    allowed between («عن استيائه الشديد من», «مبديا استياءه أيضا من»): the party after it is what
    displeased, a target."""
    words = [j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].word][:2]
    if not words:
        return False
    if _is_displeased(toks[words[0]]):
        return True
    return len(words) == 2 and toks[words[0]].form in BETWEEN and _is_displeased(toks[words[1]])

"""«عبر عدد من …» as «a number of … expressed», not «via a number of».

The trigger table blocks «عبر» read as «via» when a word of means follows it («عبر موقع», «عبر حسابه»,
«عبر عدد من المنافذ»). But in news a number of people often voice a stance with «عبّر» and a plural
subject counted by «عدد من»: «وعبر عدد من النواب المحافظين عن اعتراضهم على الاتفاق», «عبر عدد من
المسافرين عن امتعاضهم», «وعبر عدد من المواطنين عن شكرهم». Read across SaudiNewsNet, «عبر عدد من» /
«عبر عدة» with «عن» after the counted noun is the verb «expressed» every time; «via a number of»
takes no «عن» there («نقل الجرحى عبر عدد من المنافذ إلى المستشفيات»), except in «عن طريق».

`expressed_by_many` tells when the «via» block must not be applied; the table's own «عبر» rows
(«عن اعتراضهم», «عن استيائهم», «عن شكرهم» …) then decide whether an event is told at all.

`voicing_verb`: «عبر», «أعرب», «أبدى» take their stance with «عن» or as their object («أبدى استياءه»),
never a party as a bare object, so a noun right after their subject is no target: in «عبر عدد من
النواب المحافظين عن اعتراضهم» «المحافظين» (conservative) describes the deputies.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import Tok

_EXPRESS = forms("عبر", "وعبر", "فعبر")  # the verb as written (shadda is folded away)
_COUNT = forms("عدد", "عدة")  # «عدد من النواب», «عدة نواب»
_ABOUT = norm("عن")
_BY_WAY = forms("طريق")  # «عن طريق»: by way of, the «via» reading again
REACH = 12  # words after «عبر» searched for «عن»
_VOICING = forms("أعرب", "يعرب", "عبر", "يعبر", "أبدى", "يبدي")  # a trigger row's first word, as folded


def voicing_verb(word: str) -> bool:
    """True when a trigger's first word is a verb of voicing a stance («عبر», «أعرب», «أبدى»)."""
    return word in _VOICING


def expressed_by_many(toks: list[Tok], i: int, b: int) -> bool:
    """True when token i is «عبر» with «عدد»/«عدة» right after it and «عن» (not «عن طريق») within
    `REACH` words: «عبر عدد من النواب … عن اعتراضهم», a counted subject voicing a stance."""
    if toks[i].form not in _EXPRESS:
        return False
    ws = [k for k in range(i + 1, b) if toks[k].word][:REACH]
    if not ws or toks[ws[0]].form not in _COUNT:
        return False
    for n, k in enumerate(ws[1:], 1):
        if toks[k].form == _ABOUT:
            nxt = ws[n + 1] if n + 1 < len(ws) else None
            return nxt is None or toks[nxt].form not in _BY_WAY
    return False

"""A strike foretold under a condition or at whoever comes: a threat, not an attack.

«إذا لم يأخذوا الإذن … فإن سلاح الجو سيقصف كل من يقترب من سواحلنا», «سنضرب أي سفينة تدخل مياهنا»: an attack
verb in the future («سـ») with a condition near it («إذا», «لو», «في حال», «ما لم») or aimed at whoever does
something («كل من», «أي») tells no strike done, but one a party warns it will make. `warned_strike` tells
`events_typing` to read such an ASSAULT as THREATEN.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, has

_CONDITION = forms("إذا", "اذا", "وإذا", "فإذا", "لو", "ولو", "حال", "حالة", "لم")  # «إن لم», «ما لم», «في حال»
_WHOEVER = forms("أي", "كل", "لأي", "لكل")
CONDITION_REACH = 12  # words either side of the verb searched for a condition


def future_verb(tok: Tok) -> bool:
    """True when a token is a verb in the future with «سـ» («سيقصف», «ستضرب», «وسنهاجم»)."""
    f = tok.form.lstrip("وف")
    return len(f) >= 4 and f[0] == "س" and f[1] in "يتنا" and any(r == f[1:] for r in tok.reads)


def warned_strike(words: list[Tok], at: int) -> bool:
    """True when the attack verb at `words[at]` is in the future with a condition near it or whoever for its
    object (module docstring)."""
    if not future_verb(words[at]):
        return False
    after = [t for t in words[at + 1:at + 4] if t.word]
    if (after and has(after[0], _WHOEVER)) or (len(after) > 1 and has(after[1], _WHOEVER)):
        return True  # «سيقصف كل من يقترب», «سيقصف الطيران أي قارب»
    near = [t for t in words[max(0, at - CONDITION_REACH):at + CONDITION_REACH + 1] if t.word]
    return any(has(t, _CONDITION) for t in near)

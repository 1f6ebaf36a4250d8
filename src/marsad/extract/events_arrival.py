"""An arrival on a tour told as a visit («ووصل بلينكن إلى القاهرة في جولة جديدة بالمنطقة», `event_triggers.tsv`),
not in a relative clause on a party named before it («التقى السيسي كيري الذي وصل القاهرة أمس … في جولة»: it only
tells who the party met is, and the sentence's subject is not the one who arrived), nor where a visit noun stands
before the tour («وصلوا إلى عمان في زيارة عمل … ضمن جولة»: that visit is read off «زيارة», and told once)."""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_roles import after_relative
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit

_TOUR = norm("جولة")  # the needed word of the arrival row («في جولة», «ضمن جولة»)
_VISIT = forms("زيارة", "زيارات")


def arrival_told_otherwise(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when `h` is the arrival-on-a-tour trigger right after a relative pronoun («الذي وصل») or with a visit
    noun before its tour (module docstring)."""
    if h.trig.type != "CONSULT" or not any(_TOUR in need for need in h.trig.needs):
        return False
    return after_relative(toks, a, h, W) or any(has(toks[k], _VISIT) for k in range(h.last, h.after))

"""An announcer's own fighters: «مقاتليها», «عناصرها», «مجاهديها», «قواته».

An armed group or a force that announces a deed of its own men names them by a noun of fighters with a
pronoun back to itself, right after the «أن»/«إن» of its announcement: «وأعلنت سرايا القدس أن مقاتليها
خاضوا اشتباكات عنيفة مع قوات الاحتلال», «وقالت الكتائب إن مجاهديها فجروا عبوة ناسفة». The announcer did
the deed then: it is not a mere reporter of someone else's fight (`events_attack_sides.reported_sides`).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import POSSESSIVE, Tok


def own_fighters(tok: Tok, W: Words) -> bool:
    """True when the token is a noun of fighters or arms (`own_arms`) with a pronoun suffix («مقاتليها»,
    «عناصرها», «مجاهديها», «قواته»): the speaker's own men."""
    stem = next((r for r in tok.reads if r in W["own_arms"]), None)
    return stem is not None and tok.form.endswith(POSSESSIVE) and len(tok.form) > len(stem)


def own_fighters_after(toks: list[Tok], comp: int, end: int, W: Words) -> bool:
    """True when the first word after the complementiser at token `comp` (before token `end`) names the
    speaker's own fighters («أن مقاتليها خاضوا …»)."""
    k = next((j for j in range(comp + 1, end) if toks[j].word), None)
    return k is not None and own_fighters(toks[k], W)

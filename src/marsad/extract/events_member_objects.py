"""The armed men of a group named right after a definite party: a second party, the object.

Mentions join into one group across title words, and the title list holds the nouns of a group's armed men
(«عناصر», «مسلحي», «مقاتلي», «ميليشيات»: «مسلحي حركة حماس» is حماس's men). After a party whose last word is
definite («الجيش», «الشرطة», «القوات العراقية», «البغدادي») such a noun in the construct state opens a new noun
phrase: a definite word closes the first party's name (a genitive would make it indefinite), so «اعتقل الجيش
عناصر داعش», «وحاصرت الشرطة مسلحي القاعدة» tell two parties, the arresters and the arrested, and the
group named after the noun of armed men is the object, never a co-doer (`members_after_party`).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok
from marsad.model import Entity

Mention = tuple[int, int, Entity]

# nouns of a group's armed men in the construct state (no «و», «ب», «ل» glued: those split groups already)
_MEN_OF = forms("عناصر", "مسلحي", "مقاتلي", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا")


def members_after_party(toks: list[Tok], last: Mention, ent: Entity, s: int) -> bool:
    """True when the only word between the mention `last` and the mention `ent` (starting at token s) is a
    noun of armed men in the construct state and `last` ends in a definite word («الجيش» + «عناصر» +
    «داعش»): the men of `ent` are a second party, not part of the first one's name."""
    gap = range(last[1], s)
    if len(gap) != 1 or not toks[gap[0]].word or toks[gap[0]].form not in _MEN_OF or ent.label != "ORG":
        return False
    words = fold(last[2].text).split()
    return bool(words) and words[-1].startswith(("ال", "وال"))

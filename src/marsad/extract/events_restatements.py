"""One speaker's one statement told twice: a quote of the speaker's own words, or the statement named
again by its own noun.

Support told first in the reporter's words and then in the speaker's quoted words («أكدت قطر دعمها
الكامل لتركيا» … «مشددة على "تضامن دولة قطر الكامل مع الجمهورية التركية"») is one statement, however
many other deeds are told between (`quoted_again`). A statement named a second time by the same noun
with the speaker's pronoun («وإن إشادتها بالالتزام …» … «وأشار إلى أن إشادتها بمسؤولين …») is the act
told before, not a new one (`named_again`)."""

from __future__ import annotations

from marsad.extract.events_lexicon import norm
from marsad.model import Event


def quoted_again(ev: Event, out: list[Event]) -> Event | None:
    """The backing a quoted one (`ev.claimed_by`) tells again, if any: the latest statement of its type
    told before, when it is the speaker's own (same speaker, not itself quoted), as negated, and addressed to
    everyone the quote addresses. Only a stance of support (`STANCES`: «دعمها الكامل لتركيا» … «"تضامن
    دولة قطر الكامل مع الجمهورية التركية"»): a quoted accusation, protest or demand is an act of its own
    («اتهمت باكستان الهند …» … «"باكستان تتقدم باحتجاج"»). Another statement of the type told between
    (the same speaker's, another speaker's) leaves the quote its own."""
    if not (ev.claimed_by and ev.source and ev.target and ev.type in STANCES):
        return None
    p = next((p for p in reversed(out) if p.type == ev.type), None)
    if p is None or p.claimed_by or p.negated != ev.negated or p.source != ev.source or p.end > ev.start:
        return None
    return p if set(ev.target) <= set(p.target) else None


def named_again(p: Event, ev: Event) -> bool:
    """True when `ev` names `p`'s act again by the same noun with a pronoun of its speaker («إشادتها»,
    «إدانته», «مطالبتهم»), one word for both tellings, the same speaker and no other addressee: what the
    pronoun owns is the act already told. A verb told twice («أشاد» … «أشاد») tells two acts."""
    word = norm(ev.trigger).split()
    if len(word) != 1 or norm(p.trigger).split() != word or not word[0].endswith(_OWNERS):
        return False
    return p.source == ev.source and (not ev.target or not p.target or set(ev.target) <= set(p.target))


STANCES = frozenset({"SUPPORT"})  # one side's backing of another, whatever words tell it again
_OWNERS = ("ته", "تها", "تهم", "تهما")  # a verbal noun in «ـة» with the speaker's pronoun

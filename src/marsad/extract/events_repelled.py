"""An attack fought back: the attackers of «صدت القوات الهجوم» are the other side of the fight.

«صد» or «تصدى» with an attack noun («صدت الهجوم», «تصدوا للهجمات», «التصدي للهجوم») is a fight
between armed parties (FIGHT, `event_triggers.tsv`): those who fought the attack back are its source,
the attackers its target. News tells the attack first and its repelling after it, by a definite noun
that refers back and names no attacker:

    وأوضح الجيش الأوكراني أن 400 من الانفصاليين هاجموا القوات الحكومية حول بلدة ستاروناتيفكا …
    ولفت إلى أن القوات الأوكرانية صدت الهجوم بالقصف المدفعي.

    حاول الحوثيون الهجوم على مواقع المقاومة في جبهة صرواح … إلا أن المقاومة تصدت للهجوم.

Such a fight with no target read takes as its target the doer of the attack told before it in the
article (`repelled_attackers`): the source of the latest ASSAULT or FIGHT before it, within a few
sentences, that is not the repelling side itself and was not made on someone else («هاجم X مواقع
Y … وصد Z الهجوم» is Z's fight with X only where Y is Z or unnamed). An indefinite noun («صد هجوما
في محور …») is an attack not told before, and an attack whose doer its own sentence names after the
noun («صد هجوم شنه …», «الهجوم الذي شنته …», «هجوم من قبل …») is left to the reading of that
sentence.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import after_trigger
from marsad.model import Event

_REPEL = forms("صد", "يصد", "تصد", "صدت", "صدوا", "يصدون", "تصدى", "يتصدى", "تتصدى", "تصدت", "تصدوا",
               "يتصدون", "التصدي", "وصد", "وصدت", "وصدوا", "وتصدى", "وتصدت", "وتصدوا", "فصد", "فصدت",
               "فتصدت", "صدها", "صدهم", "وصدها")
_BACK_ATTACK = forms("الهجوم", "الهجمات", "للهجوم", "للهجمات")  # a definite attack noun that refers back
_THAT = forms("ذلك", "هذا", "هذه", "تلك")  # «صد ذلك الهجوم», «صد هجوم هذه»
_ATTACK = forms("هجوم", "هجمات", "لهجوم", "لهجمات")
_DOER_MADE = forms("شنه", "شنته", "شنها", "شنوه", "شنتها", "نفذه", "نفذته", "نفذها", "نفذوه")  # «… شنه X»
_DOER_NEXT = forms("الذي", "التي", "من", "لـ")  # right after the noun: «الهجوم الذي …», «الهجوم من قبل X»
_REACH = 800  # characters back in which the attack told before is sought (a few sentences)
_LOOK_AFTER = 3  # words after the attack noun in which its doer may be named


def _words(s: str) -> list[str]:
    return norm(s).split()


def _refers_back(trigger: str) -> bool:
    """True when the trigger is a repelling of a definite attack noun that names no attacker: «صدت
    الهجوم», «وتصدت المقاومة للهجمات», «صد ذلك الهجوم»."""
    ws = _words(trigger)
    if len(ws) < 2 or ws[0] not in _REPEL:
        return False
    last = ws[-1]
    return last in _BACK_ATTACK or (last in _ATTACK and len(ws) > 2 and ws[-2] in _THAT)


def _doer_named_after(text: str, ev: Event) -> bool:
    """True when the words right after the trigger in its sentence name who made the attack («صد الهجوم
    الذي شنه الحوثيون», «… من قبل …»)."""
    rest = after_trigger(text, ev)
    if rest is None:
        return True  # the trigger cannot be placed: leave the event as read
    after = _words(rest)[:_LOOK_AFTER]
    return bool(after) and (after[0] in _DOER_NEXT or any(w in _DOER_MADE for w in after))


def _attack_before(ev: Event, events: list[Event]) -> Event | None:
    """The latest attack told before `ev` within `_REACH` characters by a party other than the repelling
    side, on the repelling side or on no one named."""
    own = set(ev.source)
    found = [p for p in events if p is not ev and p.type in ("ASSAULT", "FIGHT") and p.source
             and p.start < ev.start and ev.start - p.start <= _REACH and not own & set(p.source)
             and (not p.target or not own or own & set(p.target))]
    return max(found, key=lambda p: p.start, default=None)


def repelled_attackers(events: list[Event], text: str) -> None:
    """Give a repelling of an attack told before («صدت القوات الأوكرانية الهجوم») with no target read
    the doer of that attack as its target, in place."""
    for ev in events:
        if ev.type != "FIGHT" or ev.target or not _refers_back(ev.trigger) or _doer_named_after(text, ev):
            continue
        attack = _attack_before(ev, events)
        if attack is not None:
            ev.target = list(attack.source)

"""The side that lost ground a seizure takes, read from the article's fighting when its sentence names none.

War news tells the taking of a town, a base or a district by its taker alone: «تمكن الجيش الوطني والمقاومة
الشعبية من استعادة السيطرة على محافظة لحج», «وقالت مصادر إن القوات العراقية سيطرت على مناطق وطرق شرق
الرمادي», «نجح الجيش الوطني والمقاومة الشعبية في السيطرة على مدينة قعطبة». Ground is taken from the enemy
the taker fights; the sentence does not name him because the article already has («ضربات التحالف على
مواقع الحوثيين», «معارك بين المقاومة والحوثيين», «سجلت القوات المشتركة تقدما ضد تنظيم داعش»). The gold
codes such a seizure (COERCE, mode seize) against that enemy.

`seizure_adversary`: a seizure with a taker and no loser takes as its target the other side of the
article's nearest fight or attack (FIGHT, ASSAULT, or another seizure) in which one of its takers is a
side: the attacked when the taker attacked, the attacker when the taker was attacked. Of that side it
keeps only names of a party of the war:
- not one the article tells on the takers' side (a doer beside one of them);
- of two names that fight each other elsewhere in the article, only the one more often attacked there
  (a misread «غارات» on «الحوثي والمقاومة الشعبية» alike: the Houthis lost the ground);
- one that shares a word with the doer of some event of the article or a side of a fight there (a side
  of the war acts in its story; «طقمين عسكريين» taken in a raid does not), and not a bare «القوات».
Only a trigger of taking ground counts («سيطر», «استعاد», «تحرير», «استولى»), not looting («نهبت
منهم»). Only armed events with both sides named count, and only where that other side shares no name
with the takers. A seizure whose sentence names the loser («عقب اشتباكات بينها وبين الحوثيين») has it
already (`events_battle_sides.seizure_loser`) and is left alone; so is an arrest, a raid or a demolition
(their target is who was taken, not a side).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import after_trigger
from marsad.model import Event

SEIZE = "seize"
_ARMED = frozenset(("FIGHT", "ASSAULT", "COERCE"))
# stems of taking ground in a trigger («سيطرت على», «استعادة السيطرة», «تحرير مدينة», «استولت على موقع»);
# not looting or confiscating («نهبت», «صادرت»), whose loser is no side of the war
_GROUND = tuple(fold(w) for w in ("سيطر", "استعاد", "استعادة", "تحرير", "حرر", "استولى", "استولت", "استولوا"))
_BARE = frozenset(fold(w) for w in ("القوات", "قوات", "المسلحين", "المسلحون", "العناصر"))  # no one party
_FROM_REACH = 5  # words after a seizure's trigger within which «من» names the land's state
_REACH = 4000  # characters from the seizure within which the fight that names the enemy may stand


def _other_side(seizure: Event, ev: Event, states: frozenset[str] = frozenset()) -> list[str]:
    """The side of `ev` facing the seizure's takers, or none when the takers are not one of its sides. A state
    that struck the takers (`states`: folded names of countries) is no side they took ground from («شنت تركيا
    غارات ضد مقاتلي داعش» … «وسيطر تنظيم داعش على مساحات من سورية والعراق»: not from Turkey)."""
    if ev is seizure or ev.type not in _ARMED or not ev.source or not ev.target:
        return []
    if ev.type == "COERCE" and ev.mode != SEIZE:
        return []  # («اعتقلت القوات 20 شخصا»: the arrested are no side of the war)
    takers = set(seizure.source)
    if takers & set(ev.source) and not takers & set(ev.target):
        return list(ev.target)
    if ev.type != "COERCE" and takers & set(ev.target) and not takers & set(ev.source):
        return [n for n in ev.source if fold(n) not in states]  # («قصف الحوثيون مواقع المقاومة»: their enemy)
    return []


def _allies(seizure: Event, events: list[Event]) -> set[str]:
    """Names told on the takers' side in the article: doers beside one of them («هاجمت المقاومة والجيش …»).
    (Not targets beside one: Turkey strikes «داعش» and the Kurds alike.)"""
    takers = set(seizure.source)
    return {n for ev in events if takers & set(ev.source) for n in ev.source}


def _facing(a: str, b: str, events: list[Event]) -> bool:
    """True when `a` and `b` stand on opposite sides of an armed event of the article."""
    return any(ev.type in _ARMED and ((a in ev.source and b in ev.target) or (b in ev.source and a in ev.target))
               for ev in events)


def _one_side(names: list[str], events: list[Event]) -> list[str]:
    """`names` less those that fight another of them elsewhere in the article, keeping of two such foes the one
    more often attacked there (a misread «غارات» on «الحوثي والمقاومة الشعبية» alike: the Houthis lost)."""
    hits = {n: sum(n in ev.target for ev in events if ev.type in _ARMED) for n in names}
    return [n for n in names if not any(m != n and _facing(n, m, events) and hits[m] >= hits[n] for m in names)]


def _from_states(rest: str | None, states: frozenset[str]) -> bool:
    """True when the words right after the trigger (`rest`, the sentence after it) say the ground was taken
    from states («سيطر على مساحات كبيرة من سورية والعراق»): the loser is the land's own state, not a party of
    the article's fighting (not a state named further on: «… القادمة من صنعاء»)."""
    if rest is None:
        return False
    words = [fold(w) for w in rest.split()[:_FROM_REACH]]
    return any(w == fold("من") and i + 1 < len(words) and words[i + 1] in states for i, w in enumerate(words))


def seizure_adversary(events: list[Event], states: frozenset[str] = frozenset(), text: str = "") -> None:
    """Give each seizure with a taker and no loser the enemy the article's nearest fight of its takers names
    («استعادة السيطرة على محافظة لحج» in a story of the army and the resistance fighting the Houthis)."""
    doers: set[str] | None = None  # the words of the story's acting sides, read once, at the first seizure
    for e in events:
        if e.type != "COERCE" or e.mode != SEIZE or not e.source or e.target or e.negated \
                or not any(w in fold(e.trigger) for w in _GROUND):
            continue
        if _from_states(after_trigger(text, e), states):
            continue
        near = sorted((abs(o.start - e.start), i) for i, o in enumerate(events) if _other_side(e, o, states))
        if near and near[0][0] <= _REACH:
            allies = _allies(e, events)  # («… الحوثي والمقاومة الشعبية» where the army's fight was misread)
            foes = [n for n in _other_side(e, events[near[0][1]], states) if n not in allies]
            if doers is None:  # («طقمين عسكريين»: no side that acts; «ميليشيات الحوثي» where «الحوثي» acts; a
                # seizure's new target changes none of them: only fights give theirs)
                doers = {w for ev in events for n in ev.source + (ev.target if ev.type == "FIGHT" else [])
                         for w in fold(n).split()}
            e.target = _one_side([n for n in foes if set(fold(n).split()) & doers and fold(n) not in _BARE], events)

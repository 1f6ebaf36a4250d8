"""«اشتباكات بين الطرفين»: a clash between «the two sides» is fought by the parties of the deed told before.

News names the two sides of a fight once, by the attack or the fight that opened it, and then tells
the clashes between «الطرفين» or «الجانبين» without naming them again:

    وقالت مصادر إن الحوثيين وقوات صالح شنوا هجوما على مواقع المقاومة في جبهة الجفينة، واندلعت بعد
    تلك الهجمات مواجهات عنيفة بين الطرفين.

    وكانت المقاومة الشعبية قد شنت هجمات واسعة على مواقع الحوثيين في المدينة واندلعت مواجهات مسلحة بين
    الطرفين.

A FIGHT told by a clash noun right before «بين الطرفين/الجانبين» that lacks a side takes its sides from
the latest deed of armed conflict before it (or in its own sentence) with both a source and a target
(`two_sides_told_before`), within a few sentences: the side it already has must be one of that deed's
parties, and the other party becomes its other side, in the same order as that deed gives them. A deed
whose parties include a bare count («20 شخصا») names its dead, not a side, and is passed over. A clash
with no side read at all takes its sides only from an attack or a fight told in its own sentence or in
the sentence right before it: further back, the deed before is as often another one (strikes, a killing).
A clash with one side read and no «بين الطرفين» takes the other the same way: the fight goes on between
the sides the story named («ودارت اشتباكات عنيفة بين المقاومة والحوثيين …» and then «وقتل … في مواجهات
مع المقاومة»).

An attack told with one side is, as often, a later telling or a next round of an attack or fight the story
told before with both sides: an attack with a doer and no target takes the target of the latest such deed
by that doer, and one with a target and no doer takes the doer of the latest such deed on that target
(«وقال مسؤولون إن مقاتلي حزب العمال الكردستاني هاجموا موقعا» after the PKK's attack on the Turkish army
was told), within the paragraphs of one story (`attack_sides_told_before`).
"""

from __future__ import annotations

import re

from marsad.extract.events_lexicon import forms, lexicon, norm
from marsad.extract.events_tokens import after_trigger
from marsad.model import Event

TWO_SIDES = forms("الطرفين", "الجانبين")  # «بين الطرفين»: the two sides named before
_BETWEEN = norm("بين")
_CONFLICT = ("FIGHT", "ASSAULT", "COERCE")  # material conflict: a fight, an attack, a seizure
_NEAR = 5  # words after the trigger in which «بين الطرفين» is sought («اشتباكات مسلحة عنيفة بين الطرفين»)
_REACH = 800  # characters back in which the deed that named the two sides is sought (a few sentences)
_COUNT = re.compile(r"\d")
_STRIKES = forms("غارات", "غارة", "قصف", "بقصف", "وقصف", "قصفت", "غارات", "شن غارات", "ضربات", "الغارات", "القصف")
# strikes are made from afar: their target fights no clash with the striker
_GLUED = ("و", "ب", "ف", "ل")  # a letter glued before a clash noun («والاشتباكات», «بمعارك»)
_GAP = 3  # characters between the end of one sentence and the start of the next
_ARMED = ("ASSAULT", "FIGHT")  # the deeds whose other side an attack told with one side takes
_ATTACK_REACH = 1600  # characters back in which that deed is sought (the paragraphs of one story)


def _between_the_two(text: str, ev: Event) -> bool:
    """True when «بين الطرفين» or «بين الجانبين» follows the trigger closely in its sentence."""
    rest = after_trigger(text, ev)
    if rest is None:
        return False
    ws = norm(rest).split()[:_NEAR + 1]
    return any(w == _BETWEEN and ws[i + 1] in TWO_SIDES for i, w in enumerate(ws[:-1]))


def _battle_noun(ev: Event) -> bool:
    """True when the fight is told by a clash noun («اشتباكات», «وفي المواجهات», «بمعارك»), not by a
    repelled attack («صدت البيشمركة هجوما»: an attack of its own, maybe not the one told before)."""
    words = norm(ev.trigger).split()
    if not words:
        return False
    w = words[0]
    battle = lexicon().words["battle"]
    return w in battle or (w[:1] in _GLUED and w[1:] in battle) or (w[:2] in ("وب", "وف", "فب") and w[2:] in battle)


def _parties(ev: Event) -> bool:
    """True when the deed has a source and a target and none of them is a bare count of people."""
    return bool(ev.source) and bool(ev.target) and not any(_COUNT.search(n) for n in [*ev.source, *ev.target])


def _told_before(ev: Event, events: list[Event]) -> Event | None:
    """The latest deed of armed conflict with both parties named, told before `ev` or in its sentence,
    that has `ev`'s one side among its parties; for a clash with no side read, only an attack or a fight
    told in its own sentence or the one right before it («شنوا هجوما على مواقع المقاومة، واندلعت بعد
    تلك الهجمات مواجهات بين الطرفين»)."""
    known = {*ev.source, *ev.target}
    found = [p for p in events if p is not ev and p.type in _CONFLICT and _parties(p) and p.start <= ev.start
             and not _STRIKES & set(norm(p.trigger).split())
             and ev.start - p.start <= _REACH and known <= {*p.source, *p.target}
             and (known or (p.type != "COERCE" and (p.start == ev.start or ev.start - p.end <= _GAP)))]
    order = {id(p): i for i, p in enumerate(events)}
    return max(found, key=lambda p: (p.start, order[id(p)]), default=None)  # of one sentence, the last told


def two_sides_told_before(events: list[Event], text: str) -> None:
    """Give a clash «بين الطرفين» that lacks a side, or a clash with one side, the two sides of the deed
    told before it, in place."""
    for ev in events:
        if ev.type != "FIGHT" or (ev.source and ev.target) \
                or not (_between_the_two(text, ev) or (ev.source and _battle_noun(ev))):
            continue
        told = _told_before(ev, events)
        if told is None:
            continue
        if set(ev.source) <= set(told.target) and ev.source:
            ev.target = list(told.source)
        elif set(ev.target) <= set(told.source) and ev.target:
            ev.source = list(told.target)
        else:  # its side is the deed's source, or it has none
            ev.source, ev.target = list(told.source), list(told.target)


def _same_side_before(ev: Event, events: list[Event], role: str) -> Event | None:
    """The latest attack or fight with both parties named, told before `ev` within `_ATTACK_REACH`
    characters (or earlier in its sentence), whose `role` ("source" or "target") holds all of `ev`'s. A
    doer's attack placed somewhere takes no target from a deed placed nowhere: it may have struck the towns
    its sentence names, which are no party («… استهدفت جبهة النصرة. فيما قصفت قوات النظام الحولة وتلبيسة»)."""
    known = set(getattr(ev, role))
    found = [p for p in events if p is not ev and p.type in _ARMED and _parties(p) and p.start <= ev.start
             and ev.start - p.start <= _ATTACK_REACH and known <= set(getattr(p, role))
             and not (role == "source" and ev.location and not p.location)]
    return max(found, key=lambda p: p.start, default=None)


def attack_sides_told_before(events: list[Event]) -> None:
    """Give an attack told with one side the other side of the attack or fight told before by that side,
    in place: «قال مسؤولون إن مقاتلي حزب العمال الكردستاني هاجموا موقعا» after «… هاجم مسلحون من حزب العمال
    قوات الأمن التركية …»: the army again; «وقتل سبعة جنود …» after an attack on them: its doer."""
    for ev in events:  # doers first: an attack so completed may give its doer to one told after it
        if ev.type == "ASSAULT" and ev.source and not ev.target \
                and (told := _same_side_before(ev, events, "source")) is not None:
            ev.target = list(told.target)
    for ev in events:
        if ev.type == "ASSAULT" and ev.target and not ev.source \
                and (told := _same_side_before(ev, events, "target")) is not None:
            ev.source = list(told.source)

"""Places told by a word that refers back to a place named before (`place_by_anaphor`, run on the
merged events of `events.extract_events`).

- A bare definite place noun after «في», «بـ», «داخل» or «وسط» in the trigger's clause («وقصف الحوثيون
  مستشفى الثورة في المدينة», «استهدف الهجوم المنطقة الأمنية في وسط المدينة», «اعتقلت الشرطة عشرة
  في البلدة») is the last place the article named with that noun before it («في مدينة تعز», «بلدة
  باما»), in the sentence or before it. Not when a name or an adjective follows the noun («المدينة
  المنورة», «المدينة الصناعية», «البلدة القديمة»): that is a place of its own or a part of one.
- «هناك» closing the trigger's clause or before a time or place word («المواجهات الدائرة هناك منذ
  أربعة أشهر», «قتل ثلاثة هناك») is the last place named in its sentence or the one before; not the
  «هناك» of «there is» a noun follows («هناك حاجة إلى …», «هناك من يرى»), nor one after a definite
  participle («الجنود المتمركزين هناك»: where they are stationed, not where the deed was).
- The incident the story told, named back in an investigation («فتحت الشرطة تحقيقا بشأن الحادث») or
  as a site («تمشيط المنطقة المحيطة بموقع الحادث»), is where the last attack, fight or crime told
  before it happened, else the one place the article's first sentence names; not a mere link to it
  («اعتقل ستة للاشتباه بعلاقتهم بالحادث»: the arrest may be anywhere).
- «العاصمة» bare («اعتقل … في العاصمة منذ ذلك الحين») is the capital named before («العاصمة صنعاء»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok

if TYPE_CHECKING:
    from marsad.model import Entity, Event

# a bare definite place noun → the nouns the place it refers back to was named after («مدينة تعز»)
_NOUNS: dict[str, frozenset[str]] = {
    fold(k): frozenset(fold(p + v) for p in ("", "و", "ب", "وب", "ل", "ول", "في") for v in vs)
    for k, vs in (("المدينة", ("مدينة",)), ("البلدة", ("بلدة",)), ("القرية", ("قرية",)),
                  ("المحافظة", ("محافظة",)), ("الولاية", ("ولاية",)), ("المخيم", ("مخيم",)),
                  ("العاصمة", ("العاصمة",)))}
# words before a bare place noun that say the deed was inside it («في المدينة», «وسط المدينة»)
_IN = frozenset(fold(w) for w in ("في", "وفي", "داخل", "بداخل", "وسط", "بوسط", "أنحاء", "أرجاء"))
_GLUED_IN = ("ب", "وب")  # «بالمدينة»
_THERE = fold("هناك")
_DEFINITE = ("الم", "والم", "بالم")  # a definite participle before «هناك» («المتمركزين»)
# words that may follow «هناك» that closes what was done there («هناك منذ», «هناك أمس»)
_AFTER_THERE = frozenset(fold(w) for w in (
    "منذ", "خلال", "أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "بعد", "قبل", "حيث", "ضد", "إثر",
    "عقب", "حتى"))
# words that may follow a bare place noun («في المدينة التي», «في المدينة منذ»)
_AFTER_NOUN = frozenset(fold(w) for w in (
    "التي", "الذي", "منذ", "خلال", "أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "بعد", "قبل", "حيث",
    "ضد", "إثر", "عقب", "حتى", "من", "على", "إلى", "الى", "مع", "بين", "وسط", "ما", "مما", "فيما", "لكن",
    "ولكن", "بينما"))
_SIDES = frozenset(fold(p + w + e) for p in ("", "ب", "في") for w in ("شرق", "غرب", "شمال", "جنوب", "وسط")
                   for e in ("", "ي"))  # «شرقي المدينة», «وسط المدينة»
# the incident the story told, named back («فتحت الشرطة تحقيقا بشأن الحادث», «بموقع الحادث»)
_INCIDENTS = frozenset(fold(p + w) for p in ("", "و", "ب", "ل", "وب", "ول") for w in (
    "الحادث", "الحادثة", "الجريمة", "الانفجار", "التفجير", "الاعتداء"))
# the site of the incident («بموقع الحادث», «في مكان الانفجار»)
_SITE = frozenset(fold(p + w) for p in ("", "و", "ب", "ل", "وب", "في", "الى", "إلى") for w in (
    "موقع", "مكان", "محيط", "مسرح"))
_INCIDENT: frozenset[str] = frozenset(("incident",))
_DEEDS = frozenset(("ASSAULT", "FIGHT", "CRIME"))  # types of the deed an incident noun names back
REACH = 15  # words between the trigger and the word that refers back to a place
BACK_SENTENCES = 1  # sentences before the event's own searched for the place «هناك» refers to


def place_by_anaphor(events: list[Event], toks: list[Tok], text: str, entities: list[Entity],
                     spoken: frozenset[str]) -> None:
    """Place each deed with no place whose clause tells it by a word that refers back («في المدينة»,
    «هناك») at the place that word refers to. Not a statement or a demand (`spoken` types, a meeting
    and an agreement aside): what it speaks of is not where it was said."""
    places = sorted((e for e in entities if e.label == "LOC" and not e.role), key=lambda e: e.start)
    for ev in events:
        if ev.location or (ev.type in spoken and ev.type not in ("CONSULT", "AGREE")) or not ev.trigger:
            continue
        at = text.find(ev.trigger, ev.start, ev.end)
        if at < 0:
            continue
        lo = next((k for k, t in enumerate(toks) if t.start >= at + len(ev.trigger)), None)
        cue = _cue_after(toks, lo, ev.type == "INVESTIGATE") if lo is not None else None
        if cue is None:
            continue
        k, heads = cue
        if heads == _INCIDENT:
            found = _incident_place(events, ev, text, places)
        else:
            found = _antecedent(toks, text, places, events, toks[k].start, heads, ev.start, toks[k].form)
        if found is not None:
            ev.location = found


def _cue_after(toks: list[Tok], lo: int, investigation: bool) -> tuple[int, frozenset[str] | None] | None:
    """The token of the first word referring back to a place within REACH words from token `lo` in its
    clause, with the nouns its place was named after (None for «هناك», _INCIDENT for the site of the
    incident told, or for any naming of it in an `investigation`), or None."""
    words = 0
    for k in range(lo, len(toks)):
        t = toks[k]
        if t.form in CLAUSE_END or t.form in SENT_END or words > REACH:
            return None
        words += t.word
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.form == _THERE and (nxt is None or not nxt.word or nxt.form in _AFTER_THERE):
            # «الجنود المتمركزين هناك»: where those the adjective tells of are, not the deed's place
            held = k - 1 > lo and toks[k - 1].word and toks[k - 1].form.startswith(_DEFINITE)
            return None if held else (k, None)
        bare = t.form[1:] if t.form.startswith(_GLUED_IN[0]) else t.form[2:] if t.form.startswith(_GLUED_IN[1]) \
            else t.form
        glued = bare != t.form and bare in _NOUNS
        if (bare in _NOUNS and (glued or (k >= 1 and toks[k - 1].form in _IN))
                and (nxt is None or not nxt.word or nxt.form in _AFTER_NOUN)):
            return k, _NOUNS[bare]
        if t.form in _NOUNS and k >= 1 and toks[k - 1].form in _IN:
            return None  # «في المدينة المنورة»: a place of its own, told in the clause
        if t.form in _INCIDENTS and (investigation or (k >= 1 and toks[k - 1].form in _SITE)):
            return k, _INCIDENT
    return None


def _antecedent(toks: list[Tok], text: str, places: list[Entity], events: list[Event], at: int,
                heads: frozenset[str] | None, sent_start: int, cue: str) -> str | None:
    """The place a word at character `at` refers back to: for a place noun the last place named
    before it after one of `heads` («مدينة تعز»; a place mention there or the place of an event told
    before, «بلدة باما»), not one itself told as lying in the place the noun
    names («ومدينة الصالح شرقي المدينة»: a district of it); for «هناك» the last place named before it
    in its sentence or the BACK_SENTENCES before."""
    before = [e for e in places if e.end <= at]
    if heads is None:
        ends = [i for i in range(sent_start) if text[i] in SENT_END]
        lo = ends[-BACK_SENTENCES - 1] + 1 if len(ends) > BACK_SENTENCES else 0
        near = [e for e in before if e.start >= lo and _as_named(e)]
        return near[-1].canonical if near else None
    known = [e.location for e in events if e.location and e.start < at]
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].start >= at or toks[i].form not in heads:
            continue
        j = next((r for r in range(i + 1, len(toks)) if toks[r].word), None)
        if j is None or toks[j].start >= at:
            continue
        named = next((e.canonical for e in before if e.start == toks[j].start), None) \
            or next((p for p in known if text.startswith(p, toks[j].start)), None)
        if named is not None and not _lies_in(toks, toks[j].start + len(named), cue):
            return named
    return None


def _incident_place(events: list[Event], ev: Event, text: str, places: list[Entity]) -> str | None:
    """The place of the incident a noun names back: that of the last deed told before `ev` with one,
    else the one place the article's first sentence names («أبطل خبراء … عبوة ناسفة … في العاصمة
    التركية أنقرة»)."""
    told = [e for e in events if e.start < ev.start and e.type in _DEEDS and e.location]
    if told:
        return max(told, key=lambda e: e.start).location
    end = min((i for i in (text.find(m) for m in SENT_END) if i >= 0), default=len(text))
    lead = {e.canonical for e in places if e.end <= end and _as_named(e)}
    return next(iter(lead)) if len(lead) == 1 and end <= ev.start else None


def _as_named(e: Entity) -> bool:
    """True when a place mention is spelled as the place's name («بتعز», not «أتراك» nor «التركية»)."""
    return fold(e.text).endswith(fold(e.canonical))


def _lies_in(toks: list[Tok], end: int, cue: str) -> bool:
    """True when a direction and the bare noun `cue` follow a place ending at character `end`
    («مدينة الصالح شرقي المدينة»): a part of the place that noun refers to."""
    after = [t for t in toks if t.start >= end and t.word][:2]
    return len(after) == 2 and after[0].form in _SIDES and after[1].form.endswith(cue.lstrip("وب"))

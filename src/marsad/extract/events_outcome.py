"""The outcome of a deed told in its own sentence: one deed, not two.

A harm noun right after a verb of result («… في جامع الإمام في حي العنود بمدينة الدمام، ما أسفر عن مقتل
أربعة من المصلين», «أثناء قصفها حيا في أريحا، في محافظة إدلب، ما تسبب بمقتل 31 شخصا», «شنت غارات
استهدفت رتلا في كرش، أدت إلى تدميره ومقتل من فيه») tells what the deed told before it in the sentence
caused: the same deed, whatever place the words read for the outcome (a finer or a coarser one: the
town after the mosque, the province after the town), and whoever it names as the harmed (the deed's
victims). `outcome_of` finds the deed told before it of its type, for `events.extract_events` to fold
the outcome into it."""

from __future__ import annotations

from functools import lru_cache

from marsad.extract.events_lexicon import Lexicon
from marsad.extract.events_tokens import Tok, match_seq
from marsad.model import Event

OUTCOME_GAP = 3  # words between a result phrase and the harm noun it governs («أدت إلى تدميره ومقتل»)


def result_governed(toks: list[Tok], a: int, first: int, L: Lexicon) -> bool:
    """True when the trigger at token `first` stands after a result phrase of its sentence (which starts
    at token `a`), with at most `OUTCOME_GAP` words and no mark between («ما أسفر عن مقتل», «وأسفرت عن
    مقتل», «ما تسبب بمقتل», «أدت إلى تدميره ومقتل»)."""
    lo = first
    for _ in range(OUTCOME_GAP + 1):
        if _phrase_ends_at(toks, a, lo, first, L):
            return True
        if lo - 1 < a or not toks[lo - 1].word:
            return False
        lo -= 1
    return False


@lru_cache(maxsize=8)
def _last_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words a result phrase may end on: its last, or the one before a last «ب» (`_phrase_ends_at`)."""
    return frozenset(w for p in phrases for w in (p[-1:] + (p[-2:-1] if p[-1:] == ("ب",) else ())))


def _phrase_ends_at(toks: list[Tok], a: int, end: int, first: int, L: Lexicon) -> bool:
    """A result phrase ends right before token `end`, or ends in «ب» that the trigger at `end == first`
    carries as its clitic («تسبب بمقتل»)."""
    if end - 1 < a or _last_words(L.phrases["result"]).isdisjoint(toks[end - 1].reads):
        return False  # no result phrase ends here (a quick test: every match ends on one of these words)
    for p in L.phrases["result"]:
        words = p[:-1] if p[-1] == "ب" and end == first and toks[first].form.startswith("ب") else p
        start = end - len(words)
        if start >= a and match_seq(toks, start, words, end) == end:
            return True
    return False


def outcome_of(here: dict[str, Event], told_at: dict[int, int], ev: Event, first: int) -> str | None:
    """The key in `here` (the sentence's events so far) of the deed of `ev`'s type whose trigger was told
    last before token `first`, if any: the deed a result clause at `first` tells the outcome of; none when
    the two are dated to different days («هجوم أول … ليل الخميس … الاعتداء الثاني الذي أدى إلى مقتل عشرين
    … مساء الجمعة»: the outcome of another deed than the one told first)."""
    told = [(told_at[id(e)], k) for k, e in here.items()
            if e.type == ev.type and id(e) in told_at and told_at[id(e)] < first]
    if not told:
        return None
    key = max(told)[1]
    deed = here[key]
    if deed.date and ev.date and not (deed.date.startswith(ev.date) or ev.date.startswith(deed.date)):
        return None
    return key


def fight_toll(here: dict[str, Event], told_at: dict[int, int], ev: Event, first: int) -> bool:
    """True when the killing `ev`, governed by a result phrase at token `first`, tells the toll of a fight
    told before it in the sentence («تجددت الاشتباكات بين قبيلتي التبو والطوارق، ما أدى إلى مقتل أكثر من 60
    شخصا من الطرفين»): the dead fell in that fight, no attack of its own (as «أسفرت المعركة عن مقتل 20
    متمردا» is none)."""
    if ev.type != "ASSAULT" or ev.mode != "kill" or ev.source:
        return False
    fights = [e for e in here.values() if e.type == "FIGHT" and id(e) in told_at and told_at[id(e)] < first]
    return any(not (f.date and ev.date) or f.date.startswith(ev.date) or ev.date.startswith(f.date)
               for f in fights)

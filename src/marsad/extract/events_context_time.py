"""Agreements a sentence recalls as context, and their dates.

- An agreement noun told with a relative clause or a participle that says it was already reached or
  signed («الاتفاق الذي تم التوصل إليه بين …», «الاتفاق الذي أبرمته إيران», «الاتفاق النووي المبرم بين …»,
  «الاتفاقية الموقعة بين البلدين») is a deal made before the news the sentence tells (a comment on it, a
  vote on it, a visit after it): background (`recalled_deal`). Not when the words that tell it say
  «اليوم», «أمس» («الاتفاق الموقع أمس»: the deal of the day). Such a deal keeps only a date told in those
  words («المبرم في 14 يوليو»); the sentence's other time dates the comment, not the deal
  (`recalled_deal_date`).
- A past verb told after «بموجب الاتفاق» («وبموجب الاتفاق وافقت إيران على الحد من …») tells what an
  agreement already made set down: background too (`under_deal`).
- A deed told as done (neither hedged nor negated) dated more than `FUTURE_DAYS` after the article was
  published holds another deed's date («استنفار … لتأمين الاحتفالات المرتقبة في 6 أغسطس», «ناقش المجلس …
  ميزانية العام المالي 1437-1438»): it keeps none (`stray_future_date`), unless its own clause foretells it
  («قد يخرج من السجن في نوفمبر بموجب إطلاق سراح مشروط», «من المقرر أن …»: `foretold`).
(A deed after «منذ» or «غداة», or called the latest one, is left to `events_background` and
`events_recent_past`.)
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.extract.events_background import past_verb
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words, dated_after
from marsad.extract.events_tokens import RELATIVE_PRONOUNS, SENT_END, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event, TimeExpr

# participles that tell an agreement was made («المبرم», «الموقعة», «المتفق عليه»)
_MADE = forms("المبرم", "المبرمة", "الموقع", "الموقعة", "المتفق", "المتوصل", "الموقعين")
# verbs of a relative clause that tell an agreement was made («الذي أبرمته», «التي وقعتها», «الذي تم التوصل إليه»)
_MADE_VERBS = forms(
    "تم", "جرى", "أبرم", "أبرمت", "أبرمته", "أبرمتها", "أبرمه", "أبرمها", "أبرموا", "وقع", "وقعت", "وقعته",
    "وقعتها", "وقعه", "وقعها", "وقعوا", "توصل", "توصلت", "توصلوا", "عقد", "عقدت")
# words of the day that make the deal the news («الاتفاق الموقع أمس»)
_TODAY = forms("اليوم", "أمس", "امس", "الليلة", "الآن")
_UNDER = forms("بموجب", "وبموجب", "فبموجب")
_DEALS = forms("الاتفاق", "اتفاق", "الاتفاقية", "اتفاقية", "الاتفاقيه", "اتفاقيه", "الاتفاقات", "الاتفاقيات",
               "المعاهدة", "معاهدة", "الصفقة", "صفقة", "الهدنة", "هدنة")
DEAL_REACH = 8  # words from the agreement noun within which its relative clause or participle tells it made
MADE_GAP = 3  # words between the noun and its participle or relative pronoun («الاتفاق النووي التاريخي المبرم»)
UNDER_REACH = 4  # words between «بموجب» and the verb («وبموجب الاتفاق النووي، وافقت …»)


def _words(toks: list[Tok], k: int, step: int, reach: int) -> list[int]:
    """Word tokens from token k (exclusive) on (step 1) or back (step -1, nearest first), up to
    `reach`, within the sentence (commas do not stop them)."""
    out: list[int] = []
    j = k + step
    while 0 <= j < len(toks) and len(out) < reach and toks[j].form not in SENT_END:
        if toks[j].word:
            out.append(j)
        j += step
    return out


def _deal_words(toks: list[Tok], h: Hit) -> list[int] | None:
    """The words that tell the agreement noun of the trigger made («الذي تم التوصل إليه بين إيران …»,
    «المبرم في فيينا»), from the noun on, up to `DEAL_REACH` words; None when none tells it made."""
    if h.trig.pos != "n" or h.trig.type != "AGREE" or toks[h.first].form not in _DEALS:
        return None
    after = _words(toks, h.first, 1, DEAL_REACH)
    for i, k in enumerate(after[:MADE_GAP + 1]):
        form = toks[k].form
        if form in _MADE:
            return after
        if form in RELATIVE_PRONOUNS:
            verb = after[i + 1] if i + 1 < len(after) else None
            return after if verb is not None and toks[verb].form in _MADE_VERBS else None
    return None


def recalled_deal(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is an agreement noun that a participle or a relative clause tells made
    («الاتفاق المبرم بين إيران والقوى الكبرى», «الاتفاق الذي تم إبرامه أخيرا») and those words name no
    day of the news («أمس», «اليوم»)."""
    words = _deal_words(toks, h)
    return words is not None and not any(toks[k].form in _TODAY for k in words)


def recalled_deal_date(toks: list[Tok], h: Hit, times: list[TimeExpr], value: str | None) -> str | None:
    """The date `value` when a time read in the words that tell the recalled agreement made gives it
    («المبرم في 14 يوليو»), None when it comes from elsewhere in the sentence (the day of the comment)."""
    words = _deal_words(toks, h)
    if not value or not words:
        return None
    lo, hi = toks[h.first].start, toks[words[-1]].end
    day = value.split("T")[0]
    return value if any(t.value and t.value.split("T")[0] == day and lo <= t.start < hi for t in times) else None


def under_deal(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a past verb told within `UNDER_REACH` words after «بموجب» («وبموجب
    الاتفاق وافقت إيران على …»): what an agreement already made set down."""
    if not past_verb(toks, h):
        return False
    return any(toks[k].form in _UNDER for k in _words(toks, h.first, -1, UNDER_REACH))


FUTURE_DAYS = 1  # days after the publication date a deed told as done may still be dated (a late dateline)


FORETOLD_REACH = 8  # words before the trigger, in its clause, where a word of the future or of a chance stands
# words that tell a deed after them is to come or may come («من المقرر», «وينتظر أن», «يحق له»)
_FUTURE_WORDS = forms("سوف", "المقرر", "مقرر", "المتوقع", "متوقع", "يتوقع", "ويتوقع", "ينتظر", "وينتظر",
                      "يرتقب", "المرتقب", "يحق", "يمكن", "قد")


def foretold(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a word of the future or of a chance («قد يخرج», «سوف», «من المقرر», «وينتظر») stands up to
    `FORETOLD_REACH` words before the trigger in its clause (a «سـ» verb hedges the deed itself)."""
    return any(toks[k].form in _FUTURE_WORDS for k in clause_words(toks, a, h.first, -1, FORETOLD_REACH))


def stray_future_date(ev: Event, reference: date | None, told_ahead: bool) -> bool:
    """True when the event is neither hedged nor negated nor foretold in its clause (`told_ahead`, from
    `foretold`) and its date begins more than `FUTURE_DAYS` days after `reference`: a date read off
    another, later deed of its sentence."""
    if ev.hedged or ev.negated or told_ahead or reference is None:
        return False
    return dated_after(ev.date, reference + timedelta(days=FUTURE_DAYS))

"""What a span of time is counted from: «بعد أسبوع على إعلان فوز نكورونزيزا», «قبل يومين من
الانتخابات», «بعد مرور عام على اغتيال …». The names in that phrase belong to the earlier (or later)
deed the span is measured from, not to the deed of the clause: «ويأتي مقتله بعد أسبوع على إعلان فوز
الرئيس» kills the one the pronoun stands for, never the president whose win is told after «على».
"""

from __future__ import annotations

from marsad.extract.events_lexicon import FROM, TIME_UNITS, forms
from marsad.extract.events_tokens import Tok

# «بعد», «قبل» and their forms with a proclitic: a span of time counted from or up to a point
_AFTER = forms("بعد", "وبعد", "فبعد")
_BEFORE = forms("قبل", "وقبل", "فقبل")
# units of a span and the words that may stand in it («بعد مرور نحو 3 أسابيع على …»)
_SPAN = TIME_UNITS | forms("ليلة", "ليال")  # a unit of the span, or nights
_FILLERS = forms("مرور", "نحو", "حوالي", "قرابة", "زهاء", "فقط", "أكثر", "أقل", "من", "أيام", "قليلة", "قليل")
# the prepositions a span is counted from: «على», «من»
_COUNTED_FROM = forms("على", "من")
_REACH = 5  # words back from the preposition to «بعد»/«قبل»


def _digits(form: str) -> bool:
    """True when the token is a number written in digits («3», «٣»)."""
    return form.isdigit()


def span_counted_from(toks: list[Tok], k: int) -> bool:
    """True when «على»/«من» at k closes a span of time after «بعد» («بعد أسبوع على», «بعد مرور نحو 3
    أشهر على»), or «من» one after «قبل» («قبل يومين من»): what follows is the point the span is counted
    from. «على» after «قبل» + a span is a verb's («وافقت قبل أسابيع على استقبال …»: weeks ago)."""
    if toks[k].form not in _COUNTED_FROM:
        return False
    unit = False
    n = 0
    j = k - 1
    while j >= 0 and n < _REACH:
        t = toks[j]
        j -= 1
        if not t.word:
            continue
        n += 1
        if t.form in _AFTER or (t.form in _BEFORE and toks[k].form in FROM):
            return unit
        if t.form in _SPAN:
            unit = True
        elif not (t.form in _FILLERS or _digits(t.form)):
            return False
    return False

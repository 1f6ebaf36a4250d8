"""A past verb of two doers (the dual in ـا), told apart from a noun in the accusative.

The trigger finder takes a trigger stem with ـا after it as an accusative noun («طالباً»: a student, not
«طالب», he demanded; «هجوما»), so as not to read a noun as the verb. But ـا after a past stem is also the
dual: «وكان رئيس الحركة ونائبه قد اعتقلا في نوفمبر» (the two were arrested), «واختطفا من منزلهما»,
«الوزيران اجتمعا أمس». Two facts of Arabic news spelling tell the dual apart:

- a stem opening with «ا» (the derived verbs «اعتقل», «اختطف», «احتجز», «استهدف», «اجتمع», with the hamza of
  «أعلن» folded) is a verb: the verbal noun of these patterns is another word («اعتقال», «استهداف»,
  «إعلان»), so «اعتقلا» is never its accusative;
- a stem right after «قد» («وكانا قد قتلا», «لقد طالبا») is a verb whatever its pattern: «قد» goes before
  verbs only.

`dual_past` says whether the form at token i, its stem `stem` then ـا, is such a dual past.

Such a recalled arrest often has a past period right after its verb before the place: «وكان الصحفي فلان قد
اختطف الشهر الماضي في بنغازي», «اعتقلا العام الماضي خلال مسيرة». `past_period_end` steps over such a
period («الشهر الماضي», «العام المنصرم»), so that the verb is still seen to have no object (a passive).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, previous_word

_QAD = forms("قد", "وقد", "فقد", "لقد", "ولقد")
_PERIODS = forms("الشهر", "العام", "الأسبوع", "السنة", "الصيف", "الشتاء", "الربيع", "الخريف")
_PAST = forms("الماضي", "الماضية", "الفائت", "المنصرم", "السابق")
_MIN_STEM = 5  # «اعتقل», «اجتمع»: a derived stem; not a short root that reads as a noun («أسرتا»: two families)


def dual_past(toks: list[Tok], a: int, i: int, stem: str) -> bool:
    """True when the form at token i (stem + «ا», sentence from a) is a past verb of two doers."""
    if stem.startswith("ا") and len(stem) >= _MIN_STEM:
        return True  # «اعتقلا», «اختطفا»: the noun of these patterns is «اعتقال», «اختطاف»
    j = previous_word(toks, a, i, frozenset())  # past any mark
    return j is not None and toks[j].form in _QAD  # «قد قتلا»: «قد» goes before a verb


def past_period_end(toks: list[Tok], k: int) -> int:
    """The token after a past period («الشهر الماضي») opening at token k, else k."""
    if k + 1 < len(toks) and toks[k].word and toks[k].form in _PERIODS and toks[k + 1].form in _PAST:
        return k + 2
    return k

"""A person's age told as an aside between a deed and the words that name its doer.

News tell a victim's age right after the name: «مقتل الشاب مايكل براون البالغ من العمر 18 عاما برصاص
الشرطي …», «اعتقال محمد علان (30 عاما) على يد …». The aside («البالغ من العمر N عاما», «(N عاما)», «، N
عاما،») says nothing of the deed; a search for the agent marker after the trigger steps over it, so the
doer stays within reach.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok
from marsad.extract.numbers import analyse_word

_AGED = forms("البالغ", "البالغة", "البالغين", "البالغان", "البالغتين", "البالغون", "والبالغ", "والبالغة")
_OF_AGE = ("من", "العمر")
_YEARS = forms("عاما", "عامًا", "عام", "سنة", "سنوات", "أعوام", "عاماً", "سنه", "اعوام")
AGE_WORDS = 4  # words of a number of years («18 عاما», «ثمانية عشر عاما»)


def age_aside_end(toks: list[Tok], k: int, hi: int) -> int:
    """The token index after an age aside that opens at token k («البالغ من العمر 18 عاما», «(30 عاما)»),
    or k when none does."""
    j = k
    if j < hi and toks[j].form in _AGED:
        j += 1
        for w in _OF_AGE:
            if j >= hi or toks[j].form != w:
                return k
            j += 1
    elif j < hi and toks[j].form == "(":
        j += 1
    else:
        return k
    start = j
    while j < hi and j - start < AGE_WORDS and toks[j].form not in _YEARS and (
            toks[j].form.isdigit() or analyse_word(toks[j].form) is not None):
        j += 1
    if j == start or j >= hi or toks[j].form not in _YEARS:
        return k
    j += 1
    if toks[k].form == "(":
        return j + 1 if j < hi and toks[j].form == ")" else k
    return j

"""«اعتقالات في صفوف X», «خسائر في صفوف X»: the ranks a harm or an arrest fell among are its target.

After «في» a named party is read as a modifier («عقيد في الجيش», «مقاتلون في صفوف التنظيم»: whose
member someone is), no party of the deed (`events_actors.bind` gives it the binding «mod»). But a noun
of harm or arrest followed by «في صفوف» tells whom the deed struck: «شنت قوات الاحتلال حملة اعتقالات
واسعة في صفوف الفلسطينيين», «بدأت أنقرة بحملة اعتقالات في صفوف الناشطين», «ألحق الطيران خسائر كبيرة في
صفوف داعش», «سقوط عشرات القتلى في صفوف الجيش». The party after «في صفوف» is then the target.

Only after such a noun (an adjective may stand between: «واسعة», «فادحة»): «يقاتل في صفوف داعش» and
«انضم إلى صفوف الحزب» name the side someone is on.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok

RANKS = forms("صفوف")
# nouns of a harm or an arrest that fell among a group, with and without the article
_HARM = ("اعتقالات", "اعتقال", "الاعتقال", "مداهمات", "خسائر", "خسارة", "قتلى", "إصابات", "اصابات", "جرحى",
         "ضحايا", "تصفيات", "إعدامات", "اختطافات", "مطاردات", "ملاحقات")
HARM = forms(*_HARM, *("ال" + w for w in _HARM if not w.startswith("ال")))
# adjectives of such a noun («حملة اعتقالات واسعة», «خسائر فادحة»)
BETWEEN = forms("واسعة", "كبيرة", "فادحة", "جسيمة", "بشرية", "كثيرة", "عديدة", "مؤلمة", "جديدة", "عنيفة")


def _is_harm(tok: Tok) -> bool:
    return tok.form in HARM or not HARM.isdisjoint(tok.reads)


def harmed_ranks(toks: list[Tok], k: int) -> bool:
    """True when token k («في») opens «في صفوف» right after a noun of harm or arrest, one adjective
    allowed between («حملة اعتقالات واسعة في صفوف», «قتلى في صفوف»): the party after it was struck."""
    if k + 1 >= len(toks) or toks[k + 1].form not in RANKS:
        return False
    words = [j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].word][:2]
    if not words:
        return False
    if _is_harm(toks[words[0]]):
        return True
    return len(words) == 2 and toks[words[0]].form in BETWEEN and _is_harm(toks[words[1]])

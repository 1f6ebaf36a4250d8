"""Head nouns that open a light verb's subject before the named party they belong to.

A light verb («قام», «تمكن», «نفذ») whose clause opens after «إن»/«أن» takes as its subject the party right
before it («أن الحوثيين قاموا باختطاف …»). News names an armed party most often through a head noun of
its men: «وقال شهود إن المسلحين الحوثيين قاموا باختطاف الدكتور فلان», «وأضاف السكان أن مسلحي تنظيم داعش
قاموا باعتقال المتظاهرين», «إن عناصر من جبهة النصرة قاموا بخطف …». The entity layer names only the party
(«الحوثيين», «داعش»); the head noun before it («المسلحين», «مسلحي», «عناصر من») is part of the same subject,
so the clause opener stands before the head, not right before the name.

`armed_head_start` steps back from the token before a subject group over at most two such head words
(the lexicon's `head` and `armed_cue` classes, and «من» after a head: «عناصر من»), and returns the token
before them: the one that must be the clause opener.

The same deeds name their victim by an office in construct with its portfolio right after the doer:
«واختطف الحوثيون وزير الدفاع محمود الصبيحي», «واعتقلت السلطات نائب رئيس الحزب فلان», «وأعدم التنظيم قائد
الشرطة فلان». An indefinite office word opening the words between a body and a person (`office_opens`)
starts a second party, the one the deed was done to, not the body's officer («رئيس حركة حماس فلان» has the
office before the body, and «الأمين العام لحزب الله» its «لـ»).

The one kidnapped or arrested is most often called by his trade before his name: «اختطاف الطبيب فلان»,
«وكان الصحفي فلان قد اعتقل في …», «اعتقال المحامي فلان». `PROFESSIONS` are such words; like a title they
stand between a verbal noun and its victim, and between a clause's start and its subject.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_tokens import Tok, has

_MAX_HEADS = 2  # «المسلحين الحوثيين», «عناصر من جبهة النصرة»
_FROM = norm("من")
# offices in construct with a portfolio after them («وزير الدفاع», «نائب رئيس الحزب», «قائد الشرطة»)
# trades a person is called by before his name («الطبيب فلان», «الصحفي فلان»)
PROFESSIONS = forms("الناشط", "الناشطة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الطبيب", "الطبيبة",
                    "الدكتور", "المهندس", "المحامي", "المحامية", "المدون", "المدونة", "الكاتب", "الكاتبة",
                    "الشاعر", "الإعلامي", "الإعلامية", "المصور", "الأكاديمي", "الأستاذ", "الداعية", "الباحث",
                    "الحقوقي", "الحقوقية", "الجامعي", "المعارض", "السياسي")
# indefinite head nouns of a body's name («جماعة الحوثيين», «تنظيم داعش»)
_BODY_HEADS = forms("جماعة", "تنظيم", "حركة", "ميليشيا", "ميليشيات", "مليشيات", "مليشيا", "قوات", "عناصر",
                    "مسلحو", "مسلحي", "سلطات", "جبهة")
_OFFICES = forms("وزير", "وزيرة", "نائب", "محافظ", "سفير", "قائد", "رئيس", "مدير", "مستشار", "أمين", "مسؤول")


def armed_head_start(toks: list[Tok], lo: int, k: int, W: Words) -> int:
    """Token k before a subject group, moved back past its head nouns (not before `lo`)."""
    j, heads = k, 0
    while j >= lo and heads < _MAX_HEADS and toks[j].word:
        if toks[j].form == _FROM and j > lo and _head(toks[j - 1], W):
            j -= 1  # «عناصر من»: the head comes before «من»
            continue
        if not _head(toks[j], W) or has(toks[j], W["comp"]):
            break
        j, heads = j - 1, heads + 1
    return j if heads else k


def _head(t: Tok, W: Words) -> bool:
    return has(t, W["head"]) or has(t, W["armed_cue"])


def office_opens(gap: list[Tok]) -> bool:
    """True when the words between a body and a person open with an office in construct and its
    portfolio («وزير الدفاع»: two words at least)."""
    return len(gap) >= 2 and gap[0].form in _OFFICES


def body_head(t: Tok) -> bool:
    """True when token t is an indefinite head noun of a body's name («جماعة» of «جماعة الحوثيين»)."""
    return t.form in _BODY_HEADS

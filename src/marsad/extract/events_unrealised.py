"""Deeds told as not done (attempts, the content of a plan) and deeds told as history of long ago.

- A deed that someone tries to do («يحاول التنظيم بسط سيطرته على المدينة», «في محاولة للسيطرة»,
  «حاولت الشرطة اعتقاله») is not told as done: hedged (`attempted`); an attack tried is still an
  attack («محاولة اغتيال», «محاولات استهداف المطار»).
- A deed that is the content of a plan, an initiative, a proposal or a deal («مبادرة … تقضي بانسحاب
  الحوثيين», «اتفاق ينص على وقف إطلاق النار», «خطة انسحاب») is not told as done: hedged
  (`planned_content`).
- A deed noun after a light verbal noun of purpose that an arrangement governs («الترتيب لعقد لقاءات»,
  «التحضير لعقد اجتماع») is what is being prepared: hedged (`planned_content`).
- A future verb after «كان» («كانت ستستهدف سياحا»: the future in the past) is a deed that did not
  happen, hedged by its «س», and no past of the story: not background (`future_in_past`).
- A deed whose clause dates it by a decade («في ثمانينيات القرن الماضي», «في الخمسينيات»), a past century
  («في القرن التاسع عشر») or a named war of the past («خلال حرب كوسوفو», «العدوان الثلاثي», «الحرب
  العالمية الثانية») is history told as context: background (`told_as_history`).
"""

from __future__ import annotations

from marsad.extract.events_background import ongoing_verb, past_verb
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_place import SINCE
from marsad.extract.events_tokens import SENT_END, Tok
from marsad.extract.events_triggers import Hit

_TRY = forms("يحاول", "تحاول", "يحاولون", "يحاولان", "تحاولان", "ويحاول", "وتحاول", "ويحاولون",
             "محاولة", "ومحاولة", "بمحاولة", "لمحاولة", "محاولات", "ومحاولات", "لمحاولات", "محاولته",
             "محاولتها", "محاولتهم", "ومحاولته", "ومحاولتها", "ومحاولتهم", "بمحاولته", "بمحاولتها",
             "بمحاولتهم", "محاولا", "محاولين")  # (a past «حاولت الشرطة تفريق …» tells what was done)
_TRY_NOUNS = forms("محاولة", "ومحاولة", "بمحاولة", "لمحاولة", "محاولات", "ومحاولات", "لمحاولات", "محاولته",
                   "محاولتها", "محاولتهم", "ومحاولته", "ومحاولتها", "ومحاولتهم", "بمحاولته", "بمحاولتها",
                   "بمحاولتهم")
_VIOLENT = frozenset(("ASSAULT", "CRIME", "FIGHT"))  # an attack or a crime tried is one told («محاولة اغتيال»)
_FORCE = forms("اقتحام", "قتل", "اغتيال", "تفجير", "تهريب", "تسلل", "اختطاف", "خطف", "اعتداء", "الاعتداء",
               "الاقتحام", "القتل", "التفجير", "التسلل")  # a forced deed tried, whatever its type
TRY_REACH = 3  # words between a word of trying and the deed («يحاول التنظيم، بسط سيطرته»)

_PLAN = forms("مبادرة", "المبادرة", "مبادرته", "مبادرتها", "خطة", "الخطة", "خطته", "خطتها", "خطط", "الخطط",
              "مقترح", "المقترح", "مقترحا", "مقترحات", "المقترحات", "اقتراح", "الاقتراح", "اقتراحا",
              "مشروع", "المشروع", "مشروعا", "مسودة", "المسودة", "اتفاق", "الاتفاق", "اتفاقا", "اتفاقية",
              "الاتفاقية", "تسوية", "التسوية", "صفقة", "الصفقة", "عرض", "العرض", "عرضا", "ورقة", "الورقة",
              "خارطة", "خريطة", "قانون", "القانون")
_PLAN_HEAD = forms("مبادرة", "خطة", "خطط", "مقترح", "اقتراح", "مسودة", "مشروع")  # heads of «خطة انسحاب»
_CONTENT = forms("تقضي", "يقضي", "وتقضي", "ويقضي", "تنص", "ينص", "وتنص", "وينص", "تتضمن", "يتضمن",
                 "وتتضمن", "ويتضمن", "تشمل", "يشمل", "تدعو", "يدعو")
_AFTER_CONTENT = forms("على", "علي", "إلى", "الى")  # «تنص على», «تدعو إلى» (or «ب» glued: «تقضي بانسحاب»)
PLAN_REACH = 10  # words between a plan noun and the verb that tells its content
CONTENT_REACH = 2  # words between the verb of content and the deed («ينص الاتفاق على»)

_ARRANGE = forms("الترتيب", "ترتيب", "ترتيبات", "الترتيبات", "التحضير", "تحضيرا", "التحضيرات", "الإعداد",
                 "إعدادا", "التمهيد", "تمهيدا", "التخطيط", "التنسيق", "استعدادا", "استعدادات")
_LIGHT_FOR = forms("لعقد", "لإجراء", "لتنظيم", "لتنفيذ", "لشن", "للقيام", "لإقامة")
ARRANGE_REACH = 3  # words between the arrangement and «لعقد»

_DECADES = forms(*(p + d + s for p in ("", "ال", "في", "فيال", "وفي", "خلال")
                   for d in ("عشريني", "ثلاثيني", "أربعيني", "اربعيني", "خمسيني", "ستيني", "سبعيني",
                             "ثمانيني", "تسعيني")
                   for s in ("ات", "يات")))
_CENTURY = forms("القرن", "للقرن", "بالقرن")
_PAST_CENTURY = forms("الماضي", "المنصرم", "السابق", "التاسع", "الثامن", "السابع", "السادس", "العشرين",
                      "19", "18", "17", "الـ19", "الـ18", "الـ20", "20")
_WAR = forms("حرب", "الحرب", "العدوان")
_PAST_WAR = forms("العالمية", "أكتوبر", "اكتوبر", "رمضان", "الخليج", "كوسوفو", "فيتنام", "الباردة",
                  "السويس", "الثلاثي", "الأيام", "يونيو", "حزيران", "تشرين", "البوسنة", "الاستقلال",
                  "التحرير", "تحرير", "1948", "1956", "1967", "1973", "1991", "2003", "2006")
HISTORY_REACH = 8  # words around the deed, in its clause, searched for a decade, a century or a war


def attempted(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a present verb or a noun of trying stands up to `TRY_REACH` words before a deed that is
    no attack, no crime and no forced entry («يحاول التنظيم، بسط سيطرته», «محاولات الجمهوريين إصدار …»;
    not «محاولة اغتيال», «محاولة تهريب»), nor a past verb after «و», «ف» or after the noun («وعند محاولة
    استيقافه رفض»; a verbal noun may read as a past verb: «يحاول … بسط»)."""
    if h.trig.type in _VIOLENT or h.trig.words[0] in _FORCE:
        return False
    words = _words_before(toks, a, h.first, TRY_REACH + 1)
    tries = [k for k in words if toks[k].form in _TRY]
    if not tries:
        return False
    # «وعند محاولة استيقافه رفض»: a deed told after the attempt
    return not (past_verb(toks, h) and (toks[h.first].form[:1] in ("و", "ف") or toks[tries[-1]].form in _TRY_NOUNS))


def planned_content(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a deed (no past verb) is what a plan, an initiative or a deal provides for («مبادرة …
    تقضي بانسحاب», «اتفاق ينص على وقف»), is named by a plan noun right before it («خطة انسحاب»), or is
    what an arrangement prepares («الترتيب لعقد لقاءات»)."""
    if past_verb(toks, h):
        return False
    before = _words_before(toks, a, h.first, PLAN_REACH + CONTENT_REACH + 1)
    if not before:
        return False
    if h.trig.pos == "n" and before[-1] == h.first - 1 and toks[before[-1]].form in _PLAN_HEAD \
            and toks[h.first].form[:1] not in ("ب", "ل", "و", "ف"):
        return True  # «خطة انسحاب» (not «لم يخالف القانون بقتل …»)
    near = before[-(CONTENT_REACH + 1):]
    for i, k in enumerate(near):
        if toks[k].form in _CONTENT and _content_reaches(toks, near[i + 1:], h):
            earlier = before[:before.index(k)][-PLAN_REACH:] + near[i + 1:]  # «وينص الاتفاق على انسحاب»
            if any(toks[j].form in _PLAN for j in earlier):
                return True
    return _arranged(toks, before, h)


def _content_reaches(toks: list[Tok], between: list[int], h: Hit) -> bool:
    """True when only «على», «إلى» (and the plan noun after the verb: «وينص الاتفاق على») stand between a
    verb of content and the deed, the last of them «على», «إلى» unless the deed is glued to «ب»
    («تقضي بانسحاب», «ويقضي المقترح بانسحاب»)."""
    if not all(toks[k].form in _AFTER_CONTENT or toks[k].form in _PLAN for k in between):
        return False
    if between and toks[between[-1]].form in _AFTER_CONTENT:
        return True
    return toks[h.first].form.startswith(("ب", "وب"))


def _arranged(toks: list[Tok], before: list[int], h: Hit) -> bool:
    """True when a deed noun follows «لعقد», «لإجراء» … right after an arrangement («الترتيب لعقد
    لقاءات», «التحضير لعقد اجتماع»)."""
    if h.trig.pos != "n" or not before or before[-1] != h.first - 1 or toks[before[-1]].form not in _LIGHT_FOR:
        return False
    return any(toks[k].form in _ARRANGE for k in before[-(ARRANGE_REACH + 1):-1])


def future_in_past(toks: list[Tok], a: int, h: Hit, pre: str) -> bool:
    """True when the trigger is a future verb («ستستهدف») after «كان» in its clause: what was to
    happen and did not; `pre` is what its reading took off the front of its token."""
    if h.trig.pos != "v" or not pre.endswith("س") or not ongoing_verb(toks, h):
        return False
    return any(toks[k].form in _KANA for k in _words_before(toks, a, h.first, 4))


_KANA = forms("كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت")


def told_as_history(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the deed's clause dates it by a decade («في ثمانينيات القرن الماضي»), a past century
    («في القرن التاسع عشر») or a named war of the past («خلال حرب كوسوفو», «العدوان الثلاثي»); not a
    present verb, nor a span that runs up to now («منذ الثمانينيات»)."""
    if ongoing_verb(toks, h):
        return False
    before = clause_words(toks, a, h.first, -1)[-HISTORY_REACH:]
    after = clause_words(toks, a, h.last - 1, 1)[:HISTORY_REACH]
    near = [*before, h.first, *after]
    for i, k in enumerate(near):
        form = toks[k].form
        nxt = toks[near[i + 1]].form if i + 1 < len(near) else ""
        if i and toks[near[i - 1]].form in SINCE:
            continue  # «منذ الثمانينيات»: up to now
        if form in _DECADES or (form in _CENTURY and nxt in _PAST_CENTURY) or (form in _WAR and nxt in _PAST_WAR):
            return True
    return False


def _words_before(toks: list[Tok], a: int, i: int, reach: int) -> list[int]:
    """Word tokens before token i, nearest last, up to `reach`, stopping at a sentence mark (a comma
    does not stop them: «يحاول التنظيم، بسط سيطرته»)."""
    out: list[int] = []
    k = i - 1
    while k >= a and len(out) < reach:
        if toks[k].form in SENT_END:
            break
        if toks[k].word:
            out.append(k)
        k -= 1
    return out[::-1]

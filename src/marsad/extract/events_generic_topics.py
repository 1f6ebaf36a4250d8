"""Kinds of deeds a sentence names as a topic, never tells as done (topic: generic deeds; precision).

`generic_deed` (called by `events_spurious.wrong_sense`) is true for a deed noun of force or fighting that
names a kind of deed, with no doer, victim or time of its own:
- `kind_of_deed`: a deed likened to others, after «مثل» (and a demonstrative) or before an adjective of
  likeness («توقف مثل هذه الاعتداءات», «خلايا شنت هجمات مماثلة في الشهور الماضية»): deeds of that kind;
- `habitual_deeds`: a plural deed noun told as daily or repeated, with no name in its clause («الاعتداءات
  اليومية», «التفجيرات المتكررة»): a state of things, no deed told;
- `suffered_kind`: a deed noun after «من» of a verb of suffering or «أمام» of holding out, maybe in a list
  joined by «و» («عانت من التطرف والتفجيرات والتخريب», «لم تصمد أمام الاعتداءات من الأعداء»): what a
  country went through in general;
- `record_of_deeds`: a plural deed noun counted vaguely after «وراء» or «المسؤولة عن» («جماعة تقف وراء الكثير
  من الهجمات»): what a party is known for;
- `among_abstract_ills`: a definite deed noun joined by «و» to an abstract noun of ill («ضد الاعتداءات والعنف»,
  «إمعانا في العدوان والتطرف»): a kind of deed among ills.
A name (not one given as an example: «من إسرائيل مثلا»), a figure, a word of time, a doer after «من قبل» or
«على يد», or a relative clause after the deed noun in its clause («هجوم مماثل مطلع يوليو», «عانت من التفجيرات
التي استهدفت مسجدين في القطيف أمس») make the deed a specific one, which stays.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import ABOUT, FROM, forms
from marsad.extract.events_tokens import Tok, clause_of, has
from marsad.extract.events_triggers import Hit

GENERIC_TYPES = frozenset(("ASSAULT", "FIGHT", "COERCE"))  # deeds of force a column names as a kind

# «مثل» before a deed noun, and the demonstratives that may stand between («مثل هذه الاعتداءات»)
_LIKE = forms("مثل")
_DEMONSTRATIVES = forms("هذه", "هذا", "تلك", "ذلك", "هؤلاء", "هكذا")

# adjectives of likeness after a deed noun («هجمات مماثلة», «عمليات مشابهة»)
_SIMILAR = forms("مماثلة", "مماثل", "مماثلا", "مماثلين", "مشابهة", "مشابه", "مشابها", "شبيهة", "مثيلة",
                 "المماثلة", "المشابهة")

# adjectives that tell deeds as daily or repeated («الاعتداءات اليومية», «الهجمات المتكررة»)
_HABITUAL = forms("يومية", "متكررة", "متواصلة", "مستمرة", "متتالية", "متلاحقة", "دائمة", "مستمرين")

# plural deed nouns («الاعتداءات», «التفجيرات»); a singular one is more often one deed
_PLURAL_DEEDS = forms(
    "اعتداءات", "هجمات", "هجومات", "تفجيرات", "غارات", "اغتيالات", "عمليات", "حروب", "معارك", "مواجهات",
    "اشتباكات", "اقتحامات", "مداهمات", "انتهاكات", "ضربات", "اعتقالات", "جرائم", "مجازر", "حملات", "تعديات",
    "عدوان", "اختطافات", "اعمال")

# verbs and nouns of suffering whose «من» names what was suffered («عانت من التفجيرات»)
_SUFFER = forms("عانى", "عانت", "عانوا", "عانينا", "عانيت", "يعاني", "تعاني", "نعاني", "يعانون", "يعانين",
                "معاناة", "المعاناة", "اكتوى", "اكتوت", "عاني")
# words of holding out whose «أمام» names what was withstood («لم تصمد أمام الاعتداءات»)
_WITHSTAND = forms("صمد", "صمدت", "يصمد", "تصمد", "صمود", "الصمود", "صامدة", "صامدا", "صامد")
_BEFORE = forms("أمام")

# words of time that date a deed («مطلع يوليو», «أمس»)
_TIME_WORDS = forms(
    "أمس", "امس", "اليوم", "الليلة", "مطلع", "منتصف", "أواخر", "أوائل", "فجر", "صباح", "مساء", "ظهر", "السبت",
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يناير", "فبراير", "مارس", "أبريل", "ابريل",
    "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "محرم", "صفر", "ربيع", "جمادى",
    "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة")
# vague counts of deeds and the words of a party's record before them («تقف وراء العديد من الهجمات»)
_VAGUE_COUNT = forms("الكثير", "كثير", "العديد", "عديد", "عدة", "عشرات", "مئات", "سلسلة")
_BEHIND = forms("وراء")
_RESPONSIBLE = forms("مسؤولة", "المسؤولة", "مسؤول", "المسؤول", "مسؤولين", "المسؤولين", "مسؤولون", "المسؤولون")
# abstract nouns of ill a kind of deed is listed with («التطرف والتفجيرات», «الاعتداءات والعنف»)
_ABSTRACT_ILLS = forms(
    "العنف", "التطرف", "الإرهاب", "الارهاب", "الكراهية", "التكفير", "الفوضى", "الظلم", "الفساد", "الفتن",
    "الفتنة", "التحريض", "العنصرية", "الطائفية", "التحرش", "الغلو", "الإجرام", "العنجهية", "الترويع",
    "العدوانية", "الإفساد", "الطغيان", "الاستبداد", "الدمار", "الخراب")
# words after a deed noun that name its doer («من قبل جماعات», «على يد»), or a relative clause that tells it
_TOLD_AFTER = forms("قبل", "يد", "أيدي", "التي", "الذي", "اللذين", "اللتين", "الذين", "اللواتي")
_FOR_EXAMPLE = forms("مثلا", "مثلاً")
LIST_REACH = 3  # deed nouns in a «و» list between «من»/«أمام» and the trigger


def _noun_at(toks: list[Tok], h: Hit) -> int:
    """Index of the deed noun of the trigger: its first word, or the noun a light verb or its verbal noun
    takes («شنت هجمات», «شن مثل هذه الهجمات»)."""
    return min((j for j in h.used if j >= h.last), default=h.first)


def _example(toks: list[Tok], j: int, hi: int) -> bool:
    """True when «مثلا» follows the name at token j within two words (before hi): an example, no party."""
    return any(toks[n].word and has(toks[n], _FOR_EXAMPLE) for n in range(j + 1, min(j + 3, hi)))


def _specific_after(toks: list[Tok], k: int, hi: int, covered: set[int]) -> bool:
    """True when a name (not one given as an example: «من إسرائيل مثلا»), a figure or a word of time follows
    the deed noun k in its clause (ending at hi)."""
    return any((j in covered and not _example(toks, j, hi)) or any(ch.isdigit() for ch in toks[j].form)
               or has(toks[j], _TIME_WORDS | _TOLD_AFTER) for j in range(k + 1, hi) if toks[j].word)


def _prev_word(toks: list[Tok], lo: int, k: int) -> int:
    """Index of the word before token k in the clause starting at lo, or -1."""
    j = k - 1
    return j if j >= lo and toks[j].word else -1


def kind_of_deed(toks: list[Tok], lo: int, k: int) -> bool:
    """A deed noun after «مثل» (a demonstrative may stand between), or a plural one before an adjective of
    likeness, next or after one adjective («مثل هذه الاعتداءات», «بمثل هذه العمليات», «هجمات مماثلة», «عمليات
    إرهابية مشابهة»)."""
    j = _prev_word(toks, lo, k)
    if j >= 0 and has(toks[j], _DEMONSTRATIVES):
        j = _prev_word(toks, lo, j)
    if j >= 0 and has(toks[j], _LIKE):
        return True
    if not has(toks[k], _PLURAL_DEEDS):
        return False  # «بعد شهر من هجوم مماثل شنته على المدينة»: one deed, told like another
    for n, j in enumerate(range(k + 1, min(k + 3, len(toks)))):
        if not toks[j].word:
            return False
        if has(toks[j], _SIMILAR):
            return True
        if n == 0 and not toks[j].form.startswith(("ال", "م")) and not toks[j].form.endswith(("ية", "يه")):
            return False  # only an adjective («إرهابية») may stand between
    return False


def habitual_deeds(toks: list[Tok], k: int) -> bool:
    """A plural deed noun right before an adjective of daily or repeated deeds («الاعتداءات اليومية»)."""
    return has(toks[k], _PLURAL_DEEDS) and k + 1 < len(toks) and toks[k + 1].word and has(toks[k + 1], _HABITUAL)


def suffered_kind(toks: list[Tok], lo: int, k: int) -> bool:
    """A deed noun after «من» of a word of suffering or «أمام» of a word of holding out, maybe past other nouns
    joined by «و» («عانت من التطرف والتفجيرات», «لم تصمد أمام الاعتداءات»)."""
    j = k
    for _ in range(LIST_REACH):
        if not toks[j].form.startswith("و"):
            break
        prev = _prev_word(toks, lo, j)
        if prev < 0 or not toks[prev].form.startswith(("ال", "وال")):
            return False
        j = prev
    prep = _prev_word(toks, lo, j)
    if prep < 0:
        return False
    head = _prev_word(toks, lo, prep)
    if head >= 0 and not has(toks[head], _SUFFER | _WITHSTAND):
        head = _prev_word(toks, lo, head)  # «عانت كثيرا من», «صمدت طويلا أمام»
    return head >= 0 and ((has(toks[prep], FROM) and has(toks[head], _SUFFER))
                          or (has(toks[prep], _BEFORE) and has(toks[head], _WITHSTAND)))


def record_of_deeds(toks: list[Tok], lo: int, k: int) -> bool:
    """A plural deed noun counted vaguely after «وراء» or «المسؤولة عن» («جماعة تقف وراء الكثير من الهجمات»,
    «المسؤولة عن العديد من الهجمات»): what a party is known for, no deed told."""
    if not has(toks[k], _PLURAL_DEEDS):
        return False
    j = _prev_word(toks, lo, k)
    if j >= 0 and has(toks[j], FROM):
        j = _prev_word(toks, lo, j)
    if j < 0 or not has(toks[j], _VAGUE_COUNT):
        return False
    j = _prev_word(toks, lo, j)
    if j >= 0 and has(toks[j], ABOUT):
        j = _prev_word(toks, lo, j)
        return j >= 0 and has(toks[j], _RESPONSIBLE)
    return j >= 0 and has(toks[j], _BEHIND)


def _abstract_at(toks: list[Tok], k: int) -> bool:
    """True when token k is an abstract noun of ill, «و» glued on or not («والعنف», «التطرف»)."""
    t = toks[k]
    return t.word and (has(t, _ABSTRACT_ILLS) or t.form.removeprefix("و") in _ABSTRACT_ILLS)


def among_abstract_ills(toks: list[Tok], lo: int, hi: int, k: int) -> bool:
    """A deed noun joined by «و» to an abstract noun of ill right before or after it («التطرف والتفجيرات»,
    «ضد الاعتداءات والعنف», «العدوان والتطرف»): a kind of deed among ills, no deed told."""
    if not toks[k].form.removeprefix("و").startswith("ال"):
        return False
    before = k - 1 >= lo and toks[k].form.startswith("و") and _abstract_at(toks, k - 1)
    after = k + 1 < hi and toks[k + 1].form.startswith("و") and _abstract_at(toks, k + 1)
    return before or after


def generic_deed(toks: list[Tok], a: int, b: int, h: Hit, covered: set[int]) -> bool:
    """True when the deed of trigger `h` in the sentence [a, b) (`covered`: tokens of names) is a kind of deed
    likened, told as daily or repeated, suffered or withstood in general, counted as a party's record or listed
    with abstract ills, with no name, figure, time, doer or relative clause after it in its clause."""
    if h.trig.type not in GENERIC_TYPES:
        return False
    k = _noun_at(toks, h)
    if h.trig.pos == "v" and k == h.first:
        return False
    lo, hi = clause_of(toks, a, b, k)
    if _specific_after(toks, k, hi, covered):
        return False
    if kind_of_deed(toks, lo, k) or suffered_kind(toks, lo, k) or record_of_deeds(toks, lo, k) \
            or among_abstract_ills(toks, lo, hi, k):
        return True
    return habitual_deeds(toks, k) and not any(j in covered for j in range(lo, hi))

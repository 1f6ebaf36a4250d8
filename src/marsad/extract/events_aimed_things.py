"""«استهدف», «اعتداء» and «عدوان» aimed at a thing at stake, said of any attack, or used as a verdict:
no attack told (precision).

Statements that condemn an attack describe it in words of attack that tell no deed of their own, and
`aimed_at_a_thing` (called by `events_spurious.wrong_sense`) drops such an ASSAULT trigger when it is:
- a word of targeting or aggression whose object is a thing at stake, not a party or a place: security,
  stability, unity, sovereignty, rights («الجريمة النكراء تستهدف زعزعة أمن المملكة واستقرارها», «المخططات
  التي تستهدف أمن الوطن», «تستهدف الوحدة الوطنية», «هو مساس واعتداء مباشر على أمن واستقرار البحرين»,
  «الاعتداء على الحرية الشخصية للمواطنين»): what a deed aims at or harms, said of a deed told by its own
  word if at all;
- an aggression noun after «أي» («أي اعتداء على دولة عضو يعد اعتداء على الجميع», «لأي هجوم»): any attack,
  none told;
- an aggression noun as a verdict on a deed («إن هذا التفجير يعد جرماً عظيماً وعدواناً كبيراً», «وهو اعتداء
  سافر», «بمثابة عدوان»): the deed judged is told by its own word («التفجير»), the verdict is no second deed;
  one in a list of ills runs on («هي ظلم وعدوان وإرعاب») is left to the rules on such lists.
An attack on a party («استهدفت رجال الأمن», «الاعتداء على الحراس») is untouched.

`aimed_at_a_goal` (called by `events_spurious.aimed_not_attacked`) drops «استهدف»/«تستهدف» whose object is
a verbal noun of a deed of no force («الخطة تستهدف تشجيع السياحة», «التحركات تستهدف تشكيل تحالف», «يستهدف
إيجاد حلول»): a goal aimed at, whatever words of force the rest of the sentence holds; not a verbal noun that is
itself a deed of force («استهدف تفجير مسجدا»: a trigger of its own) or a word of force, nor «تنظيم» (an
organisation: «استهدف تنظيم داعش»). `aimed_at_an_audience` drops one whose object is an audience of the young
(«تستهدف داعش النشء العربي», «آيديولوجيا تستهدف صغار السن»): recruiting, not an attack.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import CLAUSE_MARKS, Tok, clause_words, has
from marsad.extract.events_triggers import Hit

_TARGETING = norm("ستهدف")  # the stem of «استهدف», «تستهدف», «استهداف», «يستهدفون»
_AGGRESSION = forms("اعتداء", "اعتداءات", "عدوان", "عدوانا", "هجوم", "هجمات")
_AGGRESSION_NOUNS = forms("اعتداء", "اعتداءات", "عدوان", "عدوانا")

# things at stake an attack is said to aim at (read without «ال», «لـ», «بـ», a pronoun: «أمنها», «للأمن»)
_AT_STAKE = forms("أمن", "استقرار", "زعزعة", "وحدته", "وحدتها", "وحدتنا", "وحدتهم", "سيادة", "حرية", "الحرية",
                  "حريات", "الحريات", "حقوق", "الحقوق", "كرامة", "هيبة", "السلم", "السلام", "اقتصاد", "نسيج",
                  "النسيج", "لحمة", "اللحمة", "تقويض", "النيل", "إثارة", "ثوابت", "الثوابت", "مقدرات",
                  "مكتسبات", "المكتسبات")
# «وحدة» is at stake as the unity of a people or a land («الوحدة الوطنية», «وحدة الصف»), not a unit
# («استهدف وحدة للحرس الوطني», «وحدة عسكرية»)
_UNITY = forms("وحدة", "الوحدة")
_UNITY_OF = forms("الوطنية", "الصف", "الوطن", "المجتمع", "أراضي", "الأراضي", "الأمة", "البلاد", "الشعب", "الكلمة",
                  "الإقليم", "اليمن", "العراق", "سوريا", "ليبيا", "المملكة", "الدولة", "المسلمين", "الخليج")
# adjectives of an aggression noun before its «على» («اعتداء مباشر على», «عدوان سافر على»)
_QUALITIES = forms("مباشر", "مباشرا", "سافر", "سافرا", "صارخ", "صارخا", "آثم", "غاشم", "واضح", "واضحا", "خطير",
                   "خطيرا", "جديد", "جديدا", "كبير", "كبيرا")
_ON = forms("على", "علي")
_ANY = forms("أي", "لأي", "بأي", "وأي", "فأي")
# a verdict on a deed: «يعد», «يعتبر», «يمثل», «يشكل», «بمثابة» a few words before the noun, or the pronoun
# «هو»/«هي» right before it («هو عدوان خارجي»)
_VERDICT = forms("يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل", "بمثابة", "يعدان", "يعتبران",
                 "اعتبره", "اعتبرها", "اعتبر", "اعتبرت")
_COPULA = forms("هو", "هي", "وهو", "وهي", "فهو", "فهي")
VERDICT_REACH = 3  # words before the noun searched for a verdict («يعد جرما عظيما وعدوانا»)


def aimed_at_a_thing(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the ASSAULT trigger `h` of the sentence [a, b) is aimed at a thing at stake, is said of
    any attack, or is a verdict on a deed (see the module's docstring)."""
    if h.trig.type != "ASSAULT":
        return False
    tok = toks[h.first]
    aiming = any(_TARGETING in r for r in tok.reads) or has(tok, _AGGRESSION_NOUNS)
    if aiming and _thing_after(toks, h.last, b):
        return True
    if has(tok, _AGGRESSION) or has(tok, _AGGRESSION_NOUNS):
        before = clause_words(toks, h.first - 1, a - 1, VERDICT_REACH, CLAUSE_MARKS, back=True)
        if before and has(toks[before[0]], _ANY):
            return True  # «أي اعتداء»
        verdict = any(has(toks[k], _VERDICT) for k in before) or (bool(before) and has(toks[before[0]], _COPULA))
        if has(tok, _AGGRESSION_NOUNS) and verdict \
                and not _listed_on(toks, h.last, b):
            return True  # «يعد جرما عظيما وعدوانا»
    return False


# folded verbal nouns that the patterns of `_verbal_noun` take but that name a body or a place, not a deed
_NOT_DEEDS = forms("تنظيم", "تنظيمي", "تلميذ", "تمثال", "تجمع", "تحالف", "ترشيح", "تركيا", "تركيه", "تكريت",
                   "محافظة", "مقاطعة")
# إفعال verbal nouns: folding makes the pattern one with plurals of أفعال («أعداء», «أكراد», «أعضاء»), so the
# pattern is taken only with «ي» second («إيجاد», «إيصال»); these others are listed
_IF_AL = forms("إنشاء", "إشعال", "إسقاط", "إنهاء", "إصلاح", "إنجاز", "إقناع", "إرساء", "إخراج", "إقامة", "إعادة",
               "إدارة", "إضافة", "إبراز", "إحياء", "إغلاق", "إلغاء", "إتاحة", "إدخال", "إبعاد", "إفشال", "إضعاف")


def _verbal_noun(form: str) -> bool:
    """True when a folded word has the shape of a derived verbal noun in the construct state: تفعيل and تفعلة
    («تشجيع», «تنميه»), إفعال of a root in و («ايجاد»; others are listed), افتعال and انفعال («احتواء»),
    استفعال («استعاده», «استقطاب») or مفاعلة («مكافحه»)."""
    n = len(form)
    if form in _IF_AL:
        return True
    if form.startswith("ت") and n == 5:
        return (form[3] == "ي" and form[4] not in "اويى") or form[4] == "ه"  # «تشجيع», «تنميه»
    if form.startswith("است") and n in (6, 7, 8):
        return "ا" in form[4:6]  # «استقطاب», «استعاده»
    if form.startswith("اي") and n == 5:
        return form[3] == "ا"  # «ايجاد», «ايصال»
    if form.startswith("ا") and n == 6:
        return (form[2] in "تط" and form[4] == "ا") or (form.startswith("ان") and form[4] == "ا")  # «احتواء»
    return form.startswith("م") and n == 6 and form[2] == "ا" and form[5] == "ه"  # «مكافحه»


def aimed_at_a_goal(toks: list[Tok], b: int, h: Hit, found: list[Hit], force: frozenset[str],
                    covered: set[int]) -> bool:
    """True when the targeting word `h` («تستهدف») of a sentence ending at b is followed by a verbal noun of a
    deed of no force (module docstring): a goal aimed at, not an attack (`found`: the sentence's triggers;
    `force`: words of force; `covered`: tokens of names)."""
    if h.trig.type != "ASSAULT" or not any(_TARGETING in r for r in toks[h.first].reads):
        return False
    ws = clause_words(toks, h.last, b, 1)
    if not ws:
        return False
    w = ws[0]
    t = toks[w]
    if w in covered or not _verbal_noun(t.form) or t.form in _NOT_DEEDS or has(t, force):
        return False
    return not any(x.first <= w < x.last and x.trig.type in _VIOLENT for x in found)


_VIOLENT = frozenset(("ASSAULT", "FIGHT", "COERCE", "CRIME", "THREATEN"))

# an audience of the young that a group's recruiting or a message is aimed at («تستهدف داعش النشء», «آيديولوجيا
# تستهدف صغار السن», «يستهدف المراهقين»): news tells attacks on children as on «الأطفال», not on these
_AUDIENCE = forms("النشء", "النشئ", "الناشئة", "الناشئه", "نشء", "صغار", "المراهقين", "المراهقات", "مراهقين",
                  "اليافعين", "يافعين")
AUDIENCE_REACH = 4  # words after «استهدف» searched for the audience (past a subject: «تستهدف «داعش» النشء»)


def aimed_at_an_audience(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when the targeting word `h` («تستهدف», «استهداف») of a sentence ending at b has an audience of
    the young within `AUDIENCE_REACH` words of its clause after it («تستهدف «داعش» النشء العربي», «تستهدف صغار
    السن»): a group reaching for recruits, not an attack."""
    if h.trig.type != "ASSAULT" or not any(_TARGETING in r for r in toks[h.first].reads):
        return False
    return any(toks[k].form in _AUDIENCE for k in clause_words(toks, h.last, b, AUDIENCE_REACH))


def _thing_after(toks: list[Tok], k: int, b: int) -> bool:
    """The object after the trigger ending at token k, past adjectives and «على», is a thing at stake."""
    ws = clause_words(toks, k, b, 5)
    for i, w in enumerate(ws):
        if has(toks[w], _QUALITIES) or has(toks[w], _ON):
            continue
        if toks[w].form in _UNITY:  # «الوحدة الوطنية», not «وحدة للحرس»
            return i + 1 < len(ws) and has(toks[ws[i + 1]], _UNITY_OF)
        return has(toks[w], _AT_STAKE)
    return False


def _listed_on(toks: list[Tok], k: int, b: int) -> bool:
    """The noun ending at token k is followed by another joined by «و» («هي ظلم وعدوان وإرعاب وإرهاب»): a list of
    ills (`events_generic.list_of_ills`), left to the rules on such lists."""
    nxt = clause_words(toks, k, b, 1)
    return bool(nxt) and toks[nxt[0]].form.startswith("و") and len(toks[nxt[0]].form) > 2

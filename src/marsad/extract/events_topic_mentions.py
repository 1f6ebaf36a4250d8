"""Deeds a sentence only names as a topic, a risk or a case, never tells as happening (precision).

`topic_mention` (called by `events_spurious.wrong_sense`) is true for a deed noun governed by:
- a word of risk, prevention or avoidance («استمرار خطر الاعتداءات», «لدرء خطر شن هجمات», «لمنع وقوع هجمات»,
  «لتفادي حدوث اشتباكات»): a deed feared or kept off, none done (a deed told as possible, «احتمال لقائهما»,
  is a hedged one);
- a word of a subject, a kind, a phase, a means or a creed («موضوع رفع العقوبات», «مرحلة الهجوم», «ظاهرة
  الاختطاف», «ملف الاغتيالات», «مكافحة تهريب الممنوعات», «حالات الاعتداء», «أساليب حرب العصابات», «نهج القتل
  والتفجير»; not counted: «خمس حالات خطف»), a matter, incidents in general or their scarcity («مسألة توقيفه»,
  «حوادث القتل والاختطاف», «ندرة الهجمات ضدها»): the matter spoken of, no deed told;
- a word of fear and «من» («خوفا من هجمات انتقامية»), a present verb of leading to and «إلى» («قد يؤدي إلى
  اندلاع حرب»), or a present verb of causing after «أن»/«قد» whose subject the deed is («يخشون من أن يؤدي رفع
  العقوبات إلى …»): a deed feared or foreseen;
- a condition («في حالة رفع العقوبات», «في حال تعرضها لهجوم»): a deed only supposed by its noun (a verb in a
  condition, «وفي حال هاجمت إيران …», tells a hedged deed: `events_modality`).
A word that tells the deed as occurring («وقوع», «حدوث», «شن», «تنفيذ», «نشوب», «تكرار») may stand between
the governing word and the deed noun. A past form right after such a word is its verbal noun («لمنع رفع
العقوبات», «مخاطر شن هجمات»), a present one never is. («أي هجوم» is `events._any_of`'s.)
"""

from __future__ import annotations

from marsad.extract.events_lexicon import norm
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit

# words of risk, prevention or avoidance whose object is a deed feared or kept off
_AVERTED = frozenset(norm(w) for w in (
    "خطر", "خطورة", "مخاطر", "أخطار", "درء", "منع", "تفادي", "تجنب", "تجنيب", "الوقاية", "وقاية", "تحسبا",
    "خشية", "مخافة"))

# words of a subject, a kind, a phase, a means or a creed of a kind of deed, or a fight against it; a matter,
# incidents in general, scarcity or plenty
_SUBJECT = frozenset(norm(w) for w in (
    "موضوع", "مواضيع", "ظاهرة", "ظواهر", "ملف", "ملفات", "قضية", "قضايا", "مكافحة", "محاربة", "حالات", "مرحلة",
    "مراحل", "أسلوب", "أساليب", "وسيلة", "وسائل", "ثقافة", "نهج", "مسألة", "مسائل", "حوادث", "ندرة", "كثرة"))

# words of fear before «من» («خوفا من هجمات انتقامية», «مخاوف من اندلاع حرب»)
_FEARED = frozenset(norm(w) for w in (
    "خوفا", "خوف", "الخوف", "مخاوف", "المخاوف", "تخوف", "تخوفات", "تخوفه", "تخوفها", "مخاوفه", "مخاوفها", "خشية"))

# present or future forms of a verb of leading to («قد يؤدي إلى اندلاع حرب»)
_LEADS = frozenset(norm(w) for w in ("يؤدي", "تؤدي", "سيؤدي", "ستؤدي", "يقود", "تقود", "سيقود", "ستقود"))
# a present verb of causing whose subject, right after it, is a deed only supposed («من أن يؤدي رفع العقوبات»)
_CAUSES = frozenset(norm(w) for w in (
    "يؤدي", "تؤدي", "يتسبب", "تتسبب", "يسهم", "تسهم", "يساهم", "تساهم", "يقود", "تقود"))
_MAY = frozenset(norm(w) for w in ("أن", "ان", "قد", "ربما", "سوف", "لن"))
_FROM = frozenset(norm(w) for w in ("من",))
_TO = frozenset(norm(w) for w in ("إلى", "الى"))

# number words that count instances («خمس حالات»)
_COUNTS = frozenset(norm(w) for w in (
    "عدة", "عدد", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية",
    "تسع", "تسعة", "عشر", "عشرة", "عشرات", "مئات", "آلاف", "بضع", "بضعة"))

# words that tell a deed as occurring, between the governing word and the deed noun
_OCCURRING = frozenset(norm(w) for w in (
    "وقوع", "حدوث", "شن", "تنفيذ", "نشوب", "تكرار", "تجدد", "اندلاع", "انفجار", "ارتكاب", "تعرض"))

# a condition: «في حال», «في حالة»
_CONDITION = frozenset(norm(w) for w in ("حال", "حالة"))
_IN = frozenset(norm(w) for w in ("في", "وفي"))

_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _bare(tok: Tok) -> str:
    """The token's folded form without a proclitic «و», «ف», «ب» or «ل»."""
    f = tok.form
    for p in sorted(_CLITICS, key=len, reverse=True):
        if f.startswith(p) and len(f) - len(p) >= 2:
            return f[len(p):]
    return f


def _is(tok: Tok, cls: frozenset[str]) -> bool:
    """True when the token is a word of class `cls`, a proclitic or the article glued on or not."""
    return tok.word and (has(tok, cls) or tok.form in cls or _bare(tok) in cls)


def _governor(toks: list[Tok], a: int, h: Hit) -> int | None:
    """The token that governs the deed noun `h`: the word right before it, or the one before a word of
    occurring («خطر وقوع هجمات»); None at the sentence's start or after a mark."""
    k = h.first - 1
    if k < a or not toks[k].word:
        return None
    if _is(toks[k], _OCCURRING) and k - 1 >= a and toks[k - 1].word:
        return k - 1
    return k


def _conditional(toks: list[Tok], a: int, g: int) -> bool:
    """True when the governing word at g is «حال»/«حالة» after «في» («في حالة رفع العقوبات», «في حال تعرضها
    لهجوم»): a condition (not «وهو في حالة سكر حيث اعترف», where the deed does not follow «حالة»)."""
    return toks[g].form in _CONDITION and g - 1 >= a and toks[g - 1].form in _IN


_PRESENT_PREFIX = ("ي", "ت", "ن", "س")
_UNDERGOING = norm("تعرض")  # its verbal noun and past form are one («في حال تعرضها لهجوم»); its present is «يتعرض»


def _verbal_noun_form(tok: Tok) -> bool:
    """True when a trigger read as a verb may be a verbal noun: no present or future prefix («رفع», «شن»), or
    «تعرض» with or without a pronoun («تعرضها»)."""
    form = tok.form.removeprefix("و").removeprefix("ف")
    return not form.startswith(_PRESENT_PREFIX) or form.startswith(_UNDERGOING)


def _bare_past(tok: Tok) -> bool:
    """True when a trigger read as a verb bears no ending of a past verb's subject («رفع», not «رفضت», «هاجموا»):
    in a condition, the verbal noun («في حالة رفع العقوبات»)."""
    form = tok.form.removeprefix("و").removeprefix("ف")
    return _verbal_noun_form(tok) and (form.startswith(_UNDERGOING) or not form.endswith(("ت", "وا", "ا", "تا")))


def _counted(toks: list[Tok], a: int, g: int) -> bool:
    """True when a number stands right before the governing word («خمس حالات خطف», «84 قضية قتل»): instances
    counted, each one told."""
    return g - 1 >= a and toks[g - 1].word and (toks[g - 1].form.isdigit() or has(toks[g - 1], _COUNTS))


def _kind_or_risk(toks: list[Tok], a: int, g: int) -> bool:
    """True when the word at g is one of risk or prevention, or (not counted) one of a subject or a kind."""
    return _is(toks[g], _AVERTED) or (_is(toks[g], _SUBJECT) and not _counted(toks, a, g))


def _conjoined(tok: Tok) -> bool:
    """True when the trigger's token, a noun, is joined by «و» to the noun before it («والتفجير»; a verb after
    «و» opens a clause of its own: «لقضية المصالحة واتهم …»)."""
    return tok.form.startswith("و") and not tok.form.startswith(("وقوع", "وقف"))


def topic_mention(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger `h` (of the sentence starting at a) only names a deed as a risk, a topic or a kind,
    or supposes it in a condition (see the module docstring)."""
    if h.trig.pos == "v" and not _verbal_noun_form(toks[h.first]):
        return False
    g = _governor(toks, a, h)
    if g is None:
        return False
    if _conditional(toks, a, g):
        return h.trig.pos != "v" or _bare_past(toks[h.first])
    if _kind_or_risk(toks, a, g) or (h.trig.pos != "v" and _conjoined(toks[h.first]) and g == h.first - 1
                                    and g - 1 >= a and toks[g - 1].word and _kind_or_risk(toks, a, g - 1)):
        return True  # «نهج القتل والتفجير»: the second noun of the pair too
    return g - 1 >= a and toks[g - 1].word and (
        (toks[g].form in _FROM and _is(toks[g - 1], _FEARED)) or (toks[g].form in _TO and _is(toks[g - 1], _LEADS))
        or (toks[g].form in _CAUSES and toks[g - 1].form in _MAY))

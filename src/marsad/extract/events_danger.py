"""«تهديد» and «يهدد» in the sense of a danger, not a threat anyone made (precision).

`endangers` (called by `events_spurious.wrong_sense`) is true for a THREATEN trigger that names a peril:
- a verb of the «هدد» family whose object is a thing at stake («يهدد أمن المنطقة», «تهدد حياة الأسرى»,
  «هددت الصفقة صناعة النفط», «تهدد النسيج الاجتماعي», «يهدد الكثير من المصانع»,
  «يهدد بانهيار الهدنة»), or whose subject is a fact («مما يهدد …», «ذلك يهدد كل دول العالم», «الأمر الذي
  يهدد …»): something endangers something, nobody threatened anyone;
- a threat noun of a kind («التهديدات الإرهابية», «التهديد النووي», «تهديدات محتملة»), one faced, countered
  or weighed («لمواجهة التهديدات», «التصدي للتهديد», «المخاطر والتهديدات», «حجم التهديد»), one a party
  faces («تواجه تهديدا متزايدا من الجهاديين», «ما دامت بلاده تواجه تهديدا»), one rid of or feared
  («لتطهير المنطقة من تهديدات المتمردين», «تخوف حكام إسرائيل من تهديدها»), one that something
  poses («التهديد الذي تشكله داعش»), and one to a thing at stake («تهديد للأمن الإقليمي»): a danger talked
  about, no threat made;
A threat with a deed threatened («هدد الحوثيون بقصف …», «تهديدات أوباما بفرض عقوبات», «واجه تهديدات
بالتصفية») is untouched.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import FROM, forms
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, SENT_END, Tok, clause_words, has
from marsad.extract.events_triggers import Hit

_BREAKS = CLAUSE_END | SENT_END | QUOTE_MARKS

_VERB = forms("هدد", "هددت", "يهدد", "تهدد", "هددوا", "يهددون", "يهددان", "تهددان", "هدده", "هددها", "يهدده",
              "يهددها", "تهدده", "تهددها", "يهددهم", "تهددهم", "يهددنا", "تهددنا")
_NOUN = forms("تهديد", "تهديدات", "التهديد", "التهديدات")

# what is at stake: the object of an endangering verb or what a danger is «لـ» («يهدد أمن», «تهديد للسلم»)
_AT_STAKE = forms("أمن", "امن", "سلامة", "حياة", "أرواح", "استقرار", "مستقبل", "مصير", "وحدة", "السلم", "سلم",
                  "السلام", "بقاء", "وجود", "مصالح", "مصداقية", "اقتصاد", "صحة", "البيئة", "سيادة", "الأمن",
                  "الاستقرار", "هوية", "نسيج", "أمننا", "سلامتهم", "حياتهم", "قطاع", "قطاعي", "مشاريع", "مشروع",
                  "عملية", "مسار", "جهود", "الهدنة", "هدنة", "السلمي", "التعايش", "ملايين", "آلاف", "الملايين",
                  # an economy, a society or life itself («هددت الصفقة صناعة النفط», «تهدد النسيج الاجتماعي»)
                  "الحياة", "النسيج", "تماسك", "تماسكها", "تماسكه", "فرص", "الأسواق", "أسواق", "صناعة", "الصناعة",
                  "النمو", "نمو", "المناخ", "الوجود", "الوحدة", "البشرية", "المجتمع", "المجتمعات", "مجتمع",
                  "مجتمعات", "الكثير")
# a peril an endangering verb brings with «بـ» («يهدد بانهيار الاتفاق», «ما يهدد بالدخول في دوامة»)
_PERIL = forms("بالخطر", "بخطر", "بانهيار", "بالانهيار", "بالانقراض", "بالإفلاس", "بالافلاس", "بكارثة", "بانفجار",
               "بتفاقم", "بالفشل", "بفشل", "بالغرق", "بالتوقف", "بتوقف", "بالدخول", "بانزلاق", "بالانزلاق",
               "بتقويض", "بنسف", "بإفشال", "بعرقلة", "بتعطيل", "بزوال", "بالزوال", "بالجفاف", "بالتلاشي", "بتآكل")
# a fact as the subject right before the verb («مما يهدد», «ذلك يهدد», «الأمر الذي يهدد»)
_FACT = forms("ما", "مما", "وما", "ذلك", "وذلك", "هذا", "وهذا", "هذه", "وهذه", "بما", "وهو", "وهي", "هو", "هي")
_MATTER = forms("الأمر", "الامر", "الوضع", "الأوضاع", "الخطر")
_WHICH = forms("الذي", "التي")
# a kind of danger after the threat noun («التهديدات الإرهابية», «التهديد النووي»)
_KIND = forms("الإرهابية", "الإرهابي", "إرهابية", "إرهابي", "الأمنية", "الأمني", "أمنية", "أمني", "المحتملة",
              "المحتمل", "محتملة", "محتمل", "الخارجية", "الخارجي", "خارجية", "خارجي", "الداخلية", "الداخلي",
              "داخلية", "داخلي", "الإلكترونية", "الإلكتروني", "إلكترونية", "السيبرانية", "السيبراني", "المتزايدة",
              "المتزايد", "متزايدة", "متزايد", "المتنامية", "المتنامي", "الكبرى", "الأكبر", "الحقيقي", "الحقيقية",
              "حقيقي", "حقيقية", "حقيقيا", "الوجودي", "وجودي", "وجوديا", "المتعددة", "المشتركة", "الجديدة",
              "النووي", "النووية", "البيئية", "الصحية", "الإقليمية", "الإقليمي", "العالمية", "الدولية", "الجدي",
              "الجدية", "المباشر", "الجسيم", "الخطير", "الخطيرة", "خطير", "خطيرة", "الدائم")
# facing, countering or weighing a danger, or one danger in a list of ills («المخاطر والتهديدات»)
_FACING = forms("مواجهة", "لمواجهة", "التصدي", "للتصدي", "تجنب", "لتجنب", "حماية", "لحماية", "مكافحة",
                "لمكافحة", "إبعاد", "لإبعاد", "ابعاد", "درء", "لدرء", "احتواء", "لاحتواء", "خطر", "مخاطر",
                "المخاطر", "الأخطار", "أخطار", "التحديات", "تحديات", "الفرص", "حجم", "تقييم", "مستوى", "مصادر",
                "مصدر", "رصد", "لرصد", "تحليل", "أمام", "ضد", "تزايد", "تنامي", "تصاعد", "ازدياد")
# a party facing a danger («تواجه تهديدا من المتشددين», «نواجه تهديد التطرف»): nobody named threatens it
_FACES = forms("تواجه", "يواجه", "نواجه", "أواجه", "واجه", "واجهت", "واجهوا", "يواجهون", "تواجهان", "يواجهان",
               "تواجهه", "يواجهه", "تواجهها", "يواجهها", "واجهته", "واجهتها")
# ridding of or fearing a danger, before «من» and the threat noun («لتطهير المنطقة من تهديدات المتمردين»,
# «تخوف حكام إسرائيل من تهديدها»)
_RID = forms("تطهير", "لتطهير", "تطهيرها", "وتطهير", "تخليص", "لتخليص", "تحرير", "لتحرير", "خوفا", "خوف",
             "تخوف", "تخوفا", "خشية", "مخاوف", "قلق", "حماية", "لحماية", "تحصين", "لتحصين", "الوقاية", "للوقاية")
# a word after «بـ» that is no deed threatened («تواجه تهديدا بسبب …»)
_NOT_DEED = forms("بسبب", "بعد", "بين", "بشكل", "بصورة", "بما", "بها", "به", "بهم", "بالغا", "بالغ")
# a danger something poses («التهديد الذي تشكله», «التهديدات التي يمثلها»)
_POSES = forms("تشكله", "يشكله", "تشكلها", "يشكلها", "تمثله", "يمثله", "تمثلها", "يمثلها", "يشكلونه",
               "يمثلونه", "تطرحه", "يطرحه", "تطرحها", "يطرحها")
# «لـ» + a thing at stake after the noun («تهديد للأمن»)
_TO_STAKE = forms("لأمن", "للأمن", "لامن", "للامن", "لاستقرار", "للاستقرار", "للسلم", "للسلام", "لحياة",
                  "لسلامة", "لمستقبل", "لوحدة", "لمصالح", "للمصالح", "لاقتصاد", "للاقتصاد", "لوجود", "لبقاء",
                  "للبيئة", "لصحة", "للصحة", "لسيادة", "للسيادة", "للأمن القومي", "للمنطقة", "للعالم", "للبشرية",
                  "للإنسانية", "للمجتمع", "للمجتمعات", "للدولة", "للوطن")


def _before(toks: list[Tok], a: int, k: int, reach: int) -> list[int]:
    """Up to `reach` words before token k in its clause, nearest first, not before token a."""
    return clause_words(toks, k - 1, a - 1, reach, _BREAKS, back=True)


def _after(toks: list[Tok], k: int, b: int, reach: int) -> list[int]:
    """Up to `reach` words from token k on in its clause, before token b."""
    return clause_words(toks, k, b, reach, _BREAKS)


def _verb_endangers(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A «هدد» verb with a thing at stake or a peril after it or after its subject («هددت الصفقة صناعة
    النفط»), or a fact before it."""
    for k in _after(toks, h.last, b, 2):
        if has(toks[k], _AT_STAKE) or has(toks[k], _PERIL):
            return True
        if toks[k].form.startswith("ب"):  # the deed threatened comes first («هدد داعش بقتل الكثير»)
            break
    before = _before(toks, a, h.first, 2)
    if not before:
        return False
    if has(toks[before[0]], _FACT):
        return True
    return has(toks[before[0]], _WHICH) and len(before) > 1 and has(toks[before[1]], _MATTER)


def _noun_is_danger(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A threat noun of a kind, faced or weighed, posed, or aimed at a thing at stake."""
    nxt = _after(toks, h.last, b, 2)
    if nxt and (has(toks[nxt[0]], _KIND) or has(toks[nxt[0]], _TO_STAKE)):
        return True
    if len(nxt) == 2 and has(toks[nxt[0]], _WHICH) and has(toks[nxt[1]], _POSES):
        return True
    before = _before(toks, a, h.first, 6)
    if not before:
        return False
    if has(toks[before[0]], FROM) and any(has(toks[k], _RID) for k in before[1:]):
        return not _deed_after(toks, nxt)  # a danger rid of or feared, not a threat with its deed
    return has(toks[before[0]], _FACING) or (has(toks[before[0]], _FACES) and not _deed_after(toks, nxt))


def _deed_after(toks: list[Tok], nxt: list[int]) -> bool:
    """True when a «بـ» word right after the threat noun or its owner names the deed threatened («تهديدات
    بالتصفية», «تهديدات داعش بقتله»)."""
    return any(toks[k].form.startswith("ب") and not has(toks[k], _NOT_DEED) for k in nxt)


def endangers(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the THREATEN trigger `h` of the sentence [a, b) names a danger, not a threat made (module
    docstring)."""
    if h.trig.type != "THREATEN" or h.last - h.first != 1:
        return False
    t = toks[h.first]
    if has(t, _VERB):
        return _verb_endangers(toks, a, b, h)
    if has(t, _NOUN):
        return _noun_is_danger(toks, a, b, h)
    return False

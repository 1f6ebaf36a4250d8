"""Deeds named by scripture, a sermon's ban or a law's provision (topic: non-events).

Called by `events_nonevents.no_event_told`; each rule reads where the trigger stands:
- `in_scripture`: a trigger inside a verse quoted in «(( … ))» or «﴿ … ﴾» («((ولا تقتلوا النفس …))»): words of
  scripture, no deed told;
- `sermon_ban`: a deed of force or of seizing named by a noun, or by a verb after «من» (whoever) or «لا», in
  the clause after God, a creed or the Prophet forbids («حرم الإسلام قتل النفس لأن في قتلها …», «نهى الله عن
  قتل الأبرياء», «حرمة الدماء»): a sermon's or a fatwa's teaching, no killing done (a past verb with its own
  subject, «وقتل المسلحون …», stays);
- `law_provision`: a verbal noun governed, a few words back in its clause, by a verb of providing whose
  subject is a law, a rule or a bill («قانونا يقضي بتمديد احتجاز المشتبه بهم», «ينص القانون على اعتقال …»), or
  by «يحق»/«يجوز» («يحق للسلطات اعتقال …»): what may be done, no arrest made;
- `detention_limit`: «تمديد احتجاز …» with a span «من ستة أيام إلى 15 يوما»: a rule's limit changed;
- `provided_that`: a verb opening the clause after «تنص … على أن» («وتنص المادة الرابعة على أن يتشاور
  الأطراف …», «ينص الاتفاق على أن تلتزم إيران …»): what a text provides, no deed told.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import FROM, ON, forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit

_FORCE = frozenset(("ASSAULT", "COERCE", "CRIME"))  # deeds a sermon or a law names

# --- a verse quoted -------------------------------------------------------------------------------------


def in_scripture(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger stands after an opening «﴿» or a doubled «((» of its sentence that no «﴾» or
    «)» has closed yet: inside a quoted verse."""
    k = h.first - 1
    while k >= a:
        f = toks[k].form
        if f in ("﴾", ")"):
            return False
        if f == "﴿" or (f == "(" and k - 1 >= a and toks[k - 1].form == "("):
            return True
        k -= 1
    return False


# --- a sermon's ban ------------------------------------------------------------------------------------

_FORBID = forms("حرم", "وحرم", "فحرم", "يحرم", "ويحرم", "نهى", "ونهى", "ينهى", "وينهى", "نهت", "تنهى", "حرمت", "تحرم",
                "تحريم", "وتحريم", "يجرم", "تجرم", "وتحرم", "وحرمت", "ويجرم",
                "وتجرم")  # not «حرمة» (sanctity: «لم يراع حرمة بيت الله»)
_GOD_CREED = forms("الله", "تعالى", "الإسلام", "الاسلام", "الشرع", "الشريعة", "الدين", "ديننا", "النبي",
                   "الرسول", "نبينا", "رسولنا", "القرآن", "الحنيف",
                   "فتوى", "فتاوى", "الفتوى", "الفتاوى")  # and a fatwa: «فتوى تحرم الاعتداء على …»
_WHOEVER = forms("من", "ومن", "فمن", "لا", "ولا", "فكأنما", "كأنما")  # whoever, do not, as though
_THAT_BANNED = forms("أن", "ان")  # the act a ban names: «تحرم على الشيعي أن يقتل السني»
_ON_WHOM = forms("على", "عليه", "عليها", "عليهم", "علينا")  # «حرم على X» forbids X («حرم X من» deprives)
_BAN_REACH = 3  # words from a verb of forbidding to God or the creed that forbids
_BANNED_REACH = 12  # words from the ban to the deed it forbids, in its clause


def _bans(toks: list[Tok], a: int, b: int) -> list[int]:
    """Tokens of [a, b) that forbid with God, a creed, the Prophet or a fatwa within `_BAN_REACH` words on
    either side («حرم الإسلام», «الإسلام حرم», «نهى الله عن»), or with «على» right after («تحرم على السني أن …»);
    the word's own form, not a reading («الحرم» is the sanctuary)."""
    words = [k for k in range(a, b) if toks[k].word]
    out: list[int] = []
    for n, k in enumerate(words):
        near = words[max(0, n - _BAN_REACH):n] + words[n + 1:n + 1 + _BAN_REACH]
        forbids_whom = n + 1 < len(words) and toks[words[n + 1]].form in _ON_WHOM  # «تحرم على الشيعي أن …»
        if toks[k].form in _FORBID and (forbids_whom or any(has(toks[j], _GOD_CREED) for j in near)):
            out.append(k)
    return out


def sermon_ban(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A deed of force named by a noun, or by a verb right after «من», «لا», «فكأنما» or «أن», within
    `_BANNED_REACH` words after a creed's or a fatwa's ban in its clause (`_bans`: «حرم الإسلام قتل النفس لأن في
    قتلها …», «فتاوى تحرم على الشيعي أن يقتل السني»): what is forbidden, no deed told; a deed told before the
    ban («الاعتداء على المسجد … بالدين الذي يحرم القتل») stays."""
    if h.trig.type not in _FORCE:
        return False
    if not any(h.first in clause_words(toks, a, k, 1, _BANNED_REACH) for k in _bans(toks, a, b)):
        return False
    if h.trig.pos == "n":
        return True
    k = h.first - 1
    while k >= a and not toks[k].word:
        k -= 1
    return k >= a and (has(toks[k], _WHOEVER) or toks[k].form in _THAT_BANNED)


# --- a law's provision ---------------------------------------------------------------------------------

_PROVIDE = forms("يقضي", "تقضي", "ينص", "تنص", "يسمح", "تسمح", "يجيز", "تجيز", "يخول", "تخول", "يتيح", "تتيح",
                 "يمنح", "تمنح", "يلزم", "تلزم", "يشمل", "تشمل", "ويقضي", "وتقضي", "وينص", "وتنص", "ويسمح",
                 "وتسمح", "ويجيز", "وتجيز")
_MAY = forms("يحق", "ويحق", "يجوز", "ويجوز", "يعاقب", "ويعاقب", "يعاقبه")
LAWS = forms(
    "قانون", "القانون", "قانونا", "قوانين", "القوانين", "تشريع", "التشريع", "تشريعا", "تشريعات", "التشريعات", "مشروع",
    "المشروع", "لائحة", "اللائحة", "مرسوم", "المرسوم", "مرسوما", "نص", "النص", "المادة", "مادة", "بند", "البند",
    "تعديل", "التعديل", "تعديلات", "التعديلات", "الدستور", "دستور", "القواعد", "قواعد")
_PROVISION_REACH = 6  # words back from the trigger to the verb of providing
_LAW_REACH = 3  # words from the verb of providing to its law


def _plain_law(tok: Tok) -> bool:
    """True when the token is a law's noun, bare or after «و» («وتشريعا»)."""
    return tok.form in LAWS or (tok.form[:1] == "و" and tok.form[1:] in LAWS)


def law_provision(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A verbal noun after «بـ» right after a law's noun («سابقة خطيرة وتشريعا بالقتل»), or with a verb of
    providing within `_PROVISION_REACH` words back in its clause whose law stands within `_LAW_REACH` words on
    either side («قانونا يقضي بتمديد احتجاز …», «ينص القانون على …»), or with «يحق», «يجوز» or «يعاقب» there: a
    provision, no deed told."""
    if h.trig.type not in _FORCE or h.trig.pos != "n":
        return False
    before = clause_words(toks, a, h.first, -1, 1)
    if before and toks[h.first].form.startswith("ب") and _plain_law(toks[before[0]]):
        return True  # «وتشريعا بالقتل»: the deed a law is about
    for k in clause_words(toks, a, h.first, -1, _PROVISION_REACH):
        if has(toks[k], _MAY):
            return True
        if has(toks[k], _PROVIDE):
            near = clause_words(toks, a, k, -1, _LAW_REACH) + clause_words(toks, a, k, 1, _LAW_REACH)
            if any(has(toks[j], LAWS) for j in near if j < b):
                return True
    return False


_EXTEND = forms("تمديد", "بتمديد", "وبتمديد", "وتمديد", "لتمديد", "تقليص", "بتقليص", "خفض", "بخفض", "زيادة",
                 "بزيادة", "رفع", "برفع")
_TO = forms("إلى", "الى")
_SPANS = forms("يوم", "يوما", "أيام", "ساعة", "ساعات", "أسبوع", "أسابيع", "شهر", "أشهر", "شهرا", "سنة", "سنوات",
               "عام", "أعوام", "عاما")
_LIMIT_REACH = 14  # words after the detention noun in which its old and new length stand


def detention_limit(toks: list[Tok], a: int, h: Hit) -> bool:
    """A detention noun after «تمديد», «تقليص» or «رفع» whose clause then gives a span «من … إلى …» of days or
    months («بتمديد احتجاز المشتبه بهم … من ستة أيام إلى 15 يوما»): a rule's limit changed, no one held
    («تمديد احتجاز المتهمين 15 يوما», one length, stays)."""
    if h.trig.type != "COERCE" or h.trig.pos != "n":
        return False
    before = clause_words(toks, a, h.first, -1, 1)
    if not before or not has(toks[before[0]], _EXTEND):
        return False
    after = clause_words(toks, a, h.last - 1, 1, _LIMIT_REACH)
    for n, k in enumerate(after):
        if not has(toks[k], FROM):
            continue
        rest = after[n + 1:n + 4]
        to = [j for j in rest if has(toks[j], _TO)]
        if to and any(has(toks[j], _SPANS) for j in after[n + 1:after.index(to[0]) + 4]):
            return True
    return False


_STIPULATE = forms("نص", "ينص", "تنص", "نصت", "ونص", "وينص", "وتنص", "ونصت")
_THAT = forms("أن", "ان", "وأن", "وان")  # «على أن تلتزم …», and a second provision «… وأن تتعاون …»
_STIPULATE_REACH = 5  # words from «تنص» to «على» («وتنص المادة الرابعة من المعاهدة على أن»)
_PROVISION_SPAN = 16  # words back from the verb to «تنص» over a first provision («على أن تلتزم … وأن تتعاون»)


def provided_that(toks: list[Tok], a: int, h: Hit) -> bool:
    """A verb right after «أن» in the clause of «تنص … على أن» («وتنص المادة الرابعة على أن "يتشاور الأطراف …"»,
    «ينص الاتفاق على أن تلتزم إيران بـ … وأن تتعاون …», «نصت المادة السابعة على أن يدفع المرشح …»): what a text
    provides will be done, no deed told."""
    if h.trig.pos != "v":
        return False
    back = clause_words(toks, a, h.first, -1, _PROVISION_SPAN)  # in text order, the nearest last
    if not back or not has(toks[back[-1]], _THAT):
        return False
    for n, k in enumerate(back):
        if has(toks[k], _STIPULATE) and any(has(toks[j], ON) for j in back[n + 1:n + 1 + _STIPULATE_REACH]):
            return True
    return False


def scripture_or_law(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the trigger `h` of the sentence [a, b) is a verse's word, a sermon's ban or a law's
    provision («تنص المادة على أن يتشاور …»: `provided_that`)."""
    return in_scripture(toks, a, h) or sermon_ban(toks, a, b, h) or law_provision(toks, a, b, h) \
        or detention_limit(toks, a, h) or provided_that(toks, a, h)

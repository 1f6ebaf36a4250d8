"""RETREAT and MOBILIZE triggers read in a sense that tells no withdrawal, release or build-up (precision).

`no_retreat_or_buildup` (called by `events_spurious.wrong_sense`) is true for a trigger:
- `lifting_in_prospect`: sanctions, a ban or a siege lifted or eased («رفع العقوبات», «ترفع العقوبات»)
  told by a verbal noun or a verb not in the past, with no past verb of deciding or doing right before it
  («ينص الاتفاق على رفع العقوبات عن إيران», «فور رفع العقوبات», «حالما ترفع العقوبات»): the terms of a
  deal or a hope, nothing lifted («قررت الحكومة رفع الحصار», «تم رفع الحظر», «رفع المجلس العقوبات» are);
- `retreat_asked`: a release or a withdrawal not in the past right after a word of demand, condition, wish
  or hindrance («ينبغي إطلاق سراح الصحفي», «مقابل إطلاق سراح الصيادين», «سبب تعطل إطلاق سراح», «لجنة
  إطلاق السراح المشروط»): asked, offered or held up, not done (what a plan provides for, «مبادرة تقضي
  بانسحاب», stays a hedged retreat: `events_unrealised`);
- `left_a_pact`: leaving an agreement, a currency area, a union or a relationship («انسحاب اليونان من منطقة
  اليورو», «انسحاب الولايات المتحدة من الاتفاق»), or a contest, an election or a programme («انسحبت من دورة
  بشتاد», «انسحاب الدوسري من انتخابات النادي», «انسحبت بعض التشكيلات من برنامج التدريب»): no forces pulled
  back and no one freed (talks, a government and a town left stay a retreat);
- `manoeuvres_not_drills`: «مناورات» of politics, of a craft or a machine, or in a sentence with no word of
  arms or troops («المناورات السياسية», «سلسلة من المناورات المحسوبة» of a space probe), and military
  training received («تلقوا تدريبات عسكرية في تركيا»): no exercise staged;
- `alert_not_troops`: a state of alert of hospitals, rescuers or shops («أعلنت مستشفيات عسير حالة الاستنفار
  لاستقبال المتبرعين», «في حالة تأهب لعمليات الإنقاذ»): no force put on alert;
- `forces_struck`: reinforcements or massed forces named as what an attack hit or a commander asked for
  («غارات جوية على تعزيزات عسكرية للحوثيين», «استهدف الطيران مواقع وتعزيزات», «بعد طلبه تعزيزات»): the
  attack is the event, no build-up told.
"""

from __future__ import annotations

from marsad.extract.events_background import past_verb
from marsad.extract.events_lexicon import FROM, Words, forms
from marsad.extract.events_tokens import SENT_END, Tok, clause_of, clause_words, has
from marsad.extract.events_triggers import Hit

# --- lifting sanctions, a ban or a siege
_LIFT = forms("رفع", "يرفع", "ترفع", "يرفعوا", "خفف", "يخفف", "تخفف", "تخفيف", "ورفع", "برفع", "لرفع", "فرفع")
# past verbs (and «تم») that make the lifting named after them a deed done or decided
_DECIDED = forms("تم", "قرر", "قررت", "قرروا", "أعلن", "أعلنت", "أعلنوا", "أقر", "أقرت", "بدأ", "بدأت", "باشر",
                 "باشرت", "أمر", "أمرت", "وقررت", "وقرر", "وأعلن", "وأعلنت", "وتم", "فتم", "فقرر", "فقررت")
DECIDED_REACH = 2  # words between a verb of deciding and the lifting it governs («قررت الحكومة رفع»)


_MASDAR_TOO = forms("رفع", "سحب")  # a past verb in form and a verbal noun («بضرورة رفع الحظر»)
_PARTICLES = forms("قد", "لقد", "وقد", "فقد", "ثم", "كما", "حيث", "عندما", "حين", "بعدما", "لما", "ولما")


def as_masdar(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """True when a bare «رفع», «سحب» (no «و»/«ف» on it) read as a past verb is its verbal noun: the word it
    needs follows it at once and the word before it is no particle, no name and no clause start («فور رفع
    العقوبات», «بضرورة رفع الحظر»; not «ورفع المجلس العقوبات», «المجلس رفع العقوبات»)."""
    t = toks[h.first]
    if t.form not in _MASDAR_TOO or h.first + 1 not in h.used:
        return False
    before = clause_words(toks, h.first - 1, a - 1, 1, back=True)
    return bool(before) and not has(toks[before[0]], _PARTICLES) and before[0] not in covered


def lifting_in_prospect(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """A RETREAT of lifting or easing («رفع العقوبات», «ترفع العقوبات», «خفف القيود») told by a verbal noun or
    a present verb, with no past verb of deciding or doing (`_DECIDED`) up to `DECIDED_REACH` words before
    it: the terms of a deal or a hope, nothing lifted."""
    if h.trig.type != "RETREAT" or not has(toks[h.first], _LIFT) or (past_verb(toks, h)
                                                                       and not as_masdar(toks, a, h, covered)):
        return False
    before = clause_words(toks, h.first - 1, a - 1, DECIDED_REACH, back=True)
    return not any(has(toks[k], _DECIDED) for k in before)


# --- releases and withdrawals asked for, offered, planned or held up
_ASKING = forms(
    "ينبغي", "يجب", "وجوب", "ضرورة", "بضرورة", "مقابل", "لقاء", "شرط", "بشرط", "شرطا", "تشترط", "يشترط", "اشترط",
    "اشترطت", "مطالبة", "المطالبة", "بالمطالبة", "للمطالبة", "مطالبا", "مطالبين", "مطالبة", "طالب", "طالبت",
    "يطالب", "تطالب", "يطالبون", "دعا", "دعت", "يدعو", "تدعو", "دعوة", "الدعوة", "ناشد", "ناشدت", "أجل", "لأجل",
    "إصرار", "إصرارهم", "إصرارهن", "إصرارها", "تعطل", "تعطيل", "تأخير", "تأخر", "عرقلة", "لعرقلة", "إعاقة",
    "لإعاقة", "يحبذون", "يحبذ", "لجنة", "الحصول", "يحق", "تاريخ", "موعد", "توقيت", "بموجب", "يريد", "تريد",
    "يريدون", "يرغب", "ترغب", "رهن", "مرهون", "مرهونة",
    # insisting on it («لكنها تتمسك بانسحاب الاحتلال الكامل», «تصر على الإفراج عن …»): a demand, not done
    "تمسك", "تمسكت", "يتمسك", "تتمسك", "يتمسكون", "تمسكها", "تمسكه", "متمسكة", "متمسك", "متمسكون", "أصر",
    "أصرت", "يصر", "تصر", "يصرون", "إصراره", "مصرة")
ASKING_REACH = 3  # words between a word of asking or planning and the release or withdrawal it governs
_RETREAT_NOUNS = forms("إطلاق", "الإفراج", "إفراج", "إخلاء", "انسحاب", "الانسحاب", "سحب", "تسليم", "رفع", "تخفيف")


def retreat_asked(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """A RETREAT told by a verbal noun («إطلاق سراح», «الإفراج عن», «انسحاب») or a present verb after a word
    of demand, condition, wish or hindrance (`_ASKING`) up to `ASKING_REACH` words before it («ينبغي إطلاق
    سراح», «مقابل إطلاق سراح», «سبب تعطل إطلاق سراح»): asked, offered or held up, not done."""
    if h.trig.type != "RETREAT" or (past_verb(toks, h) and not as_masdar(toks, a, h, covered)):
        return False
    if h.trig.pos != "v" and not has(toks[h.first], _RETREAT_NOUNS):
        return False
    reach = ASKING_REACH * 2 if toks[h.first].form.startswith("و") else ASKING_REACH  # «… وانسحاب الحوثيين»
    before = clause_words(toks, h.first - 1, a - 1, reach, back=True)
    return any(has(toks[k], _ASKING) for k in before)


# --- leaving a pact, a currency area, a union or a relationship
_WITHDRAW = forms("انسحب", "ينسحب", "تنسحب", "انسحبت", "انسحبوا", "ينسحبون", "انسحاب", "الانسحاب", "انسحابها",
                  "انسحابه", "انسحابهم", "انسحابهما", "انسحابنا", "بالانسحاب", "وانسحاب", "والانسحاب")
_FROM_IT = forms("منه", "منها")
_PACTS = forms(
    "الاتفاق", "اتفاق", "الاتفاقية", "اتفاقية", "اتفاقيات", "المعاهدة", "معاهدة", "اليورو", "الاتحاد", "اتحاد",
    "علاقة", "العلاقة", "الصفقة", "صفقة", "العقد", "عقد", "المشروع", "مشروع", "السوق", "المنظمة", "منظمة",
    "البروتوكول", "الثعبان", "الشراكة", "شراكة", "التصويت")
# a contest, an election, a bid or a programme left (a player's, a candidate's, a trainee's): no forces moved
_CONTESTS = forms(
    "دورة", "الدورة", "بطولة", "البطولة", "سباق", "السباق", "مسابقة", "المسابقة", "منافسة", "المنافسة", "منافسات",
    "المنافسات", "التصفيات", "تصفيات", "انتخابات", "الانتخابات", "الترشح", "الترشيح", "برنامج", "البرنامج",
    "برامج", "البرامج", "الماراثون", "استضافة", "الاستضافة", "المباراة", "مباراة")
_AREA = forms("منطقة")
PACT_REACH = 6  # words after the withdrawal searched for «من» and what is left


def left_a_pact(toks: list[Tok], b: int, h: Hit) -> bool:
    """A withdrawal from an agreement, a currency area, a union, a relationship or a vote (`_PACTS` right after
    «من», «منطقة اليورو», or «منه»/«منها» with one named just before the trigger), or from a contest, an
    election or a programme (`_CONTESTS` right after «من»): no forces pulled back, no one freed («انسحاب
    اليونان من منطقة اليورو», «وأضاف أن الانسحاب منه سيتيح …» of a deal, «انسحبت من دورة بشتاد»)."""
    if h.trig.type != "RETREAT" or not has(toks[h.first], _WITHDRAW):
        return False
    after = clause_words(toks, h.last, b, PACT_REACH)
    for k in after:
        if has(toks[k], _FROM_IT):
            return any(has(toks[j], _PACTS) for j in clause_words(toks, h.first - 1, -1, PACT_REACH, back=True,
                                                                   marks=SENT_END))
        if toks[k].form in FROM:
            nxt = [toks[j] for j in clause_words(toks, k + 1, b, 2)]  # past the reach too («… والثوار من برنامج»)
            return bool(nxt) and (has(nxt[0], _PACTS) or has(nxt[0], _CONTESTS)
                                  or (has(nxt[0], _AREA) and len(nxt) > 1 and has(nxt[1], _PACTS)))
    return False


# --- manoeuvres and drills
_MANOEUVRES = forms("مناورات", "المناورات", "مناورة", "المناورة", "مناوراته", "مناوراتها", "ومناورات", "والمناورات")
_NOT_MILITARY = forms("السياسية", "سياسية", "سياسيا", "الحزبية", "حزبية", "السياسي", "المحسوبة", "الدبلوماسية")
_RECEIVED = forms("تلقى", "تلقت", "تلقوا", "يتلقى", "يتلقون", "تتلقى", "تلقيهم", "تلقي", "يتلقوا")
_DRILLS = forms("تدريبات", "التدريبات")
_ARMS = forms(
    "عسكرية", "العسكرية", "عسكري", "العسكري", "حربية", "الحربية", "بحرية", "البحرية", "جوية", "الجوية", "قوات",
    "القوات", "الجيش", "جيش", "جنود", "الجنود", "مشتركة", "المشتركة", "الحدود", "صواريخ", "الصواريخ", "حلف",
    "الناتو", "البحرية", "مقاتلات", "سفن", "بالذخيرة")


def manoeuvres_not_drills(toks: list[Tok], a: int, b: int, h: Hit, W: Words) -> bool:
    """«مناورات» of politics («المناورات السياسية»), or in a sentence with no word of arms, troops or force (a
    space probe's, a car's, a hacker's), and drills received («تلقوا تدريبات عسكرية»): no exercise staged."""
    if h.trig.type != "MOBILIZE":
        return False
    t = toks[h.first]
    if has(t, _DRILLS):
        return any(has(toks[k], _RECEIVED) for k in clause_words(toks, h.first - 1, a - 1, 2, back=True))
    if not has(t, _MANOEUVRES):
        return False
    nxt = clause_words(toks, h.last, b, 1)
    if nxt and has(toks[nxt[0]], _NOT_MILITARY):
        return True
    return not any(toks[k].word and k != h.first and (has(toks[k], _ARMS) or has(toks[k], W["force"]))
                   for k in range(a, b))


# --- alerts of hospitals, rescuers or shops
_ALERT = forms("تأهب", "التأهب", "استنفار", "الاستنفار", "استنفارا", "واستنفار", "والاستنفار", "استنفارهم",
               "واستنفارهم", "حالة")
_CARE = forms(
    "مستشفى", "المستشفى", "مستشفيات", "المستشفيات", "الإسعاف", "إسعاف", "المسعفين", "المتبرعين", "بالدم", "الدم",
    "لاستقبال", "المصابين", "الجرحى", "الإنقاذ", "لعمليات", "العاصفة", "الإعصار", "الفيضانات", "السيول",
    "الأمطار", "المتجر", "المشجعين", "الطبية", "الصحية", "المرضى", "العدوى", "انتشال", "الطوارئ")
_SECURITY = forms("الأمني", "الأمنية", "أمنيا", "الأمن", "الشرطة", "العسكرية", "عسكرية", "القوات", "الجيش")


def alert_not_troops(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A state of alert («حالة الاستنفار», «حالة تأهب») whose clause names hospitals, the wounded, rescue,
    donors or shops and no security body or force: care readied, no force put on alert («أعلنت مستشفيات
    المنطقة حالة الاستنفار لاستقبال المصابين», «في حالة تأهب لعمليات الإنقاذ»)."""
    if h.trig.type != "MOBILIZE" or not has(toks[h.first], _ALERT):
        return False
    lo, hi = clause_of(toks, a, b, h.first)
    words = [k for k in range(lo, hi) if toks[k].word and not h.first <= k < h.after]
    care = sum(has(toks[k], _CARE) for k in words)
    return care > 0 and (care >= 2 or not any(has(toks[k], _SECURITY) for k in words))


# --- reinforcements struck or asked for
_MASSED = forms("تعزيزات", "التعزيزات", "وتعزيزات", "تعزيزاتهم", "تعزيزاته", "تعزيزاتها", "حشود", "الحشود",
                "وحشود", "حشودا", "تجمعات")
_HITTING = frozenset(("ASSAULT", "FIGHT", "COERCE"))
_ASKED_FOR = forms("طلب", "طلبه", "طلبت", "يطلب", "طالب", "لطلب", "بطلب", "طلبهم", "صد", "تصد", "يصد", "صدت",
                   "وصد", "لصد", "انتظار", "بانتظار", "تنتظر", "ينتظر")
STRUCK_REACH = 4  # words between an attack's trigger and the reinforcements it hit


def forces_struck(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit]) -> bool:
    """Reinforcements or massed forces (a MOBILIZE trigger that opens with «تعزيزات», «حشود») named as what
    an attack of the sentence (`found`) hit, up to `STRUCK_REACH` words after its trigger in the clause («غارات
    جوية على تعزيزات», «استهدف الطيران مواقع وتعزيزات»), or after a word of asking for, awaiting or repelling
    («بعد طلبه تعزيزات», «صد تعزيزات»): the attack is the event, no build-up told."""
    if h.trig.type != "MOBILIZE" or h.trig.pos == "v" or not has(toks[h.first], _MASSED):
        return False
    before = clause_words(toks, h.first - 1, a - 1, STRUCK_REACH, back=True)
    if any(has(toks[k], _ASKED_FOR) for k in before[:2]):
        return True
    lo = clause_of(toks, a, b, h.first)[0]
    return any(x.trig.type in _HITTING and lo <= x.first < h.first <= x.after + STRUCK_REACH
               and (x.after - 1 in before or x.after == h.first) for x in found)


def no_retreat_or_buildup(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], covered: set[int],
                          W: Words) -> bool:
    """True when the RETREAT or MOBILIZE trigger `h` of the sentence [a, b) tells no withdrawal, release or
    build-up (see the module docstring); `found`: every trigger of the sentence; `covered`: tokens of names."""
    if h.trig.type not in ("RETREAT", "MOBILIZE"):
        return False
    return lifting_in_prospect(toks, a, h, covered) or retreat_asked(toks, a, h, covered) or left_a_pact(toks, b, h) \
        or manoeuvres_not_drills(toks, a, b, h, W) or alert_not_troops(toks, a, b, h) \
        or forces_struck(toks, a, b, h, found)


__all__ = ["no_retreat_or_buildup"]

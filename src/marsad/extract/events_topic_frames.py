"""Frames in which a trigger word only talks about a matter, names an office or says a general thing, and
tells no deed that happened (topic: not an event but a topic; precision).

`topic_frame` (called by `events_spurious.wrong_sense`) is true for a trigger read in the words before it as:
- `remit_of_body`: what a body is for, its remit after «المعنية/المكلفة بـ» («اللجنة الأممية المعنية بالتحقيق
  في الانتهاكات», «البعثة المكلفة بمراقبة وقف إطلاق النار»), or the noun of a unit's or a centre's name («وحدة
  التحقيق في الجرائم المالية», «مراكز التوقيف والتحقيق»): a name, no deed;
- `counted_noun`: a bare verb form right after a count («مشاركة 3500 طالب», «مليون طالب»): a counted noun
  (students), no verb;
- `student_noun`: a bare «طالب» after a word that takes a noun («علي بن أبي طالب», «ولي أمر طالب», «وهو طالب
  يدرس», «كل طالب»): the student or the kunya, no demand;
- `tallied`: a deed noun counted or rated («ارتفع عدد الاعتقالات», «معدلات الجرائم»): a statistic, no deed;
- `warrant_only`: an arrest noun of a warrant not told issued («بسبب مذكرات الاعتقال الصادرة بحقه»): nobody
  arrested;
- `danger_posed`: a threat noun that a verb of constituting or becoming predicates («شكّل تهديدا كبيرا
  لأمريكا», «فكان تهديدا لمدننا»): a danger, nobody threatened anyone;
- `impersonal_call`: «يدعو» whose subject is a fact («مما يدعو لمزيد من القلق», «الأمر الذي يدعو إلى»): no
  party calls on anyone;
- `conformity`: «يتفق مع» after «بما» («بما يتفق مع أعلى معايير الجودة»): conforming, no agreement;
- `creed_speaks`: a statement whose subject is a religion, a scripture or the Prophet («الإسلام يرفض
  العنف», «رفض الإسلام الإرهاب», «يدعو ديننا إلى»): a sermon's general truth, no party's statement;
- `poll_share`: a stance whose subject is a share of a people in a sentence of a poll («أظهرت استطلاعات أن
  أغلبية المواطنين يعارضون …»): an opinion figure, no party's act;
- `counted_doers`: a present verb in a relative clause on a count («عدد الأجانب الذين يقاتلون …»): a
  statistic, no deed told;
- `not_allowed`: a deed in the «أن» clause of a negated verb of allowing («لن يسمحوا بأن تستولي ميليشيات مسلحة
  على الحكم»): a deed refused, not done;
- `achieved`: «حقق» with an object pronoun («المكاسب التي يحققونها في الجبهة»): achieving, not investigating;
- `ritual_visit`: «الزيارة» joined to «العمرة» or «الحج» («ضيوف الحج والعمرة والزيارة»): the pilgrims' visit to
  Medina, no meeting;
- `conviction`: «إدانته» after a word of proof («لعدم ثبوت إدانته», «من تثبت إدانته») or before the charge
  («أكدت المحكمة إدانته بتهمتين», «لإدانته بالإرهاب»): a guilty verdict proven or not, no condemnation.
"""

from __future__ import annotations

import re

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, SENT_END, Tok, clause_words, has
from marsad.extract.events_triggers import Hit
from marsad.extract.ner_junk import NAME_LINKS

_BREAKS = CLAUSE_END | SENT_END | QUOTE_MARKS


def _words_before(toks: list[Tok], a: int, k: int, reach: int) -> list[int]:
    """Up to `reach` word tokens before token k, nearest first, in its clause (no clause or sentence mark or
    quote between) and not before token a."""
    return clause_words(toks, k - 1, a - 1, reach, _BREAKS, back=True)


def _word_after(toks: list[Tok], k: int, b: int) -> int | None:
    """The first word token after token k, before b, with no clause mark between (None when there is none)."""
    j = k + 1
    while j < b:
        if toks[j].word:
            return j
        if toks[j].form in _BREAKS:
            return None
        j += 1
    return None


def _bare(tok: Tok) -> str:
    """The token's folded form without a leading «و» or «ف»."""
    f = tok.form
    return f[1:] if len(f) > 3 and f[0] in "وف" else f


# --- a body's remit or name ---------------------------------------------------------------------------

# words that tie a body to its remit by «بـ» («اللجنة المعنية بالتحقيق», «المكلفة بمراقبة …»)
_REMIT = forms("المعنية", "المعني", "المعنيين", "المعنيون", "المكلفة", "المكلف", "المكلفين", "المكلفون",
               "المختصة", "المختص", "المخولة", "المخول", "معنية", "مكلفة", "مختصة")
# verbal nouns of watching a deed («بمراقبة وقف إطلاق النار»), between the remit word and the deed noun
_WATCHING = forms("مراقبة", "متابعة", "رصد", "توثيق")
# heads of a unit's, a centre's or a mission's name that `events_triggers.in_name` does not know («وحدة
# التحقيق», «بعثة مراقبة»); «لجنة» and «فريق» are left out: a committee or a team of inquiry is most often one
# just formed, and its inquiry is told
_UNIT_HEADS = forms("وحدة", "وحدات", "مركز", "مراكز", "بعثة", "برنامج", "برامج", "نيابة")
# the heads `in_name` knows («قسم», «مكتب»), for the second noun of a pair it leaves («قسم المباحث والتحقيقات»)
_OFFICE_HEADS = _UNIT_HEADS | forms("مكتب", "قسم", "إدارة", "هيئة", "دائرة", "شعبة", "مديرية", "جهاز", "وكالة",
                                    "أقسام", "إدارات", "مكاتب")


def _glued_b(tok: Tok) -> bool:
    """True when «بـ» is glued to the token («بالتحقيق», «بمراقبة»)."""
    f = _bare(tok)
    return f.startswith("ب") and f[1:] in tok.reads


def _definite(tok: Tok) -> bool:
    """True when the token bears the article, «و» glued before it or not («التحقيق», «والتحقيق»)."""
    return _bare(tok).startswith("ال") or tok.form.startswith("وال")


def remit_of_body(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the nominal trigger `h` names a body's remit: after a remit word with «بـ» on the trigger or
    on a verbal noun of watching before it («المعنية بالتحقيق», «المكلفة بمراقبة وقف إطلاق النار»), or as the
    definite noun of a unit's name, right after its head or joined by «و» to the noun after it («وحدة
    التحقيق», «مراكز التوقيف والتحقيق»)."""
    if h.trig.pos == "v" and not _glued_b(toks[h.first]) and not _definite(toks[h.first]):
        return False  # a verb, not its verbal noun
    before = _words_before(toks, a, h.first, 3)
    if not before:
        return False
    first = toks[before[0]]
    if _glued_b(toks[h.first]) and has(first, _REMIT):
        return True
    if has(first, _WATCHING) and _glued_b(first) and len(before) > 1 and has(toks[before[1]], _REMIT):
        return True
    if not _definite(toks[h.first]):
        return False
    if _head(first, _UNIT_HEADS) and before[0] == h.first - 1 and not toks[h.first].form.startswith("و"):
        return True
    return toks[h.first].form.startswith("وال") and len(before) > 1 and before[0] == h.first - 1 \
        and _definite(first) and _head(toks[before[1]], _OFFICE_HEADS)


def _head(tok: Tok, heads: frozenset[str]) -> bool:
    """True when the token is a head of a name in construct: one of `heads` with no article («وحدة»,
    «مراكز»; not «النيابة التحقيقات», a subject and its object)."""
    return has(tok, heads) and not _definite(tok)


# --- counted nouns ------------------------------------------------------------------------------------

_SCALES = forms("ألف", "آلاف", "الف", "مليون", "ملايين", "مئات", "عشرات", "مليار")
_YEAR = re.compile(r"(19|20)\d\d")


_VERB_ENDINGS = ("ت", "وا", "نا", "تم", "ون", "ان", "تا")


def _bare_stem(tok: Tok) -> bool:
    """True when the token bears no clitic and no ending or prefix of a conjugated verb («طالب», not «ودمر»,
    «رفضنا», «يطالب»)."""
    f = tok.form
    return f in tok.reads and f[:1] not in ("و", "ف", "ي", "ت", "ن", "س") and not f.endswith(_VERB_ENDINGS)


def counted_noun(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a verb trigger that bears no clitic nor verb ending stands right after a count: a number (not
    a year) or a word of scale («3500 طالب», «مليون طالب»): the bare form is a counted noun (a number may end
    the phrase before a verb, «من 600 إلى 800 رفضنا ذلك», «23 ودمر»: those bear an ending or «و»)."""
    if h.trig.pos != "v" or h.first - 1 < a or not toks[h.first - 1].word or not _bare_stem(toks[h.first]):
        return False
    prev = toks[h.first - 1]
    if has(prev, _SCALES):
        return True
    digits = prev.form.replace(",", "").replace(".", "")
    return digits.isdigit() and not _YEAR.fullmatch(digits)


# a bare «طالب» read as «student» after a word that takes a noun: a kunya's «أبي/أبو», «أمر» of «ولي أمر», a
# pronoun subject, «كل»/«أي» (the verb «طالب» opens its clause or follows its subject, never these words)
_STUDENT = forms("طالب")
_NOUN_HEADS = forms("أبي", "ابي", "أبو", "ابو", "أمر", "امر", "هو", "وهو", "فهو", "كل", "لكل", "أي", "اي", "لأي")


def student_noun(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger is a bare «طالب» right after a kunya's «أبي», «ولي أمر», «وهو» or «كل» («الإمام علي
    بن أبي طالب», «ولي أمر طالب», «وهو طالب يدرس الهندسة»), or a name's «بن» or «آل» («الدكتور عبدالعزيز بن طالب»):
    the noun or a name, no demand."""
    if h.trig.pos != "v" or toks[h.first].form not in _STUDENT:
        return False
    before = _words_before(toks, a, h.first, 1)
    return bool(before) and before[0] == h.first - 1 and (toks[before[0]].form in _NOUN_HEADS
                                                          or toks[before[0]].form in NAME_LINKS)


# --- a statistic ------------------------------------------------------------------------------------

# words of a count or a rate whose genitive deed noun is counted, not told («عدد الاعتقالات», «نسبة الهجمات»)
_TALLY = forms("عدد", "معدل", "معدلات", "نسبة", "إحصائية", "إحصائيات", "إحصاءات", "إجمالي")


def tallied(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a deed noun (a noun trigger, or a definite form) comes right after a word of a count or a
    rate («ارتفع عدد الاعتقالات إلى …», «معدلات الجرائم»): a statistic, no deed told (a verb after «العدد»,
    «مجموعة مجهولة العدد هاجمت سيارة», tells one)."""
    if h.trig.pos == "v" and not _definite(toks[h.first]):
        return False
    before = _words_before(toks, a, h.first, 1)
    return bool(before) and before[0] == h.first - 1 and has(toks[before[0]], _TALLY) \
        and not _definite(toks[before[0]])


# --- a warrant ---------------------------------------------------------------------------------------

_WARRANT = forms("مذكرة", "مذكرات", "مذكرتي", "مذكرتا")
_ISSUE = forms("أصدر", "أصدرت", "أصدروا", "يصدر", "تصدر", "إصدار", "صدور", "أصدرتا")


def warrant_only(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when an arrest noun is the genitive of a warrant that the clause does not tell issued («بسبب مذكرات
    الاعتقال الصادرة بحقه», «رفضت تنفيذ مذكرة توقيف بحق الرئيس»): a warrant spoken of, nobody arrested («أصدرت
    المحكمة مذكرة اعتقال بحقه» tells the issuing, which stays)."""
    if h.trig.type != "COERCE" or (h.trig.pos == "v" and not _definite(toks[h.first])):
        return False
    before = _words_before(toks, a, h.first, 3)
    if not before or before[0] != h.first - 1 or not has(toks[before[0]], _WARRANT):
        return False
    return not any(has(toks[k], _ISSUE) for k in before[1:])


# --- a danger posed -----------------------------------------------------------------------------------

# verbs of constituting, representing or becoming, and «مصدر», before a threat noun («شكل تهديدا»)
_CONSTITUTE = forms("شكل", "شكلت", "يشكل", "تشكل", "يشكلون", "مثل", "مثلت", "يمثل", "تمثل", "كان", "كانت",
                    "يكون", "تكون", "بات", "باتت", "أصبح", "أصبحت", "يعد", "تعد", "يظل", "تظل", "مصدر")


def danger_posed(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a THREATEN noun comes right after a verb of constituting or becoming or after «مصدر»
    («شكل تهديدا كبيرا», «فكان تهديدا لمدننا», «مصدر تهديد»): a danger, no threat made."""
    if h.trig.type != "THREATEN" or h.trig.pos == "v":
        return False
    before = _words_before(toks, a, h.first, 1)
    return bool(before) and has(toks[before[0]], _CONSTITUTE)


# --- a fact calls for ---------------------------------------------------------------------------------

_FACT = forms("ما", "مما", "وما", "فما", "الذي")
_MATTER = forms("الأمر", "الامر", "وهو", "وهذا", "هذا", "ذلك")
_CALL = forms("يدعو", "تدعو", "دعا", "دعت", "يستدعي", "تستدعي")


def impersonal_call(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «يدعو» (or «دعا») has a fact as its subject: «ما»/«مما» right before it, or «الذي» after
    «الأمر»/«هو» («مما يدعو لمزيد من القلق», «الأمر الذي يدعو إلى …»): no party calls on anyone."""
    if h.trig.type != "DEMAND" or not has(toks[h.first], _CALL):
        return False
    before = _words_before(toks, a, h.first, 2)
    if not before or not has(toks[before[0]], _FACT):
        return False
    if toks[before[0]].form != "الذي":
        return True
    return len(before) > 1 and has(toks[before[1]], _MATTER)


# --- conforming ---------------------------------------------------------------------------------------

_AS = forms("بما", "وبما", "ما", "مما", "فيما", "لما")  # (not «كما اتفق الجانبان»: also agreed)
_AGREEING = forms("يتفق", "تتفق", "اتفق", "اتفقت", "يتوافق", "تتوافق", "توافق", "اتفقوا", "يتفقون")


def conformity(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «يتفق», «يتوافق» follows «بما» (or «ما», «مما», «لما») right before it («بما يتفق مع أعلى
    المعايير»): what conforms to a thing, no agreement between parties."""
    if h.trig.type != "AGREE" or not has(toks[h.first], _AGREEING):
        return False
    before = _words_before(toks, a, h.first, 1)
    return bool(before) and toks[before[0]].form in _AS


# --- a creed speaks -----------------------------------------------------------------------------------

_CREED = forms("الإسلام", "ديننا", "الدين", "الشريعة", "الشرع", "القرآن", "النبي", "الرسول", "ربنا", "شريعتنا",
               "نبينا", "رسولنا")
_CREED_ADJECTIVES = forms("الحنيف", "الحنيفة", "الإسلامي", "الإسلامية", "الكريم", "السمح", "السمحة")
_STATEMENTS = frozenset(("DEMAND", "REJECT", "DISAPPROVE", "SUPPORT", "THREATEN"))


def creed_speaks(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when a statement verb has a religion, a scripture or the Prophet as its subject: right before it,
    past an adjective («الإسلام يرفض العنف», «ديننا الحنيف يدعو»), or right after it («رفض الإسلام الإرهاب»,
    «يدعو ديننا إلى»): a general truth of a sermon, no party's statement."""
    if h.trig.type not in _STATEMENTS or h.trig.pos != "v":
        return False
    before = _words_before(toks, a, h.first, 2)
    if before and has(toks[before[0]], _CREED_ADJECTIVES) and len(before) > 1:
        before = before[1:]
    if before and has(toks[before[0]], _CREED) and not toks[before[0]].form.startswith(("ب", "ل")):
        return True
    nxt = _word_after(toks, h.last - 1, b)
    return nxt is not None and has(toks[nxt], _CREED) and not toks[nxt].form.startswith(("ب", "ل", "و"))


# --- a share of a people, polled ----------------------------------------------------------------------

_SHARES = forms("أغلبية", "غالبية", "معظم", "أكثرية", "نسبة", "ثلثي", "ثلثا", "نصف", "ربع", "أقلية")
_POLLS = forms("استطلاع", "استطلاعات", "استبيان", "استبيانات", "الاستطلاع", "الاستطلاعات", "مسح", "المسح")
SHARE_REACH = 4  # words before the trigger in which the share stands


def poll_share(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when a share of a people («أغلبية», «معظم», «نسبة») stands within `SHARE_REACH` words before the
    trigger in its clause and the sentence tells of a poll («أظهرت استطلاعات أن أغلبية مواطني اليابان
    يعارضون …»): an opinion figure, no party's act."""
    if not any(has(toks[k], _SHARES) for k in _words_before(toks, a, h.first, SHARE_REACH)):
        return False
    return any(toks[k].word and has(toks[k], _POLLS) for k in range(a, b))


# --- a count of doers ---------------------------------------------------------------------------------

_WHO = forms("الذين", "اللواتي", "اللاتي", "التي", "اللذين", "اللتين")
_COUNT = forms("عدد", "أعداد", "اعداد")
COUNT_REACH = 6  # words between «عدد» and the relative pronoun


def counted_doers(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a present verb right after a relative pronoun stands in a clause on a count: «عدد» within
    `COUNT_REACH` words before the pronoun («تقدر عدد الأجانب الذين يقاتلون …»): a statistic of people who
    do a thing, no deed told (a past verb, «عدد الذين قتلوا في الهجوم», tells the deed)."""
    if h.trig.pos != "v" or _bare(toks[h.first])[:1] not in ("ي", "ت"):
        return False
    before = _words_before(toks, a, h.first, COUNT_REACH + 1)
    if not before or not has(toks[before[0]], _WHO):
        return False
    return any(has(toks[k], _COUNT) for k in before[1:])


# --- a deed not allowed -----------------------------------------------------------------------------

_NOT = forms("لن", "لا", "لم", "ولن", "ولا", "ولم", "فلن", "فلا")
_ALLOW = forms("يسمح", "تسمح", "نسمح", "يسمحوا", "يسمحون", "أسمح", "يقبل", "تقبل", "نقبل", "يقبلوا", "يقبلون",
               "أقبل", "يرضى", "نرضى", "ترضى")
_THAT = forms("أن", "بأن", "ان", "بان")
REFUSED_REACH = 10  # words from «أن» to the deed in its clause


def not_allowed(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger stands in the «أن» clause of a negated verb of allowing or accepting, within
    `REFUSED_REACH` words («لن يسمحوا بأن تستولي ميليشيات مسلحة على الحكم», «لا نقبل أن يعتدي أحد على …»): a
    deed refused, not done (the refusal itself is told by its own trigger)."""
    before = _words_before(toks, a, h.first, REFUSED_REACH + 3)
    for i, k in enumerate(before[:REFUSED_REACH]):
        if not has(toks[k], _THAT):
            continue
        rest = before[i + 1:i + 6]  # the verb of allowing, past its subject, and the negation before it
        return any(has(toks[j], _ALLOW) and n + 1 < len(rest) and has(toks[rest[n + 1]], _NOT)
                   for n, j in enumerate(rest))
    return False


# --- achieving ----------------------------------------------------------------------------------------

_ACHIEVED = re.compile(r"[وف]?[يتن]?حقق(ون|وا|ت|نا|تم)?(ها|ه|هم|هما|هن)")


def achieved(toks: list[Tok], h: Hit) -> bool:
    """True when an INVESTIGATE verb of «حقق» bears an object pronoun («يحققونها», «حققها»): one investigates
    «في» a matter or «مع» a person, a pronoun object is a thing achieved («المكاسب التي يحققونها في الجبهة»)."""
    return h.trig.type == "INVESTIGATE" and h.trig.pos == "v" and bool(_ACHIEVED.fullmatch(toks[h.first].form))


# --- the pilgrims' visit ------------------------------------------------------------------------------

_RITES = forms("العمرة", "الحج", "للعمرة", "للحج", "والعمرة", "والحج", "وللعمرة", "وللحج", "عمرة", "حج")
_VISIT = forms("زيارة", "الزيارة", "زيارات")


def ritual_visit(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when «الزيارة» is joined by «و» to «العمرة» or «الحج», before or after it («للحج والعمرة
    والزيارة», «الزيارة والعمرة»): the pilgrims' visit to the Prophet's mosque, no meeting."""
    if h.trig.type != "CONSULT" or not has(toks[h.first], _VISIT):
        return False
    before = _words_before(toks, a, h.first, 1)
    if before and before[0] == h.first - 1 and toks[h.first].form.startswith("و") and has(toks[before[0]], _RITES):
        return True
    nxt = _word_after(toks, h.first, b)
    return nxt is not None and toks[nxt].form.startswith("و") and has(toks[nxt], _RITES)


# --- a conviction -------------------------------------------------------------------------------------

_PROOF = forms("ثبوت", "ثبتت", "ثبت", "تثبت", "يثبت", "أثبتت", "أثبت", "إثبات", "اثبات")
_CONVICTION = re.compile(r"[وب]?[اإ]دانت(ه|ها|هم|هما)")


# the charge a verdict names right after «إدانته» («بتهمتين», «بالإرهاب»): not a manner («بشدة», «بأشد العبارات»)
_CHARGED = re.compile(r"بتهم\w*|بالتهم\w*|بجرائم|بجريمه|بارتكاب|بالتورط|" + "|".join(
    "بال" + norm(w) for w in ("قتل", "إرهاب", "فساد", "تجسس", "احتيال", "سرقة", "رشوة", "اختلاس", "تزوير",
                             "اغتصاب", "خيانة", "تحرش", "إهمال")))  # token forms are folded (`norm`)


def conviction(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a condemnation noun with a pronoun («إدانته») comes right after a word of proof («لعدم ثبوت
    إدانته», «من تثبت إدانته») or right before the charge («أكدت المحكمة إدانته بتهمتين», «لإدانته
    بالإرهاب»): a verdict of guilt, no condemnation."""
    if h.trig.type != "DISAPPROVE" or not _CONVICTION.fullmatch(toks[h.first].form):
        return False
    before = _words_before(toks, a, h.first, 1)
    nxt = _word_after(toks, h.last - 1, len(toks))
    return (bool(before) and has(toks[before[0]], _PROOF)) \
        or (nxt is not None and _CHARGED.fullmatch(toks[nxt].form) is not None)


def topic_frame(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the trigger `h` of the sentence [a, b) names a body's remit, is a counted noun, a statistic, a
    warrant, a danger posed, a fact's call, a conformity, a creed's truth, a polled share's view, a count of
    doers, a thing achieved, the pilgrims' visit, a conviction or a deed not allowed (module docstring): no
    deed told."""
    return remit_of_body(toks, a, h) or counted_noun(toks, a, h) or student_noun(toks, a, h) \
        or tallied(toks, a, h) \
        or warrant_only(toks, a, h) or danger_posed(toks, a, h) \
        or impersonal_call(toks, a, h) or conformity(toks, a, h) or creed_speaks(toks, a, b, h) \
        or poll_share(toks, a, b, h) or counted_doers(toks, a, h) or achieved(toks, h) \
        or ritual_visit(toks, a, b, h) or conviction(toks, a, h) or not_allowed(toks, a, h)

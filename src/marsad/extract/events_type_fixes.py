"""Types a trigger gets wrong where the words around it tell another deed (topic: types).

Run from `events_typing.retype_events` on each finished event, before the other retyping rules:
- a host welcoming guests («رحب الأمير بالوفد الزائر», «ورحب سموه بهم», «رحب الوزير بنظيره الفرنسي») is no
  backing (SUPPORT) of anyone: it is the meeting (CONSULT) where a guest is named as its target, and no
  event where only an audience or a group of visitors is welcomed;
- an invitation to a visit or a meeting («دعا الوزير نظراءه للاجتماع في باريس», «وجه الرئيس دعوة إلى الملك
  لزيارة القاهرة») is no demand (DEMAND): it is a meeting to come (CONSULT, hedged) where the guest is named,
  and no event where none is; said at a meeting («ودعا الرئيس خلال لقائه المبعوث …، في الرياض الى زيارة عدن»),
  the visit may stand past a comma;
- a conviction («أدانت المحكمة المتهم بتمويل الإرهاب», «وأدين المتهم بتهريب المخدرات», «كان قد أدين الشهر
  الماضي بـ12 تهمة») is a court's sentence on a person (COERCE, like «حكمت المحكمة بسجن»), not criticism;
  in the passive the convicted person is its target, not its source;
- a court upholding a ruling («أيدت محكمة الاستئناف الحكم الصادر بإعدام المتهمين») is that sentence
  (COERCE), not backing (SUPPORT);
- «عدوان» in the idiom «ظلما وعدوانا» ('unjustly and wrongfully'), beside another vice («البغي والعدوان», «الإثم
  والعدوان») or denied in a maxim («ولا عدوان») is a word of a sermon or a statement, no attack (no event);
- a protest made in a statement, a note or a letter («أصدرت الخارجية بيان احتجاج», «رسالة احتجاج إلى مجلس
  الأمن», «رفع النادي احتجاجا للجهات المعنية») is criticism (DISAPPROVE), not a street protest;
- refusing to comment («رفض الوزير التعليق على …», «ورفضت الحكومة الإفصاح عن تفاصيل الاتفاق», «رفض الكشف عن
  اسمه») refuses no proposal, demand or deed: no event;
- rejecting words («أعرب عن رفضه للتصريحات غير المسؤولة», «رفض الإساءات») is criticism of whoever said them
  (DISAPPROVE), not the refusal of a proposal (REJECT); rejecting an accusation or a claim («رفضت الوزارة
  الاتهامات», «ترفض المزاعم») denies it, and stays a REJECT.
"""

from __future__ import annotations

from typing import NamedTuple

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_object_types import words_after
from marsad.extract.events_tokens import Tok, has
from marsad.model import Event

GUEST_REACH = 12  # words after «رحب» in which its object («بالوفد») stands, past a subject named at length
INVITE_REACH = 8  # words after «دعا» in which the visit or meeting invited to stands
INVITE_FAR = 24  # tokens after «دعا … خلال لقائه» in which it stands, past commas
CHARGE_REACH = 6  # words after a passive «أُدين» in which its charge («بتهريب») or time stands, past the convict
COURT_REACH = 3  # words after «أدان»/«أيد» in which the court as subject stands
RULING_REACH = 6  # words after «أيد» in which the ruling upheld stands
REFUSED_REACH = 8  # words after «رفض» in which what is refused stands, past a subject named at length
STATEMENT_REACH = 4  # words before «احتجاج» in which the statement («بيان», «مذكرة») stands


class TypeFix(NamedTuple):
    """The type and mode an event is to have; `drop` when it is no event at all."""

    type: str = ""
    mode: str | None = None
    drop: bool = False


DROP = TypeFix(drop=True)

_WELCOME = forms("رحب", "ورحب", "رحبت", "ورحبت", "يرحب", "ترحب", "رحبوا", "ورحبوا", "رحّب", "ورحّب", "رحّبت")
# the guest welcomed: «بالوفد», «بنظيره», «بالسفير», «بهم»; read after «ب»
_GUEST = forms("الوفد", "وفد", "الوفود", "وفود", "الضيوف", "ضيوف", "ضيوفه", "ضيفه", "ضيفها", "الضيف", "نظيره",
               "نظيرته", "نظيريه", "نظرائه", "الزوار", "زوار", "الزائرين", "الزائر", "الحضور", "الحاضرين",
               "المشاركين", "السفير", "سفير", "السفراء", "سفراء", "الوزير", "وزير", "الرئيس", "رئيس", "الأمير",
               "أمير", "سمو", "سموه", "معالي", "معاليه", "الفريق", "اللواء", "الشيخ", "الدكتور", "المبعوث",
               "مبعوث", "القنصل", "قنصل", "الأطباء", "أطباء", "الطلاب", "طلاب", "الطالبات", "المتدربين",
               "المبتعثين", "المستجدين", "الإعلاميين", "الصحفيين", "المدعوين", "الأهالي", "الجميع")
_GUEST_PRONOUNS = forms("بهم", "بهما", "بكم", "بهن", "بضيوفه", "بضيفه", "بضيفها", "بضيوفها")
_OBJECT_PRONOUNS = forms("به", "بها", "بذلك", "بهذا", "بهذه", "بما")  # «رحب به»: mostly a step welcomed

_INVITE = forms("دعا", "ودعا", "دعت", "ودعت", "يدعو", "تدعو", "ستدعو", "سيدعو", "دعوا", "دعوة", "الدعوة",
                "دعوته", "دعوتها", "وجه", "وجهت", "ووجه", "ووجهت")
# what an invitation is to: a visit or a meeting with the inviter («لزيارة», «إلى زيارة», «للاجتماع»)
_INVITED_TO = forms("لزيارة", "لزيارتها", "لزيارته", "لزيارتهم", "للاجتماع", "للقاء", "للقائه", "لمأدبة")
_TO = forms("إلى", "الى")
_VISIT_OR_MEETING = forms("زيارة", "مأدبة")  # «دعا إلى اجتماع طارئ» calls for one: no invitation

_CONVICT = forms("أدان", "وأدان", "أدانت", "وأدانت", "ادان", "وادان", "ادانت", "وادانت", "أدين", "وأدين",
                 "أدينت", "وأدينت", "ادين", "وادين", "ادينت", "وادينت", "يدان", "تدان")
_PASSIVE = forms("أدين", "وأدين", "أدينت", "وأدينت", "ادين", "وادين", "ادينت", "وادينت", "يدان", "تدان")
# «إنني أدين»: the speaker condemns; «أدين بشدة», «أدين هذا»: a condemnation, not a conviction
_FIRST_PERSON = forms("إنني", "انني", "إني", "اني", "أنا", "انا", "لأنني", "ونحن", "نحن", "وإنني", "وانني")
_CONDEMNED = forms("بشدة", "بأشد", "هذا", "هذه", "تلك", "كل", "الهجوم", "العمل", "الحادث", "الجريمة",
                   "التفجير", "الاعتداء", "العملية", "الأعمال", "استهداف", "قتل", "مقتل", "واستنكر", "باسم",
                   "وأستنكر", "وأشجب", "واشجب")
# what follows a conviction: its charge («بتهمة», «بالتستر», «بـ12 تهمة»), its court or its time
_SAYING_MARKS = frozenset((":", "«", '"', "“", "'"))
_CHARGE_START = forms("في", "على", "امس", "أمس", "الشهر", "العام", "الأسبوع", "غيابيا", "حضوريا")
# a court («هيئة المحلفين» by its second word: «هيئة كبار العلماء» condemns)
_COURT = forms("محكمة", "المحكمة", "والمحكمة", "ومحكمة", "القضاء", "المحلفين", "قاضي", "قاض")

_UPHOLD = forms("أيد", "وأيد", "أيدت", "وأيدت", "ايد", "وايد", "ايدت", "وايدت", "أيّدت", "أيّد", "تؤيد", "يؤيد")
_RULING = forms("حكم", "الحكم", "حكما", "حكمها", "الأحكام", "أحكام", "أحكاما", "قرار", "القرار")

_AGGRESSION = forms("عدوان", "عدوانا", "العدوان")
_VICE = forms("ظلم", "ظلما", "الظلم", "بغي", "بغيا", "البغي", "الإثم", "الاثم", "إثم", "اثم", "طغيان", "الطغيان")
_NO = forms("لا", "ولا")
_STATEMENT = forms("بيان", "بيانا", "بيانات", "البيان", "مذكرة", "مذكرات", "رسالة", "رسائل", "خطاب", "شكوى",
                   "رفع", "ورفع", "رفعت", "ورفعت", "يرفع", "ترفع", "تقدم", "تقدمت")
_PROTEST_WORD = forms("احتجاج", "احتجاجا", "احتجاجات", "الاحتجاج", "احتجاجية")
_REFUSAL = "رفض"  # the root's letters in a word of refusing («ورفضت», «رفضه», «يرفضون»)
# what a refusal to comment refuses: «رفض التعليق», «رفض الإفصاح عن», «رفض الكشف عن هويته»
_COMMENT = forms("التعليق", "تعليق", "الإفصاح", "الافصاح", "الكشف", "الإدلاء", "الادلاء", "ذكر", "الحديث",
                 "التحدث", "الكلام")
# an answer refused («رفض الرد», «رفض الإجابة»): a comment refused when the press asked, else a request refused
# («يرفضون الإجابة عن استفسارات عائلته»)
_ANSWER = forms("الرد", "الإجابة", "الاجابة")
_PRESS = forms("أسئلة", "اسئلة", "الأسئلة", "سؤال", "السؤال", "الصحفيين", "الصحافيين", "الصحفي", "الصحافة",
               "مراسلي", "مراسل", "الإعلام", "الاعلام", "الإعلاميين", "الصحيفة", "لصحيفة", "للصحيفة")
PRESS_REACH = 3  # words after «الرد» in which the press that asked stands
# words a refusal's object is never read past («على» folds as the name «علي»: left out)
_NOT_PAST = forms("في", "عن", "من", "إلى", "الى", "مع", "حول", "الذي", "التي", "الذين", "أن", "إن", "بأن",
                  "لأن", "ما", "بعد", "قبل")
# words rejected: what someone said of the one who rejects them («رفضه للتصريحات», «رفضت الاتهامات»)
# (not an accusation or a claim: «رفضت روسيا الاتهامات الأوكرانية», «ترفض المزاعم» reject it, REJECT)
_WORDS_SAID = forms("تصريحات", "التصريحات", "تصريح", "التصريح", "أقوال", "الأقوال", "إساءات", "الإساءات",
                    "الإساءة", "إساءة")


def type_fix(ev: Event, words: list[Tok], at: int | None) -> TypeFix | None:
    """The type the event is to have when its words tell another deed (module docstring), DROP when it is none,
    None to keep it. A passive conviction's convicted person moves from its source to its target."""
    if at is None:
        return None
    if ev.type == "SUPPORT" and _welcomes_guest(words, at):
        return TypeFix("CONSULT") if ev.target else DROP
    if ev.type == "ASSAULT" and _idiom_aggression(words, at):
        return DROP
    if ev.type == "DEMAND" and _invitation(words, at):
        if not ev.target:
            return DROP
        ev.hedged = True
        return TypeFix("CONSULT")
    if ev.type == "DISAPPROVE" and _conviction(words, at, ev):
        if _passive(words[at]):
            ev.source, ev.target = [], _convicted(words, at, ev)
        return TypeFix("COERCE")
    if ev.type == "SUPPORT" and _upheld_ruling(words, at, ev):
        return TypeFix("COERCE")
    if ev.type == "PROTEST" and _protest_statement(words, at):
        return TypeFix("DISAPPROVE")
    if ev.type == "REJECT":
        refused = _refused(words, at, ev)
        if refused is not None and (has(refused, _COMMENT) or _press_answer(words, refused)):
            return DROP
        if refused is not None and has(refused, _WORDS_SAID):
            return TypeFix("DISAPPROVE")
    return None


def _refused(words: list[Tok], at: int, ev: Event) -> Tok | None:
    """The object of the refusal word of a REJECT event's trigger («رفض» of «أعرب عن رفضه»): the first word of
    comment or of words said in its clause, past a subject named at length («ورفض وزير النفط علي النعيمي
    الرد») but not past a preposition or a relative pronoun; None when there is none."""
    span = range(at, min(len(words), at + len(norm(ev.trigger).split())))
    k = next((i for i in span if _REFUSAL in words[i].form), None)
    if k is None:
        return None
    for t in words_after(words, k, REFUSED_REACH):
        if has(t, _COMMENT) or has(t, _WORDS_SAID) or has(t, _ANSWER):
            return t
        if t.form in _NOT_PAST:
            return None
    return None


def _press_answer(words: list[Tok], refused: Tok) -> bool:
    """True when the refused word is an answer («الرد», «الإجابة») the press asked for («الرد على أسئلة
    الصحفيين», «الإجابة عن سؤال لصحيفة»), or one asked of no one named (the sentence ends)."""
    if not has(refused, _ANSWER):
        return False
    k = next(i for i, t in enumerate(words) if t is refused)
    after = words_after(words, k, PRESS_REACH)
    return not after or any(has(t, _PRESS) for t in after)


def _before(words: list[Tok], at: int, reach: int) -> list[Tok]:
    """Up to `reach` words before index `at` in its clause, nearest last."""
    out: list[Tok] = []
    for t in reversed(words[:at]):
        if not t.word or len(out) == reach:
            break
        out.append(t)
    return out[::-1]


def _welcomes_guest(words: list[Tok], at: int) -> bool:
    """True when «رحب» is said of a host welcoming a guest or an audience («رحب الأمير بالوفد», «ورحب سموه
    بهم»), not of backing a step («رحب بالقرار»): the first «بـ» object past its subject decides."""
    if not has(words[at], _WELCOME):
        return False
    for t in words_after(words, at, GUEST_REACH):
        if t.form in _GUEST_PRONOUNS or (t.form.startswith("ب") and has(t, _GUEST)):
            return True
        if t.form.startswith("بال") or t.form in _OBJECT_PRONOUNS:
            return False  # «رحب الوزير بالقرار», «رحب به»: a step welcomed
    return False


def _invitation(words: list[Tok], at: int) -> bool:
    """True when «دعا»/«وجه دعوة» invites someone to a visit or a meeting («دعا نظراءه للاجتماع», «دعوة
    لزيارة القاهرة»), not when it calls for a deed."""
    if not has(words[at], _INVITE):
        return False
    after = words_after(words, at, INVITE_REACH)
    if _names_guest(words, at):
        # «ودعا الرئيس خلال لقائه اليوم مبعوث الأمين العام …، في الرياض الى زيارة محافظة عدن»: past the guest's
        # title, set off by commas
        after = [t for t in words[at + 1:at + 1 + INVITE_FAR] if t.word]
    for k, t in enumerate(after):
        if t.form in _INVITED_TO:
            return True
        if t.form in _TO and k + 1 < len(after) and has(after[k + 1], _VISIT_OR_MEETING):
            return True
    return False


_MEETING_WORDS = forms("لقائه", "لقائها", "استقباله", "استقبالها", "اجتماعه", "اجتماعها")


def _names_guest(words: list[Tok], at: int) -> bool:
    """True when the few words after an inviting verb tell it was said at a meeting with the guest («دعا الرئيس
    خلال لقائه …»): the words after a comma there may still be the invitation's."""
    return any(t.form in _MEETING_WORDS for t in words_after(words, at, INVITE_REACH))


def _passive(tok: Tok) -> bool:
    """True when a conviction verb is the passive «أُدين» (or «يُدان»)."""
    return tok.form in _PASSIVE


def _conviction(words: list[Tok], at: int, ev: Event) -> bool:
    """True when «أدان» tells a court convicting a person: the passive «أُدين» followed by its charge, time or
    court and not said by a first person («وأدين المتهم بتهريب», «قد أدين الشهر الماضي»), or a court as its
    subject («أدانت المحكمة المتهم», «أدانت هيئة المحلفين هولمز»)."""
    if words[at].form not in _CONVICT:
        return False
    if _passive(words[at]):
        if any(t.form in _FIRST_PERSON for t in _before(words, at, 2)) or _opens_a_saying(words, at):
            return False  # «إنني أدين», «قال: أدين باسم بلدي …»: a speaker condemning
        for t in words_after(words, at, CHARGE_REACH):
            if t.form in _CONDEMNED:
                return False  # «أدين بشدة هذا العمل»: a speaker condemning
            if t.form.startswith("ب") or t.form in _CHARGE_START:
                return True
        return False
    subject = words_after(words, at, 2)  # «أدانت المحكمة», «أدانت هيئة المحلفين»
    return any(t.form in _COURT for t in subject) or any(norm(w) in _COURT for n in ev.source for w in n.split())


def _idiom_aggression(words: list[Tok], at: int) -> bool:
    """True when «عدوان» stands in «ظلما وعدوانا», «عدوانا وظلما», beside another vice («البغي والعدوان») or
    after «لا» («ولا عدوان»)."""
    if not has(words[at], _AGGRESSION):
        return False
    near = [t for t in (words[at - 1] if at > 0 else None, words[at + 1] if at + 1 < len(words) else None)
            if t is not None and t.word]
    if any(has(t, _VICE) for t in near):
        return True
    return at > 0 and words[at - 1].form in _NO


def _convicted(words: list[Tok], at: int, ev: Event) -> list[str]:
    """The names of a passive conviction's convicted: those of its actors named between «أُدين» and its charge
    («وأدين المواطن سالم بتهريب …») or just before it in its clause («وكان هولمز قد أدين»); [] when none is (a
    pronoun: «كما أدين بتدربه»)."""
    between: set[str] = {r for t in _before(words, at, CHARGE_REACH) for r in t.reads}  # «كان X قد أدين»
    for t in words_after(words, at, CHARGE_REACH):
        if t.form.startswith("ب") or t.form in _CHARGE_START:
            break
        between.update(t.reads)
    return [n for n in [*ev.source, *ev.target] if n.split() and all(norm(w) in between for w in n.split())]


def _opens_a_saying(words: list[Tok], at: int) -> bool:
    """True when the word at `at` opens what is said: right after a colon or an opening quote."""
    return at > 0 and not words[at - 1].word and words[at - 1].form in _SAYING_MARKS


def _upheld_ruling(words: list[Tok], at: int, ev: Event) -> bool:
    """True when a court upholds a ruling («أيدت محكمة الاستئناف الحكم», «أيدت المحكمة العليا حكما»)."""
    if words[at].form not in _UPHOLD:
        return False
    after = words_after(words, at, RULING_REACH)
    court = any(t.form in _COURT for t in after[:COURT_REACH]) or \
        any(norm(w) in _COURT for n in ev.source for w in n.split())
    return court and any(has(t, _RULING) for t in after)


def _protest_statement(words: list[Tok], at: int) -> bool:
    """True when a protest is a statement, a note, a letter or a complaint («بيان احتجاج», «مذكرة احتجاج»,
    «رفع احتجاجا»), not one staged in the street."""
    if words[at].form not in _PROTEST_WORD:
        return False
    return any(has(t, _STATEMENT) for t in _before(words, at, STATEMENT_REACH))

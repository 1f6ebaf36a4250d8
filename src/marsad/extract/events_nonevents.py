"""Sentences that tell no event though a trigger word stands in them (topic: non-events).

Called by `events_spurious.wrong_sense`; each rule reads the trigger's own grammar:
- `findings_cited`: an inquiry noun that is the subject of a verb of telling or showing, or the source
  named after «حسب», «وفقا لـ» («وذكرت التحقيقات أن …», «وأظهرت التحقيقات الأولية أن …», «بحسب
  التحقيقات»): the findings of an inquiry are cited, no inquiry is told as opened;
- `visitors_praise`: praise whose subject is a crowd of visitors, goers or shoppers («وأشاد الزوار
  بالأجواء», «وأشاد أحد زوار المهرجان بما …»): impressions of a public, no party backs another;
- `habitual_stance`: a present verb told with «دائما», «دوما» or «باستمرار» («المملكة التي تقف دائما مع
  قضيتنا», «دائما ما تدعم …»): what a party is said to be like, no deed done;
- `document_says`: a present verb of calling in a relative clause whose subject is a document («ميثاق
  المنظمة الذي يدعو إلى تعزيز العلاقات», «القرارات الدولية التي تدعو إلى انسحابها»): what a text says,
  no one calls on anyone (a resolution «الذي يفرض حظرا» still imposes it);
- `eid_greetings`: backing told at a body's Eid party or in greetings exchanged among its staff («حفل
  المعايدة», «تبادل الجميع التهاني»): a feast's custom (a cable of greetings, «برقية تهنئة», stays);
- `fiction_plot`: a deed told after a film or a series whose plot the sentence tells («يروي الفيلم
  قصة محقق يبدأ بالتحقيق في جرائم قتل», «يؤدي فيه دور قاتل مأجور»): deeds of fiction;
- a verse quoted, a sermon's ban, a law's provision (`events_scripture_law`).
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.events_background import ongoing_verb
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_scripture_law import scripture_or_law
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.extract.events_unnamed_doers import confession_or_fact

_RELATIVE = forms("الذي", "التي", "اللذين", "اللتين")
_INQUIRIES = forms("التحقيقات", "تحقيقات", "التحقيق", "تحقيق", "التحريات", "تحريات")
_INVESTIGATORS = forms(  # bodies whose inquiry is named by a genitive («تحقيقات الشرطة»)
    "الشرطة", "النيابة", "الادعاء", "السلطات", "الأجهزة", "الجهات", "الهيئة", "هيئة", "اللجنة", "لجنة",
    "الوزارة", "وزارة", "المحققين", "المحققون", "الأمن", "القضاء", "المحكمة", "الجيش", "الحكومة")
_TELLING = forms(  # verbs of telling or showing whose subject is a source of facts
    "ذكرت", "أظهرت", "كشفت", "أشارت", "أكدت", "بينت", "أثبتت", "دلت", "أوضحت", "أفادت", "رجحت",
    "تشير", "تظهر", "تكشف", "تؤكد", "تفيد", "ترجح", "أثبت", "أظهر", "كشف", "أشار", "أفاد", "بين", "دل")
_ACCORDING = forms("حسب", "بحسب", "وحسب", "وبحسب", "وفق", "وفقا", "ووفقا", "طبقا", "وطبقا")


_INQUIRY_ADJECTIVES = forms(  # adjectives of an inquiry that are no nisba in «ـية»
    "الأولى", "الأخيرة", "الجارية", "اللازمة", "المكثفة", "السابقة", "المستمرة", "الموسعة", "الأخرى")


def inquiry_adjective(tok: Tok) -> bool:
    """True when the token is a definite adjective an inquiry takes («الأولية», «الأمنية», «الأخيرة»)."""
    return tok.form.startswith("ال") and (tok.form.endswith(("يه", "ي")) or has(tok, _INQUIRY_ADJECTIVES)) \
        and not has(tok, _INVESTIGATORS)


def conducted_by(toks: list[Tok], h: Hit, covered: set[int]) -> bool:
    """True when the inquiry noun of `h` names who conducts it: a pronoun on it («تحقيقاتها»), a name or a
    body's noun as its genitive («تحقيقات وزارة الداخلية», «تحقيقات الحركة العالمية»), past its adjectives,
    or a relative clause after it («التحقيقات الأولية التي أجرتها الأجهزة الأمنية»): a real inquiry."""
    if toks[h.first].form.removeprefix("و").removeprefix("ف") not in _INQUIRIES:
        return True
    for k in clause_words(toks, h.last, h.last - 1, 1, len(toks)):
        t = toks[k]
        if k in covered or has(t, _RELATIVE) or has(t, _INVESTIGATORS):
            return True
        if not inquiry_adjective(t):
            return t.form.startswith("ال") and not has(t, _TELLING)
    return False


def findings_cited(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """An INVESTIGATE told by an inquiry noun right after a verb of telling or showing (its subject) or
    after «حسب», «وفقا لـ» («وذكرت التحقيقات أن», «حسب التحقيقات»), or before such a verb past its
    adjectives («التحقيقات الأولية أشارت إلى أن»), that names no investigator (`conducted_by`): the
    inquiry is cited as a source, none is told as opened."""
    if h.trig.type != "INVESTIGATE" or not has(toks[h.first], _INQUIRIES) or conducted_by(toks, h, covered):
        return False
    k = h.first - 1
    while k >= a and not toks[k].word and toks[k].form not in CLAUSE_END and toks[k].form not in SENT_END:
        k -= 1
    if k >= a and toks[k].word and (has(toks[k], _TELLING) or has(toks[k], _ACCORDING)):
        return True
    for j in clause_words(toks, h.last, h.last - 1, 1, len(toks)):
        if not inquiry_adjective(toks[j]):
            return has(toks[j], _TELLING)
    return False


_PRAISE = forms("أشاد", "أشادت", "أثنى", "أثنت", "امتدح", "امتدحت", "يشيد", "تشيد")
_VISITORS = forms(
    "الزوار", "زوار", "زائرو", "زائري", "الزائرون", "الزائرين", "الزائرات", "رواد", "روادها", "رواده",
    "المتسوقون", "المتسوقين", "المصطافون", "المصطافين", "المتنزهون", "المتنزهين", "الحضور", "الجمهور",
    "الجماهير", "المتابعون", "المتابعين", "المشاهدون", "المشاهدين", "المتفرجون", "المتفرجين")
_SOME = forms("أحد", "إحدى", "بعض", "عدد", "من", "جميع", "كثير", "العديد", "غالبية", "أغلب", "معظم")


def visitors_praise(toks: list[Tok], h: Hit) -> bool:
    """Praise whose subject, right after the verb (past «أحد», «عدد من», «بعض»), is a crowd of visitors,
    goers, shoppers or an audience («وأشاد الزوار بالأجواء», «وأشاد أحد زوار المهرجان»): the impressions of
    a public, no backing of a party."""
    if h.trig.type != "SUPPORT" or not has(toks[h.first], _PRAISE):
        return False
    for k in range(h.first + 1, min(len(toks), h.first + 5)):
        t = toks[k]
        if not t.word:
            return False
        if has(t, _VISITORS):
            return True
        if not has(t, _SOME):
            return False
    return False


_ALWAYS = forms("دائما", "دوما", "باستمرار", "أبدا", "لطالما", "ولطالما")
_ALWAYS_WHAT = forms("ما")


def habitual_stance(toks: list[Tok], h: Hit) -> bool:
    """A present verb with «دائما», «دوما» or «باستمرار» right after it, or «دائما (ما)» or «لطالما» right
    before it («التي تقف دائما مع قضيتنا», «دائما ما تدعم»): a habit or a character, no deed done."""
    if h.trig.pos != "v":
        return False
    nxt = h.first + 1
    if nxt < len(toks) and toks[nxt].word and has(toks[nxt], _ALWAYS) and ongoing_verb(toks, h):
        return True
    k = h.first - 1
    if k >= 0 and toks[k].word and has(toks[k], _ALWAYS_WHAT):
        k -= 1
    return k >= 0 and toks[k].word and has(toks[k], _ALWAYS) and (ongoing_verb(toks, h) or "لطالما" in toks[k].form)


_DOCUMENTS = forms(  # not «النظام» (also a regime), «خطة» (a plan names what it is for: «خطة لإغلاق سجن»)
    "ميثاق", "الميثاق", "دستور", "الدستور", "قانون", "القانون", "قرار", "القرار", "قرارات", "القرارات",
    "اتفاقية", "الاتفاقية", "معاهدة", "المعاهدة", "وثيقة", "الوثيقة", "مبادرة", "المبادرة", "المادة", "مادة",
    "بند", "البند", "البنود")
_DOCUMENT_REACH = 3  # words back from the relative pronoun to the document noun («قرار مجلس الأمن الذي»)


def document_says(toks: list[Tok], a: int, h: Hit) -> bool:
    """A present verb of calling (DEMAND) right after «الذي»/«التي» whose antecedent, a few words back in
    the clause, is headed by a document («ميثاق المنظمة الذي يدعو إلى …», «القرارات الدولية التي تدعو
    إلى انسحابها»): what the text says, no one's call."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v" or h.first - 1 < a \
            or not has(toks[h.first - 1], _RELATIVE) or not ongoing_verb(toks, h):
        return False
    return any(has(toks[k], _DOCUMENTS) for k in clause_words(toks, a, h.first - 1, -1, _DOCUMENT_REACH))


_WORKS = forms("فيلم", "الفيلم", "فيلما", "مسلسل", "المسلسل")  # one film or series; not «رواية» (also
# an account: «نافيا رواية الوحدات الكردية»), «مسرحية» (also a sham), nor a plural («عرض أفلام مسجلة»)
_PLOT = forms(  # words that tell a work's plot or a part played in it; not «يؤدي» (also «يؤدي إلى»)
    "يروي", "تروي", "يحكي", "تحكي", "قصة", "أحداث", "أحداثه", "أحداثها", "يدور", "تدور", "دور", "شخصية",
    "يجسد", "تجسد", "بطولة")
_ABOUT = forms("عن", "حول")
_ABOUT_REACH = 4  # words from a work's noun to «عن» that says what it is about («الفيلم الجديد «المقابلة» عن»)
_PLOT_REACH = 8  # words between a work's noun and a word of its plot («يؤدي النجم … في فيلم الأكشن الجديد دور»)


def _words_around(toks: list[Tok], k: int, a: int, b: int, reach: int, after_only: bool) -> list[Tok]:
    """The words of the sentence [a, b) up to `reach` words after token k, and before it unless
    `after_only`."""
    out: list[Tok] = []
    for step in ((1,) if after_only else (1, -1)):
        seen, j = 0, k + step
        while a <= j < b and seen < reach:
            if toks[j].word:
                out.append(toks[j])
                seen += 1
            j += step
    return out


def fiction_plot(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the trigger `h` stands after a film or a series that the sentence [a, b) tells the plot
    of: a word of plot or of a part played near the work («يروي الفيلم قصة محقق …», «تدور أحداثه», «يؤدي
    النجم في فيلم الأكشن الجديد دور قاتل», «تجسد شخصية»), or «عن», «حول» a few words after it («الفيلم
    الجديد عن مذيع يلتقي …»): deeds of fiction. A deed told before the work («اعتقلت … بعد أن شاهدوا فيلما
    عن …») is no part of its plot."""
    for w in range(a, h.first):
        if not (toks[w].word and has(toks[w], _WORKS)):
            continue
        if any(has(t, _PLOT) for t in _words_around(toks, w, a, b, _PLOT_REACH, False)) \
                or any(has(t, _ABOUT) for t in _words_around(toks, w, a, b, _ABOUT_REACH, True)):
            return True
    return False


_EID_PARTY = forms("معايدة", "المعايدة", "المعايدات", "معايدات", "للمعايدة")
_EXCHANGE = forms("تبادل", "وتبادل", "تبادلوا", "تبادلا")
_GREETINGS = forms("التهاني", "التهنئة", "التهنئه", "التبريكات")
_STAFF = forms("الموظفين", "موظفي", "موظفيها", "منسوبي", "منسوبيها", "منسوبيه", "المنسوبين", "العاملين",
               "للموظفين", "لمنسوبي", "لمنسوبيها", "للعاملين")
_EID = forms("العيد", "بالعيد", "عيد")
_OFFICIAL = forms("برقية", "برقيه", "اتصالا", "اتصال", "رسالة")  # a cable, a call or a letter is no party chat


def eid_greetings(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A SUPPORT told in a sentence of an Eid party or of greetings among a body's staff («حفل المعايدة الذي
    أقيم بمقر الشركة», «تبادل الجميع التهاني», «قدم التهنئة للموظفين بالعيد السعيد»): the social custom of
    a feast, no backing of a party; a cable, a call or a letter of greetings («برقية تهنئة») stays."""
    if h.trig.type != "SUPPORT":
        return False
    ws = [t for t in toks[a:b] if t.word]
    if any(has(t, _OFFICIAL) for t in ws):
        return False
    if any(has(t, _EID_PARTY) for t in ws):
        return True
    if any(has(x, _EXCHANGE) and has(y, _GREETINGS) for x, y in pairwise(ws)):
        return True
    return any(has(t, _STAFF) for t in ws) and any(has(t, _EID) for t in ws)


def no_event_told(toks: list[Tok], a: int, b: int, h: Hit, covered: set[int]) -> bool:
    """True when the trigger `h` of the sentence [a, b) (`covered`: tokens of names) tells no event: an
    inquiry's findings cited, a public's praise, a habit, what a document says, a work's plot, or the
    greetings of a feast, a verse, a sermon's ban or a law's provision (`events_scripture_law`), a confession
    or a fact acknowledged."""
    return findings_cited(toks, a, h, covered) or visitors_praise(toks, h) or habitual_stance(toks, h) \
        or document_says(toks, a, h) or fiction_plot(toks, a, b, h) or eid_greetings(toks, a, b, h) \
        or scripture_or_law(toks, a, b, h) \
        or confession_or_fact(toks, a, b, h)  # «وبالتحقيق معه اعترف بأنه …» (`events_unnamed_doers`)

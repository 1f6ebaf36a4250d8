"""The patient taken as the doer: constructions whose named party underwent the deed.

- an arrest or abduction verb after its subject with no object after it is a passive, unvowelled
  («وقالت الشرطة إن أحمد سعيد اعتقل في عمان»): its subject was arrested, as a killing verb's is
  («قتل في …»); a feminine form in ـت («اعتقلت») is only taken so when its subject is one person, a
  present («تعتقل») never, unless its subject is a lone indefinite nisba after «إن» or «كان», a person
  («إن فرنسية كانت خطفت في اليمن»); a noun fronted after «أن» before a killing, arrest or abduction verb with
  no object («أن مدنيين قتلوا بانفجار», «وكان ستة أشخاص قد قتلوا يوم الخميس») underwent it;
- a relative clause's verb with an object pronoun and a noun of its own after it («الشهيد الذي اغتالته
  يد الغدر», «الاتفاق الذي عارضه بعض أركان حزبه») has the noun before the relative as its object: the
  pronoun goes back to it, and the noun after the verb is the subject;
- an accusation verb with the charge right after it and no object between («أن يتهم بالمحاباة», «إن X
  اتهم بالفساد»), and an attribution verb with «إلى» right after it («قنبلة نسب إلى الحزب», «ما نسب
  إليه»), is a passive: its subject was accused, and no one named before accused anyone; the
  pronoun on an accusation's verbal noun with the charge after it («عن اتهامه بما نسب إليه») is the
  one accused;
- the genitive of a verbal noun of accusation or demand with the charge or the thing asked after it
  in «بـ» («مطالبة حزب العمال بإبعاد قواعده», «اتهام الهاشمي بالتورط») is the one accused or asked,
  not the accuser: the doer is told before, or not at all;
- a demand verb followed, past time words, by a noun it cannot agree with is followed by the one asked,
  its subject told before: a feminine noun in construct or a definite feminine plural after a masculine
  verb, with «بـ», «على» or «إلى» and the thing asked after it («وطالب قوات التحالف بالاستمرار», «ودعا
  السلطات العراقية إلى ملاحقة الجناة», «ودعا الدول العربية إلى وقفة»: a broken plural of states takes
  «دعت», and so do «الأمم المتحدة» and «الأطراف»; «ودعا جميع الأطراف إلى …»: «جميع»/«كافة» before a definite
  noun is asked, not the subject; «وطالب المجتمع الدولي بالاضطلاع بـ»: the international community with the
  thing asked right after it is asked), a masculine head after a feminine verb («وحثت المجلس على …»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_background import KANA
from marsad.extract.events_dual_verbs import past_period_end
from marsad.extract.events_lexicon import DAY_TIMES, Words, forms, lexicon, norm
from marsad.extract.events_tokens import CLAUSE_END, PRONOUN_SUFFIXES, SENT_END, Tok, is_count, next_word
from marsad.extract.events_triggers import DONE_TO, Hit

PASSIVE_MODES = frozenset(("arrest", "abduct"))

# time words a passive verb may have right after it («اعتقل أمس في …») before what shows it has no object
_TIME = DAY_TIMES | forms("أيضا", "آنذاك")
_SINCE = norm("منذ")
_HOUR = forms("الساعة")
_ABOUT = forms("حوالي", "نحو")
_DAY = norm("يوم")
# words right after a relative clause's verb that are not its subject
_NOT_SUBJECT = _TIME | frozenset(norm(w) for w in ("عام", "العام", "منذ", "حينها", "حينذاك", "قبل", "بعد", "حين",
                                                   "عندما", "إلا", "لا", "لم", "ما", "هو", "هي", "هم"))
# subjects that open with ب, ل or ك as words of their own («عارضه بعض أركان حزبه»)
_QUANTIFIERS = frozenset(norm(w) for w in ("بعض", "كل", "كثير", "كبار", "كافة", "بضعة", "لفيف"))
# words after «بـ» that are no charge («اتهم بعد ذلك», «بين»)
_NO_CHARGE = ("بين", "بعد", "بسبب", "بشأن", "بحق")
_BAN = "بان"  # «بان كي مون»: a name (but «بانتهاك», «بأنها تسعى» tell a charge)

# verbal nouns whose genitive, with «بـ» after it, is the one asked or accused
_ASKING = frozenset(norm(w) for w in (
    "مطالبة", "المطالبة", "ومطالبة", "بمطالبة", "مطالبته", "مطالبتها", "مطالبتهم",
    "اتهام", "الاتهام", "واتهام", "باتهام", "اتهامه", "اتهامها", "اتهامهم", "لاتهام",
    "تحميل", "وتحميل", "بتحميل", "تحميله", "تحميلها"))


def passive_subject(toks: list[Tok], h: Hit, subj: list[Group], bare: bool, W: Words) -> bool:
    """True when an arrest or abduction verb after its subject, with no object (`bare`), is a
    passive whose subject underwent it («إن أحمد سعيد اعتقل في عمان»)."""
    if h.trig.pos != "v" or h.trig.mode not in PASSIVE_MODES or not bare or not subj:
        return False
    if not no_object(toks, h, W):
        return False
    form = toks[h.first].form
    if form.lstrip("وف").startswith(("ي", "ت", "ن")):
        return False  # «المخابرات تعتقل منذ الجمعة موكلي»: a present is active
    if form.endswith(PRONOUN_SUFFIXES) and not _after_governor(toks, h):
        return False  # «وكانت القوات الأمريكية قد اعتقلتها»: its object is the pronoun («عند خطفه» is a noun)
    if form.endswith(("وا", "ون")):
        return all(not g.person for g in subj)  # «المعتقلون اعتقلوا في …»: people, not one man
    return not form.endswith("ت") or all(g.person or lone_nisba(toks, g, W) for g in subj)


def lone_nisba(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when group g is one indefinite nisba standing as a noun right after «إن»/«أن» or «كان»
    («إن فرنسية كانت خطفت في اليمن»: a Frenchwoman), no head noun before it: a person."""
    if not g.nisba or g.last - g.first != 1 or toks[g.first].form.startswith(("ال", "وال")):
        return False
    k = g.first - 1
    while k >= 0 and not toks[k].word and toks[k].form not in CLAUSE_END:
        k -= 1
    return k >= 0 and toks[k].word and (toks[k].form in W["comp"] or toks[k].form in KANA)


# words that make the word after them a verbal noun («عند خطفه»: when he was abducted), not a verb
_GOVERNORS = frozenset(norm(w) for w in ("عند", "بعد", "قبل", "منذ", "إثر", "اثر", "عقب", "لدى", "خلال", "أثناء"))


def _after_governor(toks: list[Tok], h: Hit) -> bool:
    """True when the word before the trigger governs a noun («عند خطفه», «بعد اعتقاله»)."""
    k = h.first - 1
    while k >= 0 and not toks[k].word:
        k -= 1
    return k >= 0 and toks[k].form in _GOVERNORS


def asked_genitive(toks: list[Tok], h: Hit, gen: Group, b: int, groups: list[Group]) -> bool:
    """True when `gen` is the genitive of a verbal noun of accusation or demand with a «بـ» phrase
    right after it («مطالبة حزب العمال الكردستاني بإبعاد قواعده»): the one asked or accused."""
    if h.trig.pos != "n" or h.last - h.first != 1 or norm(toks[h.first].form) not in _ASKING:
        return False
    if next_word(toks, h.last, b) != gen.first:
        return False
    k = next_word(toks, gen.last, b)
    if not (gen.last <= k < b):
        return False
    return _charge_word(toks, k, groups)


def _day_named(toks: list[Tok], k: int) -> bool:
    """True when token k is «يوم» before a weekday or a day time («يوم الخميس»): a time, no object."""
    return toks[k].form == _DAY and k + 1 < len(toks) and toks[k + 1].form in DAY_TIMES


def no_object(toks: list[Tok], h: Hit, W: Words) -> bool:
    """True when, past time words, the verb is followed by a preposition, a mark, the sentence's end or a verb
    of harm joined by «و» («قتلا وأصيب …»), not by an object («اعتقل أمس في عمان», not «اعتقل أمس خمسة
    مسلحين»)."""
    k = h.last
    while k < len(toks) and ((not toks[k].word and toks[k].form not in CLAUSE_END and toks[k].form not in SENT_END)
                             or (toks[k].word and toks[k].form in _TIME) or toks[k].form == _SINCE
                             or _day_named(toks, k)):
        k += 2 if toks[k].form == _SINCE else 1  # «منذ الجمعة»: a time, then what follows it
    k = past_period_end(toks, k)  # «اختطف الشهر الماضي في بنغازي»: a past period, then what follows it
    if k >= len(toks) or not toks[k].word:
        return True
    form = toks[k].form
    if form[:1] == "و" and form[1:] in W["hit_verbs"]:
        return True  # «إن جنديين قتلا وأصيب أربعة آخرون»: a second verb of harm, no object
    if form in _HOUR or (form in _ABOUT and k + 1 < len(toks) and toks[k + 1].form in _HOUR):
        return True  # «أن الضابطين قتلا حوالي الساعة السادسة»: the hour it was done at
    return form in W["prep_any"] or form in W["prep_loc"] or form in W["bare_kill_next"]


# broken plurals of things, which take a feminine verb: «دعت الدول», «دعت الأمم المتحدة», «دعت الأطراف»
_STATES_PLURAL = forms("دول", "الدول", "بلدان", "البلدان", "أمم", "الأمم", "أطراف", "الأطراف")
# «all» before a definite plural asked («ودعا جميع الأطراف إلى …», «وحث كافة اليمنيين على …»); not «كل»,
# which opens the subjects of «كل من X وY»
_ALL = forms("جميع", "كافة")
# «المجتمع الدولي»: in the news the one a demand asks, hardly ever one that asks
_COMMUNITY = (norm("المجتمع"), norm("الدولي"))


# masculine heads of a subject a feminine verb cannot have right after it («وحثت الرئيس …»)
_MALE_HEADS = frozenset(norm(w) for w in (
    "الرئيس", "رئيس", "الوزير", "وزير", "الملك", "الأمير", "السفير", "المبعوث", "الأمين", "المجلس", "مجلس",
    "البرلمان", "الجيش", "النظام", "الحزب", "حزب", "المجتمع", "الشعب", "الاتحاد", "التحالف"))


def addressee_next(toks: list[Tok], h: Hit, b: int, groups: list[Group], quantity: frozenset[str],
                   masculine: bool, feminine: bool, men_in_ta: frozenset[str] = frozenset()) -> bool:
    """True when the noun right after a verb, past time words, cannot be its subject by agreement, so it
    is the one the verb is done to and the subject is told before: a feminine head in construct or a
    definite feminine plural after a masculine verb («وطالب قوات التحالف بالاستمرار», «دعا السلطات إلى …»:
    a feminine subject would take «طالبت»), a masculine head after a feminine verb («وحثت الرئيس على …»).
    Counts («شارك عشرات الآلاف») and people's names («طالب أسامة») are left alone, and so are men's words
    in ة (`men_in_ta`: «وطالب القادة بـ», broken plurals that take a masculine verb)."""
    if h.trig.pos != "v" or h.trig.type != "DEMAND" or not (masculine or feminine):
        return False  # a verbal noun reads like a masculine verb («بوقف قصف الطائرات»)
    k = h.last
    while k < b and (not toks[k].word or toks[k].form in _TIME):
        if not toks[k].word and (toks[k].form in CLAUSE_END or toks[k].form in SENT_END):
            return False
        k += 1
    if k >= b or any(g.person and g.first <= k < g.last for g in groups) or is_count(toks[k], quantity):
        return False
    head = toks[k].form
    if masculine and head in _ALL and k + 1 < b and toks[k + 1].word and toks[k + 1].form.startswith("ال"):
        return _thing_asked(toks, k + 2, b, groups)  # «ودعا جميع الأطراف إلى …»: all of them are asked
    if masculine and head == _COMMUNITY[0] and k + 2 < b and toks[k + 1].form == _COMMUNITY[1]:
        # «وطالب المجتمع الدولي بالاضطلاع بمسؤولياته»: the thing asked right after it (not «ودعا المجتمع
        # الدولي إسرائيل إلى …», where it asks): the community is asked, its asker told before
        asked = toks[k + 2]
        return asked.word and (asked.form in ASKED_TO or _charge_word(toks, k + 2, groups) or (
            asked.form.startswith("لل") and not any(g.first <= k + 2 < g.last for g in groups)))
    if masculine:
        nxt = k + 1 < b and toks[k + 1].word
        construct = nxt and not head.startswith(("ال", "وال")) and head.endswith(("ه", "ات")) and len(head) > 3
        feminine_head = construct or (head.startswith("ال") and head.endswith("ات") and len(head) > 5) \
            or head in _STATES_PLURAL
        if not feminine_head and head.startswith("ال") and head.endswith("ه") and len(head) > 5 \
                and head not in men_in_ta:
            # «وطالب الحكومة الإسرائيلية بضرورة …»: a feminine subject would take «وطالبت»; but «وطالب الحكومة
            # المجتمع الدولي بـ»: a second party after it is the object, the first the (loosely agreed) subject
            return _asked_after_adjectives(toks, k + 1, b, groups)
        return feminine_head and _thing_asked(toks, k + 1, b, groups)  # not the noun «قصف القوات»
    return head in _MALE_HEADS


ASKED_TO = frozenset(norm(w) for w in ("على", "إلى", "الى"))  # what one is asked or charged to do


def _thing_asked(toks: list[Tok], k: int, b: int, groups: list[Group]) -> bool:
    """True when, within a few words from k and in the clause, «على», «إلى» or a «بـ» glued to a verbal
    noun tells the thing asked («قوات التحالف بالاستمرار», «السلطات العراقية إلى ملاحقة»)."""
    for j in range(k, min(b, k + 5)):
        t = toks[j]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return False
            continue
        if t.form in ASKED_TO or _charge_word(toks, j, groups):
            return True
    return False


def fronted_undergone(toks: list[Tok], h: Hit) -> bool:
    """True when a killing, arrest or abduction verb has no object after it (past time words), so the
    noun fronted before it underwent it («وأكدت المصادر أن مدنيين قتلوا بانفجار ألغام»)."""
    return h.trig.pos == "v" and h.trig.mode in DONE_TO and no_object(toks, h, lexicon().words)


def _asked_after_adjectives(toks: list[Tok], k: int, b: int, groups: list[Group]) -> bool:
    """True when, from k on, only definite nisba adjectives («الإسرائيلية», «الليبية») come before
    «على», «إلى» or a «بـ» glued to a verbal noun: the thing asked follows the addressee at once."""
    for j in range(k, min(b, k + 4)):
        t = toks[j]
        if t.form in ASKED_TO or _charge_word(toks, j, groups):
            return True
        if not (t.word and t.form.startswith("ال") and t.form.endswith(("يه", "ي"))):
            return False
    return False


def _charge_word(toks: list[Tok], k: int, groups: list[Group]) -> bool:
    """True when the word at k is a charge or a thing asked, glued to «بـ» («بالتورط», «بإبعاد», «بما»),
    not a name or a quantifier that opens with ب («باكستان», «بيونجيانج», «بعض المحللين»)."""
    t = toks[k]
    if not t.word or t.form[:1] != "ب" or len(t.form) <= 2 or t.form.startswith(_NO_CHARGE) or t.form == _BAN \
            or t.form in _QUANTIFIERS:
        return False
    return not any(g.first <= k < g.last for g in groups)


def resumptive_object(toks: list[Tok], h: Hit, reading: str, b: int, W: Words) -> bool:
    """True when a relative clause's verb carries an object pronoun and a noun follows it that is no
    preposition, time word or mark («الذي اغتالته يد الغدر»): that noun is the subject, and the
    pronoun stands for the noun before the relative."""
    if h.trig.pos != "v" or h.last - h.first != 1 or not reading:
        return False
    form = toks[h.first].form
    start = next((len(p) for p in ("", "و", "ف") if form.startswith(p + reading)), None)
    if start is None or form[start + len(reading):] not in PRONOUN_SUFFIXES:
        return False
    k = h.last
    if k >= b or not toks[k].word:
        return False
    t = toks[k].form
    return not (t in W["prep_any"] or t in W["prep_loc"] or t in _NOT_SUBJECT or t in W["relative"] or t in W["comp"]
                or (t.startswith(("ب", "ل", "ك")) and t not in _QUANTIFIERS) or t.isdigit())


def passive_charge(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> bool:
    """True when an accusation verb has its charge right after it and no object («أن يتهم بالمحاباة»),
    or an attribution verb its «إلى» («قنبلة نسب إلى الحزب», «ما نسب إليه»): a passive, whose subject
    (or the one after «إلى») was accused, by no one named."""
    if h.trig.pos != "v" or h.trig.type != "DISAPPROVE" or h.last - h.first != 1:
        return False
    if _attributed(toks, h, b):
        return True
    form = toks[h.first].form  # a bare form of the table, no object pronoun («اتهمه» is active)
    if form not in W["charge"] and not (form[:1] in ("و", "ف") and form[1:] in W["charge"]):
        return False
    return h.last < b and _charge_word(toks, h.last, groups)


_TO = frozenset(norm(w) for w in ("إلى", "الى", "إليه", "إليها", "إليهم", "إليهما", "اليه", "اليها", "اليهم"))
_ATTRIBUTE = ("نسب", "ينسب", "تنسب", "نسبت")


def _attributed(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when an attribution verb has «إلى» right after it, with no subject between («نسب إلى»)."""
    form = toks[h.first].form
    form = form[1:] if form[:1] in ("و", "ف") and form[1:] in _ATTRIBUTE else form
    return form in _ATTRIBUTE and h.last < b and toks[h.last].form in _TO


def accused_pronoun(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> bool:
    """True when an accusation's verbal noun carries a pronoun and the charge follows it («عن اتهامه بما
    نسب إليه»): the pronoun is the one accused, not the accuser."""
    if h.trig.pos != "n" or h.last - h.first != 1:
        return False
    f = norm(toks[h.first].form).lstrip("وب")
    if not f.startswith("اتهام") or f[len("اتهام"):] not in PRONOUN_SUFFIXES:
        return False
    k = next_word(toks, h.last, b)
    return h.last <= k < b and _charge_word(toks, k, groups)

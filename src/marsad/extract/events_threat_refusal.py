"""Threats and refusals told by a statement: the constructions that tell them, who makes them and to whom.

A threat or a refusal is mostly said, not done, and often told by the words of a statement rather than by
«هدد» or «رفض» with its subject right after it:
- a threat or refusal told in a reported clause or after a colon with no one named who makes it is the
  speaker's («وقال X إن الخيار العسكري يبقى مطروحا», «مشيرا إلى أن الهجوم لن يمر دون عقاب», «… في تهديد
  مبطن», «وأضاف أنه يرفض …», «لا نقبل …»): the one named right after the saying word («نقلت الوكالة عن X
  قوله إن …»: the one before it), else the sentence's subject for a participle («ويعتبر X …، مشيراً إلى أن
  …»), else the one the story quotes for a saying verb with no subject («وأضاف أن …»); a threat noun the
  clause's own subject made is that subject's («قالت إن الحوثيين أطلقوا تهديدات بـ…»), and a threat noun that
  is the verbal noun of endangering («تهديد وحدة النسيج», «تهديد حياتهم») is nobody's threat; a verb with its own
  subject («اعتقلت رجلا هدد …») and a refusal told of others («أن الشعب لن يقبل …») are left alone;
- a first-person threat («سنتخذ كل التدابير تجاهها», «لن نقف مكتوفي الأيدي») is the speaker's, and the
  parties the rules took for its subject are those threatened; so are those whose deeds a threat vows will not
  go unpunished («جرائم الحوثي لن تمر مرور الكرام»);
- told with no threatening or refusing word (`stated_hits`): a warning that the speaker's side will act («حذر
  من أنه سيرد», «حذروا من أنهم سينشرون», «حذرت من أن بلادها ستتخذ»; not «حذر من أن الأزمة ستتفاقم»), a
  consequence of force or of sanctions a future verb brings under a condition («إذا لم يوافق الحوثيون على
  الانسحاب فإنه سيكون للحكومة الحق في إخراجهم بالقوة», «العقوبات ضد إيران ستعود إذا …»), each a threat;
  talks or a peace process declared impossible («إن من المستحيل مواصلة عملية السلام مع X», «إن عملية السلام
  باتت مستحيلة»), and what a statement calls unacceptable or rejected («إن قرار مجلس الأمن غير مقبول»), each a
  refusal of whose it is, or a condemnation when what it calls so is a deed («إن الهجمات على المدنيين غير
  مقبولة»);
- whom a threat is aimed at: the one after «ضد», «تجاه», «بحق» (with a pronoun: those named before it), after
  «لمنع» anywhere in its sentence, the party a condition names («في حال لم تنسحب X»), and the one told what
  it must do («إن على X ألا …»); a consequence with no one to aim at, or whose speaker is the one it is aimed
  at, is left with no source; a threat in a relative clause on the one it names («الرهينة X الذي هدد التنظيم
  بإعدامه») is aimed at the antecedent by the subject after the verb;
- whom a refusal answers: the one whose demand it refuses when its object points back («دعا X Y إلى … غير أنه
  رفض ذلك»), and the one whose pressure it withstands («رغم الضغوط التي مارسها X، ترفض Y …»);
- refusals not made (`unreal_refusal`): one whose subject is a faith, a conscience or reason («أعمال يرفضها
  الدين والضمير»), and a refusal to comment past a time word («رفض في وقت سابق التعليق»).
"""

from __future__ import annotations

from marsad.extract.events_accuse import CHARGED_TYPES
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import FROM, IN, Trigger, forms, norm
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

SPOKEN = frozenset(("THREATEN", "REJECT"))  # the types a statement tells
SAY_REACH = 14  # words from a saying word to the «أن»/«إن» or colon that opens what is said
CLAUSE_REACH = 30  # words from the «أن»/«إن» or colon to the threat or refusal it opens
CONDITION_REACH = 6  # words after a condition word in which the party it names stands
MARK_REACH = 2  # words between «ضد», «تجاه» … and the party named after it
FUTURE_REACH = 6  # words between a future verb and the force or sanction it brings
PRESSURE_REACH = 8  # words after «رغم» + a pressure noun in which its party stands
TALKS_REACH = 5  # words between «مستحيل» and the talks or peace it declares impossible

# what opens what is said: «أن», «إن» (with a pronoun: «أنه», «إنها»), and a colon
_THAT = forms("أن", "إن", "ان", "بأن", "وأن", "وإن", "لأن", "أنه", "أنها", "أنهم", "أننا", "إنه", "إنها",
              "إنهم", "إننا", "بأنه", "بأنها", "بأنهم", "بأننا", "وأنه", "وأنها", "وإنه", "وإنها", "وإننا")
_COLON = frozenset((":",))
# saying words: verbs, and participles set off by a comma that go on with the sentence's subject
_SAY_VERBS = forms(
    "قال", "قالت", "وقال", "وقالت", "يقول", "تقول", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "وأكد", "وأكدت",
    "يؤكد", "تؤكد", "أوضح", "أوضحت", "وأوضح", "وأوضحت", "أشار", "أشارت", "وأشار", "وأشارت", "شدد", "شددت", "وشدد",
    "وشددت", "حذر", "حذرت", "وحذر", "وحذرت", "يحذر", "تحذر", "أعلن", "أعلنت", "وأعلن", "وأعلنت", "صرح", "صرحت",
    "وصرح", "وصرحت", "اعتبر", "اعتبرت", "واعتبر", "واعتبرت", "يعتبر", "تعتبر", "ويعتبر", "وتعتبر", "رأى", "ورأى",
    "يرى", "ويرى", "ترى", "وترى", "تابع", "وتابع", "بين", "وبين", "بينت", "وبينت", "لفت", "ولفت", "ذكر", "وذكر",
    "ذكرت", "وذكرت", "أفاد", "وأفاد", "أفادت", "وأفادت", "أردف", "وأردف", "توعد", "وتوعد", "هدد", "وهدد", "قوله",
    "قولها", "قولهم")
_QUOTED_SAYING = forms("قوله", "قولها", "قولهم")  # «نقلت الوكالة عن X قوله إن …»: X, named right before it
_SAY_PARTICIPLES = forms(
    "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "مضيفا", "مضيفة", "مشددا", "مشددة", "موضحا", "موضحة", "مبينا", "مبينة",
    "لافتا", "لافتة", "محذرا", "محذرة", "معتبرا", "معتبرة", "معلنا", "معلنة", "قائلا", "قائلة", "منوها", "منوهة")
# a first-person threat: the speaker's own («سنتخذ», «لن نقف», «سنرد»)
_WE_FUTURE = ("سن", "وسن", "فسن")
_WE_NEGATED = forms("لن")

# a warning that the speaker's side will act («حذر من أنه سيرد», «حذروا من أنهم سينشرون», «حذرت من أن بلادها
# ستتخذ»): a threat; what a plain warning warns of («حذر من أن الأزمة ستتفاقم») is none
WARN_VERBS = forms("حذر", "حذرت", "وحذر", "وحذرت", "يحذر", "تحذر", "ويحذر", "وتحذر", "حذروا", "وحذروا", "نحذر", "ونحذر")
_WARN_PARTICIPLES = forms("محذرا", "محذرة", "محذرين")
_CUES = WARN_VERBS | _WARN_PARTICIPLES | _SAY_VERBS | _SAY_PARTICIPLES  # a sentence with none of these tells none
_SELF_THAT = forms("أنه", "أنهم", "أننا", "بأنه", "بأنهم", "بأننا")
_SELF_THAT_SHE = forms("أنها", "بأنها")  # only after a feminine warning verb («حذرت إيران من أنها سترد»)
_BARE_THAT = forms("أن", "بأن")
_OWN_SIDE = forms("بلاده", "بلادها", "بلادنا", "حكومته", "حكومتها", "حكومتنا", "قواته", "قواتها", "قواتنا", "جيشه",
                  "جيشها", "جيشنا")
WARN_REACH = 10  # words from a warning verb to the «من أن» that says what it warns of

# conditions («إذا لم يوافق X», «في حال لم تنسحب X», «ما لم»)
_CONDITION = forms("إذا", "اذا", "وإذا", "فإذا", "حال", "حالة", "لو", "ولو")  # («إن» folds as «أن»: only «إن لم»)
_CONDITION_PAIRS = (("في", "حال"), ("في", "حالة"), ("ما", "لم"), ("إن", "لم"), ("إذا", "لم"), ("إذا", "ما"))
_CONDITION_START = forms("إذا", "اذا", "وإذا", "فإذا", "حال", "حالة", "لو", "ولو", "وفي", "في", "ما", "إن")
# words marking whom a threat is aimed at («ضد إيران», «تجاهها», «لمنع إيران», «بحق»)
_AIMED = forms("ضد", "تجاه", "لمنع", "بحق", "لردع", "وضد")
_AIMED_BARE = tuple(norm(w) for w in ("ضد", "تجاه", "بحق"))  # with a pronoun: «ضدهم», «تجاهها»
_PREVENT = forms("لمنع", "لردع")  # whom a threat is to stop, named anywhere in its sentence
_MUST = forms("على")  # «إن على النظام السوري ألا يتدخل»: the one told what to do
# consequences of force or of sanctions («بالقوة», «العقوبات … ستعود», «معاقبتها»)
_FORCE = forms("بالقوة", "عسكريا", "بالحرب", "حربا", "العقوبات", "عقوبات", "بعقوبات", "معاقبة", "معاقبتها",
               "معاقبته", "معاقبتهم", "بمعاقبة", "محاسبة", "بمحاسبة", "محاسبتها", "محاسبته", "محاسبتهم")

# refusals: a refusal noun («رفض», «رفضه») and verbs
_REFUSAL_ROOT = "رفض"
_ABSTRACT = forms("الدين", "الضمير", "العقل", "الشرع", "الإسلام", "المنطق", "الفطرة", "الأخلاق", "القيم", "العرف",
                  "الذوق", "الشريعة", "الإنسانية")
_TIME_ASIDE = forms("في", "وقت", "سابق", "أمس", "اليوم", "مجددا", "أيضا", "بدوره", "بدورها", "حتى", "الآن")
_COMMENT = forms("التعليق", "تعليق", "الإفصاح", "الكشف", "الإدلاء", "ذكر", "الحديث", "التحدث", "الكلام", "تسمية",
                 "تسميتها", "تسميته")
_DESPITE = forms("رغم", "ورغم", "برغم", "وبرغم", "الرغم")
_PRESSURE = forms("ضغوط", "الضغوط", "ضغط", "الضغط", "مطالب", "المطالب", "مطالبات", "دعوات", "الدعوات", "مناشدات",
                  "المناشدات", "مساعي", "المساعي", "محاولات", "المحاولات", "طلب", "طلبات", "الطلبات", "وساطة",
                  "الوساطة", "جهود", "الجهود")
# talks or a peace declared impossible (to go on with)
_IMPOSSIBLE = forms("مستحيل", "مستحيلة", "المستحيل", "مستحيلا", "مستحيلاً")
# what a statement declares unacceptable or rejected («إن قرار مجلس الأمن غير مقبول», «تصريحات X مرفوضة»)
_ACCEPTABLE = forms("مقبول", "مقبولة", "مقبولا")
_NOT = forms("غير", "وغير")
_REJECTED = forms("مرفوض", "مرفوضة", "مرفوضا")
_TALKS = forms("السلام", "الحوار", "التفاوض", "المفاوضات", "المحادثات", "التسوية", "الهدنة")


def _stem_that(tok: Tok) -> bool:
    return tok.form in _THAT


def _words_back(toks: list[Tok], a: int, k: int) -> list[int]:
    """Indices of the words before token k in the sentence opened at a, nearest first."""
    return [i for i in range(k - 1, a - 1, -1) if toks[i].word]


def said_at(toks: list[Tok], a: int, h: Hit) -> tuple[int, int] | None:
    """Where what is said opens before the trigger and the saying word before it: the nearest «أن»/«إن» or
    colon before the trigger (within `CLAUSE_REACH` words), and a saying verb or participle within
    `SAY_REACH` words before that; None when the trigger is told by no statement."""
    seen = 0
    k = h.first - 1
    opener = None
    while k >= a and seen < CLAUSE_REACH:
        t = toks[k]
        if t.word:
            seen += 1
            if _stem_that(t):
                opener = k
                break
        elif t.form in _COLON:
            opener = k
            break
        k -= 1
    if opener is None:
        return None
    for n, i in enumerate(_words_back(toks, a, opener)):
        if n >= SAY_REACH:
            break
        if toks[i].form in _SAY_VERBS or toks[i].form in _SAY_PARTICIPLES:
            return opener, i
    return None


def _free(g: Group) -> bool:
    return g.actor and g.binding is None


def speaker_of(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], speaker: list[str]) -> list[str]:
    """Who says the statement that tells the trigger (module docstring): the free party named between the
    saying word and what is said; for a participle or a saying verb with none, the sentence's subject (the
    first free party before it, or the one named after a saying verb that opens the sentence), else the one
    the story quotes (`speaker`) when a saying word with no subject opens the sentence («وأضاف أن …», «واعتبر أن
    …، متوعدا …»; not «وقال المصدر إن …»); [] when it is told by no statement."""
    at = said_at(toks, a, h)
    if at is None:
        return []
    opener, say = at
    if toks[say].form in _QUOTED_SAYING:
        told = [g for g in groups if g.last <= say and g.actor and not g.is_loc]
        return list(told[-1].names) if told and say - told[-1].last <= SAY_REACH else []
    between = next((g for g in groups if say < g.first < opener and _free(g)), None)
    if between is not None:
        return list(between.names)
    opening = next((i for i in range(a, b) if toks[i].word), say)
    if opening != say and (toks[opening].form in _SAY_VERBS):
        first = next((g for g in groups if opening < g.first < say and _free(g)), None)
        if first is not None:
            return list(first.names)
    before = _opening_subject(toks, a, say, groups)
    if before:
        return before
    if opening != say and toks[opening].form not in _SAY_VERBS:
        return []
    nxt = next((i for i in range(opening + 1, b) if toks[i].word), b)
    unnamed = nxt < b and toks[nxt].form.startswith("ال") and not _stem_that(toks[nxt])  # «وقال المصدر إن …»
    return [] if unnamed else list(speaker)


_FILLERS = forms("كما", "فيما", "وفيما", "بينما", "وكان", "وكانت", "كان", "كانت", "وقد", "قد", "ثم", "لكن", "ولكن")


def _opening_subject(toks: list[Tok], a: int, say: int, groups: list[Group]) -> list[str]:
    """The subject of the verb that opens the sentence, when named first («وكان كارتر أكد …») or right after
    that verb («ويعتبر نتنياهو …، مشيراً إلى أن …», «وفيما دان المجلس العملية، أكد أن …»), before the saying
    word; [] when the opening verb's subject is not named there («كما عبر عن استنكار المملكة …»)."""
    ws = [i for i in range(a, say) if toks[i].word and toks[i].form not in _FILLERS][:2]
    for g in groups:
        if g.first in ws and g.first < say and _free(g):
            return list(g.names)
    return []


def _told_before_noun(toks: list[Tok], h: Hit) -> bool:
    """True when a one-word threat or refusal noun has the article («وجه التهديد», «الرفض»): the one told before,
    not a new one of the speaker's."""
    if h.trig.pos != "n" or h.last - h.first != 1 or h.trig.window == STATED:
        return False  # (not a consequence or an impossibility a statement tells: `stated_hits`)
    return toks[h.first].form.lstrip("وفبل").startswith(("ال", "ل"))


def _own_verb(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a verb is told of the speaker himself: right after «أنه», «إنها», «أننا» … («وأضاف أنه يرفض …»);
    another verb in a reported clause has its own subject («أعلنت الشرطة أنها اعتقلت رجلا هدد …»)."""
    at = said_at(toks, a, h) if h.trig.pos == "v" else None  # (not «بأنه لن يقبل أحد …»: a subject after it)
    if at is None or toks[at[0]].form not in _SELF_THAT | _SELF_THAT_SHE | forms("إنه", "إنها", "إننا") \
            or toks[at[0]].form in _THEY:
        return False  # («وأضاف: إنهم يرفضون …»: others refuse, of whom the speaker tells)
    return [i for i in range(at[0] + 1, h.first + 1) if toks[i].word][:1] == [h.first]


def first_person(toks: list[Tok], h: Hit) -> bool:
    """True when a threat is told in the first person («سنتخذ», «لن نقف»): the speaker's own."""
    w = toks[h.first].form
    if w.startswith(_WE_FUTURE):
        return True
    return w in _WE_NEGATED and h.last > h.first + 1 and toks[h.first + 1].form.startswith("ن")


def _after_mark(toks: list[Tok], k: int, b: int, groups: list[Group], own: list[str]) -> list[str]:
    """The party named within `MARK_REACH` words after the mark at token k, not one of `own`."""
    ws = [i for i in range(k + 1, b) if toks[i].word][:MARK_REACH + 1]
    for g in groups:
        if g.first in ws and g.actor and g.binding != "loc" and not set(g.names) & set(own):
            return list(g.names)
    return []


def _told_before(toks: list[Tok], a: int, h: Hit, groups: list[Group], own: list[str]) -> list[str]:
    """The parties named in what is said before a threat («تنظيم داعش وحزب العمال … كلها تنظيمات إرهابية
    سنتخذ كل التدابير تجاهها»), which a pronoun after it stands for."""
    at = said_at(toks, a, h)
    lo = at[0] if at is not None else a
    out: list[str] = []
    for g in groups:
        if lo < g.first < h.first and g.actor and g.binding != "loc":
            out += [n for n in g.names if n not in own and n not in out]
    return out


def _condition_party(toks: list[Tok], a: int, b: int, groups: list[Group], own: list[str]) -> list[str]:
    """The party a condition of the sentence names («إذا لم يوافق الحوثيون», «في حال لم تنسحب القوات»)."""
    for k in range(a, b):
        t = toks[k]
        if not t.word or t.form not in _CONDITION_START:
            continue
        nxt = next((i for i in range(k + 1, b) if toks[i].word), b)
        pair = nxt < b and (t.form.lstrip("و"), toks[nxt].form) in _PAIRS
        if not pair and t.form not in _CONDITION:
            continue
        ws = [i for i in range(k + 1, b) if toks[i].word][:CONDITION_REACH]
        g = next((g for g in groups if g.first in ws and g.actor and g.binding != "loc"
                  and not set(g.names) & set(own)), None)
        if g is not None:
            return list(g.names)
    return []


_PAIRS = frozenset((norm(x), norm(y)) for x, y in _CONDITION_PAIRS)


def threat_target(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], own: list[str]) -> list[str]:
    """Whom a threat with no target named is aimed at (module docstring), or []."""
    for k in range(h.first, b):
        if toks[k].word and toks[k].form in _AIMED:
            found = _after_mark(toks, k, b, groups, own)
            if found:
                return found
        elif toks[k].word and any(toks[k].form == m + p for m in _AIMED_BARE for p in ("ه", "ها", "هم")):
            found = _told_before(toks, a, h, groups, own)  # «سنتخذ كل التدابير تجاهها»: the ones named before
            if found:
                return found
    for k in range(a, h.first):  # «يعتبر X الاتفاق ليس كافيا لمنع إيران …، مشيراً إلى أن الخيار العسكري …»
        if toks[k].word and toks[k].form in _PREVENT:
            found = _after_mark(toks, k, b, groups, own)
            if found:
                return found
    found = _condition_party(toks, a, b, groups, own)
    if found:
        return found
    at = said_at(toks, a, h)
    if at is not None:
        nxt = next((i for i in range(at[0] + 1, h.first) if toks[i].word), None)
        if nxt is not None and toks[nxt].form in _MUST:
            return _after_mark(toks, nxt, b, groups, own)
    return []


def _future(tok: Tok) -> bool:
    """True when a token is a verb in the future with «سـ» («ستعود», «سيكون», «وسنتخذ»)."""
    f = tok.form.lstrip("وف")
    return len(f) >= 4 and f[0] == "س" and f[1] in "يتنا" and any(r == f[1:] for r in tok.reads)


_THEY = forms("أنهم", "بأنهم", "إنهم")
_LOSS_STEMS = ("فقد", "خسر", "تخلى", "تخل")  # «فسنفقد … العقوبات التي فرضناها»: a loss foretold, no threat


def _losing(tok: Tok) -> bool:
    """True when a future verb tells a loss («سنفقد», «ستخسر»), not a step taken against someone."""
    return tok.form.lstrip("وف")[2:].startswith(_LOSS_STEMS)


def _has_condition(toks: list[Tok], ws: list[int]) -> bool:
    """True when a word of condition, or a pair of words of one, stands among the words `ws` (token indices,
    in order)."""
    for n, k in enumerate(ws):
        f = toks[k].form
        if f in _CONDITION:
            return True
        if n + 1 < len(ws) and (f.lstrip("و"), toks[ws[n + 1]].form) in _PAIRS:
            return True
    return False


STATED = 0  # the window of a trigger `stated_hits` makes (no table row has it): its parties are the statement's


def _hit(typ: str, toks: list[Tok], k: int) -> Hit:
    return Hit(Trigger(typ, "n", (toks[k].form,), None, (), frozenset(), STATED), k, k + 1)


def stated_hits(toks: list[Tok], a: int, b: int, hits: list[Hit], present: frozenset[str] | None = None) -> list[Hit]:
    """Threats and refusals a statement of sentence [a, b) tells with no threatening or refusing word (module
    docstring): a warning that the speaker's side will act; a force or a sanction brought by a future verb under a
    condition, talks declared impossible (to go on with), and what is called unacceptable or rejected
    («غير مقبول», «مرفوضة»); these only in a sentence that reports a saying, with no trigger of the type already.
    `present`: the sentence's words (`sentence_readings`), when known."""
    if present is not None and _CUES.isdisjoint(present):
        return []
    types = {h.trig.type for h in hits}
    taken = {k for h in hits for k in range(h.first, h.last)}
    ws = [k for k in range(a, b) if toks[k].word]
    out = [] if "THREATEN" in types else _warnings(toks, ws, taken)
    if not any(toks[k].form in _SAY_VERBS or toks[k].form in _SAY_PARTICIPLES for k in ws):
        return out
    if "THREATEN" not in types and not out and _has_condition(toks, ws):
        for n, k in enumerate(ws):
            if k in taken or toks[k].form not in _FORCE:
                continue
            near = ws[max(0, n - FUTURE_REACH):n + FUTURE_REACH + 1]
            if any(_future(toks[i]) and not _losing(toks[i]) for i in near):
                out.append(_hit("THREATEN", toks, k))
                break
    if "REJECT" not in types:
        for n, k in enumerate(ws):
            if k in taken or toks[k].form not in _IMPOSSIBLE:
                continue
            around = [toks[i] for i in ws[max(0, n - TALKS_REACH):n + TALKS_REACH + 1]]
            if any(_talks_word(t) for t in around):  # «مواصلة عملية السلام», «الحوار … مستحيل»
                out.append(_hit("REJECT", toks, k))
                break
    if "REJECT" not in types and not any(h.trig.type == "REJECT" for h in out):
        for n, k in enumerate(ws):
            t = toks[k]
            unacceptable = t.form in _ACCEPTABLE and n > 0 and toks[ws[n - 1]].form in _NOT
            if k not in taken and (t.form in _REJECTED or unacceptable):
                out.append(_hit("DISAPPROVE" if _deed_called(toks, a, k, hits) else "REJECT", toks, k))
                break
    return out


def _deed_called(toks: list[Tok], a: int, k: int, hits: list[Hit]) -> bool:
    """True when what the statement calls unacceptable or rejected at token k is a deed told in its own words
    («إن الهجمات على المدنيين غير مقبولة»): a condemnation of the deed, not a refusal (module docstring)."""
    opened = next((i for i in range(k - 1, a - 1, -1) if toks[i].form in _THAT or toks[i].form in _COLON), a)
    return any(opened < h.first < k and h.trig.type in CHARGED_TYPES for h in hits)


def _warnings(toks: list[Tok], ws: list[int], taken: set[int]) -> list[Hit]:
    """A warning verb whose «من أن» goes on with the speaker's side and a future verb («حذر من أنه سيرد»), as
    a threat at the warning verb (a participle's as a participle)."""
    for n, k in enumerate(ws):
        t = toks[k]
        if k in taken or (t.form not in WARN_VERBS and t.form not in _WARN_PARTICIPLES):
            continue
        after = ws[n + 1:n + 1 + WARN_REACH]
        for m, j in enumerate(after[:-1]):
            if toks[j].form not in FROM:
                continue
            that = toks[after[m + 1]]
            rest = [toks[i] for i in after[m + 2:m + 4]]
            she = t.form.endswith(("ت", "ة")) or t.form.lstrip("و").startswith("ت")
            if that.form in _SELF_THAT or (she and that.form in _SELF_THAT_SHE):
                told = rest[:1]
            elif that.form in _BARE_THAT and rest and rest[0].form in _OWN_SIDE:
                told = rest[1:2]
            else:
                break
            if told and _future(told[0]):
                pos = "x" if t.form in _WARN_PARTICIPLES else "v"
                return [Hit(Trigger("THREATEN", pos, (t.form,), None, (), frozenset()), k, k + 1)]
            break
    return []


def _talks_word(t: Tok) -> bool:
    return t.form in _TALKS or any(r in _TALKS for r in t.reads)


def stated_parties(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], speaker: list[str],
                   ev: Event) -> None:
    """Set a threat's or refusal's parties from the statement that tells it (module docstring): the speaker as
    the source where none is named (`_speakers_own`) or the threat is in the first person (its subject then the
    target), and for a threat with no target, whom it is aimed at. A consequence whose speaker is the one it is
    aimed at («إننا قادرون على محاسبة (الإيرانيين)» said after Iran was named) is left with no source."""
    if ev.type not in SPOKEN and h.trig.window != STATED:
        return
    if h.trig.window == STATED:  # a consequence or an impossibility: the speaker's, against whom it names
        ev.source, ev.target = speaker_of(toks, a, b, h, groups, speaker), []
    elif ev.type == "THREATEN" and first_person(toks, h):
        said = speaker_of(toks, a, b, h, groups, speaker)
        if said and not set(said) & set(ev.source):
            ev.target = [n for n in dict.fromkeys([*ev.target, *ev.source]) if n not in said]
            ev.source = said
    elif ev.type == "THREATEN" and (owner := _unpunished_owner(toks, h, groups)) and set(owner) & set(ev.source):
        said = speaker_of(toks, a, b, h, groups, speaker)  # «قائلا: جرائم الحوثي لن تمر مرور الكرام»
        if said and not set(said) & set(owner):
            ev.source, ev.target = said, [*owner, *[n for n in ev.target if n not in owner and n not in said]]
    elif not ev.source and (own := _speakers_own(toks, a, h)):
        said = _clause_subject(toks, a, h, groups) or (speaker_of(toks, a, b, h, groups, speaker) if own == _SAID
                                                       else [])
        ev.source = [n for n in said if n not in ev.target]
    if ev.type == "THREATEN" and ev.source and not ev.target:
        ev.target = threat_target(toks, a, b, h, groups, ev.source)
        if h.trig.window == STATED and (not ev.target or _named_in_consequence(toks, h, b, groups, ev.source)):
            ev.source = []  # no one threatened, or the speaker is the one held to account: a misread speaker
    if ev.type == "REJECT" and ev.source and h.trig.window == STATED and not ev.target:
        if toks[h.first].form in _IMPOSSIBLE:  # «من المستحيل مواصلة عملية السلام مع X»: X
            for k in range(max(a, h.first - TALKS_REACH * 2), b):
                if toks[k].word and toks[k].form == "مع":
                    ev.target = _after_mark(toks, k, b, groups, ev.source)
                    break
        else:  # «إن التصريحات التكتيكية لحزب العمال غير مقبولة»: whose words, acts or decision are rejected
            ev.target = _told_before(toks, a, h, groups, ev.source)
            ev.source = ev.source if ev.target else []


_THREAT_NOUNS = forms("تهديد", "تهديدا", "تهديدات", "وتهديد", "وتهديدات")
# what a threat noun of a statement is followed by: what is threatened («تهديد باللجوء …») or what kind it is
_THREAT_KIND = forms("مبطن", "مبطنا", "صريح", "صريحا", "واضح", "واضحا", "مباشر", "مباشرا", "جديد", "جديدا")


_PASS_UNPUNISHED = forms("تمر", "يمر")
OWNER_REACH = 3  # tokens between the owner of a deed and the «لن تمر» that vows it will not go unpunished


def _unpunished_owner(toks: list[Tok], h: Hit, groups: list[Group]) -> list[str]:
    """The party whose deed a threat vows will not go unpunished, named right before it («جرائم الحوثي لن تمر
    مرور الكرام», «اعتداءات الاحتلال لن تمر دون عقاب»): the one threatened, not the one who threatens."""
    if len(h.trig.words) < 2 or h.trig.words[0] != norm("لن") or h.trig.words[1] not in _PASS_UNPUNISHED:
        return []
    g = next((g for g in groups if h.first - OWNER_REACH <= g.last <= h.first and g.actor), None)
    return list(g.names) if g is not None else []


_SAID = 2  # `_speakers_own`: the statement's speaker makes it
_CLAUSE = 1  # `_speakers_own`: only the subject of its own clause, when one is named, makes it


def _speakers_own(toks: list[Tok], a: int, h: Hit) -> int:
    """Whether a threat or refusal with no source named is one the statement that tells it makes (`_SAID`): a
    threat told by a phrase («الخيار العسكري يبقى مطروحا», «لن يمر دون عقاب», «لن نقف مكتوفي الأيدي»), by a
    threat noun that characterises the statement («في تهديد مبطن», «تهديد صريح»), a first-person refusal («لا
    نقبل»), or a verb told of the speaker himself («وأضاف أنه يرفض …»); a threat noun that says what is
    threatened («تهديدات بالاستيلاء …») is made by its clause's own subject only (`_CLAUSE`: «إن الحوثيين أطلقوا
    تهديدات بـ…»; not «بسبب تهديد بوجود قنبلة»); the verbal noun of endangering («تهديد وحدة النسيج», «تهديد
    حياتهم»), a verb with its own subject and a refusal told of others («أن الشعب لن يقبل», «لن تقبل نتيجة
    فحصه») are no one's (0)."""
    if _told_before_noun(toks, h) or _own_verb(toks, a, h):
        return _SAID if _own_verb(toks, a, h) else 0
    if h.trig.type == "REJECT":
        return _SAID if _we(toks, h) else 0
    if h.trig.pos == "v":
        return 0
    if h.last - h.first == 1 and toks[h.first].form in _THREAT_NOUNS:
        nxt = h.last if h.last < len(toks) and toks[h.last].word else None
        before = _words_back(toks, a, h.first)[:1]
        if (nxt is not None and toks[nxt].form in _THREAT_KIND) or (before and toks[before[0]].form in IN):
            return _SAID
        return _CLAUSE if nxt is not None and toks[nxt].form.startswith("ب") else 0
    return _SAID


def _we(toks: list[Tok], h: Hit) -> bool:
    """True when a refusal is in the first person («لا نقبل», «لن نسمح», «نرفض»)."""
    ws = [t.form for t in toks[h.first:h.last] if t.word]
    verb = next((w for w in ws if w not in forms("لن", "لا", "ولن", "ولا")), "")
    return verb.lstrip("وف").startswith("ن")


def _clause_subject(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> list[str]:
    """The party named right after the «أن»/«إن» that opens the clause of a threat noun («إن الحوثيين أطلقوا
    تهديدات بـ…»): the clause's own subject, who threatens; not for «في تهديد», which tells of the statement."""
    at = said_at(toks, a, h)
    before = _words_back(toks, a, h.first)[:1]
    if at is None or (before and toks[before[0]].form in IN):
        return []
    nxt = next((i for i in range(at[0] + 1, h.first) if toks[i].word), None)
    g = next((g for g in groups if g.first == nxt and g.actor and g.binding != "loc"), None)
    return list(g.names) if g is not None else []


def _named_in_consequence(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str]) -> bool:
    """True when the speaker taken for a consequence is named right after it («محاسبة (الإيرانيين)»)."""
    ws = [i for i in range(h.last, b) if toks[i].word][:MARK_REACH]
    return any(g.first in ws and set(g.names) & set(source) for g in groups)


def threatened_antecedent(toks: list[Tok], h: Hit, b: int, groups: list[Group], ev: Event) -> None:
    """«الرهينة X الذي هدد التنظيم بإعدامه»: a threat in a relative clause whose complement's pronoun stands for
    the antecedent is made by the party after the verb against the antecedent."""
    if ev.type != "THREATEN" or h.trig.pos != "v" or h.first < 2:
        return
    rel = h.first - 1
    if toks[rel].form not in forms("الذي", "التي", "الذين"):
        return
    ante = next((g for g in groups if g.last == rel and g.actor), None)
    doer = next((g for g in groups if g.first == h.last and g.actor), None)
    if ante is None or doer is None:
        return
    nxt = next((i for i in range(doer.last, b) if toks[i].word), b)
    if nxt >= b or not toks[nxt].form.startswith("ب") or not toks[nxt].form.endswith(("ه", "ها", "هم")):
        return
    ev.source = list(doer.names)
    ev.target = [*ante.names, *[n for n in ev.target if n not in ante.names and n not in doer.names]]


def refused_demand(toks: list[Tok], h: Hit, b: int, ev: Event, earlier: list[Event]) -> None:
    """A refusal with no target whose object points back («رفض ذلك», «رفضها», «رفض الطلب») answers the demand
    made of its source just before («دعا المسؤولون X إلى وقف … غير أنه رفض ذلك»): the demand's maker is its
    target."""
    if ev.type != "REJECT" or ev.target or not ev.source or not _points_back(toks, h, b):
        return
    asked = next((d for d in reversed(earlier) if d.type == "DEMAND" and d.source
                  and set(d.target) & set(ev.source)), None)
    if asked is not None:
        ev.target = [n for n in asked.source if n not in ev.source]


_BACK_OBJECTS = forms("ذلك", "هذا", "هذه", "الطلب", "الدعوة", "الدعوات", "المطلب", "المطالب", "المقترح", "الاقتراح",
                      "العرض", "المبادرة", "الوساطة")


def _points_back(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when what a refusal refuses points back to something told before: an object pronoun on the verb
    («رفضها», «رفضته»), or «ذلك», «الطلب», «الدعوة» … right after it."""
    f = toks[h.first].form
    k = f.find(_REFUSAL_ROOT)
    if k >= 0 and f[k + len(_REFUSAL_ROOT):] in ("ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "وهم"):
        return True
    nxt = next((i for i in range(h.last, b) if toks[i].word), None)
    return nxt is not None and toks[nxt].form in _BACK_OBJECTS


def pressing_party(toks: list[Tok], a: int, h: Hit, groups: list[Group], ev: Event) -> None:
    """«رغم الضغوط التي مارسها X، ترفض Y …»: the one whose pressure or demand a refusal withstands is its target."""
    if ev.type != "REJECT" or not ev.source:
        return
    for k in range(a, h.first):
        if not toks[k].word or toks[k].form not in _DESPITE:
            continue
        ws = [i for i in range(k + 1, h.first) if toks[i].word][:3]
        p = next((i for i in ws if has(toks[i], _PRESSURE) or toks[i].form in _PRESSURE), None)
        if p is None:
            continue
        reach = [i for i in range(p + 1, h.first) if toks[i].word][:PRESSURE_REACH]
        g = next((g for g in groups if g.first in reach and g.actor and not set(g.names) & set(ev.source)), None)
        if g is not None:
            ev.target = [*ev.target, *[n for n in g.names if n not in ev.target]]
        return


def unreal_refusal(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when a refusal trigger tells no refusal made (module docstring): a faith's or a conscience's, or a
    refusal to comment past a time word. (A refusal under a condition or warned of tells a hedged refusal: «وفي
    حال رفضت إيران العرض», «حذر من أن رفض الاتفاق سيضر بالبلاد».)"""
    if h.trig.type != "REJECT" or _REFUSAL_ROOT not in toks[h.first].form:
        return False
    after = [i for i in range(h.last, b) if toks[i].word]
    if h.trig.pos == "v" and after and toks[after[0]].form in _ABSTRACT:
        return True  # «يرفضها الدين والضمير»
    k = 0
    while k < len(after) and toks[after[k]].form in _TIME_ASIDE:
        k += 1
    return 0 < k < len(after) and toks[after[k]].form in _COMMENT  # «رفض في وقت سابق التعليق»


__all__ = ["SPOKEN", "WARN_VERBS", "first_person", "pressing_party", "refused_demand", "speaker_of", "stated_hits",
           "stated_parties", "threat_target", "threatened_antecedent", "unreal_refusal"]

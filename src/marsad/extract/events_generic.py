"""Triggers that tell no event: a figure of speech, a description, what a thing means, an office, a deed of
«whoever does it», a question or a list of ills; and deeds only expected, allowed or due, which are hedged.

`tells_no_deed` (called by `events_spurious.wrong_sense`) gathers the first kind:
- `figurative_object`: a deed of force, theft, threat, mobilisation or fighting whose object (the first word after
  it, no name) is an abstract thing, a hope, an art, an effort, the course of events, or (for an attack)
  beasts: nobody was attacked, robbed or called up («اغتيال للإنسانية», «ومنذ تفجر الأحداث», «المديرية
  استنفرت جهودها», «استنفرت كل طاقاتها», «حشد الدعم والتأييد», «قتل هذه الحيوانات»); `figurative_subject`: its
  subject is an art or a social ill («مسرحنا للأسف يقتل», «الفقر يقتل الأطفال»);
- `whoever_does`: a present verb after the pronoun «من» (whoever: «حق لمن يقاتل دفاعا عن سوريا»): what anyone
  who does it is or gets;
- `described_by_verb`: a present verb after an indefinite noun and its adjectives («تنظيم إرهابي يستهدف منشآت
  الدولة», «بفكر جديد يستهدف»): a relative clause with no relative pronoun;
- `entailed_deed`: a deed noun after a verb of meaning or need («الاتفاق يكرس اعتراف …», «يتطلب التعاون»);
- `office_title`: a deed noun in a title («رئيس التحقيقات الاستقصائية»);
- `crowds_not_troops`: «الحشود» or «حشد» where no arms or troops are told (pilgrims, fans, «طب الحشود», voters
  rallied, «حشد القنوات الدبلوماسية»);
- `held_fast`: «اعتصم بـ» something that is no place («ويعتصم بالصبر»);
- `asked_when`: a deed asked about with «متى … ؟»;
- `list_of_ills`: a deed noun in a list of three nouns of violence and ruin («حياة مليئة بالقتل والدمار
  والإجرام»);
- `aimed_at_by_verb`: a deed noun after «تهدف إلى» («ظاهرة الإرهاب التي تهدف إلى قتل الأرواح»);
- `in_verse`: a sentence of verse lines set off by slashes («صرخت في المظاهرات/ وأحببتك/ …»);
- `noted_not_praised`: «نوه» followed by «إلى», «أن» or «بقوله»: a remark noted, no praise;
- `moral_exhortation`: a call for a pious deed or a virtue held fast («وطالب الجميع بالتمسك بالقيم», «تحث على
  مكارم الأخلاق», «بالدعاء لرجال الأمن»): a sermon, no party asked to do a thing;
- `approved_project`: «وافق … على مشروع تطوير …» with no «مع»/«بين» after it: a body's own works approved.
`expected_clause` (called where an event's `hedged` is set) marks as hedged a deed in the «أن» clause of a word
of expectation, intent or duty however far in that clause («ومن المرتقب أن تشهد الدوحة اليوم أيضا اجتماعا»,
«علينا أن نلتقي», a present verb joined by «و»: «يجب أن يرفع … ويعلن التزامه»), a deed noun after a future
light verb («سيتم اعتقال»), and a deed a clause or a law allows («تتيح للولايات المتحدة … إعادة فرض العقوبات»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import PRESENT, Words, norm
from marsad.extract.events_tokens import QUOTE_MARKS, SENT_END, Tok, has, word_before
from marsad.extract.events_triggers import TO, Hit

# types whose object is a party or a place hit, seized, robbed, threatened, called up or fought
_FORCE_TYPES = frozenset(("ASSAULT", "CRIME", "COERCE", "THREATEN", "MOBILIZE", "FIGHT"))

# abstract things no deed of force can hit: hopes and feelings, arts and thought, values, efforts and
# means, the course of events (each with the article, and the bare form after «ل»/«ب»)
_ABSTRACT = frozenset(norm(w) for w in (
    "الإنسانية", "إنسانية", "الأمل", "أمل", "الآمال", "آمال", "الحلم", "حلم", "الأحلام", "أحلام", "الفرحة",
    "فرحة", "الفرح", "البسمة", "الابتسامة", "الطفولة", "البراءة", "الحقيقة", "الحقائق", "الكلمة", "الشعر",
    "القصيدة", "الإبداع", "الفكر", "العقل", "العقول", "الوقت", "الضمير", "الوطنية", "المستقبل", "الهوية",
    "الذاكرة", "الجمال", "الحب", "المشاعر", "القيم", "الأخلاق", "المبادئ", "الثوابت", "الأضواء", "الفرصة",
    "الفرص", "الجهود", "جهود", "جهودها", "جهوده", "جهودهم", "الطاقات", "طاقاتها", "طاقاته", "الإمكانات",
    "إمكاناتها", "إمكاناته", "الإمكانيات", "إمكانياتها", "إمكانياته", "الأحداث", "الأوضاع", "الأزمة", "الصراع",
    "الخلاف", "الخلافات", "الفضيحة", "العلاقات", "العلاقة", "التحالفات", "السلام", "الحوار", "الديمقراطية", "الدعم",
    "التأييد", "الرأي", "الإرادة", "الوعي", "الثقة", "السعادة", "الفشل", "مواقف", "المواقف", "صناعة", "مجال",
    "المجال", "جدلا", "الجدل", "أزمة", "فضيحة", "النفس", "المعلومات", "المعرفي", "المعرفة", "السكاني",
    "المعلوماتي", "التقني", "الانتخابية", "انتخابية", "الكلامية", "كلامية", "التقاذف", "الأسعار"))

_STOLEN_DATA = frozenset(norm(w) for w in ("المعلومات", "المعلوماتي", "الهوية"))

_THIS = frozenset(norm(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء", "أولئك",
                                    "كل", "جميع", "كافة"))  # and quantifiers: «استنفرت كل طاقاتها»


def next_plain_word(toks: list[Tok], k: int, hi: int, covered: set[int]) -> int | None:
    """The first word at or after token k, before `hi`, past quote marks, a demonstrative and a quantifier
    («كل», «جميع») (None when a clause or sentence mark or a name comes first: «اعتقال بولارد أزمة» has the
    name as its object)."""
    while k < hi:
        t = toks[k]
        if k in covered or (not t.word and t.form not in QUOTE_MARKS):
            return None
        if t.word and t.form not in _THIS:
            return k
        k += 1
    return None


_ANIMALS = frozenset(norm(w) for w in (  # beasts an attack is never made on («قتل هذه الحيوانات», «ذبح الأضاحي»)
    "الحيوانات", "حيوانات", "الحيوان", "الأضاحي", "أضاحي", "الأضحية", "أضحية", "الماشية", "المواشي", "الأغنام",
    "الإبل", "الطيور", "الكلاب", "القطط", "الذبائح", "ذبائح", "الدجاج", "الخراف", "الأبقار", "الفيلة", "التماسيح",
    "الحيتان", "الأسماك", "وحيد", "الحمير", "الخيول", "القرود", "الذئاب"))


def figurative_object(toks: list[Tok], h: Hit, hi: int, covered: set[int]) -> bool:
    """A deed of force, theft, threat or mobilisation whose object, the first word after it (past a
    demonstrative), in its clause (ending at `hi`), is an abstract thing (a hope, an art, a value, an effort, the
    course of events) or, for an attack, beasts: a figure of speech, no event («اغتيال للإنسانية», «ومنذ تفجر
    الأحداث», «استنفرت جهودها», «قتل هذه الحيوانات»)."""
    if h.trig.type not in _FORCE_TYPES or h.used:
        return False
    k = next_plain_word(toks, h.last, hi, covered)
    if k is None or (h.trig.type == "CRIME" and has(toks[k], _STOLEN_DATA)):
        return False  # «سرقة المعلومات», «سرقة الهوية»: a theft of data is a crime
    return has(toks[k], _ABSTRACT) or (h.trig.type == "ASSAULT" and has(toks[k], _ANIMALS))


_CROWDS = norm("حشود")  # «الحشود», «والحشود»: crowds, or troops massed where arms are told
_MILITARY = frozenset(norm(w) for w in (
    "عسكرية", "العسكرية", "عسكري", "العسكري", "قوات", "القوات", "للقوات", "الجيش", "للجيش", "جيش", "جنود", "الجنود",
    "الحدود", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "مسلحين", "المسلحين", "حربية"))


_RALLY = frozenset(norm(w) for w in ("حشد", "يحشد", "تحشد", "حشدت", "حشدوا", "يحشدون"))  # «حشد»: a crowd or a rally


def crowds_not_troops(toks: list[Tok], a: int, b: int, h: Hit, W: Words) -> bool:
    """The noun «حشود», or «حشد», in a sentence with no word of arms, armed men, troops or a border: crowds of
    pilgrims, fans or visitors («وسط الحشود من الحجاج», «طب الحشود والطوارئ», «الحشود المليونية»), voters or
    means rallied («حشد … لأكثر من 100 ألف ناخب», «عبر حشد القنوات الدبلوماسية»), no troops massed."""
    reads = toks[h.first].reads
    if h.trig.type != "MOBILIZE" or not ((any(r.endswith(_CROWDS) for r in reads) and h.trig.pos != "v")
                                         or has(toks[h.first], _RALLY)):
        return False
    return not any(toks[k].word and (has(toks[k], _MILITARY) or has(toks[k], W["force"])) for k in range(a, b))


_WHO = frozenset(norm(w) for w in ("من", "لمن", "ممن", "ومن", "فمن", "بمن", "ولمن"))
_HE_DOES = norm("ي")  # the prefix of a third person masculine present verb («يقاتل», «يحاول»)


def whoever_does(toks: list[Tok], a: int, h: Hit) -> bool:
    """A present verb in «ي» right after the pronoun «من» («لمن يقاتل», «كل من يدعم»): a preposition never
    stands before a verb, so «من» is «whoever»: what anyone who does it is or gets, no deed told."""
    k = h.first - 1
    while k > a and toks[k].form in QUOTE_MARKS:  # «لمن "يقاتل دفاعا عن سوريا"»
        k -= 1
    return k >= a and toks[k].word and toks[k].form in _WHO and toks[h.first].form.startswith(_HE_DOES)


_INDEFINITE_BAR = frozenset(norm(w) for w in (  # words with no article that are no noun or adjective of a thing
    "أمس", "غدا", "حاليا", "أيضا", "كذلك", "مؤخرا", "سابقا", "لاحقا", "رسميا", "فعلا", "بدوره", "بدورها",
    "جدا", "اليوم", "الآن", "بعد", "قبل", "عندما", "حين", "حينما", "بينما", "فيما", "كما", "ثم", "لكن", "ولكن",
    "منذ", "حتى", "عند", "لدى", "هنا", "هناك", "وهناك", "ما", "مما", "لا", "لم", "لن", "قد", "وقد", "فقد", "هو",
    "هي", "هم", "وهو", "وهي", "وهم", "وهما", "وهن"))  # «وهي تندد بالاتفاق»: a pronoun subject, a deed told
_DEFINITE = tuple(norm(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"))
_SAYING = frozenset(norm(w) for w in (  # a paper or a speech, which says what its verb tells
    "بيان", "بيانا", "رسالة", "تقرير", "تقريرا", "قرار", "خطاب", "كلمة", "تصريح", "تصريحات", "مذكرة", "وثيقة",
    "نداء", "دعوة", "مقال", "مقالا", "تغريدة", "تسجيل", "شريط", "فيديو"))
DESCRIBED_REACH = 3  # an indefinite noun and at most two adjectives before a describing verb


def _indefinite(tok: Tok, k: int, covered: set[int], W: Words) -> bool:
    """A word with no article, no name, no figure, no particle or adverb: a noun or adjective of a thing."""
    f = tok.form
    return tok.word and k not in covered and not f.startswith(_DEFINITE) and not any(c.isdigit() for c in f) \
        and f not in _INDEFINITE_BAR and len(f) >= 3 \
        and not any(has(tok, W[c]) for c in ("comp", "neg", "prep_any", "superlative"))


def described_by_verb(toks: list[Tok], a: int, h: Hit, hits: list[Hit], covered: set[int], W: Words) -> bool:
    """A present verb right after an indefinite noun and one or two indefinite adjectives («تنظيم إرهابي
    يستهدف منشآت الدولة», «العمل بفكر جديد يستهدف تضييق الخلاف»), that noun governed by a word before it (a
    preposition glued to it, a noun or a verb whose object it is), not opening a clause as its subject
    («إن قوات كردية تقاتل»): a relative clause with no relative pronoun, which describes the thing."""
    verb = toks[h.first].form
    if h.trig.pos != "v" or verb[:1] not in PRESENT[:2] or verb.endswith(norm("نا")):
        return False  # «أسباب تفاوضنا مع تركيا»: a verbal noun with «our», no present verb
    words: list[int] = []
    k = h.first - 1
    while k > a and len(words) < DESCRIBED_REACH and _indefinite(toks[k], k, covered, W) \
            and not any(x.first <= k < max(x.last, x.first + 1) for x in hits):
        words.append(k)
        k -= 1
    if len(words) < 2 or not adjective_like(toks[h.first - 1].form) or any(has(toks[j], _SAYING) for j in words):
        return False  # one noun alone is `describes_indefinite`'s; «في بيان رسمي يدعو …»: the paper says it
    noun = words[-1]
    if toks[noun].form[:1] in "بل" and len(toks[noun].form) > 3:
        return True  # «بفكر جديد يستهدف»: a noun after a glued preposition is no subject
    gov = toks[k]  # not «أول مسؤول غربي يزور طهران»: a first or a last told by its deed
    return gov.word and noun - 1 == k and not has(gov, W["comp"]) and not has(gov, KANA_WORDS) \
        and not has(gov, W["superlative"]) \
        and not gov.form.startswith("و") and gov.form not in ("ف",)


_ADJECTIVE_ENDINGS = tuple(norm(e) for e in ("ي", "ية", "يين", "يون", "ة"))


def adjective_like(form: str) -> bool:
    """True when an indefinite word has an adjective's shape: a nisba or a feminine ending («إرهابي»,
    «إعلامية», «كبيرة»), a participle in م («مسلحة», «متطرف») or the pattern فعيل («جديد», «كبير»)."""
    return form.endswith(_ADJECTIVE_ENDINGS) or (form.startswith("م") and len(form) >= 4) \
        or (len(form) == 4 and form[2] == "ي")


KANA_WORDS = frozenset(norm(w) for w in (
    "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "يكون", "تكون", "ظل", "ظلت", "بات",
    "باتت", "أصبح", "أصبحت", "لا تزال", "مازال", "مازالت", "ما زالت", "لازالت"))


_ENTAILS = frozenset(norm(w) for w in (
    "يكرس", "تكرس", "يعكس", "تعكس", "يجسد", "تجسد", "يعني", "تعني", "يتطلب", "تتطلب", "يستلزم", "تستلزم",
    "يقتضي", "تقتضي", "يستوجب", "تستوجب", "يشكل", "تشكل"))


def entailed_deed(toks: list[Tok], a: int, h: Hit) -> bool:
    """A deed noun right after a present verb of meaning or entailment («فالاتفاق يكرس اعتراف الولايات
    المتحدة بدور إيراني», «ما يعني انسحاب القوات», «يتطلب التعاون»): what something means or needs, no
    deed told."""
    if h.trig.pos == "v" or h.first <= a:
        return False
    prev = toks[h.first - 1]
    return prev.word and prev.form in _ENTAILS


_OFFICE_TITLES = frozenset(norm(w) for w in (
    "رئيس", "ورئيس", "لرئيس", "مدير", "ومدير", "لمدير", "نائب", "ونائب", "مساعد", "وكيل", "مستشار",
    "كبير", "مسؤول", "رئيسة", "مديرة", "مسؤولة"))


def titled(toks: list[Tok], k: int) -> bool:
    """True when token k is a definite noun right after a title in construct («رئيس التحقيقات»)."""
    return k > 0 and toks[k].form.startswith(norm("ال")) and toks[k - 1].word and toks[k - 1].form in _OFFICE_TITLES


def office_title(toks: list[Tok], h: Hit) -> bool:
    """A definite deed noun right after a title in construct («رئيس التحقيقات الاستقصائية في صنداي تايمز»,
    «مدير المفاوضات»), as the trigger or as the word its verb needs («أجرت الصحيفة حوارا مع رئيس
    التحقيقات»): a word of someone's office, no event."""
    if h.trig.pos != "v" and titled(toks, h.first):
        return True
    return bool(h.used) and all(titled(toks, k) for k in h.used)



_EXPECT = frozenset(norm(w) for w in (
    "توقع", "وتوقع", "توقعت", "وتوقعت", "يتوقع", "ويتوقع", "تتوقع", "وتتوقع", "يتوقعون", "المتوقع", "المرتقب",
    "المنتظر", "المقرر", "المزمع", "المفترض", "المأمول", "المحتمل", "يرجح", "ويرجح", "رجح", "ورجح", "ترجح",
    "يأمل", "تأمل", "نأمل", "يأملون", "ينتظر", "يعتزم", "تعتزم", "ينوي", "تنوي", "علينا", "عليها", "عليهم",
    "عليه", "يجب", "ينبغي", "يتعين", "بد"))
_WILL = frozenset(norm(w) for w in (  # a future light verb before a deed noun: «ستعقد الدول اجتماعا»
    "سيتم", "ستتم", "سيجري", "ستجري", "سيقوم", "ستقوم", "سيعقد", "ستعقد", "سيبدأ", "ستبدأ", "سيشهد", "ستشهد",
    "سيواصل", "ستواصل", "سيكون", "ستكون", "سيشارك", "ستشارك", "سيعمل", "ستعمل", "سينفذ", "ستنفذ", "سيجرى",
    "ستجرى", "سيتولى", "ستتولى"))
WILL_REACH = 3  # words before a deed noun searched for a future light verb
_ENABLE = frozenset(norm(w) for w in (  # what a clause or a law allows, not what was done
    "تتيح", "يتيح", "أتاح", "تسمح", "يسمح", "يخول", "تخول", "تجيز", "يجيز"))  # not «تمكن من»: managed to
ENABLE_REACH = 12  # words before a deed searched, in its clause, for a verb of allowing
_THAT = frozenset(norm(w) for w in ("أن", "بأن", "وأن", "أنه", "أنها", "بأنه", "بأنها"))  # folded, «إن» too
EXPECT_REACH = 20  # words from «أن» after a word of expectation to a deed still in its clause
_CLAUSE_BREAK = frozenset(norm(w) for w in (
    "حيث", "بينما", "فيما", "كما", "وكان", "وكانت", "بعدما", "بعد", "قبل", "الذي", "التي", "الذين", "منذ", "قال",
    "وقال", "وأضاف", "وأكد", "مشيرا", "مؤكدا", "مضيفا", "لكن", "ولكن", "لأن", "كون", "لكون", "إذ"))
EXPECT_GAP = 3  # words before «أن» searched for its word of expectation (a subject may stand between)


def expectation_before(toks: list[Tok], a: int, that: int) -> bool:
    """True when a word of expectation, intent or duty stands up to `EXPECT_GAP` words before the «أن» at
    `that`, with no word that opens another clause between («وتوقع الشيشكلي أن», «ومن المقرر أن»; not
    «انهالوا عليه ضربا بعد أن»)."""
    seen = 0
    k = that - 1
    while k >= a and seen < EXPECT_GAP:
        t = toks[k]
        if not t.word:
            return False
        if t.form in _EXPECT:
            return True
        if t.form in _CLAUSE_BREAK:
            return False
        seen += 1
        k -= 1
    return False


_AND = ("و", "ف")


def expected_clause(toks: list[Tok], a: int, h: Hit) -> bool:
    """A deed noun or a present verb in the «أن» clause of a word of expectation, intent or hope, however
    far from it in that clause («ومن المرتقب أن تشهد الدوحة اليوم أيضا اجتماعا ثلاثيا», «وتوقع أن تشهد
    الأيام المقبلة تعاونا جديدا … وفرض حظر»): expected, not done. A past verb, a relative or time clause or
    a new sentence part («حيث», «بينما») in between ends that clause."""
    if word_before(toks, a, h.first, _ENABLE, ENABLE_REACH):
        return True  # «البنود تتيح للولايات المتحدة أو أي دولة موقعة إعادة فرض العقوبات»
    verb = toks[h.first].form
    if verb[:1] in _AND and len(verb) > 3:
        verb = verb[1:]  # «يجب أن يرفع … ويعلن التزامه»: a present verb joined by «و» to the clause
    if h.trig.pos == "v" and verb[:1] not in PRESENT:
        return False
    if h.trig.pos != "v" and word_before(toks, a, h.first, _WILL, WILL_REACH):
        return True  # «ستعقد الدول الثلاث اجتماعا», «سيتم اعتقال»
    seen = 0
    k = h.first - 1
    while k > a and seen < EXPECT_REACH:
        t = toks[k]
        if t.form in SENT_END:
            return False
        if t.word:
            seen += 1
            if t.form in _CLAUSE_BREAK:
                return False
            if t.form in _THAT:
                return expectation_before(toks, a, k)
        k -= 1
    return False


_HELD = (norm("عتصم"), norm("عتصام"))  # «اعتصم», «يعتصم», «واعتصموا», «الاعتصام»
_BA = norm("ب")


def held_fast(toks: list[Tok], h: Hit, hi: int, W: Words) -> bool:
    """«اعتصم» or «الاعتصام» followed by «بـ» and no place or building («ويعتصم بمناعة أعصابه», «تعظيم الكتاب
    والسنة والاعتصام بهما»): held fast to something, no sit-in (not «اعتصموا بمقر الوزارة», «بساحة التحرير»)."""
    if h.trig.type != "PROTEST" or h.last - h.first != 1 or not any(x in r for r in toks[h.first].reads for x in _HELD):
        return False
    k = h.last
    if k >= hi or not toks[k].word or not toks[k].form.startswith(_BA) or len(toks[k].form) < 4:
        return False
    rest = toks[k].form[1:]
    return not any(rest in W[c] or rest.removeprefix("ال") in W[c] for c in ("place", "site_nouns")) \
        and not rest.startswith(("ساح", "ميدان", "الميدان", "مبن", "المبن", "مقر", "المقر"))


_ARTS = frozenset(norm(w) for w in (  # arts and callings a figure of speech kills or robs
    "المسرح", "الفنون", "الفن", "الأدب", "الثقافة", "الشعر", "الإبداع", "الكتابة", "الرواية", "الموسيقى",
    "الفقر", "الجوع", "الجهل", "الروتين", "البيروقراطية", "الإهمال", "الحزن", "اليأس", "مسرح", "فن", "أدب",
    "ثقافة", "شعر", "إبداع"))  # the bare forms carry a pronoun: «مسرحنا», «شعره»


_SUBJECT_BREAK = frozenset(norm(w) for w in ("إن", "أن", "قال", "بسبب", "ضد", "على", "في"))


def figurative_subject(toks: list[Tok], a: int, h: Hit) -> bool:
    """A verb of force right after an art, a calling or a social ill as its subject («فإن المسرح والفنون
    أجمع تقتل بتعمد», «الفقر يقتل الأطفال», «الروتين يقتل الإبداع»): a figure of speech, no attacker."""
    if h.trig.type not in _FORCE_TYPES or h.trig.pos != "v" or h.first <= a:
        return False
    ws = [toks[j] for j in range(max(a, h.first - 5), h.first) if toks[j].word][-3:]
    for t in reversed(ws):  # back from the verb, over an aside («مسرحنا للأسف يقتل»)
        if has(t, _ARTS):
            return True
        if has(t, _SUBJECT_BREAK):
            return False
    return False



_WHEN = frozenset(norm(w) for w in ("متى", "ومتى", "فمتى"))


def asked_when(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """A deed in a question that asks when it will be («متى يلتقي السعودي بابن وطنه في الخارج؟»): not told as
    done."""
    if not any(toks[k].form in _WHEN for k in range(a, h.first)):
        return False
    return any(toks[k].form in ("?", "؟") for k in range(h.last, b))


_AIMS = frozenset(norm(w) for w in ("يهدف", "تهدف", "يهدفون", "تهدفان", "يرمي", "ترمي"))


def aimed_at_by_verb(toks: list[Tok], a: int, h: Hit) -> bool:
    """A deed noun right after «تهدف إلى» or «يرمي إلى» («ظاهرة الإرهاب التي تهدف إلى قتل الأرواح البريئة»):
    what something aims at, not a deed done (as after «بهدف», `events_triggers.aimed`)."""
    if h.trig.pos == "v" or h.first - 2 < a:
        return False
    prev, before = toks[h.first - 1], toks[h.first - 2]
    return prev.form in TO and before.word and before.form in _AIMS


_SINCE = frozenset(norm(w) for w in ("منذ", "ومنذ"))
_ONSET = frozenset(norm(w) for w in (  # the outbreak or start of something, as a noun or a verb
    "بدء", "بداية", "اندلاع", "انطلاق", "انطلاقة", "بدأ", "بدأت", "اندلعت", "اندلع", "انطلقت", "انطلق"))


def since_onset(toks: list[Tok], a: int, h: Hit) -> bool:
    """A deed noun right after «منذ» and a word of outbreak or start («منذ اندلاع المعارك في عدن», «منذ بدء
    الحملة الجوية», «منذ بدأت العملية العسكرية في غزة»): the point a span of time starts from, told to date
    something else (a toll, a first), not a deed told."""
    if h.trig.pos == "v" or h.first - 2 < a:
        return False
    onset, since = toks[h.first - 1], toks[h.first - 2]
    return onset.word and onset.form in _ONSET and since.word and since.form in _SINCE


def tells_no_deed(toks: list[Tok], a: int, b: int, hi: int, h: Hit, found: list[Hit], covered: set[int],
                  W: Words) -> bool:
    """True when the trigger `h` of the sentence [a, b) (its clause ending at `hi`; `found`: every trigger of
    the sentence; `covered`: tokens of names) is a figure of speech, a description, what a thing means or
    needs, a word of an office, a deed of «whoever does it», crowds, a holding fast, a question of when or a
    list of a time's ills, or an aim."""
    return figurative_object(toks, h, hi, covered) or figurative_subject(toks, a, h) or whoever_does(toks, a, h) \
        or described_by_verb(toks, a, h, found, covered, W) or entailed_deed(toks, a, h) or office_title(toks, h) \
        or crowds_not_troops(toks, a, b, h, W) or held_fast(toks, h, hi, W) or asked_when(toks, a, b, h) \
        or list_of_ills(toks, a, b, h, covered) or aimed_at_by_verb(toks, a, h) or in_verse(toks, a, b) \
        or noted_not_praised(toks, h, hi) or moral_exhortation(toks, h, hi, covered) \
        or approved_project(toks, h, b) or since_onset(toks, a, h)


_ILLS = frozenset(norm(w) for w in (  # nouns of violence and ruin that a list of a time's ills names
    "القتل", "قتل", "قتلا", "الذبح", "ذبح", "ذبحا", "التدمير", "تدمير", "تدميرا", "الدمار", "دمار", "الخراب",
    "خراب", "الإجرام", "إجرام", "الموت", "موت", "الكره", "الكراهية", "الهدم", "هدم", "التهجير", "تهجير",
    "التشريد", "تشريد", "العنف", "عنف", "الإرهاب", "إرهاب", "الفوضى", "فوضى", "النهب", "نهب", "السلب", "سلب",
    "التفجير", "تفجير", "تفجيرا", "التخريب", "تخريب", "الاغتيال", "اغتيال", "الخطف", "خطف", "الاعتقال",
    "اعتقال", "التعذيب", "تعذيب", "الحرب", "حرب", "الدماء", "دماء", "الظلم", "ظلم", "الفساد", "فساد", "الأذى",
    "أذى", "الاحتلال", "الحصار", "حصار", "الجوع", "التجويع", "الاختطاف", "اختطاف", "السرقة", "سرقة", "الإبادة",
    "إبادة", "الحرق", "حرق", "الترويع", "ترويع", "الاعتداء", "اعتداء", "العدوان", "عدوان", "الاغتصاب", "الإيذاء",
    "فوضى", "الفتن", "الفتنة"))
ILLS_LIST = 3  # nouns in a row, joined by «و» or «أو», that make a list of ills


def _ill_at(toks: list[Tok], k: int) -> bool:
    """True when token k is a noun of violence or ruin, «و» or «أو» glued on or not («والدمار»)."""
    t = toks[k]
    return t.word and (has(t, _ILLS) or t.form.removeprefix("و").removeprefix("ب") in _ILLS)


def list_of_ills(toks: list[Tok], a: int, b: int, h: Hit, covered: set[int]) -> bool:
    """A deed noun in a list of three or more nouns of violence and ruin joined by «و» («حياة مليئة بالقتل
    والدمار والإجرام», «أيام الذبح والقتل والتدمير», «الإرهاب ليس فقط تفجيرا وذبحا وقتلا») with no name right
    after the list: the ills of a time or a kind of deed, no deed told."""
    if h.trig.pos == "v" or h.last - h.first != 1:
        return False
    lo = hi = h.first
    while lo - 1 >= a and _ill_at(toks, lo - 1) and toks[lo].form.startswith("و"):
        lo -= 1
    while hi + 1 < b and _ill_at(toks, hi + 1) and toks[hi + 1].form.startswith("و"):
        hi += 1
    if lo - 1 >= a and _ill_at(toks, lo - 1) and not toks[lo].form.startswith("و"):
        lo -= 1  # «فوضى القتل والدمار»: an ill in construct heads the list
    if hi - lo + 1 < ILLS_LIST:
        return False
    nxt = hi + 1
    return not (nxt < b and (nxt in covered or (toks[nxt].word and has(toks[nxt], _ILL_AGENT))))


_ILL_AGENT = frozenset(norm(w) for w in ("ضد", "بحق", "على", "من", "التي", "الذي", "اللذين", "بها"))


VERSE_MARKS = 3  # slashes between words that make a sentence lines of verse


def _lettered(tok: Tok) -> bool:
    """True when the token is a word of letters only (no figure: «15 / 8 / 1436هـ» is a date)."""
    return tok.word and tok.form.isalpha()


def in_verse(toks: list[Tok], a: int, b: int) -> bool:
    """True when the sentence [a, b) is lines of verse set off by slashes between words («صرخت في
    المظاهرات/ وأحببتك/ قرأت الأشعار/»): a poem quoted, no deed told."""
    n = 0
    for k in range(a + 1, b - 1):
        if toks[k].form == "/" and _lettered(toks[k - 1]) and _lettered(toks[k + 1]):
            n += 1
    return n >= VERSE_MARKS


_NOTED = norm("نوه")  # «نوه», «ونوه», «منوها»
_NOTED_THAT = frozenset(norm(w) for w in (  # what follows «نوه» when it means «noted», not «praised»
    "إلى", "الى", "أن", "بأن", "بأنه", "بأنها", "إلى أن", "بقوله", "قائلا", "أنه", "أنها", "على", "عن"))

NOTED_REACH = 5  # words after «نوه» (its subject's name between) searched for «إلى», «أن» or «بقوله»


def noted_not_praised(toks: list[Tok], h: Hit, hi: int) -> bool:
    """«نوه» followed (past its subject's name) by «إلى», «أن» or «بقوله» («ونوه حسن علي بقوله أننا …»,
    «ونوه إلى أن الوزارة …»): a remark noted, no praise (praise is «نوه بـ» a deed or a party)."""
    if h.trig.type != "SUPPORT" or not any(_NOTED in r for r in (*toks[h.first].reads, toks[h.first].form)):
        return False
    for k in range(h.last, min(hi, h.last + NOTED_REACH)):
        t = toks[k]
        if not t.word:
            return False
        if t.form in _NOTED_THAT:
            return True
        if t.form.startswith(_BA):
            return False
    return False


# pious deeds and virtues a sermon calls for: no party is asked to do a thing
_PIETY = frozenset(norm(w) for w in (
    "التقوى", "تقوى", "بتقوى", "الاستغفار", "بالاستغفار", "التوبة", "بالتوبة", "مكارم", "بمكارم", "الاقتداء",
    "بالاقتداء", "التآخي", "الوسطية", "للوسطية", "بالوسطية", "لدين", "بدين", "الإحسان", "بالإحسان", "الصلاة",
    "بالصلاة", "الدعاء", "بالدعاء", "التراحم", "بالتراحم"))
_HOLD_FAST = frozenset(norm(w) for w in (  # holding to something: a virtue held is exhortation
    "التمسك", "بالتمسك", "للتمسك", "التحلي", "بالتحلي", "للتحلي", "الاعتصام", "بالاعتصام", "العودة", "بالعودة"))
_VIRTUES = frozenset(norm(w) for w in (
    "بالقيم", "بقيم", "بالأخلاق", "بأخلاق", "بالدين", "بدين", "بكتاب", "بالكتاب", "بالسنة", "بسنة", "بالعقيدة",
    "بالوسطية", "بالصبر", "بحبل", "بتعاليم", "بالتعاليم", "بالهدي",
    "بالقرآن", "بشرع", "بالشريعة", "بالفضائل", "بالإيمان", "لأصل", "بالصدق", "بالأمانة"))
_TO_DO = frozenset(norm(w) for w in ("إلى", "الى", "على"))  # «دعا إلى», «حث على»: the deed called for follows
EXHORT_REACH = 8  # words after a call searched for the deed it calls for


def moral_exhortation(toks: list[Tok], h: Hit, hi: int, covered: set[int]) -> bool:
    """A call for a pious deed or a virtue («ودعا إلى التمسك بالقيم», «تحث على مكارم الأخلاق», «أدعو لدين
    الإسلام»), past the caller and the called: a sermon or a moral, no party asked to do a thing (not «التمسك
    بالاتفاق», «ضبط النفس», nor the political «بالوحدة الوطنية», «بالثوابت»). The first deed called for
    («إلى …», «بـ …») decides."""
    if h.trig.type != "DEMAND":
        return False
    seen = 0
    for k in range(h.last, hi):
        t = toks[k]
        if k in covered or t.form in QUOTE_MARKS:  # the caller's name, a quote opened
            continue
        if not t.word or seen >= EXHORT_REACH:
            return False
        seen += 1
        if has(t, _PIETY) or t.form in _PIETY:
            return True
        if t.form in _HOLD_FAST:
            return k + 1 < hi and toks[k + 1].word and toks[k + 1].form in _VIRTUES
        if t.form.startswith(_BA) and len(t.form) > 3 and k > h.last and toks[k - 1].form not in _TO_DO:
            return False  # «طالب … بالإفراج»: another deed called for
        if k > h.last and toks[k - 1].form in _TO_DO:
            return False  # «دعا … إلى وقف …»: another deed called for
    return False


_APPROVE = norm("وافق")  # «وافق», «ووافق», «يوافق»
_PROJECT = frozenset(norm(w) for w in ("مشروع", "مشاريع", "مشروعات", "خطة", "خطط", "برنامج", "برامج"))
_WORKS = frozenset(norm(w) for w in (  # works a body builds or runs: its own business
    "تطوير", "إنشاء", "بناء", "تنفيذ", "توسعة", "تأهيل", "ترميم", "تشغيل", "صيانة", "تحديث", "تجديد", "إعادة"))
_ON = norm("على")
_WITH = frozenset(norm(w) for w in ("مع", "بين", "وبين"))  # a party the works are shared with


def approved_project(toks: list[Tok], h: Hit, b: int) -> bool:
    """An AGREE told by «وافق» (in the sentence ending at `b`) on a project or plan of works («وافق الأمير …
    على مشروع تطوير خيمة السوق», «على خطة توسعة المطار») shared with no one («مع», «بين») after it: a body's
    own works approved, no agreement with a party (not «على مشروع تطوير التعاون مع فرنسا»)."""
    if h.trig.type != "AGREE" or h.trig.pos != "v" or not any(_APPROVE in r for r in toks[h.first].reads):
        return False
    on = next((k for k in range(h.last, b) if toks[k].word and toks[k].form == _ON), None)
    if on is None or on + 2 >= b or not has(toks[on + 1], _PROJECT) or not has(toks[on + 2], _WORKS):
        return False
    return not any(toks[k].form in _WITH for k in range(on + 3, b))

"""The doer named inside what a statement condemns, demands or rejects is its target, not its source.

«ودان الوزراء الهجمات من قبل تنظيم القاعدة», «داعين إلى الوقف الفوري للعنف من قبل الحوثيين»,
«يرفضون ما يقوم به الحوثيون»: the party after «من قبل», «على يد» or a verb of doing with a pronoun for
the deed («ما يقوم به», «التي يرتكبها») did the deed the statement is about; the statement's own
subject is the one named or told before the verb (or the participle's), so that party is the target.

A statement that names no one it is addressed to is aimed at the doer of the deed it is about
(`content_doer`, only where no target is found otherwise): the party in the genitive or the nisba of the
deed noun its object opens with («رفض السفير فلان، مساعد وزير الخارجية، تصريحات المالكي», «واستنكر مجلس
الوزراء إقدام المليشيات الحوثية على خرق الهدنة», «أدانت الحكومة الغارات التركية»), or named after a verb
of doing past it («الإجراءات التي يقوم بها المستوطنون», «العنف الذي يمارسه النظام»); a praise is aimed at
the one whose role or efforts it praises («أشاد بجهود التحالف العربي»); a strike's genitive is its doer only
when it names armed men or craft («بوقف قصف الطائرات التركية», not «قصف مواقع داعش»); a threat is aimed at
the one named right before the «بـ» of what it threatens or as that deed's object («توعدت المقاومة …
المتمردين الحوثيين بالملاحقة», «توعد … بسحق «بوكو حرام»»). Not the one a deed hit («الهجوم
الذي استهدف مسجدا»: a relative clause but one of doing ends the search, and so do «على», «ضد», «في» …),
not a party the statement's speaker is described by («انتقد مستشار الرئيس الإيراني … سياسة المؤسسات
الإيرانية»), nor one past a complementizer.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import QUOTE_MARKS, RELATIVE_PRONOUNS, SENT_END, THAT, Tok
from marsad.extract.events_triggers import Hit, Site

# statements about another party's deed: the deed's doer is whom they are about
STATEMENT_TYPES = frozenset(("DISAPPROVE", "DEMAND", "REJECT"))


def doer_is_patient(h: Hit, site: Site) -> bool:
    """True when the doer of a deed named after an active statement verb («دان», «يرفضون») or a
    circumstantial participle («داعين») is that statement's target: its speaker is the verb's subject."""
    return h.trig.type in STATEMENT_TYPES and (h.trig.pos == "v" or site.participle)


def told_object_is_no_subject(ev_type: str, prev_type: str, prev_form: str) -> bool:
    """True when a statement verb conjoined to an earlier statement whose speaker is only a pronoun
    («إنهم يرفضون ما يقوم به الحوثيون … ويرفضون دعم إيران») must not take the earlier one's object
    (الحوثيون) as its subject: both verbs share the unnamed speaker. The earlier verb is plural
    («يرفضون», «طالبوا»), so it carries its own subject: a verb before a named subject stays singular
    («دعا الشيخ راشد …»)."""
    return ev_type in STATEMENT_TYPES and prev_type in STATEMENT_TYPES and prev_form.endswith(("ون", "وا"))


# the types whose target a statement's content may name (`content_doer`)
CONTENT_TYPES = frozenset(("DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"))
# nouns of a deed or words whose genitive (or nisba) is their doer, not whom they were done to
_DEEDS = forms(
    "تصريحات", "اعتداء", "اعتداءات", "عدوان", "تدخل", "تدخلات", "انتهاكات", "جرائم", "ممارسات",
    "سياسة", "سياسات", "إقدام", "مصادقة", "تهديدات", "اتهامات", "إساءة", "إساءات", "هجوم", "هجمات",
    "قرار", "مزاعم", "أعمال", "حملة", "عمليات", "غارات", "خروقات", "خرق", "تجاوزات", "استفزازات",
    # what a demand asks a party to do: its genitive is the one asked («بانسحاب القوات الروسية»)
    "انسحاب", "التزام", "تحرك", "تراجع", "اعتذار", "كف")
# a plan or conduct condemned or rejected is its owner's («انتقد خطة تركيا», «رفض مبادرة الحوثيين», «دان
# سلوك الميليشيات»); not asked for («بدعم مبادرة أوفيد» is no deed of أوفيد)
_CONDUCT = _DEEDS | forms("عمل", "سلوك", "تصرف", "تصرفات", "تصريح", "خطة", "خطاب", "مبادرة", "مقترح", "اقتراح",
                          "دعوة", "دعوات", "شروط")
# strikes, whose genitive is their doer only when it names armed men or craft («قصف الطائرات التركية», «قصف
# المتمردين الحوثيين»), and whom they hit otherwise («قصف مواقع داعش»)
_STRIKES = forms("قصف", "استهداف", "ضربات", "قذائف")
_ARMED = forms("طائرات", "طيران", "مقاتلات", "قوات", "جيش", "متمردين", "متمردون", "مسلحي", "مسلحو", "مسلحين",
               "ميليشيات", "مليشيات", "ميليشيا", "عناصر", "مدفعية", "بوارج")
# what a praise is of: the genitive is the one praised («أشاد بدور المملكة», «ثمن جهود الحكومة»)
_MERITS = forms("دور", "جهود", "موقف", "مواقف", "مبادرة", "مبادرات", "قرار", "إجراءات", "خطوة", "خطوات",
                "وقفة", "دعم", "مساعي")
# words that end the deed noun's phrase: the one it was done to or where («على», «ضد», «بحق», «في»)
_STOPS = forms("على", "ضد", "بحق", "في", "تجاه", "إزاء", "حيال", "عن", "إلى", "الى", "مع", "بين", "داخل",
               "أن", "إن", "بأن", "لكن", "منذ", "بعد", "قبل", "خلال", "عبر", "لدى", "نحو", "عقب", "إثر", "اثر",
               "أثناء")
# words before a noun that make it the statement's own setting, not what it is about («وأدان في تصريح …»)
_SETTING = forms("في", "عبر", "خلال")
# a doer named past the deed's relative clause or agent phrase («الذي شنه X», «من قبل X», «على يد X»)
_BY = forms("شنه", "شنها", "شنته", "شنتها", "تشنها", "يشنها", "نفذه", "نفذها", "نفذته", "نفذتها", "ارتكبه",
            "ارتكبها", "ارتكبته", "ارتكبتها", "يرتكبها", "ترتكبها", "يرتكبه", "ترتكبه", "تمارسها", "يمارسها",
            "يمارسه", "تمارسه", "يقوم", "تقوم", "يقومون", "قبل", "يد", "أيدي", "أطلقها", "أطلقه", "أدلى",
            "تبناه", "تبنته", "جانب", "طرف")
_REACH = 10  # words from the statement's verb to the deed noun
_SPAN = 6  # words from the deed noun to its doer


def _bare(form: str) -> str:
    """The form without a conjunction, a «بـ»/«لـ» and the article («وبالاعتداءات» → «اعتداءات»)."""
    f = form
    if f[:1] in "وف" and len(f) > 3:
        f = f[1:]
    if f[:1] in "بل" and len(f) > 3:
        f = f[1:]
    if f.startswith("ال") and len(f) > 4:
        f = f[2:]
    elif f.startswith("ل") and len(f) > 3:
        f = f[1:]
    return f


def _doer_after(toks: list[Tok], k: int, b: int, at: dict[int, Group], by: bool = True) -> Group | None:
    """The actor group that names who did the deed noun at token k: the first one in its genitive chain
    («تصريحات المالكي», «مصادقة لجنة التخطيط التابعة للإدارة المدنية الإسرائيلية», «التدخل الإيراني»),
    or right after a doer word past it («الذي شنه تنظيم داعش», «من قبل المسؤولين الإيرانيين»), with `by`."""
    n = 0
    j = k + 1
    while j < b and n < _SPAN:
        t = toks[j]
        if not t.word:
            if t.form in QUOTE_MARKS:
                j += 1
                continue  # «توعد بسحق «بوكو حرام»»
            return None  # a comma or a mark ends the phrase
        if (g := at.get(j)) is not None:
            return g if g.actor and g.glued[:1] not in ("ل", "ب") else None
        if by and (t.form in _BY or t.form[1:] in _BY):
            agent = next((at[i] for i in range(j + 1, min(b, j + 4)) if i in at), None)
            return agent if agent is not None and agent.actor else None
        if t.form in _STOPS or (t.form[1:] in _STOPS and t.form[:1] in "وف"):
            return None
        if t.form[:1] == "ب" and len(t.form) > 3:
            return None  # «الالتزام بنصوص ميثاق الأمم المتحدة»: what it holds to, not who does it
        if t.form in RELATIVE_PRONOUNS and not (j + 1 < b and toks[j + 1].form in _BY):
            return None  # «الهجوم الذي استهدف مسجد قوات الطوارئ»: whom it hit, not who did it
        n += 1
        j += 1
    return None


def content_doer(toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group]) -> list[str]:
    """The doer of the deed a statement with no target is about: the party named in the genitive or by the
    nisba of its first deed noun, or after «الذي شنه», «من قبل» («رفض … تصريحات المالكي», «أدانت الوزارة
    مصادقة لجنة … الإسرائيلية»), or, for a praise, whose role or efforts it praises («أشاد بدور المملكة»);
    [] when none is named or he is the speaker himself."""
    nouns = _MERITS if h.trig.type == "SUPPORT" else _CONDUCT if h.trig.type in ("DISAPPROVE", "REJECT") else _DEEDS
    at = {g.first: g for g in groups}
    inside = {i for g in groups for i in range(g.first, g.last)}
    seen = 0
    for k in range(h.last, b):
        t = toks[k]
        if not t.word:
            if t.form in SENT_END or t.form in (":", "؛", ";"):
                return []
            continue
        seen += 1
        if seen > _REACH or t.form in THAT:
            return []
        threatened = h.trig.type == "THREATEN" and t.form[:1] == "ب" and len(t.form) > 3
        strike = h.trig.type != "SUPPORT" and _bare(t.form) in _STRIKES and k + 1 < b \
            and _bare(toks[k + 1].form) in _ARMED
        setting = k > 0 and toks[k - 1].form in _SETTING
        if (threatened or strike or _bare(t.form) in nouns) and k not in inside and not setting:
            # a threat names whom it is made to before what it threatens («توعدت المقاومة … المتمردين الحوثيين
            # بالملاحقة»), or as the one the threatened deed is done to («توعد … بسحق «بوكو حرام»»)
            before = next((o for o in groups if o.last == k and o.actor and not o.glued
                           and not set(o.names) & set(source)), None) if threatened else None
            g = before or _doer_after(toks, k, b, at, not threatened)
            if g is None:
                return []
            # «انتقد المستشار … للرئيس الإيراني … السياسة … المتبعة من قبل المؤسسات الإيرانية»: the speaker's own side
            told = {n for o in groups if h.first <= o.first < min(k, g.first) or h.first - 3 <= o.last <= h.first
                    for n in o.names}
            if set(g.names) & (set(source) | told):
                return []
            return list(g.names)
    return []

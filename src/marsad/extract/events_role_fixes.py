"""Names that a statement cites, not parties to it: the body whose resolution or charter is to be kept.

«وطالب الرئيس الحوثيين بتنفيذ قرار مجلس الأمن 2216», «داعين إيران إلى الوفاء بالتزاماتها بموجب المعاهدة
وقرارات مجلس الأمن», «مطالبا بضرورة الالتزام بنصوص ميثاق الأمم المتحدة», «وتؤيد … الحل السياسي بقبول
تطبيق قرار مجلس الأمن»: the body named as the author of a document («قرار», «قرارات», «ميثاق») that is to be
carried out, kept or followed is cited as the ground of the demand or the backing; it is neither asked
nor backed nor blamed, so it is no party of the event (`cited_authors`).

A document is cited so when a word of keeping or basing stands right before it («تنفيذ», «الالتزام»,
«احترام», «تطبيق», «بموجب», «وفق», «نصوص», «في إطار», «نص عليها», «وردت في») or when it is joined by «و» to
what went before it («القوانين والأعراف الدولية وميثاق الأمم المتحدة»). A document that is itself what the
statement is about is left alone: «رحبت الحكومة بقرار مجلس الأمن», «انتقدت روسيا قرار مجلس الأمن» keep
the council as the one welcomed or criticised, and a refusal to carry out a decision («رفضت نقابة الأطباء
تنفيذ قرار الكنيست») refuses its author. A name also named elsewhere in the sentence stays.

And the doer of a condemned deed named by people and their nisba after «من قبل» («وأدانت المنامة
استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين تجاه مملكة البحرين», «من قبل مسؤولي الجمهورية
الإسلامية الإيرانية»): no entity names them, so the condemnation had no target, or only the injured side
named after «تجاه»; the nisba's country is the target, and a side named only after «تجاه», «إزاء» or
«حيال» is the injured one, no target (`nisba_doer`). Not where a party is named right after «من قبل»
(`events_statement_doer` reads that), nor where the country is the statement's own source.
"""

from __future__ import annotations

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import FROM, forms, norm
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has, previous_word
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_DOCUMENT = forms("قرار", "قرارات", "ميثاق", "مواثيق", "مقررات")  # what a body issued («قرار مجلس الأمن»)
_KEEPING = forms("تنفيذ", "التزام", "الالتزام", "احترام", "تطبيق", "بموجب", "موجب", "وفق", "وفقا", "طبقا",
                 "استنادا", "المستند", "المستندة", "مستند", "نصوص", "إطار", "اطار", "عليها", "عليه", "وردت",
                 "ورد", "يحترموا", "يحترم", "تحترم", "تلتزم", "يلتزم", "بمقتضى", "مقتضى", "قبول",
                 "مرجعية", "مرجعيات")  # «بتنفيذ قرار», «بموجب قرارات», «نص عليها قرار»
_AND = norm("و")
_REFUSAL_TYPES = frozenset(("REJECT",))  # whose object is the author's own decision
_KEEP_REACH = 2  # words back from the document noun to the word of keeping («تنفيذ قرار», «بقبول تطبيق قرار»)


def _joined(tok: Tok) -> bool:
    """True when the document noun carries «و» («وقرارات», «وميثاق»): one more ground in a list."""
    return tok.form.startswith(_AND) and tok.form[len(_AND):] in _DOCUMENT


def _kept_document(toks: list[Tok], a: int, k: int) -> bool:
    """True when token k is a document noun cited as what is to be kept or what something rests on."""
    if not (has(toks[k], _DOCUMENT) or toks[k].form in _DOCUMENT):
        return False
    if _joined(toks[k]):
        return True
    j = k
    for _ in range(_KEEP_REACH):
        j2 = previous_word(toks, a, j)
        if j2 is None:
            return False
        if has(toks[j2], _KEEPING) or toks[j2].form in _KEEPING:
            return True
        j = j2
    return False


def cited_authors(toks: list[Tok], a: int, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The event's parties named in sentence [a, b) only as the author of a cited document («بتنفيذ قرار
    مجلس الأمن», «بموجب … وقرارات مجلس الأمن», «الالتزام بنصوص ميثاق الأمم المتحدة»): no party of it."""
    if ev.type in _REFUSAL_TYPES:
        return set()  # «رفضت النقابة تنفيذ قرار الكنيست»: refusing the decision refuses its author
    out = set()
    for n in [*ev.source, *ev.target]:
        seen = [g for g in groups if n in g.names and a <= g.first < b]
        if seen and all((j := previous_word(toks, a, g.first)) is not None and _kept_document(toks, a, j)
                        for g in seen):
            out.add(n)
    return out


_DOER_TYPES = frozenset(("DISAPPROVE", "REJECT", "PROTEST", "DEMAND"))  # whose target did what they are about
_BY = forms("قبل")  # «من قبل»
_PEOPLE = forms("مسؤولي", "مسؤولين", "المسؤولين", "المسؤولون", "مسئولي", "المسئولين", "المسئولون", "قادة",
                "القادة", "عناصر", "العناصر", "مسلحين", "المسلحين", "جنود", "الجنود", "قوات", "القوات",
                "سلطات", "السلطات", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "أجهزة", "الأجهزة",
                "حكومة", "الحكومة", "الجمهورية", "النظام", "البحرية", "الشرطة", "مستوطنين", "المستوطنين",
                "المستوطنون")  # «من قبل المسؤولين الإيرانيين», «من قبل مسؤولي الجمهورية …»
_TOWARD = forms("تجاه", "إزاء", "ازاء", "حيال")  # «… تجاه مملكة البحرين»: the injured side
_NISBA_REACH = 4  # words from the people noun to its nisba («مسؤولي الجمهورية الإسلامية الإيرانية»)


def _by_at(toks: list[Tok], k: int, b: int) -> int | None:
    """Index of the word after «من قبل» when «من» stands at token k, else None."""
    if not (toks[k].word and toks[k].form in FROM):
        return None
    j = k + 1
    if j >= b or not toks[j].word or toks[j].form not in _BY:
        return None
    j += 1
    return j if j < b and toks[j].word else None


def _people_country(toks: list[Tok], k: int, b: int) -> tuple[str, int] | None:
    """The country of the nisba that qualifies the people noun at token k («المسؤولين الإيرانيين» →
    إيران) and the nisba's index, read up to `_NISBA_REACH` words on in its clause, else None."""
    if not (has(toks[k], _PEOPLE) or toks[k].form in _PEOPLE):
        return None
    for j in range(k, min(b, k + 1 + _NISBA_REACH)):
        if not toks[j].word:
            return None  # a comma or mark: the phrase has ended
        if j > k and (hit := gz.inflected_nisba_country(toks[j].form)) is not None and hit[1] == 0:
            return hit[0], j
    return None


def nisba_doer(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> tuple[str, set[str]] | None:
    """The country of the people who did what a condemnation or demand is about, named after «من قبل» by
    a people noun and its nisba («التصريحات العدائية من قبل المسؤولين الإيرانيين»), and the names of the
    event's targets named only after «تجاه»/«إزاء»/«حيال» later on (the injured side); None when no such
    phrase follows the trigger, a party is named right after «من قبل», or the country is already a party."""
    if ev.type not in _DOER_TYPES or not ev.source:
        return None
    for k in range(h.last, b):
        if toks[k].form in CLAUSE_END or toks[k].form in SENT_END:
            return None
        if (j := _by_at(toks, k, b)) is None:
            continue
        if (found := _people_country(toks, j, b)) is None:
            return None
        country, at = found
        if country in ev.source or country in ev.target or any(
                j <= g.first < at and g.binding != "mod" for g in groups):
            return None  # a party named there: `events_statement_doer`
        p = next((m for m in range(j, b) if toks[m].word and has(toks[m], _TOWARD)), None)
        hurt = set()
        if p is not None:
            hurt = {n for n in ev.target if (seen := [g for g in groups if n in g.names and g.first < b])
                    and all(g.first > p for g in seen)}
        return country, hurt
    return None


_CONDEMNING = forms("أدان", "أدانت", "دان", "دانت", "استنكر", "استنكرت", "ندد", "نددت", "شجب", "شجبت", "يدين", "تدين",
                    "يستنكر", "تستنكر", "أدانوا", "استنكروا", "نددوا", "إدانة", "استنكار", "تنديد", "إدانته",
                    "إدانتها", "استنكاره", "استنكارها", "تنديده", "تنديدها", "انتقد", "انتقدت", "ينتقد", "تنتقد",
                    "انتقدوا")  # «أدانت فرنسا مقتل …», «ندد بإعدام …»
_HARM = forms("مقتل", "استشهاد", "اغتيال", "اعتقال", "اختطاف", "خطف", "إعدام", "اعدام", "عزل", "سجن", "احتجاز",
              "حرق", "إحراق", "احراق", "تعذيب", "اعتقالات", "إصابة", "اصابة", "طرد", "ترحيل",
              "محاكمة")  # a harm noun whose genitive is who underwent it («مقتل الطفل علي دوابشة»)
_HARM_DOER = forms("قبل", "يد", "أيدي", "ايدي", "شنه", "نفذه", "نفذها", "ارتكبه", "ارتكبها", "قامت", "قام",
                   "أقدمت", "أقدم", "اقدمت", "اقدم")  # «على يد», «من قبل»: the doer follows
_HARM_REACH = 8  # words from the harm noun to the end of whom it names («اغتيال النائب العام المصري هشام بركات»)
_OBJECT_REACH = 8  # words from the condemning word to the harm noun it governs («أدانت الخارجية الأمريكية اعتقال»)


def _harm_noun(toks: list[Tok], h: Hit, b: int) -> int | None:
    """Index of the harm noun a condemning word governs («أدانت فرنسا مقتل …», «ندد بإعدام …»), among the
    first words after it in its clause; None when another noun phrase stands for its object."""
    words = [k for k in clause_words(toks, 0, h.last - 1, 1, _OBJECT_REACH) if k < b]
    return next((k for k in words if has(toks[k], _HARM) or toks[k].form in _HARM), None)


def _nisba_word(tok: Tok) -> bool:
    """True when the token is a country's nisba adjective («السعودي», «المصرية»): the state of the one
    harmed, who is often the one the condemnation is aimed at, stays."""
    hit = gz.inflected_nisba_country(tok.form)
    return hit is not None and hit[1] == 0


def harmed_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names a condemnation of a harm («أدانت فرنسا مقتل الطفل الفلسطيني علي دوابشة», «وأدانت الخارجية
    الأمريكية اعتقال الصحفي جيسون رضائيان») takes from whom the harm was done to: those named in the harm
    noun's own words, before any doer («على يد», «من قبل») or a «لـ» that names its object (then the first
    name is the doer: «اعتقال السلطات للصحفي»). They underwent it; the condemnation is aimed at its doer."""
    if ev.type not in ("DISAPPROVE", "PROTEST") or not any(
            has(toks[k], _CONDEMNING) or toks[k].form in _CONDEMNING for k in {h.first, *h.used}):
        return set()  # (the verb, or the noun of «وأبدت استنكارها لاختطاف …»)
    k = _harm_noun(toks, h, b)
    if k is None:
        return set()
    out: set[str] = set()
    words = 0
    for j in range(k + 1, b):
        t = toks[j]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                break
            continue
        words += 1
        if words > _HARM_REACH or has(t, _HARM_DOER) or t.form in _HARM_DOER:
            break
        if t.form.startswith("ل") and out:
            return set()  # «اعتقال السلطات للصحفي»: the first name did it
        out.update(n for g in groups if g.first == j and g.binding != "mod" and not g.nisba
                   and not (g.last - g.first == 1 and _nisba_word(toks[j])) for n in g.names)
    return {n for n in out if n in ev.source or n in ev.target}

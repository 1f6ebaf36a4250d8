"""Men named by what they are and whose they are: the party they belong to acts.

News often names the doers of a deed not by their party but by a head noun of men or forces and the party
they belong to, after «التابع لـ» or «الموالي لـ»: «ورفضت القوات التابعة للحوثيين الانسحاب من المدينة»,
«وهدد مسلحون تابعون لتنظيم داعش بقتل الرهائن», «ورفض بعض القادة العسكريين الموالين للرئيس المخلوع
المشاركة في القتال». The entity layer names only the party («الحوثيين», «داعش»); its «لـ» makes the
word-order rules read it as the one the deed was done to, and the head noun, when read at all, is the source
(«مسلحون تابعون» → داعش as target). The same holds before the verb, after «إن»/«أن»: «وقالت المصادر إن
بعض قادة الفرق التابعة للحوثيين رفضوا المشاركة».

`affiliated_source` finds such a subject right after a verb (VSO) or right before it, opening its clause
after «إن»/«أن» (SVO): an optional partitive («بعض», «عدد من»), a head noun of men or forces (`_HEADS`), at
most `_MAX_WORDS` further words of the phrase (adjectives, a genitive: «الفرق العسكرية»), the affiliation
word and the named party glued to «لـ». That party is then the source, taken out of the target, and a
source read off the head phrase itself is dropped. A thing owned by a party («مواقع تابعة للحوثيين»,
«مناطق تابعة لمحافظة») has no head of men and is left alone, and so is a phrase with a named party of its
own between the verb and the affiliation word (that party is the subject: «قصف طيران التحالف مواقع …»).
Only statements (threats, refusals, demands …: the `needs_source` types) are read so: after a deed's verb
such men are as often its object («واعتقلت عناصر تابعين لداعش», «هاجموا القوات الموالية لـ …»), and after
a verb that carries its plural subject («رفضوا») or in ـين right after the verb they are its object too.
"""

from __future__ import annotations

from collections.abc import Collection

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import CLAUSE_MARKS, Tok, has
from marsad.extract.events_triggers import Hit

# men or forces that belong to a party («القوات», «مسلحون», «قادة», «عناصر»), with or without the article
_HEADS = forms(
    "قوات", "القوات", "قوة", "القوة", "وحدات", "الوحدات", "مسلحون", "مسلحين", "مسلحو", "مسلحي", "المسلحون",
    "المسلحين", "مقاتلون", "مقاتلين", "مقاتلو", "مقاتلي", "المقاتلون", "المقاتلين", "عناصر", "العناصر",
    "قادة", "القادة", "قيادات", "القيادات", "قياديون", "قياديين", "القياديون", "القياديين", "ضباط",
    "الضباط", "جنود", "الجنود", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "ميليشيا", "مليشيا",
    "الميليشيا", "المليشيا", "فصائل", "الفصائل", "كتائب", "الكتائب", "مجموعات", "المجموعات", "مجموعة",
    "المجموعة", "جماعات", "الجماعات", "لجان", "اللجان", "أفراد", "الأفراد", "أنصار", "الأنصار",
)
# «التابعة لـ», «الموالين لـ»: belonging to
_AFFILIATED = forms(
    "التابع", "التابعة", "التابعين", "التابعون", "تابع", "تابعة", "تابعين", "تابعون", "الموالي", "الموالية",
    "الموالين", "الموالون", "موال", "موالي", "موالية", "موالين", "موالون",
)
_PARTITIVE = forms("بعض", "عدد", "عددا", "عشرات", "مئات", "أحد", "إحدى")
_FROM = norm("من")
_THAT = forms("أن", "إن", "بأن", "وأن", "وإن", "فإن")
_PLURAL_VERB = ("وا", "ون")  # «رفضوا», «يرفضون»: the verb carries its own plural subject
_MEN = ("ين", "ون")  # «موالين», «الموالون»: a plural of men, who may stand for the head noun
_MAX_WORDS = 3  # words between the head noun and the affiliation word («القادة العسكريين», «الفرق العسكرية»)


def _head_phrase(toks: list[Tok], k: int, stop: int, oblique_off: bool = False) -> int | None:
    """The index of the affiliation word of a phrase opening at token k («بعض القادة العسكريين التابعين»),
    past an optional partitive and a head noun of men (with `oblique_off`, not one in ـين: after a verb such a
    head is its object, «قتلوا مسلحين تابعين لـ …»); None when the phrase is not one."""
    while k < stop and not toks[k].word:
        k += 1
    if k < stop and toks[k].form in _PARTITIVE:
        k += 1
        if k < stop and toks[k].form == _FROM:
            k += 1
    if k < stop and toks[k].form in _AFFILIATED and toks[k].form.endswith(_MEN):
        return k  # «إن موالين للحوثي قصفوا …»: loyal men with no head noun
    if k >= stop or not (toks[k].form in _HEADS or has(toks[k], _HEADS)):
        return None
    if oblique_off and toks[k].form.endswith("ين"):
        return None
    for m in range(k + 1, min(stop, k + 2 + _MAX_WORDS)):
        t = toks[m]
        if not t.word or t.form in CLAUSE_MARKS:
            return None
        if t.form in _AFFILIATED:
            return m
    return None


def _party_after(toks: list[Tok], m: int, groups: list[Group]) -> Group | None:
    """The named party glued to «لـ» right after the affiliation word at m («للحوثيين», «لتنظيم داعش»)."""
    g = next((g for g in groups if g.first == m + 1), None)
    if g is None or not g.actor or g.is_loc or not toks[g.first].form.startswith("ل"):
        return None
    return g


def _free_of_parties(groups: list[Group], start: int, end: int) -> bool:
    """True when no named party stands in tokens [start, end)."""
    return not any(start <= g.first < end for g in groups)


def _subject_after(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> tuple[int, Group] | None:
    """VSO: the affiliated phrase right after the verb («ورفضت القوات التابعة للحوثيين …»); not after a verb
    that carries its plural subject («هاجموا القوات الموالية لـ …»: the forces are its object)."""
    if toks[h.first].form.endswith(_PLURAL_VERB):
        return None
    m = _head_phrase(toks, h.after, b, oblique_off=True)
    if m is None or not _free_of_parties(groups, h.after, m):
        return None
    g = _party_after(toks, m, groups)
    return (h.after, g) if g is not None else None


def _subject_before(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> tuple[int, Group] | None:
    """SVO: «إن بعض قادة الفرق التابعة للحوثيين رفضوا …»: the party ends right before the verb, and the
    phrase opens right after «إن»/«أن»."""
    g = next((g for g in groups if g.last == h.first), None)
    if g is None:
        return None
    lo = max(a, g.first - 4 - _MAX_WORDS)
    opens = next((k + 1 for k in range(g.first - 2, lo - 1, -1) if toks[k].form in _THAT), None)
    if opens is None and lo == a:
        opens = a  # «مسلحون موالون لإيران قصفوا …»: the phrase opens the sentence
    if opens is None:
        return None
    m = _head_phrase(toks, opens, g.first)
    if m == g.first - 1 and _free_of_parties(groups, opens, m) and _party_after(toks, m, groups) is g:
        return opens, g
    return None


def affiliated_source(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group],
                      source: list[str], target: list[str], said: Collection[str]) -> tuple[list[str], list[str]]:
    """Source and target of a verb whose subject is men named by the party they belong to («وهدد مسلحون
    تابعون لتنظيم داعش …» → داعش): that party, out of the target; a source read off the head phrase is
    dropped. Only for the types of `said` (statements: a deed's verb may have such men as its object, «واعتقلت
    عناصر تابعين لداعش»). Unchanged when the verb has no such subject or a named source of its own."""
    if h.trig.pos not in ("v", "x"):
        return source, target
    if h.trig.type in said:
        found = _subject_after(toks, h, b, groups) or _subject_before(toks, a, h, groups)
    else:  # a deed: only a subject before its verb («إن مسلحين موالين للحوثي قصفوا …»)
        found = _subject_before(toks, a, h, groups)
    if found is None:
        return source, target
    start, g = found
    phrase = text[toks[start].start:toks[g.first].start]
    if any(n not in phrase for n in source):
        return source, target  # a source of its own, named elsewhere
    owner = list(g.names)
    affiliated = {norm(w) for w in phrase.split()}
    return owner, [n for n in target if n not in owner and norm(n) not in affiliated]

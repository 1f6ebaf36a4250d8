"""Obvious parties no entity names, read off the noun phrase the event's construction points at.

The readings before this one take a named party, or people right after the verb; where the party is
people named by what they are and something stands between, it is lost. Read here, for an event with a
source and no target:
- a meeting's other party after «مع», past only the subject, time words, a place and commas: «عقد الوزير
  في مكتبه بجدة، اجتماعاً مع وكلاء الوزارة ومديري الإدارات», «واجتمع الأمير مع مشايخ القبائل», «لدى
  اجتماعه أمس، مع عدد من النشطاء» (`met_people`); a purpose's «مع» («لإبداء تضامنهم مع …») is not it;
- the people a demand verb asks, past a long subject and right before what is asked («وناشدت الأمانة
  وإدارة مرور المنطقة المواطنين والمقيمين أخذ الحيطة») (`asked_people`); nothing inside what is asked;
- whose efforts a praise commends («ونوه بما يقوم به أهالي الباحة», «بالجهود التي يبذلها العاملون»)
  (`praised_doers`);
- the people an arrest verb took, named by an indefinite noun or a nisba («واعتقلت الشرطة مغربيا
  وجزائريا», «اعتقلت قوات الاحتلال طفلا», «عشرات المشتبه بهم») (`arrested_people`).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit

_WITH = norm("مع")
WITH_REACH = 10  # tokens from the end of the meeting's trigger to «مع»
# what ends the stretch a meeting's «مع» may be looked for in: a new clause or a second deed
_BREAKS = frozenset(norm(w) for w in (
    "و", "كما", "ثم", "حيث", "بعد", "قبل", "حول", "بشأن", "لبحث", "لمناقشة", "عن", "على", "إلى", "الى", "من",
    "الذي", "التي", "الذين", "أن", "إن", "ان", "أنه", "انه", "فيما", "بينما"))


def _with_at(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str]) -> int | None:
    """The index of the «مع» that brings in the other party of the meeting at `h`: the first «مع» within
    reach after the trigger, with only the source's names, words of time or place and commas before it
    (no other party named, no clause break); None when there is none."""
    named = {g.first: g for g in groups}
    k = h.last
    stop = min(b, h.last + WITH_REACH)
    while k < stop:
        t = toks[k]
        if t.form == _WITH:
            return k
        if not t.word and t.form not in (",", "،"):
            return None  # «.», «:», a bracket: the clause has ended
        g = named.get(k)
        if t.form in _BREAKS or (g is None and t.form[:1] == "ل" and not t.form.startswith("ال")):
            return None  # «زار … سوسيا لإبداء تضامنهم مع …»: a purpose's «مع» is the purpose's own
        if g is not None and g.actor and not g.is_loc and not set(g.names) <= set(source):
            return None  # another party stands between: the rules chose among named ones
        k = g.last if g is not None and g.last > k else k + 1
    return None


# broken plurals naming people by their office or standing, heads of a people phrase no entity names
_PEOPLE_HEADS = frozenset(norm(w) for w in (
    "وكلاء", "مديري", "مديرو", "رؤساء", "أعضاء", "مشايخ", "شيوخ", "أعيان", "وجهاء", "قادة", "قيادات", "زعماء",
    "ممثلي", "ممثلو", "منسوبي", "منسوبو", "منتسبي", "موظفي", "موظفو", "مسؤولي", "مسؤولو", "سفراء", "علماء",
    "خبراء", "أمناء", "عمداء", "نظراء", "نظرائه", "نظرائهم", "ضباط", "رجال", "أهالي", "ذوي", "أسر", "عائلات",
    "طلاب", "طلبة", "معلمي", "مندوبي", "محافظي", "أمراء", "وزراء", "نواب", "ممثلين", "مسؤولين", "أبناء",
    "شباب", "عدد", "عددا", "مجموعة", "وفد", "وفدا", "أطراف"))
_QUANTITY_OF = frozenset(norm(w) for w in ("عدد", "عددا", "مجموعة", "بعض", "جميع", "كافة", "كل"))
_FROM = norm("من")
PHRASE_WORDS = 4  # words of one people phrase at most («عدد من النشطاء السياسيين»)


def _head_form(form: str) -> str:
    """A folded word without its article («الوكلاء» → «وكلاء»)."""
    return form[2:] if form.startswith("ال") and len(form) > 4 else form


def _people_head(form: str, L: Lexicon) -> bool:
    """True for a word that can head a phrase naming people: a listed plural of office or standing, a
    word of the lexicon's crews, or a sound masculine plural («المواطنين», «المسؤولين»)."""
    bare = _head_form(form)
    return bare in _PEOPLE_HEADS or form in _PEOPLE_HEADS or bare in L.words["crew"] \
        or (len(bare) >= 6 and bare.endswith("ين") and not bare.endswith("يين"))


def _past_quantity(toks: list[Tok], k: int, b: int) -> int:
    """The token after a quantity at k («عدد من», «جميع», «بعض»), or k when none stands there."""
    if k < b and toks[k].form in _QUANTITY_OF:
        k += 1
        if k < b and toks[k].form == _FROM:
            k += 1
    return k


def _people_phrase(text: str, toks: list[Tok], k: int, b: int, taken: set[int], L: Lexicon) -> tuple[str, int] | None:
    """A people phrase at token k («وكلاء الوزارة», «عدد من النشطاء السياسيين», «المواطنين»): its text and
    the token after it; None when no people head opens it or a name the entity layer found lies in it."""
    j = _past_quantity(toks, k, b)
    if j >= b or j in taken or not toks[j].word or not _people_head(toks[j].form, L):
        return None
    if toks[j].form in _QUANTITY_OF and j == k:
        return None  # «عددا» alone: how many, not who
    end = j + 1
    while end < b and end - k < PHRASE_WORDS and end not in taken and toks[end].word \
            and toks[end].form.startswith("ال") and toks[end].form not in L.words["np_stop"]:
        end += 1  # «وكلاء الوزارة», «النشطاء السياسيين»: its genitive and adjectives
    return text[toks[k].start:toks[end - 1].end], end


OWNER_REACH = 4  # tokens after a people phrase in which a named body or country may own it


def _of_named(toks: list[Tok], end: int, b: int, groups: list[Group]) -> bool:
    """True when a party the entity layer names follows the people phrase ending at `end` within
    OWNER_REACH tokens, with no clause mark between («مع المسؤولين في وزارة النقل المصرية»): the people are
    that party's, which the other readings name."""
    for k in range(end, min(b, end + OWNER_REACH)):
        if toks[k].form in CLAUSE_END:
            return False
        if any(g.first == k and g.actor for g in groups):
            return True
    return False


def met_people(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
               skip: frozenset[int], L: Lexicon) -> list[str]:
    """The people no entity names whom the meeting at `h` was held with («اجتماعاً مع وكلاء الوزارة
    ومديري الإدارات» → both phrases, «مع عدد من النشطاء السياسيين»); [] when the meeting has no «مع»
    within reach or no people phrase follows it."""
    if h.trig.type != "CONSULT" or not source:
        return []
    k = _with_at(toks, h, b, groups, source)
    if k is None:
        return []
    taken = {j for g in groups if g.actor for j in range(g.first, g.last)}
    some = _past_quantity(toks, k + 1, b)
    group = next((g for g in groups if g.first == some and g.actor and not g.is_loc and not g.glued), None)
    if some > k + 1 and group is not None:  # «مع عدد من النشطاء»: some of a group the lexicon names
        return [n for n in group.names if n not in source]
    got = _people_phrase(text, toks, k + 1, b, taken, L)
    if got is None or _of_named(toks, got[1], b, groups):
        return []
    out, end = [got[0]], got[1]
    if end < b and toks[end].form.startswith("و") and len(toks[end].form) > 3 and end not in taken:
        # «ومديري الإدارات»: a second people phrase joined by «و»
        t = toks[end]
        bare = replace(t, form=t.form[1:], start=t.start + 1)
        more = _people_phrase(text, [*toks[:end], bare, *toks[end + 1:]], end, b, taken, L)
        if more is not None:
            out.append(more[0])
    return [n for n in out if n not in source]


# what follows the one a demand asks: the deed asked for («إلى», «بـ», «على», «أن»)
_ASKED_FOR = frozenset(norm(w) for w in ("إلى", "الى", "على", "أن", "بأن", "ان", "بان"))
ASKED_REACH = 12  # tokens from the demand verb to the people it asks


def _asks_next(toks: list[Tok], k: int, b: int) -> bool:
    """True when the token at k opens what a demand asks for: «إلى», «على», «أن», or a word with «بـ»
    glued on («بعقد», «بضرورة», «بالتدخل»)."""
    if k >= b or not toks[k].word:
        return False
    f = toks[k].form
    return f in _ASKED_FOR or (f[:1] == "ب" and len(f) > 3)


def asked_people(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                 L: Lexicon) -> list[str]:
    """The people no entity names whom a demand verb asks, standing right before what is asked of them,
    past a subject the rules read («وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد
    اجتماع», «وناشدت الأمانة وإدارة المرور المواطنين والمقيمين أخذ الحيطة»): the first people phrase after
    the source's last name that no preposition governs and that is followed by «إلى», «بـ», «على», «أن» or
    a second one joined by «و»; [] when none."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v" or not source:
        return []
    taken = {j for g in groups if g.actor for j in range(g.first, g.last)}
    ends = [g.last for g in groups if set(g.names) & set(source) and h.last <= g.first < h.last + ASKED_REACH]
    k = max([*ends, _after_phrase(text, toks, h.last, b, source)], default=h.last)
    stop = min(b, h.last + ASKED_REACH)
    while k < stop:
        t = toks[k]
        if not t.word or t.form in _BREAKS or _asks_next(toks, k, b):
            return []  # past the one asked: what is asked of him («بضبط الأسعار وإلزام الشركات»)
        if t.form.startswith("و") and t.form not in _PEOPLE_HEADS:
            k += 1  # «وإدارة مرور المنطقة», «… والسائقين»: «و» joins what goes before, no one asked
            continue
        prev = toks[k - 1].form if k > 0 else ""
        governed = prev in L.words["prep_any"] or (t.form[:1] in ("ب", "ل") and not t.form.startswith("ال"))
        genitive = k - 1 >= h.last and toks[k - 1].word and k - 1 not in taken and t.form.startswith("ال") \
            and not prev.startswith("ال")  # «ونطالب رئيس الوزراء»: «الوزراء» only says whose head is asked
        got = None if governed or genitive or k in taken else _people_phrase(text, toks, k, b, taken, L)
        if got is not None:
            phrase, end = got
            out = [phrase]
            if end < b and toks[end].form.startswith("و") and len(toks[end].form) > 3 and end not in taken:
                more = _people_phrase(text, [*toks[:end], replace(toks[end], form=toks[end].form[1:],
                                                                  start=toks[end].start + 1), *toks[end + 1:]],
                                      end, b, taken, L)
                if more is not None:
                    out.append(more[0])
                    end = more[1]
            if _asks_next(toks, end, b) or len(out) > 1:
                return [n for n in out if n not in source]
            return []
        k += 1
    return []


def _after_phrase(text: str, toks: list[Tok], k: int, b: int, names: list[str]) -> int:
    """The token after the first of `names` written out in the text from token k on («أهالي القرية» read
    off the words as the subject); k when none is."""
    if k >= b:
        return k
    lo, hi = toks[k].start, toks[b - 1].end
    best = k
    for name in names:
        at = text.find(name, lo, hi)
        if at < 0:
            continue
        end = at + len(name)
        best = max(best, next((j for j in range(k, b) if toks[j].start >= end), b))
    return best


# the praised deed's noun («بجهود», «بالجهود», «بدور»), and «بما» opening «بما يقوم به X»
_EFFORTS = frozenset(norm(w) for w in (
    "جهود", "بجهود", "الجهود", "بالجهود", "جهودا", "بدور", "بالدور", "دور", "الدور", "بما", "ما", "بعمل", "بأداء",
    "بتعاون", "تعاون"))
_WHAT = frozenset(norm(w) for w in ("بما", "ما"))
# a relative clause's verb of doing whose subject is the one praised («التي يبذلها X», «بما يقوم به X»)
_DOING = frozenset(norm(w) for w in (
    "يبذلها", "تبذلها", "بذلها", "بذلتها", "بذلوها", "يبذلونها", "يبذله", "تبذله", "بذله", "بذلته", "يقدمها",
    "تقدمها", "قدمها", "قدمته", "يقدمه", "تقدمه", "قدمه", "يقوم", "تقوم", "قام", "قامت", "يقومون", "قاموا",
    "تلعبه", "يلعبه", "لعبه", "لعبته"))
_WITH_IT = frozenset(norm(w) for w in ("به", "بها", "بهم"))
_WHICH = frozenset(norm(w) for w in ("التي", "الذي"))
EFFORT_REACH = 4  # tokens from the praise trigger to the effort noun


def praised_doers(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                  L: Lexicon) -> list[str]:
    """Whose efforts a praise commends, the one praised («أشاد الأمير بجهود منسوبي الدفاع المدني»,
    «بالجهود التي يبذلها رجال الأمن», «ونوه بما يقوم به أهالي المنطقة»): a named party, or people no
    entity names, right after the effort noun or after the verb of doing of its relative clause; []
    when the praise names no effort within reach or no party stands there."""
    if h.trig.type != "SUPPORT" or not source:
        return []
    k = next((j for j in range(h.last, min(b, h.last + EFFORT_REACH)) if toks[j].form in _EFFORTS), None)
    if k is None or any(not toks[j].word for j in range(h.last, k)):
        return []
    j = k + 1
    if j < b and toks[j].form in _WHICH:
        j += 1
    if j < b and toks[j].form in _DOING:
        j += 1
        if j < b and toks[j].form in _WITH_IT:
            j += 1
    elif toks[k].form in _WHAT or j > k + 1:
        return []  # «بما» or «الجهود التي» with no verb of doing: not whose effort
    if j >= b:
        return []
    g = next((g for g in groups if g.first == j), None)
    if g is not None:
        names = list(g.names) if g.actor and not g.is_loc and not g.glued else []
        return [n for n in names if n not in source]
    taken = {i for g in groups if g.actor for i in range(g.first, g.last)}
    got = _people_phrase(text, toks, j, b, taken, L)
    return [got[0]] if got is not None and got[0] not in source else []


_ON = norm("على")
_TENS = frozenset(norm(w) for w in ("عشرات", "العشرات", "مئات", "عددا", "عدد"))
ARREST_LEAD = 4  # doer, time words and «على» stepped over after an arrest's trigger


def _indefinite_person(form: str, L: Lexicon) -> bool:
    """True for an indefinite accusative noun naming one person: a person noun («طفلا», «شابا») or a
    nisba («مغربيا», «باكستانيا»)."""
    if form.startswith("ال") or not form.endswith("ا") or len(form) < 4:
        return False
    return form in L.words["person_nouns"] or (form[:-1].endswith("ي") and len(form) >= 5)


def arrested_people(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                    skip: frozenset[int], L: Lexicon) -> list[str]:
    """Whom an arrest verb took where no entity names them: one person by an indefinite noun or a nisba
    and what joins or describes it («واعتقلت الشرطة الفرنسية أمس مغربيا وجزائريا», «اعتقلت قوات الاحتلال
    طفلا», «شابا فلسطينيا»), or tens of people («عشرات المشتبه بهم»), right after the doer and time words;
    [] when none stands there."""
    if h.trig.type != "COERCE" or h.trig.mode != "arrest" or h.trig.pos != "v" or not source:
        return []
    at = {g.first: g for g in groups}
    k = max([h.last, *(j + 1 for j in h.used)])
    for _ in range(ARREST_LEAD):
        g = at.get(k)
        if g is not None and set(g.names) & set(source):
            k = g.last
        elif k < b and (k in skip or toks[k].form in L.words["adverb"] or toks[k].form == _ON):
            k += 1
        else:
            break
    if k >= b or not toks[k].word or k in at:
        return []
    if toks[k].form in _TENS and k + 1 < b and toks[k + 1].word and k + 1 not in at:
        end = k + 2 if toks[k + 1].form != norm("من") else k + 3
        if end > b or not (_people_head(toks[end - 1].form, L) or toks[end - 1].form in L.words["suspect_nouns"]):
            return []
        if end < b and toks[end].form in _WITH_IT:
            end += 1  # «عشرات المشتبه بهم»
        return [text[toks[k].start:toks[end - 1].end]]
    if not _indefinite_person(toks[k].form, L):
        return []
    out = [text[toks[k].start:toks[k].end]]
    j = k + 1
    if j < b and j not in at and toks[j].word and not toks[j].form.startswith("و") \
            and _indefinite_person(toks[j].form, L) and toks[j].form[:-1].endswith("ي"):
        out[0] = text[toks[k].start:toks[j].end]  # «شابا فلسطينيا»: the nisba describes him
        j += 1
    if j < b and j not in at and toks[j].form.startswith("و") and _indefinite_person(toks[j].form[1:], L):
        out.append(text[toks[j].start + 1:toks[j].end])  # «مغربيا وجزائريا»
    return out

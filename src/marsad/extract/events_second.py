"""The second party named away from the verb, inside its sentence.

The word-order rules read a verb's object right after its subject. An aside often stands between them:
an apposition between commas («وطالب X، ولي أمر طالبة، مسؤولي التعليم بـ»), the medium of the
statement («ودعت الحكومة، في بيان لها أمس، المجتمع الدولي إلى …», «مناشدا في هذا الصدد المنظمات …»)
or the place of a meeting («والتقى الرئيس في القاهرة أمس وزير الخارجية …»). `second_party` steps over
such asides and reads the party after them: for an asking, accusing or threatening verb only where the
complement that tells what was asked or charged follows it («بـ», «إلى», «على», «لـ»; so a plain topic
is never taken for the addressee; with no aside, a title right after a name is the name's own), for a
meeting verb a named party, for an attack or arrest the people, the site or the named party.
Also: the one thanked, praised or congratulated after «لـ» or «إلى» (`thanked_party`; and the subject
the rules took for him, `thanked_subject`), a suspect a definite noun names after an arrest
(`arrested_suspect`: «ألقت الشرطة القبض على المتهم»), and what an attack noun's relative clause says
it hit (`struck_by_deed`: «الهجوم الانتحاري الذي استهدف في سروج ناشطين مؤيدين»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import (
    counted,
    described_person,
    noun_subject,
    party_phrase,
    people,
    site,
    some_of,
)
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

ASKING = frozenset(("DEMAND", "DISAPPROVE", "THREATEN"))  # verbs whose object is followed by what is asked or charged
MEETING = frozenset(("CONSULT",))  # verbs whose second party may follow after a place
DEEDS = frozenset(("ASSAULT", "COERCE"))  # deeds done to someone: the victims may follow after a place
APPOSITION_REACH = 12  # words of an apposition between commas
_COMMAS = frozenset(("،", ","))
_MEDIUM_PREPS = frozenset(norm(w) for w in ("في", "خلال"))
_MEDIUM = frozenset(norm(w) for w in (
    "بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "تصريحه", "تصريحها", "كلمة", "كلمته", "كلمتها",
    "رسالة", "رسالته", "رسالتها", "خطاب", "خطابه", "مؤتمر", "مؤتمره", "حديث", "حديثه", "حديثها",
    "مقابلة", "بيانا", "تغريدة", "تغريدات", "خطبة", "خطبته"))
_MEDIUM_TAIL = frozenset(norm(w) for w in (
    "له", "لها", "لهم", "صحفي", "صحافي", "صحفية", "صحافية", "رسمي", "رسمية", "مشترك", "مشتركة",
    "صدر", "أصدره", "أصدرته", "نشر", "نشرته", "ألقاها", "القاها"))
_SAME = frozenset(norm(w) for w in ("ذاته", "نفسه"))
_THIS = frozenset(norm(w) for w in ("هذا", "هذه"))
_COMPLEMENT_WORDS = frozenset(norm(w) for w in ("إلى", "الى", "على", "بضرورة", "بأن", "بان", "مسؤولية"))
_WITH = norm("مع")


def _is_comma(t: Tok) -> bool:
    """True for a comma token, Arabic or Latin."""
    return not t.word and t.form in _COMMAS


def _apposition_end(toks: list[Tok], k: int, b: int) -> int | None:
    """The token after the closing comma of an apposition opening with a comma at token k
    («، ولي أمر طالبة،», «، في بيان لها أمس،»), or None when no comma closes it within a few words or
    the sentence ends first."""
    if k >= b or not _is_comma(toks[k]):
        return None
    words = 0
    for j in range(k + 1, min(b, k + 2 * APPOSITION_REACH)):
        t = toks[j]
        if _is_comma(t):
            return j + 1 if words else None
        if t.word:
            words += 1
            if words > APPOSITION_REACH:
                return None
        elif t.form in (".", "؛", ";", ":", "!", "؟", "?"):
            return None
    return None


def _medium_end(toks: list[Tok], k: int, b: int, skip: frozenset[int]) -> int | None:
    """The token after a short phrase naming where a statement was made, opening at token k («في بيان
    لها أمس», «خلال مؤتمر صحفي», «في هذا الصدد»), or None when none opens there."""
    if k + 1 >= b or toks[k].form not in _MEDIUM_PREPS:
        return None
    j = k + 1
    if toks[j].form in _THIS and j + 1 < b and toks[j + 1].word:
        return j + 2  # «في هذا الصدد»
    if toks[j].form == norm("الوقت") and j + 1 < b and toks[j + 1].form in _SAME:
        return j + 2  # «في الوقت ذاته»
    if toks[j].form not in _MEDIUM:
        return None
    j += 1
    while j < b and (j in skip or toks[j].form in _MEDIUM_TAIL):
        j += 1
    return j


def _place_end(toks: list[Tok], k: int, b: int, groups: list[Group]) -> int | None:
    """The token after «في» and a place at token k («في القاهرة», «في جدة»), or None."""
    if k + 1 >= b or toks[k].form != norm("في"):
        return None
    g = next((g for g in groups if g.first == k + 1), None)
    return g.last if g is not None and g.is_loc and not g.force and not g.glued else None


def _past_asides(toks: list[Tok], k: int, b: int, groups: list[Group], skip: frozenset[int],
                 adverbs: frozenset[str], places: bool) -> tuple[int, bool]:
    """Token k moved past time words, adverbs and asides (an apposition between commas, a statement's
    medium, with `places` a place after «في»), and whether any aside was stepped over."""
    aside = False
    for _ in range(6):
        if k >= b:
            break
        if k in skip or toks[k].form in adverbs:
            k += 1
            continue
        end = _apposition_end(toks, k, b) or _medium_end(toks, k, b, skip) \
            or (_place_end(toks, k, b, groups) if places else None)
        if end is None:
            break
        k, aside = end, True
    return k, aside


def _complement(toks: list[Tok], k: int, b: int) -> bool:
    """True when the word at token k says what was asked or charged: a glued «بـ» or «لـ» on a noun
    («بمقابلة», «بالتحرك», «للتحرك»), or «إلى», «على», «بضرورة», «مسؤولية»."""
    if k >= b or not toks[k].word:
        return False
    f = toks[k].form
    return f in _COMPLEMENT_WORDS or (len(f) > 3 and f[:1] in ("ب", "ل") and f[1:2] != "ه")


SUBJECT_REACH = 9  # words of a subject with its title («الأمين العام للأمم المتحدة بان كي مون»)
_HONORIFIC = frozenset(norm(w) for w in ("سموه", "معاليه", "سماحته", "فخامته", "سعادته", "فضيلته"))
_PREPS = frozenset(norm(w) for w in ("على", "إلى", "الى", "مع", "ضد", "عن", "من", "في", "خلال"))


ADJECTIVE_REACH = 3  # adjectives after an object before what it is asked («الإقليمية والدولية المعنية»)


def _past_adjectives(toks: list[Tok], k: int, b: int, L: Lexicon) -> int:
    """Token k moved past definite adjectives that go on describing the noun before it, «و» joining them
    («المنظمات الإقليمية والدولية المعنية»: past «والدولية المعنية»)."""
    W = L.words
    for _ in range(ADJECTIVE_REACH):
        if k >= b or not toks[k].word:
            break
        f = toks[k].form
        f = f[1:] if f.startswith("وال") else f
        if not f.startswith("ال") or not (f in W["def_adjective"] or f.endswith(("يه", "يين", "يون"))):
            break
        k += 1
    return k


def _subject_end(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
                 skip: frozenset[int], L: Lexicon) -> int | None:
    """The token after the verb's subject: after the verb where the subject stands before it («إن الحكومة
    دعت»); after the words right after the verb, up to the first mark or preposition, where a named
    party among them or the noun phrase they make is the subject («وحث الأمين العام للأمم المتحدة بان
    كي مون،»); None otherwise (the subject is read from further off, so word order says nothing of
    what follows the verb)."""
    if any(g.last == h.first and set(g.names) & set(source) for g in groups):
        return h.last
    k = h.last
    while k < b and k in skip:
        k += 1
    phrase, end = noun_subject(text, toks, k, b, groups, L, skip)
    if phrase and phrase == source:
        return end
    if k < b and toks[k].form in _HONORIFIC:
        return k + 1  # «ودعا سماحته، …»: the honorific stands for the subject
    j, last = k, None
    while j < b and j - k < SUBJECT_REACH and toks[j].word and j not in skip and toks[j].form not in _PREPS:
        g = next((g for g in groups if g.first == j), None)
        if g is None:
            j += 1
            continue
        if g.glued.startswith(("و", "ف")) or not (set(g.names) & set(source) or g.person):
            break  # «ودعا الرئيس وحزبه», a second party: the subject ends before it
        last = j = g.last
    return last


def _merged_place(toks: list[Tok], k: int, b: int, groups: list[Group]) -> list[str]:
    """The party of a group that opens with a place after «في» at token k («في جدة بوزير الخارجية
    الأمريكي جون كيري»: the place and the titled person run together, the person's names begin later
    than the group): its names, or [] when no such group stands there."""
    if k + 1 >= b or toks[k].form != norm("في"):
        return []
    g = next((g for g in groups if g.first == k + 1), None)
    if g is None or g.is_loc or not g.actor or not g.person or not g.names \
            or norm(g.names[0]).split()[0] == toks[g.first].form:
        return []
    return list(g.names)


def _victims(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], source: list[str],
             skip: frozenset[int], L: Lexicon) -> list[str]:
    """Who or what a deed was done to, named at token k after an aside: a named party standing alone, or
    people, a number of them or a site the words there name («قصفت الميليشيات في تعز، موقعا مخصصا …»)."""
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        return [] if not g.actor or g.is_loc or g.glued else [n for n in g.names if n not in source]
    names = noun_subject(text, toks, k, b, groups, L, skip, victims=True)[0]
    return [n for n in names if n not in source and (counted(n) or people(n) or described_person(n) or site(n))]


_THANKS_HEADS = ("شكر", "تقدير", "امتنان", "تهنئة", "تهاني", "تهنئت", "ثناء", "عرفان", "تعازي")
_THANKS_TAIL = frozenset(norm(w) for w in (
    "الجزيل", "العميق", "البالغ", "الخالص", "الكبير", "الوافر", "وعرفانه", "وامتنانه", "وتقديره", "وتقديرها",
    "وتقديرهم", "والتقدير", "والامتنان", "والعرفان", "والثناء", "وثناءه"))
_TO = frozenset(norm(w) for w in ("إلى", "الى"))
_OWNED = frozenset(norm(w) for w in ("جهود", "مواقف", "موقف", "دور", "مجهود", "مجهودات", "وقفة"))
_HONOR_NOUNS = frozenset(norm(w) for w in ("مقام", "سمو", "معالي", "فخامة", "سعادة", "فضيلة", "سماحة"))
THANKS_PHRASE = 4  # words of the party thanked
THANKS_REACH = 5  # words between the thanks noun and the «لـ» of whom it is given to


def _thanks_word(form: str) -> bool:
    """True for a noun of thanks, praise, congratulation or condolence («شكره», «الشكر», «تقديره», «التهاني»)."""
    f = form[2:] if form.startswith("ال") else form
    f = norm(f)
    return any(f.startswith(norm(w)) for w in _THANKS_HEADS)


def _given_to(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The party a «لـ» at token k gives thanks to: a named party («لسامي المطيري», «للمملكة», «لمقام خادم
    الحرمين الشريفين»), the owner of a stance or an effort named after it («لمواقف المملكة»), or people or
    a body no entity names, up to a preposition, a mark or «و» («للقائمين على اللجنة», «لإدارة المستشفى
    والطاقم الطبي»); [] otherwise."""
    t = toks[k]
    at = {g.first: g for g in groups}
    g = at.get(k)
    if g is not None:
        return list(g.names) if g.actor and g.binding not in ("loc", "skip") else []
    bare = "ال" + t.form[2:] if t.form.startswith("لل") else t.form[1:]
    if bare in _OWNED or bare in _HONOR_NOUNS:
        g = at.get(k + 1)
        return list(g.names) if g is not None and g.actor and not g.glued else []
    forms, end = [bare], k + 1
    while end < b and len(forms) < THANKS_PHRASE and toks[end].word and end not in at:
        f = toks[end].form
        if len(f) < 2 or f in L.words["prep_any"] or f in L.words["np_stop"] or f in L.words["relative"] \
                or (f[:1] in ("و", "ف", "ب", "ل") and not f.startswith("ال")):
            break
        forms.append(f)
        end += 1
    if end < b and end in at and at[end].is_loc and not at[end].glued and not forms[-1].startswith("ال"):
        end = at[end].last  # «لمدير شرطة منطقة مكة المكرمة»: the place ends the construct
    elif end < b and end in at and not at[end].glued:
        return []  # «لمؤسسة الملك عبدالعزيز …»: the name runs on into an entity the phrase would cut
    if not party_phrase(forms, L.words):
        return []
    phrase = text[t.start + 1:toks[end - 1].end]
    return ["ا" + phrase if t.form.startswith("لل") else phrase]  # «للقائمين»: the article's alif dropped after «لـ»


def _thanks_to(toks: list[Tok], h: Hit, b: int) -> int | None:
    """The token after the thanks noun of a SUPPORT trigger at `h` and the words that go with it («شكره
    وتقديره», «الشكر الجزيل»), where the party thanked is named; None when the trigger names no thanks."""
    if h.trig.type != "SUPPORT":
        return None
    k = max([h.last, *(j + 1 for j in h.used)])
    thanked = any(_thanks_word(toks[j].form) for j in range(h.first, k) if toks[j].word)
    for _ in range(THANKS_REACH):
        if k >= b or not toks[k].word:
            return None
        f = toks[k].form
        if not (_thanks_word(f) or f in _THANKS_TAIL or (f[:1] == "و" and _thanks_word(f[1:]))):
            break
        thanked = thanked or _thanks_word(f) or _thanks_word(f[1:])
        k += 1
    return k if thanked and k < b and toks[k].word else None


def thanked_party(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                  L: Lexicon) -> list[str]:
    """Whom thanks, praise, congratulations or condolences of a SUPPORT verb or phrase at `h` were given
    to, after «لـ» or «إلى» («قدم X شكره وتقديره لإدارة المستشفى», «عبر عن شكره الجزيل للقائمين على
    اللجنة»); [] when the trigger names no such noun or no party follows it."""
    k = _thanks_to(toks, h, b)
    if k is None:
        return []
    if toks[k].form in _TO:
        g = next((g for g in groups if g.first == k + 1), None)
        names = list(g.names) if g is not None and g.actor and not g.glued else []
    elif toks[k].form[:1] == "ل" and not toks[k].form.startswith("ال") and len(toks[k].form) > 3:
        names = _given_to(text, toks, k, b, groups, L)
    else:
        return []
    return [n for n in names if n not in source]


def thanked_subject(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                    skip: frozenset[int], L: Lexicon) -> tuple[list[str], list[str]] | None:
    """Source and target of a thanks the rules took the party thanked for the subject of («وقدم محافظ
    الخرج شكره الجزيل لسامي المطيري»: the one named after «لـ» was thanked, the title after the verb
    thanked him); None when the subject is no party named after the thanks noun's «لـ»."""
    k = _thanks_to(toks, h, b)
    g = next((g for g in groups if g.first == k), None) if k is not None else None
    if g is None or g.glued != "ل" or not set(g.names) & set(source):
        return None
    doer = [n for n in noun_subject(text, toks, h.last, b, groups, L, skip)[0] if n not in g.names]
    end = min(h.used, default=h.last)
    words = toks[h.last:end]
    if not doer and 0 < len(words) <= THANKS_PHRASE and all(t.word for t in words) \
            and party_phrase([t.form for t in words], L.words):
        doer = [text[words[0].start:words[-1].end]]  # «محافظ الخرج»: a title with its place
    return [n for n in doer if n not in g.names], list(g.names)


_SUSPECT_TAIL = frozenset(norm(w) for w in ("به", "بها", "بهم", "فيه", "فيها", "فيهم"))


def arrested_suspect(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                     skip: frozenset[int], L: Lexicon) -> list[str]:
    """The one an arrest at `h` was made on where a definite noun names him (`suspect_nouns`: «ألقت الشرطة
    القبض على المتهم», «واعتقلت الشرطة الجاني»), after the doer, time words and «على»; «المشتبه به» with
    its «به». [] when no such noun follows."""
    if h.trig.type != "COERCE" or h.trig.mode != "arrest":
        return []
    W = L.words
    at = {g.first: g for g in groups}
    k = max([h.last, *(j + 1 for j in h.used)])
    for _ in range(4):
        g = at.get(k)
        if g is not None and set(g.names) & set(source):
            k = g.last  # «ألقت الشرطة القبض»: past the doer
        elif k < b and (k in skip or toks[k].form in W["adverb"] or toks[k].form == norm("على")):
            k += 1
        else:
            break
    if k >= b or not toks[k].word or toks[k].form not in W["suspect_nouns"] or k in at:
        return []
    end = k + 1 if k + 1 < b and toks[k + 1].form in _SUSPECT_TAIL else k
    return [text[toks[k].start:toks[end].end]]


_STRUCK = frozenset(norm(w) for w in (
    "استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "أصاب", "أصابت", "هز", "هزت", "استهدفا", "استهدفتا"))
DEED_ADJECTIVES = 2  # words between an attack noun and its relative pronoun («الهجوم الانتحاري الذي»)


def struck_by_deed(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], skip: frozenset[int],
                   L: Lexicon) -> list[str]:
    """What an attack noun at `h` hit, told by a relative clause on it («الهجوم الانتحاري الذي استهدف في
    سروج ناشطين مؤيدين للقضية», «التفجير الإرهابي الذي طال عددا من منسوبي قوة الطوارئ»): the named party,
    the people, a number of them or the site after the clause's verb (a place after «في» and time words may
    stand between); [] when no such clause follows the noun."""
    W = L.words
    if h.trig.type != "ASSAULT":
        return []
    if h.trig.pos == "n":
        k = h.last
        while k < b and k - h.last < DEED_ADJECTIVES and toks[k].word and toks[k].form not in W["relative"] \
                and toks[k].form.startswith("ال"):
            k += 1  # «الانتحاري», «الإرهابي»
        if k + 1 >= b or toks[k].form not in W["relative"] or toks[k + 1].form not in _STRUCK:
            return []
        k += 2
    elif h.trig.pos == "v" and h.first > 0 and toks[h.first - 1].form in W["relative"] \
            and _attack_noun_before(toks, h.first - 1, L):
        k = max([h.last, *(j + 1 for j in h.used)])  # «الهجوم الانتحاري الذي استهدف …»: the clause's own verb
    else:
        return []
    k, _ = _past_asides(toks, k, b, groups, skip, W["adverb"], True)
    if k >= b or not toks[k].word:
        return []
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        return [] if not g.actor or g.is_loc or g.glued else list(g.names)
    part = some_of(toks, k, b, W)  # «عددا من منسوبي قوة الطوارئ»: some of them
    names = noun_subject(text, toks, k, b, groups, L, skip, victims=True)[0]
    return [n for n in names if part or counted(n) or people(n) or described_person(n) or site(n)]


def _attack_noun_before(toks: list[Tok], r: int, L: Lexicon) -> bool:
    """True when an attack noun stands right before the relative pronoun at token r, or before one or two
    adjectives with the article («التفجير الإرهابي الذي»)."""
    for j in range(r - 1, max(-1, r - 1 - DEED_ADJECTIVES - 1), -1):
        if not toks[j].word:
            return False
        if any(trig.pos == "n" and trig.type == "ASSAULT" for rd in toks[j].reads for trig in L.by_first.get(rd, ())):
            return True
        if not toks[j].form.startswith("ال"):
            return False
    return False


def _titled(name: str, L: Lexicon) -> bool:
    """True when a phrase is headed by a person's title («الرئيس التنفيذي لشركة …»): right after a name,
    the name's own title, not a second party."""
    head = norm(name).split()[0] if name.strip() else ""
    return (head[2:] if head.startswith("ال") else head) in L.words["person_title"]


def second_party(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                 skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party an asking or meeting verb at `h` was addressed to, named after an aside that follows its
    subject («ودعت الحكومة، في بيان لها أمس، المجتمع الدولي إلى التدخل» → «المجتمع الدولي»); [] when
    no aside stands there or no party follows it as the construction requires."""
    kind = h.trig.type
    if not source or not ((h.trig.pos == "v" and kind in ASKING | MEETING | DEEDS)
                          or (h.trig.pos == "x" and kind in ASKING)):
        return []
    # a participle («…، مناشدا في هذا الصدد المنظمات …») has its subject elsewhere: its object follows it
    start = h.last if h.trig.pos == "x" else _subject_end(text, toks, h, b, groups, source, skip, L)
    if start is None:
        return []
    k, aside = _past_asides(toks, start, b, groups, skip, L.words["adverb"], kind not in ASKING)
    if kind in MEETING and (merged := _merged_place(toks, k, b, groups)):
        return [n for n in merged if n not in source]
    if k >= b or not toks[k].word or (kind not in ASKING and not aside):
        return []
    if kind in DEEDS:
        return _victims(text, toks, k, b, groups, source, skip, L)
    if kind in MEETING:
        if toks[k].form == _WITH:
            k += 1
        g = next((g for g in groups if g.first == k), None)
        if g is None or not g.actor or g.is_loc or g.glued not in ("", "ب"):
            return []
        return [n for n in g.names if n not in source]
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        if not g.actor or g.is_loc or g.glued:
            return []
        names, end = list(g.names), g.last
    else:
        names, end = noun_subject(text, toks, k, b, groups, L, skip)
        names = [n for n in names if not site(n) and (aside or not _titled(n, L))]
    if not names or not _complement(toks, _past_adjectives(toks, end, b, L), b):
        return []
    return [n for n in names if n not in source]

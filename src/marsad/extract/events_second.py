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
it hit (`struck_by_deed`: «الهجوم الانتحاري الذي استهدف في سروج ناشطين مؤيدين») or who underwent it
(«القصف الذي تعرض له مخيم درعا للاجئين الفلسطينيين»), and who survived it (`survived_by`: «نجا الوزير
من محاولة اغتيال»).
Second round: members of a body are read whole as the ones hit («التفجير الذي طال عددا من منسوبي قوة
الطوارئ الخاصة»: `members_of_body`), also where a harm noun names them before the attack noun («في استشهاد
عشرة من منسوبي قوات طوارئ منطقة عسير … جراء العمل الإرهابي»: `harmed_before`); a meeting noun's «جمع»
names both parties («خلال اجتماع جمع X أمس، مع Y»: `gathered_parties`); the room a meeting was held in is
an aside, after the host's title («استقبل X أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس …»), and people
no entity names may be the guests; «واعتدوا عليهم» after a raid on a home was done to its owner
(`owner_of_home`: «اقتحموا سكن المهندسين واعتدوا عليهم»); «طلب» asks the party after «من» (`asked_of`:
«إن الوزارة طلبت من المعينين إحضار …»); the one asked keeps the definite adjectives that agree with him
before what he is asked («مناشدا الجهات المختصة بالتحرك», not «داعيا جميع المرشحين الدخول إلى»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_agents import and_glued
from marsad.extract.events_lexicon import HONORIFICS, Lexicon, Words, norm
from marsad.extract.events_phrases import (
    counted,
    described_person,
    noun_subject,
    party_phrase,
    people,
    site,
    some_of,
)
from marsad.extract.events_tokens import CLAUSE_MARKS, Tok, has
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
_GATHER_BARE = frozenset(norm(w) for w in ("جمع", "جمعت", "يجمع", "تجمع"))  # «جمع» with no pronoun on it


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


_VENUE = frozenset(norm(w) for w in (
    "مكتب", "مكتبه", "مكتبها", "مقر", "مقره", "مقرها", "قصر", "ديوان", "منزل", "منزله", "مجلس", "مجلسه",
    "مكان", "إقامته", "مقر إقامته"))
VENUE_REACH = 5  # words of a venue («في مكتب سموه بقصر الحكم»)


def _venue_end(toks: list[Tok], k: int, b: int, skip: frozenset[int], groups: list[Group]) -> int | None:
    """The token after «في» and the room or building a meeting was held in at token k («في مكتب سموه بقصر
    الحكم», «في مقر إقامته بالرياض»), where a time word or a comma closes it; None otherwise."""
    if k + 1 >= b or toks[k].form != norm("في") or toks[k + 1].form not in _VENUE:
        return None
    j = k + 2
    while j < b and j - k <= VENUE_REACH and j not in skip and toks[j].word:
        if toks[j].form in HONORIFICS:
            j += 1  # «في مكتب سموه»: the host himself
            continue
        g = next((g for g in groups if g.first == j), None)
        if g is not None and not (g.is_loc or g.glued):
            return None  # a party, not where
        j = g.last if g is not None else j + 1
    if j < b and (j in skip or _is_comma(toks[j])):
        return j
    return None


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
            or (_place_end(toks, k, b, groups) or _venue_end(toks, k, b, skip, groups) if places else None)
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
    if k < b and toks[k].form in HONORIFICS:
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
    if members := members_of_body(text, toks, k, b, groups, L):
        return members  # «…، عناصر من الشرطة العراقية»
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
# «الهجوم الذي تعرض له X»: a verb of undergoing with the pronoun of the deed; X underwent the attack
_UNDERWENT = frozenset(norm(w) for w in ("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون"))
_TO_IT = frozenset(norm(w) for w in ("له", "لها", "لهم", "لهما"))


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
        if k + 1 >= b or toks[k].form not in W["relative"]:
            return []
        if toks[k + 1].form in _STRUCK:
            k += 2
        elif toks[k + 1].form in _UNDERWENT and k + 2 < b and toks[k + 2].form in _TO_IT:
            k += 3  # «القصف الذي تعرض له مخيم درعا»: who underwent it
        else:
            return []
    elif h.trig.pos == "v" and h.first > 0 and toks[h.first - 1].form in W["relative"] \
            and _attack_noun_before(toks, h.first - 1, L):
        k = max([h.last, *(j + 1 for j in h.used)])  # «الهجوم الانتحاري الذي استهدف …»: the clause's own verb
    else:
        return []
    k, _ = _past_asides(toks, k, b, groups, skip, W["adverb"], True)
    if k >= b or not toks[k].word:
        return []
    if members := members_of_body(text, toks, k, b, groups, L):
        return members  # «الذي طال عددا من منسوبي قوة الطوارئ الخاصة»
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        return [] if not g.actor or g.is_loc or g.glued else list(g.names)
    part = some_of(toks, k, b, W)  # «عددا من منسوبي قوة الطوارئ»: some of them
    names = noun_subject(text, toks, k, b, groups, L, skip, victims=True)[0]
    return [n for n in names if part or counted(n) or people(n) or described_person(n) or site(n)]


_SURVIVED = frozenset(norm(w) for w in ("نجا", "نجت", "نجوا", "نجيا", "ينجو", "تنجو", "ينجون"))
_ATTEMPT = frozenset(norm(w) for w in ("محاولة", "محاوله"))
SURVIVOR_REACH = 12  # words from a verb of surviving to the «من» of the deed


def survived_by(toks: list[Tok], h: Hit, a: int, groups: list[Group]) -> list[str]:
    """Who survived an attack noun at `h` told after «نجا … من» («نجا وزير الداخلية الأفغاني من محاولة
    اغتيال», «أن نواز شريف نجا من هجوم على موكبه»): the party between the verb and «من», else the one
    right before the verb; he underwent the attack. [] when no verb of surviving governs the noun."""
    if h.trig.type != "ASSAULT" or h.trig.pos != "n":
        return []
    j = h.first - 1
    if j >= a and toks[j].form in _ATTEMPT:
        j -= 1  # «من محاولة اغتيال»
    if j < a or toks[j].form != "من":
        return []
    verb = next((k for k in range(j - 1, max(a, j - SURVIVOR_REACH) - 1, -1)
                 if toks[k].form in _SURVIVED or toks[k].form.lstrip("وف") in _SURVIVED), None)
    if verb is None or any(toks[k].form in CLAUSE_MARKS for k in range(verb + 1, j)):
        return []  # (a comma or a stop between: the «من» belongs to another clause)
    between = [g for g in groups if verb < g.first and g.last <= j and g.actor and not g.is_loc]
    if between:
        return list(between[-1].names)  # «نجا وزير الداخلية الليبي مصطفى الدباشي من»: the name the titles lead to
    before = next((g for g in reversed(groups) if g.last == verb and g.actor and not g.is_loc), None)
    return list(before.names) if before is not None else []


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


def _guests(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], skip: frozenset[int],
            L: Lexicon) -> list[str]:
    """People no entity names, met at token k: some of a group («مجموعة من الرحالة السعوديين», with the
    nisba that says whose they are), people a number counts or a plural of people; [] otherwise."""
    if k >= b or (toks[k].form[:1] in ("و", "ف") and not toks[k].form.startswith(("وفد", "وزير", "وزار"))):
        return []  # «…، ونظيره …، ومسؤولين آخرين»: «و» adds to the list of those met, read before
    part = some_of(toks, k, b, L.words)
    nisba = next((g for g in sorted(groups, key=lambda g: g.first) if k < g.first < b), None)
    end = nisba.first if part and nisba is not None and nisba.is_loc and not nisba.glued else b
    names, stop = noun_subject(text, toks, k, end, groups, L, skip, victims=True)
    if part and names and nisba is not None and stop == nisba.first:
        names = [text[toks[k].start:toks[nisba.last - 1].end]]  # «… الرحالة السعوديين»
    return [n for n in names if not any(n in g.names for g in groups) and (part or counted(n) or people(n))]


TITLE_AFTER = 5  # words of a title after a name («أمير منطقة الرياض»)


def _past_title(toks: list[Tok], k: int, b: int, L: Lexicon) -> int:
    """Token k moved past the title that follows a name up to the «في» of a place or a venue («أمير منطقة
    الرياض في مكتبه»); k itself when no title stands there or no «في» ends it within a few words."""
    if k >= b or not toks[k].word:
        return k
    head = toks[k].form
    if (head[2:] if head.startswith("ال") else head) not in L.words["person_title"]:
        return k
    for j in range(k + 1, min(b, k + TITLE_AFTER + 1)):
        if not toks[j].word:
            return k
        if toks[j].form == norm("في"):
            return j
    return k


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
    if kind in MEETING and _venue_end(toks, titled := _past_title(toks, start, b, L), b, skip, groups) is not None:
        start = titled  # «استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه …» (a title before a mere place
        # may be the one met: «والتقى X رئيس الوزراء في القاهرة»)
    k, aside = _past_asides(toks, start, b, groups, skip, L.words["adverb"], kind not in ASKING)
    if kind in MEETING and (merged := _merged_place(toks, k, b, groups)):
        return [n for n in merged if n not in source]
    if kind in DEEDS and not aside and k < b and toks[k].word:
        # «واستهدف انتحاري عددا من منسوبي قوة الطوارئ»: members of a body, read whole
        return [n for n in members_of_body(text, toks, k, b, groups, L) if n not in source]
    if k >= b or not toks[k].word or (kind not in ASKING and not aside):
        return []
    if kind in DEEDS:
        return _victims(text, toks, k, b, groups, source, skip, L)
    if kind in MEETING:
        if toks[k].form == _WITH:
            k += 1
        g = next((g for g in groups if g.first == k), None)
        if g is None and (got := _party_at(text, toks, k, b, groups, skip, L)) is not None:
            return [n for n in got[0] if n not in source]  # «… أمس رئيس الندوة العالمية د. صالح الوهيبي»
        if g is None:  # «… في مكتب سموه بقصر الحكم اليوم مجموعة من الرحالة السعوديين»: people no entity names
            return [n for n in _guests(text, toks, k, b, groups, skip, L) if n not in source]
        if g is None or not g.actor or g.is_loc or g.glued not in ("", "ب"):
            return []
        return [n for n in g.names if n not in source]
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        if not g.actor or g.is_loc or g.glued:
            return []
        names, end = list(g.names), g.last
    elif not aside and and_glued(toks[k]):
        return []  # «وأكدت الولايات المتحدة ودول مجلس التعاون على ضرورة»: a second subject, not the one asked
    else:
        names, end = noun_subject(text, toks, k, b, groups, L, skip)
        names = [n for n in names if not site(n) and (aside or not _titled(n, L))]
    if names and g is None and (longer := _with_adjectives(text, toks, names[0], end, b)) is not None:
        names, end = [longer[0]], longer[1]  # «مناشدا الجهات المختصة بالتحرك»: the adjectives are the party's
    if not names or not _complement(toks, _past_adjectives(toks, end, b, L), b):
        return []
    return [n for n in names if n not in source]


ASKED_ADJECTIVES = 2  # definite adjectives after the one asked, before what he is asked («الجهات المختصة»)


def _agrees(noun: str, adjective: str) -> bool:
    """True when a definite word can be an adjective of the noun before it by their endings: a sound
    plural after one («المرشحين المؤهلين»), ـة after ـة or ـات («الجهات المختصة», «الفئة الشابة»); not a
    verbal noun («جميع المرشحين الدخول إلى»)."""
    if noun.endswith(("ين", "ون")):
        return adjective.endswith(("ين", "ون"))
    if noun.endswith(("ه", "ات")):
        return adjective.endswith(("ه", "ات"))
    return False


def _with_adjectives(text: str, toks: list[Tok], name: str, end: int, b: int) -> tuple[str, int] | None:
    """The phrase `name` ending before token `end` with the definite words after it that describe it, where
    what is asked follows them («الجهات» + «المختصة» before «بالتحرك», «الفئة الشابة بالمشاركة»), and the
    token after them; None when none stand there or no complement follows."""
    j = end
    while j < b and j - end < ASKED_ADJECTIVES and toks[j].word and toks[j].form.startswith("ال") \
            and not _complement(toks, j, b) and _agrees(toks[end - 1].form, toks[j].form):
        j += 1
    if j == end or not _complement(toks, j, b) or not text[:toks[end].start].rstrip().endswith(name):
        return None
    return text[toks[end - 1].end - len(name):toks[j - 1].end], j


MEMBER_BODY = 4  # words of the body members belong to («قوة الطوارئ الخاصة»)


def members_of_body(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """Members of a body, read at token k with the body that says whose they are, some of them counted
    or not («عددا من منسوبي قوة الطوارئ الخاصة», «عناصر من الشرطة العراقية», «ثلاثة من رجال الأمن»,
    «منسوبي الوزارة»: `member_nouns`): the phrase as the text says it, up to a preposition, a mark or
    «و»; [] when no member noun stands there or no body a party word heads follows it."""
    W = L.words
    at = {g.first: g for g in groups}
    j = k + 2 if some_of(toks, k, b, W) else k
    if j >= b or not toks[j].word or toks[j].form not in W["member_nouns"] or j in at:
        return []
    j += 1
    if j < b and toks[j].form == "من":
        j += 1  # «عناصر من الشرطة»
    if j >= b or not toks[j].word:
        return []
    g = at.get(j)
    if g is not None:
        if not g.actor or g.glued or (g.is_loc and not g.force):
            return []
        return [text[toks[k].start:toks[g.last - 1].end]]
    forms: list[str] = []
    end = j
    while end < b and len(forms) < MEMBER_BODY and toks[end].word:
        if end in at:
            g = at[end]
            if forms and g.is_loc and not g.glued and not forms[-1].startswith("ال"):
                end = g.last  # «قوات طوارئ منطقة عسير»: the place ends the construct
            break
        f = toks[end].form
        if f in W["prep_any"] or f in W["np_stop"] or f in W["relative"] or f in W["adverb"] \
                or (f[:1] in ("و", "ف", "ب", "ل") and not f.startswith("ال")) \
                or (forms and forms[-1].startswith("ال") and not f.startswith("ال")):
            break
        forms.append(f)
        end += 1
    if not forms or not party_phrase(forms, W):
        return []
    return [text[toks[k].start:toks[end - 1].end]]


_WITH_OR_AND = frozenset(norm(w) for w in ("مع", "و"))
PARTY_REACH = 8  # words of a title before the name of the one who holds it («المدير العام للمرور بالمنطقة اللواء»)


def _next_party(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The first named party at token k or after a title there, with no mark or preposition between
    («وزير الخارجية عادل الجبير», «بنظيره الأمريكي جون كيري»); None when none stands there."""
    at = {g.first: g for g in groups}
    for j in range(k, min(b, k + PARTY_REACH)):
        g = at.get(j)
        if g is not None:
            return g if g.actor and not (g.is_loc and not g.force) else None
        if not toks[j].word or (j > k and (toks[j].form in W["prep_any"] or toks[j].form[:1] == "و")):
            return None
    return None


def _party_at(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], skip: frozenset[int],
              L: Lexicon) -> tuple[list[str], int] | None:
    """A named party at token k, a title before the name allowed («المدير العام للمرور بالمنطقة اللواء
    محمد الشنبري», «وزير الخارجية عادل الجبير»), and the token after it; None when none stands there."""
    names, end = noun_subject(text, toks, k, b, groups, L, skip)
    if names and end > k and all(any(n in g.names for g in groups) for n in names):
        return names, end
    g = _next_party(toks, k, b, groups, L.words)
    return (list(g.names), g.last) if g is not None and not g.glued else None


def _joins_second(form: str) -> bool:
    """True for a word that brings in a meeting's second party: «مع», or a word with «بـ» or «و» glued on
    («بالأمير», «والملك»)."""
    return form == _WITH or (len(form) > 3 and (form.startswith(("بال", "بنظير", "وال")) or form[:1] == "و"))


def gathered_parties(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], skip: frozenset[int],
                     L: Lexicon) -> tuple[list[str], list[str]] | None:
    """The two parties of a meeting noun at `h` whose verb «جمع» names them («اجتماع جمع X أمس، مع Y»,
    «اللقاء الذي جمع X بـY», «لقاء جمعه بـY»: `gathered`): X (none where a pronoun on the verb stands for
    him) and Y, each a named party, a title before the name allowed; None when no such clause follows
    the noun."""
    W = L.words
    if h.trig.type != "CONSULT" or h.trig.pos != "n":
        return None
    k = h.last
    while k < b and k - h.last < DEED_ADJECTIVES and toks[k].word and toks[k].form.startswith("ال") \
            and toks[k].form not in W["relative"]:
        k += 1  # «الاجتماع الموسع»
    if k < b and toks[k].form in W["relative"]:
        k += 1
    if k >= b or toks[k].form not in W["gathered"]:
        return None
    first: list[str] = []
    k += 1
    if toks[k - 1].form in _GATHER_BARE:
        got = _party_at(text, toks, k, b, groups, skip, L)
        if got is None:
            return None
        first, k = got
        if len(first) > 1 and any(_joins_second(toks[j].form) for j in range(h.last + 2, k)):
            return first[:1], first[1:]  # «جمع الرئيس بوتين بالأمير محمد بن سلمان»: read as one group
        while k < b and (k in skip or toks[k].form in W["adverb"]):
            k += 1
        if k < b and _is_comma(toks[k]):
            k += 1  # «… أمس، مع Y»
    if k >= b or not toks[k].word:
        return None
    f = toks[k].form
    if f in _WITH_OR_AND:
        got = _party_at(text, toks, k + 1, b, groups, skip, L)
    elif f[:1] == "ب" and not f.startswith("ال"):
        g = _next_party(toks, k, b, groups, W)  # «بنظيره الأمريكي جون كيري», «بوزير الخارجية»
        got = (list(g.names), g.last) if g is not None and (g.first == k or not g.glued) else None
    elif first and f[:1] == "و":
        g = _next_party(toks, k, b, groups, W)  # «جمع X وY»
        got = (list(g.names), g.last) if g is not None and (g.first == k or not g.glued) else None
    else:
        return None
    if got is None:
        return None
    second = [n for n in got[0] if n not in first]
    return (first, second) if second else None


HARM_REACH = 18  # tokens between the people a harm noun names and the attack noun they fell in
_SENTENCE_MARKS = frozenset((".", "؛", ";", ":", "!", "؟", "?"))


def harmed_before(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The people an attack noun at `h` killed or wounded, named after a harm noun before it in its
    sentence («في استشهاد رجال الأمن من منسوبي قوات الطوارئ في عملية إرهابية», «في استشهاد عشرة من
    منسوبي قوات طوارئ منطقة عسير … جراء العمل الإرهابي»): a named body or members of a body (people a
    number counts are left to the result clauses); [] when no harm noun names them shortly before it."""
    W = L.words
    if h.trig.type != "ASSAULT" or h.trig.pos != "n":
        return []
    for j in range(h.first - 1, max(a, h.first - HARM_REACH * 2) - 1, -1):
        t = toks[j]
        if not t.word:
            if t.form in _SENTENCE_MARKS:
                return []
            continue
        if not has(t, W["harm"]):
            continue
        g = next((g for g in groups if g.first == j + 1), None)
        if g is not None:  # «في استشهاد رجال الأمن» read as one named body
            named = g.actor and not g.glued and not (g.is_loc and not g.force)
            return list(g.names) if named and h.first - g.last <= HARM_REACH else []
        names = members_of_body(text, toks, j + 1, h.first, groups, L)
        if not names:
            continue  # «…، وإصابة تسعة آخرين، نتيجة العمل الإرهابي»: an earlier harm noun may name them
        end = toks[j + 1].start + len(names[0])  # the phrase is the text from the word after the harm noun
        gap = sum(1 for k in range(j + 1, h.first) if toks[k].start >= end)
        return names if gap <= HARM_REACH else []
    return []


_HOMES = frozenset(norm(w) for w in (
    "منزل", "منازل", "بيت", "بيوت", "سكن", "مسكن", "مساكن", "شقة", "مقر", "مكتب", "مزرعة"))
_ON_HIM = norm("عليه")
_ON_THEM = frozenset(norm(w) for w in ("عليهم", "عليهما"))
OWNER_REACH = 12  # tokens back from a deed to the home whose owner its pronoun stands for


def _home_owner(text: str, toks: list[Tok], j: int, b: int, groups: list[Group], plural: bool,
                L: Lexicon) -> list[str]:
    """The owner a home noun at token j is of («منزل الصحفي محمد العبسي», «سكن المهندسين»): a named person
    (one owner) or a plural of people (`plural`), read right after the noun; [] otherwise."""
    g = _next_party(toks, j + 1, min(b, j + 4), groups, L.words)
    if g is not None:
        return list(g.names) if not plural and g.person and not g.glued else []
    if not plural or j + 1 >= b or not toks[j + 1].word:
        return []
    word = toks[j + 1]
    phrase = text[word.start:word.end]
    return [phrase] if word.form.startswith("ال") and people(phrase) else []


def owner_of_home(text: str, toks: list[Tok], a: int, h: Hit, b: int, source: list[str], groups: list[Group],
                  L: Lexicon) -> list[str]:
    """Whom an attack verb joined by «و» to a raid on a home was done to, told by «عليه»/«عليهم» after it
    («اقتحموا سكن المهندسين واعتدوا عليهم», «داهموا منزل الصحفي محمد العبسي واعتدوا عليه»): the home's
    owner, named right after the home noun earlier in the sentence; [] otherwise."""
    if h.trig.pos != "v" or h.trig.type not in DEEDS or not toks[h.first].form.startswith("و"):
        return []
    k = max([h.last, *(j + 1 for j in h.used)])
    if k >= b or (toks[k].form != _ON_HIM and toks[k].form not in _ON_THEM):
        return []
    plural = toks[k].form in _ON_THEM
    for j in range(h.first - 1, max(a, h.first - OWNER_REACH) - 1, -1):
        if not toks[j].word and toks[j].form in _SENTENCE_MARKS:
            return []
        f = toks[j].form
        if f in _HOMES or (f.startswith("ال") and f[2:] in _HOMES):
            return [n for n in _home_owner(text, toks, j, b, groups, plural, L) if n not in source]
    return []


_ASK_OF = ("طلب", "يطلب", "تطلب", "نطلب", "اطلب")  # a verb of asking whose addressee follows «من»


def asked_of(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
             skip: frozenset[int], L: Lexicon) -> list[str]:
    """Whom a verb «طلب» at `h` asked, named after «من» right after the verb or its subject («وطلبت وزارة
    الداخلية من المواطنين الإبلاغ», «إن الوزارة طلبت من شركات الحج وضع …»): a named party or a party
    phrase; [] when no «من» follows there or no party after it."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v":
        return []
    if not any(r.startswith(_ASK_OF) for r in toks[h.first].reads):
        return []
    start = _subject_end(text, toks, h, b, groups, source, skip, L)
    if start is None:
        return []
    k = start
    while k < b and (k in skip or toks[k].form in L.words["adverb"] or toks[k].form == norm("بالفعل")):
        k += 1
    if k + 1 >= b or toks[k].form != norm("من") or not toks[k + 1].word:
        return []
    g = next((g for g in groups if g.first == k + 1), None)
    if g is not None:
        named = g.actor and not g.glued and not (g.is_loc and not g.force)
        return [n for n in g.names if n not in source] if named else []
    names = noun_subject(text, toks, k + 1, b, groups, L, skip)[0]
    return [n for n in names if n not in source and not site(n)]

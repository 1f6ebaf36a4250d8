"""Doers of a deed the text names by what they are, and the body they are said to belong to.

The readings of `events_roles` and `events_phrases` take a subject the entity layer names, members of a
named body, or people in a plural in ـين fronted after «إن»; armed men told by an indefinite noun right
after a deed verb are left unread, and so is a band named armed before it. Read here, for an attack, a
coercion or a crime told by a verb:
- unnamed armed men right after the verb (VSO), past time words, or opening its clause before it (SVO,
  also after «إن»/«أن», «كان» or a date that opens a line): a doer noun and the adjectives that agree with
  it («هاجم مسلحون مجهولون حافلة», «فجر انتحاري نفسه», «إن انتحاريا فجر نفسه», «وقتل الخاطفون …»), or a
  band named armed («هاجمت مجموعة إرهابية نقطة تفتيش», «- عام 2007 مجموعة إرهابية مسلحة فتحت النار»,
  «إن عناصر إرهابية استهدفت دورية»), where no source was read, or before the name the rules took for it
  («واغتال مسلحون أمس الشيخ فلان»: the name after the men is whom they killed) (`armed_doers`). A verb an
  unvowelled passive may read («قتل», «اعتقل», «استهدف») needs an object after them to tell the active
  («وقتل انتحاري … 32 شخصا»; not «وقتل مسلحون في اشتباكات»: they were killed); «هاجم» and «اغتال» are
  active by their form, and a trigger whose needed word follows them («أطلق مجهولون النار», «فتح رجل
  النار») has its object. After a plural verb or in the oblique («وقتلت مسلحين») they are its object;
- men named right after («المسلحون الحوثيون»), some of a body («مسلحون من حركة الشباب») or said to belong
  to it («انتحاري يشتبه بانتمائه لـ«داعش»», «مسلحون ينتمون إلى X») stand for that body, and so does a
  force or a craft said to belong to one («مقاتلات تابعة للتحالف العربي», «أجهزة الأمن التابعة لحماس»,
  «دبابة تابعة للمقاومة»; not «قوات جيش الفتح التابع للمعارضة», named by its own name) (`owning_body`);
  that body did it, and it is no target;
- the party whose strikes or craft are the subject of the verb («إن ضربات التحالف الجوية قتلت …») did it,
  and armed men «لـ» names after an attack noun («في هجوم لانتحاريين اثنين») did that attack;
- once the article's events are merged, armed men (more than one) told with no body stand for the one
  armed group the article tells as the doer of its attacks («داهم مسلحون هذه القرى» in a story of Boko
  Haram) (`name_story_group`); a lone attacker («انتحاري», «مهاجما») may act apart from it.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.extract.events_actors import Group
from marsad.extract.events_background import KANA
from marsad.extract.events_lexicon import Lexicon, Words, forms, norm
from marsad.extract.events_phrases import counted, described_person, noun_subject, opens_clause, people, site, unnamed
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit
from marsad.extract.numbers import analyse_word
from marsad.model import Event

DEED_TYPES = frozenset(("ASSAULT", "COERCE", "CRIME"))

# armed men told by what they are: plurals and duals, and one man
_MEN = forms(
    "مسلحون", "مسلحين", "مسلحان", "متشددون", "متشددين", "إرهابيون", "إرهابيين", "انتحاريون", "انتحاريين",
    "انتحاريان", "انتحاريتان", "مهاجمون", "مهاجمين", "مهاجمان", "مجهولون", "مجهولين", "ملثمون", "ملثمين",
    "متطرفون", "متطرفين", "خاطفون", "قناصة", "انتحاري", "انتحارية", "انتحاريا", "مسلح", "مسلحا", "مهاجم",
    "مهاجما", "إرهابي", "إرهابيا", "قناص", "المسلحون", "الإرهابيون", "المهاجمون", "الخاطفون", "المتشددون",
    "الانتحاريون", "الملثمون", "المجهولون", "المتطرفون")
_ONE = forms("انتحاري", "انتحارية", "انتحاريا", "مسلح", "مسلحا", "مهاجم", "مهاجما", "إرهابي", "إرهابيا", "قناص",
             "رجل", "شاب", "شخص", "امرأة", "مجهول", "عنصر", "الانتحاري")  # one man, not a band
# one man told by what he is, a doer only before the needed word of his deed («فتح رجل النار»)
_MAN = forms("رجل", "شاب", "شخص", "امرأة", "مجهول", "مسلح")
# a band, a cell or members, armed by the word after it («مجموعة إرهابية», «عناصر مسلحة»)
_BAND = forms("مجموعة", "مجموعات", "جماعة", "جماعات", "خلية", "خلايا", "عصابة", "عصابات", "عناصر", "عنصر",
              "عنصران", "عنصرين", "فرقة")
_ARMED = forms(
    "إرهابية", "إرهابيون", "إرهابيين", "إرهابي", "مسلحة", "مسلحون", "مسلحين", "مسلح", "متطرفة", "تكفيرية",
    "مجهولة", "ملثمة", "متشددة", "انتحارية", "المسلحين", "الإرهابيين", "المتشددين", "الانتحاريين")
# strikes and craft whose owner named right after them did what they did («ضربات التحالف الجوية»)
_STRIKES = forms("ضربات", "غارات", "قصف", "صواريخ", "قذائف", "طائرات", "مقاتلات", "مروحيات", "مدفعية")
# forces, craft and bands a belonging phrase may follow («أجهزة الأمن التابعة لحماس»)
_FORCES = forms(
    "قوات", "القوات", "قوة", "القوة", "طائرات", "الطائرات", "مقاتلات", "المقاتلات", "مروحيات", "المروحيات",
    "عناصر", "العناصر", "مسلحون", "مسلحين", "المسلحون", "المسلحين", "ميليشيات", "الميليشيات", "مليشيات",
    "المليشيات", "ميليشيا", "مليشيا", "أجهزة", "الأجهزة", "وحدات", "الوحدات", "دوريات", "الدوريات", "زوارق",
    "الزوارق", "سفن", "السفن", "كتائب", "الكتائب", "مجموعات", "مجموعة", "المجموعات", "خلية", "خلايا",
    "جماعات", "عصابة", "مقاتلون", "مقاتلين", "المقاتلون", "المقاتلين", "دبابة", "دبابات", "الدبابات", "مدفعية",
    "المدفعية", "طائرة", "الطائرة", "مروحية", "المروحية", "زورق", "سفينة", "بارجة", "بوارج", "آليات", "الآليات")
# words of belonging or loyalty («التابعة لـ», «ينتمون إلى», «يشتبه بانتمائه لـ», «الموالية لـ»)
_BELONG = forms(
    "تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين", "تابعون", "التابعون", "ينتمون", "ينتمي", "تنتمي",
    "ينتميان", "المنتمين", "منتمين", "المنتمون", "بانتمائه", "بانتمائهم", "بانتمائها", "بانتمائهما",
    "لانتمائه", "لانتمائهم", "الموالية", "موالية", "الموالين", "موالين", "الموالون", "موالون", "الموالي", "موال")
_OTHERS = forms("آخرون", "آخرين", "آخر", "آخران", "آخرين", "أخرى", "آخرا")  # «مسلحون آخرون»
_OF_WHAT = forms("العدد", "الهوية", "الجنسية", "الوجوه", "الوجه")  # what a participle says of them
_TO = forms("إلى", "الى", "ل", "لـ")
_REFLEXIVE = forms("نفسه", "نفسها", "أنفسهم", "نفسيهما", "انفسهم")
_ACTIVE_FORM = forms("هاجم", "هاجمت", "هاجموا", "وهاجم", "وهاجمت", "وهاجموا", "يهاجم", "تهاجم", "يهاجمون",
                     "اغتال", "اغتالت", "اغتالوا", "واغتال", "واغتالت", "واغتالوا")
_QAD = forms("قد")
_FULL_STOP = frozenset(".!?؟")
BELONG_REACH = 3  # words from the end of the doers to their word of belonging («يشتبه بانتمائه»)
ADJ_WORDS = 3  # adjectives agreeing with the doer noun («مسلحون مجهولون ملثمون»)
LEAD_REACH = 10  # tokens before the verb in which an SVO subject may open its clause


def _ending(form: str) -> str:
    """The agreement class of a doer noun by its ending: plural or dual nominative, oblique, feminine,
    accusative or a masculine nisba."""
    for end in ("ون", "ين", "ان", "ه", "ا", "ي"):
        if form.endswith(end):
            return end
    return ""


def _adjective(tok: Tok, head: str, hits_at: frozenset[int], k: int) -> bool:
    """True when the word at k agrees with the doer noun `head` as its adjective («مسلحون مجهولون»,
    «مجموعة إرهابية», «انتحاري سوري», «مسلحون آخرون»): indefinite, no trigger and no present verb («يقتحمون»,
    «ينتمي»), a participle in م- or a nisba with the noun's ending (not a noun after it: «نقطة تفتيش»)."""
    f = tok.form
    if not tok.word or f.startswith(("ال", "و")) or k in hits_at or len(f) < 3 or analyse_word(f) is not None:
        return False
    if f in _ARMED or f in _OTHERS:
        return True
    end = _ending(head)
    if not end or not f.endswith(end) or f[:1] in ("ي", "ت", "ن"):
        return False
    nisba = f.endswith("ي") if end == "ي" else f.endswith("ي" + end)
    return nisba or (f[:1] == "م" and len(f) >= 5)


def _men(toks: list[Tok], k: int, b: int, hits_at: frozenset[int], stop: int, man: bool = False) -> int | None:
    """The end of a phrase naming unnamed armed men that opens at token k (before `stop`), or None; `man`:
    one man told by a plain person noun too («رجل»)."""
    if k >= min(b, stop) or not toks[k].word:
        return None
    f = toks[k].form
    if f in _MEN or (man and f in _MAN):
        end = k + 1
    elif f in _BAND and k + 1 < min(b, stop) and toks[k + 1].form in _ARMED:
        end = k + 2
    elif f in _BAND and k + 2 < min(b, stop) and toks[k + 1].form == "من" and toks[k + 2].form in _ARMED:
        end = k + 3  # «مجموعة من المسلحين»
    else:
        return None
    head = toks[end - 1].form if f in _BAND else f
    n = 0
    while end < min(b, stop) and n < ADJ_WORDS and _adjective(toks[end], head, hits_at, end):
        end += 1
        n += 1
        if end < min(b, stop) and toks[end].form in _OF_WHAT:
            end += 1  # «مجموعة إرهابية مجهولة العدد», «مسلحون مجهولو الهوية»
    return end


def _owner(toks: list[Tok], e: int, b: int, groups: list[Group]) -> tuple[Group, int] | None:
    """The named body a word of belonging right after token `e` ties the men or force before it to, and
    the token after it («يشتبه بانتمائه لـ«داعش»», «التابعة لحماس»); None when there is none."""
    words = [j for j in range(e, b) if toks[j].word][:BELONG_REACH]
    j = next((j for j in words if toks[j].form in _BELONG), None)
    if j is None or any(not toks[i].word and toks[i].form in CLAUSE_END for i in range(e, j)):
        return None
    at = {g.first: g for g in groups}
    k = j + 1
    while k < b and ((not toks[k].word and toks[k].form not in CLAUSE_END) or toks[k].form in _TO):
        k += 1
    g = at.get(k)
    if g is None or not g.actor or (g.is_loc and not g.force):
        return None
    return g, g.last


def _strikes_of(toks: list[Tok], k: int, b: int, groups: list[Group]) -> tuple[Group, int] | None:
    """The party whose strikes or craft open at token k («ضربات التحالف الجوية»), and the token after its
    name; None when no named party follows the strike noun right away."""
    if k >= b or toks[k].form not in _STRIKES:
        return None
    g = next((g for g in groups if g.first == k + 1), None)
    if g is None or not g.actor or g.glued or (g.is_loc and not g.force):
        return None
    return g, g.last


def _past(toks: list[Tok], k: int, b: int, skip: frozenset[int], W: Words) -> int:
    """The token after time words, adverbs, commas, quote marks and «قد» from k on."""
    while k < b and (k in skip or (not toks[k].word and toks[k].form not in _FULL_STOP)
                     or toks[k].form in W["adverb"] or toks[k].form in _QAD):
        k += 1
    return k


def _has_object(toks: list[Tok], k: int, b: int, h: Hit, groups: list[Group], skip: frozenset[int],
                W: Words) -> bool:
    """True when an object stands at token k (past time words and commas): what the deed was done to,
    which only its active reading has («نفسه», «32 شخصا», «حافلة», «الشرطة»)."""
    k = _past(toks, k, b, skip, W)
    if k >= b or not toks[k].word:
        return False
    f = toks[k].form
    if f in _REFLEXIVE or k in h.used:
        return True
    if any(g.first == k and g.actor for g in groups):
        return not any(g.first == k and g.glued[:1] in ("ب", "ل") for g in groups)
    # «قتل مسلحون في اشتباكات», «وأصيب …», «بالرصاص»: no object
    glued = f[:1] in ("ب", "ل", "ك") and not f.startswith("ال")
    return not (f in W["prep_any"] or f in W["comp"] or f[:1] in ("و", "ف") or glued)


def _active(toks: list[Tok], h: Hit, end: int) -> bool:
    """True when the verb can only be active: by its form («هاجم», «اغتال») or by a needed word of its
    trigger after its subject («أطلق مجهولون النار»)."""
    return toks[h.first].form in _ACTIVE_FORM or any(j >= end for j in h.used)


def _plural(t: Tok) -> bool:
    """True when a verb ends in a plural suffix («وهاجموا», «يقتحمون»): its subject is in it."""
    return t.form.endswith(("وا", "ون"))


def _oblique(t: Tok) -> bool:
    """True when a doer noun is in the oblique or the accusative («مسلحين», «انتحاريا»): after a verb, its
    object, not its subject."""
    return t.form.endswith(("ين", "ا")) and t.form not in _STRIKES


def armed_phrase(name: str) -> bool:
    """True when a name is a phrase of unnamed armed men this module reads («انتحاري», «مسلحون مجهولون»,
    «مجموعة إرهابية»): doers the text told only by what they are, whom a named doer may yet stand for."""
    ws = norm(name).split()
    return bool(ws) and (ws[0] in _MEN or ws[0] in _BAND)


def _doers_at(text: str, toks: list[Tok], k: int, b: int, stop: int, groups: list[Group],
              hits_at: frozenset[int], man: bool = False) -> tuple[list[str], int] | None:
    """The doers a subject phrase opening at token k names, and the token after it: the body the men
    belong to, the party whose strikes they are, or the men themselves; None when no such phrase opens
    there."""
    if any(g.first <= k < g.last for g in groups):
        return None
    struck = _strikes_of(toks, k, min(b, stop), groups)
    if struck is not None:
        g, past = struck
        while past < min(b, stop) and toks[past].word and toks[past].form.startswith("ال") \
                and not any(x.first == past for x in groups):
            past += 1  # «ضربات التحالف الجوية»
        return list(g.names), past
    men = _men(toks, k, b, hits_at, stop, man)
    if men is None:
        return None
    end = men
    # (one word: «هاجم مسلحون مجهولون قوة أمنية» names whom they attacked, not who they are)
    named = next((g for g in groups if g.first == end and g.last == end + 1 and g.actor and not g.is_loc), None)
    if named is not None and toks[end].form.startswith("ال") == toks[k].form.lstrip("وف").startswith("ال"):
        return list(named.names), named.last  # «المسلحون الحوثيون», «مسلحون حوثيون»: the men are named so
    of = next((g for g in groups if g.first == end + 1 and g.actor and not g.is_loc), None)
    if of is not None and end < b and toks[end].form == "من":
        return list(of.names), of.last  # «مسلحون من حركة الشباب»: some of that body
    owned = _owner(toks, end, min(b, stop), groups)
    if owned is not None:
        return list(owned[0].names), owned[1]
    return [text[toks[k].start:toks[end - 1].end]], end


LAM_REACH = 2  # words after an attack noun in which «لـ» may name its doers («هجوم انتحاري لمسلحين»)


def _lam_doers(text: str, toks: list[Tok], h: Hit, b: int, hits_at: frozenset[int]) -> list[str]:
    """The unnamed armed men «لـ» names right after an attack noun as its doers («في هجوم لانتحاريين اثنين»,
    «هجوم لمسلحين مجهولين»); [] when none."""
    for k in range(h.last, min(b, h.last + LAM_REACH)):
        t = toks[k]
        if not t.word:
            return []
        if t.form[:1] == "ل" and not t.form.startswith("ال") and len(t.form) > 4:
            bare = replace(t, form=t.form[1:], start=t.start + 1)
            end = _men([*toks[:k], bare, *toks[k + 1:]], k, b, hits_at, b)
            if end is not None and toks[k].form[1:] in _MEN:
                return [text[bare.start:toks[end - 1].end]]
            return []
    return []


def _opens(toks: list[Tok], a: int, s: int, skip: frozenset[int], W: Words) -> bool:
    """True when token s opens a clause: the sentence's start, after punctuation, after «إن»/«أن» (not a
    relative), after «كان» («وكانت قوات تابعة للحكومة قد اعتقلت …») or after a date that opens the clause
    («- عام 2007 مجموعة إرهابية مسلحة فتحت النار»)."""
    while s > a and s - 1 in skip:
        s -= 1
    if s <= a:
        return True
    prev = toks[s - 1]
    if not prev.word:
        return True
    return (prev.form in W["comp"] and prev.form not in W["relative"]) or prev.form in KANA


def armed_doers(text: str, toks: list[Tok], a: int, b: int, h: Hit, hits: list[Hit], groups: list[Group],
                source: list[str], skip: frozenset[int], W: Words) -> tuple[list[str], int]:
    """The doers of the deed verb at `h` the text names by what they are (see the module docstring): right
    after the verb, or opening its clause before it; [] when none stands there. With a `source` the rules
    read, only men right after the verb and before every name of it («واغتال مسلحون أمس الشيخ فلان»: the
    name after them is whom they killed). Also the token where what they did it to may stand."""
    hits_at = frozenset(x.first for x in hits)
    if h.trig.pos == "n" and h.trig.type == "ASSAULT" and not source:
        return _lam_doers(text, toks, h, b, hits_at), b
    if h.trig.pos != "v" or h.trig.type not in DEED_TYPES:
        return [], b
    # VSO: right after the verb, past time words («واغتال مسلحون أمس …»); a plural verb holds its subject,
    # and a noun in ـين or an accusative after a verb is its object («وقتلت مسلحين»)
    k = h.last
    while k < b and (k in skip or toks[k].form in W["adverb"]):
        k += 1
    lead = h.first
    while lead > a and lead - 1 in skip:
        lead -= 1  # «- عام 2003 هاجم إرهابيون …»: a date may open the clause before the verb
    vso = not _plural(toks[h.first]) and opens_clause(toks, a, lead, W)
    needed_after = any(j > k for j in h.used)  # «فتح رجل النار»: the man stands inside the trigger
    got = _doers_at(text, toks, k, b, b, groups, hits_at, needed_after) if vso else None
    if got is not None and not _oblique(toks[k]) \
            and (_active(toks, h, got[1]) or _has_object(toks, got[1], b, h, groups, skip, W)) \
            and not any(g.first < got[1] and set(g.names) & set(source) for g in groups):
        return got[0], max(got[1], h.after)
    if source:
        return [], b
    # SVO: opening the clause before the verb («إن عناصر إرهابية استهدفت …», «مجموعة إرهابية فتحت النار»)
    for s in range(max(a, h.first - LEAD_REACH), h.first):
        if not _opens(toks, a, s, skip, W):
            continue
        got = _doers_at(text, toks, s, b, h.first, groups, hits_at)
        if got is None or _past(toks, got[1], h.first, skip, W) != h.first:
            continue
        if _active(toks, h, h.last) or _has_object(toks, h.after, b, h, groups, skip, W):
            return got[0], h.after
    return [], b


def struck(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], skip: frozenset[int],
           L: Lexicon) -> list[str]:
    """What unnamed doers did their deed to, read at token k: people a number counts, people, a person
    described or a site («عشرين شخصا», «حافلة للركاب»); [] when none stands there."""
    k = _past(toks, k, b, skip, L.words)
    if k >= b or any(g.first == k for g in groups):
        return []
    done_to, _ = noun_subject(text, toks, k, b, groups, L, skip, victims=True)
    return [n for n in done_to if counted(n) or people(n) or described_person(n) or site(n)]


RELATIVE_WORDS = 6  # words of a relative clause on the owning body before the verb («التي تسيطر على القطاع»)


def _relative_up_to(toks: list[Tok], k: int, h: Hit, W: Words) -> bool:
    """True when a relative clause opening at token k runs up to the verb at `h`, unbroken by punctuation
    («أجهزة الأمن التابعة لحماس التي تسيطر على القطاع اعتقلت …»)."""
    if k >= h.first or toks[k].form not in W["relative"] or h.first - k > RELATIVE_WORDS + 1:
        return False
    return all(toks[j].word for j in range(k, h.first))


def owning_body(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], source: list[str],
                skip: frozenset[int], L: Lexicon) -> list[str]:
    """The named body the subject of the verb at `h` belongs to, where the subject is a force, a craft or a
    band and a word of belonging ties it to that body («شنت مقاتلات تابعة للتحالف العربي غارات», «إن أجهزة
    الأمن التابعة لحماس اعتقلت …»): that body did it. [] when the subject is another party named (not the
    force noun that heads the phrase), the force is named by its own name, or no such phrase stands by the
    verb."""
    W = L.words
    if h.trig.pos != "v":
        return []
    starts = [_past(toks, h.last, b, skip, W)]
    starts += [s for s in range(max(a, h.first - LEAD_REACH), h.first) if _opens(toks, a, s, skip, W)]
    for k in starts:
        if k >= b or toks[k].form not in _FORCES:
            continue
        j = next((i for i in range(k + 1, min(b, k + 1 + BELONG_REACH)) if toks[i].form in _BELONG), None)
        if j is None or any(not toks[i].word for i in range(k + 1, j)):
            continue
        if toks[j].form[:1] in ("ي", "ت") and toks[j - 1].form.startswith("ال"):
            continue  # «المسلحين الذين اعتقلتهم قوات الأمن ينتمون إلى داعش»: a verb after a definite noun is the
            # predicate of another subject, no description of the force («قوات تنتمي إلى …» would be one)
        owned = _owner(toks, j, b, groups)
        if owned is None:
            continue
        g, end = owned
        inside = {n for x in groups if k <= x.first < j for n in x.names}
        if source and not set(source) <= inside:
            continue  # the subject is another party, named before or after the phrase
        if any(n not in L.forces for n in inside):
            continue  # «قوات جيش الفتح التابع للمعارضة»: a body named by its own name acts under it
        if k < h.first and _past(toks, end, h.first, skip, W) != h.first and not _relative_up_to(toks, end, h, W):
            continue  # a fronted phrase must run up to the verb, or to it through a relative clause on the body
        return [n for n in g.names]
    return []


STORY_TYPES = frozenset(("ASSAULT", "COERCE", "FIGHT", "CRIME"))


def story_group(events: list[Event], persons: frozenset[str], L: Lexicon) -> str | None:
    """The one armed group the article tells as the doer of its attacks: a named source of an attack that
    is no person, no state (a country, a capital, a state's force) and no people told by what they are;
    None when the article names none, or another such group as the doer of any attack, raid or crime, a side
    of a clash or the one a state strikes («… بوكو حرام»; not a story of Turkish raids on the PKK that also
    tells of «داعش»)."""
    def group(n: str) -> bool:
        return not (armed_phrase(n) or n in persons or norm(n) in L.polities or n in L.forces or unnamed(n))

    def state(e: Event) -> bool:
        return any(norm(n) in L.polities or n in L.forces for n in e.source)

    # doers, both sides of a clash, and whom a state strikes (an armed foe, not the people an attack hurt)
    named = {n for e in events if e.type in STORY_TYPES
             for n in (*e.source, *(e.target if e.type == "FIGHT" or state(e) else ())) if group(n)}
    doers = {n for e in events if e.type == "ASSAULT" for n in e.source if group(n)}
    return next(iter(doers)) if len(doers) == 1 and named == doers else None


def name_story_group(events: list[Event], persons: frozenset[str], L: Lexicon, text: str,
                     bodies: frozenset[str]) -> None:
    """Unnamed armed men (more than one) of an attack or a raid («داهم مسلحون هذه القرى») told without the
    body they belong to stand for the one armed group the article tells of (`story_group`): the group joins
    them as source; not where their own sentence names another body (`bodies`: the organisations the
    entities name), whose men they may be («أن متمردي حزب العمال الكردستاني … هاجموا»)."""
    group = story_group(events, persons, L)
    if group is None:
        return
    for e in events:
        said = text[e.start:e.end]
        if any(n != group and n in said for n in bodies):
            continue
        if e.type in STORY_TYPES and e.source and all(armed_phrase(n) and _band(n) for n in e.source) \
                and group not in e.target:
            e.source = [*e.source, group]


def _band(name: str) -> bool:
    """True when armed men are more than one («مسلحون», «انتحاريين», «مجموعة إرهابية»): a lone attacker
    («انتحاري», «مهاجما») may act on his own, apart from the group the story tells of."""
    ws = norm(name).split()
    return bool(ws) and ws[0] not in _ONE

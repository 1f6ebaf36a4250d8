"""The parties of a demand or a reproach that word order loses to what the statement is about.

A demand names the one asked before what it asks («دعا X Y إلى …», «طالب X Y بـ …»), and an accusation or a
criticism names the one blamed before what he is blamed for («اتهم X Y بـ …», «انتقد X Y لـ …»). The
names inside what is asked or charged are its topic, not a party (PLOVER.md: «Events only mentioned as topics
of a statement are not listed»):

- `asked_before_content`: the one a demand asks, a noun phrase no entity names that stands right before the
  demand's complement («إلى», «على», «بـ …», «لـ …», «أن»), reached past what the readings before stop at: an
  aside naming the statement («طالبت الوزارة في بيان الأحد العالمين العربي والإسلامي “بالتحرك”», «ودعت الحركة
  في بيان للمتحدث باسمها فلان الأطراف الدولية إلى …», «مناشدا في هذا الصدد المنظمات الدولية للتحرك»), an
  apposition between commas («ودعا الناطق …، العقيد فلان، المسافرين للتأكد …»), a subject in quote marks
  («وطالب "فلان" الصحف بتحري …»), words of time. It replaces a target read only from inside what is asked
  («… إلى التدخل لوقف عبث الاحتلال الإسرائيلي»: Israel is the topic, the parties asked are the target), and
  takes a named party asked past an aside out of the source («وطالب الاتحاد في بيان صادر عن المتحدثة باسمه
  الحكومة السورية بوقف …»).
- `content_names`: a target named inside what is asked or charged, when the one asked or blamed is named
  before it («اتهم ديمبسي الحكومة العراقية بخرق الاتفاق بمنحها إيران …», «انتقدت الجماعات إسرائيل
  لاستخدامها القوة … لتفريق مظاهرات فلسطينية», «طالبت أنقرة باحترام سيادة العراق»), is dropped; one a
  punishment is asked against («بفرض عقوبات على …») stays.
- `appealed_to`: the people an appeal verb («أهاب», «يهيب») asks with «بـ», past its subject and titles
  («وأهابت الإدارة بالمعلمين الجدد إلى …», «ويهيب الدفاع المدني بالمواطنين والمقيمين عدم …»).
- `participle_people`: the plural people a plural participle goes on with when they are the subject of the
  clause right before it («إذ فصل نشطاء ورجال دين بين الجانبين مطالبين بالهدوء»), not the ones the sentence
  opened with.
- `duty_on`, `duty_parties`: a duty laid on someone in reported speech («وقال X إن على الحكومة أن توقف …»,
  the `event_triggers.tsv` row «إن على … أن») is the speaker's demand of them.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_addressees import complement_at
from marsad.extract.events_lexicon import ON, Lexicon, Words, forms, norm
from marsad.extract.events_phrases import noun_subject, party_phrase
from marsad.extract.events_tokens import SENT_END, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# quote marks that may stand around a name or before the complement («“بالتحرك”», «"النهاري"»)
_QUOTES = frozenset(('"', "«", "»", "“", "”", "'"))
_QUOTES_COMMAS = _QUOTES | {"،", ","}  # a quote mark or a comma
# last words of a short aside after which the one asked may stand («في هذا الصدد», «في بيان له»)
_ASIDE_TAILS = forms("الصدد", "السياق", "الشأن", "له", "لها", "لهم", "باسمه", "باسمها", "صحفي", "صحافي")
# marks that end the clause of the verb: past them no party of its own stands
_CLAUSE_STOP = frozenset((".", "!", "?", "؟", ":", "؛", ";", "…"))
REACH = 18  # words after the trigger (or its subject) within which the one asked is looked for
ADJECTIVES = 2  # definite adjectives after the phrase read of the one asked («المرشحين الجدد»)
SUBJECT_REACH = 12  # tokens after the trigger within which a subject named after it (VSO) starts
# quantities before the one asked («جميع المعلمين», «كل الأطراف»)
_ALL = forms("كل", "جميع", "كافة")
# openers of the charge or the reason after the one blamed («بقتل», «لاستخدامها», «بأنه», «بسبب»)
_CHARGE_WORDS = forms("بأن", "بأنه", "بأنها", "بانه", "بانها", "لأن", "لأنه", "لأنها", "لانه", "لانها", "بسبب",
                      "جراء", "لكونه", "لكونها")
# glued «بـ» words that are manner or turn, no charge («بشدة», «بدوره»)
_NOT_CHARGE = forms("بشدة", "بقوة", "بدوره", "بدورها", "بدورهم", "بالمقابل", "بالتزامن", "بالإضافة", "بعد", "بين",
                    "بيان", "ببيان", "بحسب", "بخصوص", "بشأن", "لدى", "لقاء", "للصحفيين", "للصحافيين")
# types whose object is the one asked, and those whose object is the one blamed
_ASK = frozenset({"DEMAND"})
_BLAME = frozenset({"DISAPPROVE"})


def _stop(t: Tok) -> bool:
    """True when the token is a mark that ends the verb's clause («.», «:», «؛»)."""
    return not t.word and (t.form in _CLAUSE_STOP or t.form in SENT_END)


def _complement(toks: list[Tok], k: int, b: int) -> int | None:
    """Index of the complement's first word when one opens at token k, past quote marks («“بالتحرك»);
    None when none opens there."""
    while k < b and not toks[k].word and toks[k].form in _QUOTES:
        k += 1
    return k if complement_at(toks, k, b) else None


def _located(text: str, toks: list[Tok], lo: int, b: int, name: str, groups: list[Group]) -> int | None:
    """Index of the first token at or after `lo` where the party `name` is named: its group, else its words
    in the text; None when it is not named there."""
    at = [g.first for g in groups if lo <= g.first < b and name in g.names]
    if at:
        return min(at)
    if lo >= b:
        return None
    i = text.find(name, toks[lo].start, toks[b - 1].end)
    if i < 0:
        return None
    return next((k for k in range(lo, b) if toks[k].start <= i < toks[k].end or toks[k].start >= i), None)


def _boundary(toks: list[Tok], k: int, h: Hit, start: int, ends: set[int], skip: frozenset[int]) -> bool:
    """True when a new phrase may open at token k: right after the trigger or its named subject, a named
    party, an aside, a comma or quote mark, or words of time («في بيان الأحد العالمين …»)."""
    if k in (h.after, start) or k in ends:
        return True
    j = k - 1
    p = toks[j]
    return (not p.word and p.form in _QUOTES_COMMAS) or j in skip or (p.word and p.form in _ASIDE_TAILS)


def _subject_end(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> tuple[int, Group | None]:
    """Index after the demand's subject where it is named after the verb (VSO), with its group; else the
    index after the trigger and None."""
    g = next((g for g in sorted(groups, key=lambda x: x.first)
              if h.after <= g.first < min(b, h.after + SUBJECT_REACH) and set(g.names) & set(ev.source)), None)
    return (g.last, g) if g is not None else (h.after, None)


def _asked_phrase(text: str, toks: list[Tok], k: int, b: int, ev: Event, groups: list[Group],
                  skip: frozenset[int], L: Lexicon) -> tuple[list[str], int | None]:
    """The one asked, read as a noun phrase no entity names at token k, and the index where what is asked
    opens right after it (past a conjunct and quote marks); ([], None) when none stands there."""
    W = L.words
    first = toks[k].form
    if first in _ALL and k + 1 < b and toks[k + 1].word:
        first = toks[k + 1].form  # «جميع المعلمين الجدد»
    if not first.startswith("ال") or first.startswith("الى") or first in W["bare_title"] \
            or first in W["person_nouns"]:
        return [], None  # («ودعا المدير العام …»: a title before the one who calls)
    obj, end = noun_subject(text, toks, k, b, groups, L, skip)
    if not obj or obj[0] in ev.source or any(obj[0] in s or s in obj[0] for s in ev.source):
        return [], None
    if not party_phrase(norm(obj[0]).split(), W):
        return [], None
    n = 0
    while end < b and n < ADJECTIVES and toks[end].word and toks[end].form.startswith("ال") \
            and not complement_at(toks, end, b) and not any(g.first <= end < g.last for g in groups):
        end, n = end + 1, n + 1  # «المرشحين الجدد»: adjectives the phrase reading left
    if end < b and toks[end].word and toks[end].form[:1] == "و" and len(toks[end].form) > 3 \
            and not any(g.first <= end < g.last for g in groups):
        # «المواطنين والمقيمين على …», «العالمين العربي والإسلامي»: a conjunct of up to three words
        end = next((j for j in range(end + 1, min(b, end + 4)) if complement_at(toks, j, b)
                    or not toks[j].word), end)
    c = _complement(toks, end, b)
    if c is None or any(g.first == c for g in groups if g.actor):
        return [], None  # («الإطار القيادي لمنظمة التحرير»: a named party glued to «لـ» is no complement)
    return [text[toks[k].start:toks[end - 1].end]], c


def asked_before_content(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                         skip: frozenset[int], L: Lexicon) -> list[str] | None:
    """The target of the demand `ev` when the one asked stands, unnamed by an entity, before what it asks
    and the target read so far is none or only names inside what is asked (see the module docstring);
    None when nothing is to change."""
    if h.trig.type not in _ASK or h.trig.pos not in ("v", "x") or not ev.source:
        return None
    start, subject = _subject_end(toks, h, b, ev, groups)
    ends = {g.last for g in groups if g.actor}
    at = {g.first: g for g in groups}
    seen = 0
    k = start
    while k < b and seen < REACH:
        t = toks[k]
        if _stop(t):
            return None
        if not t.word:
            k += 1
            continue
        seen += 1
        g = at.get(k)
        if g is not None:
            if g.actor and g.binding not in ("loc", "skip", "mod") and _complement(toks, g.last, b) is not None:
                # a named party right before what is asked: the one asked; the rules took it for a second
                # subject when it stands past an aside («وطالب الاتحاد في بيان صادر عن المتحدثة باسمه
                # الحكومة السورية بوقف …»), not when «و» joins it to the subject
                if subject is not None and g is not subject and set(g.names) & set(ev.source) \
                        and not g.glued.startswith("و") and _boundary(toks, k, h, start, ends, skip) \
                        and set(subject.names) & set(ev.source) - set(g.names):
                    return list(g.names)
                return None
            k = max(g.last, k + 1)
            continue
        if _boundary(toks, k, h, start, ends, skip):
            if complement_at(toks, k, b):
                return None  # what is asked opens with no one asked before it («وطالب صبيح بضرورة …»)
            asked, c = _asked_phrase(text, toks, k, b, ev, groups, skip, L)
            if asked and c is not None:
                where = [_located(text, toks, h.after, b, n, groups) for n in ev.target]
                if any(w is None or w < c for w in where):
                    return None  # a target named before what is asked, or elsewhere: the rules read it
                return asked
        k += 1
    return None


def _charge_at(toks: list[Tok], k: int) -> bool:
    """True when the word at k opens what one is blamed for («بقتل», «لاستخدامها», «بأنه», «بسبب»)."""
    t = toks[k]
    if not t.word or t.form in _NOT_CHARGE:
        return False
    f = t.form
    return f in _CHARGE_WORDS or (f[:1] in ("ب", "ل") and not f.startswith("ال") and len(f) >= 4)


def content_names(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> list[str]:
    """The targets of `ev` named inside what a demand asks or a reproach charges, when a target is named
    before it (see the module docstring); [] when none."""
    if h.trig.pos not in ("v", "x") or len(ev.target) < 2 or h.trig.type not in _ASK | _BLAME:
        return []
    where = {n: _located(text, toks, h.after, b, n, groups) for n in ev.target}
    if any(w is None for w in where.values()):
        return []  # a target named elsewhere: the rules read it from more than the clause
    starts = {g.first: g for g in groups if g.actor}
    opens = None
    named = False  # a target named before what is asked or charged
    k = h.after
    while k < b and not _stop(toks[k]):
        g = starts.get(k)
        if g is not None:
            named = named or bool(set(g.names) & set(ev.target))
            k = max(g.last, k + 1)
            continue
        t = toks[k]
        if t.word and ((h.trig.type in _ASK and _opens_asked(toks, k, b)) or (h.trig.type in _BLAME
                                                                              and _charge_at(toks, k))):
            opens = k
            break
        k += 1
    if opens is None or not named:
        return []
    return [n for n, w in where.items() if w is not None and w >= opens and not _punished(toks, opens, w)]


# stems of punishment asked against someone («بفرض عقوبات على …», «بمحاسبة …»): the one punished stays a
# target of the demand (`events_targets`: «عقوبة رادعة بحق صياد»)
_PUNISH_STEMS = ("عقوب", "معاقب", "محاسب", "محاكم", "ملاحق", "مقاطع")
PUNISH_REACH = 3  # words before the name within which the punishment is named


def _punished(toks: list[Tok], lo: int, k: int) -> bool:
    """True when a word of punishment stands within `PUNISH_REACH` words before token k, from `lo` on."""
    words = [j for j in range(lo, k) if toks[j].word][-PUNISH_REACH:]
    return any(any(st in toks[j].form for st in _PUNISH_STEMS) for j in words)


def _opens_asked(toks: list[Tok], k: int, b: int) -> bool:
    """True when the word at k opens what a demand asks: «إلى», «على», «أن», or a verbal noun with «بـ» glued
    on («بتحري»); not a word with «لـ» glued on, which may still be a title's («مفوض الأمم المتحدة السامي
    لحقوق الإنسان والمنظمات الحقوقية إلى …»)."""
    f = toks[k].form
    return complement_at(toks, k, b) and f not in _NOT_CHARGE and f[:1] != "ل"


# plural participles of a statement («…، مطالبين بالهدوء»): their subject is plural people
_PLURAL_PARTICIPLES = forms("مطالبين", "داعين", "مناشدين", "منددين", "مستنكرين", "محملين")
_RELATIVES = forms("الذين", "الذي", "التي", "اللذين", "اللتين", "اللواتي", "اللاتي")
PARTICIPLE_REACH = 12  # words before a participle within which its subject is looked for
PHRASE_WORDS = 5  # words of the phrase of those an appeal asks with «بـ»


def participle_people(text: str, toks: list[Tok], a: int, h: Hit, since: int, groups: list[Group],
                      L: Lexicon) -> list[str]:
    """The plural people a plural participle goes on with when they are the subject of the clause right
    before it («إذ فصل نشطاء ورجال دين بين الجانبين مطالبين بالهدوء»: the activists call for calm, not
    the protesters the sentence opened with): the nearest plural noun phrase in the nominative, not after
    a preposition, after token `since` (the last verb of the sentence with a subject); [] when none."""
    W = L.words
    if h.trig.pos != "x" or toks[h.first].form not in _PLURAL_PARTICIPLES:
        return []
    seen = 0
    # («حذر اقتصاديون من سماسرة الديون، الذين يشترون مديونيات الأفراد على البنوك، داعين»: the people inside a
    # relative clause are none of its subject)
    rel = _relative_aside(toks, max(a, since), h.first)
    for k in range(h.first - 1, max(a, since) - 1, -1):
        t = toks[k]
        if _stop(t) or (not t.word and t.form in _QUOTES):
            return []
        if not t.word:
            continue
        seen += 1
        if seen > PARTICIPLE_REACH:
            return []
        if k >= rel >= 0:
            continue
        g = next((x for x in groups if x.first <= k < x.last), None)
        if g is not None and g.first != k:
            continue
        p = toks[k - 1] if k > a else None
        if p is None or not p.word or p.form in W["prep_any"] or p.form in W["comp"] \
                or (p.form[:1] in ("ب", "ل") and not p.form.startswith("ال")):
            continue  # the object of a preposition, or a subject fronted after «أن»
        head = t.form[2:] if t.form.startswith("ال") else t.form
        if g is not None:
            if g.actor and not g.is_loc and not g.person and not g.glued and _plural_head(head, W):
                # «فصل نشطاء ورجال دين»: a group the actor table names, and the people joined to it
                more, _ = noun_subject(text, toks, g.last, h.first, groups, L) if g.last < h.first \
                    and toks[g.last].form[:1] == "و" else ([], g.last)
                return [*g.names, *[m[1:] for m in more if m[:1] == "و" and party_phrase(norm(m[1:]).split(), W)]]
            continue
        if head.endswith(("ين", "ات")) or t.form[:1] in ("ب", "ل", "و", "ف") \
                or (head == t.form and head[:1] in ("ي", "ت", "ن")):
            continue  # an oblique plural («المحتجين») is no subject, nor a present verb («يستغلون»)
        obj, end = noun_subject(text, toks, k, h.first, groups, L)
        if obj and end <= h.first and party_phrase(norm(obj[0]).split(), W) and _plural_head(head, W):
            return [obj[0]]
    return []


_COMMAS = frozenset((",", "،"))


def _relative_aside(toks: list[Tok], lo: int, hi: int) -> int:
    """The relative pronoun that opens the words set off by commas right before token `hi` («…، الذين يشترون
    مديونيات الأفراد على البنوك، داعين»), -1 when none does."""
    commas = [k for k in range(hi - 1, lo - 1, -1) if not toks[k].word and toks[k].form in _COMMAS][:2]
    if len(commas) < 2 or any(toks[k].word for k in range(commas[0] + 1, hi)):
        return -1
    k = next((j for j in range(commas[1] + 1, commas[0]) if toks[j].word), -1)
    return k if k >= 0 and toks[k].form in _RELATIVES else -1


def _plural_head(head: str, W: Words) -> bool:
    """True when a word can head a phrase naming plural people in the nominative: a sound plural in ـون
    or a broken plural of the lexicon's people words («نشطاء», «رجال»)."""
    return (head.endswith("ون") and len(head) >= 5) or head in W["people"] or head in W["crew"] \
        or head in W["plain_people"]


# «إن», «أن» opening the reported clause a duty is laid in
_THAT_FORMS = forms("إن", "أن", "ان", "إنه", "أنه", "انه")


def duty_on(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a duty laid on someone in reported speech («إن على الحكومة أن …»)."""
    return h.trig.type in _ASK and h.trig.pos == "x" and h.first + 1 < len(toks) \
        and (toks[h.first].form in _THAT_FORMS or toks[h.first].form[1:] in _THAT_FORMS) \
        and toks[h.first + 1].form in ON  # («وإن على», «فإن على»)


def named_ali(text: str, toks: list[Tok], h: Hit, groups: list[Group]) -> bool:
    """True when the «على» of a duty is the name «علي» opening a person's name («أن علي صالح مازال …»): folding
    writes both alike; the text's «ي» and the name tell them apart, and no duty is laid."""
    if not duty_on(toks, h):
        return False
    k = h.first + 1
    return text[toks[k].start:toks[k].end].endswith("ي") and any(g.first <= k + 1 and k < g.last and g.person
                                                                for g in groups)  # («علي» in the name or before it)


def duty_bearers(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The ones a duty is laid on («إن على النظام السوري ألا يتدخل», «أن على اللبنانيين أن يتحملوا …»): the
    parties named between «على» and what they are to do, or the noun phrase there; [] when none."""
    k = h.first + 2
    end = max(h.used, default=k)  # the needed «أن» that ends the phrase
    named = [n for g in groups if k <= g.first < end and g.actor and g.binding not in ("loc", "skip", "mod")
             for n in g.names]
    if named:
        return list(dict.fromkeys(named))
    obj, stop = noun_subject(text, toks, k, b, groups, L)
    return [obj[0]] if obj and stop <= end and party_phrase(norm(obj[0]).split(), L.words) else []


# broken plural adjectives of people («المعلمين الجدد», «المواطنين الكرام»)
_PLURAL_ADJECTIVES = forms("الجدد", "الكرام", "الأعزاء", "القدامى", "الأفاضل")
# words that open what an appeal asks, with no one asked before them
_ASKED_OPENERS = forms("إلى", "الى", "على", "أن", "بأن", "بضرورة", "لضرورة")
# verbs of appeal whose one asked is marked by «بـ» («وأهابت الإدارة بالمعلمين الجدد إلى …»)
_APPEAL = forms("أهاب", "وأهاب", "أهابت", "وأهابت", "يهيب", "ويهيب", "تهيب", "وتهيب", "نهيب", "ونهيب")


def appealed_to(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                skip: frozenset[int], L: Lexicon) -> list[str] | None:
    """The people an appeal verb asks with «بـ», past its subject and an apposition («وأهاب مدير شؤون
    المعلمين …، عبدالله السليمان، بالمعلمين الجدد إلى …», «وأهابت الإدارة بالمعلمين الجدد»), read as a noun
    phrase no entity names; None when a named party stands there or none does."""
    W = L.words
    if h.trig.type not in _ASK or toks[h.first].form not in _APPEAL or not ev.source:
        return None
    seen = 0
    for k in range(h.after, b):
        t = toks[k]
        if _stop(t):
            return None
        if not t.word:
            continue
        seen += 1
        if seen > REACH:
            return None
        f = t.form
        if f in _ASKED_OPENERS:
            return None  # what is asked opens with no one asked before it
        if f[:1] != "ب" or f.startswith("ال") or f in _NOT_CHARGE or len(f) < 4:
            continue
        if any(g.first == k and g.actor for g in groups):
            return None  # «بالمجتمع الدولي»: the entity rules bind a named one
        if any(g.first <= k < g.last for g in groups):
            continue  # «بمنطقة مكة»: a place in the subject's title
        end = _appealed_end(toks, k, b, groups)
        phrase = text[t.start + 1:toks[end - 1].end]
        forms_ = norm(phrase).split()
        if forms_ and party_phrase(forms_, W) and not any(phrase in s or s in phrase for s in ev.source):
            joined = next((g for g in groups if g.first == end and g.actor and g.glued.startswith("و")), None)
            return [phrase, *(joined.names if joined is not None else [])]  # «… والطلاب المبتعثين»
    return None


def _appealed_end(toks: list[Tok], k: int, b: int, groups: list[Group]) -> int:
    """Index after the phrase of those an appeal asks, that opens with «بـ» at token k: a plural in ـين with
    its adjectives and conjuncts in ـين («بالمواطنين الزائرين»), a noun in construct with its genitive
    («بوسائل الإعلام»), a definite noun with adjectives in ـة or ـات («بالجهات المختصة»); not the verbal
    noun of what is asked after it («بالمسافرين الاستفادة»)."""
    head = toks[k].form[1:]
    j = k + 1
    if head in _ALL and j < b and toks[j].word:
        head, j = toks[j].form, j + 1  # «بجميع المواطنين»
    construct = not head.startswith("ال")
    while j < b and j - k < PHRASE_WORDS and toks[j].word and not complement_at(toks, j, b) \
            and not any(g.first <= j < g.last for g in groups):
        f = toks[j].form.lstrip("و") if len(toks[j].form) > 3 else toks[j].form
        if not f.startswith("ال"):
            break
        if construct:
            head, construct = f, False  # «بوسائل الإعلام»: the genitive, then its adjectives
        elif not _agrees(head, f):
            break
        j += 1
    return j


def duty_parties(text: str, toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group], L: Lexicon,
                 speakers: list[list[str]]) -> tuple[list[str], list[str]]:
    """Source and target of a duty laid in reported speech (`duty_on`): the first speaker of `speakers`
    (who opens the sentence with a reporting verb, the subject of its verb before, the quote's speaker, the
    one the story tells of), else the party named last before it («وقال وزير الخارجية الفرنسي إن على …»);
    the ones the duty is laid on are the target (`duty_bearers`); none when it is laid on no party."""
    bearers = duty_bearers(text, toks, h, b, groups, L)
    if not bearers:
        return [], []  # («وإن على الخطيب أن …»: a duty of no party, a preacher's in general): no demand told
    says = next((s for s in speakers if s), None)
    if says is None:
        says = next((list(g.names) for g in reversed(groups) if a <= g.first < h.first and g.actor), [])
    return [n for n in says if n not in bearers], bearers


def _agrees(head: str, f: str) -> bool:
    """True when the definite word `f` can be an adjective of the plural `head`: in ـين after ـين (or a
    broken plural adjective: «المعلمين الجدد»), in ـة, ـات or ـي after any other («الجهات المختصة»)."""
    if head.endswith("ين"):
        return f.endswith("ين") or f in _PLURAL_ADJECTIVES
    return f.endswith(("ه", "ات", "ي"))


_ENVOY = forms("السفير", "سفير", "للسفير", "سفيرها", "سفيره", "القائم")
ENVOY_REACH = 6  # tokens after the envoy word where the envoy's own name stands


def summoned_envoy(text: str, toks: list[Tok], h: Hit, groups: list[Group], ev: Event) -> None:
    """«واستدعى رئيس ديوان المستشارية ألتماير السفير الأمريكي جون …»: the envoy named after the summoning's
    «السفير» was summoned: he (and the country his title names) is the target, never the source; the one
    named between the verb and «السفير» summoned him."""
    if ev.type != "DISAPPROVE" or not any(toks[k].form in _ENVOY for k in h.used):
        return
    envoy = min(k for k in h.used if toks[k].form in _ENVOY)
    lo, hi = toks[envoy].start, toks[min(envoy + ENVOY_REACH, len(toks) - 1)].end
    his = {n for g in groups if g.first <= envoy + ENVOY_REACH and g.last > envoy for n in g.names
           if text.find(n, lo, hi) >= 0 and text.find(n, toks[h.first].start, lo) < 0}  # (a group may run over it)
    moved = [n for n in ev.source if n in his]
    if not moved:
        return
    ev.source = [n for n in ev.source if n not in moved]
    if not ev.source:
        ev.source = [n for g in groups if h.last <= g.first < envoy and g.actor for n in g.names if n not in moved]
    ev.target = [*moved, *[n for n in ev.target if n not in moved and n not in ev.source]]

"""Obvious addressees of demands that no entity names.

A demand verb («دعا», «طالب», «حث», «ناشد», «أهاب») takes the one asked as its object, right after
the verb or right after its subject (VSO): «ودعا الاتحاد المجتمع الدولي إلى التحرك», «داعيا الكتل
البرلمانية إلى …», «وحث الوزير الجهات المعنية على …». When no entity names that object, it is read
as a noun phrase (`events_phrases.noun_subject`) and kept when

- its head can name a party (`events_phrases.party_phrase`: «المجتمع الدولي», «الجهات المختصة»,
  «الأمة الإسلامية», «الكتل البرلمانية»), and
- the demand's complement follows it: a preposition «إلى»/«على»/«لـ»/«بـ» or «أن», glued or apart
  («للتحرك», «بضرورة»): the phrase is the one asked, not the thing asked for.

The one asked outranks a party read from the thing asked: «وطالب الكعود حكومة الأنبار بالعمل … للقضاء على
داعش», «ودعا الرئيس السلطات المحلية إلى حماية المتظاهرين من الشرطة» hold the body asked, not «داعش» or the
police. This holds only when every target read so far is named after the phrase asked and the subject
was read before it; a name there the entity rules left unbound («حكومة الأنبار») is taken too. The
subject's own people, a noun of `asked_own` with a possessive pronoun («وطالبت الوزارة مواطنيها بعدم
السفر», «ودعت الخارجية رعاياها إلى المغادرة»), a place inside the phrase («الحكومة المحلية في الأنبار
بـ») and an adverb before it («طالبت الحكومة مجددا المجتمع الدولي») are read too; words after a subject
that ends in a bare title are its genitive, not the one asked (`_open_construct`).

A subject named with a genitive glued to «لـ» («الاتحاد العالمي للمسلمين») is stepped over first
(`asked_party`). An indefinite construct head before a definite genitive («ودعا المحافظ أصحاب المنشآت
إلى …», «أهالي مدينة الرمادي») opens the phrase asked too (`events_asked_phrases.construct_phrase`).

Praise and condemnation of a deed told by a relative clause on its doer hold that doer: «أعرب عن
تقديره للدور الذي تضطلع به دول مجلس التعاون», «أشاد بالدعم الذي قدمه رجال القبائل», «استنكاره للهجوم
الذي تبناه تنظيم داعش». When no target is known, the subject of such a clause (a verb of doing,
giving or claiming, `_DOER_VERBS`, within `_REACH` words of the trigger, before its clause ends) is the
target: a named group, maybe after a kind word («تنظيم»), or a party phrase (`held_doer`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_asked_phrases import construct_head, construct_phrase, within_source
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import noun_subject, party_phrase
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# words that open a demand's complement after the one asked («إلى التحرك», «على العمل», «بضرورة»)
_COMPLEMENT = frozenset(norm(w) for w in ("إلى", "الى", "على", "أن", "بأن", "لأن", "ب", "ل"))
# proclitic prepositions glued to the complement's first word («للتحرك», «بضرورة», «لاتخاذ»)
_GLUED = ("ل", "ب")
# the types whose object is the one asked
_ASKED_TYPES = frozenset({"DEMAND"})
# adverbs between the subject and the one asked («طالبت الحكومة مجددا المجتمع الدولي», «ودعا أيضا»)
_ADVERBS = frozenset(norm(w) for w in ("مجددا", "مجدداً", "أيضا", "أيضاً", "كذلك", "بدوره", "بدورها", "بشدة"))
# the preposition of a place told inside the phrase asked («الحكومة المحلية في الأنبار»)
_IN = norm("في")
# possessive pronouns on a noun of people («مواطنيها», «أنصاره», «رعاياهم»)
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def own_people(form: str, L: Lexicon) -> bool:
    """True when a word is a noun of `asked_own` with a possessive pronoun: the subject's own people
    («مواطنيها», «رعاياه», «أنصارهم»), glued to no preposition."""
    return any(form.endswith(p) and form[:-len(p)] in L.words["asked_own"] for p in _POSSESSIVES)


# quantities before the asked party («كل الأطراف», «جميع الأطباء»)
_ALL = frozenset(norm(w) for w in ("كل", "جميع", "كافة"))


def _next_word(toks: list[Tok], k: int, b: int, skip: frozenset[int]) -> int:
    """Index of the first word at or after `k` that is not in `skip`; `b` when none."""
    while k < b and (not toks[k].word or k in skip):
        if not toks[k].word:
            return b  # punctuation ends the verb's clause
        k += 1
    return k


def complement_at(toks: list[Tok], k: int, b: int) -> bool:
    """True when the word at `k` opens a demand's complement («إلى», «على», «بضرورة», «للتحرك»)."""
    if k >= b or not toks[k].word:
        return False
    f = toks[k].form
    return f in _COMPLEMENT or (f[:1] in _GLUED and len(f) >= 4)


def _conjunct(t: Tok) -> bool:
    """True when a word opens with the conjunction «و» glued to a noun («وزوار», «والعاملين»)."""
    return t.word and t.form[:1] == "و" and len(t.form) > 3


def _past_subject(text: str, toks: list[Tok], k: int, b: int, ev: Event, groups: list[Group],
                  skip: frozenset[int], L: Lexicon) -> int:
    """Index after the subject of the demand when it stands at `k` (VSO: a group, or the noun phrase
    the subject was read from), with a «لـ» genitive glued to the word after it («الاتحاد العالمي
    للمسلمين»); `k` itself when no subject stands there."""
    g = next((x for x in groups if x.first == k and set(x.names) & set(ev.source)), None)
    if g is None and k < b and toks[k].form.startswith("ال"):
        # «ودعت الخارجية البريطانية رعاياها»: a body whose nisba alone is named
        g = next((x for x in groups if x.first == k + 1 and x.nisba and set(x.names) & set(ev.source)), None)
    if g is not None:
        n = g.last
    else:
        said, n = noun_subject(text, toks, k, b, groups, L, skip)
        if not said or not set(said) & set(ev.source):
            return k
    if n < len(toks) and toks[n].word and toks[n].form.startswith("لل") and len(toks[n].form) >= 5:
        n += 1  # («الاتحاد العالمي للمسلمين المجتمع الدولي»: the genitive belongs to the subject)
    return n


def asked_party(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party no entity names that a demand verb asks (see the module docstring); [] when none.
    A target already read from the thing asked («بالعمل للقضاء على داعش») gives way to it, not one
    named before it (`_told_before`)."""
    if h.trig.type not in _ASKED_TYPES or h.trig.pos not in ("v", "x"):
        return []
    if not ev.source and h.trig.pos != "x":
        return []  # (a participle's subject is the sentence's, told before it: «…، مطالبا كل الأطراف بـ»)
    start = _next_word(toks, h.last, b, skip)
    k = _next_word(toks, _past_subject(text, toks, start, b, ev, groups, skip, L), b, skip)
    if _open_construct(toks, h, k, L):
        return []
    while k + 1 < b and toks[k].form in _ADVERBS:
        k += 1  # «كما طالبت الحكومة مجددا المجتمع الدولي بـ»
    if ev.target and (_told_before(k, ev, groups) or not _subject_before(k, start, h, ev, groups)):
        return []
    return asked_at(text, toks, k, b, ev, groups, skip, L)


def _open_construct(toks: list[Tok], h: Hit, k: int, L: Lexicon) -> bool:
    """True when the subject ends in a title with no article, whose genitive the words at `k` are
    («طالب كارلوس تشافيز أمين صندوق الاتحاد بتغيير …»: the title's, not the one asked)."""
    if k - 1 < h.last or not toks[k - 1].word:
        return False
    f = toks[k - 1].form
    return not f.startswith("ال") and (f in L.words["title"] or f in L.words["party_head"])


def _subject_before(k: int, start: int, h: Hit, ev: Event, groups: list[Group]) -> bool:
    """True when the subject of the demand was read after the verb, before `k`, or is named before the
    verb: the words at `k` are then not the subject the entity layer missed («وطالب معتصمون الجماعة»)."""
    return k > start or h.trig.pos == "x" or any(g.last <= h.first and set(g.names) & set(ev.source)
                                                 for g in groups)


def _told_before(k: int, ev: Event, groups: list[Group]) -> bool:
    """True when a target of the event is named before token `k` or not in the sentence at all (told
    by another rule: the one asked before the verb, a party carried over), or the subject is named
    after `k` («دعا المبعوث الخاص … برناردينو ليون إلى»: the words at `k` are its title): the target
    is then no party of the thing asked."""
    held = [g for g in groups if set(g.names) & set(ev.target)]
    return not held or any(g.first < k for g in held) \
        or any(g.first >= k and set(g.names) & set(ev.source) for g in groups)


def after_subject(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                  skip: frozenset[int], L: Lexicon) -> int:
    """Index of the first token after a demand verb and its subject, punctuation included (VSO)."""
    k = _next_word(toks, h.last, b, skip)
    if k >= b or not toks[k].word:
        return k
    return _past_subject(text, toks, k, b, ev, groups, skip, L)


def asked_at(text: str, toks: list[Tok], k: int, b: int, ev: Event, groups: list[Group],
             skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party no entity names that a noun phrase at `k` names as the one a demand asks, when the
    demand's complement follows it; [] when none."""
    named = next((g for g in groups if g.first <= k < g.last), None)
    if named is not None:  # a named object is the entity rules' to bind, unless they bound another party
        # after it: «وطالب الكعود حكومة الأنبار بالعمل … على داعش»
        asked = [n for n in named.names if n not in ev.source]
        bound_other = bool(ev.target) and not set(asked) & set(ev.target)
        return asked if bound_other and named.first == k and (named.actor or named.force) \
            and not named.glued and complement_at(toks, named.last, b) else []
    if k >= b:
        return []
    if toks[k].word and own_people(toks[k].form, L) and complement_at(toks, k + 1, b):
        return [text[toks[k].start:toks[k].end]]  # «وطالبت الوزارة مواطنيها بـ», «ودعا أنصاره إلى»
    first, at = toks[k].form, k
    if first in _ALL and k + 1 < b and toks[k + 1].word:
        first, at = toks[k + 1].form, k + 1  # «مطالبا كل الأطراف ببذل …», «جميع الأطباء»
    if not first.startswith("ال") and construct_head(toks, at, b, groups, L):
        name, end = construct_phrase(text, toks, k, at, b, groups, L)  # «أصحاب المنشآت»
        obj = [name] if name and not within_source(name, ev) else []
    elif not first.startswith("ال") or first.startswith("الى") or first in L.words["bare_title"] \
            or first in L.words["person_nouns"]:
        return []  # («وطالب المواطن علي …»: a title before a name the entity layer missed)
    else:
        obj, end = noun_subject(text, toks, k, b, groups, L, skip)
    if obj and end + 1 < b and toks[end].form == _IN and (g := next((x for x in groups if x.first == end + 1
                                                                   and x.is_loc and not x.glued), None)):
        obj, end = [text[toks[k].start:toks[g.last - 1].end]], g.last  # «الحكومة المحلية في الأنبار بـ»
    if obj and end < b and _conjunct(toks[end]) and not any(g.first <= end < g.last for g in groups):
        # «المواطنين وزوار البيت الحرام إلى»: a conjunct of up to three words before the complement
        end = next((j for j in range(end + 1, min(b, end + 4)) if complement_at(toks, j, b)
                    or not toks[j].word), end)
    if not obj or obj[0] in ev.source or not complement_at(toks, end, b):
        return []
    forms = norm(obj[0]).split()
    return [obj[0]] if party_phrase(forms, L.words) else []


# relative pronouns opening a clause that tells whose the praised or condemned thing is
_RELATIVE = frozenset(norm(w) for w in ("الذي", "التي", "الذين", "ما", "لما", "بما"))
# verbs of such a clause whose subject is the doer of the thing («الدور الذي تضطلع به دول المجلس»,
# «الهجوم الذي تبناه تنظيم داعش», «الجهود التي تبذلها المملكة»), past and present
_DOER_VERBS = frozenset(norm(w) for w in (
    "تبنى", "تبنت", "يتبنى", "نفذ", "نفذت", "ينفذ", "تنفذ", "ارتكب", "ارتكبت", "يرتكب", "ترتكب", "اقترف",
    "اقترفت", "شن", "شنت", "يشن", "تشن", "قام", "قامت", "يقوم", "تقوم", "قدم", "قدمت", "يقدم", "تقدم",
    "بذل", "بذلت", "يبذل", "تبذل", "اضطلع", "اضطلعت", "يضطلع", "تضطلع", "لعب", "لعبت", "يلعب", "تلعب",
    "أبدى", "أبدت", "يبدي", "تبدي", "اتخذ", "اتخذت", "يتخذ", "تتخذ", "أصدر", "أصدرت", "يصدر", "تصدر"))
# object pronouns glued to such a verb («تبناه», «يبذلها», «قدمته»)
_OBJ_SUFFIXES = ("ته", "تها", "ه", "ها", "هم")
# a preposition with a resumptive pronoun after such a verb («تضطلع به», «تقوم بها»)
_RESUMPTIVE = frozenset(norm(w) for w in ("به", "بها", "بهم", "عنه", "عنها"))
_REACH = 10  # words after the trigger within which the relative clause opens
_HELD_TYPES = frozenset({"SUPPORT", "DISAPPROVE"})
# words naming what kind of body a name after them is («تنظيم داعش», «حركة حماس»)
_KIND_HEADS = frozenset(norm(w) for w in ("تنظيم", "حركة", "جماعة", "ميليشيا", "ميليشيات", "مليشيات", "جبهة"))


def _doer_verb(form: str) -> bool:
    """True when a word is a verb of `_DOER_VERBS`, bare or with a glued object pronoun or «و»."""
    f = form[1:] if form[:1] == "و" and len(form) > 3 else form
    if f in _DOER_VERBS:
        return True
    stems = [f[:-len(s)] for s in _OBJ_SUFFIXES if f.endswith(s)]
    return any(t in _DOER_VERBS or (t.endswith("ا") and t[:-1] + "ي" in _DOER_VERBS) for t in stems)  # «تبناه»


def _relative_doer_at(toks: list[Tok], h: Hit, b: int) -> int | None:
    """Index of the first word after the verb of a relative clause of `_DOER_VERBS` that opens within
    `_REACH` words after the trigger of `h`, before its clause ends; None when none opens there."""
    n = 0
    for k in range(max(h.used, default=h.last - 1) + 1 if h.used else h.last, b):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return None
            continue
        n += 1
        if n > _REACH:
            return None
        if t.form in _RELATIVE and k + 1 < b and toks[k + 1].word and _doer_verb(toks[k + 1].form):
            j = k + 2
            if j < b and toks[j].form in _RESUMPTIVE:
                j += 1
            return j if j < b else None
    return None


def held_doer(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
              L: Lexicon) -> list[str]:
    """The party a praise or a condemnation is held to when its object is a deed told by a relative
    clause on its doer («أعرب عن تقديره للدور الذي تضطلع به دول مجلس التعاون», «أدان الهجوم الذي
    تبناه تنظيم داعش»): the named subject of that clause; [] when none or when a target is known."""
    if h.trig.type not in _HELD_TYPES or ev.target:
        return []
    j = _relative_doer_at(toks, h, b)
    if j is None:
        return []
    g = next((x for x in groups if j <= x.first <= j + 3 and x.actor and x.names
              and all(not toks[k].word or toks[k].form in _KIND_HEADS for k in range(j, x.first))), None)
    if g is not None:  # («تبناه تنظيم "داعش"»: a kind word and quotes before the name)
        return [n for n in g.names if n not in ev.source]
    obj, _ = noun_subject(text, toks, j, b, groups, L)
    if not obj or obj[0] in ev.source:
        return []
    return [obj[0]] if party_phrase(norm(obj[0]).split(), L.words) else []

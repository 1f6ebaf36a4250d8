"""The dead of a killing told by its outcome are its victims, and whoever reports it is not its doer.

A killing is often told from the side of those who died: a passive verb or a death noun, the dead, and
the attack they died in («قتل قيادي في داعش في قصف للتحالف», «أعلنت الشرطة مقتل جندي في تفجير»). The
actors named between the killing word and «في»/«جراء»/«إثر»/«خلال» + an attack noun are the dead (the
target), never the doer, and the subject of a reporting verb («أعلنت», «أكدت») whose object the death noun
is only tells of the death: the doer is the attack's agent, where one is named. An active verb has its
doer right after it and the dead after the doer («قتل مسلحو داعش ثلاثة جنود في هجوم»): a counted phrase
or a name opening the words after the verb tells that reading, and the rule is then left alone.

A killing word right before a noun that names no one in particular («وقتل الأبرياء», «قتل النفس التي حرم
الله», «تسعى إلى تقويض الأمن وقتل الآمنين») names a kind of deed, in a sermon, a condemnation or a
description of terrorists, and tells no killing: the speaker it would otherwise be given to did nothing.

A condemnation of a deed («أدان … التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ», «استنكر … الجريمة
التي استهدفت أمن المملكة العربية السعودية», «حادثة التفجير بمسجد قوات الطوارئ») is aimed at whoever did it,
not at those it was done to: the names in the words that tell whom or where the deed hit (after «استهدف»,
«تعرض», «على», «ضد», «بحق», «في», «بـ» …) are no target of the condemnation; its doer, named right after the
deed noun («الهجوم الإسرائيلي», «اعتداءات المستوطنين») or after «شنه», «نفذه», «من قبل» …, stays; and the
words between the verb and the deed noun are its subject («أدان مجلس الوزراء بمملكة البحرين التفجير»), no target.
Where the deed noun names its doer in the genitive and what it hit after «لـ» («وأدانت مصر قصف التحالف لمواقع
الحوثيين», «واستنكرت الكويت استهداف داعش للمدنيين»), that doer is the condemnation's target once the deed's
roles are read (`condemned_deed`): the deed noun stands right after the condemnation, in its clause.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.extract.numbers import analyse_word
from marsad.model import Event

_IN_DEED = frozenset(norm(w) for w in ("في", "جراء", "إثر", "اثر", "خلال"))
_DEATH_NOUNS = frozenset(norm(w) for w in ("مقتل", "مصرع"))
_PASSIVE_FORMS = frozenset(norm(w) for w in ("قتل", "وقتل", "فقتل", "اغتيل", "واغتيل"))
_ANYONE = frozenset(norm(w) for w in (
    "الأبرياء", "الآمنين", "الأنفس", "النفس", "الأرواح", "نفسا"))
_CONDEMN = frozenset(norm(w) for w in (
    "أدان", "أدانت", "دان", "دانت", "استنكر", "استنكرت", "ندد", "نددت", "شجب", "شجبت", "يدين", "تدين",
    "يستنكر", "تستنكر", "أدانوا", "استنكروا", "نددوا", "إدانة", "استنكار", "تنديد", "إدانته", "إدانتها",
    "استنكاره", "استنكارها", "تنديده", "تنديدها", "انتقد", "انتقدت", "انتقدوا", "ينتقد", "تنتقد"))
_DEED_WORDS = frozenset(norm(w) for w in (  # without the article
    "جريمة", "جرائم", "عمل", "أعمال", "حادث", "حادثة", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "عملية",
    "هجوم", "هجمات", "تصريحات", "إساءة", "إساءات", "انتهاكات"))
_HIT_CUES = frozenset(norm(w) for w in (
    "على", "ضد", "بحق", "في", "استهدف", "استهدفت", "تستهدف", "يستهدف", "تعرض", "تعرضت", "أدى", "أودى",
    "حصد", "راح", "طال", "طالت", "ضحيته", "ضحيتها", "أسفر", "أسفرت", "داخل", "قرب"))
_DOER_CUES = frozenset(norm(w) for w in (
    "شنه", "شنها", "نفذه", "نفذها", "ارتكبه", "ارتكبها", "ارتكبته", "تبناه", "تبنته", "قبل", "يد", "أيدي",
    "أدلى", "صدرت", "صدر", "أطلقها", "أطلقه"))
# words naming what kind of body the name after them is («جماعة بوكو حرام», «تنظيم داعش»)
_KINDS = frozenset(norm(w) for w in ("جماعة", "تنظيم", "حركة", "ميليشيا", "ميليشيات", "مليشيات", "جبهة", "حزب"))
_PRONOUNS_B = frozenset(norm(w) for w in ("به", "بها", "بهم", "بهما", "بهن"))
_REACH = 10  # words from the killing word to the attack noun
_REPORTING = frozenset(norm(w) for w in (
    "أعلن", "أعلنت", "أعلنوا", "أفاد", "أفادت", "كشف", "كشفت", "نفى", "نفت", "تأكد", "أكد", "أكدت", "ذكر", "ذكرت",
    "قال", "قالت", "أوضح", "أوضحت", "نقل", "نقلت", "أورد", "أوردت", "رجح", "رجحت", "يعلن", "تعلن"))


def deed_after_death(toks: list[Tok], lo: int, b: int, L: Lexicon) -> int | None:
    """The token of «في»/«جراء»/«إثر»/«خلال» right before an attack or fighting noun, within `_REACH`
    tokens from token `lo` and before the clause ends; None when there is none."""
    for j in range(lo, min(b - 1, lo + _REACH)):
        if not toks[j].word and toks[j].form in CLAUSE_END:
            return None
        if toks[j].form in _IN_DEED and any(
                trig.pos == "n" and trig.type in ("ASSAULT", "FIGHT") for r in toks[j + 1].reads
                for trig in L.by_first.get(r, ())):
            return j
    return None


def _passive_shape(toks: list[Tok], h: Hit, j: int, groups: list[Group]) -> bool:
    """True when a killing verb reads as passive: a bare «قتل» (no subject suffix) whose next word is a
    common noun («قيادي», «زعيم»), not a name or a number, with no number after the named part either
    (an active verb's dead follow its doer: «قتل مسلحو داعش ثلاثة جنود»)."""
    if toks[h.first].form not in _PASSIVE_FORMS or h.last >= j:
        return False
    if any(g.first == h.last for g in groups) or any(c.isdigit() for c in toks[h.last].form):
        return False
    head = toks[h.last].form
    if head.endswith(("و", "ون")) and not head.startswith("ال"):
        return False  # «قتل مسلحو داعش …», «قتل مسلحون …»: a nominative plural is the doer
    return not any(_number(toks[k]) for k in range(h.last, j))


def _number(t: Tok) -> bool:
    """True when a token is a number, in digits or in words («ثلاثة», «عشرات»)."""
    return t.word and (any(c.isdigit() for c in t.form) or analyse_word(t.form) is not None)


def _reporters(toks: list[Tok], a: int, first: int, groups: list[Group]) -> set[str]:
    """The names standing between a reporting verb and the death noun it governs («أعلنت وزارة الداخلية
    مقتل …»): who reports the death; empty when no reporting verb opens that stretch."""
    for k in range(first - 1, max(a - 1, first - 8), -1):
        t = toks[k]
        if not t.word:
            return set()
        if t.form in _REPORTING or (t.form[:1] in ("و", "ف") and t.form[1:] in _REPORTING):
            return {n for g in groups if k < g.first and g.last <= first for n in g.names}
    return set()


def _death_before(toks: list[Tok], a: int, h: Hit) -> int | None:
    """The token of a death noun («مقتل») that an attack noun right after «في»/«جراء»/«إثر» tells the
    cause of («مقتل جندي في تفجير»), within `_REACH` tokens before it in its clause; None when none."""
    if h.first - 1 <= a or toks[h.first - 1].form not in _IN_DEED:
        return None
    for k in range(h.first - 2, max(a - 1, h.first - 1 - _REACH), -1):
        if not toks[k].word and toks[k].form in CLAUSE_END:
            return None
        if any(r in _DEATH_NOUNS for r in toks[k].reads):
            return k
    return None


def dead_in_deed(toks: list[Tok], a: int, b: int, h: Hit, ev: Event, groups: list[Group], L: Lexicon) -> None:
    """Make the dead of a killing told by its outcome its target, and drop its reporter from its source
    («قتل قيادي في داعش في قصف للتحالف الدولي»: داعش died; «أعلنت وزارة الصحة مقتل 12 شخصا في انفجار
    …»: the ministry only tells of it)."""
    if ev.type in ("ASSAULT", "FIGHT") and h.trig.pos == "n" and (death := _death_before(toks, a, h)) is not None:
        # «… مقتل جندي في تفجير»: the attack the death is told by has no more the reporter as its doer
        ev.source = [n for n in ev.source if n not in _reporters(toks, a, death, groups)]
        lam = h.last < len(toks) and toks[h.last].form.startswith("ل")
        by = next((g for g in groups if lam and h.last <= g.first <= h.last + 1 and g.actor), None)
        if by is not None and not ev.source:  # «في هجوم للمتمردين الأكراد»: the attack's agent
            ev.source = list(by.names)
            ev.target = [n for n in ev.target if n not in by.names]
    if ev.type != "ASSAULT" or h.trig.mode != "kill":
        return
    j = deed_after_death(toks, h.last, b, L)
    if j is None:
        return
    reading = norm(trigger_reading(toks[h.first], h.trig))
    noun = h.trig.pos == "n" and reading in _DEATH_NOUNS
    if not noun and not (h.trig.pos == "v" and _passive_shape(toks, h, j, groups)):
        return
    dead = [n for g in groups if h.last <= g.first < j and g.actor for n in g.names]
    agents = {n for g in groups if j < g.first < min(b, j + 6) for n in g.names}
    dead = [n for n in dead if n not in agents and n in ev.source]  # (not a part of a counted phrase)
    if dead:
        ev.source = [n for n in ev.source if n not in dead]
        ev.target = list(dict.fromkeys([*dead, *ev.target]))
    if noun:
        told = _reporters(toks, a, h.first, groups) - agents
        ev.source = [n for n in ev.source if n not in told]


def kind_of_killing(toks: list[Tok], h: Hit) -> bool:
    """True when a killing word stands right before a noun naming no one in particular («وقتل الأبرياء»,
    «قتل النفس»): a kind of deed spoken of, no killing told."""
    if h.trig.type != "ASSAULT" or h.trig.mode != "kill" or h.last >= len(toks) or not toks[h.last].word:
        return False
    return toks[h.last].form in _ANYONE


def _deed_object(toks: list[Tok], h: Hit, b: int) -> int | None:
    """The token of the deed noun a condemning verb governs, after its subject and before its clause
    ends («أدان مجلس الوزراء بمملكة البحرين وبشدة التفجير …»); None when no deed noun is its object."""
    for k in range(h.last, min(b, h.last + 25)):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END:
                return None
            continue
        bare = t.form[1:] if t.form[:1] == "و" else t.form
        if (bare[2:] if bare.startswith("ال") else bare) in _DEED_WORDS:
            return k
    return None


def _hit_names(toks: list[Tok], k: int, b: int, groups: list[Group]) -> set[str]:
    """The names in the words after the deed noun at token k that tell whom or where it hit, up to the
    clause's end: those after a cue of the deed's aim or place, unless a cue of its doer comes after."""
    at = {g.first: g for g in groups}
    hit = False
    out: set[str] = set()
    for j in range(k + 1, min(b, k + 30)):
        t = toks[j]
        if not t.word:
            if t.form in CLAUSE_END:
                break
            continue
        bare = t.form[1:] if t.form[:1] in ("و", "ف") and len(t.form) > 3 else t.form
        if t.form in _DOER_CUES or bare in _DOER_CUES:
            hit = False
        elif t.form in _HIT_CUES or bare in _HIT_CUES or (
                t.form[:1] == "ب" and j > k + 1 and j not in at and t.form not in _PRONOUNS_B):
            hit = True
        if (g := at.get(j)) is not None and (hit or (t.form[:1] == "ب" and t.form not in _PRONOUNS_B)) and j > k + 1:
            out.update(g.names)
    return out


_CONDEMNED_REACH = 8  # words from a condemnation verb to the deed noun it governs


def condemned_deed(toks: list[Tok], at: int | None, h: Hit, hits: list[Hit]) -> bool:
    """True when deed hit `h` is what the condemnation verb at token `at` condemns: the deed stands after it
    in its clause, within eight words, with no other trigger between («وأدانت مصر قصف التحالف لمواقع
    الحوثيين»: the coalition is condemned)."""
    if at is None or at >= h.first:
        return False
    form = toks[at].form
    if form not in _CONDEMN and form[1:] not in _CONDEMN:
        return False
    between = [k for k in range(at + 1, h.first) if toks[k].word]
    return len(between) <= _CONDEMNED_REACH and not any(toks[k].form in CLAUSE_END for k in range(at + 1, h.first)) \
        and not any(at < x.first < h.first for x in hits)


def condemned_not_hit(toks: list[Tok], b: int, h: Hit, ev: Event, groups: list[Group]) -> None:
    """Drop from a condemnation's or a criticism's target the names the condemned deed hit («أدان … التفجير
    الذي استهدف مسجدا لقوات الطوارئ»: the victims are no target; the doer, where named, stays, also when named
    again past a cue of the deed's aim: «هجمات جماعة بوكو حرام … بأنها … الجماعة»)."""
    form = toks[h.first].form
    if ev.type != "DISAPPROVE" or not ev.target or (form not in _CONDEMN and form[1:] not in _CONDEMN):
        return
    k = _deed_object(toks, h, b)
    if k is None:
        return
    # «أدانت … هجمات جماعة بوكو حرام … واستنكرت استغلال الجماعة …»: the deed's doer, named right after
    # its noun, stays though a later mention of it follows a cue of the deed's aim
    doer = {n for g in groups if (g.first == k + 1 or (g.first == k + 2 and toks[k + 1].form in _KINDS))
            and g.actor and not g.glued for n in g.names}
    hit = _hit_names(toks, k, b, groups) - doer
    later = {n for g in groups if g.first > k for n in g.names}
    subject = {n for g in groups if h.last <= g.first and g.last <= k for n in g.names} - later
    # «أدان مجلس الوزراء بمملكة البحرين … التفجير»: the words before the deed noun tell who condemns it
    ev.target = [n for n in ev.target if n not in hit and n not in subject]

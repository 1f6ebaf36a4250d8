"""The dead of a killing told by its outcome are its victims, and whoever reports it is not its doer.

A killing is often told from the side of those who died: a passive verb or a death noun, the dead, and
the attack they died in («قتل قيادي في داعش في قصف للتحالف», «أعلنت الشرطة مقتل جندي في تفجير»). The
actors named between the killing word and «في»/«جراء»/«إثر»/«خلال» + an attack noun are the dead (the
target), never the doer, and the subject of a reporting verb («أعلنت», «أكدت») whose object the death noun
is only tells of the death: the doer is the attack's agent, where one is named. An active verb has its
doer right after it and the dead after the doer («قتل مسلحو داعش ثلاثة جنود في هجوم»): a counted phrase
or a name opening the words after the verb tells that reading, and the rule is then left alone. A passive
verb may open the dead before a stabbing or ramming as a death noun does («قتل جندي إسرائيلي في عملية دهس»),
and a wound noun tells a reporter as a death noun does («أعلنت الشرطة إصابة مستوطن في عملية طعن»). A force
that reports the death of soldiers or policemen no name or nisba claims («أعلن الجيش الإسرائيلي مقتل جنديين في
معارك») lost its own men: it is the attack's target, or the side of a fight facing the one already named.

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
The deed noun may carry a preposition and the article («ندد بالتفجير», «إدانتها للحادث»), the words that tell
whom it hit may go on past a comma with a relative clause or a result verb («…، الذي راح ضحيته عدد من رجال
الأمن», «…، وأسفر عن …»), and a result verb or a harm noun («أدت إلى استشهاد الطفل», «مقتل …») tells a victim.
A condemnation told by a phrase («أعرب X عن إدانته للعمل …», «عن بالغ استنكاره») has its subject inside the
phrase: the names there (his office's body, his country) are no target either.

The side a condemnation offers condolence or solidarity to in its sentence («…، معربين عن تعازيهم ومواساتهم
لخادم الحرمين الشريفين», «يعرب عن تضامنه الكامل مع …», «وقدم التعازي … لمملكة البحرين») is the one
the deed hurt, not the one condemned (`consoled_not_condemned`), unless named also outside those words.

Whoever condemns a deed is not its doer (`not_condemner`): an attack told after a condemnation in its
sentence («دان الأمين العام للأمم المتحدة بشدة قتل رضيع», «عن إدانة الولايات المتحدة للهجمات … حيث هاجم
مفجر إرهابي مسجدا», «ندد X بالتفجير …، مشيرا إلى … من استهدافه لرجال الأمن») loses the condemner, the
names before the condemning word and those of the condemnation's subject as its source, unless the text
names them again at or after the deed («… الذي شنته إسرائيل»). A verb conjoined to the condemnation with
no relative clause between («استنكرت الحكومة الاعتداء وقصفت مواقعهم») goes on with its subject and is left.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, Words, forms, norm
from marsad.extract.events_meeting_sides import AGENT_HANDS
from marsad.extract.events_site_owner import UNITS
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.extract.numbers import analyse_word
from marsad.model import Event

IN_DEED = frozenset(norm(w) for w in ("في", "جراء", "إثر", "اثر", "خلال"))  # «مقتل جندي في/جراء/إثر هجوم»
_DEATH_NOUNS = frozenset(norm(w) for w in ("مقتل", "مصرع"))
# the nouns of harm an attack noun after «في» tells the cause of: a death or a wound («أعلنت الشرطة إصابة
# مستوطن في عملية طعن»: the police only tell of it)
_HARM_NOUNS = _DEATH_NOUNS | frozenset(norm(w) for w in ("إصابة",))
_PASSIVE_FORMS = frozenset(norm(w) for w in ("قتل", "وقتل", "فقتل", "اغتيل", "واغتيل"))
_ANYONE = frozenset(norm(w) for w in (
    "الأبرياء", "الآمنين", "الأنفس", "النفس", "الأرواح", "نفسا"))
_CONDEMN = frozenset(norm(w) for w in (
    "أدان", "أدانت", "دان", "دانت", "استنكر", "استنكرت", "ندد", "نددت", "شجب", "شجبت", "يدين", "تدين",
    "يستنكر", "تستنكر", "أدانوا", "استنكروا", "نددوا", "إدانة", "استنكار", "تنديد", "إدانته", "إدانتها",
    "استنكاره", "استنكارها", "تنديده", "تنديدها", "انتقد", "انتقدت", "انتقدوا", "ينتقد", "تنتقد"))
# the same words as participles and with other pronouns: a condemnation told beside a statement
# («…، مستنكرا هذه الجريمة», «عن إدانتهم»), for `not_condemner` and a phrase trigger («أعرب X عن إدانته»)
_CONDEMNING = _CONDEMN | frozenset(norm(w) for w in (
    "مستنكرا", "مستنكرة", "مستنكرين", "مستنكرون", "منددا", "مندد", "منددة", "منددين", "مدينا", "مدينة", "مدينين",
    "شاجبا", "شاجبة", "شاجبين", "إدانتهم", "إدانتنا", "استنكارهم", "استنكارنا", "تنديدهم", "شجبه", "شجبها",
    "شجبهم", "يدينون", "يستنكرون", "يندد", "تندد", "يشجب", "تشجب", "نددتا", "أدانتا", "استنكرتا"))
_DEED_WORDS = frozenset(norm(w) for w in (  # without the article
    "جريمة", "جرائم", "عمل", "أعمال", "حادث", "حادثة", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "عملية",
    "هجوم", "هجمات", "تصريحات", "إساءة", "إساءات", "انتهاكات"))
_HIT_CUES = frozenset(norm(w) for w in (
    "على", "ضد", "بحق", "في", "استهدف", "استهدفت", "تستهدف", "يستهدف", "تعرض", "تعرضت", "أدى", "أودى",
    "حصد", "راح", "طال", "طالت", "ضحيته", "ضحيتها", "أسفر", "أسفرت", "داخل", "قرب",
    # result verbs and harm nouns: who died or was hurt by it («أدت إلى استشهاد الطفل», «أودت بحياة»)
    "أدت", "أودت", "يؤدي", "تؤدي", "تسبب", "تسببت", "خلف", "خلفت", "أوقع", "أوقعت", "حصدت", "نتج", "ونتج",
    "استشهاد", "مقتل", "مصرع", "وفاة", "إصابة", "جرح", "حرق", "إحراق", "قتل", "بحياة", "أرواح", "ضحايا"))
# a word opening a clause that goes on telling the deed past a comma («…، الذي راح ضحيته …», «…، وأسفر عن»)
_GOES_ON = frozenset(norm(w) for w in ("الذي", "التي", "مما", "ما"))
_DOER_CUES = frozenset(norm(w) for w in (
    "شنه", "شنها", "نفذه", "نفذها", "ارتكبه", "ارتكبها", "ارتكبته", "تبناه", "تبنته", "قبل", "يد", "أيدي",
    "أدلى", "صدرت", "صدر", "أطلقها", "أطلقه"))
# words naming what kind of body the name after them is («جماعة بوكو حرام», «تنظيم داعش»)
_KINDS = frozenset(norm(w) for w in ("جماعة", "تنظيم", "حركة", "ميليشيا", "ميليشيات", "مليشيات", "جبهة", "حزب"))
_PRONOUNS_B = frozenset(norm(w) for w in ("به", "بها", "بهم", "بهما", "بهن"))
_REACH = 10  # words from the killing word to the attack noun
# men of a force, dead with no name or nisba after them: the reporting force's own («مقتل جنديين»)
_SOLDIERS = UNITS | forms("جنديا", "ضابط", "ضابطا", "ضابطين", "ضباط", "شرطي", "شرطيا", "شرطيين", "عسكري", "عسكريا",
                          "عسكريين")
_REPORTING = frozenset(norm(w) for w in (
    "أعلن", "أعلنت", "أعلنوا", "أفاد", "أفادت", "كشف", "كشفت", "نفى", "نفت", "تأكد", "أكد", "أكدت", "ذكر", "ذكرت",
    "قال", "قالت", "أوضح", "أوضحت", "نقل", "نقلت", "أورد", "أوردت", "رجح", "رجحت", "يعلن", "تعلن"))


def deed_after_death(toks: list[Tok], lo: int, b: int, L: Lexicon,
                     also: frozenset[str] = frozenset()) -> int | None:
    """The token of «في»/«جراء»/«إثر»/«خلال» right before an attack or fighting noun (or a noun of `also`),
    within `_REACH` tokens from token `lo` and before the clause ends; None when there is none."""
    for j in range(lo, min(b - 1, lo + _REACH)):
        if not toks[j].word and toks[j].form in CLAUSE_END:
            return None
        if deed_noun_after(toks, j, L, also):
            return j
    return None


def deed_noun_after(toks: list[Tok], j: int, L: Lexicon, also: frozenset[str] = frozenset()) -> bool:
    """True when token j is «في»/«جراء»/«إثر»/«خلال» (`IN_DEED`) and an attack or fighting noun, or a noun of
    `also`, follows it («في هجوم», «جراء اشتباكات», «في كمين»): the deed a death is told in."""
    return toks[j].form in IN_DEED and (toks[j + 1].form in also or any(
        trig.pos == "n" and trig.type in ("ASSAULT", "FIGHT") for r in toks[j + 1].reads
        for trig in L.by_first.get(r, ())))


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
    return {n for g in _reporter_groups(toks, a, first, groups) for n in g.names}


def _reporter_groups(toks: list[Tok], a: int, first: int, groups: list[Group]) -> list[Group]:
    """The groups of `_reporters`."""
    for k in range(first - 1, max(a - 1, first - 8), -1):
        t = toks[k]
        if not t.word:
            return []
        if t.form in _REPORTING or (t.form[:1] in ("و", "ف") and t.form[1:] in _REPORTING):
            return [g for g in groups if k < g.first and g.last <= first]
    return []


def _own_dead(toks: list[Tok], a: int, death: int, at: int, groups: list[Group], W: Words) -> list[str]:
    """The names of an army, police or other force that reports the death of soldiers or policemen no name or
    nisba claims («أعلن الجيش الإسرائيلي مقتل جنديين في معارك …», «وأعلنت الشرطة العراقية مقتل شرطيين في
    هجوم»): its own men died, so it is the party hit; [] otherwise."""
    reps = _reporter_groups(toks, a, death, groups)
    if len(reps) != 1 or not has(toks[reps[0].first], W["own_arms"]) or any(death < g.first < at for g in groups):
        return []
    k = death + 1
    if k < at and _number(toks[k]):
        k += 1  # «مقتل 3 جنود»
    return list(reps[0].names) if k < at and has(toks[k], _SOLDIERS) else []


def _death_before(toks: list[Tok], a: int, h: Hit, groups: list[Group] | None = None) -> int | None:
    """The token of a death or wound noun («مقتل», «إصابة») that an attack noun right after «في»/«جراء»/«إثر»
    tells the cause of («مقتل جندي في تفجير»), within `_REACH` tokens before it in its clause; with `groups`, also a
    passive killing verb (`_passive_at`: «قتل جندي إسرائيلي في عملية دهس»). None when none."""
    if h.first - 1 <= a or toks[h.first - 1].form not in IN_DEED:
        return None
    for k in range(h.first - 2, max(a - 1, h.first - 1 - _REACH), -1):
        if not toks[k].word and toks[k].form in CLAUSE_END:
            return None
        if any(r in _HARM_NOUNS for r in toks[k].reads) or (groups is not None and _passive_at(toks, k, groups)):
            return k
    return None


def _passive_at(toks: list[Tok], k: int, groups: list[Group]) -> bool:
    """True when token k is a bare killing verb read as passive, as `_passive_shape` reads it: a common noun
    after it («قتل جندي إسرائيلي»), not a name, a number or a nominative plural («قتل مسلحو داعش …»)."""
    if toks[k].form not in _PASSIVE_FORMS or k + 1 >= len(toks) or not toks[k + 1].word:
        return False
    head = toks[k + 1].form
    if any(g.first == k + 1 for g in groups) or _number(toks[k + 1]):
        return False
    return not (head.endswith(("و", "ون")) and not head.startswith("ال"))




def _dead_between(toks: list[Tok], death: int, at: int, groups: list[Group]) -> set[str]:
    """The names of parties between a death noun at token `death` and the «في» at token `at` that tells its
    cause («مقتل جندي إسرائيلي في …», «مقتل قيادي في داعش في …»): the dead's own, unless a mark of the
    agent («برصاص», «بنيران», «على يد») stands before them."""
    out: set[str] = set()
    for g in groups:
        if not (death < g.first and g.last <= at and g.actor):
            continue
        if any(toks[k].form in AGENT_HANDS or (toks[k].form[:1] == "ب" and len(toks[k].form) > 3)
               for k in range(death + 1, g.first)):
            break
        out.update(g.names)
    return out


def _own_side(ev: Event, own: list[str]) -> None:
    """Put the force whose men died on its side of the deed: the target of an attack; of a fight whose other
    side is named already («مقتل جنديين في معارك مع مقاتلي حماس»), the other party, where none is."""
    if ev.type == "FIGHT" and ev.target and not ev.source:
        ev.source = [n for n in own if n not in ev.target]
    else:
        ev.target = list(dict.fromkeys([*own, *ev.target]))
        ev.source = [n for n in ev.source if n not in own]


def dead_in_deed(toks: list[Tok], a: int, b: int, h: Hit, ev: Event, groups: list[Group], L: Lexicon) -> None:
    """Make the dead of a killing told by its outcome its target, and drop its reporter from its source
    («قتل قيادي في داعش في قصف للتحالف الدولي»: داعش died; «أعلنت وزارة الصحة مقتل 12 شخصا في انفجار
    …»: the ministry only tells of it)."""
    if ev.type in ("ASSAULT", "FIGHT") and h.trig.pos in ("n", "x") \
            and (death := _death_before(toks, a, h, groups if h.trig.pos == "x" else None)) is not None:
        # «مقتل جندي إسرائيلي في عملية طعن»: the dead's party underwent the stabbing or ramming, it did not
        # do it (only these multi-word forms: over every attack noun the blind sets lost a match); read before
        # the reporter goes, who may share the dead's country («أعلنت الشرطة الإسرائيلية إصابة إسرائيليين في …»)
        fallen = [n for n in ev.source if n in _dead_between(toks, death, h.first - 1, groups)] \
            if h.trig.pos == "x" and ev.type == "ASSAULT" else []
        # «… مقتل جندي في تفجير»: the attack the death is told by has no more the reporter as its doer
        ev.source = [n for n in ev.source if n not in _reporters(toks, a, death, groups)]
        if (own := _own_dead(toks, a, death, h.first - 1, groups, L.words)):
            _own_side(ev, own)  # «أعلن الجيش مقتل جنديين في معارك»: its men
        if fallen:
            ev.target = list(dict.fromkeys([*fallen, *ev.target]))
            ev.source = [n for n in ev.source if n not in fallen]
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
        if (own := _own_dead(toks, a, h.first, j, groups, L.words)):
            _own_side(ev, own)


def kind_of_killing(toks: list[Tok], h: Hit) -> bool:
    """True when a killing word stands right before a noun naming no one in particular («وقتل الأبرياء»,
    «قتل النفس»): a kind of deed spoken of, no killing told."""
    if h.trig.type != "ASSAULT" or h.trig.mode != "kill" or h.last >= len(toks) or not toks[h.last].word:
        return False
    return toks[h.last].form in _ANYONE


def deed_noun(form: str, by_b: bool = True) -> bool:
    """True when a folded word is a deed noun of `_DEED_WORDS`, with «و», a preposition «لـ» (or «بـ» where
    `by_b`: the condemning word takes its object so, «ندد بالتفجير») and the article on it or not
    («التفجير», «للحادث», «وللأعمال»)."""
    f = form[1:] if form[:1] in ("و", "ف") and len(form) > 4 else form
    for pre in ("بال", "لل", "ال", "ب", "ل", ""):
        if (by_b or pre[:1] != "ب") and f.startswith(pre) and f[len(pre):] in _DEED_WORDS:
            return True
    return False


# condemning words whose object takes «بـ» («ندد بالتفجير», «تنديد السعودية بالأعمال»); «أدان X بالعمل …»
# convicts X of a charge
_TAKES_B = frozenset(norm(w) for w in (
    "ندد", "نددت", "نددوا", "يندد", "تندد", "تنديد", "تنديده", "تنديدها", "تنديدهم", "منددا", "منددة",
    "منددين", "مندد", "نددتا"))


_OBJECT_REACH = 25  # tokens from the condemnation to its deed noun
_COMMA_REACH = 10  # and more past each comma a subject's title or a second subject goes on after


def _deed_object(toks: list[Tok], h: Hit, b: int, start: int | None = None) -> int | None:
    """The token of the deed noun a condemning verb governs, after its subject and before its clause
    ends («أدان مجلس الوزراء بمملكة البحرين وبشدة التفجير …», «ندد … بالتفجير»), looked for from token
    `start` (the trigger's end by default); None when no deed noun is its object."""
    lo = h.last if start is None else start
    at = condemning_at(toks, h)
    f = toks[at].form if at is not None else ""
    by_b = f in _TAKES_B or f[1:] in _TAKES_B
    reach = lo + _OBJECT_REACH
    k = lo
    while k < min(b, reach):
        t = toks[k]
        if not t.word and t.form in CLAUSE_END:
            if not _subject_goes_on(toks, k + 1, b, by_b):
                return None
            reach += _COMMA_REACH  # «…، والشيخ فلان رئيس هيئة …، هذه الجريمة»: the subject goes on
        elif t.word and deed_noun(t.form, by_b):
            return k
        k += 1
    return None


# words after a comma that go on with a condemnation's subject or lead to its object: a title in apposition
# («أدان شوقي علام، مفتي مصر، العملية»), a second subject («، والشيخ فلان رئيس …، هذه الجريمة»), the degree
# of the condemnation («…، بأشد العبارات التفجير») or a demonstrative before the deed
_SUBJECT_ON = frozenset(norm(w) for w in (
    "بأشد", "بأقسى", "بشدة", "وبشدة", "بقوة", "هذه", "هذا", "هذين", "هاتين", "مفتي", "رئيس", "وزير", "نائب",
    "مدير", "أمين", "الأمين", "سفير", "عضو", "محافظ", "أمير", "المتحدث", "الناطق", "والشيخ", "والدكتور",
    "والأمير", "والسيد", "والمهندس", "والأستاذ", "والوزير", "والرئيس", "ورئيس", "ووزير", "ومدير", "والأمين"))


def _subject_goes_on(toks: list[Tok], j: int, b: int, by_b: bool) -> bool:
    """True when the word at j, right after a comma, goes on with the condemnation's subject or leads to its
    deed noun (`_SUBJECT_ON`, or the deed noun itself)."""
    while j < b and not toks[j].word and toks[j].form not in CLAUSE_END and toks[j].form not in SENT_END:
        j += 1
    return j < b and toks[j].word and (toks[j].form in _SUBJECT_ON or deed_noun(toks[j].form, by_b))


def condemning_at(toks: list[Tok], h: Hit, words: frozenset[str] = _CONDEMNING) -> int | None:
    """The token of the condemning word of a DISAPPROVE trigger («أدانت», «عن إدانته» of «أعرب X عن إدانته»,
    «مستنكرا»), None when the trigger has none (an accusation, a blame). `words`: the condemning words
    looked for."""
    if h.trig.type != "DISAPPROVE":
        return None
    for k in sorted({*range(h.first, h.last), *h.used}):
        f = toks[k].form
        if f in words or (f[:1] in ("و", "ف") and f[1:] in words):
            return k
    return None


def _hit_names(toks: list[Tok], k: int, b: int, groups: list[Group], only: bool = False) -> set[str]:
    """The names in the words after the deed noun at token k that tell whom or where it hit, up to the
    clause's end or a word opening another clause («بعدما», «وأضاف»): those after a cue of the deed's aim
    or place, unless a cue of its doer comes after. `only`: not those named before as its doer too."""
    at = {g.first: g for g in groups}
    hit = False
    out: set[str] = set()
    free: set[str] = set()
    for j in range(k + 1, min(b, k + 30)):
        t = toks[j]
        if not t.word:
            if t.form in CLAUSE_END and not _goes_on(toks, j + 1, b):
                break
            continue
        bare = t.form[1:] if t.form[:1] in ("و", "ف") and len(t.form) > 3 else t.form
        if t.form in _NEW_CLAUSE or (t.form[:1] == "و" and bare in _NEW_CLAUSE):
            break  # «… مقتل طفل بعدما أضرم مستوطنون النار», «… وأضاف أنه …»: another deed or a statement
        if (g := at.get(j)) is not None and not hit and j > k + 1:
            free.update(g.names)
        if _ali(toks, j, at):
            continue  # «المرشد الإيراني على خامنئي»: the first name «علي», no preposition
        if t.form in _DOER_CUES or bare in _DOER_CUES:
            hit = False
        elif t.form in _HIT_CUES or bare in _HIT_CUES or (
                t.form[:1] == "ب" and j > k + 1 and j not in at and t.form not in _PRONOUNS_B):
            hit = True
        if (g := at.get(j)) is not None and (hit or (t.form[:1] == "ب" and t.form not in _PRONOUNS_B)) and j > k + 1:
            out.update(g.names)
    return out - free if only else out


def _ali(toks: list[Tok], j: int, at: dict[int, Group]) -> bool:
    """True when «على» at j is the first name «علي» of the person named right after it, after a definite
    title or nisba («المرشد الإيراني على خامنئي»)."""
    g = at.get(j + 1)
    return toks[j].form == norm("على") and g is not None and g.person and j > 0 \
        and toks[j - 1].form.startswith("ال")


def _goes_on(toks: list[Tok], j: int, b: int) -> bool:
    """True when the word at j, after a comma, goes on telling the deed: a relative word or a result verb
    («…، الذي راح ضحيته …», «…، وأسفر عن …», «…، مما أدى إلى …»)."""
    if j >= b or not toks[j].word:
        return False
    f = toks[j].form
    bare = f[1:] if f[:1] in ("و", "ف") and len(f) > 3 else f
    return f in _GOES_ON or bare in _RESULTS


# words opening another clause, after which no word tells whom the deed hit
_NEW_CLAUSE = frozenset(norm(w) for w in (
    "بعدما", "عندما", "حينما", "بينما", "فيما", "لكن", "ولكن", "أضاف", "قال", "أكد", "أوضح", "أشار"))

_RESULTS = frozenset(norm(w) for w in (
    "أدى", "أدت", "أودى", "أودت", "أسفر", "أسفرت", "راح", "خلف", "خلفت", "نتج", "تسبب", "تسببت", "أوقع", "أوقعت"))


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
    if ev.type != "DISAPPROVE" or not ev.target or condemning_at(toks, h, _CONDEMN) is None:
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
    subject = {n for g in groups if h.first <= g.first and g.last <= k for n in g.names} - later
    # «أدان مجلس الوزراء بمملكة البحرين … التفجير»: the words before the deed noun tell who condemns it
    ev.target = [n for n in ev.target if n not in hit and n not in subject]


_RELATIVES = frozenset(norm(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
# words opening the object of a condemnation before its deed noun: its doer may follow («أدان X ما تقوم به
# قوات الاحتلال من اعتداءات», «استنكر قيام مستوطنين بـ…»)
_OBJECT_OPEN = _RELATIVES | frozenset(norm(w) for w in ("ما", "مما", "قيام", "إقدام", "استمرار"))


def not_condemner(toks: list[Tok], h: Hit, ev: Event, condemned: list[tuple[int, Event]], groups: list[Group],
                  b: int) -> None:
    """Drop from the source of a deed told after a condemnation in its sentence the condemner: the
    condemnation's source, the names before its condemning word and those of its subject (before the deed
    noun it governs), unless named again at or after the deed (see the module docstring). `condemned`: the
    condemning word's token and the event of each condemnation told before in the sentence."""
    before = [(c, e) for c, e in condemned if c < h.first]
    if not ev.source or not before:
        return
    c, cond = before[-1]
    said = set(cond.source)
    if h.trig.pos == "v" and toks[h.first].form[:1] in ("و", "ف") \
            and not any(toks[k].form in _RELATIVES for k in range(c, h.first)):
        return  # «استنكرت الحكومة الاعتداء وقصفت …»: the condemner goes on
    k = _deed_object(toks, h, b, c + 1)
    lo = k if k is not None and k < h.first else h.first
    names = set(cond.source) | {n for g in groups if g.first < c for n in g.names}
    if k is not None and k <= h.first:  # «أدان مجلس الوزراء بمملكة البحرين التفجير»: the subject's words
        opened = next((m for m in range(c + 1, k) if toks[m].form in _OBJECT_OPEN), k)
        names |= {n for g in groups if c < g.first and g.last <= opened for n in g.names}
    again = {n for g in groups if g.first >= lo for n in g.names}
    if k is not None and k <= h.first:  # «… الذي استهدف مسجدا يرتاده منتسبو قوات الطوارئ»: it hit them
        hit = _hit_names(toks, k, b, groups, only=True)
        ev.target = list(dict.fromkeys([*ev.target, *(n for n in ev.source if n in hit)]))
        names |= hit
    dropped = {n for n in ev.source if n in names and (n not in again or n in ev.target)}
    ev.source = [n for n in ev.source if n not in dropped]
    # the condemner side read off this deed is no target of the condemnation either («واستنكر د. فلان مساعد
    # رئيس مجلس الشورى العمل الإرهابي …»: the council is his office's body)
    cond.target = [n for n in cond.target if n not in dropped or n in said]


# words of condolence or solidarity: the side named after them is comforted, not condemned
_CONSOLE = frozenset(norm(w) for w in (
    "تعازي", "تعازيه", "تعازيها", "تعازيهم", "تعازيهما", "التعازي", "تعزية", "تعزيته", "تعزيتها", "عزاء",
    "عزائه", "عزائها", "عزائهم", "عزائهما", "العزاء", "مواساة", "مواساته", "مواساتها", "مواساتهم", "مواساتهما",
    "تضامن", "تضامنه", "تضامنها", "تضامنهم", "تضامنهما", "التضامن", "تعاطف", "تعاطفه", "تعاطفها", "تعاطفهم",
    "وقوف", "وقوفه", "وقوفها", "وقوفهم"))
_AGAINST = frozenset(norm(w) for w in ("ضد", "تجاه", "إزاء", "حيال"))


def _bare_word(form: str) -> str:
    """A folded word without a glued «و»/«ف» and then «بـ»/«لـ» («ومواساته» → مواساته, «بخالص» → خالص)."""
    f = form[1:] if form[:1] in ("و", "ف") and len(form) > 4 else form
    return f[1:] if f[:1] in ("ب", "ل") and len(f) > 4 else f


def consoled_not_condemned(toks: list[Tok], b: int, h: Hit, ev: Event, groups: list[Group]) -> None:
    """Drop from a condemnation's target the names told, after it in its sentence, only after a word of
    condolence or solidarity («معربين عن تعازيهم ومواساتهم لخادم الحرمين الشريفين»), up to a condemning
    word or «ضد» that turns back to the condemned («… ومنددا بتدخل إيران»)."""
    if ev.type != "DISAPPROVE" or not ev.target or condemning_at(toks, h) is None:
        return
    at = {g.first: g for g in groups}
    consoled = False
    comforted: set[str] = set()
    named: set[str] = set()
    for j in range(h.after, b):
        t = toks[j]
        if t.word:
            f = _bare_word(t.form)
            if f in _CONSOLE or t.form in _CONSOLE:
                consoled = True
            elif t.form in _CONDEMNING or f in _CONDEMNING or t.form in _AGAINST or deed_noun(t.form):
                consoled = False
        if (g := at.get(j)) is not None:
            (comforted if consoled else named).update(g.names)
    ev.target = [n for n in ev.target if n not in comforted or n in named]

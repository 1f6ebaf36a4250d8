"""The place or party that witnesses, faces or suffers a deed is not its doer.

A verb of witnessing, facing or suffering (`witness`: «شهدت», «تشهد», «واجهت», «عانت من», «تعيش», «تعرضت»,
«نجا من») has for its subject the place or party the deed befell, and the deed noun for its object: «وتشهد
ليبيا معارك», «شهدت تركيا 121 هجوما مسلحا», «الكويت وتونس ومصر واجهت عمليات قتل», «عانت تونس من هجمات»,
«أكجاي الذي شهد تبادل إطلاق النار». Word order read that subject, or an actor told before the verb, as the
deed noun's doer. Whoever did it is named after the deed noun, if at all: in its genitive («هجوما للمقاومة»),
after «بين» («اشتباكات بين الجيش والمسلحين»), after «من قبل» or in a clause on it («هجمات تشنها حركة
الشباب»). So a deed noun that is the object of such a verb (the verb before it in its sentence, with no
trigger, relative pronoun, complementizer or charge word between: «يواجه الجيش اتهامات بقتل …» is the
accused's deed) takes no doer from the verb's subject or from before the verb (`witnessed_deed`); the
subject of a verb of facing or suffering is the deed's target (`UNDERGO_TYPES`), the subject of «شهد»,
«عاش» only the place.

So too a verb of being wounded or killed (`hit_verbs` that are passive only: «أصيب», «استشهد», «لقي مصرعه»)
with the deed noun after a word of cause («في», «إثر», «جراء», «بـ»): «أصيب ثلاثة جنود إسرائيليين، اثنان منهم
إصابتهما خطيرة، في عملية دهس», «لقي ضابط … مصرعهما وأصيب ثلاثة مجندين إثر انفجار عبوة» (`hit_by_deed`):
its subject, and the actors between it and the deed, are the deed's targets, never its doers; actors told
before that verb are left alone (the doer of an attack is often named in a clause before: «فتح مسلحون النار
على حافلة، وأصيب خمسة في الهجوم»).

A killing verb joined after a verb of being wounded or killed («أصيب في كمين وقتل أربعة من مرافقيه», «أصيب
والي الجزيرة …، فيما قتل وأصيب عدد من مساعديه بغارة») is a passive too: the wounded one is not who killed
(`killed_beside_hit`).

A verb right after such a deed noun, with no conjunction and no clause mark between («شهدت نيروبي في 1998
هجوما داميا للقاعدة استهدف السفارة الأميركية», «تعرضت نيروبي لهجوم … استهدف السفارة»), describes the deed:
its subject is the deed, so the same parties are no doers of the verb (`described_by_verb`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import CLAUSE_END, RELATIVE_PRONOUNS, SENT_END, THAT, Tok, has
from marsad.extract.events_triggers import Hit

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

DEED_TYPES = frozenset(("ASSAULT", "FIGHT", "COERCE"))  # deeds a place or a party may witness or suffer
UNDERGO_TYPES = frozenset(("ASSAULT", "COERCE"))  # deeds whose sufferer is their target
_REACH = 9  # words from the verb of witnessing to its deed noun («تشهد ليبيا حالة من الفوضى وسط تقاتل»)
_SUBJECT_REACH = 3  # words from the verb to the first word of its subject after it («شهدت مدينة بنغازي»)
_DESCRIBE_REACH = 4  # words from the deed noun to a verb that describes it («هجوما داميا للقاعدة استهدف»)
# verbs of the place that only saw the deed: its subject is no target
_SAW = forms("شهد", "شهدت", "شهدا", "شهدتا", "تشهد", "يشهد", "تشهدان", "يشهدان", "عاش", "عاشت", "تعيش", "يعيش")
# a charge or a sentence faced («يواجه الجيش اتهامات بقتل», «يواجه تهمة القتل»): the deed is the subject's own
_CHARGE = forms("اتهام", "اتهامات", "الاتهامات", "تهمة", "تهم", "التهمة", "التهم", "بتهمة", "بتهم", "عقوبة",
                "العقوبة", "حكم", "الحكم", "أحكام", "محاكمة", "المحاكمة", "قضية", "قضايا", "دعوى", "دعاوى",
                "شبهة", "شبهات", "مسؤولية", "المسؤولية", "انتقادات", "اتهامه", "اتهامها", "اتهامهم")
# words after which the next actor is a deed's doer, not the subject of the verb («شهدت المنطقة قيام داعش بـ»)
_DOER_HEADS = forms("قيام", "إقدام", "تنفيذ", "شن", "ارتكاب")


def witness_verb(toks: list[Tok], a: int, k: int, hits: list[Hit], W: Words,
                 verbs: frozenset[str] | None = None) -> int | None:
    """The index of a verb of witnessing, facing or suffering (of `verbs`, `witness` by default) whose object
    holds the deed noun at token k (sentence from a): the nearest one before it within _REACH words, with no
    trigger but a deed noun (another object of the verb), no relative pronoun, complementizer, charge word or
    sentence mark between; None when there is none."""
    verbs = W["witness"] if verbs is None else verbs
    words = 0
    j = k - 1
    while j >= a and words <= _REACH:
        t = toks[j]
        if not t.word:
            nw = next((x for x in toks[j + 1:k + 1] if x.word), None)
            if t.form in SENT_END or (t.form in CLAUSE_END and nw is not None and nw.form[:1] == "و"):
                return None  # («التجاوزات التي يتعرضون لها، واستهدافهم»: a conjunct of another clause's noun)
            j -= 1
            continue
        if has(t, verbs):
            return j if _bare_verb(toks, j, verbs) else None
        if t.form in RELATIVE_PRONOUNS or t.form in THAT or t.form in _CHARGE or t.form in _DOER_HEADS or any(
                x.first <= j < x.last and (x.trig.pos == "v" or x.trig.type not in DEED_TYPES) for x in hits):
            return None  # (a deed noun before it is another object of the same verb: «شهدت 121 هجوما و281 عملا»)
        words += 1
        j -= 1
    return None


def _bare_verb(toks: list[Tok], j: int, verbs: frozenset[str]) -> bool:
    """True when the verb of witnessing at j has no object of its own: no pronoun glued to it («عاشتها»,
    «شهدته») and no «له», «لها», «لهم» after it («التي يتعرضون لها»), so the deed noun after it is its object."""
    f = toks[j].form
    if f not in verbs and not (f[:1] in ("و", "ف") and f[1:] in verbs):
        return False
    nxt = next((t for t in toks[j + 1:j + 3] if t.word), None)
    return nxt is None or nxt.form not in _RESUMPTIVE


_RESUMPTIVE = forms("له", "لها", "لهم", "لهما", "لهن", "إليه", "إليها", "إليهم")


def _subject_after(toks: list[Tok], v: int, k: int, groups: list[Group]) -> Group | None:
    """The first actor after the verb at v and before the deed at k, within _SUBJECT_REACH words: its subject
    told after it («شهدت مدينة بنغازي أمس اشتباكات»)."""
    g = next((x for x in groups if v < x.first < k and x.actor), None)
    if g is None:
        return None
    between = [t for t in toks[v + 1:g.first] if t.word]
    if len(between) >= _SUBJECT_REACH or any(t.form in _DOER_HEADS for t in between):
        return None
    return g


def _parties(toks: list[Tok], a: int, v: int, k: int, groups: list[Group]) -> tuple[set[str], list[str]]:
    """The names told before the deed noun at k that are no doer of it (all told before the verb at v, and the
    verb's subject after it), and the subject's names: the actor after the verb, else the actors that end
    right before it («الكويت وتونس ومصر واجهت», «ليبيا التي تشهد»)."""
    subj = _subject_after(toks, v, k, groups)
    told_before = {n for g in groups if a <= g.first and g.last <= v for n in g.names}
    if subj is not None:
        return told_before | set(subj.names), list(subj.names)
    return told_before, _subject_before(toks, a, v, groups)


def _subject_before(toks: list[Tok], a: int, v: int, groups: list[Group]) -> list[str]:
    """The names of the actors that end right before the verb at v (sentence from a), joined by «و», with
    only «قد», «كانت», a relative pronoun and the like between the last of them and the verb."""
    own: list[str] = []
    end = v
    for g in sorted((g for g in groups if a <= g.first and g.last <= v and g.actor), key=lambda g: -g.last):
        gap = [t for t in toks[g.last:end] if t.word]
        allowed = _JOIN if not own else _AND  # before the verb: «قد», «التي», «كانت»; between actors: «و»
        if any(t.form not in allowed for t in gap):
            break
        own = [*g.names, *own]
        end = g.first
    return own


_AND = forms("و")
_JOIN = RELATIVE_PRONOUNS | forms("و", "قد", "وقد", "كانت", "وكانت", "كان", "وكان", "لا", "تزال", "يزال",
                                  "زالت", "ما", "مازالت", "أيضا", "بدورها", "بدوره")


def witnessed_deed(toks: list[Tok], a: int, h: Hit, hits: list[Hit], groups: list[Group], W: Words,
                   source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of the deed noun `h` (sentence from a) without the subject of a verb of witnessing
    or suffering whose object it is, nor any actor told before that verb (module docstring); the subject of
    a verb of facing or suffering becomes the target of an attack or a coercion."""
    if h.trig.type not in DEED_TYPES or not source or (h.trig.pos == "v" and not _kind_before(toks, a, h, W)):
        return source, target
    v = witness_verb(toks, a, h.first, hits, W)
    if v is None:
        return source, target
    return _without(toks, a, v, h, groups, source, target)


def _kind_before(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when a verb's form stands as a noun after a word of a series or kind of deeds («عمليات قتل»,
    «أعمال قتل») or after a preposition («وسط تقاتل حكومتين»): the deed noun of the verb of witnessing
    before it, not a verb of its own."""
    j = h.first - 1
    while j >= a and not toks[j].word:
        j -= 1
    return j >= a and toks[h.first].form[:1] not in ("و", "ف") and (has(toks[j], W["series"]) or toks[j].form in _KINDS)


_KINDS = forms("أعمال", "حوادث", "جرائم", "حالات", "عملية", "حادث", "جريمة", "حالة", "وسط", "خلال", "إثر", "جراء",
               "بسبب", "عقب", "رغم")


def _without(toks: list[Tok], a: int, v: int, h: Hit, groups: list[Group], source: list[str],
             target: list[str]) -> tuple[list[str], list[str]]:
    """`source` without the parties told before the deed noun of verb v; its subject made the target."""
    k = h.first
    gone, own = _parties(toks, a, v, k, groups)
    later = {n for g in groups if g.first >= k for n in g.names}
    kept = [n for n in source if n not in gone or n in later]
    if kept == source:
        return source, target
    if h.trig.type in UNDERGO_TYPES and not has(toks[v], _SAW):
        target = list(dict.fromkeys([*target, *(n for n in own if n in source and n not in kept)]))
    return kept, target


_CAUSE = forms("في", "إثر", "اثر", "جراء", "خلال", "بعد", "نتيجة", "بسبب", "عقب", "أثناء", "وسط")
_ACTIVE_HIT = ("قتل", "جرح")  # «قتل», «جرح» may be active: their subject may be the doer


def hit_by_deed(toks: list[Tok], a: int, h: Hit, hits: list[Hit], groups: list[Group], W: Words,
                source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of the attack noun `h` told as the cause of a verb of being wounded or killed before
    it («أصيب ثلاثة جنود إسرائيليين … في عملية دهس»): the verb's subject and the actors between it and the
    noun are no doers of it, its subject its target (module docstring)."""
    if h.trig.type not in UNDERGO_TYPES or h.trig.pos == "v" or not source:
        return source, target
    prev = next((j for j in range(h.first - 1, a - 1, -1) if toks[j].word), None)
    glued = toks[h.first].form[:1] == "ب" and any(r != toks[h.first].form and toks[h.first].form.endswith(r)
                                                 for r in toks[h.first].reads)
    if not glued and (prev is None or not has(toks[prev], _CAUSE)):
        return source, target
    start = h.first if glued or prev is None else prev  # the walk back starts before «في» or the glued «بـ»
    v = witness_verb(toks, a, start, hits, W, W["hit_verbs"])
    if v is None or any(r.startswith(_ACTIVE_HIT) for r in toks[v].reads if r in W["hit_verbs"]):
        return source, target
    subj = _subject_after(toks, v, h.first, groups)
    own = list(subj.names) if subj is not None else _subject_before(toks, a, v, groups)
    gone = set(own) | {n for g in groups if v < g.first and g.last <= h.first for n in g.names}
    later = {n for g in groups if g.first >= h.first for n in g.names}
    kept = [n for n in source if n not in gone or n in later]
    if kept == source:
        return source, target
    return kept, list(dict.fromkeys([*target, *(n for n in own if n in source and n not in kept)]))


_ALONGSIDE = forms("فيما", "بينما", "كما", "وفيما", "وبينما")  # «…، فيما قتل وأصيب عدد من مساعديه»
_HIT_REACH = 12  # words from a verb of being wounded to a killing verb joined after it


def killed_beside_hit(toks: list[Tok], a: int, h: Hit, hits: list[Hit], groups: list[Group], W: Words,
                      source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of the killing verb `h` joined («وقتل», «فيما قتل») after a verb of being wounded or
    killed in its sentence («أصيب الشدادي في كمين وقتل أربعة من مرافقيه»): without that verb's subject
    (module docstring)."""
    if h.trig.type != "ASSAULT" or h.trig.pos != "v" or h.trig.mode != "kill" or not source:
        return source, target
    f = toks[h.first].form
    prev = next((j for j in range(h.first - 1, a - 1, -1) if toks[j].word), None)
    if f[:1] != "و" and (prev is None or toks[prev].form not in _ALONGSIDE):
        return source, target
    words = 0
    j = h.first - 1
    while j >= a and words < _HIT_REACH:
        t = toks[j]
        if t.word:
            if has(t, W["hit_verbs"]) and not any(r.startswith(_ACTIVE_HIT) for r in t.reads if r in W["hit_verbs"]):
                subj = _subject_after(toks, j, h.first, groups)
                own = set(subj.names) if subj is not None else set(_subject_before(toks, a, j, groups))
                return [n for n in source if n not in own], target
            if any(x.first <= j < x.last for x in hits) or t.form in THAT:
                return source, target
            words += 1
        elif t.form in SENT_END:
            break
        j -= 1
    return source, target


def described_by_verb(toks: list[Tok], a: int, h: Hit, hits: list[Hit], groups: list[Group], W: Words,
                      source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of the attack verb `h` that describes a witnessed or undergone deed noun right before
    it, with no conjunction («… هجوما داميا للقاعدة استهدف السفارة»): without the parties told before that
    noun (module docstring)."""
    if h.trig.type not in DEED_TYPES or h.trig.pos != "v" or not source or toks[h.first].form[:1] in ("و", "ف"):
        return source, target
    words = 0
    j = h.first - 1
    deed = None
    while j >= a and words < _DESCRIBE_REACH:
        t = toks[j]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return source, target
            j -= 1
            continue
        x = next((x for x in hits if x is not h and x.trig.type in DEED_TYPES and (
            x.first <= j < x.last or j in x.used)), None)
        if x is not None:
            deed = x
            break
        words += 1
        j -= 1
    if deed is None:
        return source, target
    if deed.trig.pos == "v" and deed.used and has(toks[deed.first], W["undergo"]):  # «تعرضت نيروبي لهجوم»
        v, k = deed.first, min(deed.used)
    elif deed.trig.pos != "v" and (w := witness_verb(toks, a, deed.first, hits, W)) is not None:
        v, k = w, deed.first
    else:
        return source, target
    gone, _ = _parties(toks, a, v, k, groups)
    later = {n for g in groups if g.first >= k for n in g.names}
    return [n for n in source if n not in gone or n in later], target

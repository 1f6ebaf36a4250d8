"""Claims of responsibility: the group that claims an attack is its doer.

News of an attack often tells the attack first, with no doer or only armed men, a suicide bomber,
and the claim after it, in the same sentence or the next: «قتل 20 شخصا في تفجير انتحاري … وأعلن
تنظيم داعش مسؤوليته عن التفجير», «هاجم مسلحون قاعدة للجيش … وتبنت حركة طالبان الهجوم», «قتل ثلاثة
جنود في هجوم على حاجز … وتبناه تنظيم ولاية سيناء», «تفجير أعلن تنظيم داعش مسؤوليته عنه». A claim is
a claim verb with its claimant: «أعلن»/«ادعى» X «مسؤوليته» (with the claimant's own pronoun, or
«المسؤولية» after the verb), or «تبنى» X; what is claimed stands after it: an attack noun
(«عن الهجوم», «الهجومين», «التفجير», «العملية»), or a pronoun («مسؤوليته عنه», «تبناه», «تبنته»).
The claimant (the first actor after the verb, VSO, or the one right before it, SVO: «وكانت حركة
الشباب قد أعلنت مسؤوليتها») becomes the source of:
- the attack event the claimed noun itself tells, where it has no source or only unnamed armed men;
- where the noun tells no event of its own, the attack told before the claim in its sentence
  («استهدفوا المصلين …، وقد أعلن تنظيم داعش مسؤوليته عن الهجوم»);
- where that noun is bare (a definite noun with no victim or place of its own: «عن الهجوم»,
  «الهجومين»), the attack told last before it in the article, where that one has no source or only
  unnamed armed men («مسلحون», «انتحاري»): the claim names it again, and the noun's own event goes;
  a dual or plural noun names too the other attacks told in that attack's sentence;
- for a pronoun, the attack told before it in the sentence when the claim is joined to it («…،
  وتبناه …», «هجوم تبنته …»), a relative clause on an attack noun as that noun («الهجومين اللذين
  تبناهما التنظيم»), else, when the claim opens a clause of its own («وتبناه», «وقد أعلن … مسؤوليته
  عنه»; not «بيان جنيف الذي تبناه مجلس الأمن»), the attack of the sentence before.
A negated claim («ولم تعلن أي جهة مسؤوليتها عن الهجوم», «لم يتبن») gives none, and so does a denial
(«نفى … مسؤوليته»: no claim verb). Blame («حمل الحكومة المسؤولية», «أعلن مصدر عسكري محملا تنظيم
القاعدة المسؤولية») is no claim and is left to `events_accuse`. «تبنى» of what is no attack («تبنى
مجلس الأمن القرار», «السياسات التي تبناها المالكي») names no attack event and changes nothing, an
attack told inside someone's quoted words («وأضاف "قتل 21 متمردا"») is not what a later claim names,
and no attack is ever made from a claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.events_actors import Group
from marsad.extract.events_armed_doers import armed_phrase
from marsad.extract.events_lexicon import ABOUT, Words, forms
from marsad.extract.events_modality import negation
from marsad.extract.events_phrases import unnamed
from marsad.extract.events_tokens import CLAUSE_END, Tok, clause_words, has, previous_word
from marsad.model import Event

# verbs that announce or claim a responsibility («أعلن تنظيم داعش مسؤوليته», «ادعى التنظيم مسؤوليته»)
_ANNOUNCE = forms("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "ادعى", "ادعت", "ادعوا", "يدعي", "تدعي")
_RESPONSIBILITY = forms("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما", "المسؤولية")
_ADOPT = forms("تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى")  # «وتبنت حركة طالبان الهجوم»
_ADOPT_IT = forms("تبناه", "تبنته", "تبناها", "تبنتها", "تبناهما", "تبنتهما", "تبنوه", "تبنوها",
                  "يتبناه", "تتبناه", "يتبناها", "تتبناها")  # «وتبناه التنظيم»: the attack told before
_CLAIM_WORDS = _ANNOUNCE | _ADOPT | _ADOPT_IT  # the words a claim opens with, looked up first
_BLAME = forms("حمل", "حملت", "حملوا", "يحمل", "محملا", "محملة", "محملين", "محمل")  # «محملا X المسؤولية»
_ABOUT_IT = forms("عنه", "عنها", "عنهما", "عنهم")  # «مسؤوليته عنه»
# nouns that name an attack told before («عن الهجوم», «الهجومين», «هذه التفجيرات»)
_ATTACK_NOUNS = forms(
    "الهجوم", "الهجومين", "الهجومان", "الهجمات", "التفجير", "التفجيرين", "التفجيران", "التفجيرات",
    "الانفجار", "الانفجارين", "الانفجارات", "العملية", "العمليتين", "العمليات", "الاعتداء", "الاعتداءين",
    "الاعتداءات", "الهجوم", "المجزرة", "الاغتيال", "الحادث", "الحادثة", "الاعتداء")
_MANY = forms("الهجومين", "الهجومان", "الهجمات", "التفجيرين", "التفجيران", "التفجيرات", "الانفجارين",
              "الانفجارات", "العمليتين", "العمليات", "الاعتداءين", "الاعتداءات")
_THIS = forms("هذا", "هذه", "هذين", "هاتين")  # «هذا الهجوم»
_RELATIVE = forms("الذي", "التي", "اللذين", "اللتين", "والذي", "والتي")
_LEAD = forms("قد", "وقد", "فقد", "كما", "فيما", "بينما", "كان", "كانت", "وكان", "وكانت", "ثم")  # «وقد تبناه …»
_PREPS = forms("مع", "من", "على", "في", "إلى", "الى", "عن", "ضد", "بين", "لدى")
ADOPT_REACH = 6  # words from the verb to the claimed noun («وتبنى تنظيم داعش أمس الهجوم»)
CLAIM_REACH = 8  # words from «أعلن» to «مسؤوليته»
_ANY_MARK: frozenset[str] = frozenset()  # the word before the verb is looked for past commas too
NEAR = 5  # tokens from an attack's trigger to a claim on it that is no clause of its own


@dataclass(slots=True)
class Claim:
    """One claim in a sentence: its verb, the claimant's names, and the token of the claimed noun (None
    for a pronoun with no attack noun before it)."""

    verb: int
    names: list[str]
    noun: int | None


def _negated(toks: list[Tok], a: int, verb: int, W: Words) -> bool:
    """True when a negation («لم», «ولم», «لن») stands right before the claim verb."""
    prev = previous_word(toks, a, verb, _ANY_MARK)
    return prev is not None and negation(toks[prev], W)


def _free(g: Group) -> bool:
    """True for a group that may be a claimant: an actor bound to nothing else."""
    return g.actor and not g.is_loc and g.binding not in ("loc", "skip", "mod", "target")


def _claimant(toks: list[Tok], a: int, verb: int, stop: int, groups: list[Group]) -> list[str]:
    """The claimant: the first free actor between the verb and `stop` (VSO), else the one ending right
    before the verb (SVO: «وكانت حركة الشباب قد أعلنت»), not the object of a preposition."""
    after = next((g for g in groups if verb < g.first and g.last <= stop and _free(g)), None)
    if after is not None:
        return list(after.names)
    before = [g for g in groups if a <= g.first and g.last <= verb and _free(g)]
    if not before:
        return []
    g = before[-1]
    gap = [k for k in range(g.last, verb) if toks[k].word]
    if len(gap) > 3 or any(toks[k].form in CLAUSE_END for k in range(g.last, verb)):
        return []
    lead = previous_word(toks, a, g.first, _ANY_MARK)
    if lead is not None and has(toks[lead], _PREPS):
        return []  # «جماعة يسارية متعاطفة مع الأكراد أعلنت»: the people after «مع» claim nothing
    return list(g.names)


def _noun_at(toks: list[Tok], k: int | None) -> int | None:
    """The claimed noun at token k, past a demonstrative («هذا الهجوم»); None for no attack noun."""
    if k is None:
        return None
    if has(toks[k], _THIS) and k + 1 < len(toks) and toks[k + 1].word:
        k += 1
    return k if has(toks[k], _ATTACK_NOUNS) or not toks[k].form.startswith(("ال", "وال")) else None


def _antecedent(toks: list[Tok], a: int, verb: int) -> int | None:
    """The attack noun a relative clause with a pronoun claim stands on («الهجومين اللذين تبناهما
    التنظيم», «الهجوم الانتحاري الذي أعلن داعش مسؤوليته عنه»): a definite attack noun, past one
    adjective, right before the relative pronoun; None for any other claim."""
    ws = [k for k in range(max(a, verb - 4), verb) if toks[k].word]
    if not ws or not has(toks[ws[-1]], _RELATIVE):
        return None
    noun = next((k for k in reversed(ws[:-1][-2:]) if has(toks[k], _ATTACK_NOUNS)), None)
    return noun


def find_claims(toks: list[Tok], a: int, b: int, groups: list[Group], W: Words,
                present: frozenset[str] | None = None) -> list[Claim]:
    """The claims of responsibility of the sentence [a, b) that are not negated; `present`: the sentence's
    words (`sentence_readings`), when known."""
    out: list[Claim] = []
    if present is not None and _CLAIM_WORDS.isdisjoint(present):
        return out
    for v in range(a, b):
        t = toks[v]
        if not t.word or not has(t, _CLAIM_WORDS) or _negated(toks, a, v, W):
            continue
        if has(t, _ANNOUNCE):
            ws = clause_words(toks, v + 1, b, CLAIM_REACH)
            r = next((k for k in ws if has(toks[k], _RESPONSIBILITY)), None)
            if r is None or any(has(toks[k], _ANNOUNCE) or has(toks[k], _ADOPT) or has(toks[k], _BLAME)
                                for k in ws if k < r):  # «أعلن مصدر عسكري محملا تنظيم القاعدة المسؤولية»: blame
                continue
            names = _claimant(toks, a, v, r, groups)
            nxt = clause_words(toks, r + 1, b, 3)
            if not names or not nxt:
                continue
            if has(toks[nxt[0]], _ABOUT_IT):
                out.append(Claim(v, names, _antecedent(toks, a, v)))
            elif has(toks[nxt[0]], ABOUT) and len(nxt) > 1 and (noun := _noun_at(toks, nxt[1])) is not None:
                out.append(Claim(v, names, noun))
        elif has(t, _ADOPT_IT):
            names = _claimant(toks, a, v, min(b, v + 1 + ADOPT_REACH), groups)
            if names:
                out.append(Claim(v, names, _antecedent(toks, a, v)))
        elif has(t, _ADOPT):
            ws = clause_words(toks, v + 1, b, ADOPT_REACH)
            g = next((g for g in groups if v < g.first and _free(g) and g.first in ws), None)
            if g is None:
                continue
            rest = [k for k in ws if k >= g.last]
            noun = _noun_at(toks, rest[0]) if rest else None
            if noun is not None and has(toks[noun], _ATTACK_NOUNS):
                out.append(Claim(v, list(g.names), noun))
    return out


def _vague(ev: Event) -> bool:
    """True when an attack has no source or only unnamed armed men («مسلحون», «انتحاري»)."""
    return all(armed_phrase(n) or unnamed(n) for n in ev.source)


def _give(ev: Event, names: list[str]) -> None:
    """Make the claimant the attack's source, no longer among its targets."""
    ev.source = list(names)
    ev.target = [n for n in ev.target if n not in names]


def _joined(toks: list[Tok], at: int, verb: int) -> bool:
    """True when a pronoun claim at `verb` is on the attack whose trigger is at `at`, told before it in
    the sentence: the claim verb is joined by «و» («…، وتبناه التنظيم»), or stands within `NEAR` tokens
    of the trigger as a relative clause on it («هجوم تبنته …», «الهجوم الانتحاري الذي تبناه …»)."""
    if toks[verb].form.startswith("و"):
        return True
    return verb - at <= NEAR and not any(toks[k].form in CLAUSE_END for k in range(at, verb))


def _opens_clause(toks: list[Tok], a: int, verb: int) -> bool:
    """True when the claim verb opens a clause of its own («وتبناه التنظيم», «وقد أعلن … مسؤوليته عنه»),
    not a relative clause on the noun before it («بيان جنيف الذي تبناه مجلس الأمن»)."""
    if toks[verb].form[:1] in ("و", "ف"):
        return True
    prev = previous_word(toks, a, verb, _ANY_MARK)
    return prev is None or toks[prev].form in _LEAD


def _last_attack(events: list[Event]) -> Event | None:
    """The attack told last, not one told inside someone's quoted words («وأضاف "قتل 21 متمردا"»)."""
    return next((e for e in reversed(events) if e.type == "ASSAULT" and not e.negated and not e.claimed_by), None)


def credit_claims(toks: list[Tok], a: int, b: int, groups: list[Group], here: dict[str, Event],
                  told_at: dict[int, int], events: list[Event], prev_events: list[Event], W: Words,
                  present: frozenset[str] | None = None) -> None:
    """Give each claim's attack its claimant as source (see the module docstring); drop from `here` the
    bare noun event of an attack named again by the claim («وتبنت حركة طالبان الهجوم»); `present`: the
    sentence's words (`sentence_readings`), when known."""
    for c in find_claims(toks, a, b, groups, W, present):
        mine = [(k, e) for k, e in here.items() if e.type == "ASSAULT" and not e.negated]
        before = [e for _, e in mine if told_at.get(id(e), b) < c.verb]
        if c.noun is not None:
            own = next(((k, e) for k, e in mine if told_at.get(id(e)) == c.noun), None)
            bare = own is None or not ([n for n in own[1].target if n not in c.names] or own[1].location)
            last = _last_attack(events)
            if own is None and before:  # «استهدفوا المصلين …، وقد أعلن تنظيم داعش مسؤوليته عن الهجوم»
                if _vague(before[-1]):
                    _give(before[-1], c.names)
            elif bare and has(toks[c.noun], _ATTACK_NOUNS) and last is not None and _vague(last):
                many = [e for e in events if e.type == "ASSAULT" and e.start == last.start and not e.negated] \
                    if has(toks[c.noun], _MANY) else [last]
                for e in many:
                    if _vague(e):
                        _give(e, c.names)
                if own is not None and all(n in c.names or armed_phrase(n) or unnamed(n) for n in own[1].source):
                    del here[own[0]]  # the claim's «الهجوم» is the attack told before, not another
            elif own is not None and _vague(own[1]):
                _give(own[1], c.names)
            continue
        if before:
            e = before[-1]
            if _joined(toks, told_at[id(e)], c.verb) and _vague(e):
                _give(e, c.names)
            continue
        last = _last_attack(prev_events)
        if last is not None and _opens_clause(toks, a, c.verb) and _vague(last):
            _give(last, c.names)

"""The parties of a wounding by someone's fire: «أصيب شابان برصاص قوات الاحتلال», «وأصيب ثلاثة جنود أتراك
بنيران مسلحين من حزب العمال», «أصيب مقيم يمني بشظايا قذائف أطلقها متمردون حوثيون».

The verb of being wounded (the trigger rows of mode `wound`, which need a weapon word after the verb:
«برصاص», «بنيران», «بقذيفة», «بشظايا» …) is a passive: the people between the verb and the weapon word
underwent the attack, so a party named there (their nisba, a body they serve in) is its target, never a
name in a «لـ» phrase about them («متظاهران معارضان للرئيس …»: not the president); the party right after
the weapon word (past a force or people noun and «من»: «برصاص جنود الاحتلال», «بنيران مسلحين من حزب
العمال»), else the one a verb of firing that describes the weapon names («قذائف أطلقها متمردون حوثيون»),
else unnamed doers right after it («برصاص مسلح», «برصاص مجهولين») made it. With no doer named («برصاصة
طائشة», «برصاص أطلق من الجانب السوري», «بنيران صديقة») the wound tells no attack: the event is dropped.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, l_marked, names_of
from marsad.extract.events_country import nisba_of
from marsad.extract.events_few_victims import few_victims
from marsad.extract.events_lexicon import Lexicon, Words, forms, norm
from marsad.extract.events_phrases import described_person, noun_subject, people, site
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, clause_words, has, next_word
from marsad.extract.events_triggers import Hit

WOUND = "wound"  # the trigger mode of a verb of being wounded by a named weapon
DOER_REACH = 2  # force, people or weapon nouns stepped over between the weapon word and its doer
FIRE_REACH = 4  # words between the weapon word and a verb of firing that describes it («قذائف هاون أطلقها»)
_FROM = norm("من")
_THE = norm("ال")
# bare definite nouns of armed men that refer back to a force named before («برصاص الجنود»)
_BACK_FORCE = forms("الجنود", "القوات", "العناصر")
_FIRED = tuple(norm(w) for w in ("أطلق", "اطلق", "أطلقت", "اطلقت", "أطلقوا", "اطلقوا"))


def wounded_parties(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon
                    ) -> tuple[list[str], list[str]] | None:
    """Source and target of the wounding `h` (see the module docstring); None when no doer is named, and
    the wound tells no attack."""
    W = L.words
    mark = min(h.used)
    victims = [g for g in groups if h.last <= g.first and g.last <= mark and _victim(toks, g, W)]
    target = names_of(victims) or _unnamed_wounded(text, toks, h, mark, groups, L)
    start = max(h.used) + 1
    doers = _named_doer(toks, start, b, groups, W) or _fired_by(text, toks, start, b, groups, L) \
        or _force_back(toks, h, start, b, groups) or _unnamed_doers(text, toks, start, b, groups, L)
    source = [n for n in doers if n not in target]
    return (source, target) if source else None


def _unnamed_wounded(text: str, toks: list[Tok], h: Hit, mark: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The wounded no entity names, between the wounding word and the weapon word: people a number counts or
    described («إصابة 3 شبان برصاص», «إصابة شاب أسود برصاص»), else one or two («بإصابة شاب برصاص قوات
    الاحتلال», `events_few_victims`); [] when none stands there."""
    k = next_word(toks, h.last, mark)
    if k >= mark:
        return []
    named = [n for n in noun_subject(text, toks, k, mark, groups, L)[0] if people(n) or described_person(n)]
    return named or few_victims(text, toks, k, mark, L.words)


def _victim(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when a group among the wounded names whose they are: a body or a nisba, not a place they
    were in nor a party a «لـ» phrase about them names («معارضان للرئيس …»)."""
    if not (g.actor or g.nisba or g.force) or g.binding == "loc":
        return False
    return not l_marked(toks, g, W)


def _named_doer(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> list[str]:
    """The party named right after the weapon word at token k, a force, people or weapon noun or «من»
    allowed before it («برصاص جنود الاحتلال», «بنيران مسلحين من حزب العمال», «برصاص الجنود الإسرائيليين»);
    not a place it was fired from («من الجانب السوري»)."""
    at = {g.first: g for g in groups}
    for j in clause_words(toks, k, b, DOER_REACH + 1):
        g = at.get(j)
        if g is not None:
            if g.actor and (not g.is_loc or g.force or g.nisba or (j > k and nisba_of(toks[j].form) is not None)) \
                    and g.binding != "loc":  # a country adjective after the men («الجنود الإسرائيليين»)
                return list(g.names)
            return []
        t = toks[j]
        if not (t.form == _FROM or has(t, W["force_noun"]) or has(t, W["weapon_craft"])
                or t.form in W["people_nouns"] or has(t, W["doer_nouns"]) or has(t, W["force"])
                or t.form.removeprefix(_THE) in W["people_nouns"]):  # «برصاص الجنود الإسرائيليين»
            return []
    return []


def _force_back(toks: list[Tok], h: Hit, k: int, b: int, groups: list[Group]) -> list[str]:
    """The force named before the wounding `h` in its sentence that a bare definite noun of armed men right
    after the weapon word at token k refers back to («… القوات الإسرائيلية …، ما أسفر عن إصابة شاب برصاص
    الجنود»); [] when that noun is not there, has a name or nisba after it, or no force was named before."""
    k = next_word(toks, k, b)
    if k >= b or toks[k].form not in _BACK_FORCE or any(g.first <= k + 2 and g.last > k for g in groups):
        return []
    force = [g for g in groups if g.force and g.actor and g.last <= h.first]
    return list(force[-1].names) if force else []


def _fired_by(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The doer a verb of firing names after the weapon («بشظايا قذائف هاون أطلقها متمردون حوثيون»,
    «بصاروخ أطلقته قوة …»): a party named right after it, else unnamed doers there."""
    W = L.words
    seen = 0
    while k < b and seen <= FIRE_REACH:
        t = toks[k]
        if t.form in CLAUSE_END or t.form in SENT_END:
            return []
        if t.word:
            seen += 1
            if t.form.startswith(_FIRED) and len(t.form) - len(_FIRED[0]) <= 3:
                after = next_word(toks, k + 1, b)
                return _named_doer(toks, after, b, groups, W) or _unnamed_doers(text, toks, after, b, groups, L)
        k += 1
    return []


def _unnamed_doers(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """Unnamed doers right after token k («برصاص مسلح», «برصاص مجهولين», «أطلقها مسلحون»): a doer noun or a
    plural of people heading the phrase, not a site or a thing."""
    k = next_word(toks, k, b)
    if k >= b or any(g.first == k for g in groups):
        return []
    names = noun_subject(text, toks, k, b, groups, L)[0]
    if not names and has(toks[k], L.words["doer_nouns"]):
        return [text[toks[k].start:toks[k].end]]  # «برصاص مستوطن في القدس»: a lone doer noun
    if not names or site(names[0]):
        return []
    head = norm(names[0]).split()[0]
    doers = L.words["doer_nouns"]
    return names if head in doers or head[2:] in doers or (people(names[0]) and head.endswith(("ون", "ين"))) \
        else []


# weapon words after the dead of a killing verb («قتل عشرة مدنيين بصاروخ أطلقته طائرة أمريكية»)
_KILLED_BY = forms("برصاص", "بنيران", "بقذيفة", "بقذائف", "بشظايا", "بصاروخ", "بصواريخ", "برصاصة", "بطلقات")
KILLED_REACH = 8  # words between a killing verb and the weapon word


def killed_by_weapon(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon
                     ) -> tuple[list[str], list[str]] | None:
    """Source and target of a killing verb whose dead are followed by the weapon that killed them, as for a
    wounding: the party a verb of firing names after the weapon («قتل عشرة مدنيين بصاروخ أطلقته طائرة
    أمريكية», «قتل ثلاثة أطفال بقذائف أطلقها الحوثيون») did it; the ones named before the weapon are the
    dead. None when no weapon word follows in the clause, or no doer is named after it."""
    W = L.words
    mark = next((k for k in clause_words(toks, h.last, b, KILLED_REACH) if has(toks[k], _KILLED_BY)), None)
    if mark is None:
        return None
    doers = _named_doer(toks, mark + 1, b, groups, W) or _fired_by(text, toks, mark + 1, b, groups, L)
    if not doers:
        return None
    victims = names_of([g for g in groups if h.last <= g.first and g.last <= mark and _victim(toks, g, W)])
    if not victims:  # «عشرة مدنيين»: people no entity names
        victims = [n for n in noun_subject(text, toks, next_word(toks, h.last, b), mark, groups, L)[0] if people(n)]
    return doers, [n for n in victims if n not in doers]

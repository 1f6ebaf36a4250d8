"""The party whose sites an attack hit, named after the site noun the attack's noun or verb takes.

An attack's verbal noun with no article and no pronoun is in construct with what it was done to, and an attack
verb with no pronoun takes it as its object; when that is a site noun with no article, the party named right
after the site noun, bare or with «لـ», owns it and is the target: «وأعلن التحالف استهداف معسكرات الحوثيين في
صعدة», «أعلن التنظيم استهداف ثكنات الجيش السوري», «واستهدفت مواقع للتنظيم». Parties joined to the owner by «و»
own the sites too («ثكنات الجيش السوري والميليشيات الإيرانية»). The owner is read where word order left the
attack with no target, and where word order took it for the doer («…، واستهدفت مواقع للتنظيم»: not Daesh's
attack) (`site_owner`). `events_attack_sides` reads the same construct where a verb of doing governs the noun
(«واصلت X استهداف مواقع Y»).
A site with no owner after it may carry a nisba instead, past up to two indefinite words that describe it
(«استهداف دبابة إسرائيلية», «استهداف موقعا إسرائيليا», «استهداف آلية عسكرية إسرائيلية», «استهداف سفن شحن
إسرائيلية», «استهداف مسيرة أمريكية»), and so may a unit of armed men («استهداف قوة إسرائيلية», «استهداف جنود
إسرائيليين»): the country it names owned what was hit (`site_nisba`), never the doer (`hit_unit_nisba`, read
by `events_roles`); so does the unit a killing's noun takes past a count («مقتل ثلاثة جنود أتراك»:
`killed_unit_nisba`, the killing's target). «استهداف» of a country's site is an attack even in a sentence
with no word of force (`hit_site_of_country`, read by `events_spurious`: «أعلن حزب الله استهداف موقع إسرائيلي»).
A threat or attack with no target on sites a participle ties to a party («باستهداف السفن المرتبطة بإسرائيل»,
«السفن المتجهة إلى موانئ إسرائيل», «السفن التابعة لأمريكا») is aimed at that party (`tied_site_owner`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_country import nisba_of
from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_tokens import Tok, has, next_word, prefix
from marsad.extract.events_triggers import Hit, Site
from marsad.extract.numbers import analyse_word

_DEED_TYPES = frozenset(("ASSAULT", "FIGHT"))
# proclitics a verbal noun in construct may carry: none, «و», «بـ» («بقصف»), «وبـ»; not «لـ» (a purpose:
# «لاستهداف») nor the article
_PROCLITICS = frozenset(("", "و", "ب", "وب"))
_AND = norm("و")
# a drone: a thing an attack hits only where an attack noun takes it, so not among `site_nouns` («مسيرة» is a march)
_DRONES = forms("مسيرة", "مسيرات")
_ON = norm("على")
# a unit of armed men: hit, its nisba names whose it is («استهداف قوة إسرائيلية»), as for `own_arms`
UNITS = forms("قوة", "قوات", "جنود", "جنديين", "جندي", "جنديان", "عناصر", "دورية")
# participles that tie a site to a party named after them («المرتبطة بإسرائيل», «المتجهة إلى موانئ إسرائيل»)
_TIED = forms("المرتبطة", "المرتبطه", "التابعة", "المملوكة", "المتجهة", "المتوجهة", "المتعاملة", "مرتبطة",
              "تابعة", "مملوكة", "متجهة")
_TIE_REACH = 3  # words after the participle in which the party stands («إلى موانئ إسرائيل»)
_TIED_TYPES = frozenset(("ASSAULT", "THREATEN"))
# words after the trigger to the site, past its subject («هدد زعيم الحوثيين … بتصعيد الهجمات على السفن»)
_SITE_REACH = 10
_DESCRIBED = 2  # indefinite words that may describe a site before its nisba («آلية عسكرية», «سفن شحن»)


def site_owner(toks: list[Tok], h: Hit, b: int, groups: list[Group], site: Site, W: Words,
               source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an attack whose verbal noun or verb is in construct with, or takes as its object,
    an indefinite site noun («استهداف معسكرات الحوثيين», «قصف مواقع لتنظيم داعش», «واستهدفت مواقع للتنظيم»):
    the party after the site noun, and parties joined to it by «و», owned what was hit and are the target
    where none was found; such a party taken for the doer is none."""
    if h.trig.type not in _DEED_TYPES or h.trig.pos not in ("n", "v") or site.suffixed:
        return source, target
    tok = toks[h.first]
    if prefix(tok, site.reading) not in _PROCLITICS or not tok.form.endswith(site.reading):
        return source, target  # «لاستهداف»: a purpose; «القصف»: no construct; «قصفها»: a pronoun object
    nw = _site_word(toks, h, b)
    if nw is None or not _hit_noun(toks[nw], W, True) or any(g.first <= nw < g.last for g in groups):
        return source, target
    owner = next((g for g in groups if g.first == nw + 1 and _owner(g) and g.glued in ("", "ل")), None) \
        if _hit_noun(toks[nw], W, False) else None
    if owner is None:
        country = site_nisba(toks, nw, b, {k for g in groups for k in range(g.first, g.last)}, W)
        if country is None:
            return source, target
        names = [country]
    else:
        owners = [owner]
        while (nxt := next((g for g in groups if g.first == owners[-1].last and _owner(g) and g.glued == _AND),
                           None)) is not None:
            owners.append(nxt)  # «ثكنات الجيش السوري والميليشيات الإيرانية»
        names = list(dict.fromkeys(n for g in owners for n in g.names))
    if target and not set(names) & set(source):
        return source, target
    return [n for n in source if n not in names], [*names, *(n for n in target if n not in names)]


def _owner(g: Group) -> bool:
    """True when group g names a party that may own a site (a body, a force, a country), not a town."""
    return g.actor and (not g.is_loc or g.force) and g.binding not in ("skip", "mod", "loc")


def site_nisba(toks: list[Tok], k: int, b: int, covered: set[int], W: Words) -> str | None:
    """The country of the indefinite nisba that describes the site noun at token k, past up to `_DESCRIBED`
    bare indefinite words («دبابة إسرائيلية», «موقعا إسرائيليا», «آلية عسكرية إسرائيلية», «سفن شحن
    إسرائيلية»), or None. A mark, a word with the article, a clitic preposition or «و», or a word of a
    name (`covered`: tokens of the named groups) ends the site's words."""
    for j in range(k + 1, min(b, k + _DESCRIBED + 2)):
        t = toks[j]
        if not t.word or t.form.startswith("ال"):
            return None
        hit = nisba_of(t.form)
        if hit is not None and hit[1] == 0:
            return hit[0]
        if t.form[:1] in ("ب", "ل", "و", "ف") or has(t, W["prep_any"]) or j in covered:
            return None
    return None


def hit_site_of_country(toks: list[Tok], h: Hit, b: int, covered: set[int], W: Words) -> bool:
    """True when the word right after trigger `h` is an indefinite site noun a country's nisba describes
    («استهداف موقع إسرائيلي», «استهدفت قاعدة أمريكية», «استهداف آليات إسرائيلية»), or a definite craft noun
    and its definite nisba (`_definite_craft`: «استهداف الآليات الإسرائيلية»): a thing of a state hit."""
    nw = _site_word(toks, h, b)
    if nw is not None and nw + 1 < b and _definite_craft(toks, nw, b, W):
        return True
    if nw is None or not _hit_noun(toks[nw], W, True):
        return False
    return site_nisba(toks, nw, b, covered, W) is not None


def _site_or_drone(tok: Tok, W: Words) -> bool:
    """True when a reading of the token is a site or craft noun (`site_nouns`) or a drone."""
    return has(tok, W["site_nouns"]) or has(tok, _DRONES)


def _hit_noun(tok: Tok, W: Words, armed: bool) -> bool:
    """True when an indefinite token names a site or a craft an attack hits (`site_nouns`, a drone), or with
    `armed` a unit of armed men (`own_arms`, «قوة»: «استهداف جنود إسرائيليين»), whose owner a nisba may
    tell. «آلية» folds to «اليه»: a word the table lists as it stands has no article."""
    site = _site_or_drone(tok, W)
    if tok.form.startswith("ال") and tok.form not in W["site_nouns"]:
        return False
    return site or (armed and (tok.form in W["own_arms"] or tok.form in UNITS))


def hit_unit_nisba(toks: list[Tok], h: Hit, g: Group, b: int, W: Words, unit: int | None = None) -> bool:
    """True when group g is the nisba of an indefinite unit of armed men, a site or a craft right after the
    attack noun of `h` that no «لـ» marks as its agent («استهداف جنود إسرائيليين», «استهداف قوة إسرائيلية»):
    whose the thing hit was, not who hit it (not «هجوم مسلحين سوريين», `agent_l`); so is a craft or unit read
    with its nisba as the country's force («استهداف دبابات إسرائيلية»: g is that force, from the noun on).
    `unit`: the unit noun's token where a count stands before it (`killed_unit_nisba`)."""
    if h.trig.type not in _DEED_TYPES or h.trig.pos != "n" or has(toks[h.first], W["agent_l"]):
        return False
    nw = _site_word(toks, h, b) if unit is None else unit
    if nw is not None and g.force and g.first == nw and g.last == nw + 2 and _definite_craft(toks, nw, b, W):
        return True  # «استهداف الدبابات الإسرائيلية المتوغلة»: the craft and its nisba, both with the article
    if nw is None or not _hit_noun(toks[nw], W, True):
        return False
    if g.force and g.first == nw and g.last == nw + 2 and nisba_of(toks[nw + 1].form) is not None:
        return True  # «استهداف دبابات إسرائيلية»: a craft or unit read with its nisba as the country's force
    return g.first == nw + 1 and (g.nisba or (g.is_loc and g.last == g.first + 1 and nisba_of(toks[g.first].form)
                                              is not None))  # («إسرائيليين»: a people's plural nisba)


def _definite_craft(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when token k is a site or craft noun with the article and the next its nisba with the article
    («الدبابات الإسرائيلية», «الآليات الإسرائيلية»), with no «على» or «لـ» after them that would tell them
    the doers («اعتداء الدبابات الإسرائيلية على …»). Units of men stay out: «اقتحام القوات الإسرائيلية
    مخيم جنين» is their deed."""
    noun, nisba = toks[k], toks[k + 1]
    if not (noun.form.startswith("ال") and nisba.form.startswith("ال")) or nisba_of(nisba.form) is None:
        return False
    if not _site_or_drone(noun, W) or has(noun, UNITS):
        return False
    after = next_word(toks, k + 2, b)
    return after >= b or not (toks[after].form == _ON or toks[after].form.startswith("ل"))


def killed_unit_nisba(toks: list[Tok], h: Hit, groups: list[Group], b: int, W: Words) -> Group | None:
    """The group of the people's nisba after the unit of armed men a killing's noun takes, past a count in
    digits or words («مقتل ثلاثة جنود أتراك», «مقتل جنديين تركيين»): as for `hit_unit_nisba`, whose the dead
    were, the killing's target; None when no such nisba stands there."""
    if h.trig.type != "ASSAULT" or h.trig.mode != "kill" or h.trig.pos != "n" or has(toks[h.first], W["agent_l"]):
        return None
    nw = _site_word(toks, h, b)
    if nw is not None and analyse_word(toks[nw].form) is not None and nw + 1 < b and toks[nw + 1].word:
        nw += 1  # «مقتل ثلاثة جنود»
    if nw is None or toks[nw].form.startswith("ال") or toks[nw].form not in UNITS:
        return None
    return next((g for g in groups if g.first == nw + 1 and hit_unit_nisba(toks, h, g, b, W, nw)), None)


def counted_craft(toks: list[Tok], h: Hit, groups: list[Group], b: int, W: Words) -> Group | None:
    """The group of a craft or unit read with its nisba as the country's force past a count after the attack
    noun of `h` («استهداف 3 دبابات إسرائيلية», «استهداف ثلاث دبابات إسرائيلية»): what was hit, as
    `hit_unit_nisba` reads it with no count; None when no such group stands there."""
    nw = _site_word(toks, h, b)
    if nw is not None and nw == h.last and analyse_word(toks[nw].form) is not None and nw + 1 < b \
            and toks[nw + 1].word:
        nw += 1  # «استهداف ثلاث دبابات»
    if nw is None or nw == h.last:
        return None
    return next((g for g in groups if g.force and g.first == nw and hit_unit_nisba(toks, h, g, b, W, nw)), None)


def _site_word(toks: list[Tok], h: Hit, b: int) -> int | None:
    """The index of the word right after trigger `h`, past a count in digits («استهداف 5 دبابات إسرائيلية»),
    that may name the thing hit; None when a mark stands between."""
    nw = next_word(toks, h.last, b)
    if nw != h.last:
        return None
    if toks[nw].form.isdigit() and nw + 1 < b and toks[nw + 1].word:
        return nw + 1
    return nw


def tied_site_owner(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> list[str]:
    """The party a participle after a site noun ties it to, for a threat or attack with no target on it
    within ten words after the trigger («وهدد الحوثيون باستهداف السفن المرتبطة بإسرائيل», «هاجموا السفن
    المتجهة إلى موانئ إسرائيل»): whom it is aimed at; [] when none stands there."""
    if h.trig.type not in _TIED_TYPES:
        return []
    k, seen = h.after, 0
    while k < b - 1 and seen < _SITE_REACH:
        if toks[k].word:
            seen += 1
            if has(toks[k], W["site_nouns"]) and (p := next_word(toks, k + 1, b)) < b and has(toks[p], _TIED):
                g = next((g for g in groups if p < g.first <= p + _TIE_REACH and g.actor), None)
                return list(g.names) if g is not None else []
        k += 1
    return []

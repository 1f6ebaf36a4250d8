"""The party whose sites an attack hit, named after the site noun the attack's noun or verb takes.

An attack's verbal noun with no article and no pronoun is in construct with what it was done to, and an attack
verb with no pronoun takes it as its object; when that is a site noun with no article, the party named right
after the site noun, bare or with «لـ», owns it and is the target: «وأعلن التحالف استهداف معسكرات الحوثيين في
صعدة», «أعلن التنظيم استهداف ثكنات الجيش السوري», «واستهدفت مواقع للتنظيم». Parties joined to the owner by «و»
own the sites too («ثكنات الجيش السوري والميليشيات الإيرانية»). The owner is read where word order left the
attack with no target, and where word order took it for the doer («…، واستهدفت مواقع للتنظيم»: not Daesh's
attack) (`site_owner`). `events_attack_sides` reads the same construct where a verb of doing governs the noun
(«واصلت X استهداف مواقع Y»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok, has, next_word, prefix
from marsad.extract.events_triggers import Hit, Site

_DEED_TYPES = frozenset(("ASSAULT", "FIGHT"))
# proclitics a verbal noun in construct may carry: none, «و», «بـ» («بقصف»), «وبـ»; not «لـ» (a purpose:
# «لاستهداف») nor the article
_PROCLITICS = frozenset(("", "و", "ب", "وب"))
_AND = norm("و")


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
    nw = next_word(toks, h.last, b)
    if nw != h.last or not has(toks[nw], W["site_nouns"]) or toks[nw].form.startswith("ال") \
            or any(g.first <= nw < g.last for g in groups):
        return source, target
    owner = next((g for g in groups if g.first == nw + 1 and _owner(g) and g.glued in ("", "ل")), None)
    if owner is None:
        return source, target
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

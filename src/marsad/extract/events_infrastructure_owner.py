"""The country whose infrastructure an attack hit: «شنت روسيا هجوما بالصواريخ على منشآت الطاقة في أوكرانيا».

A country's power plants, grid and public works are its own: an attack on «منشآت الطاقة في أوكرانيا», «البنية
التحتية في أوكرانيا», «محطات الكهرباء في لبنان» is done to that country, which word order reads only as the place.
`infrastructure_country` adds it as the target of an attack that has a source and no party as target, when such a
noun stands within `REACH` words after the trigger (in its clause) and «في» and a country follow it within
`OWNER_REACH` words. Military sites («مواقع في سوريا») are left alone: whose they are the story tells elsewhere.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import CLAUSE_MARKS, Tok, has
from marsad.extract.events_triggers import Hit

REACH = 8  # words from the trigger to the infrastructure noun («هجوما واسعا بالصواريخ والمسيرات على منشآت»)
OWNER_REACH = 3  # words from the noun to «في» («منشآت الطاقة في», «البنية التحتية للطاقة في»)
# a country's civil infrastructure («منشآت الطاقة», «البنية التحتية», «محطات الكهرباء», «شبكة الكهرباء»)
_INFRASTRUCTURE = forms("منشآت", "المنشآت", "منشأة", "المنشأة", "البنية", "البنى", "بنية", "بنى", "محطات",
                        "المحطات", "محطة", "شبكة", "الشبكة", "شبكات", "مرافق", "المرافق")
_IN = norm("في")


def infrastructure_country(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
                           target: list[str]) -> list[str]:
    """`target` with the country whose infrastructure the attack at `h` hit (module docstring), or unchanged."""
    if h.trig.type != "ASSAULT" or not source:
        return target
    parties = {n for g in groups if g.actor for n in g.names}
    if any(n in parties for n in target):
        return target
    seen = 0
    for k in range(h.after, b):
        t = toks[k]
        if t.form in CLAUSE_MARKS or seen > REACH:
            return target
        if not t.word:
            continue
        seen += 1
        if t.form in _INFRASTRUCTURE or has(t, _INFRASTRUCTURE):
            owner = _country_in(toks, k + 1, b, groups)
            if owner is None or set(owner.names) & set(source):
                return target
            return [*target, *(n for n in owner.names if n not in target)]
    return target


def _country_in(toks: list[Tok], k: int, b: int, groups: list[Group]) -> Group | None:
    """The country after «في» within `OWNER_REACH` words from token k, or None."""
    words = [j for j in range(k, b) if toks[j].word][:OWNER_REACH + 1]
    for n, j in enumerate(words):
        if toks[j].form in CLAUSE_MARKS:
            return None
        if toks[j].form == _IN and n + 1 < len(words):
            return next((g for g in groups if g.first == words[n + 1] and g.is_loc and g.actor and not g.nisba),
                        None)
    return None

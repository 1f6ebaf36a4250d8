"""The second party of an attack or arrest told inside its sentence, where no entity names it.

`events._phrase_actors` reads the noun phrases around a verb; this module adds the victims of a deed
whose doers are unnamed people: an attack or arrest verb that opens its clause with a plural of people
as its subject and a second noun phrase after it («واختطف مسلحون ثلاثة صحفيين أجانب», «وهاجم مسلحون
مجهولون مدنيين عزلا»). A passive verb («اعتقل متظاهرون») takes no object, so a second phrase of people
or of a site after the first tells the active reading: the first did it, the second underwent it. The
doers themselves are left to the story (the gold pages name the group they belong to).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import counted, described_person, noun_subject, people, site
from marsad.extract.events_tokens import Tok
from marsad.extract.numbers import analyse_word


def unnamed_doers(name: str) -> bool:
    """True when a phrase no entity names is a plural of people in the nominative ـون heading it
    («مسلحون», «مسلحون مجهولون», «متطرفون يهود»): a subject, never an object."""
    ws = norm(name).split()
    head = ws[0][1:] if ws and ws[0][:1] in ("و", "ف") and len(ws[0]) > 5 else ws[0] if ws else ""
    return len(head) >= 5 and head.endswith("ون") and not head.startswith("ال") and analyse_word(head) is None


def victims_after_doers(text: str, toks: list[Tok], start: int, b: int, groups: list[Group], L: Lexicon,
                        skip: frozenset[int] = frozenset()) -> list[str]:
    """The people or the site an attack or arrest verb ending before token `start` was done to, read after
    its unnamed doers («واختطف مسلحون ثلاثة صحفيين أجانب» → «ثلاثة صحفيين أجانب»); [] when the phrase
    after the verb is no such doers, or no victims follow them right away."""
    if any(g.first <= start < g.last for g in groups):
        return []
    doers, k = noun_subject(text, toks, start, b, groups, L, skip)
    if len(doers) != 1 or not unnamed_doers(doers[0]) or any(g.first == k for g in groups):
        return []
    done_to, _ = noun_subject(text, toks, k, b, groups, L, skip, victims=True)
    return [n for n in done_to if n not in doers and (counted(n) or people(n) or described_person(n) or site(n))]

"""A title glued to «بـ» or «لـ» between two named parties: the name after it is a second party.

Mentions join into one group across titles («وزير الخارجية السعودي الأمير سعود الفيصل»), but a
title that carries a preposition does not continue the first party's name; it opens the
counterpart of the verb: «اتصل نتنياهو بالرئيس الفلسطيني محمود عباس» (Netanyahu called
Abbas), «بعث الملك سلمان برقية لرئيس الوزراء الهندي …», «التقى حزب الله بالرئيس اللبناني …».
Read here: the tokens between the group so far and the next mention. When the group already
names a person or a body and one of those tokens is a title with a single «بـ»/«لـ» (after an
optional «و»/«ف») glued to it («بالرئيس», «لوزير», «وبرئيس»), the group ends there. «لل…»
(«للرئيس») is handled where groups are built. Only a person's title counts: «رئيس لجنة الشؤون
الخارجية بمجلس النواب فلان» names where his office is, and «وفد حماس برئاسة فلان» who heads it.
The group after such a «بـ» title is the verb's object (`b_titled`), as a name with «بـ» glued to
it is, so a participle later in the sentence goes on with the caller, not the one called.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import CLAUSE_END, Tok, clause_words, has
from marsad.model import Entity

Mention = tuple[int, int, Entity]

# «برئاسة», «بقيادة»: "headed by" — the name after it heads the party before it, no second party
_HEADED_BY = frozenset(norm(w) for w in ("رئاسة", "الرئاسة", "قيادة", "القيادة", "زعامة", "إمرة"))
TITLE_REACH = 4  # words of a title chain walked back from a group («بالرئيس الفلسطيني»)


def _bare(form: str) -> str | None:
    """The word after a single «بـ»/«لـ» (after an optional «و»/«ف») glued to it, else None."""
    if form[:1] in ("و", "ف") and form[1:2] in ("ب", "ل"):
        form = form[1:]
    if form[:1] not in ("ب", "ل") or form[:2] == "لل":
        return None
    return form[1:]


def glued_title(tok: Tok, W: Words) -> bool:
    """True when the token is a person's title with «بـ»/«لـ» glued to it («بالرئيس», «لوزير», «وبالملك»)."""
    if not tok.word or tok.form in W["title"]:  # «بدوره», «باسم»: words of the class as written
        return False
    rest = _bare(tok.form)
    if not rest or rest in _HEADED_BY:
        return False
    # a person's title only: «بمجلس النواب», «بوزارة الخارجية» name where an office is, no counterpart
    person = W["person_title"] | W["bare_title"] | W["honorific"] | W["counterpart"]
    return rest in person or (rest.startswith("ال") and rest[2:] in person)


def party_then_glued_title(toks: list[Tok], cur: list[Mention], gap: range, W: Words) -> bool:
    """True when the group so far names a person, a body or a titled holder and a glued title follows it
    («نتنياهو بالرئيس الفلسطيني …»): what comes next is the verb's counterpart, a new party."""
    # a person, a body, or a title holder read as his country («خادم الحرمين الشريفين» → السعودية)
    party = any(e.label in ("PER", "ORG") or (e.label == "LOC" and e.role) for _, _, e in cur)
    return party and any(glued_title(toks[k], W) for k in gap)


def b_titled(toks: list[Tok], first: int, W: Words) -> bool:
    """True when a title chain before the group starting at token `first` opens with a glued «بـ»
    title («اتصل نتنياهو بالرئيس الفلسطيني محمود عباس»): the group is the verb's object, as when
    «بـ» is glued to the name itself («اتصل بعباس»)."""
    for k in clause_words(toks, first - 1, -1, TITLE_REACH, CLAUSE_END, back=True):
        t = toks[k]
        if glued_title(t, W):
            return t.form.lstrip("وف")[:1] == "ب"  # «لـ» on a title: `l_marked`
        if not has(t, W["title"]) and not has(t, W["honorific"]):
            return False
    return False

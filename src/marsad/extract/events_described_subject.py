"""A verb's subject named after a description the title list lacks: «واتهم السيناتور الجمهوري جيمس ريش
المسؤولين …», «استنكرت الكاتبة الصحافية فلانة …», «انتقد الناشط الحقوقي فلان …».

After a verb (VSO) a person's name is taken as its subject when only titles stand before it
(`events_roles.titles_and_mods`). News also puts a profession or an office the title list does not hold
before the name, with an adjective that tells the party, the trade or the field («الجمهوري», «الصحافية»,
«الحقوقي»). Such a description before a person's full name, right after the verb, is still the subject's:
the words before the name are a title, a profession or a person noun, or a definite noun followed by a
definite adjective in ـي/ـية, and definite adjectives.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_armed_heads import PROFESSIONS
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import Tok, has

MAX_WORDS = 4  # words of the description («السيناتور الجمهوري عن ولاية …» is cut before «عن»)


def _adjective(t: Tok) -> bool:
    """A definite adjective in ـي/ـية («الجمهوري», «الصحافية», «الحقوقي»), with no clitic before it."""
    return t.form.startswith("ال") and t.form.endswith(("ي", "يه")) and len(t.form) >= 5


def _joined(before: Tok, t: Tok) -> bool:
    """A definite adjective with «و» after another («الخبير الاجتماعي والبيئي»): a second adjective of the noun."""
    return t.form.startswith("وال") and _adjective(before) and t.form.endswith(("ي", "يه")) and len(t.form) >= 6


def _noun(t: Tok, W: Words, speaker: bool) -> bool:
    """A title or a profession («الشيخ», «الكاتبة»), or for a statement's speaker (`speaker`) a person noun
    («الطالب», «الناشط»; not before a deed's verb: «أطلق سراح الرهينة الفرنسية فلانة» names whom it freed)."""
    return has(t, W["title"]) or has(t, W["head"]) or t.form in PROFESSIONS \
        or (speaker and t.form in W["person_nouns"])


def described_subject(toks: list[Tok], lo: int, g: Group, groups: list[Group], W: Words,
                      speaker: bool = False) -> bool:
    """True when the person group `g`, told by a full name, stands after a description that opens at `lo`
    (right after the verb and its adjuncts): a title, profession or person noun (`_noun`; `speaker`: the verb
    tells a statement), or a definite noun with a definite adjective after it, then only such words
    («السيناتور الجمهوري جيمس ريش»)."""
    if not g.person or g.binding is not None or len(g.names[0].split()) < 2:
        return False
    inside = {k for x in groups if x.last <= g.first and x.nisba for k in range(x.first, x.last)}
    ws = [toks[k] for k in range(lo, g.first) if k not in inside]
    if not ws or len(ws) > MAX_WORDS or not all(t.word for t in ws):
        return False
    head, rest = ws[0], ws[1:]
    if not all(_noun(t, W, speaker) or _adjective(t) or _joined(ws[i], t) for i, t in enumerate(rest)):
        return False
    if _noun(head, W, speaker):
        return True
    return speaker and head.form.startswith("ال") and bool(rest) and _adjective(rest[0])

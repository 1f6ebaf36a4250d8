"""Attacks named as a kind, anchored to nothing (topic: generic deeds; precision).

An attack told only by a definite or plural verbal noun («الهجمات», «القتل», «الانفجار», «هجمات») for which the
event has no doer, no victim, no place and no time names a kind of deed, not a deed done: «تحديد المسؤولية عن
الهجمات بالأسلحة الكيماوية», «تشهد المنطقة الكثير من الهجمات الهمجية», «قد يصل إلى القتل», «المواد شديدة
الانفجار» (`kind_named`). The sentence still tells one deed done, whoever the rules read as its parties, when
it marks a victim after the noun («الاعتداء بالضرب على أحد الإعلاميين»), a relative clause or a verb of
happening or result follows it («الهجوم الذي وقع أمس», «الهجوم أسفر عن …»), a verb of result governs it («وأدى
الهجوم إلى مقتل ثلاثة») or a verb of undergoing stands before it («تعرض الفندق لهجمات»). A verb («قتل», «تقصف») or
an indefinite singular noun («سقوط مقذوف على دورية») tells one deed even with nothing named, and stays.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.model import Event

KIND_TYPES = frozenset(("ASSAULT",))  # deeds of force a sentence names as a kind

_CLITICS = ("و", "ف")  # conjunctions glued to the noun («والهجمات»)
_DEFINITE = tuple(fold(p) for p in ("ال", "بال", "لل", "كال"))  # the article, alone or after بـ لـ كـ
_PLURAL = fold("ات")  # a sound feminine plural («هجمات», «غارات», «تفجيرات»)
_PRONOUNS = tuple(fold(s) for s in ("ه", "ها", "هم", "هما", "هن", "نا", "كم"))  # «هجماتهم»: the doers' own
_PUNCT = "،,.:؛\"«»()"

# verbs of happening or result, after the noun («الهجوم الذي وقع», «الهجوم أسفر عن») or right before it
# («وأدى الهجوم إلى مقتل ثلاثة»): they tell what one deed did
_RESULT_VERBS = frozenset(fold(w) for w in (
    "وقع", "وقعت", "أدى", "أدت", "أسفر", "أسفرت", "أوقع", "أوقعت", "خلف", "خلفت", "تسبب", "تسببت", "استهدف",
    "استهدفت", "طال", "طالت", "نفذه", "نفذها", "شنه", "شنها"))
# after the noun: a mark of its victim («على أحد الإعلاميين») or a relative pronoun («الهجوم الذي …»)
_AFTER_MARKS = frozenset(fold(w) for w in ("على", "ضد", "بحق", "تجاه", "الذي", "التي", "اللذين", "اللتين",
                                           "الذين")) | _RESULT_VERBS
AFTER_REACH = 4  # words after the noun searched for `_AFTER_MARKS`, up to a comma or a «و»
_AND_THE = fold("وال")  # a noun conjoined after the deed noun («والتجارب»)
_UNDERGO = tuple(fold(w) for w in ("تعرض", "يتعرض", "تتعرض"))  # «تعرض الفندق لهجمات»: its subject was hit
UNDERGO_REACH = 3  # words before the noun searched for a verb of undergoing


def kind_noun(trigger: str) -> bool:
    """True when the trigger is one word, a definite noun or a sound feminine plural with no pronoun
    («الهجمات», «والقتل», «بالانفجار», «هجمات»), not a verb («قتل», «تقصف») or a singular indefinite noun."""
    words = fold(trigger).split()
    if len(words) != 1:
        return False
    w = words[0]
    if w[:1] in _CLITICS and len(w) > 4 and w[1:].startswith(_DEFINITE):
        w = w[1:]
    if w.startswith(_DEFINITE):
        return len(w) > 4
    if w[:1] in _CLITICS and len(w) > 5:
        w = w[1:]
    return w.endswith(_PLURAL) and len(w) > 4 and not w.endswith(_PRONOUNS)


def _bare(word: str) -> str:
    return word.strip(_PUNCT)


def told_done(ev: Event, text: str) -> bool:
    """True when the trigger's sentence tells one deed done around the noun: `_AFTER_MARKS` within
    AFTER_REACH words after it (before a comma or a conjoined noun), a verb of result right before it, or a
    verb of undergoing within UNDERGO_REACH words before it."""
    sentence = fold(text[ev.start:ev.end])
    trig = fold(ev.trigger)
    at = sentence.find(trig)
    if at < 0:
        return True  # the trigger cannot be found again: nothing to judge by
    for w in sentence[at + len(trig):].split()[:AFTER_REACH]:
        if _bare(w) in _AFTER_MARKS:
            return True
        if w != _bare(w) or w.startswith(_AND_THE):
            break  # «الانفجار، والتجارب التي …»: what follows a comma or a «و» is told of another noun
    before = [_bare(w) for w in sentence[:at].split()[-UNDERGO_REACH:]]
    if before and (before[-1] in _RESULT_VERBS or (before[-1][1:] in _RESULT_VERBS and before[-1][:1] in _CLITICS)):
        return True
    return any(w.lstrip("وف").startswith(_UNDERGO) for w in before)


def kind_named(ev: Event, text: str) -> bool:
    """An attack told by a definite or plural noun with no party, no place and no date, in a sentence that
    tells no deed done around it (`told_done`): a kind of deed named, no event told."""
    return ev.type in KIND_TYPES and not (ev.source or ev.target or ev.location or ev.date) \
        and kind_noun(ev.trigger) and not told_done(ev, text)

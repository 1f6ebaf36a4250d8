"""Stormings that are armed attacks, not raids.

«اقتحم» is typed COERCE (a raid or a storming by the authorities: «اقتحمت قوات الاحتلال البلدة», «اقتحم
جنود منزلا لتوقيف …»). A storming made by militants or a suicide bomber is an armed attack (ASSAULT):
- one with a bomb («اقتحم انتحاري بسيارة مفخخة نقطة تفتيش», «بجرار مفخخ بالمتفجرات»);
- one by gunmen, militants or fighters named as its doer right by the verb, with people killed in its
  sentence («قتل سبعة جنود عندما اقتحم متشددون نقطة تفتيش», «اقتحم مسلحون مركزا للشرطة مما أدى إلى
  مقتل ستة»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_object_types import words_after
from marsad.extract.events_tokens import Tok, has
from marsad.model import Event

_STORM = forms("اقتحم", "اقتحمت", "اقتحموا", "يقتحم", "تقتحم", "يقتحمون", "اقتحام", "باقتحام", "واقتحم",
                "واقتحمت", "واقتحموا", "فاقتحم", "فاقتحمت")
# a bomb carried into the storming
_BOMB = forms("مفخخ", "مفخخة", "بالمتفجرات", "متفجرات", "المتفجرات", "ناسفة", "ناسف", "انتحاري", "انتحاريا",
               "انتحاريًا", "الانتحاري", "انتحارية", "انتحاريون", "انتحاريين", "انتحاريان", "بحزام")
# gunmen, militants and fighters: the doers of an armed attack (never soldiers or police)
_MILITANTS = forms("مسلح", "مسلحون", "مسلحين", "مسلحان", "المسلحون", "المسلحين", "متشدد", "متشددون", "متشددين",
                    "المتشددون", "المتشددين", "مقاتلون", "مقاتلين", "مقاتلي", "مقاتليه", "مقاتليها", "إرهابيون",
                    "إرهابيين", "الإرهابيون", "الإرهابيين", "مهاجمون", "مهاجمين", "المهاجمون", "عناصر", "مجموعة")
BOMB_REACH = 6  # words each side of the storming in which a bomb is named
DOER_REACH = 3  # words after the verb in which its militant doer is named


def _is(tok: Tok, cls: frozenset[str]) -> bool:
    """True when the token's form or one of its readings is in the class."""
    return tok.form in cls or has(tok, cls)


def _near(words: list[Tok], at: int, reach: int) -> list[Tok]:
    """The words up to `reach` each side of index `at`, within its clause."""
    before: list[Tok] = []
    for t in reversed(words[:at]):
        if not t.word or len(before) == reach:
            break
        before.append(t)
    return before + words_after(words, at, reach)


def _militant_doer(words: list[Tok], at: int) -> bool:
    """True when militants are the storming's doer: right after the verb («اقتحم متشددون»), or right before
    it («مجموعة من مقاتليه اقتحمت»)."""
    after = [t for t in words[at + 1:at + 1 + DOER_REACH] if t.word]
    before = [t for t in words[max(0, at - 2):at] if t.word]
    return any(_is(t, _MILITANTS) for t in after + before)


def armed_storming(words: list[Tok], at: int, ev: Event, W: Words) -> bool:
    """True when a COERCE storming is an armed attack: a bomb near it, or militants as its doer with people
    killed in its sentence."""
    if ev.type != "COERCE" or not _is(words[at], _STORM):
        return False
    if any(_is(t, _BOMB) for t in _near(words, at, BOMB_REACH)):
        return True
    killed = any(has(t, W["killing"]) or has(t, W["harm"]) for t in words if t.word)
    return killed and _militant_doer(words, at)

"""Adjectives that agree with a plural group noun belong to it, never name a second party.

«واقتحم مستوطنون متطرفون باحات المسجد الأقصى»: «متطرفون» describes the settlers (same case ending,
same definiteness) and is no object of the verb; «المستوطنون المتطرفون», «مسلحين مجهولين» alike. An
adjective here is a participle in مـ or a nisba in ـيون/ـيين, which keeps present verbs out
(«مستوطنون يقتحمون»: a verb, a clause of its own); a participle with a «لـ» complement («انفصاليون
مؤيدون لروسيا») is left to the readers of siding participles.
"""

from __future__ import annotations

from marsad.extract.events_actors import Mention
from marsad.extract.events_tokens import Tok

_ENDINGS = ("ون", "ين")
_MOST = 3  # adjectives taken after one noun


def _ending(form: str) -> str | None:
    return next((e for e in _ENDINGS if form.endswith(e) and len(form) > 4), None)


def _adjective(form: str, ending: str, definite: bool) -> bool:
    stem = form[2:] if definite else form
    if form.startswith("ال") != definite or not form.endswith(ending):
        return False
    return stem.startswith("م") or stem.endswith("ي" + ending)


def agreeing_adjectives(toks: list[Tok], j: int, at: dict[int, Mention]) -> int:
    """The end of a plural group noun ending at token j (exclusive) past the adjectives that agree with it
    (module docstring); j when none follows. `at`: the mentions found, by token; a one-word nisba among
    them agrees too («مستوطنون إسرائيليون متطرفون»)."""
    last = toks[j - 1].form if j > 0 else ""
    ending = _ending(last)
    if ending is None:
        return j
    definite = last.startswith("ال")
    end = j
    while end < len(toks) and end - j < _MOST and toks[end].word and _free_or_nisba(at, end) \
            and _adjective(toks[end].form, ending, definite) and not _governs(toks, end + 1):
        end += 1
    return end


def _free_or_nisba(at: dict[int, Mention], k: int) -> bool:
    """True when no mention covers token k, or a one-word place mention does (a nisba, «إسرائيليون»)."""
    m = at.get(k)
    return m is None or (m[1] - m[0] == 1 and m[2].label == "LOC")


def _governs(toks: list[Tok], k: int) -> bool:
    """True when token k is a «لـ» complement of the participle before it («انفصاليون مؤيدون لروسيا»:
    whose side they take, read where siding participles are)."""
    if k >= len(toks) or not toks[k].word:
        return False
    f = toks[k].form
    return f.startswith("ل") and not f.startswith("ال")

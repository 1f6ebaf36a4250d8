"""The party a speaker tells of is no doer of what the speaker himself goes on to do.

«وأكد المسؤول أن الحكومة اليمنية ملتزمة بالحل السياسي، داعيا إلى وقف القتال»: a circumstantial
participle («…، داعيا», «…، مطالبين») goes on with the subject of the reporting verb that opens the
sentence, the one who speaks, never with a party named inside what he says (the clause after «أن»,
«إن», «إلى أن»). Where that speaker is named by an actor between the verb and the clause («وقال وزير
الخارجية عادل الجبير إن …») he is the source; where he is only a bare role («الوزراء», «الباحث»,
«المسؤول») the source is left empty rather than taken from the clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import Tok

# «أن»-words of `comp` that are no complementiser of a reporting verb
_NOT_THAT = frozenset(fold(w) for w in ("حيث", "كي", "لأن", "لان"))
_COMMAS = (",", "،")
OPENER_WORDS = 3  # words of an opening phrase before the reporting verb («وفي السياق ذاته،»)


def _that_words(W: Words) -> frozenset[str]:
    """The complementisers that open what a reporting verb says («أن», «إنه», «بأن»)."""
    return frozenset(W.get("comp", frozenset()) - W.get("relative", frozenset()) - _NOT_THAT)


def _is_report_verb(tok: Tok, W: Words) -> bool:
    """Whether a token is a reporting verb («وأكد», «قال»), a conjunction allowed before it."""
    say = W.get("say", frozenset())
    return any(r.lstrip("وف") in say or r in say for r in tok.reads)


def reported_clause_start(toks: Sequence[Tok], a: int, end: int, W: Words) -> int | None:
    """The index of the complementiser after a reporting verb that opens sentence [a, …) and before
    token `end` («وأكد الوزراء على أن …», «من جهته، أكد المسؤول أن …»), or None when the sentence
    opens otherwise."""
    verb = _opening_report_verb(toks, a, end, W)
    if verb is None:
        return None
    that = _that_words(W)
    return next((k for k in range(verb + 1, end) if toks[k].form in that), None)


def _opening_report_verb(toks: Sequence[Tok], a: int, end: int, W: Words) -> int | None:
    """The index of the reporting verb that opens the sentence, first or right after a short opening
    phrase set off by a comma («من جهته، أكد …», «وفي السياق ذاته، أوضح …»), or None."""
    ws = [k for k in range(a, end) if toks[k].word][:OPENER_WORDS + 1]
    if ws and _is_report_verb(toks[ws[0]], W):
        return ws[0]
    comma = next((k for k in range(a, ws[-1]) if toks[k].form in _COMMAS), None) if ws else None
    after = next((k for k in ws if comma is not None and k > comma), None)
    return after if after is not None and _is_report_verb(toks[after], W) else None


def speaker_for_participle(toks: Sequence[Tok], a: int, first: int, source: list[str],
                           groups: Sequence[Group], W: Words) -> list[str] | None:
    """The source of a circumstantial participle at token `first` whose source was read inside what
    the opening reporting verb says: the actor named between that verb and its complementiser, or []
    when none is named there. None when the source is not one of the clause's parties."""
    c = reported_clause_start(toks, a, first, W)
    if c is None or not source:
        return None
    inside = [g for g in groups if c < g.first < first and set(g.names) & set(source)]
    outside = [g for g in groups if a <= g.first <= c and set(g.names) & set(source)]
    if not inside or outside:
        return None
    said = next((g for g in groups if a < g.first < c and g.actor and not g.is_loc), None)
    return list(said.names) if said is not None else []


# Nouns an unnamed speaker is named by, besides the titles of `person_title` («مصدر مقرب من …»)
_SPEAKER_NOUNS = frozenset(fold(w) for w in ("مصدر", "مصادر"))


def _unnamed_speaker(tok: Tok, W: Words) -> bool:
    """An indefinite title or source noun with no pronoun on it («مدير», «مصدر», «رئيس»; not «الوزير»,
    «معاليه»): a speaker the sentence describes, not one it refers back to."""
    bare = [r for r in tok.reads if not r.startswith("ال")]
    return not tok.form.lstrip("وف").startswith("ال") and not tok.form.endswith(("ه", "ها", "هم")) \
        and any(r in W.get("person_title", frozenset()) or r in _SPEAKER_NOUNS for r in bare)


def own_unnamed_speaker(toks: Sequence[Tok], a: int, first: int, W: Words) -> bool:
    """True when sentence [a, …) gives the verb it opens with a subject of its own, described and not named
    by an actor, before a participle at token `first`: the opening verb followed by an indefinite title or
    source noun («وحذّر مصدر مقرب من رئيس الحكومة …، داعيا», «واعتبر مدير عام التخطيط … المهندس فلان أن
    …، مشيدا»), or such a noun opening the sentence before a reporting verb («مدير عام التخطيط … فلان، قال:
    إن …، مشيدا»). The participle goes on with that speaker, not with one the story told of before."""
    ws = [k for k in range(a, first) if toks[k].word]
    if len(ws) < 2:
        return False
    if _unnamed_speaker(toks[ws[0]], W) and any(_is_report_verb(toks[k], W) for k in ws[1:]):
        return True
    return ws[1] == ws[0] + 1 and _unnamed_speaker(toks[ws[1]], W)


_SOME_OF = frozenset(fold(w) for w in ("عدد", "بعض", "مجموعة", "جمع"))  # «عدد من المتسوقين»: some of a group


def own_subject_after(toks: Sequence[Tok], verb: int, b: int, W: Words) -> bool:
    """True when the word right after the verb at token `verb` is a subject no actor names: an indefinite
    title or source noun («ودعا مصدر مسؤول …», «وطالب رئيس اللجنة …») or some of a group («وأبدى عدد من
    المتسوقين إعجابهم …»). The verb has a subject of its own; no doer told before goes on with it."""
    k = verb + 1
    if k >= b or not toks[k].word:
        return False  # a mark first: «وأضاف:», «وقال،»
    if _unnamed_speaker(toks[k], W):
        return True
    return toks[k].form in _SOME_OF and k + 1 < b and toks[k + 1].form == "من"

"""A sentence that opens with a linking phrase before its verb: «وفي ذات السياق عبر عدد من النواب …».

News stories tie a sentence to the one before with a fixed phrase and then the verb, often with no
comma: «وفي ذات السياق أدان عدد من النواب …», «وفي السياق ذاته انتقد …», «وفي سياق متصل طالب …»,
«في غضون ذلك اتهم …», «من جهة أخرى دعا …», «وفي هذا الصدد أكد …», «من جانبه أدان …». The phrase says
where the story goes on, not who acts; the verb after it still opens its clause, so the noun phrase
after the verb is its subject, as after «وفيما» or a comma (`events_phrases.opens_clause`).

`after_transition` tells whether the words from the sentence's start up to a verb are such a phrase;
`past_transition` finds the first word after one, so that a reporting verb after it still opens the
sentence («ومن جانبه قال يالجين اكدوجان: …» names the speaker the next «وقال في تصريحات …» goes on with).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import norm
from marsad.extract.events_tokens import Tok

# the phrases, without their «و»/«ف» (taken off below); read across SaudiNewsNet sentence openings
_PHRASES: frozenset[tuple[str, ...]] = frozenset(tuple(norm(w) for w in p.split()) for p in (
    "في ذات السياق", "في السياق ذاته", "في السياق نفسه", "في نفس السياق", "في هذا السياق", "في سياق متصل",
    "في سياق آخر", "في سياق منفصل", "في السياق", "في غضون ذلك", "في الأثناء", "في الاثناء", "في هذه الأثناء",
    "في المقابل", "في هذا الصدد", "في الصدد ذاته", "في ذات الصدد", "من جهة أخرى", "من جهة ثانية",
    "من ناحية أخرى", "من ناحية ثانية", "على صعيد آخر", "على صعيد متصل", "إلى ذلك", "الى ذلك",
    "بالتزامن مع ذلك", "في موازاة ذلك", "في الوقت نفسه", "في الوقت ذاته",
    # «for his part», the subject still after the verb: «من جانبه أدان محافظ محايل عسير محمد …»
    "من جانبه", "من جانبها", "من جانبهم", "من جهته", "من جهتها", "من جهتهم", "من ناحيته", "من ناحيتها",
    "بدوره", "بدورها", "بدورهم"))
_LONGEST = max(len(p) for p in _PHRASES)
_HEADS = frozenset(p[0] for p in _PHRASES)


def _opens_phrase(form: str) -> bool:
    """True when a word, with or without its «و»/«ف», is the first word of a linking phrase."""
    return norm(form) in _HEADS or (form[:1] in ("و", "ف") and norm(form[1:]) in _HEADS)


def after_transition(toks: list[Tok], a: int, first: int) -> bool:
    """True when the words of the sentence before the verb at `first` are just one linking phrase
    («وفي ذات السياق», «في غضون ذلك», «من جهة أخرى»), so the verb opens the sentence's clause."""
    words = [toks[k].form for k in range(a, first) if toks[k].word]
    if not words or len(words) > _LONGEST or not _opens_phrase(words[0]):
        return False
    if any(not toks[k].word and toks[k].form not in ("،", ",") for k in range(a, first)):
        return False
    head = words[0]
    if head[:1] in ("و", "ف") and norm(head[1:]) in _HEADS:
        words = [head[1:], *words[1:]]
    return tuple(norm(w) for w in words) in _PHRASES


def past_transition(toks: list[Tok], a: int, b: int) -> int:
    """The first word of sentence [a, b) after the linking phrase that opens it («ومن جانبه قال X: …»,
    «وفي السياق ذاته أكد X أن …», «إلى ذلك، قال X …»: the word «قال», «أكد»), else its first word (b when
    it has none)."""
    ws = [k for k in range(a, b) if toks[k].word][:_LONGEST + 1]
    if not ws or not _opens_phrase(toks[ws[0]].form):
        return ws[0] if ws else b
    for k in ws[1:]:
        if after_transition(toks, a, k):
            return k
    return ws[0] if ws else b

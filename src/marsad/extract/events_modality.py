"""Modality of an event: negation, hedging and who claims it.

Negation (لم لن لا عدم …) sets `negated`; «قد», «مستعدة ل», «من المتوقع», سـ + present, a condition
(«إذا», «لو», «في حال»), an intention, a fear or a possibility («تعتزم», «يخشى», «من الممكن») and a
لـ of purpose set `hedged`; a trigger inside a speech quote is claimed by the
quote's speaker, who is its source when it is in the first person plural («ندين»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import PRESENT, Lexicon, Trigger, Words, norm
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.model import Quote

_QAD = frozenset(("قد", "وقد", "فقد", "لقد"))
PURPOSE = frozenset(("ل", "لل", "ول", "ولل", "فل", "فلل"))  # a لـ of purpose glued to a verbal noun
_CASE = frozenset(norm(w) for w in ("حال", "حالة"))  # «في حال», «في حالة»: a condition
_IN = frozenset(norm(w) for w in ("في", "وفي", "ففي"))


def is_negated(toks: list[Tok], a: int, h: Hit, L: Lexicon) -> bool:
    """True when a negation («لم», «لن», «عدم», «لم يتم») stands right before the trigger, or a negated
    light or ability verb does («لم يقم بقصف», «لم تتمكن القوات من اقتحام»)."""
    W = L.words
    prev = [toks[k] for k in range(max(a, h.first - 3), h.first) if toks[k].word]
    if not prev:
        return False
    last = prev[-1]
    if negation(last, W) or ("عدم" in last.reads):
        return True
    if len(prev) >= 2 and last.form in ("يتم", "تم", "يكن", "تكن") and negation(prev[-2], W):
        return True
    # «لم يقم بقصف», «لم تتمكن القوات من اقتحام»: a light or ability verb negated before the deed
    wide = [toks[k] for k in range(max(a, h.first - 5), h.first) if toks[k].word]
    return any(has(t, W["can"]) and i > 0 and (has(wide[i - 1], W["neg"]) or "عدم" in wide[i - 1].reads)
               for i, t in enumerate(wide))


def negation(tok: Tok, W: Words) -> bool:
    """A negation particle, alone or after «و»/«ف» («لم», «ولم», «فلن»)."""
    form = tok.form
    return form in W["neg"] or (form[:1] in ("و", "ف") and form[1:] in W["neg"])


def is_hedged(toks: list[Tok], a: int, h: Hit, pre: str, L: Lexicon) -> bool:
    """True when the trigger is told as possible, planned or conditional; `pre` is what its reading
    took off the front of its token («س», «ل»)."""
    W = L.words
    tok = toks[h.first]
    reading = trigger_reading(tok, h.trig)
    if reading[:1] in PRESENT and h.trig.pos == "v" and pre.endswith("س"):
        return True  # «سيلتقي», «سأعمل»
    # a verb in ا is read as past: «وقد اعتقلت الشرطة …» asserts (a first person «أعتقل» is rare in news)
    present = reading[:1] in PRESENT and reading[:1] != "ا" and h.trig.pos == "v"
    if pre in PURPOSE:
        return True
    prev = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    near = prev[-4:]
    for i, t in enumerate(near):
        if t.form in _QAD:  # «وقد أطلقوا هجوما»: before a past verb, «قد» asserts
            if present or (h.trig.pos != "v" and i + 1 < len(near) and _present_form(near[i + 1].form)):
                return True  # «قد تعلن الشرطة اعتقال …»
            continue
        if has(t, W["hedge"]) and (present or h.trig.pos != "v" or has(t, W["hedge_past"])):
            return True
    if any(has(t, W["unreal"]) for t in near):
        return True
    if any(prev[i].form in _IN and has(prev[i + 1], _CASE) for i in range(len(prev) - 1)):
        return True  # «في حال هاجمت إيران السفن»
    return any(t.form in ("اذا", "لو", "واذا") and not (i and prev[i - 1].form in ("ما", "عما"))
               for i, t in enumerate(prev))  # «ما إذا»: whether, not if


KANA = frozenset(norm(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"))
_SABAQ = frozenset(norm(w) for w in ("سبق", "وسبق", "فسبق", "سبقت", "وسبقت"))
_SABAQ_THAT = frozenset(norm(w) for w in ("أن", "وأن", "له", "لها", "لهم", "و"))


def is_background(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a verb is told as the story's past: a past verb after «كان (قد)» («وكان الحوثيون قد
    اقتحموا …», «وكانت الشرطة اعتقلت …»: the pluperfect), or after «سبق أن», «سبق و» («سبق أن
    أدانت …»). Its date, if the sentence gives one, is its own; the event is no news of the day."""
    if h.trig.pos != "v" or _present_form(toks[h.first].form.lstrip("وف")):
        return False
    if any(toks[k].form in _SABAQ and toks[k + 1].form in _SABAQ_THAT for k in range(max(a, h.first - 6), h.first)):
        return True  # («سبق - الرياض:»: the paper's name in a byline is no «سبق أن»)
    prev = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    near = prev[-4:]
    if any(t.form in ("اذا", "لو") for t in near):
        return False  # «ما إذا كانت الطائرة دمرت»: whether, not when
    if near and near[-1].form in _QAD:
        near = near[:-1]
    return any(t.form in KANA for t in near[-3:])


def _present_form(form: str) -> bool:
    """A word that reads as a present verb («يعلن», «تعلن»), not a past one («تمكنت», «تم»)."""
    return form[:1] == "ي" or (form[:1] == "ت" and not form.endswith(("ت", "وا")) and form not in ("تم", "تمت"))


def quote_speaker(speech: list[Quote], pos: int) -> tuple[str | None, bool]:
    """The speaker of the speech quote around character `pos` (None if unnamed), and whether
    `pos` is inside a speech quote at all."""
    claimed = next((q.speaker for q in speech if q.start <= pos < q.end), None)
    in_quote = any(q.start <= pos < q.end for q in speech)
    return claimed, in_quote


def first_person(tok: Tok, reading: str, by_first: dict[str, list[Trigger]]) -> bool:
    """A trigger in the first person plural («ندين», «استهدفنا»): the speaker did it."""
    return (reading[:1] == "ن" and ("ي" + reading[1:]) in by_first) or (
        tok.form.endswith("نا") and reading != tok.form)

"""Deeds only supposed: a trigger inside the condition of a conditional sentence.

A conditional sentence opens with «إذا», «لو», «لولا» or «في حال» and puts the deed it supposes in its
condition (the protasis), before the answer that says what follows («إذا لم يوافق الحوثيون على الانسحاب
فإنه سيكون للحكومة الحق …», «إن اليمن معرض للانقسام إذا رفضت جماعة الحوثي التفاوض», «يعاقب المدير إذا
ارتكبت جريمة من الجرائم …», «في حال توصلها لأي اتفاق مع إحدى الشركات ستعلن …»). No one has done the
supposed deed, nor said they will: it is no event, not even a hedged one (a deed told as likely, «قد
تتنازل», stays a hedged event). The answer itself, after «فإن», «فسوف», «فلن», a comma, is not read here.

`in_condition` is true when such an opener stands before the trigger in its clause (no clause mark or
quote between, within `IF_REACH` words) and no word opening the answer («فإن», «فإنه», «فسوف», «فلن»,
«فقد», «فس» + a present verb) stands between them, nor a relative pronoun: a relative clause in the
condition tells a deed done («لو توافرت الخدمات التي قطعت»), and so does a cause right before the trigger
(«لو توافرت الكهرباء المقطوعة بسبب عدوان الحوثيين»). «ما إذا», «عما إذا»
(whether) are read by `events_no_deed.in_whether_clause`; «وإذا بـ…» (and suddenly …) tells a deed and
opens no condition.

A condition of «لو» or «لولا» is counter to fact, and so is its answer: what would have followed had the
condition held did not happen («لو لم تكن هناك قواعد له في أراضي الإقليم فإن تركيا لن تقصف المدنيين», «لو
أعطت الولايات المتحدة لتلك القضايا الاهتمام اللازم لما تأزمت»), so a trigger in the answer of such a condition
(`COUNTER_REACH` words back to the opener) is no event either; not after «حتى لو» (even if: the answer is
what will be done all the same, «حتى لو رفضت إيران فإن …»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import IN, forms
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, RELATIVE_PRONOUNS, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

_IF = forms("إذا", "لو", "لولا")
_CASE = forms("حال")  # «في حال» (not «في حالة»: also a state, «في حالة حرب»)
_WHETHER = forms("ما", "عما", "فيما", "عم")
_ANSWER_STARTS = ("فان", "فسوف", "فلن", "فقد", "فهذا", "فهو", "فهي", "فذلك", "فعلى")
_CAUSE = forms("بسبب", "جراء", "نتيجة", "إثر")  # «المقطوعة بسبب العدوان»: the cause told, a deed done
_BREAKS = CLAUSE_END | SENT_END | QUOTE_MARKS
IF_REACH = 8  # words from the opener to the trigger that a condition may span
COUNTER_REACH = 20  # words from «لو» to a trigger in its answer
_COUNTER = forms("لو", "لولا")
_EVEN = forms("حتى")


def _answer_word(tok: Tok) -> bool:
    """True when the word opens the answer of a condition: «فإن(ه)», «فسوف», «فلن», «فقد», «فسيكون»."""
    f = tok.form
    return f.startswith(_ANSWER_STARTS) or (len(f) >= 5 and f[:2] == "فس" and f[2] in "يتن")


def _opens_condition(toks: list[Tok], words: list[int], j: int) -> bool:
    """True when the word at words[j] opens a condition: «إذا», «لو», «لولا», or «حال» after «في»; not
    «ما إذا» (whether) and not «إذا بـ…» (suddenly)."""
    t = toks[words[j]]
    if has(t, _CASE):
        return j > 0 and has(toks[words[j - 1]], IN)
    if not has(t, _IF):
        return False
    if j > 0 and has(toks[words[j - 1]], _WHETHER):
        return False
    nxt = toks[words[j + 1]] if j + 1 < len(words) else None
    return not (nxt is not None and nxt.form.startswith("ب") and t.form.endswith("اذا"))


def in_condition(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger `h` (sentence from token a) stands in the condition of a conditional sentence:
    an opener before it in its clause within `IF_REACH` words, no answer word between, and the trigger no
    answer word itself (module docstring)."""
    if _answer_word(toks[h.first]) or (h.first > a and has(toks[h.first - 1], _CAUSE)):
        return False
    start = h.first
    while start > a and (toks[start - 1].word or toks[start - 1].form not in _BREAKS):
        start -= 1
    words = [k for k in range(start, h.first + 1) if toks[k].word]
    for j in range(len(words) - 2, max(-1, len(words) - 2 - IF_REACH), -1):
        if _answer_word(toks[words[j]]):
            return _counter_to_fact(toks, words, j)  # «فإنه سيكون …»: the answer, supposed only after «لو»
        if has(toks[words[j]], RELATIVE_PRONOUNS):
            return False  # «لو توافرت الخدمات التي دمرت بسبب العدوان»: a deed told
        if _opens_condition(toks, words, j):
            return True
    return False


def _counter_to_fact(toks: list[Tok], words: list[int], j: int) -> bool:
    """True when the answer word at words[j] answers a «لو» or «لولا» before it in the clause, within
    `COUNTER_REACH` words of the trigger and not after «حتى» (module docstring)."""
    for i in range(j - 1, max(-1, len(words) - 2 - COUNTER_REACH), -1):
        t = toks[words[i]]
        if has(t, _COUNTER) and t.form in _COUNTER:
            return not (i > 0 and has(toks[words[i - 1]], _EVEN))
    return False

"""Tokens, sentences and clauses of a text, as event coding reads them.

A token is a word (folded, with its `readings`) or a punctuation mark; sentences end after
. ! ? ؟ … (not inside a number) and at line breaks, save a break that wraps a prose sentence
(`wrapped_line`); clauses end at ، , ؛ ; :.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract.events_lexicon import TOKEN_RE, forms, readings
from marsad.model import Event

SENT_END = frozenset(".!?؟…")
QUOTE_OPEN = frozenset(("«", "“", '"', "'", "”"))  # marks that may open a quoted name
QUOTE_CLOSE = frozenset(("»", "”", '"', "'", "“"))  # and that may close one
CLAUSE_END = frozenset("،,؛;:")
POSSESSIVE = ("ها", "ه", "هم", "هما")  # pronoun suffixes of a noun or verb («اختطافه», «عليها»)
PRONOUN_SUFFIXES = (*POSSESSIVE, "هن")  # the same, the feminine plural too («اعتقلهن»)
QUOTE_MARKS = frozenset('«»"“”\'')
THAT = forms("إن", "أن", "ان", "بأن", "وإن", "وأن")  # «أن», «إن» opening a reported or complement clause
# relative pronouns that open a clause on the noun before them («الهجوم الذي وقع», «القوات التي»)
RELATIVE_PRONOUNS = forms("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")


@dataclass(slots=True)
class Tok:
    """One token: its character span, folded form, whether it is a word, and its readings."""

    start: int
    end: int
    form: str  # folded
    word: bool
    reads: tuple[str, ...] = ()


_ARABIC_PUNCT = frozenset("،؛؟٪٫٬۔")  # marks of the Arabic block that are no word


@lru_cache(maxsize=200_000)
def _word(s: str) -> tuple[str, bool, tuple[str, ...]]:
    """Folded form, whether it is a word, and its readings, of one token's text."""
    isw = s[0].isalnum() or s[0] == "_" or ("\u0600" <= s[0] <= "\u06ff" and s[0] not in _ARABIC_PUNCT)
    if not isw:
        return s, False, ()
    f = fold(s)
    return f, True, readings(f, s.endswith("ة"))


def tokens(text: str) -> list[Tok]:
    """Words and punctuation marks of `text`, in order, without one-letter titles (`_honorific`)."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        f, isw, reads = _word(m.group())
        toks.append(Tok(m.start(), m.end(), f, isw, reads))
    if "." not in text:
        return toks
    drop = {k for i in range(1, len(toks) - 1) if toks[i].form == "." and _honorific(toks, i) for k in (i - 1, i)}
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


_HONORIFICS = frozenset(("د", "م", "ا"))  # «د.» doctor, «م.» engineer, «أ.» professor (folded)


def _honorific(toks: list[Tok], i: int) -> bool:
    """True when the full stop at `i` closes a one-letter title before a name («استنكر النائب د. منصور
    الظفيري», «ندد م. وليد الخريجي», «أ.د. محمد»): neither ends a sentence nor is a word of it. Not
    after a number («عام 2015 م.») nor in a letter abbreviation («أ.ف.ب»)."""
    t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    if t.form != "." or not prev.word or prev.form not in _HONORIFICS or prev.end != t.start:
        return False
    if not nxt.word or nxt.form.isdigit() or (i >= 2 and toks[i - 2].form.isdigit()):
        return False
    if len(nxt.form) == 1:  # «أ.د. محمد»: a second title letter, then the name
        return i + 3 < len(toks) and _honorific(toks, i + 2)
    if i >= 2 and toks[i - 2].end == prev.start:  # the end of «أ.د.», not of «ص.م.»
        return i >= 3 and toks[i - 2].form == "." and toks[i - 3].form in _HONORIFICS
    return True


def split_sentences(text: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges of sentences: after . ! ? ؟ (not inside numbers) and at line breaks."""
    out: list[tuple[int, int]] = []
    begin = 0
    for i, t in enumerate(toks):
        if i > begin and "\n" in text[toks[i - 1].end:t.start] and not wrapped_line(text, toks, i):
            out.append((begin, i))
            begin = i
        if t.form in SENT_END:
            if t.form == "." and 0 < i < len(toks) - 1 and toks[i - 1].end == t.start \
                    and toks[i + 1].start == t.end and toks[i - 1].form.isdigit():
                continue
            j = i + 1
            while j < len(toks) and toks[j].form in QUOTE_MARKS and toks[j].start == toks[j - 1].end:
                j += 1
            out.append((begin, j))
            begin = j
    if begin < len(toks):
        out.append((begin, len(toks)))
    return [(a, b) for a, b in out if any(toks[k].word for k in range(a, b))]


# prepositions that go on a phrase the line before left open («… عن مصدر» / «من وزارة الخارجية»)
_RUN_ON_PREPOSITIONS = forms("من", "إلى", "الى", "على", "عن", "ضد", "لدى", "حول", "مع")
# their nouns that open a new paragraph instead («من جهته», «إلى ذلك», «على صعيد آخر»)
_PARAGRAPH_OPENERS = forms("جهته", "جهتها", "جهتهم", "جهة", "جانبه", "جانبها", "جانبهم", "جانب", "ذلك", "صعيد",
                           "ناحية", "ناحيته", "ناحيتها", "الجانب", "الصعيد", "أبرز")
# words in «ا» that are no indefinite accusative noun or adjective: particles and adverbs that open a clause
_NOT_ACCUSATIVE = forms("لماذا", "ماذا", "لولا", "إذا", "أيضا", "هكذا", "لذا", "كذا", "هذا", "ربما", "حينما")
_PROSE_LINE = 10  # words of a line before a break for it to be prose, not a title, a dateline or verse


def wrapped_line(text: str, toks: list[Tok], i: int) -> bool:
    """True when the line break before token i wraps one prose sentence: the line before is prose (at least
    `_PROSE_LINE` words, no verse mark «*»), ends in a word, and the next line opens with a word that goes on
    the phrase left open, a preposition («… عن مصدر وصفته بأنه مطلع» / «من وزارة الخارجية») or an indefinite
    accusative («هاجموا موقعا» / «أماميا للجيش التركي», «مضيفة أن» / «أعدادا أخرى»), followed by a word on its
    line; never «و»/«ف»-led, a verb in «وا», a particle in «ما» («فيما», «عندما») or «من جهته»-like openers."""
    prev, nxt = toks[i - 1], toks[i]
    if not prev.word or not nxt.word or i + 1 >= len(toks) or not toks[i + 1].word:
        return False
    f = nxt.form
    if f in _RUN_ON_PREPOSITIONS:
        if toks[i + 1].form in _PARAGRAPH_OPENERS:
            return False
    elif not (len(f) >= 4 and f.endswith("ا") and not f.endswith(("وا", "ما")) and f[0] not in "وف"
              and not f.startswith("ال") and f not in _NOT_ACCUSATIVE):
        return False
    words = 0
    for k in range(i - 1, -1, -1):
        if toks[k].form == "*":
            return False
        words += toks[k].word
        if k == 0 or "\n" in text[toks[k - 1].end:toks[k].start]:
            break
    return words >= _PROSE_LINE


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, as events use them."""
    toks = tokens(text)
    return [(toks[a].start, toks[b - 1].end) for a, b in split_sentences(text, toks)]


def sentence_readings(toks: list[Tok], a: int, b: int) -> frozenset[str]:
    """The folded forms and readings of the words of tokens [a, b): a word class disjoint from it names no word
    there (a quick test before a scan of the sentence for that class)."""
    out: set[str] = set()
    for k in range(a, b):
        t = toks[k]
        if t.word:
            out.add(t.form)
            out.update(t.reads)
    return frozenset(out)


def has(tok: Tok, cls: frozenset[str]) -> bool:
    """True when a reading of the token is in the word class `cls`."""
    return not cls.isdisjoint(tok.reads)


CLAUSE_MARKS = CLAUSE_END | SENT_END  # the marks a clause-bound walk over words stops at


def clause_end(toks: list[Tok], k: int, b: int) -> int:
    """The first clause or sentence mark at or after token k, else b: where the clause running on from k ends."""
    return next((j for j in range(k, b) if toks[j].form in CLAUSE_MARKS), b)


def clause_words(toks: list[Tok], start: int, stop: int, reach: int,
                 marks: frozenset[str] = CLAUSE_MARKS, back: bool = False) -> list[int]:
    """Indices of up to `reach` word tokens from token `start` on towards `stop` (exclusive), or back
    towards it, nearest first, with `back`; the walk ends at the first mark of `marks` (a clause or sentence
    mark by default)."""
    step = -1 if back else 1
    out: list[int] = []
    k = start
    while (k > stop if back else k < stop) and len(out) < reach:
        t = toks[k]
        if not t.word:
            if t.form in marks:
                break
        else:
            out.append(k)
        k += step
    return out


def previous_word(toks: list[Tok], a: int, k: int, marks: frozenset[str] = CLAUSE_MARKS) -> int | None:
    """Index of the word right before token k in its clause (no mark of `marks` between; an empty set lets the
    walk step over every mark), not before token a; None when there is none."""
    found = clause_words(toks, k - 1, a - 1, 1, marks, back=True)
    return found[0] if found else None


def word_before(toks: list[Tok], a: int, k: int, cls: frozenset[str], reach: int) -> bool:
    """True when a word of class `cls` stands up to `reach` words before token k, in its clause
    (no clause or sentence mark between) and not before token a."""
    return any(has(toks[i], cls) for i in clause_words(toks, k - 1, a - 1, reach, back=True))


def is_count(tok: Tok, quantity: frozenset[str]) -> bool:
    """True when the token is a number or a quantity word («13», «العشرات», «عدد»: `quantity`)."""
    return tok.form.isdigit() or has(tok, quantity)


@lru_cache(maxsize=256)
def phrase_edges(phrases: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of `phrases`: a word with neither reading opens or closes none
    of them (a quick test before `match_seq`)."""
    return frozenset(p[0] for p in phrases if p), frozenset(p[-1] for p in phrases if p)


def match_seq(toks: list[Tok], i: int, words: tuple[str, ...], end: int) -> int:
    """Index after `words` matched at token i (skipping quote marks), or -1."""
    k = i
    for w in words:
        while k < end and not toks[k].word and toks[k].form in QUOTE_MARKS:
            k += 1
        if k >= end or w not in toks[k].reads:
            return -1
        k += 1
    return k


def clause_of(toks: list[Tok], a: int, b: int, i: int) -> tuple[int, int]:
    """Token range of the clause around token i, within the sentence [a, b)."""
    s = i
    while s > a and toks[s - 1].form not in CLAUSE_END:
        s -= 1
    e = i
    while e < b and toks[e].form not in CLAUSE_END:
        e += 1
    return s, e


def prefix(tok: Tok, reading: str) -> str:
    """What a reading took off the front of the token's folded form."""
    i = tok.form.find(reading)
    return tok.form[:i] if i > 0 else ""


def opens_with(toks: list[Tok], a: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when the sentence [a, b) opens with one of the word sequences `phrases`."""
    ws = [toks[k].form for k in range(a, min(b, a + 6)) if toks[k].word]
    return any(tuple(ws[:len(p)]) == p for p in phrases)


def next_word(toks: list[Tok], k: int, b: int) -> int:
    """Index of the first word at or after k (at most b - 1)."""
    while k < b and not toks[k].word:
        k += 1
    return min(k, b - 1)


def after_trigger(text: str, ev: Event) -> str | None:
    """The text of the sentence of `ev` after its trigger; None when the trigger cannot be placed there."""
    sent = text[ev.start:ev.end]
    at = sent.find(ev.trigger) if ev.trigger else -1
    return None if at < 0 else sent[at + len(ev.trigger):]


_ASIDE_MARKS = {"-": "-", "–": "–", "(": ")"}  # an aside after a name, between dashes or brackets
_ASIDE_REACH = 10  # tokens an aside may hold


def past_aside(toks: list[Tok], k: int, b: int) -> int:
    """The token after an aside in dashes or brackets at token k («قتل سليمان الأسد -نجل ابن عم بشار
    الأسد- للعقيد فلان»); k when none stands there or it does not close within `_ASIDE_REACH` tokens."""
    close = _ASIDE_MARKS.get(toks[k].form) if k < b and not toks[k].word else None
    if close is None:
        return k
    for j in range(k + 1, min(b, k + 1 + _ASIDE_REACH)):
        if toks[j].form == close:
            return j + 1
    return k

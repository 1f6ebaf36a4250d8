"""Numbers in Arabic text: digits (Western, Eastern, Persian), separators, decimals, number
words up to trillions (MSA and common Egyptian/Levantine forms), mixed forms («150 ألف»,
«1.5 مليون»), duals, vague plurals («عشرات», «آلاف»).

The words are language data: `lang/ar/numbers.tsv`, `number_scales.tsv`,
`number_prefixes.tsv`. Spans are exact (`source[start:end] == text`) and leave out a
proclitic glued to the first word («بخمسة» → «خمسة», «لـ30» → «30»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.clean.normalize import digits_to_ascii, fold, raw_prefix_len
from marsad.lang import table


@dataclass(slots=True)
class NumberSpan:
    """A number found in text: its exact source span and its value."""

    text: str
    value: int | float
    start: int
    end: int
    vague: bool = False  # «عشرات», «مئات», «آلاف»: an order of magnitude, not a count
    words: bool = False  # written (at least partly) in words


_D = "0-9\u0660-\u0669\u06f0-\u06f9"
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06a9\u06cc"
# A digit run with inner separators, or an Arabic word (letters, marks, tatweel).
TOKEN_RE = re.compile(rf"(?P<d>[{_D}]+(?:[.,\u066b\u066c/\-][{_D}]+)*)|(?P<w>[{_LETTERS}{_MARKS}]+)")

# Ranks order the parts of a compound: a part joined by و must be smaller than the one before
# (مئة وخمسون), except a unit before a ten (خمسة وعشرون).
_RANK = {"unit": 1, "teen": 1, "teen_only": 1, "ten": 2, "hundred": 3, "fraction": 0, "vague": 5}


@dataclass(slots=True, frozen=True)
class _Word:
    """A number word as analysed: its proclitic (raw length and role) and lexical entry."""

    plen: int  # characters of the raw word taken by the proclitic
    prole: str  # "" | conj | prep | art
    value: float
    kind: str  # unit ten teen hundred teen_only vague fraction scale
    form: str = ""  # scales: single | dual | plural


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[float, str, str]], tuple[tuple[str, str], ...]]:
    lex: dict[str, tuple[float, str, str]] = {}
    for row in table("numbers.tsv"):
        lex[fold(row[0])] = (float(row[1]), row[2], "")
    for row in table("number_scales.tsv"):
        lex[fold(row[0])] = (float(row[1]), "scale", row[2])
    prefixes = tuple(sorted(((fold(r[0]), r[1]) for r in table("number_prefixes.tsv")),
                            key=lambda p: -len(p[0])))
    return lex, prefixes


def _lookup(key: str, lex: dict[str, tuple[float, str, str]]) -> tuple[float, str, str] | None:
    hit = lex.get(key)
    if hit is None and len(key) > 3 and key.endswith("ا"):  # tanween alef: ألفا, مليونا
        hit = lex.get(key[:-1])
    return hit


@lru_cache(maxsize=50_000)
def analyse_word(raw: str) -> _Word | None:
    """The number reading of one word, with its proclitic, or None."""
    lex, prefixes = _lexicon()
    key = fold(raw)
    hit = _lookup(key, lex)
    if hit is not None:
        return _Word(0, "", hit[0], hit[1], hit[2])
    for p, role in prefixes:
        if key.startswith(p) and len(key) - len(p) >= 2:
            hit = _lookup(key[len(p):], lex)
            if hit is None:
                continue
            if role == "art" and hit[1] not in ("vague", "scale"):
                continue  # الخمسة, الاثنين (Monday): not counted here
            if role == "art" and hit[1] == "scale" and hit[2] != "plural":
                continue
            return _Word(raw_prefix_len(raw, len(p)), role, hit[0], hit[1], hit[2])
    return None


def parse_digits(s: str) -> tuple[int | float, int] | None:
    """Value of a digit run with separators, and how many characters of `s` it uses."""
    s2 = digits_to_ascii(s)
    if "/" in s2 or s2.count("-") > 0:
        return None
    parts = re.split(r"([.,\u066b\u066c])", s2)
    intpart = parts[0]
    used = len(parts[0])
    i = 1
    dots = [parts[k] for k in range(1, len(parts), 2)]
    # «1.200.000»: several dots, each before three digits, are thousands separators.
    dots_are_thousands = dots.count(".") > 1 and all(
        len(parts[k + 1]) == 3 for k in range(1, len(parts), 2) if parts[k] == ".")
    frac = ""
    while i < len(parts):
        sep, grp = parts[i], parts[i + 1]
        if sep in (",", "\u066c") or (sep == "." and dots_are_thousands):
            if len(grp) != 3 or frac:
                break
            intpart += grp
        elif sep in (".", "\u066b"):
            if frac:
                break
            frac = grp
        used += len(sep) + len(grp)
        i += 2
    if frac:
        return float(f"{intpart}.{frac}"), used
    return int(intpart), used


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def find_numbers(text: str) -> list[NumberSpan]:
    """All numbers in `text`, in order, with exact spans and values."""
    toks = [(m.start(), m.end(), m.group(), m.lastgroup) for m in _candidates().finditer(text)]
    out: list[NumberSpan] = []
    n = len(toks)
    i = 0
    while i < n:
        s, e, raw, kind = toks[i]
        if kind == "d":
            parsed = parse_digits(raw)
            if parsed is None:
                i += 1
                continue
            value, used = parsed
            end = s + used
            j = i + 1
            words = False
            # «150 ألف», «1.5 مليون», «3 آلاف»: a scale word right after the digits.
            if used == len(raw) and j < n and toks[j][3] == "w" and text[e:toks[j][0]].strip() == "":
                w = analyse_word(toks[j][2])
                if w is not None and w.kind == "scale" and w.prole == "":
                    value = value * w.value
                    end = toks[j][1]
                    words = True
                    j += 1
            out.append(NumberSpan(text[s:end], _num(value), s, end, False, words))
            i = j
            continue
        w = analyse_word(raw)
        if w is None or (w.prole == "art" and w.kind not in ("vague", "scale")):
            i += 1
            continue
        span = _parse_words(text, toks, i, w)
        if span is None:
            i += 1
            continue
        ns, j = span
        out.append(ns)
        i = j
    return out


def _parse_words(text: str, toks: list[tuple[int, int, str, str | None]], i: int,
                 w: _Word) -> tuple[NumberSpan, int] | None:
    """Parse a compound number in words starting at token i; (span, next token index)."""
    n = len(toks)
    start = toks[i][0] + w.plen
    total = 0.0
    cur = 0.0
    vague = False
    words: list[_Word] = [w]
    end = toks[i][1]
    j = i + 1
    # First part.
    if w.kind == "teen_only":
        cur = w.value  # needs عشر/عشرة next
    elif w.kind == "scale":
        if w.form == "dual":
            total = 2 * w.value
        elif w.form == "plural":
            total = w.value
            vague = True
        else:
            total = w.value
    elif w.kind == "vague":
        cur = w.value
        vague = True
    else:
        cur = w.value
    last = w
    while j < n:
        ts, te, raw, kind = toks[j]
        if kind != "w" or text[toks[j - 1][1]:ts].strip() not in ("",):
            break
        nw = analyse_word(raw)
        if nw is None:
            break
        if nw.kind == "ten" and nw.value == 10 and nw.prole == "" and last.kind in ("unit", "teen_only") \
                and last.value < 10:
            cur += 10  # أحد عشر, خمسة عشر
            last = _Word(0, "", cur, "teen")
        elif nw.kind == "hundred" and nw.value == 100 and nw.prole == "" and last.kind == "unit" \
                and cur == last.value:
            cur = cur * 100  # ثلاث مئة
            last = _Word(0, "", cur, "hundred")
        elif nw.kind == "scale" and (nw.prole == "" or (nw.prole == "art" and last.kind == "vague")):
            if nw.form == "plural" and not (3 <= cur <= 10 or last.kind == "vague"):
                break
            if nw.form == "dual" and cur:
                break
            base = cur if cur else (2.0 if nw.form == "dual" else 1.0)
            if last.kind == "scale" and cur == 0:
                break  # «ألف مليون» and the like: leave alone
            total += base * nw.value
            cur = 0.0
            last = nw
        elif nw.prole == "conj" and nw.kind in ("unit", "ten", "teen", "hundred", "scale") \
                and last.kind != "teen_only":
            if nw.kind == "scale" and nw.form != "dual":
                break
            lr = 4 if last.kind == "scale" else _RANK.get(last.kind, 9)
            nr = 4 if nw.kind == "scale" else _RANK[nw.kind]
            if last.kind == "vague" or not (nr < lr or (last.kind == "unit" and nw.kind == "ten")):
                break
            if nw.kind == "scale":
                total += 2 * nw.value
            else:
                cur += nw.value
            last = nw
        else:
            break
        words.append(nw)
        end = te
        j += 1
    if last.kind == "teen_only" or (w.kind == "fraction" and len(words) == 1):
        return None
    value = total + cur
    return NumberSpan(text[start:end], _num(value), start, end, vague, True), j


_CLASS = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}
_OPT_MARKS = f"[{_MARKS}]*"


def _trie_regex(words: list[str]) -> str:
    """A regex (no captures) matching any of `words` as written before folding."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        end = False
        for ch, sub in sorted(node.items()):
            if ch == "":
                end = True
                continue
            alts.append(_CLASS.get(ch, re.escape(ch)) + _OPT_MARKS + emit(sub))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def forms_regex(words: list[str], prefixes: str = "(?:[وف]?[بلك]?(?:ال|ل)?)?\u0640?") -> re.Pattern[str]:
    """Whole words whose folded form (after an optional proclitic) is one of the folded `words`."""
    return re.compile(rf"(?<![\w\u0640]){prefixes}{_OPT_MARKS}(?:{_trie_regex(words)})(?:ا{_OPT_MARKS})?(?!\w)")


@lru_cache(maxsize=1)
def _candidates() -> re.Pattern[str]:
    lex, _ = _lexicon()
    words = forms_regex(sorted(lex)).pattern
    return re.compile(rf"(?P<d>[{_D}]+(?:[.,\u066b\u066c/\-][{_D}]+)*)|(?P<w>{words})")

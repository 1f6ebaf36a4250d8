"""The user's search syntax, parsed by hand into keys and a safe FTS5 MATCH string.

Syntax: words (all must match), "quoted phrases" (also «…» and “…”), a trailing `*` for a
prefix (غز*), `OR` between two terms (binds tighter than the implicit AND, as in web search:
`حماس OR فتح غزة` is (حماس OR فتح) AND غزة), and `-word`, `-"phrase"` or `NOT word` to exclude.
Every word goes through `search_key`, the same folding and clitic stripping used for the index,
so غزة, بغزة and غزّة share one key. A prefix is matched against keys and against the folded
forms (clitics kept) of words whose key lost letters, with any proclitic in front: فلسط* finds
فلسطين and لفلسطين although their key is سطين. Every key is quoted in the MATCH string, so
nothing the user types can reach the FTS5 syntax; `ParsedQuery` itself is backend-neutral.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.clean.normalize import PROCLITICS, fold_words, words
from marsad.errors import QueryError
from marsad.store import needles
from marsad.store.keys import folded, key, prefix_forms

# Opening quote → the closing quotes that end it.
_QUOTES: dict[str, str] = {'"': '"', "«": "»", "“": "”“", "„": "”“"}
_CLOSERS = "»”"
_OPERATORS = {"OR", "AND", "NOT"}


KEY_COLUMNS = "{title body}"  # FTS5 columns of search keys; `raw` holds folded forms for prefixes


def _q(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


@dataclass(slots=True, frozen=True)
class Term:
    """One word or phrase: its keys in order; with `prefix`, `forms` are the starts its last
    word may have (folded, clitics included for one word; key variants in a phrase)."""

    keys: tuple[str, ...]
    prefix: bool = False
    forms: tuple[str, ...] = ()

    def fts(self) -> str:
        """This term in FTS5 syntax: `{title body} : "وقف اطلاق نار"`, `("غز"* OR "بغز"* …)`."""
        if not self.prefix:
            return f"{KEY_COLUMNS} : {_q(' '.join(self.keys))}"
        if len(self.keys) == 1:  # any column: keys, and folded forms of words with clitics
            return "(" + " OR ".join(_q(f) + "*" for f in self.forms) + ")"
        head = " ".join(self.keys[:-1])
        return f"{KEY_COLUMNS} : (" + " OR ".join(_q(f"{head} {f}") + "*" for f in self.forms) + ")"


@dataclass(slots=True)
class ParsedQuery:
    """A query as clauses that must all match (each a list of alternatives) and exclusions."""

    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def fts(self) -> str:
        """The FTS5 MATCH string."""
        parts = ["(" + " OR ".join(t.fts() for t in alts) + ")" for alts in self.clauses]
        s = " AND ".join(parts)
        if self.excluded:
            s += " NOT (" + " OR ".join(t.fts() for t in self.excluded) + ")"
        return s

    def single_key(self) -> str | None:
        """The search key when the query is one word (no prefix, phrase, alternative or exclusion)."""
        if len(self.clauses) != 1 or len(self.clauses[0]) != 1 or self.excluded:
            return None
        term = self.clauses[0][0]
        return term.keys[0] if len(term.keys) == 1 and not term.prefix else None

    def keys(self) -> set[str]:
        """Whole-word keys to highlight."""
        return {k for alts in self.clauses for t in alts for k in (t.keys[:-1] if t.prefix else t.keys)}

    def prefixes(self) -> tuple[str, ...]:
        """Word starts (folded forms or keys) to highlight."""
        return tuple(sorted({f for alts in self.clauses for t in alts if t.prefix for f in t.forms}))

    def highlighter(self) -> Callable[[str], bool]:
        """A test of whether a word of the text (as written) should be highlighted (a `Highlighter`)."""
        return highlighter_for(frozenset(self.keys()), self.prefixes())


class Highlighter:
    """Whether a word of the text (as written) should be highlighted, memoised per word.

    `select` answers for a set of words at once: the words it has not seen yet are tested one
    by one, the rest are set operations. Answers depend only on the word and the query's keys
    and prefixes, so a memo may be shared by every search for the same query words and by
    every thread (a race only repeats a test); each memo is bounded (`memo_words`)."""

    __slots__ = ("_lock", "_memo", "_needles", "keys", "memo_words", "prefixes")
    MEMO_WORDS = 20_000

    def __init__(self, keys: frozenset[str], prefixes: tuple[str, ...], memo_words: int = MEMO_WORDS) -> None:
        self.keys, self.prefixes, self.memo_words = keys, prefixes, memo_words
        # (hits, seen): a word joins `hits` before `seen`, so a word seen is never a hit missed;
        # a full memo is replaced, never emptied in place, so a reader's pair stays consistent.
        self._memo: tuple[set[str], set[str]] = (set(), set())
        self._lock = threading.Lock()
        self._needles = needles.minimal((*keys, *prefixes))

    def hit_spans(self, text: str) -> list[tuple[int, int]] | None:
        """(start, end) of every hit word of `text`, in order, from one pass over the folded text
        (`needles`) that finds the candidates, of which only the distinct ones are tested; None
        when that pass cannot vouch for `text` (then every word must be tested)."""
        if not needles.usable(text):
            return None
        spans = needles.candidate_spans(text, self._needles)
        if not spans:
            return spans
        hits = self.select({text[s:e] for s, e in spans})
        return [(s, e) for s, e in spans if text[s:e] in hits] if hits else []

    def test(self, word: str) -> bool:
        """The test itself, without the memo."""
        k = key(word)
        if not k:
            return False
        if k in self.keys:
            return True
        prefixes = self.prefixes
        return bool(prefixes) and (k.startswith(prefixes) or folded(word).startswith(prefixes))

    def __call__(self, word: str) -> bool:
        return bool(self.select({word}))

    def select(self, words: set[str]) -> set[str]:
        """The hits among `words`."""
        hits, seen = self._memo
        new = words - seen
        if not new:
            return words & hits
        found = {w for w in new if self.test(w)}
        with self._lock:
            memo_hits, memo_seen = self._memo
            if len(memo_seen) + len(new) > self.memo_words:
                self._memo = (set(found), set(new))
            else:
                memo_hits |= found
                memo_seen |= new
        return (words & hits) | found


_HIGHLIGHTERS: OrderedDict[tuple[frozenset[str], tuple[str, ...]], Highlighter] = OrderedDict()
_HIGHLIGHTERS_MAX = 32  # distinct query word sets whose memos are kept (each ≤ MEMO_WORDS words)
_LOCK = threading.Lock()


def highlighter_for(keys: frozenset[str], prefixes: tuple[str, ...]) -> Highlighter:
    """The shared `Highlighter` of these keys and prefixes (a bounded LRU of the most recent)."""
    k = (keys, prefixes)
    with _LOCK:
        h = _HIGHLIGHTERS.get(k)
        if h is None:
            h = _HIGHLIGHTERS[k] = Highlighter(keys, prefixes)
            if len(_HIGHLIGHTERS) > _HIGHLIGHTERS_MAX:
                _HIGHLIGHTERS.popitem(last=False)
        else:
            _HIGHLIGHTERS.move_to_end(k)
        return h


def _err(en: str, ar: str) -> QueryError:
    return QueryError(f"{en} — {ar}")


_TOKEN_RE = re.compile(r"\S+")


def _lex(query: str) -> list[tuple[str, str, bool, bool]]:
    """Tokens as (kind, text, negated, prefix): kind is `word`, `phrase` or `op`."""
    out: list[tuple[str, str, bool, bool]] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        neg = False
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            neg, i = True, i + 1
            ch = query[i]
        if ch in _QUOTES:
            closers = _QUOTES[ch]
            j = next((k for k in range(i + 1, n) if query[k] in closers), -1)
            if j < 0:
                raise _err(
                    f"Unbalanced quote {ch} in the query: close the phrase",
                    f"علامة اقتباس {ch} غير مغلقة في الاستعلام: أغلق العبارة",
                )
            prefix = j + 1 < n and query[j + 1] == "*"
            out.append(("phrase", query[i + 1 : j], neg, prefix))
            i = j + 1 + prefix
            continue
        if ch in _CLOSERS:
            raise _err(
                f"Unbalanced quote {ch} in the query: it closes a phrase that was never opened",
                f"علامة اقتباس {ch} بلا بداية في الاستعلام",
            )
        m = _TOKEN_RE.match(query, i)
        assert m is not None
        tok = m.group()
        # A word runs until whitespace or an opening quote.
        cut = next((k for k, c in enumerate(tok) if c in _QUOTES or c in _CLOSERS), len(tok))
        tok = tok[:cut]
        i += len(tok)
        if tok in _OPERATORS and not neg:
            out.append(("op", tok, False, False))
        else:
            prefix = tok.endswith("*")
            out.append(("word", tok.rstrip("*"), neg, prefix))
    return out


def _phrase_tail_forms(word: str) -> tuple[str, ...]:
    """Key variants a prefix at the end of a phrase may have: its key, its folded form, and
    that form without each proclitic that leaves two letters (الجد → جد, matching جديده)."""
    f = folded(word)
    forms = {key(word), f} | {f[len(c):] for c in PROCLITICS if f.startswith(c) and len(f) - len(c) >= 2}
    return tuple(sorted(x for x in forms if x))


def _term(text: str, prefix: bool) -> Term | None:
    ws = [w for w in words(text) if key(w)]
    if not ws:
        return None
    keys = tuple(key(w) for w in ws)
    if not prefix:
        return Term(keys)
    forms = prefix_forms(ws[-1]) if len(ws) == 1 else _phrase_tail_forms(ws[-1])
    return Term(keys, prefix=True, forms=forms)


def parse_query(query: str) -> ParsedQuery:
    """Parse a user's query; raise QueryError (English and Arabic) when it cannot be run."""
    if not query or not query.strip():
        raise _err("The query is empty: type a word to search for", "الاستعلام فارغ: اكتب كلمة للبحث عنها")
    parsed = ParsedQuery()
    pending_or = False
    pending_not = False
    for kind, text, neg, prefix in _lex(query):
        if kind == "op":
            if text == "OR":
                if not parsed.clauses or pending_or or pending_not:
                    raise _err("OR needs a term on each side", "يحتاج OR إلى كلمة قبله وكلمة بعده")
                pending_or = True
            elif text == "NOT":
                if pending_not or pending_or:
                    raise _err("NOT must be followed by a term", "يجب أن تتبع NOT كلمةٌ")
                pending_not = True
            continue  # AND is the default
        term = _term(text, prefix)
        negated = neg or pending_not
        pending_not = False
        if term is None:
            if pending_or:
                raise _err("OR needs a term on each side", "يحتاج OR إلى كلمة قبله وكلمة بعده")
            continue  # punctuation only
        if negated:
            if pending_or:
                raise _err(
                    "An excluded term cannot be one side of OR",
                    "لا يمكن أن تكون الكلمة المستبعدة طرفاً في OR",
                )
            parsed.excluded.append(term)
        elif pending_or:
            parsed.clauses[-1].append(term)
            pending_or = False
        else:
            parsed.clauses.append([term])
    if pending_or:
        raise _err("OR needs a term on each side", "يحتاج OR إلى كلمة قبله وكلمة بعده")
    if pending_not:
        raise _err("NOT must be followed by a term", "يجب أن تتبع NOT كلمةٌ")
    if not parsed.clauses:
        if parsed.excluded:
            raise _err(
                "The query only excludes words: add a word to search for",
                "الاستعلام يستبعد كلمات فقط: أضف كلمة للبحث عنها",
            )
        raise _err("The query has no words to search for", "لا يحتوي الاستعلام على كلمات للبحث عنها")
    return parsed


def name_key(name: str) -> str:
    """The key a name (publisher, source, entity canonical) is matched by: folded words, lower case."""
    return fold_words(name).lower()


def like_escape(s: str) -> str:
    """`s` with LIKE wildcards escaped for `ESCAPE '\\'`."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

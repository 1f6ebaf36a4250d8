"""Keys of words, memoised: the hot path of indexing, query parsing and snippets.

Each word has a search key (`search_key`: folded, lower-cased, clitic-stripped) and a folded
form (folded and lower-cased, clitics kept). The index holds the keys of every word, and the
folded forms of the words whose key differs from them (`raw`), so that prefix queries can
match the start of a word as written: `فلسط*` must find فلسطين, whose key is سطين.
"""

from __future__ import annotations

from marsad.clean.normalize import MIN_STEM, PROCLITICS, index_terms, key_and_folded


def key(word: str) -> str:
    """`search_key(word)`, memoised (in the normaliser's one word memo)."""
    return key_and_folded(word)[0]


def folded(word: str) -> str:
    """`fold(word).lower()`, memoised: the word as written, clitics kept."""
    return key_and_folded(word)[1]


def index_keys(text: str) -> tuple[str, dict[str, None]]:
    """The space-joined keys of a text, and the folded forms of its words whose key differs
    (each once, in order: prefix queries only ask whether an article has such a word)."""
    keys, raws = index_terms(text)
    return " ".join(keys), dict.fromkeys(raws)


def index_key_list(text: str) -> tuple[list[str], dict[str, None]]:
    """`index_keys` with the keys as a list: `index_keys(text)[0].split()`."""
    keys, raws = index_terms(text)
    return keys, dict.fromkeys(raws)


def prefix_forms(word: str) -> tuple[str, ...]:
    """Folded word starts that a prefix query for `word` matches: the prefix as typed and each
    step of taking its clitics off (as `strip_clitics` does), each with nothing or any proclitic
    before it (غز → غز, بغز, وغز, الغز, …; الفلسط → also فلسط, لفلسط, …)."""
    bases = {folded(word)}
    b = folded(word)
    while True:
        c = next((c for c in PROCLITICS if b.startswith(c) and len(b) - len(c) >= MIN_STEM), None)
        if c is None:
            break
        b = b[len(c):]
        bases.add(b)
    return tuple(sorted({c + b for b in bases if b for c in ("", *PROCLITICS)}))

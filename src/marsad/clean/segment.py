"""Split a page's text into its main article, embedded articles, related headlines, tags
and removed blocks.

Works on lines, the unit that both plain-text scrapes and trafilatura's output share. Each
line is classified against boilerplate markers that are language data
(`lang/ar/seg_markers.tsv`, `seg_menu.txt`), then a small state machine decides whether it
belongs to the main article, to an embedded article (a second full article under «اقرأ
أيضاً»), or to a related-headlines list. Nothing is dropped silently: every line that leaves
the text is kept in `removed` with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad import lang
from marsad.clean.normalize import fold_words
from marsad.model import RemovalReason, Removed

# A line this short (in words) with no closing full stop can be a title or a headline.
TITLE_MAX_WORDS = 25
# Lines longer than this (in words) are only checked for markers at their start.
LONG_LINE_WORDS = 25
# A paragraph at least this long (in words) is article body, not a headline.
BODY_MIN_WORDS = 14
_BULLET_RE = re.compile(r"^\s*(?:[•·▪◦●○■□►◄▶\-–—*]+|\d{1,2}[.)-])\s*")
_END_PUNCT = (".", "؟", "?", "!", ":", "؛")
_SPLIT_TAGS_RE = re.compile(r"\s*[،,|#؛;/]\s*")
_COLON_RE = re.compile(r"^\s*[:：\-–—]\s*")
# «صنعاء - خاص», «عين اليوم – الرياض», «لندن: رنيم حنوش»: a byline or dateline, not a title.
_BYLINE_RE = re.compile(r"^[^\s:–—-]+(?:\s[^\s:–—-]+){0,2}\s*[:–—-]\s*[^\s:–—-]+(?:\s[^\s:–—-]+){0,2}$")


@dataclass(slots=True)
class Markers:
    """Boilerplate phrases by kind, as tuples of folded words, longest first."""

    by_kind: dict[str, list[tuple[str, ...]]]
    menu: frozenset[tuple[str, ...]]
    menu_max: int
    stopwords: frozenset[str]
    first_words: frozenset[str]  # first words of every marker and menu phrase: a quick filter


@lru_cache(maxsize=1)
def markers() -> Markers:
    """Load the segmentation markers from language data once."""
    by_kind: dict[str, list[tuple[str, ...]]] = {}
    for row in lang.table("seg_markers.tsv"):
        kind, phrase = row[0], row[1]
        by_kind.setdefault(kind, []).append(tuple(fold_words(phrase).lower().split()) or (phrase,))
    for kind in by_kind:
        by_kind[kind].sort(key=len, reverse=True)
    menu = frozenset(tuple(fold_words(p).split()) for p in lang.lines("seg_menu.txt"))
    stop = frozenset(fold_words(w) for w in lang.lines("seg_stopwords.txt"))
    firsts = frozenset(p[0] for ps in by_kind.values() for p in ps) | frozenset(m[0] for m in menu)
    return Markers(by_kind, menu, max(len(m) for m in menu), stop, firsts)


@dataclass(slots=True)
class Block:
    """One article being assembled."""

    role: str
    title: str | None
    lines: list[str] = field(default_factory=list)
    publisher: str | None = None


@dataclass(slots=True)
class Segmented:
    """What the segmenter found on one page."""

    articles: list[Block]
    related: list[str]
    tags: list[str]
    removed: list[Removed]


def _starts_with(words: list[str], phrase: tuple[str, ...]) -> bool:
    return len(words) >= len(phrase) and tuple(words[: len(phrase)]) == phrase


def _match(kind: str, words: list[str]) -> tuple[str, ...] | None:
    """The longest marker phrase of `kind` that the line's folded words start with."""
    for phrase in markers().by_kind.get(kind, ()):
        if _starts_with(words, phrase):
            return phrase
    return None


def _after_phrase(line: str, n_words: int) -> str:
    """The text of `line` after its first `n_words` words (and a following colon or dash)."""
    m = re.match(r"^\W*" + r"(?:\w+\W+?)" * (n_words - 1) + r"\w+", line)
    rest = line[m.end():] if m else ""
    rest = rest.lstrip("ًٌٍَُِّْـ")  # marks that trail the marker's last letter (أيضاً)
    return _COLON_RE.sub("", rest, count=1).strip()


def _has_colon_after(line: str, n_words: int) -> bool:
    m = re.match(r"^\W*" + r"(?:\w+\W+?)" * (n_words - 1) + r"\w+[ًٌٍَُِّْـ]*\s*[:：]", line)
    return m is not None


def _menu_coverage(words: list[str]) -> int:
    """How many of `words` are covered by menu phrases (greedy, longest first)."""
    m = markers()
    i = covered = 0
    while i < len(words):
        for n in range(min(m.menu_max, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in m.menu:
                covered += n
                i += n
                break
        else:
            i += 1
    return covered


def _is_headline(line: str) -> bool:
    n = len(line.split())
    return 0 < n <= TITLE_MAX_WORDS and not line.rstrip().endswith(".")


def _is_body(line: str) -> bool:
    return len(line.split()) >= BODY_MIN_WORDS


def classify(line: str) -> tuple[str, str]:
    """Classify one line: (kind, payload).

    kind is `text`, `read_also` (payload: an inline headline or ""), `related`, `tags`
    (payload: the tag text), `attribution` (payload: publisher), `share`, `copyright`,
    `navigation` or `other`.
    """
    raw_words = line.split()
    if len(raw_words) > LONG_LINE_WORDS:
        # A long line can only be a marker that leads it (tags or read-also with a colon).
        words = fold_words(" ".join(raw_words[:8])).lower().split()
        if not words or words[0] not in markers().first_words:
            return "text", ""
        n = len(raw_words)
    else:
        words = fold_words(line).lower().split()
        if not words:
            return ("other", "") if line.strip() else ("text", "")
        n = len(words)
        if (words[0] not in markers().first_words and "©" not in line and n > 3
                and not any(_contains(words, p) for p in markers().by_kind.get("copyright", ()))):
            return "text", ""
    # Whole-line kinds: a single-word phrase must be the whole line; longer phrases may lead
    # a short line.
    for kind in ("share", "navigation", "other"):
        phrase = _match(kind, words)
        if phrase and (len(phrase) == n or (len(phrase) >= 2 and n <= 12)):
            return kind, ""
    if n <= 20 and ("©" in line or any(_contains(words, p) for p in markers().by_kind.get("copyright", ()))):
        return "copyright", ""
    phrase = _match("tags", words)
    if phrase and (len(phrase) == n or _has_colon_after(line, len(phrase))):
        return "tags", _after_phrase(line, len(phrase))
    phrase = _match("related", words)
    if phrase and len(phrase) == n:
        return "related", ""
    phrase = _match("read_also", words)
    if phrase and (len(phrase) == n or _has_colon_after(line, len(phrase))):
        return "read_also", _after_phrase(line, len(phrase))
    phrase = _match("attribution", words)
    if phrase and n <= len(phrase) + 5 and (_has_colon_after(line, len(phrase)) or line.lstrip().startswith("*")):
        return "attribution", _after_phrase(line, len(phrase)).strip(" «»\"'“”*")
    if n >= 2 and _menu_coverage(words) >= max(2, int(0.8 * n)):
        return "navigation", ""
    return "text", ""


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    k = len(phrase)
    return any(tuple(words[i : i + k]) == phrase for i in range(len(words) - k + 1))


def parse_tags(text: str) -> list[str]:
    """Keyword tags from a tags block, with menu categories and function words left out.

    Tags separated by commas, «،», «|» or «#» are taken as given. A block separated only by
    spaces (as scrapes flatten tag clouds) is read word by word: menu phrases are skipped,
    and a definite noun followed by a definite nisba adjective («الاحتلال الإسرائيلي») is
    kept as one tag.
    """
    m = markers()
    parts = [p for p in _SPLIT_TAGS_RE.split(text) if p.strip()]
    candidates = [p.strip(" .") for p in parts] if len(parts) > 1 else _space_tags(text)
    out: list[str] = []
    seen: set[str] = set()
    for c in candidates:
        key = fold_words(c)
        if not key or key in seen or tuple(key.split()) in m.menu or key in m.stopwords:
            continue
        seen.add(key)
        out.append(c)
    return out


def _space_tags(text: str) -> list[str]:
    m = markers()
    raw = text.split()
    folded = [fold_words(w) for w in raw]
    tags: list[str] = []
    i = 0
    while i < len(raw):
        for n in range(min(m.menu_max, len(raw) - i), 0, -1):
            if tuple(" ".join(folded[i : i + n]).split()) in m.menu:
                i += n
                break
        else:
            w, f = raw[i], folded[i]
            nxt = folded[i + 1] if i + 1 < len(raw) else ""
            if (f.startswith("ال") and nxt.startswith("ال") and nxt.endswith(("ي", "يه"))
                    and (nxt,) not in m.menu):
                tags.append(f"{w} {raw[i + 1]}")
                i += 2
                continue
            if f and f not in m.stopwords:
                tags.append(w)
            i += 1
    return tags


def _strip_bullet(line: str) -> str:
    return _BULLET_RE.sub("", line).strip()


def _headline_key(s: str) -> set[str]:
    return set(fold_words(s).split())


def dedupe_headlines(headlines: list[str], threshold: float = 0.85) -> list[str]:
    """Headlines in order, with exact and near-duplicates (word Jaccard ≥ threshold) removed.

    «فتح: مصر تسعى…» and «"فتح": مصر تسعى…» differ only in punctuation and fold to one.
    """
    kept: list[str] = []
    keys: list[set[str]] = []
    for h in headlines:
        k = _headline_key(h)
        if not k:
            continue
        if any(len(k & o) / len(k | o) >= threshold for o in keys):
            continue
        kept.append(h)
        keys.append(k)
    return kept


def segment(text: str, *, title: str | None = None, tags: list[str] | None = None) -> Segmented:
    """Segment cleaned page text (see `clean_text`) into articles, related, tags, removed."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    removed: list[Removed] = []
    related: list[str] = []
    tag_texts: list[str] = []
    main = Block("main", title)
    articles = [main]
    current = main
    state = "article"  # article | list | tags
    i = 0

    def drop(line: str, reason: RemovalReason) -> None:
        removed.append(Removed(line, reason))

    while i < len(lines):
        line = lines[i]
        kind, payload = classify(line)
        if kind == "text" and state == "tags" and not _is_body(line) and not line.endswith("."):
            # A tags heading on its own line: the tag cloud follows on the next line(s).
            tag_texts.append(line)
            drop(line, "tags")
            i += 1
            continue
        if kind != "text":
            state = "article"
        if kind in ("share", "copyright", "navigation", "other"):
            drop(line, kind)  # type: ignore[arg-type]
        elif kind == "tags":
            drop(line, "tags")
            if payload:
                tag_texts.append(payload)
            else:
                state = "tags"
        elif kind == "attribution":
            drop(line, "attribution")
            if payload and current.publisher is None:
                current.publisher = payload
        elif kind == "related":
            drop(line, "related")
            state = "list"
        elif kind == "read_also":
            if payload:  # «اقرأ أيضاً: headline» — a single related link
                drop(line, "related")
                related.append(_strip_bullet(payload))
            else:
                drop(line, "read_also_marker")
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                after = lines[i + 2] if i + 2 < len(lines) else ""
                if (nxt and classify(nxt)[0] == "text" and _is_headline(nxt) and _is_body(after)
                        and classify(after)[0] == "text"):
                    current = Block("embedded", _strip_bullet(nxt))
                    articles.append(current)
                    i += 2
                    continue
                state = "list"
        elif state == "list":
            if _is_headline(line) or _BULLET_RE.match(line):
                drop(line, "related")
                related.append(_strip_bullet(line))
            else:
                state = "article"
                current.lines.append(line)
        else:
            current.lines.append(line)
        i += 1

    _take_title(main)
    page_tags = list(tags or [])
    for t in tag_texts:
        page_tags.extend(parse_tags(t))
    return Segmented(
        articles=[a for a in articles if a.lines],
        related=dedupe_headlines(related),
        tags=_unique(page_tags),
        removed=removed,
    )


def _take_title(block: Block) -> None:
    """Give the main article its title: drop a first line that repeats the known title, or
    take a short first line followed by body text as the title when none is known."""
    if not block.lines:
        return
    first = block.lines[0]
    if block.title:
        if fold_words(first) == fold_words(block.title):
            block.lines.pop(0)
        return
    if len(block.lines) > 1 and _is_headline(first) and 4 <= len(first.split()) <= 18 \
            and not first.endswith(_END_PUNCT) and not _BYLINE_RE.match(first) and _is_body(block.lines[1]):
        block.title = first
        block.lines.pop(0)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for t in items:
        k = fold_words(t)
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return out

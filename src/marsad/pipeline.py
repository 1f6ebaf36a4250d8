"""The flow from a raw document to a segmented, analysed page.

`build_page` runs the steps for one document: decode, HTML main text, clean, language,
segment, publication date, id, then the extraction layers. Every failure that is the input's
fault raises `InputRejected` with a reason, which the runner counts; nothing is dropped
silently. The same function runs in one process or inside workers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from marsad.clean.decode import decode
from marsad.clean.html import html_to_text
from marsad.clean.language import detect_language
from marsad.clean.normalize import clean_text, fold_words
from marsad.clean.segment import segment
from marsad.errors import InputRejected
from marsad.model import Article, InputInfo, Page
from marsad.read.base import RawDocument

DEFAULT_MAX_BYTES = 5_000_000
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Options:
    """Run options, built and validated once."""

    published: str | None = None  # YYYY-MM-DD given by the user; wins over everything else
    max_bytes: int = DEFAULT_MAX_BYTES
    analyse: bool = True  # run entities, times, figures, quotes and events

    def __post_init__(self) -> None:
        if self.published is not None and iso_date(self.published) is None:
            raise ValueError(f"--published must be a date YYYY-MM-DD, not {self.published!r}")
        if self.max_bytes <= 0:
            raise ValueError("the size limit must be positive")


def iso_date(value: str | None) -> str | None:
    """`YYYY-MM-DD` from a date or datetime string that starts with one, else None."""
    if not value:
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def content_id(text: str) -> str:
    """Stable id of a page: a hash of its folded words (whitespace, marks, letter forms aside)."""
    return hashlib.sha256(fold_words(text).encode("utf-8")).hexdigest()[:20]


def build_page(raw: RawDocument, opts: Options) -> Page:
    """One raw document through every step; raises InputRejected for unusable input."""
    encoding: str | None = "utf-8" if raw.data is None else None
    html = raw.html
    text = raw.text
    if raw.data is not None:
        decoded, encoding = decode(raw.data, raw.source, raw.meta.get("charset"))
        if raw.format in ("html", "warc"):
            html = decoded
        else:
            text = decoded
    title = raw.meta.get("title")
    tags: list[str] = []
    html_date = sitename = None
    url = raw.meta.get("url")
    fmt = raw.format
    if html is not None:
        ht = html_to_text(html, raw.source, url)
        text, tags, html_date, sitename = ht.text, ht.tags, ht.date, ht.sitename
        title = title or ht.title
        url = url or ht.url
        if fmt == "txt":
            fmt = "html"
    text = clean_text(text or "")
    if not text:
        raise InputRejected(raw.source, "empty", "no text after cleaning")
    if len(text.encode("utf-8")) > opts.max_bytes:
        raise InputRejected(raw.source, "too large", f"text over {opts.max_bytes} bytes")
    language = detect_language(text)
    seg = segment(text, title=clean_text(title) if title else None, tags=tags)
    if not seg.articles:
        raise InputRejected(raw.source, "no article text", "every block was boilerplate")
    source = raw.meta.get("source") or sitename
    published, published_from = _publication_date(opts, raw, html_date, seg.articles[0].lines, language)
    articles = []
    for block in seg.articles:
        is_main = block.role == "main"
        articles.append(Article(
            role="main" if is_main else "embedded",
            title=block.title,
            text="\n".join(block.lines),
            publisher=block.publisher or (source if is_main else None),
            published=published if is_main else None,
        ))
    page = Page(
        id=content_id(text),
        input=InputInfo(path=raw.path, url=url, format=fmt, encoding=encoding),
        published=published,
        language=language,
        articles=articles,
        related=seg.related,
        tags=seg.tags,
        removed=seg.removed,
        source=source,
        published_from=published_from,
    )
    if opts.analyse and language == "ar":
        from marsad.extract.annotate import annotate_page

        try:
            annotate_page(page)
        except Exception as e:  # a bug in a layer must not end the run: the page is counted, with why
            raise InputRejected(raw.source, "analysis failed", f"{type(e).__name__}: {e}") from e
    return page


def _publication_date(opts: Options, raw: RawDocument, html_date: str | None, main_lines: list[str],
                      language: str) -> tuple[str | None, str | None]:
    """The page's publication date and where it came from, in the documented order."""
    if opts.published:
        return opts.published, "argument"
    d = iso_date(raw.meta.get("published"))
    if d:
        return d, "record"
    d = iso_date(html_date)
    if d:
        return d, "html"
    if language == "ar" and main_lines:
        from marsad.extract.times import dateline_date

        d = dateline_date("\n".join(main_lines[:3]))
        if d:
            return d, "dateline"
    return None, None

"""HTML to main text and metadata with trafilatura; the text is then segmented like plain text."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.errors import InputRejected

# Dates only from the page's markup (meta tags, time elements, URL): trafilatura's extensive
# search guesses from any year in the text, which turns «28 نونبر 2024» into 2024-01-01.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(slots=True)
class HtmlText:
    """What trafilatura keeps of a page: the main text (paragraphs on lines) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)


def _split_tags(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(t.strip() for t in v.replace("،", ",").split(",") if t.strip())
    return out


def html_to_text(html: str, source: str, url: str | None = None) -> HtmlText:
    """Main text and metadata of an HTML page; raises InputRejected when it has no text."""
    import trafilatura  # loaded on first use: commands that only read the store start faster

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, deduplicate=False,
                                          date_extraction_params=DATE_PARAMS)
    except (ValueError, TypeError, AttributeError) as e:  # malformed trees trafilatura cannot walk
        raise InputRejected(source, "no text in HTML", f"extraction failed: {e}") from e
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise InputRejected(source, "no text in HTML", "no main text found")
    return HtmlText(
        text=doc.text or "",
        title=doc.title or None,
        date=doc.date or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
        tags=_split_tags(doc.tags) + _split_tags(doc.categories) if doc.tags else [],
    )

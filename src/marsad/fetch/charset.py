"""The charset to pass on with a fetched page: the header's, then `<meta>`'s, unless the bytes
contradict it (an Arabic page served as ISO-8859-1 decodes to mojibake); then None, so that
the decoder detects it."""

from __future__ import annotations

import codecs
import re

_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Single-byte Western charsets that any byte string "decodes" in, right or wrong.
_LATIN = {"latin_1", "iso8859-1", "cp1252", "iso8859-15", "ascii"}


def header_charset(content_type: str | None) -> str | None:
    """The `charset=` of a Content-Type header, if any."""
    m = _HEADER.search(content_type or "")
    return m[1].strip() if m else None


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `<meta http-equiv=Content-Type>`."""
    m = _META.search(body[:8192])
    return m[1].decode("ascii", "replace") if m else None


def _normal(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_like_mojibake(text: str) -> bool:
    """Text with no Arabic letter but many accented Latin letters and C1 controls, the mark of
    Arabic (UTF-8 or windows-1256) bytes read as Latin-1."""
    sample = text[:20_000]
    if any("\u0600" <= ch <= "\u06ff" for ch in sample):
        return False
    letters = sum(1 for ch in sample if ch.isalpha())
    odd = sum(1 for ch in sample if "\u0080" <= ch <= "\u00ff")
    return odd >= 20 and odd > 0.2 * max(letters, 1)


def plausible(body: bytes, charset: str | None) -> bool:
    """Whether decoding `body` with `charset` gives text (Latin charsets checked for mojibake)."""
    name = _normal(charset) if charset else None
    if name is None:
        return False
    try:
        text = body[:200_000].decode(name)
    except UnicodeDecodeError:
        # a cut multi-byte sequence at the sample's end is fine
        try:
            text = body[:200_000].decode(name, errors="strict" if len(body) <= 200_000 else "ignore")
        except UnicodeDecodeError:
            return False
    return not (name in _LATIN and looks_like_mojibake(text))


def choose_charset(body: bytes, content_type: str | None) -> str | None:
    """The declared charset (header, then `<meta>`) that the bytes do not contradict, else None."""
    for declared in (header_charset(content_type), meta_charset(body)):
        if declared and plausible(body, declared):
            return declared
    return None

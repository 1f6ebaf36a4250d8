"""Bytes to text: BOM, declared charset, strict UTF-8, then charset-normalizer detection.

Arabic pages in the wild are often windows-1256, ISO-8859-6 or UTF-16; the encoding used is
returned so that it can be recorded. Bytes that decode to no readable text are binary.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from marsad.errors import InputRejected

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Share of characters that must be readable (letters, digits, marks, punctuation, spaces).
MIN_READABLE = 0.85


def readable_ratio(text: str, sample: int = 20_000) -> float:
    """Share of characters in `text` that a reader can see (not controls or unassigned)."""
    s = text[:sample]
    if not s:
        return 0.0
    bad = sum(1 for ch in s if ch not in "\n\r\t" and unicodedata.category(ch)[0] in "C")
    return 1 - bad / len(s)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of `data`; raises InputRejected('binary') when no encoding gives text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _try(data, enc)
            if text is not None:
                return text, enc
    candidates = []
    if declared:
        candidates.append(declared.strip().lower())
    candidates.append("utf-8")
    for enc in candidates:
        text = _try(data, enc)
        if text is not None and readable_ratio(text) >= MIN_READABLE:
            return text, codecs.lookup(enc).name
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        text = _try(data, best.encoding)
        if text is not None and readable_ratio(text) >= MIN_READABLE:
            return text, codecs.lookup(best.encoding).name
    raise InputRejected(source, "binary", "no text encoding fits these bytes")

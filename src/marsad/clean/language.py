"""Which language a page is in: Arabic is analysed; others are stored, marked, not analysed."""

from __future__ import annotations

import re

from marsad.clean.normalize import arabic_ratio

# Characters read to decide: the opening of a page says which language it is in.
SAMPLE_CHARS = 3_000
# Share of Arabic letters (among Arabic and Latin ones) above which a page is Arabic.
ARABIC_MIN = 0.5
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said"},
    "fr": {"le", "la", "les", "de", "des", "et", "en", "du", "une", "est", "que", "dans"},
    "es": {"el", "la", "los", "de", "que", "y", "en", "del", "las", "por", "con", "una"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "sich"},
}


def detect_language(text: str) -> str:
    """`ar` for Arabic pages; else a guess among en/fr/es/de from function words, or `und`."""
    sample = text[:SAMPLE_CHARS]
    if arabic_ratio(sample) >= ARABIC_MIN:
        return "ar"
    toks = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if not toks:
        return "und"
    scores = {code: sum(t in sw for t in toks) for code, sw in _STOPWORDS.items()}
    code, hits = max(scores.items(), key=lambda kv: kv[1])
    return code if hits >= 3 else "und"

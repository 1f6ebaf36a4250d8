"""Gold pages for the evaluations: where their texts live, and check_gold's name matching.

A gold page (`*.expected.json`, the format of `../shared/examples`) names its text by
`source_url` (a SaudiNewsNet record, read from `../shared/data/saudinewsnet`) or by `input` (a
`.txt` or `.jsonl` file beside the gold or in `../shared/examples`). Names are compared as
`check_gold.py` compares them: folded, and equal or standing as whole words inside.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SNN_PATH = SHARED / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
EXAMPLES = SHARED / "examples"
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي",
                       "ک": "ك", "ۀ": "ه", "ؤ": "و", "ئ": "ي", "«": '"', "»": '"', "“": '"', "”": '"'})


def gold_fold(s: str | None) -> str:
    """The gold checker's folding: NFKC, no marks, letters folded, words joined by spaces."""
    s = unicodedata.normalize("NFKC", s or "")
    s = _DIACRITICS.sub("", s).translate(_FOLD)
    return " ".join(re.findall(r"\w+", s))


def within(expected: str, found: str | None) -> bool:
    """True when `expected` equals `found` or stands as whole words inside it."""
    e, f = gold_fold(expected), gold_fold(found)
    return bool(e) and (e == f or f" {e} " in f" {f} ")


@lru_cache(maxsize=1)
def _snn_index() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with gzip.open(SNN_PATH, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.setdefault(r["url"], r)
    return out


def snn_lines(numbers: set[int]) -> dict[int, dict[str, Any]]:
    """The SaudiNewsNet records at these line numbers (0-based), by number: how the hand audits name
    their articles."""
    out: dict[int, dict[str, Any]] = {}
    with gzip.open(SNN_PATH, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in numbers:
                out[i] = json.loads(line)
    return out


def snn_record(url: str) -> dict[str, Any] | None:
    """The SaudiNewsNet record with this URL, or None (also when the data is absent)."""
    if not SNN_PATH.exists():
        return None
    return _snn_index().get(url)


def _split_txt(raw: str, gold_article: dict[str, Any]) -> str | None:
    """One article of a plain-text page: the main one ends at «المصدر:»; an embedded one starts
    after its title line and ends before «مقالات مشابهة»."""
    if gold_article.get("role") == "main":
        m = re.search(r"^المصدر:", raw, re.M)
        return raw[:m.start()].strip() if m else raw.strip()
    title = (gold_article.get("title") or "").strip()
    lines = raw.split("\n")
    idx = next((i for i, line in enumerate(lines) if title and line.strip() == title), None)
    if idx is None:
        return None
    rest = "\n".join(lines[idx + 1:])
    end = rest.find("مقالات مشابهة")
    return (rest[:end] if end != -1 else rest).strip()


def page_texts(gold: dict[str, Any], gold_path: Path) -> list[str | None]:
    """The text of each article of a gold page, in its order (None where it cannot be found)."""
    arts = gold.get("articles", [])
    if "source_url" in gold:
        rec = snn_record(gold["source_url"])
        return [rec["content"].strip() if rec and a.get("role") == "main" else None for a in arts]
    name = gold.get("input") or ""
    path = next((p for p in (gold_path.parent / name, EXAMPLES / name) if name and p.exists()), None)
    if path is None:
        return [None for _ in arts]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rec = json.loads(raw.splitlines()[0])
        return [rec.get("content", "").strip() if a.get("role") == "main" else None for a in arts]
    return [_split_txt(raw, a) for a in arts]

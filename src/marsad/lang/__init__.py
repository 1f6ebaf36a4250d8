"""Language data: word lists and tables under `lang/<code>/`, read through one cached loader.

Files are UTF-8. Lines starting with `#` and blank lines are comments. `.txt` files hold one
entry a line; `.tsv` files hold tab-separated fields; `.json` files hold any JSON value.
A linguist can add a month name or a marker by editing a file, without reading the code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from marsad.errors import LanguageDataError


def _read(name: str, lang: str) -> str:
    try:
        return resources.files("marsad.lang").joinpath(lang, name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LanguageDataError(f"language data file lang/{lang}/{name} is missing") from e


@cache
def lines(name: str, lang: str = "ar") -> tuple[str, ...]:
    """Entries of a one-per-line file, comments and blank lines skipped, whitespace stripped."""
    out = []
    for raw in _read(name, lang).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def table(name: str, lang: str = "ar") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, comments and blank lines skipped, fields stripped."""
    rows = []
    for raw in _read(name, lang).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(f.strip() for f in raw.split("\t")))
    return tuple(rows)


@cache
def data(name: str, lang: str = "ar") -> Any:
    """A JSON file's value."""
    try:
        return json.loads(_read(name, lang))
    except json.JSONDecodeError as e:
        raise LanguageDataError(f"lang/{lang}/{name} is not valid JSON: {e}") from e

"""BIO tag sequences of the NER layer: the mentions a sequence holds, and setting one."""

from __future__ import annotations


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the BIO mentions of a tag sequence (an I- without B- opens one)."""
    out = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start >= 0:
                out.append((start, i, label))
                start, label = -1, ""
            if t != "O":
                start, label = i, t[2:]
    return out


def set_span(tags: list[str], i: int, j: int, label: str) -> None:
    """Tag tokens [i, j) as one mention of `label` (in place)."""
    tags[i] = "B-" + label
    for k in range(i + 1, j):
        tags[k] = "I-" + label

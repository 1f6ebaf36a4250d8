"""Event-ness: how likely a coded event is no event at all, by a model trained on hand audits.

The trigger tables fire on words that often tell no deed: a metaphor («غارات الزمن»), a word of
another sense («ومظاهره», manifestations), a sports page's «هجوم», a poem, a column's rhetoric
(«نساء تقتل»), a statistic («84 قضية قتل»). The rules drop the constructions they know; this model,
a logistic regression over the event's type, its trigger's words, its sentence's words and the words
of the page's opening (what the page is about), scores what is left. It is trained by
`scripts/train_eventness.py` on `data/eventness/audits.jsonl` (events of the coder on SaudiNewsNet
judged by hand; see `models/EVENTNESS_CARD.md` for the data, the scores and the threshold). An event
scored at or above `THRESHOLD` is dropped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from marsad.clean.normalize import fold, strip_clitics
from marsad.model import Event

MODEL = "eventness.tsv"
THRESHOLD = 0.7  # the card: on the held-out audits 7 of 160 events dropped, all judged wrong
PAGE_CHARS = 3000  # the page's opening: its headline and lede tell what it is about
BIAS = "__bias__"


def words(text: str) -> list[str]:
    """The folded words of `text` without their clitics («وبغزة» → «غزه»), at least two letters."""
    return [s for w in fold(text).split() if (s := _stem(w))]


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A folded word's letters without its clitics; "" for a word of less than two letters."""
    w = "".join(ch for ch in word if ch.isalnum())
    if len(w) < 2:
        return ""
    return strip_clitics(w) if len(w) > 3 else w


def page_words(text: str) -> frozenset[str]:
    """The words of the page's opening, as page features."""
    return frozenset(words(text[:PAGE_CHARS]))


def features(kind: str, trigger: str, sentence: str, page: Iterable[str]) -> set[str]:
    """The model's features of one event: its type, its trigger's words, its sentence's words and the
    words of its page's opening."""
    out = {"T=" + kind}
    out.update("G=" + w for w in words(trigger))
    out.update("S=" + w for w in words(sentence))
    out.update("P=" + w for w in page)
    return out


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The model's feature weights (and its bias), from `models/eventness.tsv`."""
    table = resources.files("marsad").joinpath("models", MODEL).read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("\t")
            out[name] = float(value)
    return out


def non_event_probability(feats: set[str]) -> float:
    """The model's probability that an event with these features is no event."""
    w = weights()
    z = w.get(BIAS, 0.0) + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def drop_non_events(text: str, events: list[Event]) -> list[Event]:
    """The events of the page `text` the model does not score as no event."""
    if not events:
        return events
    page = page_words(text)
    return [ev for ev in events
            if non_event_probability(features(ev.type, ev.trigger, text[ev.start:ev.end], page)) < THRESHOLD]

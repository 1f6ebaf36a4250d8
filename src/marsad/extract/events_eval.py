"""Precision and recall of events against hand-made gold pages.

A gold page is a `*.expected.json` in the format of `../shared/examples`: per article a list of
`events`, each `{type, actors, source?, target?, location?, date?}` (a type may be a list of
acceptable types; an actor slot may be a list of acceptable names). Its text is named by
`source_url` (a SaudiNewsNet record, read from `../shared/data/saudinewsnet`) or by `input` (a
`.txt` or `.jsonl` file beside the gold or in `../shared/examples`). Each article is run through
entities, times (against `published`), quotes and events.

Scores, with gold lists taken as complete (every unmatched system event costs precision):
- `triples`: (type, source, target): every gold source slot found in the system's source and
  every target slot in its target, by folded whole-word containment as in `check_gold.py`;
  gold without `source`/`target` keys is matched on `actors` in either role;
- `events`: type and actors in either role;
- `whole`: `events` with the gold place and date too, where the gold gives them (the whole of what
  `check_gold.py` checks of an event: the system's place holds the gold one as whole words, the
  dates are equal);
- `location` and `date`, over the pairs matched by `events`: precision among pairs where the
  system gives one, recall among pairs where the gold gives one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from marsad.extract.gold import page_texts, within
from marsad.model import Entity, Event

EntityFn = Callable[[str], list[Entity]]

__all__ = ["article_texts", "evaluate", "format_report", "run_article", "within"]


def article_texts(gold: dict[str, Any], gold_path: Path) -> list[str | None]:
    """The text of each gold article (None when it cannot be found)."""
    return page_texts(gold, gold_path)


def run_article(text: str, published: str | None, entity_fn: EntityFn | None = None,
                publisher: str | None = None) -> list[Event]:
    """Entities, times, quotes and events of one article text (`publisher`: its outlet, as the
    pipeline passes it)."""
    from marsad.extract.entities import extract_entities
    from marsad.extract.events import extract_events
    from marsad.extract.quotes import extract_quotes
    from marsad.extract.times import extract_times

    ents = (entity_fn or extract_entities)(text)
    ref = date.fromisoformat(published) if published else None
    times = extract_times(text, ref)
    quotes = extract_quotes(text, ents)
    return extract_events(text, ents, times, quotes, publisher=publisher, reference=ref)


def _slots(ev: dict[str, Any], key: str) -> list[list[str]]:
    return [s if isinstance(s, list) else [s] for s in ev.get(key, [])]


def _types(ev: dict[str, Any]) -> list[str]:
    return ev["type"] if isinstance(ev["type"], list) else [ev["type"]]


def _slot_in(slot: list[str], names: list[str]) -> bool:
    return any(within(n, y) for n in slot for y in names)


def _strict(g: dict[str, Any], x: Event) -> bool:
    if x.type not in _types(g):
        return False
    if "source" not in g and "target" not in g:
        return _loose(g, x)
    return all(_slot_in(s, x.source) for s in _slots(g, "source")) and \
        all(_slot_in(s, x.target) for s in _slots(g, "target"))


def _loose(g: dict[str, Any], x: Event) -> bool:
    return x.type in _types(g) and all(_slot_in(s, x.source + x.target) for s in _slots(g, "actors"))


def _whole(g: dict[str, Any], x: Event) -> bool:
    """check_gold's own test of an event: type and actors, and the gold place (held as whole words by
    the system's) and the gold date (equal), where the gold gives them."""
    places = g.get("location") or []
    places = places if isinstance(places, list) else [places]
    return _loose(g, x) and (not places or any(within(p, x.location or "") for p in places)) \
        and (not g.get("date") or x.date == g["date"])


def _match(gold: list[dict[str, Any]], found: list[Event],
           ok: Callable[[dict[str, Any], Event], bool]) -> list[tuple[dict[str, Any], Event]]:
    """Greedy one-to-one pairs, gold in order, the most specific gold first."""
    pairs: list[tuple[dict[str, Any], Event]] = []
    used: set[int] = set()
    order = sorted(gold, key=lambda g: -len(g.get("actors", [])))
    for g in order:
        for i, x in enumerate(found):
            if i not in used and ok(g, x):
                used.add(i)
                pairs.append((g, x))
                break
    return pairs


def _pr(hit_p: int, n_p: int, hit_r: int, n_r: int) -> dict[str, Any]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "matched": hit_r, "gold": n_r, "system": n_p}


def evaluate(gold_paths: Iterable[str | Path], entity_fn: EntityFn | None = None) -> dict[str, Any]:
    """Score extract_events on gold pages: triples, events, whole events, location and date, with the misses."""
    n_gold = n_sys = hit_strict = hit_loose = hit_whole = 0
    loc_sys = loc_gold = loc_ok = date_sys = date_gold = date_ok = 0
    pages = 0
    per_type: dict[str, list[int]] = {}  # type → [gold matched, gold, system matched, system] of triples
    misses: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    for path in gold_paths:
        path = Path(path)
        gold = json.loads(path.read_text(encoding="utf-8"))
        texts = article_texts(gold, path)
        for ga, text in zip(gold.get("articles", []), texts, strict=False):
            if text is None or "events" not in ga:
                continue
            pages += 1
            found = run_article(text, gold.get("published"), entity_fn, gold.get("source"))
            gev = ga["events"]
            n_gold += len(gev)
            n_sys += len(found)
            strict = _match(gev, found, _strict)
            hit_strict += len(strict)
            _count_types(per_type, gev, found, strict)
            loose = _match(gev, found, _loose)
            hit_loose += len(loose)
            hit_whole += len(_match(gev, found, _whole))
            for g, x in loose:
                places = g.get("location") or []
                places = places if isinstance(places, list) else [places]
                if places:
                    loc_gold += 1
                if x.location:
                    loc_sys += 1
                    if places and any(within(p, x.location) for p in places):
                        loc_ok += 1
                if g.get("date"):
                    date_gold += 1
                if x.date:
                    date_sys += 1
                    if g.get("date") == x.date:
                        date_ok += 1
            matched_g = {id(g) for g, _ in strict}
            matched_x = {id(x) for _, x in strict}
            misses += [{"page": path.name, **g} for g in gev if id(g) not in matched_g]
            extras += [{"page": path.name, "type": x.type, "source": x.source, "target": x.target,
                        "location": x.location, "date": x.date, "trigger": x.trigger}
                       for x in found if id(x) not in matched_x]
    return {
        "pages": pages,
        "triples": _pr(hit_strict, n_sys, hit_strict, n_gold),
        "events": _pr(hit_loose, n_sys, hit_loose, n_gold),
        "whole": _pr(hit_whole, n_sys, hit_whole, n_gold),
        "location": _pr(loc_ok, loc_sys, loc_ok, loc_gold),
        "date": _pr(date_ok, date_sys, date_ok, date_gold),
        "by_type": {t: _pr(m_s, n_s, m_g, n_g) for t, (m_g, n_g, m_s, n_s) in sorted(per_type.items())},
        "misses": misses,
        "extras": extras,
    }


def _count_types(per_type: dict[str, list[int]], gold: list[dict[str, Any]], found: list[Event],
                 pairs: list[tuple[dict[str, Any], Event]]) -> None:
    """Add an article's triples to `per_type`: recall by the gold event's first type, precision by the
    system's type (a gold event that accepts ASSAULT or FIGHT, matched by an ASSAULT, is a FIGHT found
    and an ASSAULT right)."""
    for g in gold:
        per_type.setdefault(_types(g)[0], [0, 0, 0, 0])[1] += 1
    for x in found:
        per_type.setdefault(x.type, [0, 0, 0, 0])[3] += 1
    for g, x in pairs:
        per_type[_types(g)[0]][0] += 1
        per_type[x.type][2] += 1


def _line(key: str, s: dict[str, Any], width: int = 9) -> str:
    return (f"  {key:{width}} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"(matched {s['matched']}, gold {s['gold']}, system {s['system']})")


def format_report(result: dict[str, Any], *, details: bool = False, by_type: bool = False) -> str:
    """A short text report of `evaluate`'s result; with `by_type`, the triples of each PLOVER type
    (a gold event under its first type); with `details`, every missed and every extra event."""
    lines = [f"events on {result['pages']} gold articles"]
    lines += [_line(key, result[key]) for key in ("triples", "events", "whole", "location", "date")]
    if by_type:
        lines.append("  triples by type:")
        lines += [_line(t, s, width=11) for t, s in result["by_type"].items()]
    if details:
        for m in result["misses"]:
            lines.append(f"  miss  {m['page']}: {m['type']} src={m.get('source', m.get('actors'))} "
                         f"tgt={m.get('target', [])} @ {m.get('location')} {m.get('date') or ''}")
        for x in result["extras"]:
            lines.append(f"  extra {x['page']}: {x['type']} src={x['source']} tgt={x['target']} "
                         f"@ {x['location']} {x['date'] or ''} «{x['trigger']}»")
    return "\n".join(lines)

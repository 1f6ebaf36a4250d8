"""Stories: articles about the same event, from different outlets, clustered as they arrive.

A new article (not itself a duplicate) is compared with articles of the last few days that
share a canonical entity with it (found through `story_keys`: each compared article's entity keys
with its day): the score mixes the overlap of their canonical entities
and of their title-and-lede words (search keys), and, where both articles have e5 vectors
(`marsad embed`, the `semantic` extra), their cosine similarity. Above a threshold it joins
the best match's story (one is made for the match if it had none). A story's label is its
most central title: the one closest, on average, to the other members' titles and ledes.
`rebuild_stories` replays the assignment over the whole store, e.g. once vectors exist.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from marsad.clean.normalize import text_keys

VECTOR_MODEL = "multilingual-e5-small"
# e5 cosines of unrelated news sit near 0.75 and of one story near 0.9: mapped onto 0..1.
COSINE_FLOOR, COSINE_CEIL = 0.78, 0.93

WINDOW_DAYS = 3
MAX_CANDIDATES = 60
THRESHOLD = 0.3
LEDE_CHARS = 600
ENTITY_LABELS = ("PER", "ORG", "LOC")


def _lede_keys(title: str | None, text: str) -> set[str]:
    keys = text_keys(f"{title or ''} {text[:LEDE_CHARS]}")
    return {k for k in keys if len(k) > 2}


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b) if len(a) <= len(b) else len(b & a)
    return inter / (len(a) + len(b) - inter)


def _entities(db: Any, aid: int) -> set[str]:
    marks = ", ".join("?" * len(ENTITY_LABELS))
    return {r[0] for r in db.execute(f"SELECT DISTINCT canonical_key FROM entities WHERE article_id = ?"
                                     f" AND label IN ({marks})", (aid, *ENTITY_LABELS))}


def _article(db: Any, aid: int) -> tuple[str | None, str, str | None]:
    row = db.execute("SELECT a.title, a.text, COALESCE(a.published, p.published) FROM articles a"
                     " JOIN pages p ON p.id = a.page_id WHERE a.id = ?", (aid,)).fetchone()
    return row[0], row[1], row[2]


# article id → (entity keys, lede keys), one cache per store handle: an article is compared
# with many later ones, and its profile never changes once stored.
Profiles = dict[int, tuple[set[str], set[str]]]
PROFILES_MAX = 50_000


def _profile(db: Any, aid: int, cache: Profiles) -> tuple[set[str], set[str]]:
    p = cache.get(aid)
    if p is None:
        if len(cache) >= PROFILES_MAX:
            cache.clear()
        title, text, _ = _article(db, aid)
        p = cache[aid] = (_entities(db, aid), _lede_keys(title, text))
    return p


def score(ents_a: set[str], lede_a: set[str], ents_b: set[str], lede_b: set[str],
          cosine: float | None = None) -> float:
    """How likely two articles tell the same story: entity overlap and title-and-lede overlap,
    half each; with vectors, a third each and the rescaled cosine for the last third."""
    ent, lede = _jaccard(ents_a, ents_b), _jaccard(lede_a, lede_b)
    if cosine is None:
        return 0.5 * ent + 0.5 * lede
    sem = min(1.0, max(0.0, (cosine - COSINE_FLOOR) / (COSINE_CEIL - COSINE_FLOOR)))
    return (ent + lede + sem) / 3


def _vector(db: Any, aid: int) -> Any:
    row = db.execute("SELECT vec FROM vectors WHERE article_id = ? AND model = ?", (aid, VECTOR_MODEL)).fetchone()
    if row is None:
        return None
    import numpy as np

    return np.frombuffer(bytes(row[0]), dtype=np.float32)


def rebuild_stories(db: Any, cache: Profiles | None = None) -> int:
    """Clear the stories and assign every article again, in date order; returns how many stories
    of two or more articles there are. Run after `marsad embed` to bring vectors in."""
    cache = {} if cache is None else cache
    db.execute("DELETE FROM story_members")
    db.execute("DELETE FROM stories")
    db.execute("DELETE FROM story_keys")
    ids = [int(r[0]) for r in db.execute(
        "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id"
        " WHERE NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = a.id)"
        " AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)"
        " ORDER BY COALESCE(a.published, p.published), a.id")]
    done: set[int] = set()
    for aid in ids:
        assign_story(db, aid, cache, among=done)
        done.add(aid)
    return int(db.execute("SELECT COUNT(*) FROM stories WHERE size >= 2").fetchone()[0])


def assign_story(db: Any, aid: int, cache: Profiles | None = None, *, among: set[int] | None = None) -> int | None:
    """Put article `aid` into a story when an article of the last days tells the same one.

    `cache` (kept by the store handle) remembers the profiles of articles already compared;
    `among` (for a rebuild) limits the comparison to the articles already replayed."""
    cache = {} if cache is None else cache
    title, text, published = _article(db, aid)
    ents = _entities(db, aid)
    if not ents or not published:
        return None
    day = date.fromisoformat(published[:10])
    keys = sorted(ents)
    db.executemany("INSERT INTO story_keys (canonical_key, day, article_id) VALUES (?, ?, ?)"
                   " ON CONFLICT DO NOTHING", [(k, day.isoformat(), aid) for k in keys])
    lo, hi = (day - timedelta(days=WINDOW_DAYS)).isoformat(), (day + timedelta(days=WINDOW_DAYS)).isoformat()
    marks = ", ".join("?" * len(keys))
    cands = [int(r[0]) for r in db.execute(
        f"SELECT DISTINCT article_id FROM story_keys WHERE canonical_key IN ({marks})"
        f" AND day BETWEEN ? AND ? AND article_id <> ? ORDER BY article_id DESC LIMIT ?",
        (*keys, lo, hi, aid, MAX_CANDIDATES))]
    if among is not None:
        cands = [c for c in cands if c in among]
    lede = _lede_keys(title, text)
    cache[aid] = (ents, lede)
    vec = _vector(db, aid)
    best: tuple[float, int] | None = None
    for c in cands:
        c_ents, c_lede = _profile(db, c, cache)
        c_vec = _vector(db, c) if vec is not None else None
        s = score(ents, lede, c_ents, c_lede, float(vec @ c_vec) if c_vec is not None else None)
        if s >= THRESHOLD and (best is None or s > best[0]):
            best = (s, c)
    if best is None:
        return None
    row = db.execute("SELECT story_id FROM story_members WHERE article_id = ?", (best[1],)).fetchone()
    if row:
        story = int(row[0])
    else:
        story = int(db.execute("INSERT INTO stories (label, first_date, last_date, size) VALUES (?, ?, ?, 0)"
                               " RETURNING id", (None, None, None)).fetchone()[0])
        db.execute("INSERT INTO story_members (article_id, story_id, score) VALUES (?, ?, ?)", (best[1], story, 1.0))
    db.execute("INSERT INTO story_members (article_id, story_id, score) VALUES (?, ?, ?)", (aid, story, best[0]))
    _refresh(db, story, cache)
    return story


def _refresh(db: Any, story: int, cache: Profiles | None = None) -> None:
    """Recompute a story's size, date range and label (its most central title). `cache`: the
    members' profiles, when known (their lede keys are not computed again)."""
    info: dict[int, tuple[str | None, str, str | None]] = {
        int(r[0]): (r[1], r[2], r[3]) for r in db.execute(
            "SELECT a.id, a.title, a.text, COALESCE(a.published, p.published) FROM story_members m"
            " JOIN articles a ON a.id = m.article_id JOIN pages p ON p.id = a.page_id"
            " WHERE m.story_id = ?", (story,))}
    members = list(info)
    dates = sorted(d[:10] for _, _, d in info.values() if d)
    known = cache if cache is not None else {}
    ledes = {m: known[m][1] if m in known else _lede_keys(t, x) for m, (t, x, _) in info.items()}
    central = max(members, key=lambda m: (sum(_jaccard(ledes[m], ledes[o]) for o in members if o != m), -m))
    title, text, _ = info[central]
    label = title or text[:80]
    db.execute("UPDATE stories SET label = ?, label_article = ?, first_date = ?, last_date = ?, size = ?"
               " WHERE id = ?", (label, central, dates[0] if dates else None, dates[-1] if dates else None,
                                 len(members), story))

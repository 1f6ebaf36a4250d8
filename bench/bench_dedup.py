"""Dedup benchmarks on SaudiNewsNet (issue: dedup-stories).

1. MinHash signatures + LSH banding for all 31,030 articles on one core (target < 20 s).
2. Growth: the corpus replicated with perturbations (word drops and swaps) to 10× its size;
   time for 1× versus 10× (target: within 12×).
3. The store: ingest the corpus (no analysis) into SQLite and report exact and near-duplicate
   groups, and the share of the store taken by the persisted index (target ≤ 30%).
4. A sample of 50 random near-duplicate pairs at the threshold, written out for a hand check.

usage: .venv/bin/python bench/bench_dedup.py [--scale 10] [--skip-store]
Writes bench/results/dedup.md and bench/results/dedup-pairs.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def load_texts() -> list[dict[str, str]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def perturb(text: str, rng: random.Random) -> str:
    """A copy with about 5% of its words dropped and 2% swapped with a neighbour."""
    words = text.split()
    out = [w for w in words if rng.random() > 0.05]
    for i in range(len(out) - 1):
        if rng.random() < 0.02:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def minhash_lsh(texts: list[str]) -> tuple[float, int]:
    """Seconds (process time) for signatures + LSH buckets of all texts; candidate pairs found."""
    from marsad.dedup.minhash import band_keys, signature

    t0 = time.process_time()
    buckets: dict[int, list[int]] = defaultdict(list)
    pairs = 0
    for i, text in enumerate(texts):
        sig = signature(text)
        if sig is None:
            continue
        seen: set[int] = set()
        for k in band_keys(sig):
            b = buckets[k]
            seen.update(b)
            b.append(i)
        pairs += len(seen)
    return time.process_time() - t0, pairs


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def store_report(records: list[dict[str, str]], db_path: str) -> dict[str, object]:
    from marsad.ingest import ingest
    from marsad.pipeline import Options
    from marsad.store import open_store

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        src = f.name
    store = open_store(db_path)
    t0 = time.perf_counter()
    summary = ingest([src], store, Options(analyse=False))
    store.close()
    secs = time.perf_counter() - t0
    os.unlink(src)
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = os.path.getsize(db_path)
    try:
        sizes = dict(db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall())
    except sqlite3.OperationalError:
        sizes = {}
    index = sum(v for k, v in sizes.items() if k in ("minhash", "lsh_bands", "near_duplicates")
                or k.startswith(("sqlite_autoindex_lsh_bands", "near_duplicates_original", "articles_text_hash")))
    groups = db.execute("SELECT kind, COUNT(DISTINCT original_id), COUNT(*) FROM near_duplicates"
                        " GROUP BY kind").fetchall()
    return {"seconds": secs, "stored": summary.stored, "already_seen": summary.already_seen, "db_bytes": total,
            "index_bytes": index, "groups": {k: {"groups": g, "members": m} for k, g, m in groups}}


def sample_pairs(db_path: str, n: int, seed: int) -> list[dict[str, object]]:
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT d.article_id, d.original_id, d.similarity FROM near_duplicates d"
                      " WHERE d.kind = 'near'").fetchall()
    rng = random.Random(seed)
    out = []
    for aid, oid, sim in rng.sample(rows, min(n, len(rows))):
        a = db.execute("SELECT a.title, substr(a.text, 1, 160), p.source FROM articles a JOIN pages p"
                       " ON p.id = a.page_id WHERE a.id = ?", (aid,)).fetchone()
        o = db.execute("SELECT a.title, substr(a.text, 1, 160), p.source FROM articles a JOIN pages p"
                       " ON p.id = a.page_id WHERE a.id = ?", (oid,)).fetchone()
        out.append({"member": aid, "original": oid, "similarity": sim, "a": a, "o": o})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--skip-store", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"skipped: {CORPUS} is absent")
    records = load_texts()
    texts = [r["content"] for r in records]
    t1, c1 = minhash_lsh(texts)
    print(f"1x: {len(texts)} articles, {t1:.1f}s, {c1} candidate pairs", flush=True)
    rng = random.Random(7)
    big = texts + [perturb(t, rng) for _ in range(args.scale - 1) for t in texts]
    tn, _ = minhash_lsh(big)
    print(f"{args.scale}x: {len(big)} articles, {tn:.1f}s ({tn / t1:.1f}x the time)", flush=True)
    lines = ["# Dedup benchmark (SaudiNewsNet)", "",
             f"- machine: {cpu_model()}, {os.cpu_count()} cores (one used), Python {platform.python_version()}",
             f"- command: `.venv/bin/python bench/bench_dedup.py --scale {args.scale}`",
             "- MinHash: rensa RMinHash, 128 permutations over word 3-grams of search keys (folded, "
             "clitic-stripped); LSH 16 bands × 8 rows; process time", "",
             "| articles | seconds | ratio |", "|---:|---:|---:|",
             f"| {len(texts)} | {t1:.1f} | 1.0 |",
             f"| {len(big)} (×{args.scale}, perturbed) | {tn:.1f} | {tn / t1:.1f} |"]
    if not args.skip_store:
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "dedup.db")
            rep = store_report(records, path)
            print(json.dumps(rep), flush=True)
            pairs = sample_pairs(path, 50, 11)
        share = rep["index_bytes"] / rep["db_bytes"]  # type: ignore[operator]
        lines += ["", "## In the store (ingest without analysis)", "",
                  f"- pages stored {rep['stored']}, exact page copies skipped {rep['already_seen']}",
                  f"- duplicate groups: {json.dumps(rep['groups'], ensure_ascii=False)}",
                  f"- store {rep['db_bytes'] / 1e6:.1f} MB, persisted dedup index {rep['index_bytes'] / 1e6:.1f} MB "
                  f"({share:.0%} of the store)"]
        plines = ["# 50 random near-duplicate pairs at the default threshold (0.8)", ""]
        for i, p in enumerate(pairs, 1):
            a, o = p["a"], p["o"]
            plines += [f"{i}. sim {p['similarity']:.2f} — member {p['member']} ({a[2]}): {a[0]}",  # type: ignore[index]
                       f"   > {' '.join(str(a[1]).split())}",  # type: ignore[index]
                       f"   original {p['original']} ({o[2]}): {o[0]}",  # type: ignore[index]
                       f"   > {' '.join(str(o[1]).split())}"]  # type: ignore[index]
        (REPO / "bench" / "results" / "dedup-pairs.md").write_text("\n".join(plines) + "\n", encoding="utf-8")
    (REPO / "bench" / "results" / "dedup.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Listings over the annotation tables: entities, figures and events across the store.

Plain, portable SQL over a DB-API connection with `?` placeholders; names are compared on
their folded forms (`fold_words`), so «الإسرائيلي» and «الاسرائيلي» are one.
"""

from __future__ import annotations

import json
from typing import Any

from marsad.clean.normalize import fold_words
from marsad.model import countries_of


def _within(name: str, found: str) -> bool:
    """`name` equals `found` or stands as whole words inside it, after folding."""
    n, f = fold_words(name), fold_words(found)
    return bool(n) and (n == f or f" {n} " in f" {f} ")


def top_entities(db: Any, *, label: str | None = None, top: int = 50) -> list[dict[str, Any]]:
    """Canonical entities with mention and article counts, most mentioned first."""
    sql = ("SELECT e.canonical_key, e.label, COUNT(*) AS mentions, COUNT(DISTINCT e.article_id) AS articles,"
           " MIN(e.canonical) FROM entities e")
    args: list[Any] = []
    if label:
        sql += " WHERE e.label = ?"
        args.append(label.upper())
    sql += " GROUP BY e.canonical_key, e.label ORDER BY mentions DESC, e.canonical_key LIMIT ?"
    args.append(top)
    rows = db.execute(sql, args).fetchall()
    out = []
    for key, lab, mentions, articles, _ in rows:
        name = db.execute("SELECT canonical FROM entities WHERE canonical_key = ? AND label = ?"
                          " GROUP BY canonical ORDER BY COUNT(*) DESC, canonical LIMIT 1", (key, lab)).fetchone()[0]
        out.append({"canonical": name, "label": lab, "mentions": mentions, "articles": articles})
    return out


_ARTICLE_COLS = ("a.id, a.page_id, COALESCE(a.title, ''), COALESCE(a.published, p.published),"
                 " COALESCE(a.publisher, p.source)")


def _dates(sql: str, args: list[Any], date_from: str | None, date_to: str | None, col: str) -> str:
    if date_from:
        sql += f" AND {col} >= ?"
        args.append(date_from)
    if date_to:
        sql += f" AND {col} <= ?"
        args.append(date_to + "-99" * (2 - date_to.count("-")))
    return sql


def list_figures(db: Any, *, category: str | None = None, reported_by: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Figures with their article, date and reporter, grouped by category and date so that
    competing claims for the same category and period sit side by side."""
    sql = ("SELECT f.value, f.value_is_int, f.qualifier, f.category, f.unit, f.reported_by, f.text, "
           + _ARTICLE_COLS + " FROM figures f JOIN articles a ON a.id = f.article_id"
           " JOIN pages p ON p.id = a.page_id WHERE 1 = 1")
    args: list[Any] = []
    if category:
        sql += " AND f.category = ?"
        args.append(category)
    sql = _dates(sql, args, date_from, date_to, "COALESCE(a.published, p.published)")
    sql += " ORDER BY f.category, COALESCE(a.published, p.published), f.value DESC"
    out = []
    for v, is_int, qual, cat, unit, rep, text, aid, pid, title, pub, publisher in db.execute(sql, args):
        if reported_by and not (rep and _within(reported_by, rep)):
            continue
        out.append({"value": int(v) if is_int else v, "qualifier": qual, "category": cat, "unit": unit,
                    "reported_by": rep, "text": text, "article_id": aid, "page_id": pid, "title": title,
                    "published": pub, "publisher": publisher})
        if len(out) >= limit:
            break
    return out


def list_events(db: Any, *, type_: str | None = None, actor: str | None = None, location: str | None = None,
                date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                limit: int = 100) -> list[dict[str, Any]]:
    """Events with their article and publisher, newest first, filtered by type, actor (source or
    target), location, date (the event's own date, else its article's) and country (of an actor or
    of the place)."""
    sql = ("SELECT e.type, e.mode, e.source, e.target, e.location, e.date, e.negated, e.hedged, e.trigger,"
           " e.claimed_by, e.\"start\", e.\"end\", e.countries, e.location_country, e.background, e.idx, p.url,"
           " a.text, "
           + _ARTICLE_COLS +
           " FROM events e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id WHERE 1 = 1")
    args: list[Any] = []
    if type_:
        sql += " AND e.type = ?"
        args.append(type_.upper())
    sql = _dates(sql, args, date_from, date_to, "COALESCE(e.date, a.published, p.published)")
    sql += " ORDER BY COALESCE(e.date, a.published, p.published) DESC, a.id, e.idx"
    out = []
    for (typ, mode, src, tgt, loc, date, neg, hedged, trig, claimed, s, e, ctry, loc_ctry, back, idx, url, text, aid,
         pid, title, pub, publisher) in db.execute(sql, args):
        source, target, countries = json.loads(src), json.loads(tgt), json.loads(ctry or "{}")
        if actor and not any(_within(actor, x) for x in source + target):
            continue
        if location and not (loc and _within(location, loc)):
            continue
        if country and not any(_within(country, c) for c in [*countries.values(), loc_ctry or ""] if c):
            continue
        out.append({"type": typ, "mode": mode, "source": source, "target": target, "location": loc,
                    "source_country": countries_of(countries, source),
                    "target_country": countries_of(countries, target),
                    "location_country": loc_ctry, "countries": countries,
                    "date": date, "negated": bool(neg), "hedged": bool(hedged), "background": bool(back),
                    "trigger": trig,
                    "claimed_by": claimed, "sentence": text[s:e], "article_id": aid, "page_id": pid,
                    "title": title, "published": pub, "publisher": publisher, "idx": idx, "url": url})
        if len(out) >= limit:
            break
    return out


def _article_info(db: Any, aid: int) -> dict[str, Any]:
    row = db.execute("SELECT " + _ARTICLE_COLS + ", a.role, p.url FROM articles a JOIN pages p ON p.id = a.page_id"
                     " WHERE a.id = ?", (aid,)).fetchone()
    return {"article_id": row[0], "page_id": row[1], "title": row[2], "published": row[3], "publisher": row[4],
            "role": row[5], "url": row[6]}


def list_duplicates(db: Any, *, limit: int = 100) -> list[dict[str, Any]]:
    """Near-duplicate groups, largest first: the original article and each member with its
    similarity to it and whether it is an exact or a near copy."""
    groups = db.execute("SELECT original_id, COUNT(*) AS n FROM near_duplicates GROUP BY original_id"
                        " ORDER BY n DESC, original_id LIMIT ?", (limit,)).fetchall()
    out = []
    for original, _ in groups:
        members = []
        for aid, sim, kind in db.execute("SELECT article_id, similarity, kind FROM near_duplicates"
                                         " WHERE original_id = ? ORDER BY article_id", (original,)):
            members.append({**_article_info(db, aid), "similarity": round(sim, 3), "kind": kind})
        out.append({"original": _article_info(db, original), "members": members})
    return out


def list_stories(db: Any, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
                 limit: int = 50, min_size: int = 2) -> list[dict[str, Any]]:
    """Stories, largest first, with their label, date range, outlets and member articles."""
    sql = "SELECT id, label, label_article, first_date, last_date, size FROM stories WHERE size >= ?"
    args: list[Any] = [min_size]
    if date_from:
        sql += " AND last_date >= ?"
        args.append(date_from)
    if date_to:
        sql += " AND first_date <= ?"
        args.append(date_to + "-99" * (2 - date_to.count("-")))
    sql += " ORDER BY size DESC, last_date DESC, id"
    out = []
    for sid, label, label_article, first, last, size in db.execute(sql, args).fetchall():
        members = [_article_info(db, int(r[0])) for r in db.execute(
            "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY article_id", (sid,))]
        if entity:
            ids = [m["article_id"] for m in members]
            marks = ", ".join("?" * len(ids))
            names = [r[0] for r in db.execute(f"SELECT DISTINCT canonical FROM entities WHERE article_id IN ({marks})",
                                              ids)]
            if not any(_within(entity, n) for n in names):
                continue
        outlets = sorted({m["publisher"] for m in members if m["publisher"]})
        out.append({"id": sid, "label": label, "label_article": label_article, "first_date": first,
                    "last_date": last, "size": size, "outlets": outlets, "members": members})
        if len(out) >= limit:
            break
    return out

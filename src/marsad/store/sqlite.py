"""The SQLite store: WAL mode, FTS5 search over precomputed keys.

Each page is stored in its own transaction, or, inside `batch()`, in its own savepoint of a
transaction that groups up to BATCH_PAGES pages (or BATCH_SECONDS): a page that fails is rolled
back alone, and the pages before it are kept.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.dedup.links import link_article
from marsad.dedup.minhash import DEFAULT_THRESHOLD, keys_hash
from marsad.dedup.stories import Profiles, assign_story, rebuild_stories
from marsad.errors import QueryError, StoreError
from marsad.model import Article, Entity, Event, Figure, InputInfo, Page, Quote, Removed, TimeExpr
from marsad.store import reports, vectors
from marsad.store import schema as S
from marsad.store.base import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, SearchHit
from marsad.store.fts import DRAIN_QUEUE, FLUSH_EVERY, FTS_DDL, QUEUE_ROW, article_terms, search_sql
from marsad.store.query import like_escape, name_key, parse_query
from marsad.store.snippets import lead, snippet

MIN_PREFIX = 6
BATCH_PAGES = 100  # pages a transaction of `batch()` holds at most
BATCH_SECONDS = 1.0  # and the longest it stays open (other handles see its pages once committed)
CACHE_KIB = 16_384  # SQLite's page cache: fixed, so memory stays flat

# What a batch has written so far, to write again if SQLite rolls the whole transaction back.
_Step = tuple[Page, str | None] | tuple[str, str, str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A store in one SQLite file (or `:memory:`)."""

    def __init__(self, path: str | os.PathLike[str], *, dedup_threshold: float = DEFAULT_THRESHOLD) -> None:
        self.path = str(path)
        self.dedup_threshold = dedup_threshold
        self._story_profiles: Profiles = {}
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self._db.execute("PRAGMA temp_store=MEMORY")
            self._queued = 0
            self._flushed_at: object = None  # the store version at this handle's last `flush_since`
            self._batch: list[_Step] | None = None
            self._batch_started = 0.0
            self._migrate()
            self.flush()
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front (BEGIN IMMEDIATE) and rolled back on any error;
        inside a batch's open transaction, a savepoint, rolled back alone on any error."""
        db = self._db
        if db.in_transaction:
            db.execute("SAVEPOINT step")
            try:
                yield db
            except BaseException:
                if db.in_transaction:  # else SQLite has rolled the whole transaction back
                    db.execute("ROLLBACK TO step")
                    db.execute("RELEASE step")
                raise
            db.execute("RELEASE step")
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _migrate(self) -> None:
        db = self._db
        db.execute(S.META)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > S.SCHEMA_VERSION:
            raise StoreError(
                f"the store at {self.path} has schema version {version}, newer than this marsad"
                f" ({S.SCHEMA_VERSION}): upgrade marsad"
            )
        for v in range(version + 1, S.SCHEMA_VERSION + 1):
            with self._tx():
                for stmt in S.MIGRATIONS[v - 1] + FTS_DDL.get(v, []):
                    db.execute(stmt)
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(v),),
                )
        if db.execute("SELECT 1 FROM meta WHERE key = 'store_id'").fetchone() is None:
            # A random name, so that caches keyed by path and version tell stores apart; best
            # effort: a store that cannot be written is read without one.
            with suppress(sqlite3.OperationalError), self._tx():
                db.execute(S.INSERT_STORE_ID, (secrets.token_hex(8),))

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- writing ----------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group the pages (and rejections) stored inside into few transactions: one savepoint
        each, committed every BATCH_PAGES pages or BATCH_SECONDS, and at the end, also when
        leaving on an error. A page that fails is rolled back alone; the ones before it stay."""
        if self._batch is not None:  # nested: the outer batch commits
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            try:
                self._commit_batch()
            finally:
                self._batch = None

    def _open_batch(self, what: str) -> None:
        """Open the batch's transaction when needed, before a page or rejection is written."""
        if not self._db.in_transaction:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"cannot store {what}: {e}") from e
            self._batch_started = time.monotonic()

    def _stepped(self, step: _Step) -> None:
        """A page or rejection is written in the batch's transaction: commit when it is full."""
        batch = self._batch
        assert batch is not None
        batch.append(step)
        if len(batch) >= BATCH_PAGES or time.monotonic() - self._batch_started >= BATCH_SECONDS:
            self._commit_batch()

    def _commit_batch(self) -> None:
        """Commit the batch's transaction (draining the index queue first when it is long)."""
        db = self._db
        batch = self._batch
        if batch is None or not db.in_transaction:
            return
        error: StoreError | None = None
        if self._queued >= FLUSH_EVERY:
            try:
                self.flush()  # in a savepoint: a failure leaves the queue for later
            except StoreError as e:
                error = e
        try:
            db.execute("COMMIT")
        except sqlite3.Error as e:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise StoreError(f"cannot store {len(batch)} pages: {e}") from e
        finally:
            batch.clear()
        if error is not None:
            raise error

    def _recover_batch(self) -> None:
        """After a failure that made SQLite roll the batch's whole transaction back (a full disk,
        an I/O error), write what it held again, so that only the failing page is lost."""
        batch = self._batch
        if not batch or self._db.in_transaction:
            return
        steps = list(batch)
        batch.clear()
        for step in steps:
            if isinstance(step[0], Page):
                self.add_page(step[0], source=step[1])
            else:
                self.add_rejected(*step)

    def add_page(self, page: Page, *, source: str | None = None) -> bool:
        """Store a page in one transaction (a savepoint, inside `batch()`); False (and the
        sighting recorded) when already stored."""
        if self._batch is not None:
            self._open_batch(f"page {page.id}")
        try:
            new = self._add_page(page, source)
        except BaseException:
            if self._batch is not None:
                self._recover_batch()
            raise
        if self._batch is not None:
            self._stepped((page, source))
        elif self._queued >= FLUSH_EVERY:
            self.flush()
        return new

    def _add_page(self, page: Page, source: str | None) -> bool:
        now = _now()
        inp = page.input
        sighting = (page.id, source or inp.path or "", inp.url or "", now)
        try:
            with self._tx() as db:
                cur = db.execute(
                    S.INSERT_PAGE,
                    (
                        page.id, inp.path, inp.url, inp.format, inp.encoding, page.published,
                        page.published_from, page.language, page.source,
                        name_key(page.source) if page.source else None, now,
                    ),
                )
                db.execute(S.INSERT_PAGE_SOURCE, sighting)
                if cur.rowcount == 0:
                    return False
                self._write_page_body(db, page)
        except sqlite3.Error as e:
            raise StoreError(f"cannot store page {page.id}: {e}") from e
        return True

    def flush_since(self, version: object) -> None:
        """`flush`, unless this handle flushed at the same store `version` (a queued index row
        comes with a new article, which changes the version): one statement less per search."""
        if version != getattr(self, "_flushed_at", None):
            self.flush()
            self._flushed_at = version

    def flush(self) -> None:
        """Move queued index rows (this handle's and any other's) into the search index."""
        try:
            if self._db.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone() is None:
                self._queued = 0
                return
            with self._tx() as db:
                for stmt in DRAIN_QUEUE + S.DRAIN_LSH_QUEUE:
                    db.execute(stmt)
            self._queued = 0
        except sqlite3.Error as e:
            raise StoreError(f"cannot update the search index: {e}") from e

    def refresh_search_lists(self) -> int | None:
        """Build or rebuild the ranked lists of the broadest search keys when the store has
        grown enough since (`marsad.store.postings.refresh`); the keys listed, or None."""
        from marsad.store import postings  # numpy: loaded by the commands that need it

        self.flush()
        try:
            return postings.refresh(self._db)
        except sqlite3.Error as e:
            raise StoreError(f"cannot build the search lists of {self.path}: {e}") from e

    def _write_page_body(self, db: sqlite3.Connection, page: Page) -> None:
        pid = page.id
        if page.related:
            db.executemany(S.INSERT_RELATED, [(pid, i, t) for i, t in enumerate(page.related)])
        if page.tags:
            db.executemany(S.INSERT_TAG, [(pid, i, t) for i, t in enumerate(page.tags)])
        if page.removed:
            db.executemany(S.INSERT_REMOVED, [(pid, i, r.reason, r.text) for i, r in enumerate(page.removed)])
        fts: list[tuple[int, str, str, str]] = []
        for idx, a in enumerate(page.articles):
            # The search keys, once: for the index, the exact hash (stored with the row) and MinHash.
            title_keys, text_keys, raw, keys = article_terms(a.title, a.text)
            h = keys_hash(keys)
            cur = db.execute(
                S.INSERT_ARTICLE_HASHED,
                (
                    pid, idx, a.role, a.title, a.publisher,
                    name_key(a.publisher) if a.publisher else None, a.published, a.text, page.language, h,
                ),
            )
            aid = cur.lastrowid
            assert aid is not None
            self._write_annotations(db, aid, a)
            fts.append((aid, title_keys, text_keys, raw))
            if link_article(db, aid, a.text, self.dedup_threshold, keys, queue=True, text_hash=h) is None \
                    and a.entities:
                assign_story(db, aid, self._story_profiles)
        if fts:
            db.executemany(QUEUE_ROW, fts)
            self._queued += len(fts)

    @staticmethod
    def _write_annotations(db: sqlite3.Connection, aid: int, a: Article) -> None:
        if a.entities:
            db.executemany(S.INSERT_ENTITY, [
                (aid, i, e.start, e.end, e.text, e.label, e.canonical, name_key(e.canonical), e.role)
                for i, e in enumerate(a.entities)
            ])
        if a.times:
            db.executemany(S.INSERT_TIME, [
                (aid, i, t.start, t.end, t.text, t.value, t.end_value, t.grain, t.kind, int(t.relative),
                 t.note)
                for i, t in enumerate(a.times)
            ])
        if a.figures:
            db.executemany(S.INSERT_FIGURE, [
                (aid, i, f.start, f.end, f.text, float(f.value), int(isinstance(f.value, int)), f.qualifier,
                 f.category, f.unit, f.reported_by)
                for i, f in enumerate(a.figures)
            ])
        if a.quotes:
            db.executemany(S.INSERT_QUOTE, [
                (aid, i, q.start, q.end, q.text, q.speaker, q.kind) for i, q in enumerate(a.quotes)
            ])
        if a.events:
            db.executemany(S.INSERT_EVENT, [
                (aid, i, e.start, e.end, e.type, e.mode, json.dumps(e.source, ensure_ascii=False),
                 json.dumps(e.target, ensure_ascii=False), e.location, e.date, int(e.negated), e.trigger,
                 int(e.hedged), e.claimed_by, json.dumps(e.countries, ensure_ascii=False), e.location_country,
                 int(e.background))
                for i, e in enumerate(a.events)
            ])

    def add_rejected(self, source: str, reason: str, detail: str = "") -> None:
        """Record an input that could not be used."""
        step = (source, reason, detail)
        if self._batch is not None:
            self._open_batch(f"rejected input {source}")
        try:
            with self._tx() as db:
                db.execute(S.INSERT_REJECTED, (source, reason, detail, _now()))
        except sqlite3.Error as e:
            if self._batch is not None:
                self._recover_batch()
            raise StoreError(f"cannot record rejected input {source}: {e}") from e
        if self._batch is not None:
            self._stepped(step)

    # -- reading ----------------------------------------------------------------------------

    def has_page(self, page_id: str) -> bool:
        """Whether a page with this exact id is stored."""
        return self._db.execute("SELECT 1 FROM pages WHERE id = ?", (page_id,)).fetchone() is not None

    def _resolve(self, ref: str) -> str | None:
        ref = ref.strip()
        if not ref:
            return None
        db = self._db
        if self.has_page(ref):
            return ref
        if (ref.isascii() and ref.isdigit()):
            row = db.execute("SELECT page_id FROM articles WHERE id = ?", (int(ref),)).fetchone()
            if row:
                return str(row[0])
        if len(ref) >= MIN_PREFIX:
            rows = db.execute(
                "SELECT id FROM pages WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 2",
                (like_escape(ref) + "%",),
            ).fetchall()
            if len(rows) > 1:
                raise QueryError(
                    f"Page id prefix {ref!r} is ambiguous: give more characters"
                    f" — بادئة المعرّف {ref!r} غامضة: أضف أحرفاً أخرى"
                )
            if rows:
                return str(rows[0][0])
        return None

    def get_page(self, ref: str) -> Page | None:
        """A whole page by id, unique id prefix (6+ chars) or article id; None when not found."""
        pid = self._resolve(ref)
        if pid is None:
            return None
        db = self._db
        row = db.execute(
            "SELECT id, input, url, format, encoding, published, published_from, language, source"
            " FROM pages WHERE id = ?",
            (pid,),
        ).fetchone()
        page = Page(
            id=row[0],
            input=InputInfo(path=row[1], url=row[2], format=row[3], encoding=row[4]),
            published=row[5], published_from=row[6], language=row[7], source=row[8],
        )
        page.related = [
            r[0] for r in db.execute("SELECT text FROM related WHERE page_id = ? ORDER BY idx", (pid,))
        ]
        page.tags = [r[0] for r in db.execute("SELECT tag FROM tags WHERE page_id = ? ORDER BY idx", (pid,))]
        page.removed = [
            Removed(text=r[1], reason=r[0])
            for r in db.execute("SELECT reason, text FROM removed WHERE page_id = ? ORDER BY idx", (pid,))
        ]
        arts: dict[int, Article] = {}
        for aid, role, title, publisher, published, text in db.execute(
            "SELECT id, role, title, publisher, published, text FROM articles WHERE page_id = ? ORDER BY idx",
            (pid,),
        ):
            arts[aid] = Article(role=role, title=title, text=text, publisher=publisher, published=published)
        page.articles = list(arts.values())
        self._read_annotations(pid, arts)
        return page

    def _read_annotations(self, pid: str, arts: dict[int, Article]) -> None:
        def rows(table: str, cols: str) -> list[Any]:
            return self._db.execute(
                f"SELECT article_id, {cols} FROM {table} WHERE article_id IN"
                " (SELECT id FROM articles WHERE page_id = ?) ORDER BY article_id, idx",
                (pid,),
            ).fetchall()

        for r in rows("entities", 'text, label, canonical, "start", "end", role'):
            arts[r[0]].entities.append(
                Entity(text=r[1], label=r[2], canonical=r[3], start=r[4], end=r[5], role=r[6])
            )
        for r in rows("times", 'text, value, grain, kind, "start", "end", end_value, relative, note'):
            arts[r[0]].times.append(
                TimeExpr(
                    text=r[1], value=r[2], grain=r[3], kind=r[4], start=r[5], end=r[6], end_value=r[7],
                    relative=bool(r[8]), note=r[9],
                )
            )
        for r in rows(
            "figures", 'text, value, value_is_int, qualifier, category, unit, reported_by, "start", "end"'
        ):
            arts[r[0]].figures.append(
                Figure(
                    text=r[1], value=int(r[2]) if r[3] else float(r[2]), qualifier=r[4], category=r[5],
                    unit=r[6], reported_by=r[7], start=r[8], end=r[9],
                )
            )
        for r in rows("quotes", 'text, speaker, "start", "end", kind'):
            arts[r[0]].quotes.append(Quote(text=r[1], speaker=r[2], start=r[3], end=r[4], kind=r[5]))
        for r in rows(
            "events",
            "type, mode, source, target, location, date, negated, trigger,"
            ' "start", "end", hedged, claimed_by, countries, location_country, background',
        ):
            arts[r[0]].events.append(
                Event(
                    type=r[1], mode=r[2], source=json.loads(r[3]), target=json.loads(r[4]), location=r[5],
                    date=r[6], negated=bool(r[7]), trigger=r[8], start=r[9], end=r[10], hedged=bool(r[11]),
                    claimed_by=r[12], countries=json.loads(r[13]), location_country=r[14], background=bool(r[15]),
                )
            )

    def page_sources(self, page_id: str) -> list[dict[str, Any]]:
        """Every input and URL the page's content was seen at, oldest first."""
        rows = self._db.execute(
            "SELECT input, url, seen_at FROM page_sources WHERE page_id = ? ORDER BY seen_at, rowid",
            (page_id,),
        ).fetchall()
        return [{"input": r[0] or None, "url": r[1] or None, "seen_at": r[2]} for r in rows]

    # -- search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        publisher: str | None = None,
        entity: str | None = None,
        limit: int = 20,
        marks: tuple[str, str] = (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE),
        collapse: bool = True,
    ) -> list[SearchHit]:
        """Articles matching `query` (see `marsad.store.query`), ranked by bm25, best first.

        With `collapse`, exact and near-duplicates of another article are left out (their
        group's original stands for them); without it, every copy is listed."""
        parsed = parse_query(query)
        self.flush()
        if limit < 1:
            raise QueryError("The limit must be at least 1 — يجب أن يكون الحد 1 على الأقل")
        sql, params = search_sql(
            parsed.fts(), date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
            limit=limit, collapse=collapse,
        )
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            raise QueryError(f"The query cannot be run ({e}) — لا يمكن تنفيذ الاستعلام ({e})") from e
        is_hit = parsed.highlighter()
        hits = []
        for aid, pid, title, text, role, publisher_, source, a_pub, p_pub, rank in rows:
            hits.append(
                SearchHit(
                    article_id=aid, page_id=pid, title=title or lead(text),
                    snippet=snippet(text, is_hit, marks=marks), published=a_pub or p_pub,
                    publisher=publisher_ or source, role=role, score=-float(rank),
                )
            )
        return hits

    def hits_for(self, ids: list[int], query: str = "", *, date_from: str | None = None,
                 date_to: str | None = None, publisher: str | None = None, entity: str | None = None,
                 marks: tuple[str, str] = (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE)) -> list[SearchHit]:
        """Search hits for the given articles, in the given order, filtered like `search`;
        snippets mark the query's words where the article has them."""
        if not ids:
            return []
        try:
            is_hit = parse_query(query).highlighter()
        except QueryError:
            def is_hit(word: str) -> bool:
                return False
        wanted = set(ids)
        allowed = wanted
        if date_from or date_to or publisher or entity:
            sql, params = search_sql("", date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                                     limit=len(ids), collapse=False, match=False, ids=list(wanted))
            allowed = {int(r[0]) for r in self._db.execute(sql, params)} & wanted
        marks_sql = ", ".join("?" * len(ids))
        rows = {int(r[0]): r for r in self._db.execute(
            "SELECT a.id, a.page_id, a.title, a.text, a.role, a.publisher, p.source, a.published, p.published"
            f" FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN ({marks_sql})", ids)}
        out = []
        for aid in ids:
            if aid not in allowed or aid not in rows:
                continue
            _, pid, title, text, role, publisher_, source, a_pub, p_pub = rows[aid]
            out.append(SearchHit(article_id=aid, page_id=pid, title=title or lead(text),
                                 snippet=snippet(text, is_hit, marks=marks), published=a_pub or p_pub,
                                 publisher=publisher_ or source, role=role, score=0.0))
        return out

    def articles_without_vectors(self, model: str, limit: int | None = None) -> list[tuple[int, str | None, str]]:
        """Articles that have no vector from `model` yet."""
        return vectors.without_vectors(self._db, model, limit)

    def add_vectors(self, model: str, rows: list[tuple[int, Any]]) -> None:
        """Store article vectors in one transaction."""
        with self._tx() as db:
            vectors.add_vectors(db, model, rows)

    def load_vectors(self, model: str, *, collapse: bool = True) -> tuple[list[int], Any]:
        """Article ids and their vectors as a matrix."""
        return vectors.load_vectors(self._db, model, collapse=collapse)

    # -- reports ----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts and ranges describing what is stored."""
        db = self._db

        def one(sql: str) -> Any:
            return db.execute(sql).fetchone()[0]

        def counts(sql: str) -> dict[str, int]:
            return {str(k): int(n) for k, n in db.execute(sql)}

        lo, hi = db.execute(
            "SELECT MIN(COALESCE(a.published, p.published)), MAX(COALESCE(a.published, p.published))"
            " FROM articles a JOIN pages p ON p.id = a.page_id"
        ).fetchone()
        publishers = [
            {"publisher": k, "articles": n}
            for k, n in db.execute(
                "SELECT COALESCE(a.publisher, p.source) AS pub, COUNT(*) AS n FROM articles a"
                " JOIN pages p ON p.id = a.page_id WHERE COALESCE(a.publisher, p.source) IS NOT NULL"
                " GROUP BY pub ORDER BY n DESC, pub LIMIT 10"
            )
        ]
        size = 0
        if self.path != ":memory:":
            for suffix in ("", "-wal"):
                p = Path(self.path + suffix)
                if p.exists():
                    size += p.stat().st_size
        return {
            "pages": one("SELECT COUNT(*) FROM pages"),
            "page_sightings": one("SELECT COUNT(*) FROM page_sources"),
            "articles": counts("SELECT role, COUNT(*) FROM articles GROUP BY role ORDER BY role"),
            "languages": counts("SELECT language, COUNT(*) FROM pages GROUP BY language ORDER BY language"),
            "rejected": counts("SELECT reason, COUNT(*) FROM rejected GROUP BY reason ORDER BY reason"),
            "removed": counts("SELECT reason, COUNT(*) FROM removed GROUP BY reason ORDER BY reason"),
            "publishers": publishers,
            "date_range": {"from": lo, "to": hi},
            "annotations": {t: one(f"SELECT COUNT(*) FROM {t}") for t in S.ANNOTATION_TABLES},
            "db_bytes": size,
            "schema_version": self.schema_version,
        }

    def entities(self, *, label: str | None = None, top: int = 50) -> list[dict[str, Any]]:
        """Canonical entities with mention counts across the store."""
        return reports.top_entities(self._db, label=label, top=top)

    def figures(self, **filters: Any) -> list[dict[str, Any]]:
        """Figures with article, date and reporter (see `reports.list_figures`)."""
        return reports.list_figures(self._db, **filters)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events with article and publisher (see `reports.list_events`)."""
        return reports.list_events(self._db, **filters)

    def duplicates(self, limit: int = 100) -> list[dict[str, Any]]:
        """Near-duplicate groups: the original, its members and their similarity."""
        return reports.list_duplicates(self._db, limit=limit)

    def stories(self, **filters: Any) -> list[dict[str, Any]]:
        """Stories, largest first (see `reports.list_stories`)."""
        return reports.list_stories(self._db, **filters)

    def rebuild_stories(self) -> int:
        """Cluster every stored article into stories again (vectors join in where they exist)."""
        with self._tx() as db:
            return rebuild_stories(db, self._story_profiles)

    def rejected(self, limit: int = 100) -> list[dict[str, Any]]:
        """The most recent rejected inputs, newest first."""
        rows = self._db.execute(
            "SELECT id, input, reason, detail, at FROM rejected ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [{"id": r[0], "input": r[1], "reason": r[2], "detail": r[3], "at": r[4]} for r in rows]

    def close(self) -> None:
        """Commit an open batch, index what is queued and close the connection (checkpointing the WAL)."""
        with suppress(StoreError, sqlite3.ProgrammingError):  # already closed, or left for the next open
            self._commit_batch()
        with suppress(StoreError):
            self.flush()
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

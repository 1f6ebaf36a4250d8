"""The relational schema, as portable SQL, and its migrations.

Every backend applies `MIGRATIONS[v - 1]` for each version `v` above the one recorded in
`meta.schema_version`, in one transaction, then records the new version. Backend-specific
objects (the SQLite FTS5 table) are added by the backend at the same version. Only
`INTEGER PRIMARY KEY` (auto-numbered ids) needs rewriting for PostgreSQL (identity columns).
"""

from __future__ import annotations

SCHEMA_VERSION = 7

META = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
INSERT_STORE_ID = "INSERT INTO meta (key, value) VALUES ('store_id', ?) ON CONFLICT (key) DO NOTHING"

_V1: list[str] = [
    """CREATE TABLE pages (
        id TEXT PRIMARY KEY,
        input TEXT,
        url TEXT,
        format TEXT NOT NULL,
        encoding TEXT,
        published TEXT,
        published_from TEXT,
        language TEXT NOT NULL,
        source TEXT,
        source_key TEXT,
        ingested_at TEXT NOT NULL
    )""",
    """CREATE TABLE page_sources (
        page_id TEXT NOT NULL REFERENCES pages(id),
        input TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        seen_at TEXT NOT NULL,
        PRIMARY KEY (page_id, input, url)
    )""",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        page_id TEXT NOT NULL REFERENCES pages(id),
        idx INTEGER NOT NULL,
        role TEXT NOT NULL,
        title TEXT,
        publisher TEXT,
        publisher_key TEXT,
        published TEXT,
        text TEXT NOT NULL,
        language TEXT NOT NULL,
        UNIQUE (page_id, idx)
    )""",
    """CREATE TABLE related (
        page_id TEXT NOT NULL REFERENCES pages(id), idx INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (page_id, idx)
    )""",
    """CREATE TABLE tags (
        page_id TEXT NOT NULL REFERENCES pages(id), idx INTEGER NOT NULL, tag TEXT NOT NULL,
        PRIMARY KEY (page_id, idx)
    )""",
    """CREATE TABLE removed (
        page_id TEXT NOT NULL REFERENCES pages(id), idx INTEGER NOT NULL, reason TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (page_id, idx)
    )""",
    """CREATE TABLE entities (
        article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
        canonical TEXT NOT NULL, canonical_key TEXT NOT NULL, role TEXT,
        PRIMARY KEY (article_id, idx)
    )""",
    "CREATE INDEX entities_canonical_key ON entities(canonical_key)",
    """CREATE TABLE times (
        article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
        end_value TEXT, grain TEXT NOT NULL, kind TEXT NOT NULL, relative INTEGER NOT NULL,
        note TEXT,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE figures (
        article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL,
        value_is_int INTEGER NOT NULL, qualifier TEXT NOT NULL, category TEXT NOT NULL, unit TEXT,
        reported_by TEXT,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE quotes (
        article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT,
        kind TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE events (
        article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
        source TEXT NOT NULL, target TEXT NOT NULL, location TEXT, date TEXT,
        negated INTEGER NOT NULL, trigger TEXT NOT NULL, hedged INTEGER NOT NULL, claimed_by TEXT,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE rejected (
        id INTEGER PRIMARY KEY, input TEXT NOT NULL, reason TEXT NOT NULL,
        detail TEXT NOT NULL, at TEXT NOT NULL
    )""",
]

# Version 2: duplicates (exact hash, MinHash signatures, LSH band keys, groups) and stories.
_V2: list[str] = [
    "ALTER TABLE articles ADD COLUMN text_hash TEXT",
    "CREATE INDEX articles_text_hash ON articles(text_hash)",
    "CREATE TABLE minhash (article_id INTEGER PRIMARY KEY REFERENCES articles(id), sig BLOB NOT NULL)",
    """CREATE TABLE lsh_bands (
        band_key BIGINT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band_key, article_id)
    )""",
    """CREATE TABLE near_duplicates (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        original_id INTEGER NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL, kind TEXT NOT NULL
    )""",
    "CREATE INDEX near_duplicates_original ON near_duplicates(original_id)",
    """CREATE TABLE stories (
        id INTEGER PRIMARY KEY, label TEXT, label_article INTEGER, first_date TEXT, last_date TEXT,
        size INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE story_members (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id), story_id INTEGER NOT NULL REFERENCES stories(id),
        score REAL NOT NULL
    )""",
    "CREATE INDEX story_members_story ON story_members(story_id)",
    """CREATE TABLE vectors (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id), model TEXT NOT NULL, vec BLOB NOT NULL
    )""",
]

# Version 3: new LSH band keys wait in an append-only queue, drained into `lsh_bands` in sorted
# batches (random inserts into the band index, page by page, cost more than all the rest).
_V3: list[str] = [
    "CREATE TABLE lsh_queue (band_key BIGINT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id))",
    "CREATE INDEX lsh_queue_key ON lsh_queue(band_key)",
]

# Version 4: entities by canonical key with their article in the index itself, so that a story's
# candidates (articles sharing an entity: `dedup.stories.assign_story`) are found without reading
# every entity row of a common name (21.7 -> 12.9 ms an article on a 10,000-article store).
_V4: list[str] = [
    "CREATE INDEX entities_key_article ON entities(canonical_key, article_id)",
    "DROP INDEX entities_canonical_key",
]

# Version 5: a story's candidates by entity and day. v4 still read every entity row of a common name
# (and each row's article and page for its date): 20 ms an article on a 10,000-article store, growing
# with the store. `story_keys` holds, for each article that stories compare (not a duplicate, dated,
# with PER/ORG/LOC entities), its entity keys with its day, written by `assign_story`: the candidates
# are a range of the key's index, as many as the window's days hold, whatever the size of the store.
_V5: list[str] = [
    """CREATE TABLE story_keys (
        canonical_key TEXT NOT NULL, day TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (canonical_key, day, article_id)
    )""",
    "INSERT INTO story_keys (canonical_key, day, article_id)"
    " SELECT DISTINCT e.canonical_key, substr(COALESCE(a.published, p.published), 1, 10), e.article_id"
    " FROM entities e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id"
    " WHERE e.label IN ('PER', 'ORG', 'LOC') AND length(COALESCE(a.published, p.published)) >= 10"
    " AND NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = e.article_id)",
]

# Version 6 adds, in SQLite alone, the ranked lists of the broadest search keys (`store.fts.FTS_DDL`).
_V6: list[str] = []

# Version 7: each event's actor countries (a JSON object, actor → country), its place's country and
# whether it is told as background. Events stored before it have none until their page is ingested again.
_V7: list[str] = [
    "ALTER TABLE events ADD COLUMN countries TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE events ADD COLUMN location_country TEXT",
    "ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7]

DRAIN_LSH_QUEUE = [
    "INSERT INTO lsh_bands (band_key, article_id) SELECT band_key, article_id FROM lsh_queue"
    " ORDER BY band_key, article_id ON CONFLICT DO NOTHING",
    "DELETE FROM lsh_queue",
]

# Statements, shared by backends, that write one page. Placeholders are `?`.
INSERT_PAGE = (
    "INSERT INTO pages (id, input, url, format, encoding, published, published_from, language,"
    " source, source_key, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO NOTHING"
)
INSERT_PAGE_SOURCE = (
    "INSERT INTO page_sources (page_id, input, url, seen_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (page_id, input, url) DO NOTHING"
)
INSERT_ARTICLE = (
    "INSERT INTO articles (page_id, idx, role, title, publisher, publisher_key, published, text,"
    " language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The same with the exact-duplicate hash (`keys_hash`), when it is known before the insert.
INSERT_ARTICLE_HASHED = (
    "INSERT INTO articles (page_id, idx, role, title, publisher, publisher_key, published, text,"
    " language, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_RELATED = "INSERT INTO related (page_id, idx, text) VALUES (?, ?, ?)"
INSERT_TAG = "INSERT INTO tags (page_id, idx, tag) VALUES (?, ?, ?)"
INSERT_REMOVED = "INSERT INTO removed (page_id, idx, reason, text) VALUES (?, ?, ?, ?)"
INSERT_ENTITY = (
    'INSERT INTO entities (article_id, idx, "start", "end", text, label, canonical, canonical_key,'
    " role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_TIME = (
    'INSERT INTO times (article_id, idx, "start", "end", text, value, end_value, grain, kind,'
    " relative, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_FIGURE = (
    'INSERT INTO figures (article_id, idx, "start", "end", text, value, value_is_int, qualifier,'
    " category, unit, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_QUOTE = (
    'INSERT INTO quotes (article_id, idx, "start", "end", text, speaker, kind)'
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
INSERT_EVENT = (
    'INSERT INTO events (article_id, idx, "start", "end", type, mode, source, target, location,'
    " date, negated, trigger, hedged, claimed_by, countries, location_country, background)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_REJECTED = "INSERT INTO rejected (input, reason, detail, at) VALUES (?, ?, ?, ?)"

ANNOTATION_TABLES = ("entities", "times", "figures", "quotes", "events")

"""Builds the test store: the repo's examples, a hand-made page with every kind of span
(events included), and pages carrying script and onerror payloads in text, title and names."""

from __future__ import annotations

from pathlib import Path

from marsad.ingest import ingest, ingest_documents
from marsad.model import Article, Entity, Event, Figure, InputInfo, Page, Quote, TimeExpr
from marsad.pipeline import Options
from marsad.read import RawDocument
from marsad.store import open_store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

SCRIPT = '<script>window.__xss=1;alert("xss")</script>'
IMG = '"><img src=x onerror="window.__xss=2">'
XSS_TEXT = (
    f"هاجم مسلحون قرية في ريف حلب الشمالي صباح اليوم {SCRIPT} وقالت المصادر المحلية إن "
    f"\"الهجوم {IMG} كان عنيفا جدا\" وأضافت أن السكان نزحوا إلى القرى المجاورة بحثا عن الأمان "
    "بعد أن استمرت الاشتباكات ساعات طويلة في المنطقة الريفية القريبة من المدينة."
)
XSS_TITLE = '<script>window.__xss=3</script>هجوم على ريف حلب'
EVIL_NAME = '<img src=x onerror="window.__xss=4">'

SPAN_TEXT = (
    "أعلنت وزارة الصحة في غزة يوم 5 ديسمبر 2024 مقتل 27 شخصا على الأقل في قصف إسرائيلي. "
    "وقال أحمد المنصوري إن \"الوضع كارثي\". "
    f"وهاجمت قوات {EVIL_NAME} مواقع في رفح."
)


def analyse_available() -> bool:
    """Whether the extraction layers import (then examples are ingested with analysis)."""
    try:
        from marsad.extract.annotate import annotate_page  # noqa: F401
    except Exception:
        return False
    return True


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def span_page() -> Page:
    """A page whose spans we know exactly: entities (one with a hostile name), a time, a figure,
    a quote with a speaker, and two events."""
    t = SPAN_TEXT
    ents = []
    for part, label, canonical in [("وزارة الصحة", "ORG", "وزارة الصحة"), ("غزة", "LOC", "غزة"),
                                   ("أحمد المنصوري", "PER", "أحمد المنصوري"), (EVIL_NAME, "ORG", EVIL_NAME),
                                   ("رفح", "LOC", "رفح")]:
        s, e = _span(t, part)
        ents.append(Entity(text=part, label=label, canonical=canonical, start=s, end=e))
    ts, te = _span(t, "يوم 5 ديسمبر 2024")
    fs, fe = _span(t, "27")
    qs, qe = _span(t, "الوضع كارثي")
    s1 = t.index("أعلنت")
    s2 = t.index("وهاجمت")
    art = Article(
        role="main", title="حصيلة جديدة في غزة", text=t, publisher="وكالة الاختبار", published="2024-12-05",
        entities=ents,
        times=[TimeExpr(text=t[ts:te], value="2024-12-05", grain="day", kind="date", start=ts, end=te)],
        figures=[Figure(text="27", value=27, qualifier="at_least", category="killed", unit=None,
                        reported_by="وزارة الصحة", start=fs, end=fe)],
        quotes=[Quote(text="الوضع كارثي", speaker="أحمد المنصوري", start=qs, end=qe)],
        events=[
            Event(type="ASSAULT", mode=None, source=["إسرائيل"], target=["غزة"], location="غزة", date="2024-12-05",
                  negated=False, trigger="قصف", start=s1, end=t.index("وقال"),
                  countries={"إسرائيل": "إسرائيل", "غزة": "فلسطين"}, location_country="فلسطين"),
            Event(type="ASSAULT", mode=None, source=[EVIL_NAME], target=["رفح"], location="رفح", date="2024-12-04",
                  negated=False, trigger="هاجمت", start=s2, end=len(t)),
        ],
    )
    return Page(id="span0000000000000001", input=InputInfo(path="span.txt", format="txt", encoding="utf-8"),
                published="2024-12-05", language="ar", articles=[art], source="وكالة الاختبار")


def build_store(path: Path) -> dict[str, object]:
    """Ingest everything into a new store at `path`; returns ids the tests look for."""
    store = open_store(str(path))
    opts = Options(analyse=analyse_available())
    ingest([EXAMPLES], store, opts)
    store.add_page(span_page(), source="span.txt")
    ingest_documents([RawDocument("xss.txt", "txt", text=XSS_TEXT,
                                  meta={"title": XSS_TITLE, "published": "2024-12-06",
                                        "url": "javascript:alert(1)"})], store, opts)
    store.close()
    store = open_store(str(path))
    db = store._db  # type: ignore[attr-defined]
    span_article = db.execute("SELECT id FROM articles WHERE page_id = ?", ("span0000000000000001",)).fetchone()[0]
    xss_article = db.execute("SELECT id FROM articles WHERE text LIKE ?", ("%window.__xss=1%",)).fetchone()[0]
    xss_page = db.execute("SELECT page_id FROM articles WHERE id = ?", (xss_article,)).fetchone()[0]
    n_articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    store.close()
    return {"db": str(path), "span_article": span_article, "xss_article": xss_article, "xss_page": xss_page,
            "articles": n_articles}

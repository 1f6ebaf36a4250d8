"""Exact and near-duplicates, incremental across runs, and stories across outlets."""

from __future__ import annotations

from pathlib import Path

from marsad.dedup.minhash import shingles, signature, similarity, text_hash
from marsad.model import Article, Entity, InputInfo, Page
from marsad.pipeline import Options, build_page, content_id
from marsad.read.base import RawDocument
from marsad.store import open_store

P1 = ("أعلنت وزارة الصحة في قطاع غزة، الأحد، ارتفاع حصيلة القصف الإسرائيلي على مدينة خان يونس إلى 27 قتيلا "
      "وعشرات الجرحى، مشيرة إلى أن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الأنقاض في أحياء المدينة الشرقية.")
P2 = ("وقال المتحدث باسم الوزارة في مؤتمر صحافي إن المستشفيات تعمل بأقل من نصف طاقتها بسبب نقص الوقود والأدوية، "
      "داعيا المنظمات الدولية إلى التدخل العاجل لإدخال الإمدادات الطبية عبر معبر رفح قبل فوات الأوان.")
P3 = ("وأضاف أن الطواقم الطبية نقلت عددا من المصابين إلى مستشفيات الوسط والجنوب، وأن بعض الحالات حرجة وتحتاج "
      "إلى علاج في الخارج، فيما لم يصدر تعليق فوري من الجيش الإسرائيلي على هذه الأرقام.")
OTHER = ("افتتح أمير منطقة الرياض، مساء الاثنين، معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من ألف دار نشر "
         "من ثلاثين دولة، وسط إقبال كبير من الزوار في اليوم الأول على أجنحة الأطفال والروايات المترجمة.")
BOILER = "\n\nللتواصل مع المحرر يرجى مراسلة البريد الإلكتروني للموقع، وتابعونا على حساباتنا في وسائل التواصل الاجتماعي."


def page(text: str, *, title: str | None = None, published: str = "2024-11-10", source: str = "outlet") -> Page:
    doc = RawDocument(f"{source}:{title}", "jsonl", text=text, meta={"title": title, "published": published,
                                                                    "source": source})
    return build_page(doc, Options(analyse=False))


def test_exact_copies_fold_to_one_page() -> None:
    a = "وصل الوفد إلى غزة مساء اليوم لبحث التهدئة"
    assert content_id(a) == content_id("وصل  الوفدُ إلى غزّة مساء الیوم لبحث التهدئـة")
    assert text_hash(a) == text_hash("وَصَلَ الوفد الى غزه مساء اليوم لبحث التهدئه")


def test_exact_page_stored_once_with_every_source(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))
    p = page(P1 + "\n\n" + P2)
    assert store.add_page(p, source="a.jsonl:1")
    assert not store.add_page(page(P1.replace("غزة", "غزّة") + "\n\n" + P2), source="b.jsonl:7")
    assert [s["input"] for s in store.page_sources(p.id)] == ["a.jsonl:1", "b.jsonl:7"]
    store.close()


def test_near_duplicate_with_new_headline_and_added_paragraph(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))
    store.add_page(page(P1 + "\n\n" + P2 + "\n\n" + P3, title="27 قتيلا في قصف على خان يونس", source="agency"))
    store.add_page(page(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nوكان القصف قد استهدف منزلا لعائلة نازحة في المنطقة.",
                        title="حصيلة جديدة لقصف خان يونس", published="2024-11-11", source="portal"))
    (group,) = store.duplicates()
    assert group["original"]["publisher"] == "agency"
    assert [m["publisher"] for m in group["members"]] == ["portal"]
    assert group["members"][0]["similarity"] >= 0.8 and group["members"][0]["kind"] == "near"
    assert len(store.search("خان يونس")) == 1
    assert len(store.search("خان يونس", collapse=False)) == 2
    store.close()


def test_same_boilerplate_different_articles_are_not_merged(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))
    store.add_page(page(P1 + BOILER, title="أ"))
    store.add_page(page(OTHER + BOILER, title="ب"))
    assert store.duplicates() == []
    store.close()


def test_incremental_second_run_finds_first_runs_copies(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    store = open_store(db)
    store.add_page(page(P1 + "\n\n" + P2 + "\n\n" + P3, title="أول", published="2024-11-12", source="late"))
    store.close()
    store = open_store(db)
    store.add_page(page(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nسطر مضاف.", title="ثان", published="2024-11-09",
                        source="early"))
    (group,) = store.duplicates()
    assert group["original"]["publisher"] == "early"  # the earliest article is the original
    assert [m["publisher"] for m in group["members"]] == ["late"]
    store.close()


def test_threshold_is_configurable(tmp_path: Path) -> None:
    base = P1 + "\n\n" + P2 + "\n\n" + P3
    found = []
    for name, threshold in (("strict", 0.99), ("default", 0.8)):
        store = open_store(str(tmp_path / f"{name}.db"), dedup_threshold=threshold)
        store.add_page(page(base, title="أ"))
        store.add_page(page(base + "\n\nوكان القصف قد استهدف منزلا لعائلة نازحة في المنطقة.", title="ب"))
        found.append(len(store.duplicates()))
        store.close()
    assert found == [0, 1]


def test_signature_similarity_tracks_overlap() -> None:
    a, b = signature(P1 + " " + P2 + " " + P3), signature(P1 + " " + P2 + " " + OTHER)
    assert a is not None and b is not None
    assert 0.2 < similarity(a, b) < 0.8
    assert signature("نص قصير") is None
    assert shingles("بغزة وحماس") == shingles("غزة حماس")


def test_stories_group_articles_from_different_outlets(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))

    def told(text: str, title: str, source: str, day: str) -> Page:
        ents = [Entity(name, label, name, text.index(name), text.index(name) + len(name))
                for name, label in (("خان يونس", "LOC"), ("وزارة الصحة", "ORG")) if name in text]
        art = Article("main", title, text, publisher=source, published=day, entities=ents)
        return Page(content_id(text), InputInfo(path=source), day, "ar", [art], source=source)

    store.add_page(told(P1, "قصف على خان يونس يوقع 27 قتيلا", "وكالة أ", "2024-11-10"))
    store.add_page(told("قالت وزارة الصحة إن قصفا إسرائيليا على خان يونس أوقع 27 قتيلا وعشرات الجرحى الأحد.",
                        "27 قتيلا في قصف إسرائيلي على خان يونس", "صحيفة ب", "2024-11-11"))
    store.add_page(told(OTHER, "معرض الرياض للكتاب", "صحيفة ب", "2024-11-11"))
    (story,) = store.stories()
    assert story["size"] == 2 and story["outlets"] == ["صحيفة ب", "وكالة أ"]
    assert story["first_date"] == "2024-11-10" and story["last_date"] == "2024-11-11"
    assert story["label"] in {"قصف على خان يونس يوقع 27 قتيلا", "27 قتيلا في قصف إسرائيلي على خان يونس"}
    assert store.stories(entity="خان يونس") and not store.stories(entity="الرياض")
    store.close()


def test_rebuild_stories_uses_vectors_where_they_exist(tmp_path: Path) -> None:
    import numpy as np

    store = open_store(str(tmp_path / "t.db"))

    def told(text: str, title: str, source: str, day: str, names: tuple[str, ...]) -> Page:
        ents = [Entity(n, "LOC", n, text.index(n), text.index(n) + len(n)) for n in names]
        art = Article("main", title, text, publisher=source, published=day, entities=ents)
        return Page(content_id(text), InputInfo(path=source), day, "ar", [art], source=source)

    # One shared place of three, few shared words: lexical signals alone stay under the threshold.
    store.add_page(told("قصف جوي عنيف على خان يونس ورفح فجر الأحد أوقع قتلى بين المدنيين.", "غارات على خان يونس",
                        "أ", "2024-11-10", ("خان يونس", "رفح")))
    store.add_page(told("سقط ضحايا في خان يونس ودير البلح بعدما استهدفت طائرات منازل المواطنين.",
                        "ضحايا في خان يونس", "ب", "2024-11-10", ("خان يونس", "دير البلح")))
    assert store.stories() == [] and store.rebuild_stories() == 0
    same = np.ones(384, dtype=np.float32) / np.sqrt(384)
    store.add_vectors("multilingual-e5-small", [(1, same), (2, same)])
    assert store.rebuild_stories() == 1
    (story,) = store.stories()
    assert story["size"] == 2 and story["outlets"] == ["أ", "ب"]
    store.close()


def test_story_candidates_by_entity_and_day_and_the_v5_backfill(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "t.db"
    store = open_store(str(db))

    def told(text: str, source: str, day: str) -> Page:
        ents = [Entity(n, label, n, text.index(n), text.index(n) + len(n))
                for n, label in (("خان يونس", "LOC"), ("وزارة الصحة", "ORG"), ("الأونروا", "MISC")) if n in text]
        art = Article("main", None, text, publisher=source, published=day, entities=ents)
        return Page(content_id(text), InputInfo(path=source), day, "ar", [art], source=source)

    store.add_page(told(P1 + " الأونروا", "أ", "2024-11-10"))
    late = "قالت وزارة الصحة إن قصفا إسرائيليا على خان يونس أوقع 27 قتيلا وعشرات الجرحى الأحد."
    store.add_page(told(late, "ب", "2024-11-20"))  # the same words ten days later: outside the window
    assert store.stories() == []
    store.add_page(told(late + " وأضافت أن الحصيلة مرشحة للارتفاع.", "ج", "2024-11-12"))
    (story,) = store.stories()
    assert story["size"] == 2 and story["outlets"] == ["أ", "ج"]
    store.close()

    con = sqlite3.connect(db)
    rows = sorted(con.execute("SELECT canonical_key, day, article_id FROM story_keys"))
    assert {r[1] for r in rows} == {"2024-11-10", "2024-11-12", "2024-11-20"} and len(rows) == 6  # no MISC key
    # A store made before version 5: the table is filled from the stored entities when it is opened.
    con.execute("DROP TABLE story_keys")
    con.execute("ALTER TABLE events DROP COLUMN countries")  # and what versions 6 and 7 added
    con.execute("ALTER TABLE events DROP COLUMN location_country")
    con.execute("ALTER TABLE events DROP COLUMN background")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    open_store(str(db)).close()
    con = sqlite3.connect(db)
    assert sorted(con.execute("SELECT canonical_key, day, article_id FROM story_keys")) == rows
    con.close()

"""Search: the Arabic analyser (folding, clitics), query syntax, filters, ranking and snippets."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest

from marsad.errors import QueryError
from marsad.model import Article, Entity, Page
from marsad.store import Store, parse_query
from marsad.store.snippets import lead, snippet

Maker = Callable[..., Page]


def found(store: Store, query: str, **kw: object) -> set[str]:
    """The first words of the texts found by a query (the tests' texts start with a label)."""
    return {h.snippet.split()[0].strip("⟦⟧:") for h in store.search(query, limit=100, **kw)}  # type: ignore[arg-type]


# (text stored, query that must find it)
MATCHES = [
    ("قصف بغزة الليلة", "غزة"),
    ("المساعدات وغزة والضفة", "غزة"),
    ("رسالة لغزة من العالم", "غزة"),
    ("صمود غزّة المحاصرة", "غزة"),
    ("صمود «غزة» المحاصرة", "غزة"),
    ("سكان غزة", "بغزة"),
    ("سكان غزة", "غَزَّةَ"),  # diacritics in the query
    ("سكان غـــزة", "غزة"),  # tatweel in the text
    ("سكان غزة", "غــزة"),  # tatweel in the query
    ("قالت وحماس إنها", "حماس"),
    ("بيان لحماس اليوم", "حماس"),
    ("هجوم لإسرائيل على", "إسرائيل"),
    ("هجوم لإسرائيل على", "اسرائيل"),
    ("حكومة اسرائيل", "إسرائيل"),
    ("الحدود مع ليبيا", "لیبیا"),  # Farsi ی in the query
    ("الحدود مع لیبیا", "ليبيا"),  # Farsi ی in the text
    ("مدينة كركوك", "کرکوک"),  # Farsi ک
    ("مستشفى الشفاء", "مستشفي"),  # ى/ي
    ("اجتماع الجامعة العربية", "جامعه"),  # ة/ه
    ("قتل 42 شخصا", "٤٢"),  # Eastern digits in the query
    ("قتل ٤٢ شخصا", "42"),  # Eastern digits in the text
    ("في عام 2024 ", "۲۰۲۴"),  # Persian digits
    ("according to Reuters on Monday", "reuters"),  # no Arabic
    ("according to Reuters on Monday", "REUTERS"),
    ("أعلن البيت الأبيض", "البيت الابيض"),
]


@pytest.mark.parametrize(("text", "query"), MATCHES)
def test_query_finds(store: Store, make_page: Maker, text: str, query: str) -> None:
    store.add_page(make_page(text))
    store.add_page(make_page("نص آخر لا علاقة له بالموضوع"))
    hits = store.search(query)
    assert len(hits) == 1, (text, query)
    assert hits[0].snippet.replace("⟦", "").replace("⟧", "") == " ".join(text.split())


# (text stored, query that must not find it)
MISSES = [
    ("سكان غزة", "حماس"),
    ("سكان غزة", '"غزة سكان"'),  # phrase in the wrong order
    ("وقف لإطلاق سراح النار", '"وقف إطلاق النار"'),  # the words, but not as a phrase
    ("غزة تحت القصف", "غزة -القصف"),
    ("غزة تحت القصف", "غزة NOT قصف"),
    ("سكان غزة", "غزة رفح"),  # every word must match
]


@pytest.mark.parametrize(("text", "query"), MISSES)
def test_query_misses(store: Store, make_page: Maker, text: str, query: str) -> None:
    store.add_page(make_page(text))
    assert store.search(query) == []


def test_phrase(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("أ: دعت مصر إلى وقف إطلاق النار في غزة"))
    store.add_page(make_page("ب: رفض لوقف إطلاق النار"))
    store.add_page(make_page("ج: وقف القتال وإطلاق الأسرى وإشعال النار"))
    assert found(store, '"وقف إطلاق النار"') == {"أ", "ب"}
    assert found(store, "«وقف اطلاق النار»") == {"أ", "ب"}
    assert found(store, "وقف إطلاق النار") == {"أ", "ب", "ج"}  # unquoted: all words, any order


def test_prefix(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("أ: أهالي غزة"))
    store.add_page(make_page("ب: شاب غزاوي"))
    store.add_page(make_page("ج: في بغزة"))
    store.add_page(make_page("د: الغزو الروسي"))
    store.add_page(make_page("هـ: الحكومة الجديدة"))
    store.add_page(make_page("و: دولة فلسطين"))
    store.add_page(make_page("ز: دعم لفلسطين"))
    store.add_page(make_page("ح: الشعب الفلسطيني"))
    store.add_page(make_page("ط: سطح المبنى وسطر"))
    store.add_page(make_page("ي: زيارة إلى فرنسا"))
    store.add_page(make_page("ك: سفير بفرنسا"))
    assert found(store, "غز*") == {"أ", "ب", "ج", "د"}
    assert found(store, "غزا*") == {"ب"}
    assert found(store, "الحكو*") == {"هـ"}
    assert found(store, "حكو*") == {"هـ"}
    assert found(store, '"الحكومة الجد"*') == {"هـ"}
    # Stems that start with clitic letters (their keys lose them: فلسطين → سطين) still match.
    assert found(store, "فلسط*") == {"و", "ز", "ح"}
    assert found(store, "الفلسط*") == {"و", "ز", "ح"}  # like whole words, clitics typed are taken off
    assert found(store, "فرن*") == {"ي", "ك"}
    assert found(store, "سط*") >= {"ط"}


def test_prefix_highlight(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("دعم لفلسطين وللشعب الفلسطيني في غزة"))
    (hit,) = store.search("فلسط*")
    assert hit.snippet == "دعم ⟦لفلسطين⟧ وللشعب ⟦الفلسطيني⟧ في غزة"


def test_or_and_not(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("أ: حماس في غزة"))
    store.add_page(make_page("ب: فتح في رام الله"))
    store.add_page(make_page("ج: فتح في غزة"))
    assert found(store, "حماس OR فتح") == {"أ", "ب", "ج"}
    assert found(store, "حماس OR فتح غزة") == {"أ", "ج"}  # OR binds tighter than AND
    assert found(store, "فتح -غزة") == {"ب"}
    assert found(store, "فتح NOT غزة") == {"ب"}
    assert found(store, 'غزة -"حماس في"') == {"ج"}
    assert found(store, "فتح AND غزة") == {"ج"}
    assert found(store, "or") == set()  # lower-case or is a word, not an operator


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"وقف إطلاق', "«غزة", "غزة»", "OR", "غزة OR", "OR غزة", "غزة OR OR حماس", "-غزة",
     "NOT غزة", "غزة NOT", "*", "،؟!", "غزة OR -حماس"],
)
def test_bad_queries(store: Store, make_page: Maker, query: str) -> None:
    store.add_page(make_page("غزة وحماس"))
    with pytest.raises(QueryError) as err:
        store.search(query)
    msg = str(err.value)
    assert any("a" <= c <= "z" for c in msg.lower()) and any("\u0621" <= c <= "\u064a" for c in msg)


@pytest.mark.parametrize(
    "query",
    ['غزة" OR "x', "NEAR(غزة حماس)", "title:غزة", "غزة^", "{غزة}", "غزة AND (حماس)", "غزة + حماس",
     "'غزة'", "غزة:حماس", "غزة)"],
)
def test_fts_syntax_cannot_leak(store: Store, make_page: Maker, query: str) -> None:
    store.add_page(make_page("غزة وحماس والمقاومة"))
    with contextlib.suppress(QueryError):  # a clear error is fine, a sqlite error is not
        store.search(query)


def test_parse_query_fts_string() -> None:
    assert parse_query("بغزة").fts() == '({title body} : "غزه")'
    assert parse_query('"وقف إطلاق النار" -حماس').fts() == (
        '({title body} : "وقف اطلاق نار") NOT ({title body} : "حماس")'
    )
    fts = parse_query("غز* OR فتح").fts()
    assert fts.startswith('(("') and '"غز"*' in fts and '"بغز"*' in fts
    assert fts.endswith('{title body} : "فتح")')
    assert parse_query('a" OR "b').clauses  # quoted: no raw operator reaches FTS5
    assert '"' not in "".join(k for alts in parse_query('x"y"z').clauses for t in alts for k in t.keys)


def test_filters(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("أ: غزة", published="2023-10-07", source="الجزيرة نت"))
    store.add_page(make_page("ب: غزة", published="2024-01-15", source="العربية", publisher="عربي21"))
    store.add_page(make_page("ج: غزة", published="2024-03-01", article_published="2023-12-31",
                             source="الأخبار"))
    store.add_page(make_page("د: غزة", published=None, source=None))
    assert found(store, "غزة") == {"أ", "ب", "ج", "د"}
    assert found(store, "غزة", date_from="2024-01-01") == {"ب"}  # ج's own date wins over its page's
    assert found(store, "غزة", date_to="2023-12-31") == {"أ", "ج"}
    assert found(store, "غزة", date_to="2023-12") == {"أ", "ج"}  # a month covers all its days
    assert found(store, "غزة", date_from="٢٠٢٣-١٠-٠٧", date_to="2023-10-07") == {"أ"}
    assert found(store, "غزة", date_from="2023", date_to="2023") == {"أ", "ج"}
    assert found(store, "غزة", publisher="الجزيره") == {"أ"}  # folded, part of the name
    assert found(store, "غزة", publisher="عربي21") == {"ب"}  # the article's publisher
    assert found(store, "غزة", publisher="العربيه") == {"ب"}  # or the page's source
    assert found(store, "غزة", publisher="الاخبار") == {"ج"}
    assert found(store, "غزة", publisher="nobody") == set()
    with pytest.raises(QueryError, match="date"):
        store.search("غزة", date_from="yesterday")


def test_entity_filter(store: Store, make_page: Maker) -> None:
    ent = [Entity(text="بوغدانوف", label="PER", canonical="ميخائيل بوغدانوف", start=3, end=11)]
    store.add_page(make_page("أ: بوغدانوف يزور غزة", entities=ent))
    store.add_page(make_page("ب: بوغدانوف آخر في غزة"))
    store.add_page(make_page("ج: غزة", extra=[Article(role="embedded", title=None, text="د: غزة", entities=[
        Entity(text="حماس", label="ORG", canonical="حركة حماس", start=0, end=4)])]))
    assert found(store, "غزة", entity="ميخائيل بوغدانوف") == {"أ"}
    assert found(store, "غزة", entity="بوغدانوف") == {"أ"}  # whole words of the canonical name
    assert found(store, "غزة", entity="بوغدان") == set()  # not parts of words
    assert found(store, "غزة", entity="حركة حماس") == {"د"}  # the embedded article, not its page's main one


def test_ranking(store: Store, make_page: Maker) -> None:
    filler = " ".join(["كلام"] * 40)
    once = make_page(f"أ: {filler} رفح {filler}")
    thrice = make_page(f"ب: رفح رفح رفح {filler}")
    title = make_page(f"ج: {filler}", title="معبر رفح")
    for p in (once, thrice, title):
        store.add_page(p)
    hits = store.search("رفح")
    assert [h.page_id for h in hits] == [title.id, thrice.id, once.id]  # the title weighs most
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert len(store.search("رفح", limit=2)) == 2


def test_hit_fields(store: Store, make_page: Maker) -> None:
    long_text = "بدأ " + " ".join(f"كلمة{i}" for i in range(20)) + " غزة"
    p = make_page(long_text, published="2024-02-02", source="الجزيرة", path="/in/x.html")
    store.add_page(p)
    (hit,) = store.search("غزة")
    assert hit.page_id == p.id and hit.role == "main"
    assert hit.title == "بدأ " + " ".join(f"كلمة{i}" for i in range(11)) + "…"  # first 12 words
    assert hit.published == "2024-02-02" and hit.publisher == "الجزيرة"
    assert hit.snippet.endswith("⟦غزة⟧")
    got = store.get_page(str(hit.article_id))
    assert got is not None and got.id == p.id
    (hit,) = store.search("غزة", marks=("[b]", "[/b]"))
    assert hit.snippet.endswith("[b]غزة[/b]")
    assert hit.to_dict()["article_id"] == hit.article_id


def test_snippet_picks_densest_window() -> None:
    words = [f"w{i}" for i in range(200)]
    words[10] = "غزة"
    words[150] = "بغزة"
    words[155] = "وغزة"
    words[160] = "لحماس"
    text = " ".join(words)
    q = parse_query("غزة OR حماس")
    s = snippet(text, q.highlighter(), marks=("[", "]"))
    assert s.startswith("…") and s.endswith("…")
    assert "[بغزة]" in s and "[وغزة]" in s and "[لحماس]" in s and "[غزة]" not in s
    assert len(s.split()) <= 32
    assert snippet("لا شيء هنا", q.highlighter(), marks=("[", "]")) == "لا شيء هنا"
    pre = parse_query("غز*")
    assert snippet("أهالي غزة والغزاويون", pre.highlighter(), marks=("[", "]")) == "أهالي [غزة] [والغزاويون]"
    assert lead("واحد اثنان\nثلاثة", 2) == "واحد اثنان…"
    assert lead("واحد\n\nاثنان") == "واحد اثنان"


def test_snippet_keeps_text_as_published(store: Store, make_page: Maker) -> None:
    store.add_page(make_page("قال: «إن غزّة صامدة»، وأضاف."))
    (hit,) = store.search("غزة")
    assert hit.snippet == "قال: «إن ⟦غزّة⟧ صامدة»، وأضاف."

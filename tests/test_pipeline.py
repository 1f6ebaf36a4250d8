"""build_page: from a raw document to a segmented page, and the inputs it rejects."""

from __future__ import annotations

import os

import pytest

from marsad.errors import InputRejected
from marsad.pipeline import Options, build_page, content_id, iso_date
from marsad.read.base import RawDocument

ARTICLE = ("أعلنت وزارة الصحة في عمّان اليوم عن افتتاح مستشفى جديد في مدينة الزرقاء بحضور الوزير "
           "وعدد من المسؤولين في المحافظة.\n\nالمصدر: وكالة الأنباء الأردنية")
RAW = Options(analyse=False)


def test_plain_text_page() -> None:
    page = build_page(RawDocument("a.txt", "txt", data=ARTICLE.encode("cp1256"), path="a.txt"), RAW)
    assert page.language == "ar" and page.input.encoding == "cp1256"
    assert page.articles[0].publisher == "وكالة الأنباء الأردنية"
    assert [r.reason for r in page.removed] == ["attribution"]


def test_same_content_same_id_despite_whitespace_marks_and_farsi_letters() -> None:
    a = build_page(RawDocument("a", "txt", text="وصل الوفد إلى غزة مساء اليوم"), RAW)
    b = build_page(RawDocument("b", "txt", text="وصل  الوفدُ إلى غزّة مساء الیوم\n"), RAW)
    assert a.id == b.id == content_id("وصل الوفد الى غزه مساء اليوم")


def test_published_order_argument_record_html() -> None:
    doc = RawDocument("a", "jsonl", text=ARTICLE, meta={"published": "2015-07-21 02:51:32"})
    assert build_page(doc, RAW).published == "2015-07-21"
    assert build_page(doc, RAW).published_from == "record"
    page = build_page(doc, Options(published="2024-12-07", analyse=False))
    assert (page.published, page.published_from) == ("2024-12-07", "argument")
    html = ('<html><head><meta property="article:published_time" content="2024-11-14T09:30:00+03:00"></head>'
            f"<body><article><p>{ARTICLE}</p></article></body></html>")
    page = build_page(RawDocument("h", "html", html=html), RAW)
    assert (page.published, page.published_from) == ("2024-11-14", "html")


def test_non_arabic_page_is_marked_not_analysed() -> None:
    text = "Stock markets in the Gulf rallied on Thursday after the central bank kept its rate, and the analysts said so."
    page = build_page(RawDocument("en", "txt", text=text), Options())
    assert page.language == "en"
    assert all(not a.entities and not a.times for a in page.articles)


@pytest.mark.parametrize(("doc", "reason"), [
    (RawDocument("bin", "txt", data=os.urandom(4096)), "binary"),
    (RawDocument("notext.html", "html", data=b"<html><body><div></div></body></html>"), "no text in HTML"),
    (RawDocument("menu.txt", "txt", text="الرئيسية\nسياسة اقتصاد رياضة\nشارك"), "no article text"),
    (RawDocument("ws.txt", "txt", text="\u200f  \u200c"), "empty"),
])
def test_rejections(doc: RawDocument, reason: str) -> None:
    with pytest.raises(InputRejected) as e:
        build_page(doc, RAW)
    assert e.value.reason == reason and doc.source in str(e.value)


def test_options_validate() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Options(published="7/12/2024")
    assert iso_date("2024-02-30") is None

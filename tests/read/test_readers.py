"""Readers and decoding: every format, every encoding, and each kind of bad input."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from marsad.clean.decode import decode
from marsad.errors import InputRejected
from marsad.read import RawDocument, Rejection, iter_documents

ARABIC = "أعلنت وزارة الصحة في عمّان اليوم عن افتتاح مستشفى جديد في مدينة الزرقاء بحضور الوزير.\n" * 3


def warc_record(url: str, html: str) -> bytes:
    """One gzipped WARC response record, written by hand as a crawler would."""
    body = html.encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(url))}>\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def read_all(*paths: Path, max_bytes: int = 5_000_000) -> list[RawDocument | Rejection]:
    return list(iter_documents(paths, max_bytes=max_bytes))


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16", "utf-8", "utf-8-sig"])
def test_decode_arabic_encodings(encoding: str) -> None:
    text, used = decode(ARABIC.encode(encoding), "x")
    assert text.lstrip("\ufeff") == ARABIC
    assert used


def test_decode_rejects_binary() -> None:
    with pytest.raises(InputRejected) as e:
        decode(os.urandom(4096), "noise.bin")
    assert e.value.reason == "binary" and "noise.bin" in str(e.value)


def test_txt_html_gz_and_directories(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "sub" / "b.html").write_text(f"<html><body><p>{ARABIC}</p></body></html>", encoding="utf-8")
    with gzip.open(tmp_path / "sub" / "c.txt.gz", "wb") as f:
        f.write(ARABIC.encode("utf-8"))
    (tmp_path / "d.txt").write_text("<!DOCTYPE html><html><body><p>نص</p></body></html>", encoding="utf-8")
    docs = read_all(tmp_path)
    assert [(Path(d.source).name, d.format) for d in docs] == [
        ("a.txt", "txt"), ("d.txt", "html"), ("b.html", "html"), ("c.txt.gz", "txt")]


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl.gz"
    lines = [json.dumps({"content": "نص الخبر", "title": "عنوان", "url": "u1", "date_extracted": "2015-07-21 02:51:32",
                         "source": "almadina"}, ensure_ascii=False),
             "{not json",
             json.dumps({"html": "<p>خبر</p>", "published": "2024-01-02"}),
             json.dumps({"title": "بلا نص"}, ensure_ascii=False),
             json.dumps([1, 2])]
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    docs = read_all(p)
    assert isinstance(docs[0], RawDocument) and docs[0].text == "نص الخبر"
    assert docs[0].meta == {"url": "u1", "title": "عنوان", "published": "2015-07-21 02:51:32", "source": "almadina"}
    assert isinstance(docs[1], Rejection) and docs[1].reason == "invalid JSON" and docs[1].source.endswith(":2")
    assert isinstance(docs[2], RawDocument) and docs[2].html == "<p>خبر</p>"
    assert isinstance(docs[3], Rejection) and docs[3].reason == "empty"
    assert isinstance(docs[4], Rejection) and docs[4].reason == "invalid JSON"


def test_warc_and_truncated_warc(tmp_path: Path) -> None:
    data = warc_record("https://x.org/1", f"<p>{ARABIC}</p>") + warc_record("https://x.org/2", f"<p>{ARABIC}</p>")
    (tmp_path / "a.warc.gz").write_bytes(data)
    (tmp_path / "b.warc.gz").write_bytes(data[: len(data) - 200])
    docs = read_all(tmp_path / "a.warc.gz", tmp_path / "b.warc.gz")
    kinds = [(type(d).__name__, getattr(d, "reason", None)) for d in docs]
    assert kinds == [("RawDocument", None), ("RawDocument", None), ("RawDocument", None),
                     ("Rejection", "truncated or corrupt WARC")]
    assert docs[0].meta["url"] == "https://x.org/1"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("truncated.txt.gz", gzip.compress(ARABIC.encode() * 50)[:200], "truncated or corrupt gzip"),
    ("notgzip.txt.gz", b"this is not gzip", "truncated or corrupt gzip"),
])
def test_bad_files_are_rejected_with_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    (docs,) = read_all(tmp_path / name)
    assert isinstance(docs, Rejection) and docs.reason == reason and name in docs.message()


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(ARABIC.encode() * 100)
    (doc,) = read_all(tmp_path / "big.txt", max_bytes=1000)
    assert isinstance(doc, Rejection) and doc.reason == "too large"

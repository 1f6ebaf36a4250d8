"""The data model's pickling: what a Dask worker sends the driver for every page it builds."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from marsad import model
from marsad.pipeline import Options, build_page
from marsad.read.base import RawDocument

EXAMPLE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "arabi21-hamas-bogdanov.txt"
CLASSES = [model.Entity, model.TimeExpr, model.Figure, model.Quote, model.Event, model.Article, model.Removed,
           model.InputInfo, model.Page]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_field_is_positional(cls: type) -> None:
    # _ByFields rebuilds an object as cls(*values of __match_args__): that must be every field.
    assert [f.name for f in dataclasses.fields(cls)] == list(cls.__match_args__)  # type: ignore[attr-defined]


@pytest.mark.skipif(not EXAMPLE.exists(), reason="needs ../shared")
def test_an_analysed_page_survives_pickle_and_copy() -> None:
    doc = RawDocument(source=str(EXAMPLE), format="txt", data=EXAMPLE.read_bytes())
    page = build_page(doc, Options(analyse=True))
    assert page.articles and page.articles[0].entities and page.articles[0].figures
    for proto in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(page, protocol=proto))
        assert back == page and back.to_dict() == page.to_dict()
        assert type(back.articles[0].entities[0]) is model.Entity
    twin = copy.deepcopy(page)
    assert twin == page and twin.articles[0] is not page.articles[0]
    shallow = copy.copy(page)
    assert shallow == page and shallow.articles is page.articles

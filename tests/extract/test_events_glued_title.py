"""A title glued to «بـ»/«لـ» between two named parties (`events_glued_title`): «اتصل فلان بالرئيس
الفلسطيني محمود عباس» names two parties, the caller and the one called, never one group."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events import extract_events
from marsad.extract.events_glued_title import glued_title
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_tokens import tokens
from marsad.model import Entity

OLMERT = ("أولمرت", "أولمرت", "PER")
PALESTINIAN = ("الفلسطيني", "فلسطين", "LOC")
ABBAS = ("محمود عباس", "محمود عباس", "PER")
ATTIYAH = ("خالد العطية", "خالد العطية", "PER")
SYRIAN = ("السوري", "سوريا", "LOC")
ASSAD = ("بشار الأسد", "بشار الأسد", "PER")


def test_the_caller_goes_on_with_the_participles_not_the_one_called() -> None:
    text = ("وعلى إثر ذلك اتصل أولمرت بالرئيس الفلسطيني محمود عباس، معلنا استنكاره للهجوم، "
            "وداعيا إلى التهدئة.")
    evs = run(text, [OLMERT, PALESTINIAN, ABBAS])
    assert one(evs, "DEMAND").source == ["أولمرت"]
    assert one(evs, "DISAPPROVE").source == ["أولمرت"]


def test_the_name_after_a_glued_title_is_the_target() -> None:
    text = "وندد الوزير خالد العطية بالرئيس السوري بشار الأسد."
    ev = one(run(text, [ATTIYAH, SYRIAN, ASSAD]), "DISAPPROVE")
    assert ev.source == ["خالد العطية"] and ev.target == ["بشار الأسد"]


def test_headed_by_and_words_of_the_class_are_no_glued_titles() -> None:
    W = lexicon().words
    for word in ("برئاسة", "بقيادة", "بدوره", "باسم", "للرئيس", "الرئيس"):
        assert not glued_title(tokens(word)[0], W), word
    for word in ("بالرئيس", "لوزير", "وبالملك"):
        assert glued_title(tokens(word)[0], W), word


def test_a_body_and_the_person_praised_after_a_glued_title_are_two_parties() -> None:
    text = "وأشادت حركة حماس بالرئيس المصري عبد الفتاح السيسي."
    ev = one(run(text, [("حركة حماس", "حماس", "ORG"), ("المصري", "مصر", "LOC"),
                        ("عبد الفتاح السيسي", "عبد الفتاح السيسي", "PER")]), "SUPPORT")
    assert ev.source == ["حماس"] and ev.target == ["عبد الفتاح السيسي"]


def test_a_title_holder_read_as_his_country_meets_the_named_president() -> None:
    text = "والتقى خادم الحرمين الشريفين بالرئيس المصري عبد الفتاح السيسي."
    ents = [Entity("خادم الحرمين الشريفين", "LOC", "السعودية", text.index("خادم"), text.index(" بالرئيس"),
                   role="خادم الحرمين الشريفين"),
            Entity("المصري", "LOC", "مصر", text.index("المصري"), text.index("المصري") + 6),
            Entity("عبد الفتاح السيسي", "PER", "عبد الفتاح السيسي", text.index("عبد"), text.index("."))]
    ev = one(extract_events(text, ents, [], None), "CONSULT")
    assert ev.source == ["السعودية"] and ev.target == ["عبد الفتاح السيسي"]

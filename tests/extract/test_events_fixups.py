"""Four fixes: a meeting noun described as expected («لقاءه المرتقب», «الاجتماع المزمع») is hedged and
keeps its date to come; a word of praise glued to a party («الوزارة مشكورة») is no part of its name; a
date opened by its own word of time («من المدينة عام 1985») is no place's name and dates the deed; the
parties of a deed noun after «منذ» («منذ توقيع الاتفاق بين إيران والقوى الكبرى») are no other trigger's."""

from __future__ import annotations

from datetime import date

from event_cases import one, run

from marsad.extract.events_garbage import clean_name

PARTY = ("حزب الأمة", "حزب الأمة", "ORG")
MINISTER = ("سالم الناصر", "سالم الناصر", "PER")
ARMY = ("الجيش الوطني", "الجيش الوطني", "ORG")
AUG = date(2015, 8, 11)


def test_a_meeting_noun_told_as_expected_is_hedged() -> None:
    text = "وأوضح سالم الناصر أن لقاءه المرتقب مع حزب الأمة سيبحث الأزمة."
    assert one(run(text, [MINISTER, PARTY], AUG), "CONSULT").hedged
    text = "وقال سالم الناصر إن اجتماعه الوزاري المزمع مع حزب الأمة سيبحث الأزمة."
    assert one(run(text, [MINISTER, PARTY], AUG), "CONSULT").hedged


def test_an_expected_meeting_keeps_its_date_beside_a_past_verb() -> None:
    text = ("وكشف سالم الناصر في الحوار الذي أجري معه عبر الهاتف، عن أن لقاءه المرتقب يوم 5 سبتمبر المقبل "
            "مع حزب الأمة في العاصمة يهدف إلى بحث الأزمة.")
    ev = one(run(text, [MINISTER, PARTY], AUG), "CONSULT")
    assert ev.hedged and ev.date == "2015-09-05"


def test_a_meeting_held_is_not_hedged_by_a_later_date() -> None:
    text = "والتقى سالم الناصر أمس مع حزب الأمة في العاصمة."
    assert not one(run(text, [MINISTER, PARTY], AUG), "CONSULT").hedged
    text = "وعقد سالم الناصر اجتماعه المرتقب مع حزب الأمة أمس في العاصمة."
    assert not one(run(text, [MINISTER, PARTY], AUG), "CONSULT").hedged


def test_a_word_of_praise_is_no_part_of_a_name() -> None:
    assert clean_name("الهيئة مشكورة") == "الهيئة"
    assert clean_name("المجلس مشكورا") == "المجلس"
    assert clean_name("اللجنة المشكورة") == "اللجنة"
    assert clean_name("حزب الأمة") == "حزب الأمة"


def test_a_year_after_a_town_noun_dates_the_deed() -> None:
    text = "وتعرض حزب الأمة لخسائر أجبرته على الانسحاب من المدينة عام 2001 أمام الجيش الوطني."
    ev = one(run(text, [ARMY, PARTY], AUG), "COERCE")
    assert ev.date == "2001" and ev.background


IRAN = ("إيران", "إيران", "LOC")
POWERS = ("القوى الكبرى", "القوى الكبرى", "ORG")


def test_the_parties_of_a_deed_after_mundhu_are_its_own() -> None:
    text = "وهذه أول زيارة يقوم بها سالم الناصر منذ توقيع الاتفاق بين إيران والقوى الكبرى."
    evs = run(text, [MINISTER, IRAN, POWERS], AUG)
    assert all("إيران" not in e.source + e.target for e in evs if e.type == "CONSULT")
    agree = one(evs, "AGREE")
    assert {"إيران", "القوى الكبرى"} <= set(agree.source + agree.target)

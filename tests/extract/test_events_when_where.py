"""When an event happened: a date after «منذ» is when the deed began (a siege, a detention), unless it
is an amount of time with no count or a span a superlative measures; a date told again after «الموافق»
(the Hijri calendar) is not a second date; the date of a report told as an aside («بحسب ما أعلن …
أمس») is not the deed's; a clock time gives its day."""

from __future__ import annotations

from datetime import date

from event_cases import one, quote_of, run

REF = date(2015, 7, 22)  # a Wednesday
TOWN = ("البلدة", "البلدة", "LOC")
REGIME = ("قوات النظام", "النظام السوري", "ORG")


def test_a_siege_is_dated_from_the_year_after_since() -> None:
    ev = one(run("وتحاصر قوات النظام البلدة منذ 2012.", [REGIME, TOWN], ref=REF), "COERCE")
    assert (ev.target, ev.date) == (["البلدة"], "2012")


def test_a_detention_is_dated_from_the_day_after_since() -> None:
    ev = one(run("واعتقلت الشرطة منذ يوم الأحد الماضي أكثر من مئتي شخص.", [], ref=REF), "COERCE")
    assert ev.date == "2015-07-19"


def test_since_after_a_superlative_does_not_date_the_deed() -> None:
    # (a guard: the old code dated no deed after «منذ» at all)
    ev = one(run("وهاجم مسلحون قرية نائية في أعنف هجوم منذ عام 2012.", [], ref=REF), "ASSAULT")
    assert ev.date is None


def test_a_hijri_date_after_al_muwafiq_restates_the_day() -> None:
    text = "وفي مساء يوم الإثنين الموافق 4 / 10 / 1436هـ هاجم مسلحون نقطة تفتيش."
    ev = one(run(text, [], ref=REF), "ASSAULT")
    assert ev.date == "2015-07-20"


def test_the_date_of_a_report_told_as_an_aside_is_not_the_deeds() -> None:
    text = "قتل عشرة أشخاص في انفجار سيارة مفخخة، بحسب ما أعلنت الشرطة يوم أمس الثلاثاء."
    ev = one(run(text, [], ref=REF), "ASSAULT")
    assert ev.date is None


def test_a_clock_time_gives_the_day_of_the_event() -> None:
    ev = one(run("وهاجم مسلحون نقطة تفتيش عند الساعة العاشرة من مساء اليوم.", [], ref=REF), "ASSAULT")
    assert ev.date == "2015-07-22"


def test_since_in_a_relative_clause_dates_its_noun_not_the_deed() -> None:
    text = "واستعادت قوات الجيش المطار من المسلحين الذين سيطروا عليه منذ آذار/مارس."
    ev = one(run(text, [("قوات الجيش", "الجيش", "ORG")], ref=REF), "COERCE")
    assert ev.date is None


def test_a_deed_in_a_quote_is_not_placed_where_the_quote_was_said() -> None:
    text = 'وقال داود أوغلو في أنقرة "إن التفجير ناجم عن اعتداء انتحاري قام به داعش".'
    specs = [("داود أوغلو", "أحمد داود أوغلو", "PER"), ("أنقرة", "أنقرة", "LOC"), ("داعش", "داعش", "ORG")]
    ev = one(run(text, specs, quotes=quote_of(text, "أحمد داود أوغلو")), "ASSAULT")
    assert ev.source == ["داعش"] and ev.location is None
    text = 'وقال داود أوغلو "إن التفجير في سوروتش ناجم عن اعتداء انتحاري قام به داعش".'
    ev = one(run(text, [*specs, ("سوروتش", "سوروتش", "LOC")], quotes=quote_of(text, "أحمد داود أوغلو")), "ASSAULT")
    assert ev.location == "سوروتش"

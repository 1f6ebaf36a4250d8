"""Time resolution: spaced numeric dates, plural cues, last weekend, future months, split clock times."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.extract.times import extract_times

MON = dt.date(2015, 8, 10)  # a Monday
THU = dt.date(2015, 8, 13)  # a Thursday
JULY = dt.date(2015, 7, 20)  # a Monday


def found(text: str, ref: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(text, value, end value) of each expression found."""
    out = []
    for t in extract_times(text, ref):
        assert text[t.start:t.end] == t.text
        out.append((t.text, t.value, t.end_value))
    return out


# --- 1. numeric dates with spaced slashes, and the weekday they restate ------------------------

@pytest.mark.parametrize("text,expr,value", [
    ("صدر القرار يوم الأحد الموافق 9 / 10 / 1436هـ بعد مداولات", "يوم الأحد الموافق 9 / 10 / 1436هـ", "2015-07-25"),
    ("وصل الخطاب بتاريخ 3 / 8 / 2015 إلى الوزارة", "3 / 8 / 2015", "2015-08-03"),
    ("يبدأ التسجيل يوم الأحد 15-11-1436هـ في المراكز", "يوم الأحد 15-11-1436هـ", "2015-08-30"),
    ("ينتهي القبول في 30 / 11 / 1436هـ مساء", "30 / 11 / 1436هـ", "2015-09-14"),  # a 29-day month
])
def test_spaced_numeric_date_is_a_day(text: str, expr: str, value: str) -> None:
    assert found(text, MON) == [(expr, value, None)]


# --- 2. dual and plural cues, shared by a list -----------------------------------------------------

def test_plural_future_cue_after_a_list_of_months() -> None:
    out = found("يزور الوفد المنطقة خلال شهر نوفمبر أو ديسمبر القادمين", MON)
    assert [v for _, v, _ in out] == ["2015-11", "2015-12"]


def test_plural_past_cue_after_two_weekdays() -> None:
    out = found("عقدت الجلسات يومي السبت والأحد الماضيين في العاصمة", MON + dt.timedelta(days=1))
    assert out == [("السبت", "2015-08-08", None), ("الأحد الماضيين", "2015-08-09", None)]


def test_plural_future_cue_after_a_range() -> None:
    assert found("تقام البطولة من 28 سبتمبر إلى 4 أكتوبر المقبلين", MON) == [
        ("28 سبتمبر إلى 4 أكتوبر المقبلين", "2015-09-28", "2015-10-04")]
    assert found("تقام المعارض من 12 إلى 20 أكتوبر المنصرمين", MON)[0][1:] == ("2014-10-12", "2014-10-20")


def test_current_week_cue() -> None:
    assert found("ناقش المجلس الأسبوع الراهن عدة ملفات", MON) == [("الأسبوع الراهن", "2015-W33", None)]


# --- 3. a bare weekend told in the past, early in the week ------------------------------------------

def test_weekend_in_the_past_on_a_monday_is_the_one_just_past() -> None:
    assert found("اشتبك المتظاهرون مع الشرطة في نهاية الأسبوع", MON)[0][1] == "2015-08-09"


@pytest.mark.parametrize("text", [
    "ستعقد اللجنة اجتماعها في نهاية الأسبوع",
    "ترتفع درجات الحرارة في نهاية الأسبوع بإذن الله",
    "ثم تعود الأمطار إلى المنطقة في نهاية الأسبوع",
])
def test_weekend_ahead_stays_ahead(text: str) -> None:
    assert found(text, MON)[0][1] == "2015-08-16"


def test_weekend_until_and_late_in_the_week() -> None:
    assert found("تستمر الموجة الحارة حتى نهاية الأسبوع.", MON)[0][1:] == ("2015-08-10", "2015-08-16")
    assert found("تظاهر الطلاب نهاية الأسبوع", THU)[0][1] == "2015-08-16"


# --- 4. a month later this year in a future clause ---------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("ويأمل الحزب حسم الأمر خلال تصويت يجريه في نهاية سبتمبر.", "2015-09-30"),
    ("يصوت البرلمان في منتصف نوفمبر", "2015-11-15"),
    ("ستفتتح الجامعة فرعها الجديد في أكتوبر", "2015-10"),
    ("قال إن الشركة سوف تطرح أسهمها في ديسمبر", "2015-12"),
])
def test_future_month_stays_in_this_year(text: str, value: str) -> None:
    assert found(text, JULY)[0][1] == value


@pytest.mark.parametrize("text,ref,value", [
    ("اجتمع المجلس في 15 ديسمبر", dt.date(2024, 12, 7), "2023-12-15"),
    ("لم يجتمع المجلس في أكتوبر", JULY, "2014-10"),
    ("قبل أن يغادر البلاد في نوفمبر", JULY, "2014-11"),
    ("أعلن أنه سيزور البلاد في مارس", JULY, "2015-03"),  # a plan told later: not next March
])
def test_past_month_stays_in_the_past(text: str, ref: dt.date, value: str) -> None:
    assert found(text, ref)[0][1] == value


def test_future_verb_points_a_weekday_ahead() -> None:
    assert found("وقال إن الحكومة ستعلن القرار الخميس", JULY)[0][1] == "2015-07-23"
    assert found("الذي سيقام صباح اليوم الخميس، وسيحضره", THU)[0][1] == "2015-08-13"
    assert found("في أحد فنادق مدينة سيفاري في وسط البلاد مساء الجمعة", THU)[0][1] == "2015-08-07"


# --- 5. a clock time and its day, an aside between them ---------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("بدأت الهدنة عند الساعة 11.30 (بتوقيت غرينتش) مساء أمس الجمعة", "2015-08-14T23:30"),
    ("وصلت الطائرة الساعة 6.15 (7.15 بتوقيت مكة) من صباح يوم الخميس", "2015-08-13T06:15"),
])
def test_clock_time_joins_its_day_across_an_aside(text: str, value: str) -> None:
    out = found(text, THU + dt.timedelta(days=2))
    assert len(out) == 1 and out[0][1] == value


# --- ranges opened by «من» and closed by «وحتى» ------------------------------------------------------

def test_range_closed_by_wa_hatta() -> None:
    assert found("يستمر المعرض من 30 نوفمبر وحتى 2 ديسمبر المقبلين", MON) == [
        ("30 نوفمبر وحتى 2 ديسمبر المقبلين", "2015-11-30", "2015-12-02")]
    assert found("يفتح المكتب من الساعة الخامسة مساءً وحتى الساعة الثامنة مساء", MON)[0][1:] == (
        "2015-08-10T17", "2015-08-10T20")
    assert found("يمتد حظر التجول ما بين السابعة مساء وحتى السادسة صباحا", MON)[0][1:] == (
        "2015-08-10T19", "2015-08-11T06")

"""Tests of Arabic time expressions: the dev set as a table, focused forms, and the seed gold."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from marsad.extract.times import dateline_date, extract_times, fold_with_map, month_edge, parse_times_line
from marsad.extract.times_eval import evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "times_dev.jsonl"
SHARED = ROOT.parent / "shared"
BASELINE_ACCURACY = 0.97  # recorded dev-set accuracy floor (measured 1.00 when written)

REF = dt.date(2024, 12, 7)  # a Saturday
SURUC_REF = dt.date(2015, 7, 21)  # a Tuesday


def find(text: str, ref: dt.date | None = REF) -> dict[str, tuple[str | None, str, str]]:
    """text → (value, grain, kind) of each expression found."""
    out = {}
    for t in extract_times(text, ref):
        assert text[t.start:t.end] == t.text
        out[t.text] = (t.value, t.grain, t.kind)
    return out


def test_dev_set_accuracy() -> None:
    result = evaluate(DEV)
    assert result["total"] >= 150
    assert result["accuracy"] >= BASELINE_ACCURACY, format_report(result)


def _dev_items() -> list[dict[str, str]]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("item", _dev_items(), ids=lambda it: it["text"][:30])
def test_dev_item(item: dict[str, str]) -> None:
    found = extract_times(item["text"], dt.date.fromisoformat(item["reference"]))
    for t in found:
        assert item["text"][t.start:t.end] == t.text
    if not any(t.value == item["value"] and t.grain == item["grain"] for t in found):
        pytest.xfail(f"below the baseline set: {[(t.text, t.value, t.grain) for t in found]}")


# --- Gregorian month names -------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("في 12 يناير 2024", "2024-01-12"),
    ("في 30 يونيه 2013", "2013-06-30"),
    ("في 5 يوليه 2019", "2019-07-05"),
    ("في 14 اغسطس 2017", "2017-08-14"),
    ("في 3 فبرایر 2021", "2021-02-03"),
    ("في 18 كانون الثاني 2015", "2015-01-18"),
    ("في 4 آب 2020", "2020-08-04"),
    ("في 17 تشرين الأول 2019", "2019-10-17"),
    ("في 22 فيفري 2019", "2019-02-22"),
    ("في 5 جويلية 2022", "2022-07-05"),
    ("في 20 أوت 2023", "2023-08-20"),
    ("في 14 أفريل 2022", "2022-04-14"),
])
def test_month_names(text: str, value: str) -> None:
    assert value in [v for v, _, _ in find(text).values()]


def test_paired_month_forms_keep_full_span() -> None:
    f = find("منذ 7 تشرين الأول/ أكتوبر 2023.")
    assert f["7 تشرين الأول/ أكتوبر 2023"] == ("2023-10-07", "day", "date")
    assert find("في 17 أكتوبر/ تشرين الأول 2023")["17 أكتوبر/ تشرين الأول 2023"][0] == "2023-10-17"
    assert find("منذ تشرين الثاني/ نوفمبر 2023،")["تشرين الثاني/ نوفمبر 2023"] == ("2023-11", "month", "date")


def test_ordinal_and_eastern_days() -> None:
    assert find("في السابع من أكتوبر 2023")["السابع من أكتوبر 2023"][0] == "2023-10-07"
    assert find("في الأول من يوليو 2013")["الأول من يوليو 2013"][0] == "2013-07-01"
    assert find("في ٧ أكتوبر ٢٠٢٣")["٧ أكتوبر ٢٠٢٣"][0] == "2023-10-07"
    assert find("ما جرى بالسابع من أكتوبر 2023")["السابع من أكتوبر 2023"][0] == "2023-10-07"


def test_strict_month_words_need_context() -> None:
    assert find("مارس الضغط على الحكومة") == {}
    assert find("في 15 مارس 2021")["15 مارس 2021"][0] == "2021-03-15"
    # Moroccan «غشت» (August) is also «غشّ» (to cheat): a month only with a day, a year or «شهر»
    assert find("وإذا غشت الشركة عملاءها فعليها الغرامة") == {}
    assert find("في 5 غشت 2015")["5 غشت 2015"][0] == "2015-08-05"
    assert find("خلال شهر غشت المقبل")["شهر غشت المقبل"][0].endswith("-08")


# --- years, Hijri ----------------------------------------------------------------------------

def test_years() -> None:
    assert find("تأسست عام 1987")["عام 1987"] == ("1987", "year", "date")
    assert find("منذ 1974 بـ")["1974"][0] == "1974"
    assert find("في 15 مارس 2015م.")["15 مارس 2015م"][0] == "2015-03-15"
    assert find("قتل 1208 أشخاص") == {}


def test_hijri_and_muwafiq() -> None:
    f = find("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", None)
    assert f["26 شوال 1436 هـ"][0] == "2015-08-11"
    assert f["11 أغسطس 2015 م"][0] == "2015-08-11"
    out = extract_times("في 26 شوال 1436 هـ الموافق 12 أغسطس 2015 م", None)
    assert out[0].note and "الموافق" in out[0].note


def test_dateline_date() -> None:
    assert dateline_date("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م\n\nقال مسؤول") == "2015-08-11"
    assert dateline_date("جدة 3 رمضان 1445 هـ - أعلنت") == "2024-03-13"
    assert dateline_date("قال مسؤول إن الاجتماع انتهى") is None


# --- times of day ----------------------------------------------------------------------------

def test_times_of_day() -> None:
    f = find("وقع الانفجار الساعة الثالثة عصرا يوم السبت 7 أكتوبر 2023.")
    assert ("2023-10-07T15", "hour", "date") in f.values()
    f = find("اقتحمت القوات المبنى عند الساعة 16:40 يوم 7 أكتوبر 2023.")
    assert ("2023-10-07T16:40", "minute", "date") in f.values()
    assert find("سقطت القذيفة الساعة 8:30 مساء أمس")["الساعة 8:30 مساء أمس"][0] == "2024-12-06T20:30"
    assert find("يبدأ حظر التجول الساعة التاسعة مساءً.")["الساعة التاسعة مساءً"][0] == "2024-12-07T21"


def test_part_of_day_with_weekday() -> None:
    assert find("ما زالوا مساء الاثنين في حالة حرجة", SURUC_REF)["مساء الاثنين"][0] == "2015-07-20"
    assert find("فجر الخميس")["فجر الخميس"][0] == "2024-12-05"


# --- intervals -------------------------------------------------------------------------------

def test_intervals() -> None:
    t = extract_times("تفتح المراكز من الثالثة إلى الخامسة مساء.", REF)[0]
    assert (t.kind, t.value, t.end_value) == ("interval", "2024-12-07T15", "2024-12-07T17")
    t = extract_times("بين 10 و12 أكتوبر 2024", REF)[0]
    assert (t.kind, t.value, t.end_value) == ("interval", "2024-10-10", "2024-10-12")
    t = extract_times("يستمر الإغلاق حتى نهاية الشهر.", REF)[0]
    assert (t.kind, t.value, t.end_value) == ("interval", "2024-12-07", "2024-12-31")
    t = extract_times("بين سبتمبر ويناير الماضيين.", SURUC_REF)[0]
    assert t.text == "بين سبتمبر ويناير الماضيين"
    assert (t.kind, t.value, t.end_value) == ("interval", "2014-09", "2015-01")


def _span(text: str, ref: dt.date = SURUC_REF) -> tuple[str, str, str | None, str | None]:
    t = extract_times(text, ref)[0]
    return t.text, t.kind, t.value, t.end_value


def test_numeric_day_ranges() -> None:
    """A range of days written in digits is one interval, from its first day to its last."""
    assert _span("يقام المعرض من 19 إلى 21 / 10 / 1436هـ في جدة") == (
        "من 19 إلى 21 / 10 / 1436هـ", "interval", "2015-08-04", "2015-08-06")
    assert _span("وتستمر الدورة من 8 - 15/10/1436هـ") == ("من 8 - 15/10/1436هـ", "interval", "2015-07-24", "2015-07-31")
    assert _span("خلال الفترة من 20/7 إلى 10/8/2015 سجلت") == (
        "من 20/7 إلى 10/8/2015", "interval", "2015-07-20", "2015-08-10")
    # a first day after the last is no range; a time of day after a range is timed from its first day
    assert _span("نتيجة 30 - 20/10/1436هـ")[1] == "date"
    assert _span("يومي 4-5/10/1436هـ من الثامنة صباحا حتى العاشرة ليلا")[2:] == ("2015-07-20T08", "2015-07-20T22")


def test_hijri_day_ranges() -> None:
    """«من 19 إلى 21 شوال» is one interval; a compound ordinal («السابع والعشرين») is one day."""
    assert _span("يقام المهرجان من 19 إلى 21 شوال 1436هـ") == (
        "من 19 إلى 21 شوال 1436هـ", "interval", "2015-08-04", "2015-08-06")
    assert _span("تعطل الدوائر يومي 28 و29 رمضان")[1:] == ("interval", "2015-07-15", "2015-07-16")
    assert _span("ليلة السابع والعشرين من رمضان")[1] == "date"
    assert _span("منذ أمس الأول حتى 30 شوال")[0] != "الأول حتى 30 شوال"


def test_weekday_and_relative_ranges_keep_their_end() -> None:
    """Ranges whose first day is a weekday or «أمس» end on their last day, never before their first."""
    assert _span("تغلق الطرق من الأحد إلى الخميس")[2:] == ("2015-07-19", "2015-07-23")
    assert _span("تغلق الطرق من الأحد حتى الثلاثاء", dt.date(2015, 7, 25))[2:] == ("2015-07-19", "2015-07-21")
    assert _span("بين الأمس واليوم")[2:] == ("2015-07-20", "2015-07-21")


# --- holidays, ordinal weeks -------------------------------------------------------------------

def test_holidays() -> None:
    assert find("قبيل عيد الفطر", dt.date(2024, 3, 15))["عيد الفطر"][0] == "2024-04-10"
    assert find("خلال عيد الأضحى الماضي")["عيد الأضحى الماضي"][0] == "2024-06-16"
    assert find("عيد الفطر 2025")["عيد الفطر 2025"][0] == "2025-03-30"
    assert find("احتفالات عيد الميلاد")["عيد الميلاد"][0] == "2024-12-25"


def test_ordinal_weeks_and_weekdays() -> None:
    assert find("أول اثنين من الشهر")["أول اثنين من الشهر"][0] == "2024-12-02"
    t = extract_times("في الأسبوع الأول من مارس 2024", REF)[0]
    assert (t.value, t.end_value) == ("2024-03-01", "2024-03-07")


# --- relative expressions --------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("اليوم", "2024-12-07"), ("أمس", "2024-12-06"), ("امس", "2024-12-06"), ("أمس الأول", "2024-12-05"),
    ("غدا", "2024-12-08"), ("غداً", "2024-12-08"), ("بعد غد", "2024-12-09"),
    ("الخميس الماضي", "2024-12-05"), ("الأحد المقبل", "2024-12-08"), ("السبت الماضي", "2024-11-30"),
    ("الأربعاء", "2024-12-04"), ("قبل يومين", "2024-12-05"), ("منذ ثلاثة أيام", "2024-12-04"),
    ("الأسبوع الماضي", "2024-W48"), ("الشهر الجاري", "2024-12"), ("الشهر الماضي", "2024-11"),
    ("العام المقبل", "2025"), ("مطلع العام المقبل", "2025-01"), ("منتصف الشهر", "2024-12-15"),
    ("نهاية الشهر", "2024-12-31"),
])
def test_relative(text: str, value: str) -> None:
    out = extract_times(f"قال المسؤول {text} إن", REF)
    assert [(t.text, t.value) for t in out] == [(text, value)]
    assert out[0].relative


@pytest.mark.parametrize("text,value", [
    ("يوليو من العام الماضي", "2023-07"), ("15 مايو من العام المقبل", "2025-05-15"),
    ("مارس من العام قبل الماضي", "2022-03"), ("العام قبل الماضي", "2022"), ("الشهر قبل الماضي", "2024-10"),
    ("يوليو من هذا العام", "2024-07"),
])
def test_a_month_of_a_year_told_from_the_reference(text: str, value: str) -> None:
    out = extract_times(f"وقع ذلك في {text} كما قال", REF)
    assert [(t.text, t.value) for t in out] == [(text, value)]


def test_a_span_before_a_named_event_is_no_date_before_today() -> None:
    out = extract_times("وجاء الاتصال قبل ستة أيام من الزيارة المرتقبة", REF)
    assert [(t.value, t.kind) for t in out] == [("P6D", "duration")]
    out = extract_times("وقع الهجوم قبل يومين، من جهة أخرى", REF)
    assert [(t.value, t.kind) for t in out] == [("2024-12-05", "date")]
    assert [t.value for t in extract_times("قبل ثلاثة أيام من الآن", REF)] == ["2024-12-04"]


def test_yesterday_with_weekday() -> None:
    t = extract_times("بحث الوفد، أمس الجمعة، سبل", REF)[0]
    assert (t.text, t.value, t.note) == ("أمس الجمعة", "2024-12-06", None)
    t = extract_times("قال أمس الخميس إن", REF)[0]
    assert t.value == "2024-12-05" and t.note and "disagrees" in t.note
    assert find("شهدت تركيا أمس الاثنين هجوما", SURUC_REF)["أمس الاثنين"][0] == "2015-07-20"


def test_no_reference_keeps_relative_with_none() -> None:
    out = extract_times("قال أمس الجمعة إن الاجتماع الأسبوع المقبل", None)
    assert [(t.text, t.value, t.relative) for t in out] == [
        ("أمس الجمعة", None, True), ("الأسبوع المقبل", None, True)]


def test_today_as_the_day_is_not_today() -> None:
    assert find("في اليوم التالي") == {}
    assert find("اليوم العالمي للمرأة") == {}


# --- durations and sets ----------------------------------------------------------------------

@pytest.mark.parametrize("text,value,grain", [
    ("مع مرور 14 شهرا على", "P14M", "month"), ("منذ أكثر من عام.", "P1Y", "year"),
    ("بتهدئة لأسبوع والإفراج", "P1W", "week"), ("استمر ثلاثة أيام متتالية", "P3D", "day"),
    ("خلال 24 ساعة", "PT24H", "hour"), ("لمدة أسبوعين", "P2W", "week"),
])
def test_durations(text: str, value: str, grain: str) -> None:
    vals = [(t.value, t.grain, t.kind) for t in extract_times(text, REF)]
    assert (value, grain, "duration") in vals


def test_sets() -> None:
    assert find("تعقد اجتماعاتها أسبوعيا")["أسبوعيا"] == ("R/P1W", "week", "set")


# --- year inference, clitics, offsets ----------------------------------------------------------

def test_yearless_date_takes_the_year_of_the_text() -> None:
    text = "وأسفر هجوم حماس في السابع من أكتوبر 2023. وألا تتكرر كارثة السابع من أكتوبر."
    vals = [(t.text, t.value) for t in extract_times(text, REF)]
    assert ("السابع من أكتوبر", "2023-10-07") in vals
    assert find("اجتمع المجلس في 15 ديسمبر")["15 ديسمبر"][0] == "2023-12-15"


def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "بحث الوفد أَمْسِ الجُمُعَةِ وفى 7 أكتـوبر 2023 ثم"
    out = extract_times(text, REF)
    assert [t.text for t in out] == ["أَمْسِ الجُمُعَةِ", "7 أكتـوبر 2023"]
    assert [t.value for t in out] == ["2024-12-06", "2023-10-07"]
    f, idx = fold_with_map(text)
    assert len(f) == len(idx)


def test_no_overlaps() -> None:
    text = "منذ 7 تشرين الأول/ أكتوبر 2023 وأمس الجمعة الساعة 10 مساء"
    out = extract_times(text, REF)
    for a, b in itertools.pairwise(out):
        assert a.end <= b.start


def test_parse_times_line() -> None:
    d = parse_times_line('{"text": "أمس الجمعة", "reference": "2024-12-07"}', None)
    assert d["times"][0]["value"] == "2024-12-06"
    d = parse_times_line("الخميس الماضي", "2024-12-07")
    assert d["times"][0]["value"] == "2024-12-05"


# --- seed gold ---------------------------------------------------------------------------------

def _seed_records(tmp: Path) -> list[tuple[Path, Path]]:
    ex = SHARED / "examples"
    raw = (ex / "arabi21-hamas-bogdanov.txt").read_text(encoding="utf-8")
    main = raw.split("المصدر: عربي21")[0].strip()
    emb = raw[raw.index("نقلت صحيفة"):raw.index("مقالات مشابهة")].strip()
    rec = {"articles": [
        {"role": "main", "title": None, "text": main,
         "times": [asdict(t) for t in extract_times(main, REF)]},
        {"role": "embedded", "title": 'تقدم في مفاوضات غزة.. و"حماس" قد تتنازل عن بعض الشروط', "text": emb,
         "times": [asdict(t) for t in extract_times(emb, REF)]},
    ]}
    d = json.loads((ex / "almadina-suruc.jsonl").read_text(encoding="utf-8").splitlines()[0])
    content = d["content"]
    rec2 = {"articles": [{"role": "main", "title": d.get("title"), "text": content,
                          "times": [asdict(t) for t in extract_times(content, SURUC_REF)]}]}
    out = []
    for name, r, gold in (("seed", rec, "arabi21-hamas-bogdanov"), ("suruc", rec2, "almadina-suruc")):
        p = tmp / f"{name}.json"
        p.write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
        out.append((ex / f"{gold}.expected.json", p))
    return out


@pytest.mark.skipif(not (SHARED / "tools" / "check_gold.py").exists(),
                    reason="../shared (gold files and check_gold.py) is not present next to the repo")
def test_seed_gold_times(tmp_path: Path) -> None:
    for gold, record in _seed_records(tmp_path):
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "check_gold.py"), str(gold), str(record),
                            "--only=times"], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("text", ["سيطر التنظيم، أول من أمس، على نقاط.", "وقعت يوم أول من امس في جدة.",
                                  "قتل مساء أول من أمس."])
def test_the_day_before_yesterday_with_min(text: str) -> None:
    found = extract_times(text, dt.date(2015, 7, 31))
    assert [(t.value, t.grain) for t in found] == [("2015-07-29", "day")]
    assert "من" in found[0].text


@pytest.mark.parametrize(("text", "month"), [
    ("وقع الهجوم مطلع يوليو.", "2015-07"), ("توترت العلاقات أواخر الشهر الماضي.", "2015-07"),
    ("يحاصرون البلدة منذ نهاية شهر مارس.", "2015-03"), ("عاد الوفد منتصف يونيو.", "2015-06"),
    ("عاد الوفد نهاية الأسبوع.", None), ("عاد الوفد أول من أمس.", None), ("عاد الوفد مطلع العام.", None),
])
def test_month_edge_gives_the_month_of_an_edge_of_a_month(text: str, month: str | None) -> None:
    t = extract_times(text, dt.date(2015, 8, 10))[0]
    assert month_edge(t) == month, (t.text, t.value)

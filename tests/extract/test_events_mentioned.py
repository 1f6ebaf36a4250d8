"""Deeds only mentioned, none told: an item of the «من» list that explains «ما» («ما ترتكبه
العصابات من خطف وقتل»), a deed cited as where a fact is known from («بحسب التحقيقات»), a habit
(«ونادرا ما تعترف»), what is forbidden («تجريم القتل»), and something abstract set off («تفجر فضيحة»)."""

from __future__ import annotations

from event_cases import HAMAS, run


def test_a_kind_of_deed_after_ma_min_is_no_event() -> None:
    evs = run("واستنكر المتحدث ما تمارسه العصابات المسلحة من خطف وتعذيب وقتل للمدنيين.", [])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_deed_that_happened_after_ma_min_is_kept() -> None:
    evs = run("وتحدث الشهود عن ما حدث صباح اليوم من تفجير في سوق المدينة.", [])
    assert [e for e in evs if e.type == "ASSAULT"]


def test_a_cited_inquiry_is_no_investigation() -> None:
    evs = run("وأوضح المصدر أن المطلوب غادر البلاد قبل شهرين بحسب التحقيقات التي أجرتها الشرطة.", [])
    assert not [e for e in evs if e.type == "INVESTIGATE"]
    evs = run("وأظهرت نتائج التحقيقات أن الحريق بدأ في المستودع.", [])
    assert not [e for e in evs if e.type == "INVESTIGATE"]


def test_a_habit_is_no_event() -> None:
    evs = run("ونادرا ما تعترف حماس بالعمليات التي تنفذها في الضفة.", [HAMAS])
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_what_is_forbidden_is_no_deed() -> None:
    evs = run("وأصدر المجلس فتوى في تحريم القتل.", [])
    assert not [e for e in evs if e.type == "ASSAULT"]
    evs = run("وشارك الدعاة في حملة لتجريم الاعتداء على المعلمين.", [])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_abstract_thing_set_off_is_no_bombing() -> None:
    assert not [e for e in run("وتفجرت فضيحة رشاوى في وزارة الصحة الشهر الماضي.", []) if e.type == "ASSAULT"]
    assert not [e for e in run("وهذه المنشورات تفجر مشاعر العداء بين الطوائف.", []) if e.type == "ASSAULT"]

"""Obvious parties no entity names, read off the phrase the event's construction points at
(`events_obvious_actors`): people met after «مع», people a demand asks past a long subject, whose
efforts a praise commends, and people an arrest took named by an indefinite noun or a nisba."""

from __future__ import annotations

from datetime import date

from event_cases import one, run

MINISTER = ("سعد الحربي", "سعد الحربي", "PER")
GOVERNOR = ("ماجد العتيبي", "ماجد العتيبي", "PER")
MUNICIPALITY = ("أمانة المنطقة", "أمانة المنطقة", "ORG")
DUTCH_POLICE = ("الشرطة الهولندية", "هولندا", "ORG")
JEDDAH = ("جدة", "جدة", "LOC")
BAHA = ("الباحة", "الباحة", "LOC")


def test_people_met_after_with_are_the_target() -> None:
    text = "وعقد وزير النقل سعد الحربي في مكتبه بجدة، اجتماعاً مع وكلاء الوزارة ومديري الفروع."
    ev = one(run(text, [MINISTER, JEDDAH], date(2015, 7, 20)), "CONSULT")
    assert ev.source == ["سعد الحربي"] and ev.target == ["وكلاء الوزارة", "مديري الفروع"]


def test_sheikhs_met_after_a_meeting_verb_are_the_target() -> None:
    text = "واجتمع المحافظ ماجد العتيبي مع مشايخ القبائل في جدة."
    ev = one(run(text, [GOVERNOR, JEDDAH], date(2015, 7, 20)), "CONSULT")
    assert ev.target == ["مشايخ القبائل"]


def test_with_of_a_purpose_is_no_party_of_the_meeting() -> None:
    text = "والتقى المحافظ ماجد العتيبي الأسبوع الماضي لإبداء تضامنه مع سكان الحي المتضرر."
    evs = [e for e in run(text, [GOVERNOR], date(2015, 7, 20)) if e.type == "CONSULT"]
    assert all("سكان الحي" not in " ".join(e.target) for e in evs)


def test_people_asked_past_a_joined_subject_are_the_target() -> None:
    text = "وناشدت أمانة المنطقة وإدارة الدفاع المدني المواطنين والمقيمين أخذ الحيطة والحذر."
    ev = one(run(text, [MUNICIPALITY], date(2015, 7, 20)), "DEMAND")
    assert ev.source == ["أمانة المنطقة"] and ev.target == ["المواطنين", "المقيمين"]


def test_people_inside_what_is_asked_are_no_target() -> None:
    text = "وطالب المحافظ ماجد العتيبي بضبط الأسعار وإلزام الشركات والسائقين باستخدام العداد."
    ev = one(run(text, [GOVERNOR], date(2015, 7, 20)), "DEMAND")
    assert not ev.target


def test_whose_efforts_a_praise_commends_is_the_target() -> None:
    text = "ونوه الوزير سعد الحربي بما يقوم به أهالي الباحة من تنظيم للاحتفالات."
    ev = one(run(text, [MINISTER, BAHA], date(2015, 7, 20)), "SUPPORT")
    assert ev.source == ["سعد الحربي"] and ev.target == ["أهالي الباحة"]


def test_people_arrested_by_a_nisba_are_the_target() -> None:
    text = "واعتقلت الشرطة الهولندية أمس مغربيا وجزائريا في أمستردام."
    ev = one(run(text, [DUTCH_POLICE], date(2015, 7, 20)), "COERCE")
    assert ev.target == ["مغربيا", "جزائريا"]


def test_some_of_a_named_group_met_after_with_is_the_target() -> None:
    text = "وقال المحافظ ماجد العتيبي لدى اجتماعه أمس، مع عدد من النشطاء في جدة إن الأوضاع مستقرة."
    ev = one(run(text, [GOVERNOR, JEDDAH], date(2015, 7, 20)), "CONSULT")
    assert ev.target == ["الناشطين"]


def test_a_genitive_after_a_title_is_not_the_one_asked() -> None:
    evs = run("وطالب سالم نقيب المعلمين بالاستقالة.", [("سالم", "سالم", "PER")])
    assert one(evs, "DEMAND").target == []


def test_people_of_a_named_body_leave_the_body_to_name_them() -> None:
    text = "وقال إن هيئة الموانئ تتباحث في بعض المواضيع مع المسؤولين في وزارة النقل المصرية."
    ev = one(run(text, [("هيئة الموانئ", "هيئة الموانئ", "ORG"), ("المصرية", "مصر", "LOC")]), "CONSULT")
    assert ev.target == ["مصر"]

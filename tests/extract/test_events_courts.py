"""Judicial bodies named by their definite full names (`event_actors.tsv`, kind court): they investigate,
charge and sentence as the subject of a verb, but after «إلى», «لـ» or «أمام» they are where a case is sent
or brought, no party (`events_mentions._sent_to`)."""

from __future__ import annotations

from event_cases import one, run


def test_the_prosecution_after_the_verb_questions_the_suspect() -> None:
    ev = one(run("واستجوبت النيابة العامة المشتبه به في قضية الاختلاس أمس.", []), "INVESTIGATE")
    assert ev.source == ["النيابة العامة"]


def test_a_criminal_court_after_the_verb_hands_down_the_sentence() -> None:
    ev = one(run("وقضت المحكمة الجنائية المتخصصة بسجن أحد المتهمين سبع سنوات.", []), "COERCE")
    assert ev.source == ["المحكمة الجنائية"]


def test_a_nisba_after_a_high_court_names_its_country() -> None:
    israel = ("الإسرائيلية", "إسرائيل", "LOC")
    ev = one(run("ورفضت المحكمة العليا الإسرائيلية طلب الأهالي وقف الهدم.", [israel]), "REJECT")
    assert "إسرائيل" in ev.source


def test_the_prosecution_a_case_is_sent_to_is_no_party() -> None:
    for text in ("وجرى تحويل الموقوفين الثلاثة إلى النيابة العامة لاستكمال التحقيق.",
                 "وتمت إحالة أوراق القضية للنيابة العامة للتحقيق فيها."):
        assert all("النيابة العامة" not in e.source + e.target for e in run(text, []))


def test_an_unnamed_court_ends_at_its_ruling_and_stands_for_the_state_of_its_nisba() -> None:
    austrian = ("نمساوية", "النمسا", "LOC")
    ev = one(run("وأصدرت محكمة نمساوية أحكاما بالسجن على عشرة أشخاص.", [austrian]), "COERCE")
    assert ev.source == ["محكمة نمساوية", "النمسا"]


def test_an_unnamed_court_with_its_nisba_before_a_time_word_stands_for_its_state() -> None:
    australian = ("أسترالية", "أستراليا", "LOC")
    ev = one(run("أصدرت محكمة أسترالية اليوم حكما بالسجن ست سنوات على رجل.", [australian]), "COERCE")
    assert "أستراليا" in ev.source

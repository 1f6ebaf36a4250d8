"""Parties named by a plain noun, no entity (`events_plain_parties`): plural nouns of people and bodies
after a preposition («اعتدوا على التجار», «باللوم على القيادات»), past the named doer («وتهيب الوزارة
بالمواطنين»), and the counted people right after a verb whose suffix holds its subject («خطفوا عشرات
المسيحيين»)."""

from __future__ import annotations

from event_cases import HOUTHI, HOUTHIS_NOMINATIVE, INTERIOR_MINISTRY, SECURITY_FORCES, one, run

ADEN = ("عدن", "عدن", "LOC")


def test_traders_after_ala_are_the_victims() -> None:
    text = "وأغلق الحوثيون السوق الكبير، واعتدوا على التجار في المدينة."
    ev = one(run(text, [HOUTHIS_NOMINATIVE]), "ASSAULT")
    assert "التجار" in ev.target


def test_the_commanders_blamed_after_billawm() -> None:
    text = "وقال مصدر إن زعيم الحوثيين ألقى باللوم على القيادات الميدانية بسبب الهزيمة."
    ev = one(run(text, [HOUTHI]), "DISAPPROVE")
    assert "القيادات الميدانية" in ev.target


def test_the_people_addressed_past_the_named_body() -> None:
    text = "وتهيب وزارة الداخلية الآن بالمواطنين عدم الاقتراب من مواقع الحوادث."
    ev = one(run(text, [INTERIOR_MINISTRY]), "DEMAND")
    assert ev.source == ["وزارة الداخلية"] and "المواطنين" in ev.target


def test_the_victims_past_the_doers_men() -> None:
    text = "واعتدى عناصر من قوات الأمن على التجار في عدن أمس."
    ev = one(run(text, [SECURITY_FORCES, ADEN]), "ASSAULT")
    assert "التجار" in ev.target


def test_tens_counted_after_a_plural_verb_are_its_object() -> None:
    text = "وذكر شهود أن المسلحين دخلوا البلدة فجرا وخطفوا عشرات المسيحيين في الشارع."
    ev = one(run(text, []), "ASSAULT")
    assert "عشرات المسيحيين" in ev.target


def test_tens_of_a_broken_plural_after_the_named_doer() -> None:
    text = "واعتقلت قوات الأمن عشرات التجار في عدن أمس."
    ev = one(run(text, [SECURITY_FORCES, ADEN]), "COERCE")
    assert "عشرات التجار" in ev.target


def test_people_against_whom_a_deed_noun_is_done() -> None:
    text = "وأوقفت النيابة التحقيقات ضد صحافيين يعملان في موقع إخباري."
    ev = one(run(text, []), "INVESTIGATE")
    assert ev.target == ["صحافيين"]

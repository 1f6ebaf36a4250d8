"""Deeds a sentence does not tell as done (a yes-no question, an aim), trigger nouns inside
an office's name, and deeds that their clause dates years back (background)."""

from __future__ import annotations

from event_cases import ISIS, TURKEY, US, one, run

ARMY = ("الجيش", "الجيش", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")


def test_a_yes_no_question_tells_no_deed() -> None:
    text = "هل هاجمت تركيا مواقع داعش في سوريا؟"
    assert not [e for e in run(text, [TURKEY, ISIS]) if e.type == "ASSAULT"]


def test_a_deed_named_again_in_a_question_stays() -> None:
    text = "التقى الرئيس التركي نظيره الأمريكي في أنقرة. هل كرس اللقاء التحالف بين تركيا والولايات المتحدة؟"
    assert [e for e in run(text, [TURKEY, US]) if e.type == "CONSULT"]


def test_the_aim_of_a_training_is_no_fight() -> None:
    text = "وتدرب الولايات المتحدة مجموعة جديدة من المقاتلين بهدف قتال داعش في الشمال."
    assert not [e for e in run(text, [US, ISIS]) if e.type == "FIGHT"]


def test_an_investigation_office_is_no_investigation() -> None:
    text = "وقال مدير مكتب التحقيقات الفيدرالي إن الشرطة اعتقلت رجلا."
    assert not [e for e in run(text, [POLICE]) if e.type == "INVESTIGATE"]


def test_a_deed_since_years_is_background() -> None:
    text = "وقال المسؤول إن الجيش قصف القرى منذ عام 2004."
    ev = one(run(text, [ARMY]), "ASSAULT")
    assert ev.background


def test_a_deed_recalled_by_an_anniversary_is_background() -> None:
    text = "وتظاهر المئات في ذكرى مرور عام على مقتل شاب برصاص الجيش في المدينة."
    ev = one(run(text, [ARMY]), "ASSAULT")
    assert ev.background


def test_a_deed_years_ago_is_background() -> None:
    text = "وقال المسؤول إن الجيش قصف القرى قبل خمس سنوات."
    assert one(run(text, [ARMY]), "ASSAULT").background


def test_a_record_since_a_decade_is_no_date() -> None:
    text = "وشن الجيش هجوما على داعش يعد أكثر هجوم دموي منذ عقد في المنطقة."
    ev = one(run(text, [ARMY, ISIS]), "ASSAULT")
    assert not ev.background

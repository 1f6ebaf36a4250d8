"""Actors carried from another sentence of the story: the speaker of a first-person verb («نطالب»,
«أنا أندد», also in a quote that goes on into a later sentence), the person a bare title stands for («ودعا الوزير», «وشدد المفتي»), the one who spoke before
a subjectless verb («قال X إن … . ودعا إلى …»), also with a plural in ـات as its object («ودعا المنشآت»)."""

from __future__ import annotations

from event_cases import JORDANIAN, one, run

SAMER = ("سامر الخطيب", "سامر الخطيب", "PER")
FARES = ("فارس العلي", "فارس العلي", "PER")
NABIL = ("نبيل حداد", "نبيل حداد", "PER")
SALEM = ("سالم النمري", "سالم النمري", "PER")
KHALED = ("خالد الراشد", "خالد الراشد", "PER")
JORDAN = ("الأردن", "الأردن", "LOC")


def test_a_first_person_plural_verb_after_a_colon_is_the_speakers() -> None:
    text = "وقال سامر الخطيب: نطالب الحكومة الأردنية بإصلاح الطريق."
    ev = one(run(text, [SAMER, JORDANIAN]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر الخطيب"], ["الأردن"])


def test_a_first_person_singular_verb_after_ana_is_the_speakers() -> None:
    text = "وقال سامر الخطيب في كلمته: «أنا أندد بهذا الاعتداء الجبان»."
    assert one(run(text, [SAMER]), "DISAPPROVE").source == ["سامر الخطيب"]


def test_a_bare_title_stands_for_the_person_named_with_it_but_a_described_one_for_another() -> None:
    text = "أكد وزير الخارجية فارس العلي أن المدينة آمنة. ودعا الوزير جميع الأطراف إلى ضبط النفس."
    assert one(run(text, [FARES]), "DEMAND").source == ["فارس العلي"]
    text = "استقبل الرئيس نبيل حداد الوفد أمس. وانتقد الرئيس السابق قرار الحكومة."
    assert all("نبيل حداد" not in e.source for e in run(text, [NABIL]) if e.type == "DISAPPROVE")


def test_a_title_at_the_head_of_a_long_chain_is_found() -> None:
    text = ("أكد مفتي عام البلاد رئيس هيئة كبار العلماء الشيخ سالم النمري أن الشباب أمانة. "
            "وشدد المفتي على ضرورة محاربة الفكر المتطرف.")
    assert one(run(text, [SALEM]), "DEMAND").source == ["سالم النمري"]


def test_a_subjectless_verb_goes_on_with_the_one_who_spoke_not_whom_he_spoke_of() -> None:
    text = "قال وزير الخارجية فارس العلي إن الأردن يدعم الحوار. ودعا إلى وقف القتال."
    assert one(run(text, [FARES, JORDAN]), "DEMAND").source == ["فارس العلي"]


def test_a_plural_in_at_after_a_masculine_verb_is_its_object() -> None:
    text = "وقال وكيل الوزارة خالد الراشد إن البرنامج سيبدأ قريبا. ودعا المنشآت إلى التسجيل فيه."
    assert one(run(text, [KHALED]), "DEMAND").source == ["خالد الراشد"]

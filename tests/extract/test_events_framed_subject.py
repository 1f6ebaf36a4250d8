"""The subject told before an apposition set off by commas (`events_framed_subject`): «وزير الخارجية
الأردني، فلان، انتقد …» — the speaker stands before the commas, the noun after the verb is its object."""

from __future__ import annotations

from event_cases import TURKEY, one, run

JORDANIAN = ("الأردني", "الأردن", "LOC")

ISRAELI_GOV = ("الحكومة الإسرائيلية", "إسرائيل", "LOC")
PALESTINIAN = ("الفلسطينية", "فلسطين", "LOC")
JUDEH = ("أيمن الصفدي", "أيمن الصفدي", "PER")
SPOKESMAN = ("يوسف المحمود", "يوسف المحمود", "PER")
MUFTI = ("خالد النجار", "خالد النجار", "PER")
EGYPTIAN_F = ("المصرية", "مصر", "LOC")
HOUTHIS = ("الحوثيين", "الحوثي", "ORG")


def test_the_name_between_commas_is_the_subject_not_the_object_after_the_verb() -> None:
    text = "لكن وزير الخارجية الأردني، أيمن الصفدي، انتقد الحكومة الإسرائيلية بشدة."
    ev = one(run(text, [JORDANIAN, JUDEH, ISRAELI_GOV]), "DISAPPROVE")
    assert ev.source == ["أيمن الصفدي"] and ev.target == ["إسرائيل"]


def test_blame_told_after_a_spokesman_and_his_name() -> None:
    text = ("لكن الناطق الرسمي باسم الرئاسة الفلسطينية، يوسف المحمود، حمل الحكومة الإسرائيلية "
            "المسؤولية الكاملة عن التصعيد.")
    ev = one(run(text, [PALESTINIAN, SPOKESMAN, ISRAELI_GOV]), "DISAPPROVE")
    assert ev.source == ["يوسف المحمود"] and ev.target == ["إسرائيل"]


def test_a_name_before_its_title_between_commas() -> None:
    text = "خالد النجار، مفتي الديار المصرية، اتهم الحوثيين بتهديد أمن المنطقة."
    ev = one(run(text, [MUFTI, EGYPTIAN_F, HOUTHIS]), "DISAPPROVE")
    assert ev.source == ["خالد النجار"] and ev.target == ["الحوثي"]


def test_adverbials_between_commas_leave_the_subject_after_the_verb() -> None:
    text = "ومن جهة أخرى، وفي بيان رسمي، انتقدت تركيا الحوثيين."
    ev = one(run(text, [TURKEY, HOUTHIS]), "DISAPPROVE")
    assert ev.source == ["تركيا"] and ev.target == ["الحوثي"]


def test_a_verb_with_an_object_pronoun_has_its_subject_after_it() -> None:
    text = "الحكومة الإسرائيلية، برئاسة نتنياهو، انتقدها وزير الخارجية الأردني أيمن الصفدي."
    ev = one(run(text, [ISRAELI_GOV, JORDANIAN, JUDEH]), "DISAPPROVE")
    assert ev.source == ["أيمن الصفدي"]


def test_a_spokesman_with_no_body_named_and_his_name() -> None:
    text = "لكن المتحدث باسم الوزارة، يوسف المحمود، انتقد الحوثيين بشدة."
    ev = one(run(text, [SPOKESMAN, HOUTHIS]), "DISAPPROVE")
    assert ev.source == ["يوسف المحمود"]

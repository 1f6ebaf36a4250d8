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


HOUTHI_MILITIA = ("ميليشيات الحوثي", "ميليشيات الحوثي", "ORG")
SALEH = ("عبدالله صالح", "علي عبدالله صالح", "PER")
SECURITY = ("قوات الأمن", "قوات الأمن", "ORG")
ARMY = ("الجيش", "الجيش", "ORG")
TAIZ = ("تعز", "تعز", "LOC")


def test_a_light_verb_after_a_conjoined_subject_and_a_name_between_commas() -> None:
    text = ("وأكد مصدر عسكري أن ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح، قامت أمس بقصف "
            "الأحياء السكنية في تعز.")
    ev = one(run(text, [HOUTHI_MILITIA, SALEH, TAIZ]), "ASSAULT")
    assert ev.source == ["ميليشيات الحوثي"]


def test_the_subject_after_a_complementiser_before_an_aside() -> None:
    text = "وقال المتحدث إن قوات الأمن، بالتعاون مع الجيش، اعتقلت خمسة مطلوبين."
    ev = one(run(text, [SECURITY, ARMY]), "COERCE")
    assert ev.source == ["قوات الأمن"]


def test_a_light_verb_after_a_complementiser_and_a_relative_aside() -> None:
    text = "وقال المتحدث إن قوات الأمن، التي تنتشر في المدينة، قامت باعتقال خمسة مطلوبين."
    ev = one(run(text, [SECURITY]), "COERCE")
    assert ev.source == ["قوات الأمن"]

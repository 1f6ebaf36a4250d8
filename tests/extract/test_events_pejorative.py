"""Criticism told by a pejorative description (`events_pejorative`): «وصف X … بالعمل الإجرامي», «واصفا ذلك بأنه
عمل استفزازي», «واعتبر X … تصعيدا خطيرا»; not a neutral description, a standing view, nor a claim after «أن»."""

from __future__ import annotations

from event_cases import one, run

BOROUJERDI = ("علاء الدين بروجردي", "علاء الدين بروجردي", "PER")
CAIRO_MIN = ("وزارة الخارجية المصرية", "وزارة الخارجية المصرية", "ORG")
HEZBOLLAH = ("حزب الله", "حزب الله", "ORG")
NAJAFI = ("حسام النجفي", "حسام النجفي", "PER")
OMAN = ("سلطنة عمان", "سلطنة عمان", "LOC")
ANKARA = ("أنقرة", "أنقرة", "LOC")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")


def _types(evs: list) -> list[str]:
    return [e.type for e in evs]


def test_a_description_by_a_blaming_phrase_far_from_the_verb_is_a_criticism() -> None:
    text = ("وصف النائب حسام النجفي قرار إغلاق المعبر الحدودي الذي اتخذته السلطات المحلية في الأسبوع الماضي "
            "دون أي تشاور مع السكان أو مع ممثليهم في المجلس البلدي بالعمل العدواني المرفوض.")
    ev = one(run(text, [NAJAFI]), "DISAPPROVE")
    assert ev.source == ["حسام النجفي"]


def test_a_participle_describing_with_bianna_and_a_blaming_noun_is_a_criticism() -> None:
    text = "وأصدرت وزارة الخارجية المصرية بيانا عن إطلاق القذائف على الحدود، واصفة ذلك بأنه تصعيد غير مسؤول."
    ev = one(run(text, [CAIRO_MIN]), "DISAPPROVE")
    assert ev.source == ["وزارة الخارجية المصرية"]


def test_considering_a_deed_a_grave_precedent_is_a_criticism() -> None:
    text = "واعتبر علاء الدين بروجردي يوم الأحد قرار حزب الله بإغلاق الطريق سابقة خطيرة."
    ev = one(run(text, [BOROUJERDI, HEZBOLLAH]), "DISAPPROVE")
    assert ev.source == ["علاء الدين بروجردي"]


def test_a_neutral_or_medical_description_is_no_criticism() -> None:
    assert "DISAPPROVE" not in _types(run("ووصفت سلطنة عمان المحادثات بأنها بناءة ومثمرة.", [OMAN]))
    assert "DISAPPROVE" not in _types(run("ووصف حسام النجفي حالة المصاب بالخطيرة.", [NAJAFI]))


def test_a_standing_view_or_a_claim_after_an_is_no_criticism() -> None:
    text = "وتعتبر أنقرة حزب العمال الكردستاني منظمة إرهابية."
    assert "DISAPPROVE" not in _types(run(text, [ANKARA, PKK]))
    text = "واعتبر حسام النجفي أن الأزمة قد تتحول إلى تصعيد خطير إذا استمرت."
    assert "DISAPPROVE" not in _types(run(text, [NAJAFI]))


def test_blaming_a_behaviour_rather_than_a_deed_is_no_criticism() -> None:
    text = ("وحث حسام النجفي الطلاب على الابتعاد عن السهر الطويل أمام الشاشات، واصفا السهر بأنه عادة "
            "مشينة وخطيرة على الصحة.")
    assert "DISAPPROVE" not in _types(run(text, [NAJAFI]))
    text = "وأصدرت وزارة الخارجية المصرية بيانا عن القصف، واصفة القصف بأنه عمل وحشي."
    assert "DISAPPROVE" in _types(run(text, [CAIRO_MIN]))

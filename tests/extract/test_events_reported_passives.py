"""Deeds told in the passive or with «تم», «جرى», reported by a security or judicial body
(`events_reported_passives`): the body (a spokesman stands for his body) did the arrest, the seizure or the
foiling; a «ضبط» takes the people named right after it."""

from __future__ import annotations

from event_cases import INTERIOR_MINISTRY, run

TABUK = ("تبوك", "تبوك", "LOC")
JAZAN = ("جازان", "جازان", "LOC")
SPOKESMAN = ("ماجد العتيبي", "ماجد العتيبي", "PER")
HEALTH = ("وزارة الصحة", "وزارة الصحة", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")
CUSTOMS = ("الجمارك", "الجمارك", "ORG")


def _arrests(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[list[str], list[str]]]:
    """Source and target of each COERCE event of `text`."""
    return [(e.source, e.target) for e in run(text, specs) if e.type == "COERCE"]


def test_a_regional_police_spokesman_reports_a_seizure_of_people() -> None:
    text = "وأوضح الناطق الإعلامي لشرطة منطقة تبوك المقدم ماجد العتيبي بأنه تم ضبط أربعة مقيمين يبيعون الممنوعات."
    assert _arrests(text, [TABUK, SPOKESMAN]) == [(["شرطة منطقة تبوك"], ["أربعة مقيمين"])]


def test_a_ministry_spokesman_stands_for_the_ministry() -> None:
    text = "وأفاد المتحدث الأمني لوزارة الداخلية اللواء ماجد العتيبي أنه تم القبض على ستة مطلوبين في جازان."
    assert _arrests(text, [INTERIOR_MINISTRY, SPOKESMAN, JAZAN]) == [(["وزارة الداخلية"], ["ستة مطلوبين"])]


def test_an_aside_names_the_body_of_a_passive_arrest() -> None:
    text = "ألقي القبض على سبعة متسللين قرب الحدود بحسب ما أعلنت الشرطة."
    assert _arrests(text, [POLICE]) == [(["الشرطة"], ["سبعة متسللين"])]


def test_a_statement_aside_names_the_body_of_a_foiling() -> None:
    text = "وبحسب بيان لوزارة الداخلية فقد تم إحباط محاولة تهريب في جازان."
    assert [s for s, _ in _arrests(text, [INTERIOR_MINISTRY, JAZAN])] == [["وزارة الداخلية"]]


def test_a_health_ministry_is_no_doer_of_an_arrest_it_reports() -> None:
    text = "وأفاد المتحدث باسم وزارة الصحة أنه تم القبض على ثلاثة أشخاص اعتدوا على طبيب."
    assert all(not s for s, _ in _arrests(text, [HEALTH]))


def test_a_time_clause_after_the_reporting_verb_is_no_report() -> None:
    text = "وقالت مصادر محلية إن الاشتباكات بدأت بعد أن شنت الشرطة حملة، وتم توقيف خمسة أشخاص."
    assert all(s != ["الشرطة"] for s, _ in _arrests(text, [POLICE]))


def test_the_next_sentence_goes_on_with_the_police_report() -> None:
    text = ("وأوضح الناطق الإعلامي لشرطة منطقة تبوك المقدم ماجد العتيبي أن دورية رصدت مركبة مشبوهة. "
            "وأضاف أنه تم القبض على ثلاثة مقيمين كانوا بداخلها.")
    assert _arrests(text, [TABUK, SPOKESMAN]) == [(["شرطة منطقة تبوك"], ["ثلاثة مقيمين"])]


def test_a_seizure_verb_takes_the_people_after_its_subject() -> None:
    assert _arrests("وضبطت الجمارك خمسة مهربين في المنفذ.", [CUSTOMS]) == [(["الجمارك"], ["خمسة مهربين"])]


def test_the_body_not_its_spokesman_seized_the_suspect() -> None:
    text = "وبين الناطق الإعلامي بشرطة منطقة تبوك المقدم ماجد العتيبي، أنه تم ضبط المتهم بعد ساعات من البلاغ."
    assert _arrests(text, [TABUK, SPOKESMAN]) == [(["شرطة منطقة تبوك"], ["المتهم"])]


def test_a_region_the_entity_layer_missed_is_read_up_to_the_officer_rank() -> None:
    text = "وأوضح الناطق الإعلامي بشرطة منطقة الحدود الشمالية العقيد ماجد العتيبي أنه تم القبض على خمسة مطلوبين."
    assert _arrests(text, [SPOKESMAN]) == [(["شرطة منطقة الحدود الشمالية"], ["خمسة مطلوبين"])]


def test_a_detention_another_verb_is_about_has_no_reported_doer() -> None:
    text = "وقالت الشرطة في بيان إن منظمة محلية أبلغت السلطات باحتجاز المرأة في غرفة صغيرة."
    assert not [e for e in run(text, [POLICE]) if e.type == "COERCE" and "الشرطة" in e.source]


def test_people_held_under_arrest_are_no_arrest_told() -> None:
    text = "وقالت الشرطة إن أكثر من 300 شخص هم حاليا قيد التوقيف في السجون."
    assert not [e for e in run(text, [POLICE]) if e.type == "COERCE"]


def test_the_body_after_bism_is_the_spokesmans_past_a_name_not_tagged() -> None:
    # the spokesman's name (three words the entity layer does not tag) stands between the verb and his body
    text = ("وقال العقيد سامي فرج الناصر المتحدث باسم الشرطة إن الدوريات انتشرت في المدينة. "
            "وأضاف أنه تم القبض على ثلاثة مطلوبين.")
    assert _arrests(text, [POLICE]) == [(["الشرطة"], ["ثلاثة مطلوبين"])]


def test_a_spokesman_of_a_health_ministry_still_names_no_doer() -> None:
    text = ("وقال الدكتور سامي فرج الناصر المتحدث باسم وزارة الصحة إن المصابين نقلوا إلى المستشفى. "
            "وأضاف أنه تم القبض على ثلاثة أشخاص.")
    assert all(not s for s, _ in _arrests(text, [HEALTH]))

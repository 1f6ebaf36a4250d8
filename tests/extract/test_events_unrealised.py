"""Deeds told as not done and deeds told as old history (`events_unrealised`): a deed tried («يحاول … بسط
سيطرته») or provided for by a plan («مبادرة تقضي بانسحاب …») is hedged, an attack tried is not; a future
verb after «كان» is hedged and no background; a deed dated by a decade, a past century or a named past war
is background."""

from __future__ import annotations

from event_cases import EGYPT, HOUTHI, ISIS_TANZIM, one, run

PALMYRA = ("تدمر", "تدمر", "LOC")
SOUSSE = ("سوسة", "سوسة", "LOC")
GERMANY = ("ألمانيا", "ألمانيا", "LOC")
LONDON = ("لندن", "لندن", "LOC")
SADAT = ("أنور السادات", "أنور السادات", "PER")
INTERIOR_MINISTER = ("وزير الداخلية", "وزير الداخلية", "PER")


def test_a_seizure_tried_is_hedged_an_attack_tried_is_not() -> None:
    text = "وقال المرصد إن تنظيم داعش يحاول بسط سيطرته على مدينة تدمر."
    assert one(run(text, [ISIS_TANZIM, PALMYRA]), "COERCE").hedged
    text = "ونجا وزير الداخلية من محاولة اغتيال في العاصمة."
    assert not one(run(text, [INTERIOR_MINISTER]), "ASSAULT").hedged


def test_a_withdrawal_an_initiative_provides_for_is_hedged_one_told_is_not() -> None:
    text = "وقدم الوسيط الدولي مبادرة تقضي بانسحاب الحوثيين من المدن مقابل رفع العقوبات عنهم."
    assert one(run(text, [HOUTHI]), "RETREAT").hedged
    assert one(run("ويقضي المقترح بانسحاب الحوثيين من المدن.", [HOUTHI]), "RETREAT").hedged
    text = "وأكد المتحدث انسحاب الحوثيين من المدن الجنوبية أمس."
    assert not one(run(text, [HOUTHI]), "RETREAT").hedged


def test_a_future_verb_after_kana_is_hedged_not_background() -> None:
    text = "وقال مصدر أمني إن الخلية كانت ستستهدف مواقع عسكرية في مدينة سوسة."
    ev = one(run(text, [SOUSSE]), "ASSAULT")
    assert ev.hedged and not ev.background


def test_a_deed_dated_by_a_decade_is_background() -> None:
    text = "وفي ثمانينيات القرن الماضي اغتال مسلحون الرئيس المصري أنور السادات."
    assert one(run(text, [SADAT]), "ASSAULT").background


def test_a_named_war_of_the_past_is_background_a_war_now_is_not() -> None:
    assert one(run("وتسبب تأميم القناة في العدوان الثلاثي على مصر.", [EGYPT]), "ASSAULT").background
    text = "وخلال الحرب العالمية الثانية قصفت ألمانيا مدينة لندن."
    assert one(run(text, [GERMANY, LONDON]), "ASSAULT").background
    text = "وخلال الحرب الدائرة قصفت ألمانيا مدينة لندن."
    assert not one(run(text, [GERMANY, LONDON]), "ASSAULT").background

"""Verbal attacks (`events_verbal_attack`): «هاجم» and «شن … هجوما» told of words are criticism (DISAPPROVE)
with the speaker as source, even where the words themselves speak of violence; attacks with arms, armed doers
or a post as object stay ASSAULT."""

from __future__ import annotations

import pytest
from event_cases import run

KARIM = ("كريم منصور", "كريم منصور", "PER")
SALEM = ("سالم الهاشمي", "سالم الهاشمي", "PER")
LAYLA = ("ليلى حسن", "ليلى حسن", "PER")
AUTHORITY = ("السلطة الفلسطينية", "السلطة الفلسطينية", "ORG")
PARTY = ("حزب العدالة", "حزب العدالة", "ORG")
ARMY = ("الجيش", "الجيش", "ORG")
SPECS = [KARIM, SALEM, LAYLA, AUTHORITY, PARTY, ARMY]


@pytest.mark.parametrize(("text", "src"), [
    # a word of speech after the verb, where the quote itself names terror and killing
    ("وهاجم كريم منصور السلطة الفلسطينية قائلا: «إنهم يمجدون الإرهاب ويكافئون القتلة».", "كريم منصور"),
    # a description of the one attacked
    ("سالم الهاشمي يهاجم كريم منصور ويصفه بالفاشل.", "سالم الهاشمي"),
    # a speaker's title right after the verb, with the victims of the criticised silence told after it
    ("وهاجم الرئيس كريم منصور زعيم حزب العدالة المعارض لالتزامه الصمت إزاء مقتل اثنين من الجنود.", "كريم منصور"),
    # the medium named before the verb
    ("وجاءت تصريحات كريم منصور التي هاجم فيها سالم الهاشمي بعد أسبوع من الانتخابات.", "كريم منصور"),
    # the medium named after the verb or after the attack noun
    ("وهاجم كريم منصور حزب العدالة في كلمة ألقاها أمام أنصاره أمس.", "كريم منصور"),
    ("وشن سالم الهاشمي هجوما على حزب العدالة في خطابه أمام البرلمان.", "سالم الهاشمي"),
    # a sentence opened on its medium
    ("وفي رسالته إلى الناخبين، هاجم كريم منصور حزب العدالة.", "كريم منصور"),
    # a subject in brackets and quotes between «شن» and its noun
    ("شن كريم منصور (مستقل)، في مقابلة مع قناة «الأفق»، هجوما عنيفا على حزب العدالة.", "كريم منصور"),
])
def test_verbal_attack_is_disapprove(text: str, src: str) -> None:
    evs = run(text, SPECS)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == "DISAPPROVE" and src in e.source]


def test_speaker_named_after_title_is_source() -> None:
    evs = run("هاجمت الفنانة ليلى حسن المسلسلات التي عرضت في رمضان، ووصفتها بالسطحية.", SPECS)
    dis = [e for e in evs if e.type == "DISAPPROVE"]
    assert dis and "ليلى حسن" in dis[0].source and "ليلى حسن" not in dis[0].target


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون حاجزا للجيش قرب المدينة قائلين إنهم ينتقمون لرفاقهم.",
    "وهاجمت قوات الأمن أنصار حزب العدالة بالعصي خلال الاحتجاج متهمة إياهم بالشغب.",
    "وهاجم حشد غاضب النائب كريم منصور أمام منزله ورشقوه بالحجارة قائلين إنه خانهم.",
])
def test_armed_attack_stays(text: str) -> None:
    evs = run(text, SPECS)
    assert not [e for e in evs if e.type == "DISAPPROVE" and e.trigger.startswith(("هاجم", "وهاجم"))]


def test_a_verbal_attack_keeps_the_titled_speaker_it_found() -> None:
    """«وهاجم وزير … فلان تركيا»: the speaker after the title is the source, the country after him the one
    attacked, not the other way round."""
    jordanian = ("الأردني", "الأردن", "LOC")
    turkey = ("تركيا", "تركيا", "LOC")
    evs = run("وهاجم وزير الخارجية الأردني سالم الهاشمي تركيا بسبب تصريحات رئيسها.", [jordanian, SALEM, turkey])
    dis = [e for e in evs if e.type == "DISAPPROVE"]
    assert dis and dis[0].source == ["سالم الهاشمي"] and dis[0].target == ["تركيا"]

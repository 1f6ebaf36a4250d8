"""Campaigns of words (`events_campaign_words`): an attack noun whose object is a decision or a value, whose
undergoer is an office holder or a value, or which is joined to criticism, in a sentence with no word of arms,
is no ASSAULT; attacks told with arms, armed doers or casualties stay."""

from __future__ import annotations

import pytest
from event_cases import run

DAESH = ("داعش", "داعش", "ORG")
MINISTRY = ("وزارة التعليم", "وزارة التعليم", "ORG")
SPECS = [DAESH, MINISTRY]


@pytest.mark.parametrize("text", [
    # an adjective of harshness between the noun and the decision it is on
    "وعبر الكاتب عن دهشته بعد هجومهم الشرس على القرار الأخير لوزارة التعليم.",
    # a campaign undergone by an office holder
    "وجاء ذلك بعد الهجمة التي تعرض لها وزير الصحة خلال اليومين الماضيين.",
    # a campaign on a people's values
    "وقال الخطيب إن الأمة تواجه هجمة شرسة على ثوابتها وقيمها.",
    # the attack named beside criticism
    "ولقيت الزيارة التي قام بها وفد من وزارة التعليم الكثير من الهجوم والانتقاد، وهو ما يحتاج إلى رد.",
])
def test_campaign_of_words_is_no_assault(text: str) -> None:
    evs = run(text, SPECS)
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وصدت القوات الهجمة الشرسة التي شنها مسلحو داعش على الرمادي.",
    "وقتل ثلاثة جنود في هجمة صاروخية على قاعدة عسكرية شمال البلاد.",
    "وشن مسلحون هجوما شرسا على مقر الشرطة في المدينة أمس.",
])
def test_armed_attack_stays(text: str) -> None:
    evs = run(text, SPECS)
    assert [e for e in evs if e.type == "ASSAULT"]

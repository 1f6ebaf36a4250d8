"""A statement told again by its speaker is one event: the retelling points back at what it is about
(«هذا العمل»), repeats what was asked, or tells one side of an exchange told before; another body's
statement, another thing asked or another addressee stays an event of its own."""

from __future__ import annotations

from event_cases import EGYPT, QATAR, SALEM, UKRAINE, run

KUWAITI = ("الكويتي", "الكويت", "LOC")
BAHRAINI = ("البحريني", "البحرين", "LOC")
PKK_SHORT = ("حزب العمال", "حزب العمال", "ORG")
PKK_FULL = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
UKRAINIAN = ("الأوكراني", "أوكرانيا", "LOC")


def test_a_condemnation_pointing_back_is_the_one_told() -> None:
    text = ("أدانت مصر الهجوم على القنصلية في المدينة. وقال المتحدث باسم الخارجية إن مصر تستنكر هذا العمل "
            "الإجرامي. كما أدانت قطر هذا الهجوم.")
    evs = [e for e in run(text, [EGYPT, QATAR]) if e.type == "DISAPPROVE"]
    assert [e.source for e in evs] == [["مصر"], ["قطر"]]


def test_a_set_phrase_is_no_pointing_back_a_rejection_is() -> None:
    text = "ودعت مصر الأطراف إلى الحوار. ودعت مصر في هذا الصدد إلى وقف القتال."
    assert len([e for e in run(text, [EGYPT]) if e.type == "DEMAND"]) == 2
    text = "رفضت مصر الاقتراح. ورفضت مصر هذا المقترح الجديد."
    assert len([e for e in run(text, [EGYPT]) if e.type == "REJECT"]) == 1


def test_a_demand_repeated_word_for_word_is_one() -> None:
    text = ("طالب سالم الحربي حزب العمال الكردستاني بمغادرة الأراضي العراقية. وأكد الحربي أهمية الحوار مع "
            "الجيران، مطالبا حزب العمال بمغادرة الأراضي العراقية. وطالب الحربي حزب العمال بالإفراج عن الأسرى.")
    evs = [e for e in run(text, [SALEM, PKK_FULL, PKK_SHORT]) if e.type == "DEMAND"]
    assert len(evs) == 2
    assert "حزب العمال الكردستاني" in evs[0].target


def test_thanks_to_two_ministers_stay_two() -> None:
    text = ("وقدم سالم الحربي شكره لوزير الداخلية البحريني على مشاعره الطيبة. وقدم سالم الحربي شكره لوزير "
            "الداخلية الكويتي على مشاعره الطيبة. وطالب سالم الحربي حزب العمال بمغادرة الأراضي العراقية. "
            "وطالب سالم الحربي حزب العمال بمغادرة الأراضي العراقية فورا.")
    evs = run(text, [SALEM, BAHRAINI, KUWAITI, PKK_SHORT])
    assert len([e for e in evs if e.type == "DEMAND"]) == 1
    assert len([e for e in evs if e.type == "SUPPORT"]) == 2


def test_one_side_of_an_exchange_is_part_of_it() -> None:
    text = "تبادلت أوكرانيا وانفصاليون الاتهامات بقصف المدن. واتهم الانفصاليون الجيش الأوكراني بتكثيف هجومه."
    evs = [e for e in run(text, [UKRAINE, UKRAINIAN]) if e.type == "DISAPPROVE"]
    assert sorted((e.source, e.target) for e in evs) == [(["أوكرانيا"], ["الانفصاليون"]),
                                                         (["الانفصاليون"], ["أوكرانيا"])]

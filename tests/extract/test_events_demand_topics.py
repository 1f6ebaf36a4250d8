"""Who a demand is made of, not what it is about (round s33 `demand`): a party named only in a relative clause
on the thing asked, or after it, is no target («دعت … إلى احترام الهدنة، التي جاءت مع زيارة المبعوث إلى
اليمن»); one joined by «و» to a «لـ» phrase of the thing asked is whom it is for («بوجود فرع للدفاع المدني
والهلال الأحمر»); a second subject joined by «و» is not the one asked («وأكدت الولايات المتحدة ودول مجلس
التعاون على ضرورة»); ordering a thing «من خلال» something asks no one («طلب الطعام من خلال»); and «طالب» in
a name («عبدالعزيز بن طالب») is no demand."""

from __future__ import annotations

from event_cases import US, YEMEN, one, run

GCC = ("مجلس التعاون الخليجي", "مجلس التعاون الخليجي", "ORG")
ENVOY = ("إسماعيل ولد الشيخ أحمد", "إسماعيل ولد الشيخ أحمد", "PER")
HARBI = ("حسن الحربي", "حسن الحربي", "PER")
RED_CRESCENT = ("الهلال الأحمر", "الهلال الأحمر", "ORG")
GOOGLE = ("غوغل", "جوجل", "ORG")
BARASHI = ("عباس براشي", "عباس براشي", "PER")


def test_parties_in_a_relative_clause_on_the_thing_asked_are_no_target() -> None:
    text = ("وقد رحبت الجامعة بالهدنة، بينما دعت الأمانة العامة لمجلس التعاون الخليجي إلى احترام الهدنة الإنسانية "
            "الجديدة، التي جاءت بالتزامن مع زيارة المبعوث الأممي إلى اليمن، إسماعيل ولد الشيخ أحمد إلى العاصمة السعودية.")
    ev = one(run(text, [GCC, YEMEN, ENVOY]), "DEMAND")
    assert ev.source == ["مجلس التعاون الخليجي"] and ev.target == []


def test_a_relative_clause_on_the_thing_asked_names_no_target_without_a_comma() -> None:
    text = "ودعا مجلس التعاون الخليجي إلى احترام الهدنة الإنسانية الجديدة التي جاءت مع زيارة المبعوث الأممي إلى اليمن."
    ev = one(run(text, [GCC, YEMEN]), "DEMAND")
    assert ev.target == []


def test_a_party_joined_to_a_for_whom_phrase_is_no_target() -> None:
    text = "فيما طالب حسن الحربي بوجود فرع للدفاع المدني والهلال الأحمر في المركز."
    ev = one(run(text, [HARBI, RED_CRESCENT]), "DEMAND")
    assert ev.source == ["حسن الحربي"] and ev.target == []


def test_a_second_subject_joined_by_and_is_not_the_one_asked() -> None:
    text = "وأكدت الولايات المتحدة ودول مجلس التعاون بقوة على ضرورة حل الصراع على أساس اتفاق سلام عادل."
    ev = one(run(text, [US]), "DEMAND")
    assert ev.source == ["الولايات المتحدة"] and ev.target == []


def test_ordering_a_thing_by_some_means_is_no_demand() -> None:
    text = "وكانت غوغل قد طرحت خاصية جديدة تتيح للمستخدم طلب الطعام من خلال نتائج البحث."
    assert not [e for e in run(text, [GOOGLE]) if e.type == "DEMAND"]


def test_talib_in_a_name_is_no_demand() -> None:
    text = "وحضر اللقاء الملحق الثقافي الدكتور عبدالعزيز بن طالب الدكتور عباس براشي مساعد الملحق."
    assert not [e for e in run(text, [BARASHI]) if e.type == "DEMAND"]


def test_the_one_asked_still_stands_before_what_is_asked() -> None:
    text = "ودعا حسن الحربي الولايات المتحدة إلى دعم الهدنة التي أعلنت في اليمن."
    ev = one(run(text, [HARBI, US, YEMEN]), "DEMAND")
    assert ev.target == ["الولايات المتحدة"]

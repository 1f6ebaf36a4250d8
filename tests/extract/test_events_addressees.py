"""Obvious parties of demands, praise and condemnation that no entity names (`events_addressees`): the body
a demand verb asks («دعت المنظمة المجتمع الدولي إلى …»), and the doer a relative clause names for the
deed praised or condemned («تقديره للدور الذي تضطلع به دول التحالف», «الهجوم الذي تبناه تنظيم داعش»)."""

from __future__ import annotations

from event_cases import FRENCH, ISIS, one, run

AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")
HADI = ("عبدربه منصور هادي", "عبدربه منصور هادي", "PER")
SINAI = ("سيناء", "سيناء", "LOC")


def test_the_body_a_demand_asks_after_an_unnamed_subject_is_its_target() -> None:
    ev = one(run("ودعا الاتحاد العالمي للمسلمين المجتمع الدولي إلى التحرك لحماية المدنيين.", []), "DEMAND")
    assert ev.target == ["المجتمع الدولي"]
    urged = one(run("وحث رئيس الحكومة الجهات المعنية على الإسراع في تنفيذ المشاريع.", []), "DEMAND")
    assert urged.source == ["رئيس الحكومة"] and urged.target == ["الجهات المعنية"]


def test_a_demand_with_no_party_asked_keeps_no_target() -> None:
    ev = one(run("وطالبت منظمة العفو الدولية بالإفراج عن المعتقلين.", [AMNESTY]), "DEMAND")
    assert ev.target == []


def test_the_doer_of_a_praised_role_is_the_target_of_the_praise() -> None:
    text = "وأعرب الرئيس عبدربه منصور هادي عن تقديره للدور الذي تضطلع به دول التحالف في دعم الشرعية."
    ev = one(run(text, [HADI]), "SUPPORT")
    assert ev.source == ["عبدربه منصور هادي"] and ev.target == ["دول التحالف"]


def test_the_group_that_claimed_a_condemned_attack_is_the_target() -> None:
    text = "وأعربت الخارجية الفرنسية عن إدانتها للهجوم الذي تبناه تنظيم داعش في سيناء."
    ev = one(run(text, [FRENCH, ISIS, SINAI]), "DISAPPROVE")
    assert ev.target == ["داعش"]


def test_a_relative_clause_with_no_doer_gives_no_target() -> None:
    text = "وأعرب الرئيس عبدربه منصور هادي عن تقديره للجهود التي بذلت في دعم الشرعية."
    assert one(run(text, [HADI]), "SUPPORT").target == []


def test_people_asked_with_a_conjunct_after_a_named_subject_are_the_target() -> None:
    text = "ودعا قائد الشرطة العميد سالم المري المواطنين والمقيمين إلى الابتعاد عن الأودية."
    ev = one(run(text, [("سالم المري", "سالم المري", "PER")]), "DEMAND")
    assert "سالم المري" in ev.source and ev.target == ["المواطنين"]


ANBAR = ("الأنبار", "الأنبار", "LOC")
KAOUD = ("نعيم الكعود", "نعيم الكعود", "PER")
MALIKI = ("المالكي", "المالكي", "PER")
BRITISH = ("البريطانية", "بريطانيا", "LOC")
LIBYA = ("ليبيا", "ليبيا", "LOC")


def test_the_body_asked_outranks_a_party_of_the_thing_asked() -> None:
    text = "وطالب الشيخ نعيم الكعود حكومة الأنبار بالعمل الجاد للقضاء على داعش."
    ev = one(run(text, [KAOUD, ANBAR, ISIS]), "DEMAND")
    assert ev.source == ["نعيم الكعود"] and "داعش" not in ev.target and "الأنبار" in ev.target
    local = one(run("وطالب المالكي الحكومة المحلية في الأنبار بطرد داعش.", [MALIKI, ANBAR, ISIS]), "DEMAND")
    assert local.target == ["الحكومة المحلية في الأنبار"]


def test_the_subjects_own_people_are_those_asked() -> None:
    ev = one(run("ودعت الخارجية البريطانية رعاياها إلى مغادرة ليبيا.", [BRITISH, LIBYA]), "DEMAND")
    assert ev.source == ["بريطانيا"] and ev.target == ["رعاياها"]


def test_an_adverb_may_stand_between_the_subject_and_the_body_asked() -> None:
    text = "كما طالب المالكي مجددا المجتمع الدولي بالضغط على داعش."
    assert one(run(text, [MALIKI, ISIS]), "DEMAND").target == ["المجتمع الدولي"]


def test_the_genitive_of_a_title_ending_the_subject_is_not_asked() -> None:
    # (the entity layer took the title into the name: «كارلوس تشافيز أمين»)
    chavez = ("كارلوس تشافيز أمين", "كارلوس تشافيز أمين", "PER")
    text = "وطالب كارلوس تشافيز أمين صندوق الاتحاد العربي بالتحقيق مع داعش."
    assert "صندوق الاتحاد العربي" not in one(run(text, [chavez, ISIS]), "DEMAND").target

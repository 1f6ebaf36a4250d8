"""Parties in the wrong role (`events_role_fixes`): the body whose resolution or charter a statement cites
(«بتنفيذ قرار مجلس الأمن»), the doer of a condemned deed named by people and their nisba after «من قبل»
(«من قبل المسؤولين الإيرانيين تجاه …»), and the one a condemned harm was done to («أدانت X مقتل Y»)."""

from __future__ import annotations

from event_cases import one, run

UNSC = ("مجلس الأمن", "مجلس الأمن الدولي", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
HOUTHIS = ("الحوثيين", "الحوثي", "ORG")
LEAGUE_ENVOY = ("كمال الدباغ", "كمال الدباغ", "PER")
OMAN = ("سلطنة عمان", "عمان", "LOC")
IRANIAN = ("الإيرانيين", "إيران", "LOC")
QATAR = ("قطر", "قطر", "LOC")
KUWAITI_STATE = ("دولة الكويت", "الكويت", "LOC")
SWEDEN = ("السويد", "السويد", "LOC")
REPORTER = ("ماهر الزين", "ماهر الزين", "PER")
TEACHER = ("سامر العتيبي", "سامر العتيبي", "PER")
NORWAY = ("النرويج", "النرويج", "LOC")
MINISTER = ("حامد الشمري", "حامد الشمري", "PER")


def test_the_author_of_a_resolution_to_carry_out_is_no_target() -> None:
    text = "وطالب كمال الدباغ الحوثيين بتنفيذ قرار مجلس الأمن رقم 2216 دون إبطاء."
    ev = one(run(text, [LEAGUE_ENVOY, HOUTHIS, UNSC]), "DEMAND")
    assert ev.source == ["كمال الدباغ"] and ev.target == ["الحوثي"]


def test_the_author_of_a_charter_to_keep_is_no_target() -> None:
    text = "ودعت سلطنة عمان جميع الأطراف إلى الالتزام بنصوص ميثاق الأمم المتحدة."
    ev = one(run(text, [OMAN, UN]), "DEMAND")
    assert ev.source == ["عمان"] and "الأمم المتحدة" not in ev.target


def test_a_resolution_joined_to_a_list_of_grounds_is_cited() -> None:
    text = "ودعت قطر الحوثيين إلى احترام القوانين الدولية وقرارات مجلس الأمن ذات الصلة."
    ev = one(run(text, [QATAR, HOUTHIS, UNSC]), "DEMAND")
    assert ev.target == ["الحوثي"]


def test_a_resolution_that_is_itself_welcomed_or_refused_keeps_its_author() -> None:
    ev = one(run("ورحبت قطر بقرار مجلس الأمن الجديد.", [QATAR, UNSC]), "SUPPORT")
    assert ev.target == ["مجلس الأمن الدولي"]
    ev = one(run("ورفضت قطر تنفيذ قرار مجلس الأمن الجديد.", [QATAR, UNSC]), "REJECT")
    assert ev.target == ["مجلس الأمن الدولي"]


def test_officials_with_a_nisba_after_by_are_the_condemned_doer() -> None:
    text = "وأدانت دولة الكويت بشدة التصريحات العدائية من قبل المسؤولين الإيرانيين تجاه السويد."
    ev = one(run(text, [KUWAITI_STATE, IRANIAN, SWEDEN]), "DISAPPROVE")
    assert ev.source == ["الكويت"] and ev.target == ["إيران"]


def test_the_one_killed_is_no_target_of_the_condemnation() -> None:
    text = "وأدانت النرويج مقتل الصحفي ماهر الزين في المدينة."
    ev = one(run(text, [NORWAY, REPORTER]), "DISAPPROVE")
    assert ev.source == ["النرويج"] and ev.target == []
    # a «لـ» object after the harm noun: the name before it did the harm and stays
    ev = one(run("وانتقد حامد الشمري اعتقال النرويج للصحفي ماهر الزين.", [MINISTER, NORWAY, REPORTER]), "DISAPPROVE")
    assert "النرويج" in ev.target


def test_the_one_arrested_is_no_source_of_the_condemnation() -> None:
    text = "واستنكر الوزير اعتقال المعلم سامر العتيبي."
    assert not [e for e in run(text, [TEACHER]) if e.type == "DISAPPROVE" and "سامر العتيبي" in e.source]

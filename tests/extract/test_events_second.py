"""The second party named away from the verb (`events_second`): the one asked after an apposition or the
statement's medium, the one met after the meeting's place, the one thanked after «لـ», and a suspect
named by a definite noun after an arrest."""

from __future__ import annotations

from event_cases import AMMAN, SALEM, one, run

POLICE = ("الشرطة", "الشرطة", "ORG")
SAFADI = ("أيمن الصفدي", "أيمن الصفدي", "PER")
JORDANIAN_MASC = ("الأردني", "الأردن", "LOC")


def test_the_one_asked_after_an_apposition_between_commas() -> None:
    text = "وطالب سالم الحربي، عضو المجلس البلدي، مسؤولي البلدية بإصلاح الطرق."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["مسؤولي البلدية"]


def test_the_one_asked_after_the_statements_medium() -> None:
    text = "ودعت الحكومة، في بيان لها أمس، المجتمع الدولي إلى التدخل العاجل."
    ev = one(run(text, []), "DEMAND")
    assert ev.source == ["الحكومة"] and ev.target == ["المجتمع الدولي"]


def test_no_one_asked_when_the_aside_leads_to_the_complement() -> None:
    text = "ودعت الحكومة، في بيان لها أمس، إلى التهدئة."
    ev = one(run(text, []), "DEMAND")
    assert ev.target == []


def test_the_one_met_after_the_meetings_place() -> None:
    text = "والتقى سالم الحربي في عمان أمس وزير الخارجية الأردني أيمن الصفدي."
    ev = one(run(text, [SALEM, AMMAN, JORDANIAN_MASC, SAFADI]), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["أيمن الصفدي"]


def test_the_body_thanked_after_la() -> None:
    text = "وقدم سالم الحربي شكره وتقديره لإدارة الجمعية على جهودها."
    ev = one(run(text, [SALEM]), "SUPPORT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["إدارة الجمعية"]


def test_the_person_thanked_is_no_subject() -> None:
    text = "وقدم مدير المستشفى شكره الجزيل لسالم الحربي على تبرعه."
    ev = one(run(text, [("سالم الحربي", "سالم الحربي", "PER")]), "SUPPORT")
    assert ev.source == ["مدير المستشفى"] and ev.target == ["سالم الحربي"]


def test_no_party_thanked_for_a_time() -> None:
    text = "وعبر سالم الحربي عن شكره للمرة الثانية على التوالي."
    ev = one(run(text, [SALEM]), "SUPPORT")
    assert ev.target == []


def test_a_suspect_named_by_a_definite_noun_after_an_arrest() -> None:
    text = "وألقت الشرطة القبض على الجاني بعد ساعات من الحادث."
    ev = one(run(text, [POLICE]), "COERCE")
    assert ev.source == ["الشرطة"] and ev.target == ["الجاني"]


def test_the_ones_asked_after_a_participle_and_its_aside() -> None:
    text = "وطالب سالم الحربي بضرورة التحرك فورا، مناشدا في هذا الصدد المنظمات الإقليمية والدولية المعنية للتحرك."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["المنظمات الإقليمية"]


def test_what_the_attack_in_the_relative_clause_hit() -> None:
    text = "وأدان سالم الحربي الهجوم الانتحاري الذي استهدف في سروج ناشطين مؤيدين للقضية."
    ev = one(run(text, [SALEM, ("سروج", "سروج", "LOC")]), "ASSAULT")
    assert ev.target == ["ناشطين مؤيدين"]

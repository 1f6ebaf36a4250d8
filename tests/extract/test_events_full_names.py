"""Actors named by a cut person name take the one longer name the article gives for that person
(`events_full_names`, topic «full names»): a surname written whole with its first name elsewhere; not
where two people share it, after «بن»/«آل», nor for a body's name."""

from __future__ import annotations

from event_cases import names, one, run

LABOUR = ("وزارة العمل", "وزارة العمل", "ORG")


def test_surname_takes_the_first_name_written_elsewhere() -> None:
    text = "وصل الدكتور خالد الحمداني إلى الرياض أمس. وانتقد الحمداني أداء وزارة العمل."
    specs = [("خالد الحمداني", "خالد الحمداني", "PER"), ("الحمداني", "الحمداني", "PER"), LABOUR]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["خالد الحمداني"]


def test_surname_takes_a_first_name_the_entity_layer_left_out() -> None:
    text = "وكان سعد البرقاني قد زار الرياض على عجل. وانتقد البرقاني أداء وزارة العمل."
    ev = one(run(text, [("البرقاني", "البرقاني", "PER"), LABOUR]), "DISAPPROVE")
    assert ev.source == ["سعد البرقاني"]


def test_two_people_of_one_family_leave_the_surname_alone() -> None:
    text = "وحضر خالد الحمداني وشقيقه فهد الحمداني الحفل. وانتقد الحمداني أداء وزارة العمل."
    specs = [("خالد الحمداني", "خالد الحمداني", "PER"), ("فهد الحمداني", "فهد الحمداني", "PER"),
             ("الحمداني", "الحمداني", "PER"), LABOUR]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["الحمداني"]


def test_name_after_a_family_link_is_not_completed() -> None:
    text = "وهنأ الأمير فهد بن خالد الأسرة بالعيد ومعه آل خالد. وانتقد خالد أداء وزارة العمل."
    specs = [("فهد بن خالد", "فهد بن خالد", "PER"), ("خالد", "خالد", "PER"), LABOUR]
    ev = one(run(text, specs), "DISAPPROVE")
    assert "فهد بن خالد" not in names(ev)


def test_body_name_is_not_completed() -> None:
    text = "وقال سعد البرقاني إن الحركة قوية. وانتقد البرقاني أداء وزارة العمل."
    ev = one(run(text, [("البرقاني", "البرقاني", "ORG"), LABOUR]), "DISAPPROVE")
    assert ev.source == ["البرقاني"]


def test_father_named_before_his_son_is_not_the_son() -> None:
    text = "واعتقلت الشرطة سعد خالد الحمداني أمس. وانتقد خالد الحمداني أداء وزارة العمل."
    specs = [("سعد خالد الحمداني", "سعد خالد الحمداني", "PER"), ("خالد الحمداني", "خالد الحمداني", "PER"), LABOUR]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["خالد الحمداني"]

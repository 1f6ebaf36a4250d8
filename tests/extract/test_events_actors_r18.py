"""Actors of events coded from short sentences: a party that a siding participle only describes, a group
named by what it is before a force, a count of members of a group, the title holder after a place set off
by «في», a feminine object after a masculine verb, and groups named by their kind."""

from __future__ import annotations

from event_cases import SALEM, SHABAAB, TUNISIAN, one, run

GEORGIA = ("جورجيا", "جورجيا", "LOC")
GEORGIAN = ("الجورجي", "جورجيا", "LOC")
RUSSIA = ("روسيا", "روسيا", "LOC")
TUNIS = ("تونس", "تونس", "LOC")
SAFI = ("أحمد الصافي", "أحمد الصافي", "PER")


def test_mutual_accusation_keeps_the_side_taken_out_of_it() -> None:
    text = "تبادلت جورجيا وانفصاليون مؤيدون لروسيا الاتهامات بخرق الهدنة."
    evs = [e for e in run(text, [GEORGIA, RUSSIA]) if e.type == "DISAPPROVE"]
    pairs = {(tuple(e.source), tuple(e.target)) for e in evs}
    assert (("جورجيا",), ("الانفصاليون",)) in pairs and (("الانفصاليون",), ("جورجيا",)) in pairs
    assert all("روسيا" not in e.source + e.target for e in evs)


def test_group_named_by_what_it_is_then_a_force_are_two_parties() -> None:
    ev = one(run("واتهم الانفصاليون الجيش الجورجي بقصف القرى.", [GEORGIAN]), "DISAPPROVE")
    assert ev.source == ["الانفصاليون"] and ev.target == ["جورجيا"]


def test_counted_members_of_a_group_were_killed() -> None:
    text = "وأكد المتحدث أن 12 عنصرا من حركة الشباب قتلوا في الغارة."
    ev = one(run(text, [SHABAAB]), "ASSAULT")
    assert ev.source == [] and ev.target == ["الشباب"]


def test_title_holder_after_a_place_calls_on_the_government() -> None:
    text = "وكان رئيس الحزب المعارض في تونس أحمد الصافي، دعا أمس الحكومة التونسية إلى الحوار."
    ev = one(run(text, [TUNIS, SAFI, TUNISIAN]), "DEMAND")
    assert ev.source == ["أحمد الصافي"] and "تونس" in ev.target


def test_revolutionaries_act_as_a_group() -> None:
    ev = one(run("ألقى الثوار القبض على سالم الحربي في مصراتة.", [SALEM, ("مصراتة", "مصراتة", "LOC")]),
             "COERCE")
    assert ev.source == ["الثوار"] and ev.target == ["سالم الحربي"]


def test_bodies_named_by_their_kind_are_called_on() -> None:
    ev = one(run("ودعا سالم الحربي المنظمات الدولية إلى إرسال المساعدات.", [SALEM]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["المنظمات الدولية"]

"""Aid carried by a plane, a ship or a truck (`events_aid_sides`): the party the vehicle is named after
sends it («وحملت الطائرة الكويتية مساعدات طبية», «وصلت طائرتان قطريتان محملة بمساعدات»)."""

from __future__ import annotations

from event_cases import one, run

KUWAITI = ("الكويتية", "الكويت", "LOC")
KUWAITI_PLANE = ("كويتية", "الكويت", "LOC")
QATARI_PAIR = ("قطريتان", "قطر", "LOC")
OMANI = ("عمانية", "عمان", "LOC")
EUROPEAN = ("الأوروبي", "أوروبا", "LOC")


def test_a_vehicle_after_the_verb_sends_the_aid() -> None:
    ev = one(run("وحملت الطائرة الكويتية مساعدات طبية وأدوية للمستشفيات.", [KUWAITI]), "AID")
    assert ev.source == ["الكويت"] and "الكويت" not in ev.target


def test_a_vehicle_before_a_relative_sends_the_aid() -> None:
    ev = one(run("وهبطت في المطار طائرة عسكرية كويتية تحمل مساعدات إنسانية للأهالي.", [KUWAITI_PLANE]), "AID")
    assert ev.source == ["الكويت"]


def test_vehicles_before_a_loaded_participle_send_the_aid() -> None:
    ev = one(run("ووصلت إلى المطار أمس طائرتان قطريتان وأخرى عمانية، محملة بمساعدات غذائية.",
                 [QATARI_PAIR, OMANI]), "AID")
    assert set(ev.source) == {"قطر", "عمان"}


def test_carrying_other_things_is_no_aid() -> None:
    evs = run("وحملت الطائرة الكويتية الوفد إلى العاصمة.", [KUWAITI])
    assert "AID" not in [e.type for e in evs]


def test_a_nisba_after_the_noun_of_backing_gave_it() -> None:
    ev = one(run("وقدمنا كل دعمنا الأوروبي للمحادثات الهادفة إلى حل الأزمة.", [EUROPEAN]), "AID")
    assert ev.source == ["أوروبا"] and ev.target == []

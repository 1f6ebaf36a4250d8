"""A meeting noun's second party named after «مع» past a title, a time word or a place (`events_meeting_partner`):
«لقاء وزير الخارجية الأردني X أمس مع رئيس الوزراء Y»: X met Y."""

from __future__ import annotations

from datetime import date

from event_cases import one, run

JORDANIAN_M = ("الأردني", "الأردن", "LOC")
SAFADI = ("أيمن الصفدي", "أيمن الصفدي", "PER")
KHALIL = ("سمير خليل", "سمير خليل", "PER")
OMAN_ENVOY = ("فهد الراشد", "فهد الراشد", "PER")
LEBANESE_PARTY = ("التيار الوطني الحر", "التيار الوطني الحر", "ORG")
BEIRUT = ("بيروت", "بيروت", "LOC")


def test_the_one_met_after_a_time_word_is_the_target() -> None:
    text = "وأوضح المتحدث أن لقاء وزير الخارجية الأردني أيمن الصفدي أمس مع رئيس الوزراء سمير خليل تناول العلاقات."
    ev = one(run(text, [JORDANIAN_M, SAFADI, KHALIL], date(2015, 7, 20)), "CONSULT")
    assert ev.source == ["أيمن الصفدي"] and ev.target == ["سمير خليل"]


def test_the_one_met_after_a_place_is_the_target() -> None:
    text = "وقال المتحدث إن مشاورات المبعوث فهد الراشد في بيروت مع قيادات التيار الوطني الحر حققت تقدما."
    ev = one(run(text, [OMAN_ENVOY, BEIRUT, LEBANESE_PARTY]), "CONSULT")
    assert ev.source == ["فهد الراشد"] and "التيار الوطني الحر" in ev.target


def test_with_after_a_statement_is_no_meeting_party() -> None:
    text = "وأكد الوزير أيمن الصفدي أمس تضامن بلاده مع رئيس الوزراء سمير خليل."
    evs = [e for e in run(text, [SAFADI, KHALIL], date(2015, 7, 20)) if e.type == "CONSULT"]
    assert not evs

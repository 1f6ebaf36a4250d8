"""A bare «طالب» that is the noun «student» or «applicant» (`events_topic_frames.student_noun` and the BLOCK row
of «طالب»): after a kunya's «أبي», «ولي أمر», «وهو» or «كل», or before «زائر», «يدرس», «درجة», «القرض»: no
demand; the verb «طالب» with its subject after it stays."""

from __future__ import annotations

import pytest
from event_cases import run

FATHER = ("سعيد الغامدي", "سعيد الغامدي", "PER")
KHALID = ("خالد", "خالد", "PER")
ZAWAWI = ("زواوي", "زواوي", "PER")
MINISTER = ("الوزير سامي العلي", "سامي العلي", "PER")
GOVERNMENT = ("الحكومة", "الحكومة", "ORG")
SPECS = [FATHER, KHALID, ZAWAWI, MINISTER, GOVERNMENT]


@pytest.mark.parametrize("text", [
    "وقال سعيد الغامدي، ولي أمر طالب، إن الحافلات تتأخر كل صباح.",
    "وقال خالد (22 عاما) وهو طالب يدرس الهندسة إنه عاد إلى بلده أمس.",
    "ومنح زواوي طالب درجة الدكتوراه في علم الأحياء من جامعة الملك سعود.",
    "وحضر خالد طالب زائر من جامعة القاهرة اللقاء.",
])
def test_student_is_no_demand(text: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == "DEMAND"]


@pytest.mark.parametrize("text", [
    "وطالب الوزير سامي العلي الحكومة بزيادة رواتب المعلمين.",
    "وطالب سعيد الغامدي الحكومة بتوفير حافلات للطلاب.",
])
def test_demand_stays(text: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == "DEMAND"]

"""Deaths by an outbreak, an illness or an accident (`events_spurious.died_not_killed`): no attack is told
where the sentence names such a cause and no word of arms; a shooting or a terror attack stays ASSAULT."""

from __future__ import annotations

import pytest
from event_cases import run

SPECS: list[tuple[str, str, str]] = []


@pytest.mark.parametrize("text", [
    "وقال مسؤولو الصحة إن تفشيا فتاكا لداء غامض قتل خمسة أشخاص في المدينة.",
    "وتعد هذه الحادثة الثانية في سلسلة حوادث مماثلة أدت إلى مقتل ثلاثة من أفراد الأسرة.",
])
def test_death_by_mishap_is_no_assault(text: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وقتل شرطيان في حادث إطلاق نار قرب مركز المدينة.",
    "وأسفر الحادث الإرهابي عن مقتل عشرين سائحا على الشاطئ.",
    "ووقع حادث قتل مروع في الحي حيث قتل شاب جاره بعد شجار.",
])
def test_attack_called_incident_stays(text: str) -> None:
    assert [e for e in run(text, SPECS) if e.type in ("ASSAULT", "CRIME")]  # a murder («حادث قتل») is a CRIME

"""Who is asked in a request or demand (`events_asked_parties`, «طلب … من» and the bodies in charge)."""

from __future__ import annotations

from event_cases import SALEM, TURKISH_DEF, one, run

RUSSIA = ("روسيا", "روسيا", "LOC")


def test_an_asker_named_at_length_asks_the_party_after_min() -> None:
    text = "وطلب وزير الخارجية التركي سالم الحربي من روسيا وقف القصف."
    ev = one(run(text, [SALEM, TURKISH_DEF, RUSSIA]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["روسيا"]


def test_the_bodies_in_charge_keep_their_adjective() -> None:
    text = "وطالب سالم الحربي جميع الجهات المسؤولة بالتحقيق في الحادث."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.target == ["جميع الجهات المسؤولة"]


def test_a_relative_killed_after_a_short_doer_is_the_target() -> None:
    text = "وقتل رجل أربعيني زوجته في منزلهما بالمدينة."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["زوجته"]


def test_the_relative_a_killing_noun_governs_is_the_target() -> None:
    text = "وأقدم شاب على قتل شقيقه بسكين في المدينة."
    evs = [e for e in run(text, []) if e.type in ("ASSAULT", "CRIME")]
    assert evs and evs[0].target == ["شقيقه"]

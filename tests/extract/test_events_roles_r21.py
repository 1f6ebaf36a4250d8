"""The subject after a verb and a long title: the words of the body the title is of, adjectives or a
noun after «لـ» («رئيس الهيئة العامة للموانئ»), stand between the verb and the name of its subject."""

from __future__ import annotations

from event_cases import one, run

NAIF = ("نايف العتيبي", "نايف العتيبي", "PER")


def test_a_body_name_with_la_before_the_subject() -> None:
    text = "ووجه رئيس الهيئة العامة للموانئ، نايف العتيبي، بفتح تحقيق في حريق الرصيف."
    ev = one(run(text, [NAIF]), "INVESTIGATE")
    assert ev.source == ["نايف العتيبي"] and ev.target == []


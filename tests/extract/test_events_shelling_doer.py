"""A bare «قصف» after a word of its clause is a verbal noun (`events_party_fixes.shelling_doer`): the name in
the genitive right after it is the doer when a «لـ» or «على» object follows, not a target of a passive verb."""

from __future__ import annotations

import pytest
from event_cases import HOUTHI, run


@pytest.mark.parametrize("text", [
    "وتواصل قصف الحوثيين للأحياء السكنية في المدينة.",
    "ونقلت وسائل إعلام أنباء قصف الحوثيين لمنزل المحافظ في المدينة.",
])
def test_genitive_before_an_object_is_the_doer(text: str) -> None:
    evs = [e for e in run(text, [HOUTHI]) if e.type == "ASSAULT"]
    assert evs and "الحوثي" in evs[0].source and "الحوثي" not in evs[0].target


def test_genitive_with_no_object_stays_the_target() -> None:
    evs = [e for e in run("وأدان المجلس قصف الحوثيين في صعدة.", [HOUTHI]) if e.type == "ASSAULT"]
    assert evs and "الحوثي" in evs[0].target

"""Triggers the filters must not drop: a verb in a relative clause on «الأمر», which stands for what the
sentence said before it, tells an event; a relative clause on a plain noun still describes it."""

from __future__ import annotations

from event_cases import one, run


def test_relative_clause_on_al_amr_tells_a_rejection() -> None:
    text = "عرض الوسطاء على المتمردين خروجا آمنا مقابل تسليم أسلحتهم، الأمر الذي رفضته الحكومة اليمنية."
    ev = one(run(text, [("الحكومة اليمنية", "الحكومة اليمنية", "ORG")]), "REJECT")
    assert ev.source == ["الحكومة اليمنية"]


def test_wa_huwa_al_amr_alladhi_tells_a_criticism() -> None:
    text = "وأغلقت السلطات صحيفتين معارضتين، وهو الأمر الذي انتقده الوزير جان مارك إيرو."
    ev = one(run(text, [("جان مارك إيرو", "جان مارك إيرو", "PER")]), "DISAPPROVE")
    assert ev.source == ["جان مارك إيرو"]


def test_relative_clause_on_a_plain_noun_still_describes_it() -> None:
    text = "وتضم القائمة الشركات التي تدعمها الحكومة الإيرانية في المنطقة."
    evs = run(text, [("الحكومة الإيرانية", "إيران", "ORG")])
    assert not [e for e in evs if e.type == "SUPPORT"]

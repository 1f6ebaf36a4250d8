"""Deeds only named as a risk, a topic, a kind or a phase, feared or foreseen, or supposed in a condition, tell no
event (`events_topic_mentions`); the same deeds told as happening, or counted, still do."""

from __future__ import annotations

from event_cases import run

POLICE = ("الشرطة", "الشرطة", "ORG")
IRAN = ("إيران", "إيران", "LOC")


def _types(text: str) -> list[str]:
    return [e.type for e in run(text, [])]


def test_a_deed_at_risk_or_kept_off_is_no_event() -> None:
    assert _types("وحذرت السفارة رعاياها من مخاطر شن هجمات في العاصمة.") == []
    assert _types("ومددت الحكومة حالة الطوارئ بسبب استمرار خطر الاعتداءات.") == []
    assert "RETREAT" not in [e.type for e in run("وطالب النواب بمنع رفع العقوبات عن إيران.", [IRAN])]


def test_a_deed_named_as_a_topic_or_a_phase_is_no_event() -> None:
    assert _types("وأكد المحامي أن موكله بريء في قضية التفجير.") == []
    assert _types("وقال القائد إن قواته انتقلت إلى مرحلة الهجوم.") == []
    assert _types("وقال الباحث إن الجماعة طورت وسائل هجوم جديدة.") == []
    assert _types("ويتبنى التنظيم نهج القتل والتفجير.") == []  # the noun joined to the first by «و» too
    assert "COERCE" not in _types("وأعرب السكان عن قلقهم من ازدياد حالات النهب في الأحياء.")
    # counted instances are told, and a deed done in the case is kept
    assert "ASSAULT" in _types("وسجلت الشرطة خمس حالات خطف خلال الساعات الماضية في المدينة.")
    assert "COERCE" in [e.type for e in run("واعتقلت الشرطة ثلاثة رجال في قضية التفجير.", [POLICE])]


def test_a_deed_feared_or_foreseen_is_no_event() -> None:
    assert _types("ويتجنب الموظفون الخروج من مكاتبهم خوفا من استهدافهم في الطريق.") == []
    assert _types("وقال الخبير إن الغلاء ربما يؤدي إلى انفجار تظاهرات في المدن.") == []
    assert "RETREAT" not in [e.type for e in run("ويخشى الجيران من أن يؤدي رفع العقوبات عن إيران إلى سباق تسلح.",
                                                 [IRAN])]
    assert "ASSAULT" in _types("وأدى الهجوم إلى مقتل ثلاثة حراس.")  # a past verb tells what the deed did


def test_a_deed_supposed_in_a_condition_is_no_event() -> None:
    assert "ASSAULT" not in _types("وتعهدت الدولة بحماية جارتها في حال تعرضها لهجوم.")
    assert "RETREAT" not in [e.type for e in run("وسترتفع الأسعار في حالة رفع العقوبات عن إيران.", [IRAN])]
    # a verb in a condition is only supposed too (`events_conditional`)
    assert "REJECT" not in [e.type for e in run("وفي حال رفضت إيران العرض فإن المفاوضات ستتوقف.", [IRAN])]

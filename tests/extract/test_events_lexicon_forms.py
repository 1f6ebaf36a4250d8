"""How the trigger table's verb forms are conjugated: a defective verb written with a final ى
(«أبدى», «أجرى», «قاضى») gets its feminine and plural past forms without their ى, and a present in ي
its plural («يلتقون»), however the row spells its other forms."""

from __future__ import annotations

import pytest
from event_cases import trigger_types


@pytest.mark.parametrize("text, typ", [
    ("وأبدت الخارجية الروسية استياءها من القرار.", "DISAPPROVE"),  # «أبدى» + ـت
    ("وأبدوا رفضهم للاتفاق الجديد.", "REJECT"),  # «أبدى» + ـوا
    ("وأجرت النيابة العامة تحقيقا في الحادث.", "INVESTIGATE"),  # «أجرى» + ـت
    ("وقاضت الشركة وزارة المالية أمام المحكمة.", "DISAPPROVE"),  # «قاضى» + ـت
    ("ويلتقون الرئيس المصري في القاهرة غدا.", "CONSULT"),  # «يلتقي» → «يلتقون»
])
def test_defective_verbs_are_conjugated(text: str, typ: str) -> None:
    assert typ in trigger_types(text)


def test_a_verb_in_alif_is_not_taken_for_a_defective_one() -> None:
    # «دعا» ends in ا: no «دعت» from dropping its last letter twice, the row lists its forms itself
    assert "DEMAND" in trigger_types("ودعت الحكومة المواطنين إلى الهدوء.")
    assert trigger_types("وأبدى إعجابه بالمعرض.") == []  # «أبدى» needs what is shown


def test_greeting_guests_is_no_backing() -> None:
    assert "SUPPORT" not in trigger_types("ورحب سموه بأعضاء الوفد التجاري، متمنيا لهم طيب الإقامة.")
    assert "SUPPORT" not in trigger_types("رحب المحافظ بالحضور في بداية الحفل.")
    assert "SUPPORT" in trigger_types("رحب الوزير بقرار مجلس الأمن الأخير.")


def test_other_senses_of_alerting_withdrawing_and_protesting() -> None:
    assert "MOBILIZE" not in trigger_types("واستنفرت فرق الدفاع المدني جهودها لإخماد الحريق.")
    assert "RETREAT" not in trigger_types("انسحب المرشح من السباق الرئاسي.")
    assert "PROTEST" not in trigger_types("يحتج البعض بتصريحات الوزير.")
    assert trigger_types("انسحبت القوات من المدينة.") == ["RETREAT"]
    assert trigger_types("استنفر الجيش قواته على الحدود.") == ["MOBILIZE"]

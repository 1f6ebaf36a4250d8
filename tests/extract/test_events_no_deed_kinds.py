"""Deeds that no one did: what a fatwa forbids («تحرم على السني أن يقتل الشيعي»), what a law is about or
«threatens» («وتشريعا بالقتل يهدد أي أسير»), and a deed in the second half of a question, opened by «أم»
(`events_scripture_law.sermon_ban`, `law_provision`, `events_figurative`, `events_triggers.asked`); the real
deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import IRAQ, ISIS, run

AZHAR = ("الأزهر", "الأزهر", "ORG")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
GAZA = ("غزة", "غزة", "LOC")
KNESSET = ("الكنيست", "الكنيست", "ORG")
PALESTINE = ("الفلسطيني", "فلسطين", "LOC")
SPECS = [AZHAR, ISRAEL, GAZA, KNESSET, ISIS, IRAQ, PALESTINE]


@pytest.mark.parametrize(("text", "typ"), [
    ("ودعا الأزهر إلى إصدار فتاوى من العلماء، ومن أهل السنة تحرم على الشيعي أن يقتل السني، وتحرم على السني أن "
     "يقتل الشيعي.", "ASSAULT"),
    ("وقال الأزهر إن فتواه تحرم على الجماعات المسلحة أن تهاجم الكنائس في غزة.", "ASSAULT"),
    ("وأقر الكنيست القانون، واعتبره الجانب الفلسطيني تشريعا بالقتل يهدد الأسرى في سجون إسرائيل.", "ASSAULT"),
    ("وأقر الكنيست القانون، واعتبره الجانب الفلسطيني تشريعا بالقتل يهدد الأسرى في سجون إسرائيل.", "THREATEN"),
    ("أم من يقول إنه ينصر دينه بقتل أهله وتفجير الأسواق في بلده؟", "ASSAULT"),
])
def test_no_deed_is_told(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وحرمت إسرائيل على سكان غزة الصيد في البحر، ثم قصفت الطائرات الإسرائيلية غزة أمس.", "ASSAULT"),
    ("فكيف قصفت إسرائيل غزة والعالم كله يتفرج؟", "ASSAULT"),
    ("لماذا قصفت إسرائيل مدارس غزة أمس؟", "ASSAULT"),
    ("وقتل مسلحو داعش خمسة جنود في العراق أمس بعد أن أصدر التنظيم فتوى تحرم الانسحاب.", "ASSAULT"),
])
def test_real_deeds_stay(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ]

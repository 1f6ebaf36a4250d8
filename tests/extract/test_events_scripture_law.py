"""A verse quoted, a sermon's ban or a law's provision names a deed but tells none (`events_scripture_law`);
the real deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import run

POLICE = ("الشرطة", "الشرطة", "ORG")
RIYADH = ("الرياض", "الرياض", "LOC")
FRANCE = ("الفرنسي", "فرنسا", "LOC")
SPECS = [POLICE, RIYADH, FRANCE]


@pytest.mark.parametrize(("text", "typ"), [
    ("وأوضح الإمام في خطبته أن الإسلام حرم قتل النفس لأن في قتلها ظلما عظيما للعباد.", "ASSAULT"),
    ("وذكر الخطيب أن الله نهى عن قتل الأبرياء وأن من قتل بريئا فكأنما قتل الناس كلهم.", "ASSAULT"),
    ("واستشهد بقوله تعالى ((ومن يقتل مؤمنا متعمدا فجزاؤه جهنم)) في ختام حديثه.", "ASSAULT"),
    ("وأقر البرلمان الفرنسي قانونا يقضي بتمديد احتجاز المشتبه بهم في قضايا المخدرات إلى عشرة أيام.", "COERCE"),
    ("وانتقدت المنظمات القانون لمنحه الشرطة سلطات واسعة وبتمديد احتجاز الموقوفين من أربعة أيام إلى 20 يوما.",
     "COERCE"),
    ("ويحق للسلطات بموجب التعديل الجديد اعتقال أي شخص يشتبه في تهريبه الأسلحة.", "COERCE"),
])
def test_no_deed_is_told(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("واعتقلت الشرطة في الرياض ثلاثة أشخاص أمس بعد قتلهم رجلا.", "COERCE"),
    ("وقال الخطيب إن الإسلام حرم سفك الدماء، واعتقلت الشرطة أمس في الرياض رجلا قتل جاره.", "COERCE"),
    ("وقررت النيابة تمديد احتجاز المتهمين 15 يوما على ذمة التحقيق.", "COERCE"),
    ("وقال إن المهاجمين لم يراعوا حرمة بيت الله حين نفذوا تفجير المسجد في الرياض أمس.", "ASSAULT"),
])
def test_real_deeds_stay(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ]

"""Deeds of force or pressure done by a thing, not a party (`events_figurative`): a fact told before the verb
(«مما أجبر»), an economic or abstract force («تحاصرها الديون») or a beast («هاجم الدب»); real deeds of force
by a party stay."""

from __future__ import annotations

import pytest
from event_cases import run

GREECE = ("اليونان", "اليونان", "LOC")
ATHENS = ("أثينا", "اليونان", "LOC")
CHILE = ("تشيلي", "تشيلي", "LOC")
POLICE = ("الشرطة", "الشرطة", "ORG")
ARMY = ("الجيش", "الجيش", "ORG")
REBELS = ("المتمردين", "المتمردين", "ORG")
ACME = ("شركة النور", "شركة النور", "ORG")
SPECS = [GREECE, ATHENS, CHILE, POLICE, ARMY, REBELS, ACME]


@pytest.mark.parametrize(("text", "typ"), [
    ("وأضرب عمال الموانئ عن العمل مما أجبر حكومة اليونان على التفاوض معهم.", "COERCE"),
    ("وتأخرت الحكومة في دفع الرواتب الأمر الذي أجبر موظفي شركة النور على ترك العمل.", "COERCE"),
    ("وتراجعت صادرات القمح خلال الصيف مما يهدد حكومة تشيلي بأزمة.", "THREATEN"),
    ("وتواجه اليونان التي تحاصرها الديون خطر الخروج من منطقة اليورو.", "COERCE"),
    ("وقال محللون إن ارتفاع الضرائب سوف يجبر شركة النور على نقل مصانعها إلى تشيلي.", "COERCE"),
    ("وفي الريف هاجم الدب مزارعا من تشيلي أثناء عمله في الحقل.", "ASSAULT"),
])
def test_thing_forces_no_one(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ", "src"), [
    ("وبسبب الأزمة هاجم الجيش مواقع المتمردين في الجبال.", "FIGHT", "الجيش"),
    ("وأجبرت الشرطة سكان أثينا على إخلاء منازلهم.", "COERCE", "الشرطة"),
])
def test_party_still_acts(text: str, typ: str, src: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ and src in e.source]

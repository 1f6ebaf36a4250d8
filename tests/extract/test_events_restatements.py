"""One statement told twice is one event (`events_restatements`, `events_merge._restated`): a demand told
again by «ضرورة» with the same words asked, support told again in the speaker's quoted words, an act named
twice by its noun with the speaker's pronoun; another demand, or the
speaker's title after both verbs leave two."""

from __future__ import annotations

import pytest
from event_cases import quote_of, run

BASHIR = ("عمر البشير", "عمر البشير", "PER")
BASHIR_SHORT = ("البشير", "عمر البشير", "PER")
REBELS = ("حركة العدل والمساواة", "حركة العدل والمساواة", "ORG")
KUWAIT = ("الكويت", "الكويت", "LOC")
KUWAIT_FM = ("الخارجية الكويتية", "الكويت", "ORG")
JORDAN = ("الأردن", "الأردن", "LOC")
JORDAN_K = ("المملكة الأردنية", "الأردن", "LOC")
LEAGUE = ("الجامعة العربية", "جامعة الدول العربية", "ORG")
PAKISTAN = ("باكستان", "باكستان", "LOC")
INDIA = ("الهند", "الهند", "LOC")
ASHTON = ("آشتون", "كاثرين آشتون", "PER")
EGYPT = ("مصر", "مصر", "LOC")
IRAN = ("إيران", "إيران", "LOC")
SPECS = [BASHIR, BASHIR_SHORT, REBELS, KUWAIT, KUWAIT_FM, JORDAN, JORDAN_K, LEAGUE, PAKISTAN, INDIA, ASHTON, EGYPT,
         IRAN]


def count(text: str, typ: str, speaker: str | None = None) -> int:
    quotes = quote_of(text, speaker) if speaker else None
    return len([e for e in run(text, SPECS, quotes=quotes) if e.type == typ])


@pytest.mark.parametrize(("text", "typ", "speaker"), [
    ("طالب الرئيس السوداني عمر البشير حركة العدل والمساواة بوقف القتال في دارفور.\n\n"
     "وأكد البشير ضرورة وقف القتال من قبل الفصائل المسلحة كافة.", "DEMAND", None),
    ("تحفظت الكويت على البيان، مؤكدة دعمها الكامل لمصر، وفق بيان رسمي.\n\n"
     "ودانت الجامعة العربية الهجوم على الحدود وطالبت الجامعة العربية مصر بضبط النفس.\n\n"
     'وأكدت الخارجية الكويتية أن البيان مشددة على "تضامن دولة الكويت الكامل مع مصر في كل ما تتخذه"',
     "SUPPORT", "الكويت"),
    ("وقال مسؤول إن آشتون التي زارت إيران أمس عجزت عن فهم أهداف إيران وإن إشادتها بالالتزام الذي أبداه "
     "فريقها التفاوضي بدت في غير محلها.\n\nوقال الوزير إن آشتون لم تدرك الانقسامات وأشار إلى أن إشادتها "
     "بمسؤولين إيرانيين فاوضوها لم تكن في محلها.", "SUPPORT", None),
])
def test_one_statement_told_twice_is_one_event(text: str, typ: str, speaker: str | None) -> None:
    assert count(text, typ, speaker) == 1


@pytest.mark.parametrize(("text", "typ", "speaker"), [
    ("طالب الرئيس السوداني عمر البشير حركة العدل والمساواة بوقف القتال في دارفور.\n\n"
     "وأكد البشير ضرورة فتح الطرق أمام قوافل الإغاثة.", "DEMAND", None),
    ("طالب الرئيس السوداني عمر البشير حركة العدل والمساواة بوقف القتال في دارفور.\n\n"
     "وأكد الرئيس السوداني ضرورة زيارة المنظمات الدولية لمخيمات النازحين.", "DEMAND", None),
    ("وقال مسؤول إن آشتون أشادت بالمفاوضين في غير محله.\n\n"
     "وأشادت آشتون أمس بالوفد المفاوض.", "SUPPORT", None),
])
def test_two_statements_stay_two(text: str, typ: str, speaker: str | None) -> None:
    assert count(text, typ, speaker) == 2

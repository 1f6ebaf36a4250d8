"""One deed and its outcome in one sentence are one event (`events_outcome`): a harm noun after a verb of
result («ما أسفر عن مقتل», «ما تسبب بمقتل», «أدت إلى تدميره ومقتل») folds into the deed told before it,
whatever place the words read for it; an outcome dated to another day stays its own. Two names of one
party («منسوبي قوات الطوارىء», «قوات الطوارئ») make two tellings of one attack one event (`events_merge`),
but a name taken whole by a longer one does not («حزب العمال», «حزب العمال الكردستاني»)."""

from __future__ import annotations

from datetime import date

import pytest
from event_cases import names, run

MOSUL = ("الموصل", "الموصل", "LOC")
NOUR = ("حي النور", "حي النور", "LOC")
RASTAN = ("الرستن", "الرستن", "LOC")
HOMS = ("حمص", "حمص", "LOC")
MARIB = ("مأرب", "مأرب", "LOC")
SIRWAH = ("صرواح", "صرواح", "LOC")
QASSIM = ("القصيم", "القصيم", "LOC")
BURAIDAH = ("بريدة", "بريدة", "LOC")
COALITION = ("التحالف", "التحالف العربي", "ORG")
SPECS = [MOSUL, NOUR, RASTAN, HOMS, MARIB, SIRWAH, QASSIM, BURAIDAH, COALITION]


@pytest.mark.parametrize("text", [
    "وكان مسلحون قد هاجموا المصلين أثناء صلاة العصر في مسجد بحي النور في مدينة الموصل، ما أسفر عن مقتل "
    "سبعة من المصلين وإصابة آخرين.",
    "سقطت طائرة حربية أثناء قصفها سوقا شعبيا في الرستن، في محافظة حمص، ما تسبب بمقتل 12 شخصا على الأقل.",
    "شنت طائرات التحالف غارات استهدفت رتلا للمتمردين في صرواح بمحافظة مأرب، أدت إلى تدميره ومقتل من فيه.",
])
def test_outcome_of_a_deed_is_that_deed(text: str) -> None:
    assert len([e for e in run(text, SPECS) if e.type == "ASSAULT"]) == 1


def test_outcome_takes_the_victims() -> None:
    text = ("سقطت طائرة حربية أثناء قصفها سوقا شعبيا في الرستن، في محافظة حمص، ما تسبب بمقتل 12 شخصا "
            "على الأقل.")
    (ev,) = [e for e in run(text, SPECS) if e.type == "ASSAULT"]
    assert "12 شخصا" in names(ev)


def test_outcome_of_another_blast_stays_apart() -> None:
    text = ("فجر مسلحون سيارة مفخخة في الموصل مساء الثلاثاء، فيما أدى انفجار عبوة في حي النور صباح الخميس "
            "إلى مقتل تسعة أشخاص.")
    evs = [e for e in run(text, SPECS, date(2015, 8, 8)) if e.type == "ASSAULT"]
    assert len(evs) == 2


@pytest.mark.parametrize("text", [
    "استهدف انتحاري مسجد قوات الطوارئ في مدينة بريدة أثناء صلاة الظهر.\n\n"
    "وأدان الوزير العملية الإرهابية التي استهدفت منسوبي قوات الطوارىء بمنطقة القصيم أثناء أدائهم الصلاة.",
    "استهدف انتحاري مسجد قوات الطوارئ في مدينة بريدة أثناء صلاة الظهر.\n\n"
    "وأدان الوزير التفجير الذي استهدف مجموعة من أفراد قوات الطوارئ بمنطقة القصيم.",
])
def test_two_names_of_one_party_one_attack(text: str) -> None:
    assert len([e for e in run(text, SPECS) if e.type == "ASSAULT"]) == 1


def test_two_bodies_stay_two_attacks() -> None:
    text = ("استهدف انتحاري مسجد قوات الطوارئ في مدينة بريدة أثناء صلاة الظهر.\n\n"
            "وفي حادث آخر، استهدف مسلحون دورية لقوات الأمن في مدينة الموصل.")
    assert len([e for e in run(text, SPECS) if e.type == "ASSAULT"]) == 2


def test_victim_named_again_as_kin_is_one_abduction() -> None:
    text = ("أعلن الصحفي فارس القباطي اختطافه من قبل مسلحي التحالف مساء الاثنين.\n\n"
            "وقالت ابنته إن مسلحي التحالف اختطفوا والدها ونهبوا أجهزة من المنزل.")
    specs = [*SPECS, ("فارس القباطي", "فارس القباطي", "PER")]
    assert len([e for e in run(text, specs) if e.type == "ASSAULT"]) == 1


def test_an_arrest_of_a_man_told_again_of_the_man_is_one_arrest() -> None:
    text = ("ألقت الشرطة في ولاية بافاريا القبض على رجل أقدم على إحراق منزله.\n\n"
            "وقالت الشرطة إنها ألقت القبض على الرجل مساء الخميس في غابة قرب المدينة.")
    assert len([e for e in run(text, SPECS) if e.type == "COERCE"]) == 1

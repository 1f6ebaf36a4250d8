"""The patient taken as the doer (`events_patient_roles`): a weapon noun as the subject of an attack verb, a
killing verb with an indefinite person after it and no object, and a verb of forcing with «على» right after it."""

from __future__ import annotations

from event_cases import one, run

IRAQI_FORCES = ("القوات العراقية", "العراق", "LOC")
IRAQI_SOURCES = ("عراقية", "العراق", "LOC")
IRAQI = ("عراقي", "العراق", "LOC")
JORDANIAN = ("أردني", "الأردن", "LOC")
POLICE = ("الشرطة", "الشرطة", "ORG")
EGYPTIAN_SOURCES = ("مصرية", "مصر", "LOC")
ANBAR = ("الأنبار", "الأنبار", "LOC")
MOSUL = ("الموصل", "الموصل", "LOC")


def test_a_car_bomb_that_targeted_forces_leaves_them_the_target() -> None:
    text = ("ذكرت مصادر أمنية عراقية أمس مقتل سبعة من عناصر الشرطة جراء انفجار سيارة مفخخة يقودها انتحاري "
            "استهدفت تجمعا للقوات العراقية في الأنبار.")
    evs = [e for e in run(text, [IRAQI_SOURCES, POLICE, IRAQI_FORCES, ANBAR]) if e.type == "ASSAULT"]
    assert evs and all("العراق" not in e.source and "الشرطة" not in e.source for e in evs)


def test_a_roadside_bomb_is_the_subject_not_the_force_named_before() -> None:
    text = ("وأفادت مصادر أمنية مصرية بمقتل جنديين جراء انفجار عبوة ناسفة استهدفت دورية للشرطة في "
            "الموصل.")
    evs = [e for e in run(text, [EGYPTIAN_SOURCES, POLICE, MOSUL]) if e.type == "ASSAULT"]
    assert evs and all("مصر" not in e.source and "الشرطة" not in e.source for e in evs)


def test_a_killing_verb_with_an_indefinite_person_and_a_shot_is_a_passive() -> None:
    text = "وقتل شاب عراقي برصاص مسلحين مجهولين في الموصل مساء أمس."
    ev = one(run(text, [IRAQI, MOSUL]), "ASSAULT")
    assert "شاب عراقي" not in ev.source and "شاب عراقي" in ev.target


def test_a_killing_verb_with_an_indefinite_person_and_a_manner_word_is_a_passive() -> None:
    text = "وفي وقت سابق قتل طفل أردني طعنا في الموصل."
    evs = [e for e in run(text, [JORDANIAN, MOSUL]) if e.trigger == "قتل"]
    assert evs and evs[0].source == [] and "طفل أردني" in evs[0].target


def test_those_forced_to_work_are_the_target_of_the_coercion() -> None:
    text = "وقال التقرير إن نحو ألف عامل أردني أجبروا على العمل في مزارع الموصل."
    evs = [e for e in run(text, [JORDANIAN, MOSUL]) if e.type == "COERCE"]
    assert evs and not evs[0].source and evs[0].target


def test_a_verb_of_forcing_with_a_pronoun_keeps_its_subject() -> None:
    text = "وطاردت الشرطة المهربين في الموصل حتى أجبرتهم على ترك الشاحنة."
    evs = [e for e in run(text, [POLICE, MOSUL]) if e.type == "COERCE" and "أجبرتهم" in e.trigger]
    assert all(e.source == ["الشرطة"] for e in evs)

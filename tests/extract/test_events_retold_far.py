"""A deed told again far from its first telling is no second event: a verb in a relative clause on a
definite deed noun placed in the province of the town told first, its victims named more fully
(«الجريمة التي استهدفت منسوبي قوات الطوارئ الخاصة بمنطقة عسير» after «التفجير الذي استهدف مسجد قوات
الطوارئ في مدينة أبها»); a raid's targets named as the members of a party («اعضاء حزب العمال الكردستاني»);
talks with a host held in the country a visit told before went to; and «مدينة تحت سيطرة …» names no
place «تحت»."""

from datetime import date

from event_cases import KENYAN, PKK, SYRIA, TURKISH_DEF, one, run

ABHA = ("أبها", "أبها", "LOC")
ASIR = ("عسير", "عسير", "LOC")
EMERGENCY = ("قوات الطوارئ", "قوات الطوارئ", "ORG")
EMERGENCY_MEN = ("قوات الطوارىء الخاصة", "قوات الطوارىء الخاصة", "ORG")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
OBAMA_SHORT = ("أوباما", "باراك أوباما", "PER")
KENYA = ("كينيا", "كينيا", "LOC")
KENYATTA = ("أوهورو كينياتا", "أوهورو كينياتا", "PER")
IRAQ_NORTH = ("العراق", "العراق", "LOC")


def test_crime_retold_in_the_province_is_the_bombing() -> None:
    text = ("أدانت الكويت بشدة التفجير الذي استهدف مسجد قوات الطوارئ في مدينة أبها أثناء صلاة الظهر.\n\n"
            "وأدان الوزير الجريمة الارهابية البشعة التي استهدفت منسوبي قوات الطوارىء الخاصة بمنطقة عسير أثناء "
            "ادائهم الصلاة.")
    evs = run(text, [ABHA, ASIR, EMERGENCY, EMERGENCY_MEN])
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1


def test_raids_on_the_party_members_are_the_raids_on_the_party() -> None:
    text = ("تظاهر مئات الاشخاص للتنديد بالغارات التي يشنها الجيش التركي على اعضاء حزب العمال الكردستاني.\n\n"
            "وقال المنظمون إن الحكومة ترفض الحوار.\n\n"
            "وينفذ الجيش التركي يوميا غارات مكثفة على مواقع حزب العمال الكردستاني في شمال العراق.")
    evs = run(text, [TURKISH_DEF, PKK, IRAQ_NORTH])
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1


def test_talks_in_the_visited_country_are_the_visit() -> None:
    text = ("أعلن الرئيس الأميركي باراك أوباما خلال زيارته كينيا أن قوة المتمردين تراجعت.\n\n"
            "وقتل ستة في هجوم على فندق في مقديشو.\n\n"
            "وكان أوباما قال بعد محادثاته مع الرئيس الكيني أوهورو كينياتا في اليوم الأول من زيارته "
            "كينيا إن الأراضي التي يسيطر عليها المتمردون تقلصت.")
    evs = run(text, [OBAMA, OBAMA_SHORT, KENYA, KENYAN, KENYATTA])
    meetings = [e for e in evs if e.type == "CONSULT"]
    assert len(meetings) == 1 and "أوهورو كينياتا" in meetings[0].target


def test_town_under_control_names_no_place() -> None:
    text = "وسقطت طائرة حربية سورية أمس أثناء قصفها مدينة تحت سيطرة فصائل المعارضة في شمال غرب سوريا."
    ev = one(run(text, [SYRIA], date(2015, 8, 4)), "ASSAULT")
    assert ev.location != "تحت"

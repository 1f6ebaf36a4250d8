"""Deeds a sentence marks as the story's recent past: the latest one («الهجوم الأخير الذي استهدف …»),
the one the day before («غداة»), one dated by a month's day or month told well after it, or «الأسبوع
الماضي», «الشهر الماضي», and the deed of the culprit whose punishment is the news («بحق جان قتل …»)."""

from __future__ import annotations

from datetime import date

from event_cases import INTERIOR_MINISTRY, IRAQI, TURKEY, one, run

JULY_20 = date(2015, 7, 20)
JORDAN = ("الأردن", "الأردن", "LOC")
FRANCE_L = ("لفرنسا", "فرنسا", "LOC")
IRAQI_ARMY = ("الجيش العراقي", "العراق", "ORG")
IRAQI_GOVERNMENT = ("الحكومة العراقية", "العراق", "ORG")
TURKISH_POLICE = ("الشرطة التركية", "تركيا", "ORG")


def test_the_latest_attack_recalled_is_background() -> None:
    evs = run("وقال إن الاعتداء الأخير الذي استهدف سوقا في الموصل يتنافى مع القيم.", [])
    assert one(evs, "ASSAULT").background


def test_the_verb_after_the_latest_which_is_background() -> None:
    evs = run("وندد الوزير بالهجوم الأخير الذي استهدف الجيش العراقي في الرمادي.", [IRAQI_ARMY])
    assert one(evs, "ASSAULT").background


def test_a_deed_after_the_day_after_is_background() -> None:
    text = "وجاءت الغارات غداة الإعلان عن موافقة الأردن على السماح لفرنسا باستخدام قاعدة جوية."
    assert one(run(text, [JORDAN, FRANCE_L]), "AGREE").background


def test_a_verb_dated_by_a_named_months_day_weeks_before_is_background() -> None:
    evs = run("وفي 5 يوليو الحالي هاجم مسلحون الجيش العراقي في الرمادي.", [IRAQI_ARMY], JULY_20)
    assert one(evs, "ASSAULT").background
    evs = run("وهاجم مسلحون الخميس الجيش العراقي في الرمادي.", [IRAQI_ARMY], JULY_20)
    assert not one(evs, "ASSAULT").background  # a weekday: the news


def test_a_verb_dated_by_a_past_month_is_background() -> None:
    evs = run("وفي مايو، رفضت الحكومة العراقية طلبا من تركيا.", [IRAQI_GOVERNMENT, TURKEY], JULY_20)
    assert one(evs, "REJECT").background


def test_a_deed_of_last_week_is_background() -> None:
    evs = run("واعتقلت الشرطة التركية الأسبوع الماضي عشرة أشخاص في أنقرة.", [TURKISH_POLICE], JULY_20)
    assert one(evs, "COERCE").background
    text = "وطالبت الحكومة العراقية بمعاقبة الشرطة التركية التي كانت قد اعتقلت، الأسبوع الماضي، عشرة أشخاص."
    evs = run(text, [IRAQI_GOVERNMENT, TURKISH_POLICE], JULY_20)
    assert not one(evs, "DEMAND").background  # the week dates the arrest told in a clause, not the demand


def test_the_culprits_deed_told_with_his_punishment_is_background() -> None:
    text = ("أصدرت وزارة الداخلية بيانا بشأن تنفيذ حكم القتل قصاصا بحق جان قتل مواطنا عراقيا بسبب خلاف "
            "بينهما.")
    evs = run(text, [INTERIOR_MINISTRY, IRAQI])
    assert all(e.background for e in evs if e.type == "CRIME")
    assert [e for e in evs if e.type == "CRIME"]


def test_a_deed_told_with_a_day_of_the_news_is_not_past_by_an_older_date_in_its_sentence() -> None:
    text = ("اعترف المتهم الأول في تفجير السوق في نهاية يونيو بانتمائه إلى التنظيم، وذلك لدى بدء محاكمة 12 متهما "
            "في هذا الهجوم الثلاثاء.")
    evs = [e for e in run(text, [], ref=date(2015, 8, 6)) if e.type == "CONCEDE"]
    assert evs and not any(e.background for e in evs)

"""Background and hedged flags a deed's own construction sets (`events_deed_flags`): «وكان X … سلم» with no
«قد» and «في السابق» are the story's past; what is sought («تسعى … إلى بسط»), waited for («حتى يتم
طرد»), warned of («حذر … من أن رفض …») or hoped for («آمل أن ألتقي») is hedged; a deed noun dated weeks
back (a week after «إثر»), or after «بعد أيام من», is background."""

from __future__ import annotations

from datetime import date

from event_cases import HOUTHI, ISIS, TURKEY, one, run

AUGUST = date(2015, 8, 6)
ITALIAN = ("الإيطالية", "إيطاليا", "LOC")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
FRANCE = ("فرنسا", "فرنسا", "LOC")
IRAN = ("إيران", "إيران", "LOC")
CONGRESS = ("الكونغرس", "الكونغرس", "ORG")
KAREEM = ("كريم الساعدي", "كريم الساعدي", "PER")
SAMIR = ("سمير النجار", "سمير النجار", "PER")


def test_kana_and_a_past_verb_without_qad_is_background() -> None:
    text = "وكان كريم الساعدي، رئيس الشركة السابق، سلم نفسه إلى الشرطة الإيطالية بعد التحقيق معه."
    assert one(run(text, [KAREEM, ITALIAN], ref=AUGUST), "RETREAT").background


def test_a_deed_done_in_the_past_is_background() -> None:
    text = "وأشار إلى أن الحوثيين اختطفوا في السابق عددا من الصحفيين."
    assert one(run(text, [HOUTHI], ref=AUGUST), "ASSAULT").background


def test_news_of_the_day_stays_news() -> None:
    assert not one(run("اختطف الحوثيين أمس عددا من الصحفيين.", [HOUTHI], ref=AUGUST), "ASSAULT").background
    assert not one(run("وكان الحوثيين يختطفون الصحفيين كل يوم.", [HOUTHI], ref=AUGUST), "ASSAULT").background


def test_an_aim_is_hedged() -> None:
    text = "وتسعى المقاومة الشعبية في هذه الأيام إلى بسط سيطرتها على مواقع الحوثيين في المدينة."
    assert one(run(text, [RESISTANCE, HOUTHI]), "COERCE").hedged


def test_what_a_plan_waits_for_is_hedged() -> None:
    text = "وتعمل تركيا وفرنسا على خطة مشتركة حتى يتم بشكل كامل طرد مقاتلي داعش من المنطقة."
    assert one(run(text, [TURKEY, FRANCE, ISIS]), "COERCE").hedged


def test_a_warned_of_rejection_is_hedged() -> None:
    text = "وحذر الرئيس أعضاء الكونغرس من أن رفض الاتفاق مع إيران سيضر بالبلاد."
    assert one(run(text, [CONGRESS, IRAN]), "REJECT").hedged


def test_a_hoped_for_meeting_is_hedged() -> None:
    text = 'وقال سمير النجار: "آمل أن التقي أيضا رئيس الوزراء كريم الساعدي".'
    assert one(run(text, [SAMIR, KAREEM]), "CONSULT").hedged


def test_an_earlier_attack_after_ithr_is_background() -> None:
    text = "واندلعت الاشتباكات إثر هجوم انتحاري في 12 يوليو نفذه تنظيم داعش في مدينة سروج."
    assert one(run(text, [ISIS], ref=AUGUST), "ASSAULT").background


def test_an_attack_dated_weeks_back_is_background() -> None:
    text = "وأدان الوزير مجددا الهجوم الانتحاري الذي نفذه تنظيم داعش في 3 يوليو في مدينة سروج."
    assert one(run(text, [ISIS], ref=AUGUST), "ASSAULT").background
    text = "وأدان الوزير الهجوم الانتحاري الذي نفذه تنظيم داعش في 3 أغسطس في مدينة سروج."
    assert not one(run(text, [ISIS], ref=AUGUST), "ASSAULT").background

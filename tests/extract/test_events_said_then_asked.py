"""A speaker who goes on to ask (`events_said_then_asked`): «قال X إن Y … ودعا Z إلى …», a masculine verb of
asking after a feminine Y goes on with the speaker X, and the party right after it is the one asked."""

from __future__ import annotations

from event_cases import one, run

SHOUKRY = ("سامح شكري", "سامح شكري", "PER")
SECURITY_COUNCIL = ("مجلس الأمن", "مجلس الأمن", "ORG")
ERDOGAN = ("أردوغان", "أردوغان", "PER")
PARLIAMENT = ("البرلمان", "البرلمان", "ORG")
LAVROV = ("لافروف", "لافروف", "PER")
RUSSIA = ("روسيا", "روسيا", "LOC")
OMAR = ("خالد العمر", "خالد العمر", "PER")
ARMY = ("الجيش اللبناني", "الجيش اللبناني", "ORG")


def test_the_speaker_asks_after_a_feminine_reported_subject() -> None:
    evs = run("وقال وزير الخارجية سامح شكري إن المفاوضات وصلت إلى طريق مسدود ودعا مجلس الأمن إلى التدخل.",
              [SHOUKRY, SECURITY_COUNCIL])
    ask = one(evs, "DEMAND")
    assert ask.source == ["سامح شكري"] and ask.target == ["مجلس الأمن"]


def test_a_speaker_named_before_the_reporting_verb_asks() -> None:
    evs = run("لكن أردوغان قال أمس إن عملية السلام انتهت ودعا البرلمان إلى رفع الحصانة عن النواب.",
              [ERDOGAN, PARLIAMENT])
    ask = one(evs, "DEMAND")
    assert ask.source == ["أردوغان"] and ask.target == ["البرلمان"]


def test_a_country_reported_on_is_feminine_and_does_not_ask() -> None:
    evs = run("وأكد لافروف أن روسيا تدعم الحل السياسي في سوريا، وطالب الأطراف المتحاربة بوقف القتال.",
              [LAVROV, RUSSIA])
    assert one(evs, "DEMAND").source == ["لافروف"]


def test_a_masculine_reported_subject_may_ask_itself() -> None:
    evs = run("وأوضح المحامي خالد العمر أن الجيش اللبناني اعتقل المشتبه به وطالب بتسليمه.", [OMAR, ARMY])
    assert all(e.source != ["خالد العمر"] for e in evs if e.type == "DEMAND")


def test_a_visiting_student_in_a_list_is_no_demand() -> None:
    evs = run("وأوضح المتحدث باسم الجامعة خالد العمر أن الجامعة تتيح خيارات: الانتظام، والتعليم عن بعد، وطالب زائر.",
              [OMAR])
    assert not [e for e in evs if e.type == "DEMAND"]

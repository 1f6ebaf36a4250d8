"""A deed a request asks of its addressee by a verb form after «طلب X من Y» («شن غارات», «أن تدعم», «عقد
اجتماع») is asked for, not done: no event of its own, and the request's parties end where it starts
(`events_triggers.asked_deed`)."""

from __future__ import annotations

from event_cases import ISIS, one, run

IRAQ = ("العراق", "العراق", "LOC")
US = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
RUSSIA = ("روسيا", "روسيا", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
NATO = ("حلف شمال الأطلسي", "حلف شمال الأطلسي", "ORG")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
SC = ("مجلس الأمن", "مجلس الأمن الدولي", "ORG")
CHINA = ("الصين", "الصين", "LOC")


def test_strikes_asked_of_an_ally_are_no_strikes() -> None:
    for text in ("وطلب العراق من الولايات المتحدة شن غارات على داعش.",
                 "وطلب العراق من الولايات المتحدة أن تشن غارات على داعش."):
        evs = run(text, [IRAQ, US, ISIS])
        assert not [e for e in evs if e.type == "ASSAULT"], text
        assert one(evs, "DEMAND").target == ["الولايات المتحدة"]


def test_a_meeting_asked_for_is_no_meeting_and_its_topic_no_addressee() -> None:
    evs = run("وطلبت روسيا من مجلس الأمن عقد اجتماع طارئ.", [RUSSIA, SC])
    assert [e.type for e in evs] == ["DEMAND"]
    evs = run("إن تركيا طلبت من حلف شمال الأطلسي عقد اجتماع طارئ لبحث عملياتها ضد تنظيم داعش وحزب العمال "
              "الكردستاني.", [TURKEY, NATO, ISIS, PKK])
    assert one(evs, "DEMAND").target == ["حلف شمال الأطلسي"]
    assert not [e for e in evs if e.type == "CONSULT" and not e.hedged]


def test_support_asked_is_no_support() -> None:
    evs = run("وطلبت الصين من الولايات المتحدة أن تدعم بقوة الصين في حربها ضد الإرهاب.", [CHINA, US])
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_a_deed_told_after_the_request_in_a_clause_of_its_own_stays() -> None:
    evs = run("وطلب الأمن من المواطنين الابتعاد ثم قصف الطيران الموقع.", [])
    assert [e for e in evs if e.type == "ASSAULT"]
    evs = run("وطلبت الشرطة من السكان البقاء في منازلهم، وقصفت الطائرات مواقع داعش.", [ISIS])
    assert one(evs, "ASSAULT").target == ["داعش"]


def test_a_deed_after_an_that_of_any_demand_is_asked() -> None:
    evs = run("وحث الملك سلمان المجتمع الدولي على أن يدعم الشعب السوري.",
              [("الملك سلمان", "الملك سلمان", "PER"), ("المجتمع الدولي", "المجتمع الدولي", "ORG")])
    assert [e.type for e in evs] == ["DEMAND"]


def test_a_deed_told_after_a_saying_verb_stays() -> None:
    evs = run("وطالب الوزير بالتحقيق وقال إن المسلحين قتلوا ثلاثة جنود.", [])
    assert [e for e in evs if e.type == "ASSAULT"]

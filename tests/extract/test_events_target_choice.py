"""Targets from another clause (`events_target_choice`): names told only in a relative clause on a party
already taken, or after «فيما», «بينما», «في الوقت الذي», are not the trigger's target; a deed's doer
told in a relative clause on the deed noun, and a nationality, stay; whom a demand is for is no target;
«بين X وY من جهة، وZ من جهة أخرى» names two sides; a person's or a capital's own country is no target."""

from __future__ import annotations

from event_cases import BAHRAIN, HOUTHI, ISIS_TANZIM, KUWAIT, NUSRA, US, one, run

TRADER = ("سمير الفهد", "سمير الفهد", "PER")
RUSSIAN_F = ("الروسية", "روسيا", "LOC")
FRENCH_M = ("الفرنسي", "فرنسا", "LOC")
HOLLANDE = ("فرانسوا أولاند", "فرانسوا أولاند", "PER")
GUNMEN_ARMY = ("الجيش المصري", "الجيش المصري", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
MINISTER = ("خالد العتيبي", "خالد العتيبي", "PER")
YEMENI = ("اليمني", "اليمن", "LOC")
SALEH = ("علي عبدالله صالح", "علي عبدالله صالح", "PER")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
KENYA = ("كينيا", "كينيا", "LOC")
KENYATTA = ("أوهورو كينياتا", "أوهورو كينياتا", "PER")
MANAMA = ("المنامة", "المنامة", "LOC")


def test_names_in_a_relative_clause_on_the_target_are_no_target() -> None:
    evs = run("فرضت الولايات المتحدة عقوبات على رجل الأعمال سمير الفهد الذي يتعامل مع تنظيم داعش.",
              [US, TRADER, ISIS_TANZIM])
    sanction = one(evs, "SANCTION")
    assert sanction.source == ["الولايات المتحدة"] and sanction.target == ["سمير الفهد"]
    # the doer told in a relative clause on a deed or an effort noun stays
    evs = run("أدانت الكويت الهجوم الذي نفذه تنظيم داعش في مدينة الرقة.", [KUWAIT, ISIS_TANZIM])
    assert one(evs, "DISAPPROVE").target == ["داعش"]
    evs = run("أشاد خالد العتيبي بالجهود الإنسانية التي تبذلها الأمم المتحدة.", [MINISTER, UN])
    assert one(evs, "SUPPORT").target == ["الأمم المتحدة"]


def test_the_subject_of_a_clause_after_fima_is_no_target() -> None:
    evs = run("قصفت الطائرات الروسية مواقع لجبهة النصرة في إدلب، فيما وعد الرئيس الفرنسي فرانسوا أولاند "
              "بتقديم المساعدة.", [RUSSIAN_F, NUSRA, FRENCH_M, HOLLANDE])
    assert one(evs, "ASSAULT").target == ["جبهة النصرة"]
    # «فيما يتعلق بـ» is a preposition: no new clause
    evs = run("التقى وزير الخارجية خالد العتيبي نظيره الأمريكي فيما يتعلق بملف الولايات المتحدة.",
              [MINISTER, US])
    assert one(evs, "CONSULT").target == ["الولايات المتحدة"]


def test_the_subject_of_a_clause_after_while_is_no_target() -> None:
    evs = run("قصفت الطائرات الروسية مواقع لجبهة النصرة في إدلب بينما تستعد الولايات المتحدة لإرسال قوات.",
              [RUSSIAN_F, NUSRA, US])
    assert one(evs, "ASSAULT").target == ["جبهة النصرة"]
    evs = run("وقصف الجيش المصري مواقع لتنظيم داعش في سيناء في الوقت الذي اعتقلت فيه الشرطة عشرة أشخاص.",
              [GUNMEN_ARMY, ISIS_TANZIM, POLICE])
    assert one(evs, "ASSAULT").target == ["داعش"]


def test_whom_a_demand_is_for_is_no_target() -> None:
    evs = run("وطالب الوزير خالد العتيبي جميع الجهات المعنية بتقديم الدعم اللازم لقوات الأمن.", [MINISTER])
    assert one(evs, "DEMAND").target == ["جميع الجهات المعنية"]  # those asked, not whom it is for
    evs = run("دعا الوزير خالد العتيبي المجتمع الدولي إلى إرسال المساعدات للشعب اليمني.", [MINISTER, YEMENI])
    assert one(evs, "DEMAND").target == ["المجتمع الدولي"]
    evs = run("دعا الوزير خالد العتيبي الحكومة اليمنية إلى الحوار.", [MINISTER, YEMENI])
    assert one(evs, "DEMAND").target == ["اليمن"]  # the one asked stays


def test_two_sides_named_with_min_jiha() -> None:
    evs = run("اندلعت مواجهات بين الحوثيين وأنصار الرئيس السابق علي عبدالله صالح من جهة، والمقاومة الشعبية من "
              "جهة أخرى.", [HOUTHI, SALEH])
    fight = one(evs, "FIGHT")
    # the men of the former president fight, named with him (`events_followers`)
    assert fight.source == ["الحوثي", "أنصار الرئيس السابق علي عبدالله صالح"] and fight.target == ["المقاومة الشعبية"]


def test_a_fights_two_sides_named_past_its_verb_and_time() -> None:
    # «بين» past the fight's adjective, verb and time: the sides are still read off «من جهة … من جهة أخرى»
    evs = run("وقالت المصادر إن اشتباكات عنيفة اندلعت أمس الاثنين بين الحوثيين وحلفائهم من جهة والمقاومة الشعبية "
              "من جهة أخرى في مديرية صرواح.", [HOUTHI])
    fight = one(evs, "FIGHT")
    assert fight.source == ["الحوثي"] and fight.target == ["المقاومة الشعبية"]
    # a semicolon ends the fight's clause: a «بين» after it is another's
    evs = run("واندلعت اشتباكات عنيفة أمس؛ وكانت المفاوضات بين الحوثيين من جهة والحكومة من جهة أخرى متعثرة.",
              [HOUTHI])
    assert all(e.target != ["الحكومة"] for e in evs if e.type == "FIGHT")


def test_a_persons_or_a_capitals_own_country_is_no_target() -> None:
    evs = run("أجرى باراك أوباما في كينيا أمس محادثات مع أوهورو كينياتا تناولت علاقات كينيا مع الولايات المتحدة.",
              [OBAMA, KENYA, KENYATTA, US])
    assert "الولايات المتحدة" not in one(evs, "CONSULT").target
    evs = run("ودانت المنامة بشدة التصريحات العدائية للمسؤولين الإيرانيين تجاه البحرين.", [MANAMA, BAHRAIN])
    assert one(evs, "DISAPPROVE").target == []


def test_the_main_clause_after_a_clause_of_time_names_no_party_met() -> None:
    evs = run("عندما التقى الوزير أحمد الخطيب نظيره خالد بن سلمان أمس، لم تكن إيران البند الوحيد على جدول الأعمال.",
              [("أحمد الخطيب", "أحمد الخطيب", "PER"), ("خالد بن سلمان", "خالد بن سلمان", "PER"),
               ("إيران", "إيران", "LOC")])
    ev = one(evs, "CONSULT")
    assert ev.source == ["أحمد الخطيب"] and "إيران" not in ev.target


def test_an_apposition_after_a_clause_of_time_stays_the_party() -> None:
    evs = run("وعندما التقى الوزير أحمد الخطيب نظيره، خالد بن سلمان، في الرياض، قال إن الاتفاق جيد.",
              [("أحمد الخطيب", "أحمد الخطيب", "PER"), ("خالد بن سلمان", "خالد بن سلمان", "PER")])
    assert "خالد بن سلمان" in one(evs, "CONSULT").target

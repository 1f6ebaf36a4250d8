"""COERCE and ASSAULT precision found auditing unseen SaudiNewsNet articles: the armed men of a group named
right after a definite force are the object (`events_member_objects`); a besieged or stormed place in the
genitive is the target (`events_besieged_places`); «تستهدف» of an audience of the young is recruiting
(`events_aimed_things`); an attack by a beast after «من» or a needed attack noun is none (`events_figurative`);
a deed someone allows («السماح بشن غارات») is hedged (`events_modality`)."""

from __future__ import annotations

from event_cases import ISIS, ISIS_TANZIM, one, run

ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
GAZA = ("غزة", "غزة", "LOC")
SANAA = ("صنعاء", "صنعاء", "LOC")
QAEDA = ("القاعدة", "القاعدة", "ORG")
US = ("الولايات المتحدة", "الولايات المتحدة", "LOC")


def test_the_men_of_a_group_after_a_force_are_the_arrested() -> None:
    evs = run("واعتقلت الشرطة عناصر القاعدة في حملة مداهمات فجر اليوم.", [QAEDA])
    arrest = one(evs, "COERCE")
    assert "القاعدة" not in arrest.source and arrest.target == ["القاعدة"]
    besiege = one(run("وحاصر الجيش مسلحي داعش داخل المدينة.", [ISIS]), "COERCE")
    assert besiege.source == ["الجيش"] and besiege.target == ["داعش"]


def test_the_men_of_a_group_after_its_leader_in_the_group_stay_one_party() -> None:
    evs = run("وقصف مسلحو تنظيم داعش أحياء المدينة بقذائف الهاون.", [ISIS_TANZIM])
    assert one(evs, "ASSAULT").source == ["داعش"]


def test_a_besieged_place_in_the_genitive_is_the_target() -> None:
    siege = one(run("وقال إن حصار غزة مستمر منذ سنوات.", [GAZA]), "COERCE")
    assert siege.source == [] and siege.target == ["غزة"]
    stormed = one(run("وفر الرئيس بعد اجتياح صنعاء في سبتمبر الماضي.", [SANAA]), "COERCE")
    assert stormed.source == [] and stormed.target == ["صنعاء"]


def test_a_place_before_the_object_of_a_siege_is_its_doer() -> None:
    siege = one(run("وأكد الوزير أن حصار إسرائيل لغزة يجب أن ينتهي.", [ISRAEL, GAZA]), "COERCE")
    assert siege.source == ["إسرائيل"] and siege.target == ["غزة"]


def test_targeting_the_young_is_recruiting_not_an_attack() -> None:
    evs = run("وأكد الباحث أن التنظيم يستخدم دعاية تستهدف النشء عبر وسائل التواصل لتجنيدهم في صفوف داعش.", [ISIS])
    assert not [e for e in evs if e.type == "ASSAULT"]
    evs = run("وأضاف أن داعش تستهدف صغار السن المتحمسين للقتال.", [ISIS])
    assert not [e for e in evs if e.type == "ASSAULT"]
    kept = run("واستهدف تفجير انتحاري حافلة تقل طلابا في كابول.", [])
    assert one(kept, "ASSAULT")


def test_an_attack_by_a_beast_after_from_is_none() -> None:
    assert not run("أصيب عامل بعدما تعرض لهجوم من قرد في حديقة عامة بمدينة الطائف.", [])
    assert one(run("وأصيب جنديان بعدما تعرضا لهجوم من مسلحين في سيناء.", []), "ASSAULT")


def test_strikes_allowed_are_hedged() -> None:
    ev = one(run("وقررت الولايات المتحدة السماح بشن غارات جوية على مواقع داعش في سوريا.", [US, ISIS]), "ASSAULT")
    assert ev.hedged

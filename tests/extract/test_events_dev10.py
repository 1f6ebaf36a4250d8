"""Rules of the tenth round (dev8): a body named in full followed at once by a second definite body is
two parties («طالب هادي وجامعة الدول العربية المليشيات الحوثية»: the militia is the object), an
attack «من مواقع X» was made by X, a force «في حالة تأهب» is mobilised, «فجرت أمس» is a blast (not
dawn), destroying is an assault and looting a seizure, «أوقفت 320 شخصا من المنتمين إلى X» arrests
members of X, and «دعمها لـ Z», «مساعدات لـ Z» have Z as target."""

from __future__ import annotations

from event_cases import one, run

HADI = ("عبد ربه منصور هادي", "عبد ربه منصور هادي", "PER")
LEAGUE = ("جامعة الدول العربية", "جامعة الدول العربية", "ORG")
HOUTHI = ("المليشيات الحوثية", "الحوثي", "ORG")
ASSAD = ("قوات الأسد", "النظام السوري", "ORG")
DARAA = ("درعا", "درعا", "LOC")


def test_conjoined_subject_then_a_second_body_is_the_object() -> None:
    text = "طالب الرئيس عبد ربه منصور هادي وجامعة الدول العربية المليشيات الحوثية باحترام الهدنة."
    ev = one(run(text, [HADI, LEAGUE, HOUTHI]), "DEMAND")
    assert "الحوثي" in ev.target
    assert "الحوثي" not in ev.source
    assert "جامعة الدول العربية" in ev.source


def test_shelling_from_positions_of_a_force_has_it_as_source() -> None:
    text = "أدى القصف العنيف الذي تعرض له مخيم درعا من مواقع قوات الأسد لمقتل عدد من الأطفال."
    assert one(run(text, [ASSAD, DARAA]), "ASSAULT").source == ["النظام السوري"]


TUNISIA_FORCES = ("القوات التونسية", "تونس", "LOC")
MILITIA = ("الميليشيات", "الحوثي", "ORG")
HOUTHI_GROUP = ("جماعة الحوثي", "الحوثي", "ORG")
SECURITY = ("قوات الأمن", "قوات الأمن", "ORG")
ISIS = ("داعش", "داعش", "ORG")
SAUDI = ("السعودية", "السعودية", "LOC")
YEMEN = ("لليمن", "اليمن", "LOC")


def test_forces_on_alert_are_mobilised() -> None:
    evs = run("والقوات التونسية في حالة تأهب قصوى بعد الهجوم.", [TUNISIA_FORCES])
    assert one(evs, "MOBILIZE").source == ["تونس"]


def test_a_conjugated_blast_verb_before_a_day_word_is_an_assault() -> None:
    ev = one(run("الميليشيات فجرت أمس مواقع للغاز.", [MILITIA]), "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_dawn_yesterday_is_still_no_blast() -> None:
    assert not [e for e in run("وصلت القوات فجر أمس إلى المدينة.", []) if e.type == "ASSAULT"]


def test_destroying_facilities_is_an_assault() -> None:
    ev = one(run("أكد المتحدث أن جماعة الحوثي دمرت منشآت خاصة وحكومية.", [HOUTHI_GROUP]), "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_looting_is_a_seizure() -> None:
    assert one(run("ونهبت الميليشيات المحلات التجارية.", [MILITIA]), "COERCE").source == ["الحوثي"]


def test_stopping_people_is_an_arrest_of_the_group_they_belong_to() -> None:
    text = "وقالت إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً من المنتمين إلى تنظيم داعش."
    ev = one(run(text, [SECURITY, ISIS]), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["داعش"]


def test_stopping_a_ceasefire_is_no_arrest() -> None:
    assert not [e for e in run("أوقفت قوات الأمن إطلاق النار.", [SECURITY]) if e.type == "COERCE"]


def test_support_and_aid_for_a_party_have_it_as_target() -> None:
    assert one(run("أعربت السعودية عن دعمها لليمن.", [SAUDI, YEMEN]), "SUPPORT").target == ["اليمن"]
    assert one(run("قدمت السعودية مساعدات إنسانية لليمن.", [SAUDI, YEMEN]), "AID").target == ["اليمن"]

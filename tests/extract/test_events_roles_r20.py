"""Events of the right type with the wrong actors: a plural verb never has one person named before it
as its subject, nor a feminine verb a man with a title; a nationality («سعودي الجنسية») is no party;
«لكن» opens a clause with its own subject; a place right after a meeting noun is where it was held or
where a visit went; a nisba after an object in ـين («مسؤولين أمريكيين») is no subject; a person named
after a kinship noun («نجل», «ابن عم») only says whose relative the party is, and a body after
«أعضاء» whose members act."""

from __future__ import annotations

from event_cases import EGYPT, one, run

KERRY = ("جون كيري", "جون كيري", "PER")
DOHA = ("الدوحة", "الدوحة", "LOC")


def test_a_plural_verb_after_a_quote_has_no_speaker_as_subject() -> None:
    text = "وقال مانو إن المهاجمين أحرقوا الأكواخ، موضحا انهم استولوا على الماشية."
    evs = run(text, [("مانو", "دانيال مانو", "PER")])
    assert all("دانيال مانو" not in e.source for e in evs if e.type == "COERCE")


def test_a_plural_verb_keeps_a_body_as_subject() -> None:
    text = "وأكدت الحكومة الأردنية أنهم اعتقلوا خمسة مهربين على الحدود."
    evs = run(text, [("الأردنية", "الأردن", "LOC")])
    assert one(evs, "COERCE").source == ["الأردن"]


def test_a_nationality_is_no_party() -> None:
    text = "وأصدرت المحكمة حكما بسجن المدعو سالم الحربي - سعودي الجنسية - بعد إدانته بالتحريض على العنف."
    evs = run(text, [("سعودي", "السعودية", "LOC")])
    assert all("السعودية" not in e.source + e.target for e in evs)


def test_but_opens_a_clause_with_its_own_subject() -> None:
    text = "وسعى الجيش إلى اعتقاله، لكن المدعي العام رفض الطلب."
    evs = run(text, [("الجيش", "الجيش", "ORG")])
    assert all(e.type != "REJECT" or "الجيش" not in e.source for e in evs)


def test_but_with_an_owned_subject_keeps_its_owner() -> None:
    text = "وتشارك كندا في التحالف، لكن حكومتها ترفض إرسال قوات برية."
    assert one(run(text, [("كندا", "كندا", "LOC")]), "REJECT").source == ["كندا"]


def test_a_capital_after_a_meeting_noun_is_no_party() -> None:
    text = "وقال الوزير جون كيري إن اجتماع الدوحة بحث الدفاع الصاروخي."
    evs = run(text, [KERRY, DOHA])
    assert all("الدوحة" not in e.source for e in evs if e.type == "CONSULT")


def test_a_country_after_a_visit_noun_is_where_it_went() -> None:
    text = "ووصل جون كيري إلى الرياض بعد زيارة مصر يوم الأحد."
    evs = run(text, [KERRY, EGYPT, ("الرياض", "الرياض", "LOC")])
    assert all("مصر" not in e.source for e in evs if e.type == "CONSULT")


def test_a_kinship_noun_names_the_relative() -> None:
    text = "وأعلنت الشرطة أن ابن عم الرئيس حسن رضا أطلق النار على حارس المصرف."
    ev = one(run(text, [("حسن رضا", "حسن رضا", "PER")]), "ASSAULT")
    assert ev.source == ["ابن عم الرئيس حسن رضا"]


def test_a_son_named_by_his_father() -> None:
    text = "وأعلنت وزارة الداخلية أن نجل خالد العمري اعتدى على ضابط."
    ev = one(run(text, [("خالد العمري", "خالد العمري", "PER")]), "ASSAULT")
    assert ev.source == ["نجل خالد العمري"]


def test_a_feminine_verb_has_no_titled_man_as_subject() -> None:
    text = "وقال الدكتور سامي الخطيب إن موسم التسجيل ينتهي غدا، حيث استقبلت الكلية خلال الأسبوع آلاف الطلاب."
    evs = run(text, [("سامي الخطيب", "سامي الخطيب", "PER")])
    assert all("سامي الخطيب" not in e.source for e in evs if e.type == "CONSULT")


def test_a_nisba_of_an_object_in_the_oblique_is_no_subject() -> None:
    text = "واستقبل الوزير أمس مسؤولين أمريكيين في مكتبه."
    evs = run(text, [("أمريكيين", "الولايات المتحدة", "LOC")])
    assert all("الولايات المتحدة" not in e.source for e in evs)


def test_members_of_a_council_are_the_party() -> None:
    text = "واستنكر عدد من أعضاء مجلس الأمة الهجوم على المسجد."
    ev = one(run(text, [("مجلس الأمة", "مجلس الأمة", "ORG")]), "DISAPPROVE")
    assert ev.source == ["عدد من أعضاء مجلس الأمة"] and ev.target == []


def test_where_people_were_heading_is_no_party_of_their_arrest() -> None:
    text = "وألقت دوريات حرس الحدود القبض على شخصين كانا متجهين من أراضي المملكة إلى أراضي دولة الكويت."
    specs = [("حرس الحدود", "حرس الحدود", "ORG"), ("المملكة", "السعودية", "LOC"), ("الكويت", "الكويت", "LOC")]
    ev = one(run(text, specs), "COERCE")
    assert ev.source == ["حرس الحدود"] and "الكويت" not in ev.target
    text = "وأحبطت قوات الأمن المصرية محاولة تسلل 17 شخصا إلى ليبيا."
    ev = one(run(text, [("قوات الأمن المصرية", "مصر", "ORG"), ("ليبيا", "ليبيا", "LOC")]), "COERCE")
    assert "ليبيا" not in ev.target


def test_where_aid_is_sent_is_its_receiver() -> None:
    text = "وأرسلت السعودية مساعدات إنسانية إلى اليمن."
    ev = one(run(text, [("السعودية", "السعودية", "LOC"), ("اليمن", "اليمن", "LOC")]), "AID")
    assert ev.source == ["السعودية"] and ev.target == ["اليمن"]

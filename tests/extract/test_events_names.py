"""Actor names that are no actor or are cut wrongly (`events_names`): a title read up to its holder's
name over a joined genitive and the body its office sits in, a place name alone in quote marks (a
newspaper), a verbal noun, a plural verb or a second first name run on at the end of a person's name,
a person a hospital is named after, and «التحالف» followed by a nisba that names another body."""

from __future__ import annotations

from event_cases import mentions, one, run


def test_a_title_with_a_joined_genitive_and_its_body_leads_to_the_holder() -> None:
    text = "وطالب رئيس لجنة الطرق والنقل بغرفة الشرقية سامي العتيبي، بإنشاء جسر جديد."
    ev = one(run(text, [("سامي العتيبي", "سامي العتيبي", "PER")]), "DEMAND")
    assert ev.source == ["سامي العتيبي"]
    assert ev.target == []


def test_a_dean_named_after_his_university_is_the_one_who_calls() -> None:
    text = "ودعا عميد شؤون المكتبات والمعلومات بالجامعة الدكتور ماجد الحربي الباحثين إلى التسجيل."
    ev = one(run(text, [("ماجد الحربي", "ماجد الحربي", "PER")]), "DEMAND")
    assert ev.source == ["ماجد الحربي"]


def test_a_city_alone_in_quote_marks_is_the_newspaper_not_a_party() -> None:
    text = 'وبدورها التقت "الرياض" بعدد من التجار في السوق.'
    assert all(canonical != "الرياض" for _, _, canonical in mentions(text, [("الرياض", "الرياض", "LOC")]))


def test_a_place_quoted_for_emphasis_stays_a_place() -> None:
    text = 'وجاء التهديد بعد اتهامه "الدمام" بإيواء المطلوبين.'
    assert any(canonical == "الدمام" for _, _, canonical in mentions(text, [("الدمام", "الدمام", "LOC")]))


def test_a_verbal_noun_glued_to_a_name_is_cut_off() -> None:
    text = "وطالب الدكتور سامر بضرورة إيجاد حلول عاجلة للأزمة."
    ev = one(run(text, [("سامر بضرورة", "سامر بضرورة", "PER")]), "DEMAND")
    assert ev.source == ["سامر"]


def test_a_plural_verb_the_entity_layer_ran_into_is_cut_off() -> None:
    text = "وقال المحامي إن الادعاء والمتهم يستأنفان الحكم. واتهم المتهم يستأنفان الشرطة بتعذيبه."
    found = mentions(text, [("المتهم يستأنفان", "المتهم يستأنفان", "PER")])
    people = [canonical for _, label, canonical in found if label == "PER"]
    assert people and all(canonical == "المتهم" for canonical in people)


def test_a_king_a_hospital_is_named_after_does_not_agree() -> None:
    text = "وتقدمت الأسرة بالشكر لمدينة الملك خالد الطبية لموافقتهم على نقل المريض."
    assert all("خالد" not in e.source + e.target for e in run(text, [("خالد", "خالد", "PER")]))


def test_a_national_alliance_is_not_the_international_coalition() -> None:
    text = "وانتقد التحالف الوطني رئيس الوزراء بسبب تأخر الرواتب. وقصفت طائرات التحالف مواقع داعش في سوريا."
    evs = run(text, [("داعش", "داعش", "ORG"), ("سوريا", "سوريا", "LOC")])
    assert one(evs, "DISAPPROVE").source != ["التحالف الدولي"]


def test_a_name_run_on_over_a_second_first_name_is_cut() -> None:
    text = "وقالت الوزارة إن سامي العتيبي وفؤاد الخطيب نسقوا الهجمات على الجيش."
    found = mentions(text, [("سامي العتيبي وفؤاد", "سامي العتيبي وفؤاد", "PER"), ("الخطيب", "الخطيب", "PER")])
    assert ("سامي العتيبي وفؤاد", "PER", "سامي العتيبي") in found

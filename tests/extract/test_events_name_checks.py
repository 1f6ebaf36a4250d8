"""Actor names that are a word of the sentence (`events_name_checks`): a verb run on into a name, the
second word of a place's name, a nisba said of a common noun, an abstract noun, a participle in the
construct state, a body's head cut before its adjectives, and words of the clause run on at a name's end
or a place at its start."""

from __future__ import annotations

from event_cases import names, one, run

from marsad.extract.events_name_checks import (
    adjective_of_noun,
    body_adjectives,
    owned_noun,
    participle_head,
    place_piece,
    run_on_head,
    run_on_tail,
    verb_tail,
)


def test_a_past_verb_after_gunmen_is_cut_off() -> None:
    text = "واندلعت اشتباكات بين الجيش ومسلحين تسللوا من الحدود الشرقية."
    ev = one(run(text, [("الجيش", "الجيش", "ORG"), ("مسلحين تسللوا", "مسلحين تسللوا", "ORG")]), "FIGHT")
    assert "مسلحين" in names(ev)
    assert all("تسللوا" not in n for n in names(ev))


def test_a_known_verb_after_a_leader_is_cut_off() -> None:
    text = "وأكد السفير أن الرئيس الفلاني سلم الوزير رسالة خطية."
    assert verb_tail("الفلاني سلم", text) == "الفلاني"
    assert verb_tail("وفد يضم", "ووصل وفد يضم عشرة خبراء إلى العاصمة.") == "وفد"
    assert verb_tail("الفلاني سيعلن", "وقال إن الفلاني سيعلن قراره غدا.") == "الفلاني"


def test_a_surname_that_is_a_verb_stays_after_a_lineage_word() -> None:
    text = "وطالب خالد بن طالب الجهات بتوسعة الطريق."
    assert verb_tail("خالد بن طالب", text) == "خالد بن طالب"


def test_a_name_before_a_mark_keeps_its_last_word() -> None:
    assert verb_tail("سعاد صادق", "وشاركت سعاد صادق، في الحفل.") == "سعاد صادق"


def test_the_second_word_of_a_place_is_no_target() -> None:
    text = "وقصفت الطائرات مواقع المسلحين في قرية بني مازن شرق المدينة."
    ev = one(run(text, [("مازن", "مازن", "PER")]), "ASSAULT")
    assert "مازن" not in names(ev)


def test_a_person_also_named_alone_is_no_place_piece() -> None:
    assert not place_piece("مازن", "والتقى مازن بوفد من حي بني مازن.")


def test_a_nisba_after_a_common_noun_is_its_adjective() -> None:
    span = "وأحال المدير الملف إلى إدارة الرقابة الداخلية لدراسته."
    assert adjective_of_noun("الداخلية", span)
    assert not adjective_of_noun("الداخلية", "وأعلنت الداخلية القبض على المتهم.")
    assert not adjective_of_noun("الصدري", "وانتقد التيار الصدري الحكومة.")


def test_an_abstract_noun_or_an_owned_noun_is_no_party() -> None:
    assert owned_noun("أهمية")
    assert owned_noun("مشاركته")
    assert not owned_noun("الحكومة")


def test_an_abstract_noun_is_no_addressee() -> None:
    text = "ودعا الوزير خالد الفهد إلى أهمية تطبيق الأنظمة."
    ev = one(run(text, [("خالد الفهد", "خالد الفهد", "PER"), ("أهمية", "أهمية", "ORG")]), "DEMAND")
    assert ev.source == ["خالد الفهد"]
    assert "أهمية" not in ev.target


def test_a_plural_participle_in_the_construct_state_is_no_person() -> None:
    span = "وحث الوزير حاملي الأسهم على الانتظار."
    assert participle_head("حاملي", span)
    assert not participle_head("حاملي", "وقال حاملي إن الاجتماع انتهى.")


def test_a_body_head_takes_its_adjectives_and_complement() -> None:
    span = "وطالبت الهيئة العامة للإحصاء الشركات بتحديث بياناتها."
    assert body_adjectives("الهيئة", span) == "الهيئة العامة للإحصاء"
    assert body_adjectives("السلطات", "واعتقلت السلطات المحلية ثلاثة أشخاص.") == "السلطات المحلية"


def test_a_body_head_takes_no_object_after_it() -> None:
    assert body_adjectives("المركز", "ودعا المركز الأطباء إلى التسجيل.") == "المركز"
    assert body_adjectives("الهيئة", "ودعت الهيئة الجامعة إلى التعاون.") == "الهيئة"
    assert body_adjectives("الجيش", "واتهم الجيش الحوثيين بقصف الأحياء.") == "الجيش"
    assert body_adjectives("المسلحون", "واعتقل المسلحون الصحفيين في المدينة.") == "المسلحون"


def test_a_cut_prosecution_is_named_whole_in_the_event() -> None:
    text = "واتهمت النيابة العامة المتهم بتزوير الوثائق الرسمية."
    ev = one(run(text, [("النيابة", "النيابة", "ORG")]), "DISAPPROVE")
    assert ev.source == ["النيابة العامة"]


def test_a_channel_after_the_party_is_cut_off() -> None:
    assert run_on_tail("جبهة الإنقاذ الوطني عبر موقعها الرسمي") == "جبهة الإنقاذ الوطني"
    assert run_on_tail("ثلاثة من جنوده") == "ثلاثة من جنوده"


def test_an_object_after_the_doer_is_cut_off() -> None:
    assert run_on_tail("سالم الغامدي المراجعات") == "سالم الغامدي"
    assert run_on_tail("هيئة الاتصالات") == "هيئة الاتصالات"
    assert run_on_tail("أم خالد الجمعيات") == "أم خالد"


def test_a_behalf_word_is_no_word_of_the_name() -> None:
    assert run_on_tail("سامي الحربي باسم") == "سامي الحربي"


def test_a_speaker_named_after_his_region_starts_at_his_first_name() -> None:
    text = "وأهاب المتحدث باسم الهلال الأحمر بالباحة خالد بن سعد الغامدي بالمواطنين الالتزام بالتعليمات."
    ev = one(run(text, [("الباحة خالد بن سعد الغامدي", "الباحة خالد بن سعد الغامدي", "PER")]), "DEMAND")
    assert ev.source == ["خالد بن سعد الغامدي"]


def test_a_body_named_after_a_person_keeps_its_head() -> None:
    assert run_on_head("جامعة نايف العربية للعلوم") == "جامعة نايف العربية للعلوم"
    assert run_on_head("الشيخ صالح بن محمد آل الشيخ") == "الشيخ صالح بن محمد آل الشيخ"
    assert run_on_head("الراشد خالد الراشد") == "خالد الراشد"

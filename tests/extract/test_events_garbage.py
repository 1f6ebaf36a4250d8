"""Actor names that are fragments, not a party's name (`events_garbage`): a person's «علي» read as the
preposition and left out, a social platform as a party, a time word, demonstrative or adverb run on into a
name, a second person's «و» + honorific at a name's end, a glued «و» on a first name, and a cut title
written right before the name it belongs to."""

from __future__ import annotations

from event_cases import one, quote_of, run

from marsad.extract.events_garbage import clean_name, cut_title, platform


def test_a_first_name_ali_after_a_title_goes_back_into_the_name() -> None:
    text = "وأدان الشيخ علي عتيق الهجوم على القرية."
    ev = one(run(text, [("عتيق", "عتيق", "PER")]), "DISAPPROVE")
    assert ev.source == ["علي عتيق"]
    text = "وأدان الشيخ علي عتيق الهجوم."  # «علي» may be the preposition where the text never writes «على»
    ev = one(run(text, [("عتيق", "عتيق", "PER")]), "DISAPPROVE")
    assert ev.source == ["عتيق"]


def test_a_quoted_speaker_named_without_his_ali_gets_it_back() -> None:
    text = 'وقال نائب رئيس النادي الشيخ علي سالم: "إننا نندد بهذا العمل الذي وقع على المصلين".'
    ev = one(run(text, [("سالم", "سالم", "PER")], quotes=quote_of(text, "سالم")), "DISAPPROVE")
    assert ev.source == ["علي سالم"]


def test_a_name_opening_with_bin_takes_the_ali_before_it() -> None:
    text = "وانتقد الدكتور علي بن سالم الحربي القرار الذي صدر على عجل."
    ev = one(run(text, [("بن سالم الحربي", "بن سالم الحربي", "PER")]), "DISAPPROVE")
    assert ev.source == ["علي بن سالم الحربي"]


def test_a_name_that_goes_on_with_ali_before_a_colon_is_kept_whole() -> None:
    text = "وقال المهندس سعيد علي حامد: نحن نطالب بإعادة النظر في القرار، وعلى الوزارة أن تستجيب."
    ev = one(run(text, [("سعيد", "سعيد", "PER")]), "DEMAND")
    assert ev.source == ["سعيد علي حامد"]


def test_a_social_platform_is_the_channel_not_a_party() -> None:
    text = "وانتقد ناشطون على تويتر قرار البلدية."
    ev = one(run(text, [("تويتر", "تويتر", "ORG")]), "DISAPPROVE")
    assert "تويتر" not in ev.source + ev.target
    text = "ونشر يوتيوب مقطعا يدين فيه الداعية الهجوم."
    assert not [e for e in run(text, [("يوتيوب", "يوتيوب", "ORG")]) if "يوتيوب" in e.source]


def test_a_platform_is_known_by_its_spellings_unless_named_as_a_firm() -> None:
    assert platform("فيس بوك") and platform("انستغرام")
    assert not platform("شركة فيسبوك")


def test_a_date_word_run_on_into_a_name_is_cut() -> None:
    text = "ودعا الزعيم كريم أول من أمس إلى الوحدة في الحركة."
    ev = one(run(text, [("كريم أول", "كريم أول", "PER")]), "DEMAND")
    assert ev.source == ["كريم"]


def test_demonstratives_weekdays_and_adverbs_are_cut_from_names() -> None:
    assert clean_name("جمعية الخير بالقرية هذا") == "جمعية الخير بالقرية"
    assert clean_name("محكمة جنايات الجيزة الخميس") == "محكمة جنايات الجيزة"
    assert clean_name("مؤخرا سالم الهاجري") == "سالم الهاجري"
    assert clean_name("هذا") == ""


def test_a_word_that_introduces_a_name_and_a_verb_on_the_deed_are_cut() -> None:
    text = "وأكد المحامي أن السلطات اعتقلت شابا ويدعى فارس الدوسري في المطار."
    ev = one(run(text, [("ويدعى فارس الدوسري", "ويدعى فارس الدوسري", "PER")]), "COERCE")
    assert "فارس الدوسري" in ev.target
    assert clean_name("رهائن نفذتها") == "رهائن"
    assert clean_name("الله") == "" and clean_name("حسن نصر الله") == "حسن نصر الله"
    assert clean_name("العامة") == "" and clean_name("الحوثي") == "الحوثي"


def test_a_second_persons_honorific_and_a_glued_waw_are_cut() -> None:
    assert clean_name("سلمان بن عبدالعزيز وسمو") == "سلمان بن عبدالعزيز"
    assert clean_name("وخالد المطيري") == "خالد المطيري"
    assert clean_name("وليد الحربي") == "وليد الحربي"


def test_a_cut_title_before_a_name_gives_way_to_that_name() -> None:
    assert cut_title("وزراء خارجية") and cut_title("مجلس إدارة")
    assert not cut_title("وزارة الخارجية") and not cut_title("مجلس الأمن")
    text = "وعقد وزراء خارجية دول الاتحاد الأفريقي أمس اجتماعا طارئا."
    ev = one(run(text, [("وزراء خارجية", "وزراء خارجية", "ORG"),
                        ("دول الاتحاد الأفريقي", "دول الاتحاد الأفريقي", "ORG")]), "CONSULT")
    assert ev.source == ["دول الاتحاد الأفريقي"]
    assert ev.target == []
    text = "وأشاد سمو أمير منطقة الجوف بجهود المتطوعين."
    assert not run(text, [("سمو أمير", "سمو أمير", "PER")])


def test_a_verb_opening_a_name_and_a_glued_lam_before_a_body_are_cut() -> None:
    assert clean_name("تتعاون وزارة الصحة") == "وزارة الصحة"
    assert clean_name("وبارك") == ""
    assert clean_name("تامر حسني") == "تامر حسني" and clean_name("بارك أوباما") == "بارك أوباما"
    assert clean_name("لبنك اليابان المركزي") == "بنك اليابان المركزي"

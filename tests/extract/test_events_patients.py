"""The one a deed is done to is no doer: the antecedent of a relative verb of undergoing, and the
owner of an accusation noun whose charge follows it."""

from __future__ import annotations

from event_cases import one, run

BEN_YOUNES = ("بن يونس", "بن يونس", "PER")
CHAVEZ = ("تشافيز", "تشافيز", "PER")
JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
IRAN = ("إيران", "إيران", "LOC")


def test_the_antecedent_of_a_verb_of_undergoing_is_no_critic() -> None:
    text = "وعين الرئيس وزيرا جديدا للتجارة خلفا لعمارة بن يونس الذي واجه انتقادات كبيرة بسبب قراراته."
    assert not [e for e in run(text, [BEN_YOUNES]) if "بن يونس" in e.source]


def test_the_owner_of_an_accusation_with_its_charge_after_it_is_the_accused() -> None:
    text = "وكان تشافيز قد دخل السجن بسبب اتهامه بارتكاب جرائم مالية."
    assert not [e for e in run(text, [CHAVEZ]) if e.type == "DISAPPROVE" and "تشافيز" in e.source]


def test_the_owner_of_an_accusation_of_someone_named_is_the_accuser() -> None:
    text = "وجدد عادل الجبير اتهامه لإيران بدعم الميليشيات."
    ev = next(e for e in run(text, [JUBEIR, IRAN]) if e.type == "DISAPPROVE")
    assert (ev.source, ev.target) == (["عادل الجبير"], ["إيران"])


def test_an_honorific_with_a_pronoun_stands_for_the_one_so_called() -> None:
    text = ("وقال معالي الأمين العام للرابطة الدكتور عبدالله التركي إن الرابطة تابعت تصريحات نوري المالكي. "
            "واستنكر معاليه هذه التصريحات غير المسؤولة.")
    specs = [("عبدالله التركي", "عبدالله التركي", "PER"), ("نوري المالكي", "نوري المالكي", "PER")]
    ev = next(e for e in run(text, specs) if e.type == "DISAPPROVE" and "معاليه" in text[e.start:e.end])
    assert ev.source == ["عبدالله التركي"]


def test_a_long_title_leads_to_the_person_who_holds_it() -> None:
    specs = [("الفلسطيني", "فلسطين", "LOC"), ("يوسف ادعيس", "يوسف ادعيس", "PER"), ("إسرائيل", "إسرائيل", "LOC")]
    ev = next(e for e in run("واتهم وزير الأوقاف والشؤون الدينية الفلسطيني يوسف ادعيس إسرائيل بالتصعيد.", specs)
              if e.type == "DISAPPROVE")
    assert (ev.source, ev.target) == (["يوسف ادعيس"], ["إسرائيل"])
    specs = [("الأمم المتحدة", "الأمم المتحدة", "ORG"), ("الشرق الأوسط", "الشرق الأوسط", "LOC"),
             ("نيكولاي ملادينوف", "نيكولاي ملادينوف", "PER")]
    text = "ودعا منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط نيكولاي ملادينوف إلى محاسبة القتلة."
    ev = next(e for e in run(text, specs) if e.type == "DEMAND")
    assert ev.source == ["نيكولاي ملادينوف"]


def test_the_nisba_after_an_indefinite_strike_and_its_adjective_is_the_attacker() -> None:
    ev = next(e for e in run("وأدت غارات جوية سعودية إلى تدمير مخازن الأسلحة.", [("سعودية", "السعودية", "LOC")])
              if e.type == "ASSAULT")
    assert ev.source == ["السعودية"]


def test_a_plural_in_ين_after_a_statement_verb_is_the_one_asked() -> None:
    assert not [e for e in run("ودعا المواطنين إلى المساهمة في حماية العاملين.", []) if "المواطنين" in e.source]
    ev = next(e for e in run("أدانت مملكة البحرين التفجير الإرهابي.", [("البحرين", "البحرين", "LOC")])
              if e.type == "DISAPPROVE")
    assert ev.source == ["البحرين"]  # a name in ـين is no plural


def test_people_before_a_verb_of_undergoing_underwent_it() -> None:
    evs = run("وقالت الشرطة إن خمسة نيباليين يواجهون اتهامات بقتل صبي.", [("نيباليين", "نيبال", "LOC")])
    assert not [e for e in evs if e.type == "DISAPPROVE" and "خمسة نيباليين" in e.source]


def test_the_subject_of_a_passive_with_its_agent_after_min_qibal_underwent_it() -> None:
    specs = [("المهندس الفرنسي", "فرنسا", "LOC"), ("جماعة بوكو حرام", "بوكو حرام", "ORG")]
    text = "وذكرت الصحيفة أن المهندس الفرنسي يُختطف من قبل جماعة بوكو حرام في شمال البلاد."
    ev = next(e for e in run(text, specs) if e.type == "ASSAULT")
    assert (ev.source, ev.target) == (["بوكو حرام"], ["فرنسا"])


def test_the_noun_after_a_passive_with_its_agent_after_ala_yad_underwent_it() -> None:
    specs = [("حركة الشباب", "حركة الشباب", "ORG"), ("الشرطة الكينية", "كينيا", "LOC")]
    ev = next(e for e in run("وقتل قيادي من حركة الشباب على يد الشرطة الكينية أمس.", specs) if e.type == "ASSAULT")
    assert (ev.source, ev.target) == (["كينيا"], ["حركة الشباب"])


def test_the_genitive_of_an_accusation_noun_with_its_charge_after_it_is_the_accused() -> None:
    text = "وتحدث المقال عن اتهام حركة النهضة بالتستر على المتورطين."
    ev = [e for e in run(text, [("حركة النهضة", "حركة النهضة", "ORG")]) if e.type == "DISAPPROVE"]
    assert not [e for e in ev if "حركة النهضة" in e.source]


def test_a_deed_nouns_genitive_did_it_to_the_people_after_its_l() -> None:
    specs = [("تونس", "تونس", "LOC"), ("فجر ليبيا", "فجر ليبيا", "ORG")]
    ev = next(e for e in run("وجاء ذلك بعد اعتقال تونس لبعض قيادات فجر ليبيا.", specs) if e.type == "COERCE")
    assert (ev.source, ev.target) == (["تونس"], ["فجر ليبيا"])
    ev = next(e for e in run("وأمرت النيابة بتوقيف سليمان لمدة أسبوع.", [("سليمان", "سليمان", "PER")])
              if e.type == "COERCE")
    assert "سليمان" not in ev.source  # «لمدة»: how long, no one it was done to


def test_a_place_named_after_a_king_is_no_party() -> None:
    specs = [("عبدالعزيز الدولي", "عبدالعزيز الدولي", "PER"), ("محمد العقيل", "محمد العقيل", "PER")]
    text = "وقال محمد العقيل مدير عام جمرك مطار الملك عبدالعزيز الدولي إنه تم ضبط الكمية."
    assert not [e for e in run(text, specs) if "عبدالعزيز الدولي" in e.source + e.target]


def test_an_assistant_or_deputy_title_leads_to_its_holder() -> None:
    specs = [("ناصر الدوسري", "ناصر الدوسري", "PER")]
    text = "وطالب مساعد المدير العام للخدمات العلاجية الدكتور ناصر الدوسري جميع المستشفيات باتخاذ الاحتياطات."
    assert one(run(text, specs), "DEMAND").source == ["ناصر الدوسري"]
    specs = [("الباحة", "الباحة", "LOC"), ("حامد بن مالح الشمري", "حامد بن مالح الشمري", "PER")]
    text = "أشاد وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري بمهرجان المدينة."
    assert one(run(text, specs), "SUPPORT").source == ["حامد بن مالح الشمري"]

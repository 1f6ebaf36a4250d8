"""Who is the source and who the target of an event: carried and conjoined subjects, «حيث» clauses,
participles after a statement, «بين X من جهة، وY», mutual deeds, the one asked («طلب من»), the
receiver of aid or support, the doer of an undergone deed, speakers and first person in quotes, and
where a deed's objects end (a relative clause on the doer, a new statement, «، ما …», a time word)."""

from __future__ import annotations

from event_cases import (
    ANKARA,
    ARAB_LEAGUE,
    ARAB_LEAGUE_SHORT,
    ASSAD_FORCES,
    BAHRAIN,
    DARAA,
    EGYPT,
    FRENCH,
    HADI,
    HEZBOLLAH,
    HOUTHI,
    HOUTHI_MILITIA,
    HOUTHIS_NOMINATIVE,
    ISIS,
    ISIS_TANZIM,
    JORDANIAN,
    KASSERINE,
    KENYAN,
    KUWAIT,
    LYON,
    NUSRA,
    PALESTINIANS,
    QATAR,
    REGIME,
    SAUDI,
    SEPARATISTS,
    SYRIA,
    TO_RUSSIA,
    TO_YEMEN,
    TUNISIAN,
    TURKISH,
    TURKISH_DEF,
    UKRAINE,
    UN,
    US,
    WASHINGTON,
    one,
    quote_of,
    run,
)


def test_first_person_in_a_quote_still_gives_the_speaker() -> None:
    text = 'وقال الجبوري: "لذلك طالبنا رئيس الوزراء بإقالة عدد من الوزراء".'
    ev = one(run(text, [("الجبوري", "سليم الجبوري", "PER")], quotes=quote_of(text, "سليم الجبوري")), "DEMAND")
    assert ev.source == ["سليم الجبوري"]


def test_between_sides_told_apart() -> None:
    text = "وتدور اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة من جهة أخرى في سوريا."
    ev = one(run(text, [ISIS_TANZIM, NUSRA, ("سوريا", "سوريا", "LOC")]), "FIGHT")
    assert ev.source == ["داعش"] and ev.target == ["المعارضة السورية", "جبهة النصرة"]


def test_a_request_from_someone_asks_the_clause_doer() -> None:
    text = "وأفرجت السلطات الألمانية عن المذيع أحمد منصور في برلين بناء على طلب من مصر."
    specs = [("الألمانية", "ألمانيا", "LOC"), ("أحمد منصور", "أحمد منصور", "PER"), ("برلين", "برلين", "LOC"),
             ("مصر", "مصر", "LOC")]
    ev = one(run(text, specs), "DEMAND")
    assert ev.source == ["مصر"] and ev.target == ["ألمانيا"]


def test_a_meeting_with_his_counterpart() -> None:
    text = "وأشار أردوغان إلى لقائه بنظيره الأمريكي باراك أوباما."
    specs = [("أردوغان", "رجب طيب أردوغان", "PER"), ("الأمريكي", "الولايات المتحدة", "LOC"),
             ("باراك أوباما", "باراك أوباما", "PER")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["رجب طيب أردوغان"] and ev.target == ["باراك أوباما"]


def test_between_repeated_before_the_second_side() -> None:
    text = ("وتدور في تعز اشتباكات عنيفة بين الجيش الوطني والمقاومة الشعبية من جهة، "
            "وبين ميليشيات الحوثي من جهة ثانية.")
    ev = one(run(text, [("ميليشيات الحوثي", "الحوثي", "ORG"), ("تعز", "تعز", "LOC")]), "FIGHT")
    assert ev.source == ["الجيش اليمني", "المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_between_sides_override_an_earlier_subject() -> None:
    text = ("قصفت قوات النظام مدينة حرستا في سوريا، كما تدور اشتباكات بين تنظيم داعش من جهة، "
            "وجبهة النصرة من جهة أخرى في القلمون.")
    ev = one(run(text, [REGIME, ISIS_TANZIM, NUSRA, ("حرستا", "حرستا", "LOC"), ("سوريا", "سوريا", "LOC"),
                        ("القلمون", "القلمون", "LOC")]), "FIGHT")
    assert ev.source == ["داعش"] and ev.target == ["جبهة النصرة"]


def test_matter_pronoun_before_a_feminine_verb() -> None:
    text = "أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في مدينة حرستا."
    ev = one(run(text, [("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "ORG"), REGIME,
                        ("حرستا", "حرستا", "LOC")]), "ASSAULT")
    assert ev.source == ["النظام السوري"]


def test_speaker_before_a_colon_is_not_the_agent() -> None:
    text = "وتابع الشيخ عبدالعزيز آل الشيخ يقول : إن هذه الفئة مجرمة وأعمالها قتل المصلين في المساجد."
    evs = run(text, [("عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ", "PER")])
    assert all("عبدالعزيز آل الشيخ" not in e.source for e in evs)


def test_undergoing_noun_is_the_victim_not_an_earlier_actor() -> None:
    text = ("تدور اشتباكات بين تنظيم داعش وجبهة النصرة في سوريا، فيما تعرضت مناطق في محيط مدينة دوما "
            "لقصف من قبل قوات النظام.")
    evs = run(text, [ISIS_TANZIM, NUSRA, REGIME, ("سوريا", "سوريا", "LOC"), ("دوما", "دوما", "LOC")])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["النظام السوري"] and "جبهة النصرة" not in ev.target


def test_the_opening_subject_goes_on_to_a_conjoined_verb() -> None:
    text = "وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على اختطاف ثلاثة من المستوطنين."
    ev = one(run(text, [("أبو مازن", "محمود عباس", "PER"), ("حماس", "حماس", "ORG")]), "DISAPPROVE")
    assert ev.source == ["محمود عباس"] and ev.target == ["حماس"]
    text = "وأعلنت الحكومة خطتها، واتهم حماس بالتقصير."  # a clause break: no carried subject
    assert all(e.source != ["محمود عباس"] for e in run(text, [("حماس", "حماس", "ORG")]))


def test_a_participle_after_a_statement_takes_its_subject() -> None:
    text = "وقال رئيس اللجنة عبدالله بن حويل إن القرار خاطئ، مطالبا وزارة الخارجية بالتحرك."
    ev = one(run(text, [("عبدالله بن حويل", "عبدالله بن حويل", "PER"),
                        ("وزارة الخارجية", "وزارة الخارجية", "ORG")]), "DEMAND")
    assert ev.source == ["عبدالله بن حويل"] and ev.target == ["وزارة الخارجية"]
    text = "وشهدت اللاذقية تظاهرة قبل أيام تنديدا لاغتيال الشيخ، مطالبين باعتقال سليمان."
    evs = run(text, [("الشيخ", "حسان الشيخ", "PER"), ("سليمان", "سليمان الأسد", "PER")])
    assert all(e.source != ["حسان الشيخ"] for e in evs if e.type == "DEMAND")


def test_a_participle_after_a_comma_is_no_topic_of_the_statement() -> None:
    text = ("أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية، "
            "مطالبة بضرورة الالتزام بسياسة حسن الجوار.")
    evs = run(text, [("المصرية", "مصر", "LOC"), ("مصر", "مصر", "LOC"), ("الإيراني", "إيران", "LOC")])
    assert one(evs, "DEMAND").source == ["مصر"]


def test_a_new_statement_ends_the_objects() -> None:
    text = "وأدان بيسكوف دعم الولايات المتحدة للمعارضة، وقال إن اعتراض روسيا ليس سرا."
    ev = one(run(text, [("بيسكوف", "بيسكوف", "PER"), US, ("روسيا", "روسيا", "LOC")]), "DISAPPROVE")
    assert "روسيا" not in ev.target and "الولايات المتحدة" in ev.target


def test_a_part_of_a_group_leaves_the_group_the_target() -> None:
    text = "وفرضت الولايات المتحدة عقوبات على ثلاثة من زعماء جماعة حزب الله."
    assert one(run(text, [US, HEZBOLLAH]), "SANCTION").target == ["حزب الله"]


def test_conjoined_subject_then_a_second_body_is_the_object() -> None:
    text = "طالب الرئيس عبد ربه منصور هادي وجامعة الدول العربية المليشيات الحوثية باحترام الهدنة."
    ev = one(run(text, [HADI, ARAB_LEAGUE, HOUTHI_MILITIA]), "DEMAND")
    assert "الحوثي" in ev.target
    assert "الحوثي" not in ev.source
    assert "جامعة الدول العربية" in ev.source


def test_shelling_from_positions_of_a_force_has_it_as_source() -> None:
    text = "أدى القصف العنيف الذي تعرض له مخيم درعا من مواقع قوات الأسد لمقتل عدد من الأطفال."
    assert one(run(text, [ASSAD_FORCES, DARAA]), "ASSAULT").source == ["النظام السوري"]


def test_support_and_aid_for_a_party_have_it_as_target() -> None:
    assert one(run("أعربت السعودية عن دعمها لليمن.", [SAUDI, TO_YEMEN]), "SUPPORT").target == ["اليمن"]
    assert one(run("قدمت السعودية مساعدات إنسانية لليمن.", [SAUDI, TO_YEMEN]), "AID").target == ["اليمن"]


def test_conjoined_verb_takes_the_earlier_verbs_subject() -> None:
    text = "ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار وحث جميع الأطراف على وقف العمليات."
    assert one(run(text, [UN]), "DEMAND").source == ["الأمم المتحدة"]


def test_relative_clause_on_the_doer_keeps_the_target_in_reach() -> None:
    text = "عقب غارات شنتها مقاتلات التحالف الذي تقوده السعودية على مواقع الحوثيين في تعز."
    ev = one(run(text, [("التحالف", "التحالف العربي", "ORG"), SAUDI, HOUTHI]), "ASSAULT")
    assert ev.target == ["الحوثي"]
    assert "السعودية" not in ev.target


def test_victims_described_by_a_place_adjective_are_no_party() -> None:
    text = "أعلنت المجموعة أن سبع ضحايا فلسطينيين قضوا جراء قصف مخيم درعا بالبراميل المتفجرة."
    evs = [e for e in run(text, [PALESTINIANS, DARAA]) if e.type == "ASSAULT"]
    assert evs and all("فلسطين" not in e.source for e in evs)


def test_exchange_of_fire_with_an_adjective_is_a_fight_between_the_parties() -> None:
    text = "قتل جندي تركي في تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش عبر الحدود."
    ev = one(run(text, [TURKISH_DEF, TURKISH, ISIS]), "FIGHT")
    assert ev.source == ["تركيا"] and ev.target == ["داعش"]


def test_mutual_accusations_go_both_ways() -> None:
    text = "تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات أمس بقصف مناطق سكانية."
    pairs = {(tuple(e.source), tuple(e.target)) for e in run(text, [UKRAINE, SEPARATISTS, TO_RUSSIA])
             if e.type == "DISAPPROVE"}
    assert pairs == {(("أوكرانيا",), ("الانفصاليون",)), (("الانفصاليون",), ("أوكرانيا",))}


def test_a_joint_condemnation_is_not_mutual() -> None:
    ev = one(run("وانتقدت مصر وقطر الهجوم.", [EGYPT, QATAR]), "DISAPPROVE")
    assert ev.source == ["مصر", "قطر"] and ev.target == []


def test_haith_clause_goes_on_with_the_subject() -> None:
    text = "ودانت الجامعة العربية القصف حيث طالبت أنقرة باحترام سيادة العراق."
    ev = one(run(text, [ARAB_LEAGUE_SHORT, ANKARA]), "DEMAND")
    assert ev.source == ["جامعة الدول العربية"] and ev.target[:1] == ["تركيا"]


def test_the_one_asked_after_min_is_the_target() -> None:
    ev = one(run("ستطلب الحكومة الأردنية من الولايات المتحدة زيادة الدعم.", [JORDANIAN, US]), "DEMAND")
    assert ev.source == ["الأردن"] and ev.target == ["الولايات المتحدة"]


def test_receiving_aid_makes_the_receiver_the_target() -> None:
    ev = one(run("وتحصل مصر كل عام على مساعدات عسكرية كبيرة من واشنطن.", [EGYPT, WASHINGTON]), "AID")
    assert ev.source == ["الولايات المتحدة"] and ev.target == ["مصر"]


def test_what_a_deed_led_to_is_no_object_of_it() -> None:
    specs = [HOUTHIS_NOMINATIVE, ("عدن", "عدن", "LOC"), ("هادي", "عبدربه منصور هادي", "PER"),
             ("السعودية", "السعودية", "LOC")]
    ev = one(run("واستولى الحوثيون على عدن، ما دفع هادي إلى السفر إلى السعودية.", specs), "COERCE")
    assert ev.source == ["الحوثيين"] and ev.target == []


def test_between_after_a_time_set_off_by_commas() -> None:
    specs = [("الجيش السوداني", "السودان", "ORG"), ("الحركة الشعبية", "الحركة الشعبية", "ORG")]
    text = "اندلعت المعارك، مساء الأحد، بين الجيش السوداني من جهة، والمتمردين من الحركة الشعبية من جهة أخرى."
    ev = one(run(text, specs), "FIGHT")
    assert ev.source == ["السودان"]
    specs = [("الجيش المالي", "مالي", "ORG"), ("أنصار الدين", "أنصار الدين", "ORG")]
    text = "تجددت الاشتباكات، فجر الاثنين، بين الجيش المالي من جهة، والمتمردين أنصار الدين من جهة أخرى."
    ev = one(run(text, specs), "FIGHT")
    assert ev.source == ["مالي"] and ev.target == ["أنصار الدين"]


def test_an_actor_after_a_time_preposition_is_no_party() -> None:
    specs = [("الأمريكية", "الولايات المتحدة", "LOC")]
    evs = run("واعتقل الرجل بعد أحداث السفارة الأمريكية في العاصمة.", specs)
    assert all("الولايات المتحدة" not in e.source + e.target for e in evs)


def test_la_after_what_an_attack_hits_names_the_target_not_the_attacker() -> None:
    text = "وقامت المدفعية التركية بقصف أهداف لتنظيم داعش شمالي سوريا."
    ev = one(run(text, [TURKISH_DEF, ISIS, SYRIA]), "ASSAULT")
    assert "داعش" not in ev.source and "داعش" in ev.target


def test_arrests_against_members_of_a_body() -> None:
    text = "ونفذت قوات الأمن التونسية حملة اعتقالات بحق 12 عنصرا من تنظيم داعش في القصرين."
    ev = one(run(text, [TUNISIAN, ISIS_TANZIM, KASSERINE]), "COERCE")
    assert ev.source == ["تونس"] and ev.target == ["داعش"]


def test_a_possessive_verbal_noun_of_support_refers_to_the_free_actor() -> None:
    text = "وأكد البيان وقوف البحرين الكامل إلى جانب الكويت وتأييدها لكل ما تتخذه من إجراءات."
    ev = one(run(text, [BAHRAIN, KUWAIT]), "SUPPORT")
    assert ev.source == ["البحرين"] and ev.target == ["الكويت"]


def test_a_masculine_verb_does_not_take_a_feminine_body_as_its_subject() -> None:
    text = "أعلنت الشرطة الفرنسية أنها اعتقلت رجلا هدد بقتل رئيس البلدية في ليون."
    evs = run(text, [FRENCH, LYON])
    assert one(evs, "COERCE").source == ["فرنسا"]
    assert all(e.source != ["فرنسا"] for e in evs if e.type == "THREATEN")


def test_target_after_the_doer_of_a_nominal_deed() -> None:
    text = "وانتقد الوزير العراقي هجوما شنته تركيا قبل ثلاثة أيام على مواقع حزب العمال الكردستاني."
    specs = [("العراقي", "العراق", "LOC"), ("تركيا", "تركيا", "LOC"),
             ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")]
    ev = one(run(text, specs), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


def test_relative_with_an_unnamed_subject_makes_the_antecedent_the_target() -> None:
    text = "وطالبت العائلة بالكشف عن مصير الشيخ عمر الحسيني الذي ألقى مسلحون القبض عليه قبل أسبوع."
    ev = one(run(text, [("عمر الحسيني", "عمر الحسيني", "PER")]), "COERCE")
    assert ev.source == [] and ev.target == ["عمر الحسيني"]


def test_meeting_noun_with_a_possessor_meets_the_actor_after_time_and_place() -> None:
    text = "وأكد الرئيس خالد بحاح خلال لقائه اليوم في عدن سفير الاتحاد الأوروبي أن الوضع مستقر."
    specs = [("خالد بحاح", "خالد بحاح", "PER"), ("عدن", "عدن", "LOC"),
             ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["خالد بحاح"] and ev.target == ["الاتحاد الأوروبي"]


def test_participle_after_a_verb_takes_its_subject_not_the_body_it_calls_on() -> None:
    text = "من جهته، شن النائب محمود الحسن هجوما على الحكومة داعيا البرلمان إلى سحب الثقة منها."
    ev = one(run(text, [("محمود الحسن", "محمود الحسن", "PER")]), "DEMAND")
    assert ev.source == ["محمود الحسن"] and ev.target == ["البرلمان"]


def test_between_representatives_of_two_parties() -> None:
    text = "وانطلقت في الدوحة المفاوضات بين ممثلين عن حركة العدل والمساواة ووفد من حكومة الخرطوم."
    specs = [("الدوحة", "الدوحة", "LOC"), ("حركة العدل والمساواة", "حركة العدل والمساواة", "ORG"),
             ("الخرطوم", "الخرطوم", "LOC")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["حركة العدل والمساواة"] and ev.target == ["الخرطوم"]


def test_pronoun_on_lakin_is_the_subject_told_before() -> None:
    text = "وتنشط جمعية الشفافية في كينيا منذ سنوات، ولكنها تتهم الحكومة الكينية بالتستر على الفاسدين."
    specs = [("جمعية الشفافية", "جمعية الشفافية", "ORG"), ("كينيا", "كينيا", "LOC"), KENYAN]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["جمعية الشفافية"] and ev.target == ["كينيا"]


def test_lam_after_a_visit_names_the_visitor() -> None:
    text = "وجاء الإعلان خلال زيارة للرئيس الغاني جون ماهاما إلى باريس التقى خلالها بالرئيس فرانسوا هولاند."
    specs = [("الغاني", "غانا", "LOC"), ("جون ماهاما", "جون ماهاما", "PER"), ("باريس", "باريس", "LOC"),
             ("فرانسوا هولاند", "فرانسوا هولاند", "PER")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["جون ماهاما"] and "فرانسوا هولاند" in ev.target


def test_a_party_never_fights_itself_after_ma3() -> None:
    text = ("وذكرت مصادر أن الجيش الصومالي استعاد البلدة، ما أجبر مسلحي حركة الشباب على الانسحاب قبل أن "
            "يتقدم نحو الميناء بعد مواجهات مع حركة الشباب.")
    specs = [("الجيش الصومالي", "الصومال", "ORG"), ("حركة الشباب", "حركة الشباب", "ORG")]
    ev = one(run(text, specs), "FIGHT")
    assert ev.source == ["الصومال"] and ev.target == ["حركة الشباب"]


# --- the one spoken of goes on; a bare title; the pair of a meeting
JUDEH = ("ناصر جودة", "ناصر جودة", "PER")
EGYPT_ = ("مصر", "مصر", "LOC")


def test_a_plain_opening_verb_takes_the_one_spoken_of_before() -> None:
    text = "وأكد ناصر جودة أهمية الحوار بين الأطراف. وأشاد بجهود مصر في الوساطة."
    ev = one(run(text, [JUDEH, EGYPT_]), "SUPPORT")
    assert ev.source == ["ناصر جودة"]


def test_the_speaker_goes_on_through_a_sentence_with_no_event() -> None:
    text = ("وبين رئيس المجلس الأعلى الشيخ خالد الحمد في بيان أن الوضع خطير. وأعرب عن قلقه البالغ. "
            "ودعا الأمة العربية إلى الوحدة.")
    ev = one(run(text, [("خالد الحمد", "خالد الحمد", "PER")]), "DEMAND")
    assert ev.source == ["خالد الحمد"]


def test_a_feminine_subject_after_the_verb_is_no_object() -> None:
    text = "وأكد ناصر جودة أهمية الحوار. ودعت الحكومة المحلية إلى الهدوء."
    ev = one(run(text, [JUDEH]), "DEMAND")
    assert ev.source == ["الحكومة المحلية"]  # the unnamed body read off the words, not the speaker before


def test_a_participle_takes_the_speaker_of_the_sentence_before() -> None:
    text = "وأكد ناصر جودة أهمية الحوار. وأضاف أن الأزمة تتفاقم، مطالبا المجتمع الدولي بالتحرك."
    ev = one(run(text, [JUDEH]), "DEMAND")
    assert ev.source == ["ناصر جودة"]


def test_a_participle_takes_the_subject_carried_to_its_verb() -> None:
    text = "وأكد ناصر جودة أهمية الحوار. وأشاد بجهود مصر في الوساطة، مطالبا بوقف القتال فورا."
    ev = one(run(text, [JUDEH, EGYPT_]), "DEMAND")
    assert ev.source == ["ناصر جودة"]


def test_a_bare_title_stands_for_the_body_it_was_named_with() -> None:
    text = ("رحب الأمين العام لمنظمة التعاون الإسلامي بالاتفاق. وأكد أهمية الخطوة. "
            "ودعا الأمين العام جميع الأطراف إلى الحوار. من جهة أخرى، أدان الأمين العام بشدة التفجير.")
    evs = run(text, [("منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي", "ORG")])
    assert one(evs, "DEMAND").source == ["منظمة التعاون الإسلامي"]
    assert one(evs, "DISAPPROVE").source == ["منظمة التعاون الإسلامي"]


def test_a_title_of_another_body_is_not_the_one_named_before() -> None:
    text = "رحب الأمين العام لمنظمة التعاون الإسلامي بالاتفاق. ودعا الأمين العام للحلف جميع الأطراف إلى الحوار."
    evs = run(text, [("منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي", "ORG")])
    assert not [e for e in evs if e.type == "DEMAND" and e.source == ["منظمة التعاون الإسلامي"]]


def test_the_two_presidents_are_both_parties_of_the_meeting() -> None:
    text = ("واجتمع باراك أوباما مع محمد بخاري في واشنطن أمس. "
            "وناقش الرئيسان مسائل أمنية تشمل التهديد الذي تمثله جماعة بوكو حرام على نيجيريا. "
            "واتفق الجانبان على تعزيز التعاون الأمني.")
    specs = [("باراك أوباما", "باراك أوباما", "PER"), ("محمد بخاري", "محمد بخاري", "PER"),
             ("واشنطن", "واشنطن", "LOC"), ("بوكو حرام", "بوكو حرام", "ORG"), ("نيجيريا", "نيجيريا", "LOC")]
    evs = run(text, specs)
    met = one(evs, "CONSULT")
    assert met.source == ["باراك أوباما"] and met.target == ["محمد بخاري"]  # «وناقش الرئيسان»: the same meeting
    assert len([e for e in evs if e.type == "CONSULT"]) == 1
    agreed = one(evs, "AGREE")
    assert agreed.source == met.source and agreed.target == met.target


def test_the_two_presidents_after_that_are_the_meeting_told_before() -> None:
    text = ("واجتمع باراك أوباما مع محمد بخاري في واشنطن أمس. "
            "وقال البيت الأبيض إن الرئيسين ناقشا مسائل أمنية.")
    specs = [("باراك أوباما", "باراك أوباما", "PER"), ("محمد بخاري", "محمد بخاري", "PER"),
             ("واشنطن", "واشنطن", "LOC"), ("البيت الأبيض", "البيت الأبيض", "ORG")]
    met = [e for e in run(text, specs) if e.type == "CONSULT"]
    assert len(met) == 1 and met[0].source == ["باراك أوباما"] and met[0].target == ["محمد بخاري"]


def test_the_speaker_may_be_named_after_what_he_is() -> None:
    text = ("وقال المحامي سامي النمر إن موكله اعتقل دون تهمة. "
            "وأضاف أن التحقيق ما زال مستمرا، مطالبا بإطلاق سراح موكله فورا.")
    ev = one(run(text, [("سامي النمر", "سامي النمر", "PER")]), "DEMAND")
    assert ev.source == ["سامي النمر"]


def test_a_plural_of_men_after_a_masculine_verb_is_its_subject() -> None:
    text = "وأكد ناصر جودة أهمية الحوار. وطالب القادة بالإفراج عن المعتقلين."
    assert not [e for e in run(text, [JUDEH]) if e.type == "DEMAND" and e.source == ["ناصر جودة"]]


def test_a_participle_noun_after_a_comma_takes_the_one_spoken_of() -> None:
    text = ("وأكد ناصر جودة أهمية الحوار. وقالت الوزارة في بيان إن الأزمة تتفاقم، "
            "مطالبة المجتمع الدولي بالتحرك.")
    ev = one(run(text, [JUDEH]), "DEMAND")
    assert ev.source == ["ناصر جودة"]


def test_a_branch_named_with_a_nisba_stands_for_its_organisation() -> None:
    text = "توعد الجناح السوري لتنظيم داعش أمس بقتل رهينة ياباني إذا لم تدفع طوكيو فدية."
    specs = [("السوري", "سوريا", "LOC"), ("داعش", "داعش", "ORG"), ("ياباني", "اليابان", "LOC"),
             ("طوكيو", "اليابان", "LOC")]
    ev = one(run(text, specs), "THREATEN")
    assert ev.source == ["داعش"]
    assert "سوريا" not in ev.source + ev.target


def test_a_place_and_a_time_end_the_subject_before_the_object() -> None:
    text = "طالب رئيس حزب الأمة كمال سعيد في السودان اليوم حركة العدل والمساواة بإلقاء السلاح."
    specs = [("حزب الأمة", "حزب الأمة", "ORG"), ("كمال سعيد", "كمال سعيد", "PER"),
             ("السودان", "السودان", "LOC"), ("حركة العدل والمساواة", "حركة العدل والمساواة", "ORG")]
    ev = one(run(text, specs), "DEMAND")
    assert "حركة العدل والمساواة" in ev.target


def test_clashes_between_parties_are_theirs_not_the_speakers() -> None:
    text = "وقال سامي النمر إن خمسة أشخاص قتلوا في اشتباكات بين قوات الأمن ومسلحين قرب الحدود."
    ev = one(run(text, [("سامي النمر", "سامي النمر", "PER")]), "FIGHT")
    assert ev.source == ["قوات الأمن"]
    assert "سامي النمر" not in ev.source + ev.target


def test_opening_fire_reaches_past_a_long_subject_and_its_target_follows() -> None:
    text = "فتح رجال الشرطة المكلفون بحماية الاجتماع الانتخابي النار على المتظاهرين في العاصمة."
    ev = one(run(text, []), "ASSAULT")
    assert ev.source == ["الشرطة"]
    assert ev.target == ["المتظاهرين"]


def test_a_ministry_named_by_no_country_stands_for_the_nisba_after_it() -> None:
    text = "ونددت وزارة الخارجية الليبية أمس بقصف ميناء طرابلس."
    specs = [("وزارة الخارجية", "وزارة الخارجية", "ORG"), ("الليبية", "ليبيا", "LOC"), ("طرابلس", "طرابلس", "LOC")]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["ليبيا"]


def test_a_quoted_first_person_restatement_is_the_demand_just_told() -> None:
    text = ("دعا كمال سعيد أمس حركة العدل والمساواة إلى إلقاء السلاح. "
            'وقال سعيد: "ندعو حركة العدل والمساواة إلى وقف القتال فورا".')
    specs = [("كمال سعيد", "كمال سعيد", "PER"), ("سعيد", "كمال سعيد", "PER"),
             ("حركة العدل والمساواة", "حركة العدل والمساواة", "ORG")]
    evs = run(text, specs, quotes=quote_of(text, "كمال سعيد"))
    demands = [e for e in evs if e.type == "DEMAND"]
    assert len(demands) == 1
    assert demands[0].source == ["كمال سعيد"] and demands[0].target == ["حركة العدل والمساواة"]


def test_after_a_colon_inna_with_a_pronoun_tells_the_speakers_own_deed() -> None:
    text = "وقال كمال سعيد: إنه يلتقي قادة حركة العدل والمساواة كل شهر في الدوحة."
    specs = [("كمال سعيد", "كمال سعيد", "PER"), ("حركة العدل والمساواة", "حركة العدل والمساواة", "ORG"),
             ("الدوحة", "الدوحة", "LOC")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["كمال سعيد"]
    assert ev.target == ["حركة العدل والمساواة"]


def test_a_threat_on_a_condition_demands_it_of_the_party_named() -> None:
    text = "توعدت حركة الشباب بقتل الرهائن ما لم تسحب كينيا قواتها من الصومال خلال أسبوع."
    specs = [("حركة الشباب", "حركة الشباب", "ORG"), ("كينيا", "كينيا", "LOC"), ("الصومال", "الصومال", "LOC")]
    evs = run(text, specs)
    assert one(evs, "THREATEN").source == ["حركة الشباب"]
    demand = one(evs, "DEMAND")
    assert demand.source == ["حركة الشباب"] and demand.target == ["كينيا"]


def test_a_threat_with_no_condition_demands_nothing() -> None:
    text = "توعدت حركة الشباب بشن مزيد من الهجمات على القوات الكينية في الصومال."
    specs = [("حركة الشباب", "حركة الشباب", "ORG"), ("الكينية", "كينيا", "LOC"), ("الصومال", "الصومال", "LOC")]
    assert not [e for e in run(text, specs) if e.type == "DEMAND"]


def test_unnamed_people_after_min_qibal_did_the_deed_undergone() -> None:
    ev = one(run("وقال إن الشرطيين تعرضا لإطلاق نار من قبل مسلحين مجهولين.", []), "ASSAULT")
    assert ev.source == ["مسلحين مجهولين"] and "مسلحين مجهولين" not in ev.target


def test_a_statement_verb_glued_to_wa_ends_the_deeds_objects() -> None:
    text = "ودانت الحكومة الألمانية التفجير الإرهابي وأعرب فرانك شتاينماير وزير الخارجية الألماني عن مواساته."
    ev = one(run(text, [("الألمانية", "ألمانيا", "LOC"), ("فرانك شتاينماير", "فرانك شتاينماير", "PER"),
                        ("الألماني", "ألمانيا", "LOC")]), "DISAPPROVE")
    assert ev.source == ["ألمانيا"] and ev.target == []


def test_a_subjectless_reporting_verb_after_a_comma_goes_on_with_the_sentences_subject() -> None:
    text = ("وفي سياق آخر كرر روحاني مزاعم أنه لولا إيران لسقطت بغداد بيد داعش، وأضاف: إننا سنواصل دعم الشعوب "
            "في اليمن.")
    ev = one(run(text, [("روحاني", "روحاني", "PER"), ("إيران", "إيران", "LOC"), ("بغداد", "بغداد", "LOC"),
                        ("داعش", "داعش", "ORG"), ("اليمن", "اليمن", "LOC")]), "SUPPORT")
    assert ev.source == ["روحاني"]

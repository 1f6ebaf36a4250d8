"""A statement verb that opens its clause with no actor the rules name after it: the subject (and
the object) read off the noun phrases themselves (`marsad.extract.events_phrases`)."""

from __future__ import annotations

from datetime import date

from event_cases import PKK, one, run

from marsad.extract.events_phrases import counted

SARARI = ("عبدالله بن محمد السراري", "عبدالله بن محمد السراري", "PER")
EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")
ERDOGAN = ("إردوغان", "إردوغان", "PER")


def test_a_role_word_before_a_name_is_no_party() -> None:
    ev = one(run("ودعا الطالب عبدالله بن محمد السراري إلى وقف القتال.", [SARARI]), "DEMAND")
    assert ev.source == ["عبدالله بن محمد السراري"]


def test_an_indefinite_head_stands_for_the_body_it_is_of() -> None:
    text = "دعا وزراء خارجية الاتحاد الأوروبي المؤتمرَ الوطني العام إلى الالتحاق بالاتفاق."
    assert one(run(text, [EU]), "DEMAND").source == ["الاتحاد الأوروبي"]


def test_an_unnamed_body_and_the_one_it_asks() -> None:
    ev = one(run("وطالب الحكومة المجتمع الدولي بضرورة رفع الحظر عن توريد السلاح.", []), "DEMAND")
    assert (ev.source, ev.target) == (["الحكومة"], ["المجتمع الدولي"])


def test_a_time_word_is_stepped_over_and_a_nisba_goes_with_its_noun() -> None:
    text = "ودعت أمس بعض الأطراف الحكومة الإسرائيلية إلى التكيف مع الواقع الجديد."
    ev = one(run(text, [], ref=date(2015, 8, 1)), "DEMAND")
    assert (ev.source, ev.target) == (["بعض الأطراف"], ["الحكومة الإسرائيلية"])


def test_a_meeting_noun_is_no_speaker() -> None:
    evs = run("وناقش اللقاء سبل تعزيز التعاون بين البلدين.", [])
    assert not [e for e in evs if e.type == "CONSULT" and e.source]


def test_a_verb_inside_its_clause_takes_no_noun_after_it_as_subject() -> None:
    text = "لكن إردوغان قال أمس إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة عن النواب."
    assert not [e for e in run(text, [ERDOGAN], ref=date(2015, 8, 1))
                if e.type == "DEMAND" and e.source == ["البرلمان"]]


def test_a_bare_title_refers_back_and_names_no_new_actor() -> None:
    evs = run("وأيد الشيخ قرار الحكومة الأخير.", [])
    assert not [e for e in evs if e.source == ["الشيخ"]]


def test_an_arrest_names_the_people_it_was_done_to() -> None:
    text = "واعتقلت السلطات السودانية 100 من الصيادين المصريين قرب الحدود."
    ev = one(run(text, [("السودانية", "السودان", "LOC")]), "COERCE")
    assert ev.target == ["100 من الصيادين المصريين"]


def test_a_deed_takes_no_thing_as_its_target() -> None:
    text = "وفتحت القوات الهندية النار على الحدود."
    assert not [e for e in run(text, [("الهندية", "الهند", "LOC")]) if e.target == ["النار"]]


def test_a_pronoun_after_saying_stands_for_the_unnamed_speaker() -> None:
    text = "وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها في الدفاع عن نفسها."
    assert one(run(text, [("تركيا", "تركيا", "LOC")]), "SUPPORT").source == ["حلفاء غربيون"]


def test_a_lone_plural_names_people_and_a_lone_singular_no_one() -> None:
    assert one(run("ودعا ناشطون إلى الإضراب العام.", []), "DEMAND").source == ["ناشطون"]
    assert not [e for e in run("ودعا مسؤول إلى الهدوء.", []) if e.type == "DEMAND"]


def test_arabic_commas_are_marks_not_words() -> None:
    from marsad.extract.events_tokens import tokens

    marks = [t for t in tokens("قال الوزير، وأضاف؛ هل؟") if t.form in ("،", "؛", "؟")]
    assert len(marks) == 3 and not any(t.word for t in marks)


def test_a_speaker_named_after_a_fronted_phrase_goes_on_to_the_next_sentence() -> None:
    text = ("وفي معرض حديثه عن الاتفاق، قال اوباما ان على الكونغرس الا يتأثر بالضغط. "
            "وقال ان المنتقدين أخطأوا، داعيا المشرعين الى اختيار الدبلوماسية.")
    evs = [e for e in run(text, [("اوباما", "اوباما", "PER"), ("الكونغرس", "الكونغرس", "ORG")]) if e.type == "DEMAND"]
    ev = evs[-1]  # (the first sentence's «ان على الكونغرس الا …» is a duty he lays on Congress)
    assert (ev.source, ev.target) == (["اوباما"], ["المشرعين"])


def test_a_carried_subject_is_not_the_verbs_own_object() -> None:
    text = 'وقال "طلبت تركيا الاجتماع"، مضيفا "أن الدول الأعضاء في الحلف تتابع التطورات وتتضامن مع تركيا".'
    assert not [e for e in run(text, [("تركيا", "تركيا", "LOC")]) if e.type == "SUPPORT" and e.source == ["تركيا"]]


def test_a_plural_verb_takes_no_noun_after_it_as_subject() -> None:
    evs = run("وهددوا الموقع بنشر البيانات.", [])
    assert not [e for e in evs if e.source == ["الموقع"]]


def test_the_latter_refers_back_and_names_no_one() -> None:
    assert not [e for e in run("ورفض الأخير تسليم الجثة.", []) if e.source == ["الأخير"]]


def test_a_noun_phrase_between_that_and_the_verb_is_its_subject() -> None:
    text = "وقال رئيس المجلس إن مجلس المحافظة طالب رئيس الوزراء حيدر العبادي بوقف القصف."
    ev = one(run(text, [("حيدر العبادي", "حيدر العبادي", "PER")]), "DEMAND")
    assert (ev.source, ev.target) == (["مجلس المحافظة"], ["حيدر العبادي"])


def test_a_meeting_named_again_by_its_noun_is_the_one_told_before() -> None:
    text = ("التقى محمود عباس بوزير الخارجية الأمريكي جون كيري في رام الله. "
            "وأكد عباس خلال لقائه مع كيري ضرورة وقف الاستيطان.")
    specs = [("محمود عباس", "محمود عباس", "PER"), ("عباس", "محمود عباس", "PER"), ("جون كيري", "جون كيري", "PER"),
             ("كيري", "جون كيري", "PER"), ("رام الله", "رام الله", "LOC")]
    assert len([e for e in run(text, specs) if e.type == "CONSULT"]) == 1


def test_a_heading_over_the_paragraph_that_tells_it_is_one_statement() -> None:
    text = "الكويت تطالب بوقف القتال\nوطالبت الكويت في بيان أمس الأطراف كافة بوقف القتال فورا."
    evs = [e for e in run(text, [("الكويت", "الكويت", "LOC")]) if e.type == "DEMAND"]
    assert len(evs) == 1 and evs[0].source == ["الكويت"]
    two = "وطالبت الكويت بوقف القتال. وطالبت الكويت في بيان آخر بفتح المعابر."
    assert len([e for e in run(two, [("الكويت", "الكويت", "LOC")]) if e.type == "DEMAND"]) == 2


def test_what_a_meeting_discussed_is_that_meeting_and_its_topics_are_no_parties() -> None:
    text = ("التقى وزير الخارجية الأردني ناصر جودة بوزير الخارجية الأمريكي جون كيري في عمان. "
            "كما ناقش جودة الحملة الإسرائيلية على الفلسطينيين.")
    specs = [("ناصر جودة", "ناصر جودة", "PER"), ("جودة", "ناصر جودة", "PER"), ("جون كيري", "جون كيري", "PER"),
             ("عمان", "عمان", "LOC"), ("الأردني", "الأردن", "LOC"), ("الأمريكي", "الولايات المتحدة", "LOC"),
             ("الإسرائيلية", "إسرائيل", "LOC"), ("الفلسطينيين", "فلسطين", "LOC")]
    meets = [e for e in run(text, specs) if e.type == "CONSULT"]
    assert len(meets) == 1 and "إسرائيل" not in meets[0].target


def test_every_item_of_a_discussed_list_is_a_topic() -> None:
    text = ("وتناول الجانبان الأوضاع في المنطقة، بما في ذلك التهجير القسري، والحصار، "
            "واستهداف المدنيين والمستشفيات.")
    assert not [e for e in run(text, []) if e.type == "ASSAULT"]


def test_who_reports_the_figures_is_no_party() -> None:
    text = "وقتل أكثر من مئة شخص منذ بدأت العملية العسكرية الإسرائيلية في القطاع، وفق بيانات لوزارة الصحة."
    specs = [("الإسرائيلية", "إسرائيل", "LOC"), ("وزارة الصحة", "وزارة الصحة", "ORG")]
    assert not [e for e in run(text, specs) if "وزارة الصحة" in e.target + e.source]


def test_a_role_named_before_its_holder_stands_for_him_when_it_comes_again() -> None:
    from marsad.extract.entities import extract_entities
    from marsad.extract.events import _named_roles

    text = ("التقى وفد من حركة حماس نائب وزير الخارجية الروسي ميخائيل بوغدانوف في الدوحة. "
            "وبحث الوفد مع نائب وزير الخارجية الروسي أوضاع الأسرى.")
    ents = extract_entities(text)
    roles = [e for e in ents if e.role]
    assert roles and roles[0].canonical == "روسيا"  # the entity layer: an unnamed role, its country
    named = [e for e in _named_roles(text, ents) if e.start == roles[0].start]
    assert named[0].label == "PER" and named[0].canonical == "ميخائيل بوغدانوف"
    alone = "وبحث الوفد مع نائب وزير الخارجية الروسي أوضاع الأسرى."
    assert [e.canonical for e in _named_roles(alone, extract_entities(alone)) if e.start > 10] == ["روسيا"]


def test_killed_by_a_bullet_is_a_passive_with_no_doer_named() -> None:
    text = ("وفي سينسيناتي، طالب محتجون بنشر صور فيديو حول اعتقال رجل اسود قتل برصاصة في الرأس "
            "اطلقها عليه شرطي خلال عملية.")
    evs = [e for e in run(text, [("سينسيناتي", "سينسيناتي", "LOC")]) if e.type == "ASSAULT"]
    assert evs and not evs[0].source  # the protesters demanded; they killed no one


def test_factions_of_a_group_after_the_verb_are_its_subject() -> None:
    text = "وتحاصر فصائل جبهة النصرة بلدتي الفوعة وكفريا بشكل كامل."
    ev = one(run(text, [("جبهة النصرة", "جبهة النصرة", "ORG")]), "COERCE")
    assert ev.source == ["جبهة النصرة"] and not ev.target


def test_also_goes_on_with_the_subject_of_the_sentence() -> None:
    text = ("من جانبه، انتقد الوزير عيسى قراقع إسرائيل لعملها بالقانون، محملا الحكومة الإسرائيلية برئاسة "
            "بنيامين نتنياهو المسؤولية الكاملة، كما طالب المجتمع الدولي بتحمل مسؤولياته.")
    specs = [("عيسى قراقع", "عيسى قراقع", "PER"), ("إسرائيل", "إسرائيل", "LOC"), ("الإسرائيلية", "إسرائيل", "LOC"),
             ("بنيامين نتنياهو", "بنيامين نتنياهو", "PER")]
    ev = one(run(text, specs), "DEMAND")
    assert ev.source == ["عيسى قراقع"] and "المجتمع الدولي" in ev.target


def test_people_a_number_counts_are_the_ones_arrested_past_an_adverb() -> None:
    ev = one(run("وقالت الوزارة إن السلطات التركية احتجزت أيضا 1302 شخص في 39 إقليما.",
                 [("التركية", "تركيا", "LOC")]), "COERCE")
    assert (ev.source, ev.target) == (["تركيا"], ["1302 شخص"])


def test_a_counted_phrase_keeps_whose_people_they_are() -> None:
    ev = one(run("أعدم داعش نحو 50 شخصا من أهالي الفلوجة.",
                 [("داعش", "داعش", "ORG"), ("الفلوجة", "الفلوجة", "LOC")]), "ASSAULT")
    assert (ev.source, ev.target) == (["داعش"], ["نحو 50 شخصا من أهالي الفلوجة"])


def test_people_counted_before_a_killing_verb_were_killed_not_killers() -> None:
    evs = run("وقال الجيش إن أربعة مدنيين قتلوا في القصف.", [])
    assert not [e for e in evs if "أربعة مدنيين" in e.source]


def test_two_counts_of_one_arrest_are_one_deed() -> None:
    text = ("قالت الوزارة إن قوات الأمن اعتقلت 16 آخرين في بنزرت. "
            "وقالت الوزارة في بيان إن قوات الأمن اعتقلت 13 آخرين في عملية استباقية.")
    assert len([e for e in run(text, []) if e.type == "COERCE"]) == 1


def test_a_person_alone_after_an_arrest_verb_was_arrested() -> None:
    ev = one(run("واعتقل محمد علان في نوفمبر من العام الماضي.", [("محمد علان", "محمد علان", "PER")]), "COERCE")
    assert (ev.source, ev.target) == ([], ["محمد علان"])


def test_a_person_after_a_bare_force_is_the_one_it_arrested() -> None:
    ev = one(run("اعتقلت الشرطة محمد علان في نوفمبر.", [("محمد علان", "محمد علان", "PER")]), "COERCE")
    assert (ev.source, ev.target) == (["الشرطة"], ["محمد علان"])


def test_people_before_a_relative_pronoun_are_its_verbs_subject() -> None:
    evs = run("واستخدم الأمن القنابل المسيلة للدموع لتفريق المتظاهرين الذين احتجوا على العمليات العسكرية.", [])
    assert one(evs, "PROTEST").source == ["المتظاهرين"]


def test_counted_people_before_a_relative_pronoun_are_its_verbs_subject() -> None:
    evs = run("أعدم داعش نحو 50 شخصا من أهالي الفلوجة الذين تظاهروا في شارع 40.",
              [("داعش", "داعش", "ORG"), ("الفلوجة", "الفلوجة", "LOC")])
    assert one(evs, "PROTEST").source == ["نحو 50 شخصا من أهالي الفلوجة"]


def test_a_relative_pronoun_after_a_name_owned_by_a_thing_stands_for_the_thing() -> None:
    text = "وقالت إنها تتعارض مع ميثاق منظمة التعاون الإسلامي الذي يدعو إلى تعزيز العلاقات بين الدول."
    evs = run(text, [("منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي", "ORG")])
    assert not [e for e in evs if e.type == "DEMAND" and e.source == ["منظمة التعاون الإسلامي"]]


def test_people_counted_before_an_arrest_verb_were_arrested() -> None:
    ev = one(run("وذكرت الوكالة أن ستة أشخاص على الأقل اعتقلوا للاشتباه بعلاقتهم بالحادث.", []), "COERCE")
    assert (ev.source, ev.target) == ([], ["ستة أشخاص"])


def test_a_count_of_the_killed_told_first_and_the_attackers_told_after_are_one_deed() -> None:
    text = ("وأشار الجيش إلى أن سبعة جنود قتلوا في منطقة باراكي أمس. "
            "وقال المتحدث إن مسلحين هاجموا نقطة التفتيش.")
    assert len([e for e in run(text, [], ref=date(2015, 7, 22)) if e.type == "ASSAULT"]) == 1


MCGURK = ("بريت مكجيرك", "بريت مكجيرك", "PER")


def test_a_long_title_after_the_verb_leads_to_its_holder() -> None:
    text = ("وأدان نائب المبعوث الرئاسي الخاص للتحالف الدولي لمواجهة تنظيم داعش بريت مكجيرك ،على تويتر، "
            "الهجمات التي نفذها مقاتلو حزب العمال الكردستاني في تركيا.")
    ents = [("التحالف الدولي", "التحالف الدولي", "ORG"), ("تنظيم داعش", "داعش", "ORG"), MCGURK,
            ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG"), ("تركيا", "تركيا", "LOC")]
    ev = one(run(text, ents), "DISAPPROVE")
    assert (ev.source, ev.target) == (["بريت مكجيرك"], ["حزب العمال الكردستاني"])
    later = text[:-1] + "، وأضاف أنه لا صلة بين الضربات والاتفاق الأخير لتكثيف جهود التصدي لداعش."
    ev = one(run(later, [*ents, ("لداعش", "داعش", "ORG")]), "DISAPPROVE")
    assert ev.target == ["حزب العمال الكردستاني"]  # the body of the title is no target, named again or not


def test_a_title_chain_stops_at_a_preposition() -> None:
    text = "كما اجتمع مدير شرطة المنطقة بقائد قوة جازان اللواء سعيد الغامدي."
    evs = run(text, [("سعيد الغامدي", "سعيد الغامدي", "PER")])
    assert not [e for e in evs if e.type == "CONSULT" and e.source == ["سعيد الغامدي"]]


def test_a_person_described_by_a_nisba_is_that_person_not_the_country() -> None:
    evs = run("وأضرب معتقل فلسطيني عن الطعام منذ 55 يوما احتجاجا على اعتقاله.", [("فلسطيني", "فلسطين", "LOC")])
    assert one(evs, "PROTEST").source == ["معتقل فلسطيني"]
    assert one(evs, "COERCE").target == ["معتقل فلسطيني"]


def test_a_firm_described_by_a_nisba_is_that_firm() -> None:
    ev = one(run("واعترفت شركة كندية باختراق أنظمة الموقع.", [("كندية", "كندا", "LOC")]), "CONCEDE")
    assert ev.source == ["شركة كندية"]


def test_a_deeds_unnamed_doers_and_the_site_they_attacked() -> None:
    ev = one(run("وفور ورود تلك الأنباء، هاجم أفراد من الجيش المستشفى.", []), "ASSAULT")
    assert (ev.source, ev.target) == (["أفراد من الجيش"], ["المستشفى"])


def test_bare_gunmen_did_the_deed_and_the_site_is_no_doer() -> None:
    # unnamed gunmen right after the verb are its doers (`events_armed_doers`); the site they hit never is
    evs = run("وهاجم مسلحون مجهولون دورية للشرطة في المدينة.", [])
    assert [e.source for e in evs if e.type == "ASSAULT"] == [["مسلحون مجهولون"]]
    assert not [e for e in evs if any("دورية" in n for n in e.source)]


def test_a_site_named_in_one_telling_does_not_split_the_deed() -> None:
    text = "هاجم الجيش المستشفى في المدينة أمس. وقال الشهود إن الجيش هاجم الأطباء في المدينة."
    assert len([e for e in run(text, [], ref=date(2015, 8, 1)) if e.type == "ASSAULT"]) == 1


def test_a_plural_in_een_after_a_deed_verb_is_its_object() -> None:
    evs = run("وستمنع المزورين من دخول البلاد.", [])
    assert not [e for e in evs if "المزورين" in e.source]


def test_a_besieged_town_is_what_the_siege_is_laid_on() -> None:
    ev = one(run("وتحاصر قوات النظام الزبداني منذ عام 2013.",
                 [("قوات النظام", "النظام السوري", "ORG"), ("الزبداني", "الزبداني", "LOC")]), "COERCE")
    assert (ev.source, ev.target) == (["النظام السوري"], ["الزبداني"])


def test_a_participle_goes_on_with_the_actor_that_opens_the_sentence() -> None:
    text = ("من جهته اعرب الاتحاد الأوروبي أمس عن قلقه الشديد حيال اعمال العنف داعيا تركيا الى رد متكافئ "
            "على اعمال العنف.")
    ev = one(run(text, [EU, ("تركيا", "تركيا", "LOC")], ref=date(2015, 8, 5)), "DEMAND")
    assert (ev.source, ev.target) == (["الاتحاد الأوروبي"], ["تركيا"])


def test_the_people_right_after_a_participle_are_those_asked() -> None:
    text = ("وقال اوباما ان الاتفاق يمنع ايران من حيازة القنبلة، داعيا المشرعين الى اختيار الدبلوماسية الاميركية "
            "التقليدية.")
    ents = [("اوباما", "باراك اوباما", "PER"), ("ايران", "إيران", "LOC"), ("الاميركية", "الولايات المتحدة", "LOC")]
    ev = one(run(text, ents), "DEMAND")
    assert (ev.source, ev.target) == (["باراك اوباما"], ["المشرعين"])


def test_the_deed_condemned_is_no_part_of_the_body_that_condemns_it() -> None:
    evs = run("وفيما دان المجلس العملية التي وصفها بالإجرامية والجبانة، أكد أن الحادثة لن تمر دون عقاب.", [])
    assert not [e for e in evs if any("العملية" in n for n in e.source)]


def test_a_preposition_ends_a_body_named_after_the_verb() -> None:
    evs = run("ودعت الهيئة إلى الضغط على النظام للسماح بإدخال الأدوية.", [])
    assert not [e for e in evs if any("إلى" in n for n in e.source)]


def test_a_study_after_a_targeting_verb_is_its_subject_and_no_attacker() -> None:
    assert not run("واستهدفت الدراسة 110 كليات صحية حكومية وأهلية بالمملكة.", [])


def test_an_attack_on_a_sports_page_is_play() -> None:
    text = ("وفشل اللاعب في تقديم مستوى جيد مع النادي خلال الموسم الماضي، وسيلعب في خط هجوم الفريق في مباراة "
            "الدوري أمام المنتخب. وقال المدرب إن الفريق يلتقي منافسه في المباراة المقبلة.")
    assert not [e for e in run(text, []) if e.type in ("ASSAULT", "CONSULT")]


def test_a_sports_page_tells_no_events() -> None:
    text = ("ووافقت إدارة النادي على التعاقد مع المدرب الجديد بعد مفاوضات طويلة، ورفض اللاعب عرض الفريق المنافس "
            "قبل مباراة الدوري.")
    assert run(text, [("النادي", "النادي", "ORG")]) == []


def test_an_attack_on_a_news_page_stays_an_attack() -> None:
    assert [e for e in run("شن مسلحون هجوما على مركز للشرطة في المدينة.", []) if e.type == "ASSAULT"]


def test_a_deed_an_accusation_charges_is_not_the_speakers() -> None:
    text = "وقالت لينش ان الحكومة الامريكية تتهم روف بتسع عمليات قتل وثلاث محاولات قتل."
    evs = run(text, [("لينش", "لوريتا لينش", "PER"), ("الامريكية", "الولايات المتحدة", "LOC")])
    assert not [e for e in evs if e.type == "ASSAULT" and "لوريتا لينش" in e.source]


def test_a_name_after_a_time_clause_opener_is_free() -> None:
    text = "وتأتي تصريحات الرئيس حسن روحاني في وقت يواصل وزير الخارجية محمد ظريف زيارته لدول التعاون الخليجي."
    ents = [("حسن روحاني", "حسن روحاني", "PER"), ("محمد ظريف", "محمد ظريف", "PER")]
    assert one(run(text, ents), "CONSULT").source == ["محمد ظريف"]



def test_an_arrest_verb_with_nothing_after_it_is_a_passive() -> None:
    text = "مقابل إطلاق الأردن سراح شخصية محسوبة على التيار المتشدد اعتقل على أراضيها."
    assert not [e for e in run(text, [("الأردن", "الأردن", "LOC")]) if e.type == "COERCE" and e.source]


def test_a_news_site_named_by_its_last_word_reports_and_never_acts() -> None:
    text = "وقال الشيخ في تصريح نقله موقع سني نيوز إن بعض المتشددين طلبوا منع الصلاة."
    evs = run(text, [("سني نيوز", "سني نيوز", "ORG")])
    assert not [e for e in evs if "سني نيوز" in e.source + e.target]


def test_people_right_before_a_plural_verb_are_its_subject() -> None:
    text = "في السياق ذاته اعتقلت أجهزة الأمن الإيرانية مجموعة من الأفغانيين اعتذروا عن ارتباطهم بتنظيم داعش."
    ents = [("الإيرانية", "إيران", "LOC"), ("تنظيم داعش", "داعش", "ORG")]
    assert one(run(text, ents), "CONCEDE").source == ["مجموعة من الأفغانيين"]


def test_the_people_after_a_killing_noun_and_the_unnamed_shooter() -> None:
    evs = run("وشهدت المدينة احتجاجات بعد مقتل شاب أسود برصاص شرطي أبيض.", [])
    ev = one(evs, "ASSAULT")
    assert (ev.source, ev.target) == (["شرطي أبيض"], ["شاب أسود"])
    assert not [e for e in evs if e.type == "PROTEST" and e.source]  # the shot is the killing's


def test_the_people_after_an_arrest_noun_underwent_it() -> None:
    ev = one(run("وتمكنت سلطات الأمن من القبض على الجانيين المذكورين.", []), "COERCE")
    assert ev.target == ["الجانيين"]


def test_a_count_of_the_killed_and_unnamed_victims_are_one_deed() -> None:
    text = ("قال الحزب إن الهجوم استهدف ثكنة للدرك. وتحدثت حصيلة رسمية عن مقتل جنديين وجرح 31 آخرين "
            "في الهجوم.")
    assert len([e for e in run(text, []) if e.type == "ASSAULT"]) == 1


def test_people_after_a_preposition_are_the_target() -> None:
    text = "نقلت مصادر عراقية عن رئيس الوزراء حيدر العبادي اتهامه لبعض قادة السنة بإثارة الشارع."
    ev = one(run(text, [("حيدر العبادي", "حيدر العبادي", "PER")]), "DISAPPROVE")
    assert ev.target == ["بعض قادة السنة"]


def test_a_manner_word_is_stepped_over_before_the_people_attacked() -> None:
    text = "وتمكن عساكر الجيش من اقتحام المستشفى، واعتدوا بالضرب على الطاقم الطبي العامل بها."
    ev = one(run(text, [("الجيش", "الجيش", "ORG")]), "ASSAULT")
    assert ev.target == ["الطاقم الطبي"]


def test_a_broken_plural_after_a_preposition_is_no_people() -> None:
    text = "وقالت المصادر إن القوات الموالية للشرعية استعادت السيطرة على البساتين بعد معارك."
    assert not [e for e in run(text, []) if "البساتين" in e.target]


def test_a_definite_subject_ends_before_a_named_definite_object() -> None:
    text = "وفيما دعت بعض الاطراف الحكومة الاسرائيلية الى بدء التكيف مع الواقع الجديد."
    ev = one(run(text, [("الاسرائيلية", "إسرائيل", "LOC")]), "DEMAND")
    assert ev.source == ["بعض الاطراف"]


def test_a_bare_reporting_verb_after_a_comma_opens_a_new_statement() -> None:
    text = ("وفيما دعت بعض الأطراف الحكومة الإسرائيلية إلى التكيف، قالت نائبة وزير الخارجية تسيبي هوتوفلي "
            "إن المعارضة باقية.")
    ents = [("الإسرائيلية", "إسرائيل", "LOC"), ("تسيبي هوتوفلي", "تسيبي هوتوفلي", "PER")]
    assert "تسيبي هوتوفلي" not in one(run(text, ents), "DEMAND").target


def test_people_counted_by_their_nisba_are_the_ones_arrested() -> None:
    ev = one(run("كما ألقى الثوار القبض على 72 حوثيا في المدينة.", [("الثوار", "الثوار", "ORG")]), "COERCE")
    assert ev.target == ["72 حوثيا"]
    assert not counted("13 مليون") and counted("ستة حوثيين") and not counted("2015 حوثيا")


def test_some_of_a_named_body_counted_by_a_number_word_underwent_it() -> None:
    text = "قال الجيش في بيان إن مسلحين أكرادا قتلوا اثنين من جنوده وأصابوا أربعة آخرين."
    ev = one(run(text, [("الجيش", "الجيش", "ORG")]), "ASSAULT")
    assert (ev.source, ev.target) == (["مسلحين أكرادا"], ["اثنين من جنوده"])


def test_a_subject_fronted_after_a_conjoined_complementiser() -> None:
    text = "وأشارت أنباء إلى أن تعليمات صدرت، وأن السلطات المتخصصة اعتقلت 21 من عساكر الجيش."
    ev = one(run(text, [("الجيش", "الجيش", "ORG")]), "COERCE")
    assert ev.source and ev.target == ["الجيش"]


def test_talks_held_take_the_subject_of_the_verb_that_holds_them() -> None:
    text = "وأجرت السلطة الفلسطينية اتصالات مكثفة مع إسرائيل."
    ev = one(run(text, [("السلطة الفلسطينية", "السلطة الفلسطينية", "ORG"), ("إسرائيل", "إسرائيل", "LOC")]), "CONSULT")
    assert (ev.source, ev.target) == (["السلطة الفلسطينية"], ["إسرائيل"])


def test_a_verb_after_bidawrihi_opens_its_clause() -> None:
    ev = one(run("بدوره دعا نادي الاسير الى تظاهرات شعبية.", []), "DEMAND")
    assert ev.source == ["نادي الاسير"]


def test_the_noun_phrase_between_kana_and_qad_is_the_subject() -> None:
    ev = one(run("وكان أهالي العاصمة صنعاء قد خرجوا في مظاهرات مماثلة.", [("صنعاء", "صنعاء", "LOC")]), "PROTEST")
    assert ev.source == ["أهالي العاصمة صنعاء"]
    ev = one(run("وكانت مجموعة من الشباب قد هاجمت مقر الحزب.", []), "ASSAULT")
    assert ev.source == ["مجموعة من الشباب"]
    assert not one(run("وكانت الأمطار قد هاجمت المدينة.", []), "ASSAULT").source  # no people, no doer


def test_unnamed_doers_named_by_a_verb_of_doing_and_the_counted_dead() -> None:
    ev = one(run("قتل عشرة جنود في هجوم شنه مسلحون متشددون على معسكر في الشمال.", []),
             "ASSAULT")
    assert (ev.source, ev.target) == (["مسلحون متشددون"], ["عشرة جنود"])
    ev = one(run("وقتل شرطي في هجوم شنه إرهابيون يعتقد أنهم من التنظيم.", []), "ASSAULT")
    assert ev.source == ["إرهابيون"]


def test_a_toll_with_no_deed_told_has_no_victims_as_target() -> None:
    evs = run("وقتل أكثر من 6500 شخص منذ بدء النزاع في أوكرانيا.", [("أوكرانيا", "أوكرانيا", "LOC")])
    assert not [e for e in evs if e.type == "ASSAULT" and e.target]


def test_the_counted_dead_of_a_shooting_whose_shooter_is_named() -> None:
    ev = one(run("وقتل ثلاثة أشخاص برصاص قوات الأمن في المدينة.", [("قوات الأمن", "قوات الأمن", "ORG")]), "ASSAULT")
    assert (ev.source, ev.target) == (["قوات الأمن"], ["ثلاثة أشخاص"])


DEMIRTAS = ("صلاح الدين دمرتاش", "صلاح الدين دمرتاش", "PER")
TURKISH_FEM = ("التركية", "تركيا", "LOC")


def test_a_government_after_a_name_is_the_one_asked_not_his_title() -> None:
    text = "ودعا صلاح الدين دمرتاش الحكومة التركية إلى وقف العنف."
    ev = one(run(text, [DEMIRTAS, TURKISH_FEM]), "DEMAND")
    assert (ev.source, ev.target) == (["صلاح الدين دمرتاش"], ["تركيا"])


def test_the_parties_asked_may_be_joined_by_and() -> None:
    text = "ودعا صلاح الدين دمرتاش الحكومة التركية وحزب العمال الكردستاني إلى وقف العنف."
    ev = one(run(text, [DEMIRTAS, TURKISH_FEM, PKK]), "DEMAND")
    assert (ev.source, ev.target) == (["صلاح الدين دمرتاش"], ["تركيا", "حزب العمال الكردستاني"])


def test_the_government_blamed_right_after_the_accuser() -> None:
    text = "وحمّل دينيجو الحكومة الأوكرانية مسؤولية التأخير في سحب الأسلحة."
    ev = one(run(text, [("دينيجو", "فلاديسلاف دينيجو", "PER"), ("الأوكرانية", "أوكرانيا", "LOC")]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["فلاديسلاف دينيجو"], ["أوكرانيا"])


def test_a_needed_word_right_after_the_verb_is_no_subject() -> None:
    assert not [e for e in run("وقدم الشكر للجهود التي بذلها أعضاء اللجنة.", []) if "الشكر" in e.source]
    assert not [e for e in run("وأبدى انزعاجه الشديد من استمرار تعطيل العمل.", []) if e.source]


def test_a_phrase_names_a_party_only_by_a_head_that_can_be_one() -> None:
    from marsad.extract.events_lexicon import lexicon, norm
    from marsad.extract.events_phrases import party_phrase

    W = lexicon().words
    for phrase in ("الوفد", "اللجنة المركزية", "بعض الأطراف", "عدد من المشايخ", "هؤلاء الأشخاص", "وزير الثقافة",
                   "الحكومات", "الشركتان", "الدبلوماسيان", "والموظفات المستحقون", "مديري الجامعات", "أبو بصير الوحيشي"):
        assert party_phrase([norm(w) for w in phrase.split()], W), phrase
    for phrase in ("محاولات التدخل", "القرار", "التقديرات الأولية", "البطاطا", "يقدم طاقة", "الزيارات", "الرواية"):
        assert not party_phrase([norm(w) for w in phrase.split()], W), phrase


def test_a_deed_or_a_thing_after_a_statement_verb_is_no_speaker() -> None:
    assert not [e for e in run("ودعا تقرير اقتصادي حديث إلى إلغاء الإعانات.", []) if e.source]
    assert not [e for e in run("وتناقش الرواية فكرة التعصب الديني.", []) if e.source]
    ev = one(run("ودعت اللجنة المركزية الحكومة إلى الحوار.", []), "DEMAND")
    assert ev.source == ["اللجنة المركزية"]


def test_a_number_counts_people_by_a_sound_plural_but_not_years() -> None:
    assert counted("خمسة مطلوبين") and counted("عشرات المتشددين") and counted("تسعة مسؤولين")
    assert not counted("آلاف السنين") and not counted("35 الموجودون") and not counted("خمسة ملايين")
    ev = one(run("وأعلنت الشرطة أنها اعتقلت خمسة مطلوبين في المدينة.", []), "COERCE")
    assert ev.target == ["خمسة مطلوبين"]


def test_a_body_the_entity_layer_missed_ends_where_the_one_it_asks_begins() -> None:
    ev = one(run("وطالب البرلمان العربي المجتمع الدولي بالتدخل لوقف الانتهاكات.", []), "DEMAND")
    assert (ev.source, ev.target) == (["البرلمان العربي"], ["المجتمع الدولي"])
    ev = one(run("عندما رفضت المحكمة العليا الاسرائيلية طلبا لوقف الهدم.", [("الاسرائيلية", "إسرائيل", "LOC")]),
             "REJECT")
    assert ev.source == ["إسرائيل"]  # a court with a nisba stands for its country (event_actors.tsv, kind court)

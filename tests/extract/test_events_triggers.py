"""What counts as a deed and which PLOVER type it is: new trigger words and phrases (mobilising,
blasts, destroying, looting, arrests, truces, returned fire, seizing ground, forcing, using force, a war
launched, a military campaign, an advance, solidarity, attributing attacks), the words that look like a
trigger and are not («فجر أمس», answering a question, welcoming a truce, «ضرب مثلا»), light and defective
verbs that carry a deed, and when two tellings of deeds stay two events."""

from __future__ import annotations

import pytest
from event_cases import (
    ALGERIAN,
    BOKO_HARAM,
    COALITION,
    DARAA,
    EGYPTIAN,
    HOUTHI_FORCES,
    HOUTHI_GROUP,
    HOUTHIS_NOMINATIVE,
    INDIAN,
    IRAQI,
    ISIS,
    ISIS_TANZIM,
    KENYAN,
    MILITIA,
    NIGERIAN,
    PAKISTANI,
    PKK,
    QATAR,
    REGIME,
    SALEM,
    SECURITY_FORCES,
    SHABAAB,
    SOMALIA,
    SUDANESE,
    TUNISIAN,
    TUNISIAN_FORCES,
    TURKEY,
    UN,
    one,
    run,
    trigger_types,
    triggers,
)


def test_a_later_deed_placed_elsewhere_is_its_own_event() -> None:
    text = ("وأوضحت المصادر أن قوات النظام السوري استهدفت جبهة النصرة بأكثر من 1400 قذيفة. "
            "فيما قصفت قوات النظام السوري الحولة وتلبيسة بريف حمص.")
    specs = [("قوات النظام السوري", "النظام السوري", "ORG"), ("جبهة النصرة", "جبهة النصرة", "ORG"),
             ("الحولة", "الحولة", "LOC"),
             ("تلبيسة", "تلبيسة", "LOC"), ("حمص", "حمص", "LOC")]
    assert len([e for e in run(text, specs) if e.type == "ASSAULT"]) == 2


def test_solidarity_is_support() -> None:
    text = "وشدد المتحدث باسم الخارجية المصرية على تضامن مصر مع أشقائها العرب."
    ev = one(run(text, [("المصرية", "مصر", "LOC"), ("مصر", "مصر", "LOC")]), "SUPPORT")
    assert ev.source == ["مصر"]


def test_repelling_an_attack_is_fighting_by_the_subject() -> None:
    evs = run("وصد الجيش المصري هجوما على حاجز في السويس.", [EGYPTIAN, ("السويس", "السويس", "LOC")])
    ev = one(evs, "FIGHT")
    assert ev.source == ["مصر"]
    assert not [e for e in evs if e.type == "ASSAULT"]  # the attack was on the army, not by it


def test_a_military_campaign_is_a_deed() -> None:
    ev = one(run("وأعلن تركيا حملة عسكرية على حزب العمال الكردستاني.", [TURKEY, PKK]), "FIGHT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


def test_managing_to_advance_is_fighting() -> None:
    ev = one(run("وتمكنت تركيا من التقدم في المنطقة.", [TURKEY]), "FIGHT")
    assert ev.source == ["تركيا"]
    assert not run("نتمنى للمملكة المغربية مزيدا من التقدم والازدهار.", [])  # progress, no advance


def test_one_agent_two_deeds_on_two_targets_are_two_assaults() -> None:
    text = "وشنت تركيا ضربات على مواقع داعش وكثفت هجومها على حزب العمال الكردستاني."
    evs = [e for e in run(text, [TURKEY, ISIS, PKK]) if e.type == "ASSAULT"]
    assert sorted((e.source[0], e.target[0]) for e in evs) == [
        ("تركيا", "حزب العمال الكردستاني"), ("تركيا", "داعش")]


def test_attributing_attacks_is_an_accusation() -> None:
    text = "وأشارت وسائل الإعلام التركية إلى هجمات جديدة نسبتها إلى حزب العمال الكردستاني."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), PKK]), "DISAPPROVE")
    assert ev.target == ["حزب العمال الكردستاني"]


def test_striking_targets_is_an_assault_but_not_an_example() -> None:
    ev = one(run("وضربت تركيا أهدافا تابعة لتنظيم داعش.", [TURKEY, ISIS]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["داعش"]
    assert not run("وضرب مثلا بمواقع التواصل.", [])


def test_forces_on_alert_are_mobilised() -> None:
    evs = run("والقوات التونسية في حالة تأهب قصوى بعد الهجوم.", [TUNISIAN_FORCES])
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
    ev = one(run(text, [SECURITY_FORCES, ISIS]), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["داعش"]


def test_stopping_a_ceasefire_is_no_arrest() -> None:
    assert not [e for e in run("أوقفت قوات الأمن إطلاق النار.", [SECURITY_FORCES]) if e.type == "COERCE"]


def test_declaring_a_ceasefire_is_a_retreat() -> None:
    text = "وأعلن التحالف العربي الذي يقاتل قوات الحوثي وقفا لإطلاق النار من مساء الأحد."
    assert one(run(text, [COALITION, HOUTHI_FORCES]), "RETREAT").source == ["التحالف العربي"]


def test_welcoming_a_ceasefire_is_no_retreat() -> None:
    text = "ورحب الأمين العام للأمم المتحدة بوقف إطلاق النار."
    assert not [e for e in run(text, [UN]) if e.type == "RETREAT"]


def test_returning_fire_is_a_fight_with_the_shooter() -> None:
    text = "وأكد أن قوات حرس الحدود الباكستانية ردت على مصدر النيران الهندية."
    ev = one(run(text, [PAKISTANI, INDIAN]), "FIGHT")
    assert ev.source == ["باكستان"] and ev.target == ["الهند"]


def test_answering_a_question_is_no_fight() -> None:
    assert not [e for e in run("ورد الوزير على أسئلة الصحفيين.", []) if e.type == "FIGHT"]


def test_a_reservation_on_a_stand_is_disapproval() -> None:
    text = "تحفظت قطر على موقف جامعة الدول العربية."
    ev = one(run(text, [("قطر", "قطر", "LOC"), ("جامعة الدول العربية", "جامعة الدول العربية", "ORG")]), "DISAPPROVE")
    assert ev.source == ["قطر"] and "جامعة الدول العربية" in ev.target


def test_seizing_and_retaking_ground_are_coercion() -> None:
    ev = one(run("واستولى المسلحون الحوثيون على مدينة عمران.", [HOUTHIS_NOMINATIVE]), "COERCE")
    assert ev.source == ["الحوثيين"]
    ev = one(run("واستعاد الجيش العراقي السيطرة على مدينة تكريت.", [IRAQI]), "COERCE")
    assert ev.source == ["العراق"]


def test_forcing_and_force_are_coercion() -> None:
    ev = one(run("وأجبرت القوات الكينية مسلحي حركة الشباب على الانسحاب.", [KENYAN, SHABAAB]), "COERCE")
    assert ev.source == ["كينيا"] and ev.target == ["الشباب"]
    ev = one(run("واستخدمت الشرطة التونسية أمس القوة لتفريق المحتجين.", [TUNISIAN]), "COERCE")
    assert ev.source == ["تونس"]


def test_returning_someone_to_jail_is_an_arrest() -> None:
    ev = one(run("وأعادت السلطات الجزائرية الناشط إلى السجن.", [ALGERIAN]), "COERCE")
    assert ev.source == ["الجزائر"]


def test_a_light_aada_gives_its_verbal_noun_an_agent() -> None:
    ev = one(run("أعادت السلطات السودانية اعتقال سالم الحربي.", [SUDANESE, SALEM]), "COERCE")
    assert ev.source == ["السودان"] and ev.target == ["سالم الحربي"]


def test_a_beating_suffered_and_a_war_launched_are_assaults() -> None:
    assert one(run("وتعرض السجين للضرب داخل زنزانته.", []), "ASSAULT")
    ev = one(run("وأطلقت الحكومة النيجيرية حربا على جماعة بوكو حرام.", [NIGERIAN, BOKO_HARAM]), "ASSAULT")
    assert ev.source == ["نيجيريا"] and ev.target == ["بوكو حرام"]


def test_a_defective_verb_dual_is_a_verb() -> None:
    ev = one(run("وقالت المصادر إن قطر وتركيا تجريان محادثات بشأن الغاز.", [QATAR, TURKEY]), "CONSULT")
    assert set(ev.source + ev.target) == {"قطر", "تركيا"}


def test_opening_fire_with_the_subject_between() -> None:
    specs = [("قوات النظام", "النظام السوري", "ORG")]
    ev = one(run("كما فتحت قوات النظام نيران رشاشاتها على مناطق في المدينة.", specs), "ASSAULT")
    assert ev.source == ["النظام السوري"]


def test_a_later_telling_with_no_actors_inside_a_country_is_the_same_deed() -> None:
    text = "هاجم مسلحون من حركة الشباب قرى في الصومال. وقال شاهد إنهم قتلوا عشرة أشخاص في قرية بولو."
    evs = [e for e in run(text, [SHABAAB, SOMALIA, ("بولو", "بولو", "LOC")]) if e.type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].source == ["الشباب"]


def test_an_attack_launched_on_a_person_by_a_person_is_words() -> None:
    text = "وشن النائب سامي الخطيب هجوما حادا على وزير المالية خالد الرفاعي متهما إياه بالتقصير."
    ev = one(run(text, [("سامي الخطيب", "سامي الخطيب", "PER"), ("خالد الرفاعي", "خالد الرفاعي", "PER")]),
             "DISAPPROVE")
    assert ev.source == ["سامي الخطيب"] and ev.target == ["خالد الرفاعي"]
    armed = "وشن مسلحون من تنظيم داعش هجوما على حاجز للجيش في سيناء."
    assert one(run(armed, [ISIS_TANZIM, ("سيناء", "سيناء", "LOC")]), "ASSAULT").source == ["داعش"]


def test_a_blockade_a_curfew_and_a_ban_are_coercion() -> None:
    ev = one(run("وفرضت تركيا حصارا على مدينة جزيرة.", [TURKEY]), "COERCE")
    assert ev.source == ["تركيا"]
    ev = one(run("وأعلنت السلطات السودانية حظر التجول في المدينة.", [SUDANESE]), "COERCE")
    assert ev.source == ["السودان"]
    ev = one(run("وأصدرت السلطات التونسية قرارا يقضي بمنع الصيادين من الصيد.", [TUNISIAN]), "COERCE")
    assert ev.source == ["تونس"]
    ev = one(run("ومنعت قطر الصحفيين من دخول المنطقة.", [QATAR]), "COERCE")
    assert ev.source == ["قطر"]
    assert not [e for e in run("ودعت قطر إلى منع التصعيد.", [QATAR]) if e.type == "COERCE"]


def test_closing_crossings_and_deporting_people_are_coercion() -> None:
    ev = one(run("وأغلقت تركيا المعابر الحدودية مع سوريا.", [TURKEY, ("سوريا", "سوريا", "LOC")]), "COERCE")
    assert ev.source == ["تركيا"]
    ev = one(run("ورحلت السلطات السودانية 300 مهاجر إلى بلادهم.", [SUDANESE]), "COERCE")
    assert ev.source == ["السودان"]
    assert not [e for e in run("أغلقت المدارس أبوابها.", []) if e.type == "COERCE"]
    assert one(run("وطوقت تركيا المنطقة بالكامل.", [TURKEY]), "COERCE").source == ["تركيا"]
    assert not [e for e in run("وهم يطوقون صندوق البريد بأيديهم.", []) if e.type == "COERCE"]


def test_delivering_aid_is_aid() -> None:
    ev = one(run("وأوصلت الأمم المتحدة مساعدات غذائية إلى الصومال.", [UN, SOMALIA]), "AID")
    assert ev.source == ["الأمم المتحدة"]


def test_freezing_assets_is_a_sanction() -> None:
    text = "جمدت تركيا رسميا أموال سالم الحربي."
    ev = one(run(text, [TURKEY, SALEM]), "SANCTION")
    assert ev.source == ["تركيا"] and ev.target == ["سالم الحربي"]


def test_sending_troops_and_tightening_security_are_mobilising() -> None:
    ev = one(run("وأرسلت تركيا قوات إضافية إلى الحدود.", [TURKEY]), "MOBILIZE")
    assert ev.source == ["تركيا"]
    ev = one(run("وعززت القوات التونسية الإجراءات الأمنية في العاصمة.", [TUNISIAN_FORCES]), "MOBILIZE")
    assert ev.source == ["تونس"]


def test_pulling_forces_out_and_freeing_a_detainee_are_retreats() -> None:
    ev = one(run("وسحبت تركيا قواتها من المنطقة.", [TURKEY]), "RETREAT")
    assert ev.source == ["تركيا"]
    ev = one(run("وأخلت السلطات التونسية سبيل سالم الحربي.", [TUNISIAN, SALEM]), "RETREAT")
    assert ev.source == ["تونس"]


def test_admitting_responsibility_is_a_concession_and_a_warning_of_reprisal_a_threat() -> None:
    ev = one(run("وأقر تنظيم داعش بمسؤوليته عن الهجوم.", [ISIS_TANZIM]), "CONCEDE")
    assert ev.source == ["داعش"]
    ev = one(run("وحذرت تركيا حزب العمال الكردستاني من رد قاس.", [TURKEY, PKK]), "THREATEN")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]
    assert not [e for e in run("وحذرت تركيا من ارتفاع درجات الحرارة.", [TURKEY]) if e.type == "THREATEN"]


def test_organising_a_protest_is_a_protest() -> None:
    ev = one(run("ونظم أنصار حزب العمال الكردستاني مظاهرة أمام البرلمان.", [PKK]), "PROTEST")
    assert ev.source == ["حزب العمال الكردستاني"]


def test_police_inquiries_are_investigations() -> None:
    one(run("وأكد مدير الشرطة أن عمليات البحث والتحري جارية للقبض على الجناة.", []), "INVESTIGATE")
    one(run("وباشرت الشرطة في إجراءات الضبط الجنائي للحادث والتحقيق فيه.", []), "INVESTIGATE")


def test_moving_is_no_inquiry() -> None:
    """«تحريك» (moving) is not the inquiry «تحري» with a pronoun glued on."""
    assert not [e for e in run("وطالب النائب بتحريك ملف القضية أمام المحكمة.", []) if e.type == "INVESTIGATE"]
    assert not [e for e in run("وبحث الوزيران التحقيقات الجارية في الحادث.", []) if e.type == "INVESTIGATE"]


def test_a_deed_after_a_setting_word_is_the_occasion_not_the_topic() -> None:
    """«هدد … بالرد بعد اتهامه …»: the accusation came first; what follows «بعد» is no topic of the threat."""
    text = "هدد الجيش التركي اليوم بالرد على حزب العمال الكردستاني بعد اتهامه الحزب بزرع ألغام على الحدود."
    evs = run(text, [TURKEY, PKK])
    one(evs, "THREATEN")
    one(evs, "DISAPPROVE")
    assert not [e for e in run("هدد الجيش التركي بالرد على اتهامات حزب العمال الكردستاني.", [TURKEY, PKK])
                if e.type == "DISAPPROVE"]


# --- trigger readings reviewed against SaudiNewsNet: BLOCK rows and corpus-driven additions



@pytest.mark.parametrize("text, typ", [
    ("ألقى الرئيس كلمة أمام حشد من المواطنين في الساحة.", "MOBILIZE"),  # a crowd
    ("وشارك حشد كبير من المشجعين في الاحتفال.", "MOBILIZE"),
    ("تستقبل الغرفة طلبات المتقدمين حتى نهاية الشهر.", "CONSULT"),  # receiving applications
    ("واستقبلت العيادات 239 مراجعا خلال العيد.", "CONSULT"),
    ("واجتمع المصلون لصلاة الجمعة في الجامع الكبير.", "CONSULT"),  # gathered for a prayer
    ("وفاز الفريق في اللقاء الودي أمام ضيفه.", "CONSULT"),  # a friendly match
    ("وهذا العمل يهدد الأمن والاستقرار في المنطقة.", "THREATEN"),  # a danger, not a threat
    ("وتعتبرها أنقرة تهديدا لأمنها القومي.", "THREATEN"),
    ("أطلقت الجمعية برامج توعوية تستهدف الطلاب وصغار السن.", "ASSAULT"),  # an audience
    ("والمبادرة تستهدف تعزيز القيم الوطنية.", "ASSAULT"),
    ("وشارك في البرنامج طالب وطالبة من كل مدرسة.", "DEMAND"),  # a student
    ("وقد حث النبي صلى الله عليه وسلم على الصدقة.", "DEMAND"),
    ("وكل واحد منهم قادر على تحمل المسؤولية.", "DISAPPROVE"),  # bearing, not blaming
    ("وتمنى للجميع عيدا سعيدا وعيد الفطر المبارك.", "THREATEN"),  # Eid
    ("ووقع الحادث عند تقاطع طريق الملك فهد.", "SANCTION"),  # an intersection
    ("وتراجع الدولار بنسبة 2 في المائة أمام اليورو.", "CONCEDE"),  # prices
    ("ونفذ حكم القتل تعزيرا بالجاني في الرياض.", "ASSAULT"),  # a court sentence
    ("وزار الوفد مدينة تدمر الأثرية.", "ASSAULT"),  # Palmyra
    ("والارتقاء بها إلى آفاق أرحب.", "SUPPORT"),  # wider
    ("ووافق النادي على بيع مهاجمه ادين دزيكو.", "DISAPPROVE"),  # Edin Dzeko
    ("واجتاحت موجة الحر المنطقة الشرقية.", "COERCE"),  # a heat wave
    ("واقتحم الشاب عالم الأعمال مبكرا.", "COERCE"),  # entering a field
    ("وسيطرت فرق الدفاع المدني على الحريق.", "COERCE"),  # a fire under control
    ("سيطرت وحدات الدفاع المدني بالعاصمة المقدسة على حريق نشب في مطبخ.", "COERCE"),
    ("وينتظر أن يحدد الاجتماع موعد قاطع لبدء الحوار.", "SANCTION"),  # decisive, not a boycott
    ("فبارك الله في جهوده وزاده من فضله.", "SUPPORT"),
    ("ومكافحة الفساد بشتى صوره ومظاهره وأساليبه.", "PROTEST"),  # its manifestations
    ("والسؤال عن مدى فائدتها أو عدم فائدتها.", "SUPPORT"),  # benefit, not «أيدت»
    ("وبعد المحاكمة أدينت بالسجن ثلاث سنوات.", "DISAPPROVE"),  # convicted
    ("وأكد أنه لا تعارض بينهما.", "REJECT"),  # no contradiction
    ("وتسيطر الحكومة على مساحات محدودة من الأراضي.", "COERCE"),  # a state, not a deed
    ("ونوه المصدر إلى أن الاجتماع سيعقد غدا.", "SUPPORT"),  # noting, not praising
    ("ونوه بأهمية الرد على اتصالات المستفيدين.", "SUPPORT"),  # stressing, not praising
    ("وأعفي المدير من منصبه بناء على طلبه.", "DEMAND"),  # one's own request
    ("وتضمن البرنامج زيارة المواقع التاريخية في المنطقة.", "CONSULT"),  # visiting a site
    ("وتصل الشحنات عبر ميناء الملك عبدالعزيز بالدمام دعما للسوق.", "SUPPORT"),  # via
    ("وهذا إنجاز تحقق في عهد خادم الحرمين الشريفين.", "INVESTIGATE"),  # achieved, not investigated
    ("وقد أحرز المدرب مع الفريق الدوري وحقق معه كأس السوبر.", "INVESTIGATE"),
    ("وتطوير الأنظمة بشكل يحقق التكامل التقني مع الجهات الحكومية.", "INVESTIGATE"),  # achieving integration
])
def test_a_non_event_reading_of_a_trigger_form_is_no_trigger(text: str, typ: str) -> None:
    assert typ not in trigger_types(text)


@pytest.mark.parametrize("text, typ", [
    ("حشد الجيش قواته على الحدود.", "MOBILIZE"),
    ("استقبل الملك وزير الخارجية الأمريكي في جدة.", "CONSULT"),
    ("هدد الرئيس بفرض عقوبات على الشركات.", "THREATEN"),
    ("استهدفت طائرات التحالف مواقع الحوثيين في صعدة.", "ASSAULT"),
    ("وحملت السلطات التركية تنظيم داعش مسؤولية الهجوم.", "DISAPPROVE"),
    ("وقاطعت المعارضة الانتخابات البرلمانية.", "SANCTION"),
    ("وفتحت الشرطة تحقيقا في الحادث.", "INVESTIGATE"),
])
def test_the_event_reading_of_a_blocked_form_stays(text: str, typ: str) -> None:
    assert typ in trigger_types(text)


@pytest.mark.parametrize("text, typ, mode", [
    ("واقتحم مستوطنون المسجد الأقصى صباح اليوم.", "COERCE", None),  # storming
    ("وأدان المجلس اقتحام قوات الاحتلال للمسجد.", "COERCE", None),
    ("وذكر باجتياح إسرائيل للبنان عام 1982.", "COERCE", "seize"),  # an invasion
    ("وفرقت الشرطة المتظاهرين بالقوة.", "COERCE", None),  # dispersing protesters
    ("واستخدمت القوات الهراوات في تفريق المحتجين.", "COERCE", None),
    ("وسيطرت المقاومة الشعبية على مدينة الحوطة.", "COERCE", "seize"),  # taking ground
    ("وتسلم الملك رسالة خطية من الرئيس اليمني.", "CONSULT", None),  # a letter between leaders
    ("وأعربت الخارجية الكويتية عن استيائها من التصريحات.", "DISAPPROVE", None),
    ("وشن الوزير هجوما حادا على الحكومة.", "DISAPPROVE", None),  # a verbal attack
    ("وسلمت الخارجية مذكرة احتجاج إلى السفير.", "DISAPPROVE", None),
    ("بعد أن أبرمت واشنطن اتفاقا مع موسكو.", "AGREE", None),
    ("واستجابت الحكومة لمطالب المحتجين.", "AGREE", None),
    ("وباشرت الشرطة التحقيق في الحادث.", "INVESTIGATE", None),
    ("وعقد الاجتماع بناء على طلب تركيا.", "DEMAND", None),  # at the request of
    ("القيادة تهنئ رئيس الإكوادور بذكرى الاستقلال.", "SUPPORT", None),
    ("ونوه الوزير بجهود رجال الأمن.", "SUPPORT", None),
    ("وزودت واشنطن المعارضة بأسلحة حديثة.", "AID", "military"),
    ("وجرى تسيير جسر جوي لنقل المساعدات.", "AID", None),
    ("وأصدر الرئيس عفوا عن المعتقلين.", "RETREAT", None),  # a pardon
    ("واتفق الطرفان على صفقة تبادل الأسرى.", "RETREAT", None),
    ("ونفذ العمال وقفة احتجاجية أمام الوزارة.", "PROTEST", None),
])
def test_corpus_added_triggers(text: str, typ: str, mode: str | None) -> None:
    assert (typ, mode) in triggers(text)


def test_a_verbal_attack_is_no_assault() -> None:
    assert "ASSAULT" not in trigger_types("وشن الوزير هجوما حادا على الحكومة.")


def test_storming_a_mosque_has_its_doers() -> None:
    ev = one(run("واقتحمت قوات النظام المسجد في درعا.", [REGIME, DARAA]), "COERCE")
    assert ev.source == ["النظام السوري"]


@pytest.mark.parametrize(("text", "typ"), [
    ("وأصدرت المحكمة العسكرية أمس حكما بالسجن عشر سنوات على الناشط خالد العمر.", "COERCE"),
    ("وقضت محكمة الجنايات بسجن الناشط خالد العمر خمس سنوات.", "COERCE"),
    ("ووجه خالد العمر في كلمته أمام أنصاره الشكر إلى المحامين.", "SUPPORT"),
    ("وقال المحامي إن الناشط خالد العمر سيقاضي الصحيفة بتهمة التشهير.", "DISAPPROVE"),
])
def test_sentencing_thanking_and_suing_are_coded(text: str, typ: str) -> None:
    evs = run(text, [("خالد العمر", "خالد العمر", "PER"), ("محكمة الجنايات", "محكمة الجنايات", "ORG")])
    assert any(e.type == typ for e in evs), [(e.type, e.trigger) for e in evs]


def test_a_surname_thanks_no_one() -> None:
    evs = run("وقال إن فؤاد شكر قاد العمليات العسكرية.", [("فؤاد", "فؤاد", "PER")])
    assert not any(e.type == "SUPPORT" for e in evs)


def test_burning_a_flag_is_a_protest() -> None:
    evs = run("واحتشد مئات الطلاب أمام السفارة، وأحرقوا علم الدنمارك.", [("الدنمارك", "الدنمارك", "LOC")])
    assert any(e.type == "PROTEST" for e in evs) and not any(e.type == "ASSAULT" for e in evs)


def test_committing_a_theft_is_a_crime_not_an_attack() -> None:
    evs = run("وكان خالد العمر قد ارتكب جريمة سرقة في السوق قبل أسبوع.", [("خالد العمر", "خالد العمر", "PER")])
    assert one(evs, "CRIME").source == ["خالد العمر"] and not any(e.type == "ASSAULT" for e in evs)


# --- third lexicon review: backing kept up or declared with its subject between, recognising a right,
# disagreeing, and dangers that are no threat

@pytest.mark.parametrize("text, typ", [
    ("وأكد حلف شمال الأطلسي (الناتو) مجددا دعمه للحليفة تركيا.", "SUPPORT"),  # the subject between
    ("وأعلن رئيس مجلس النواب سليم الجبوري دعمه لقرارات العبادي.", "SUPPORT"),
    ("وقال إن إيران ستزيد من دعمها لمحور المقاومة.", "SUPPORT"),  # backing stepped up
    ("وأضاف أن طهران ستواصل دعمها لحلفائها في سوريا والعراق.", "SUPPORT"),
    ("وقال إن الاتحاد الأوروبي يعترف بحق تركيا في الدفاع عن نفسها.", "SUPPORT"),  # a right recognised
    ("ودعا الدول الأوروبية إلى الاعتراف بدولة فلسطين.", "SUPPORT"),
    ("وقال الوزير إنه يختلف مع موقف الأمير من الاتفاق.", "DISAPPROVE"),  # disagreeing
])
def test_third_review_triggers(text: str, typ: str) -> None:
    assert typ in trigger_types(text)


@pytest.mark.parametrize("text, typ", [
    ("وأكدت مديرة البرنامج أن فعاليات الأمانة ودعمها للأسر المنتجة يمنحها الثقة.", "SUPPORT"),  # a clause
    ("وهو نمو يواصل دعم الطلب على السلع.", "SUPPORT"),  # demand kept up
    ("واعترف المتهم بارتكاب الجريمة.", "SUPPORT"),  # an admission stays a concession
    ("وهذا الوضع يختلف الأمر فيه مع الفرق الكبيرة.", "DISAPPROVE"),  # a difference
    ("ودعا تركيا إلى رد متكافئ لا يهدد الحوار السياسي في البلاد.", "THREATEN"),  # a danger
    ("وهو خطر يهدد وجودها في حد ذاته.", "THREATEN"),
    ("مما بات يهدد الدور الإيراني في العراق.", "THREATEN"),
])
def test_third_review_non_event_readings(text: str, typ: str) -> None:
    assert typ not in trigger_types(text)


def test_an_admission_is_still_a_concession() -> None:
    assert "CONCEDE" in trigger_types("واعترف المتهم بارتكاب الجريمة.")


def test_publishing_on_an_account_is_no_deployment() -> None:
    text = "وكان جيش الفتح أعلن في بيان نشره على حسابه على موقع تويتر بدء معركة ضد قوات النظام."
    assert not [e for e in run(text, [("جيش الفتح", "جيش الفتح", "ORG")]) if e.type == "MOBILIZE"]
    assert [e.type for e in run("ونشرت روسيا قوات إضافية على الحدود.", [("روسيا", "روسيا", "LOC")])] == ["MOBILIZE"]


def test_armed_opposition_factions_attacking_is_an_assault_not_words() -> None:
    text = "وفي سوريا، هاجمت فصائل المعارضة مواقع في إدلب."
    evs = run(text, [("سوريا", "سوريا", "LOC"), ("إدلب", "إدلب", "LOC")])
    assert [e.type for e in evs] == ["ASSAULT"]
    said = run("وهاجم الرئيس أردوغان المعارضة بشدة في خطابه.", [("أردوغان", "أردوغان", "PER")])
    assert [e.type for e in said] == ["DISAPPROVE"]


def test_talib_with_a_nisba_after_it_is_a_student() -> None:
    from event_cases import run

    evs = run("وأصيب طالب جزائري بجروح في الهجوم على الجامعة.", [])
    assert [e.type for e in evs] == ["ASSAULT"]  # («طالب» read as «demanded» hid the attack)
    assert [e.type for e in run("وكان طالب أردني قد طالب الجامعة بتعويضه.", [])] == ["DEMAND"]


def test_an_office_named_for_inquiries_opens_none() -> None:
    # «مكتب تحقيقات الطيران»: the office's name; the inquiry it opens is still one
    assert not [e for e in run("أعلن مكتب تحقيقات الحوادث وقوع حادث لطائرة صغيرة في المطار مساء أمس.", [])
                if e.type == "INVESTIGATE"]
    assert [e for e in run("وقالت الشرطة إنها فتحت تحقيقات في الحادث.", []) if e.type == "INVESTIGATE"]


def test_meeting_with_an_object_pronoun_is_consult() -> None:
    # «التقى» before a pronoun writes its final ى as ا: «التقاه», «التقتهم» are still meetings
    assert "CONSULT" in trigger_types("والتقاه وزير الخارجية في الرياض أمس.")
    assert "CONSULT" in trigger_types("وقالت الوزيرة إنها التقتهم في جنيف.")


def test_shouldering_a_responsibility_blames_no_one() -> None:
    # «يحمل على عاتقه/كاهله مسؤولية»: taking a duty on oneself, not holding someone responsible
    assert "DISAPPROVE" not in trigger_types("وأكد أن الشركة ستحمل على كاهلها مسؤولية إعداد القادة.")
    assert "DISAPPROVE" not in trigger_types("ويحمل المجلس على عاتقه مسؤولية حماية التراث.")
    assert "DISAPPROVE" in trigger_types("وحمل الرئيس الحكومة الإسرائيلية المسؤولية عن الجريمة.")

"""Actor selection, modality and place of extract_events on hand-built entities: group actors from
language data, passive and nominal constructions, light verbs, accusations, purposes and places."""

from __future__ import annotations

import pytest
from event_cases import (
    BOKO_HARAM,
    HOUTHI,
    HOUTHIS_NOMINATIVE,
    IRAQ,
    ISIS_TANZIM,
    LIBYA,
    NIGERIAN,
    PKK,
    SYRIA,
    YEMEN,
    one,
    run,
)

from marsad.extract.events import extract_events
from marsad.model import Entity


def test_coalition_in_a_yemen_story_is_the_arab_coalition() -> None:
    text = "شن طيران التحالف غارات على مواقع الحوثيين في صنعاء باليمن."
    ev = one(run(text, [HOUTHI, ("صنعاء", "صنعاء", "LOC"), YEMEN]), "ASSAULT")
    assert ev.source == ["التحالف العربي"] and ev.target == ["الحوثي"] and ev.location == "صنعاء"


def test_coalition_against_isis_is_the_international_one() -> None:
    text = "نفذت قوات التحالف 20 غارة على مواقع تنظيم داعش في العراق."
    ev = one(run(text, [("تنظيم داعش", "داعش", "ORG"), ("العراق", "العراق", "LOC")]), "ASSAULT")
    assert ev.source == ["التحالف الدولي"] and ev.target == ["داعش"]


def test_popular_resistance_is_a_group_actor() -> None:
    text = "ألقت المقاومة الشعبية في عدن القبض على عشرات الحوثيين."
    ev = one(run(text, [HOUTHI, ("عدن", "عدن", "LOC")]), "COERCE")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"] and ev.location == "عدن"


def test_force_with_a_nisba_stands_for_its_country() -> None:
    text = "قتلت قوات الأمن التونسية إرهابيا في محافظة القصرين."
    ev = one(run(text, [("التونسية", "تونس", "LOC"), ("القصرين", "القصرين", "LOC")]), "ASSAULT")
    assert ev.source == ["تونس"] and ev.location == "القصرين"


def test_lam_after_a_raid_names_its_agent() -> None:
    text = "أسفرت غارات للطيران التركي على قرية شمال أربيل عن مقتل قرويين."
    ev = one(run(text, [("التركي", "تركيا", "LOC"), ("أربيل", "أربيل", "LOC")]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.location == "أربيل"
    assert ev.target == ["قرويين", "العراق"]  # the villagers killed, and the country struck (`events_crossborder`)


def test_oblique_plural_after_the_verb_is_its_object() -> None:
    text = "وتشارك مصر في تحالف يقاتل الحوثيين."
    ev = one(run(text, [("مصر", "مصر", "LOC"), HOUTHI]), "FIGHT")
    assert ev.target == ["الحوثي"] and "الحوثي" not in ev.source


def test_accusation_gives_the_charged_deed_its_parties() -> None:
    text = "اتهمت وحدات حماية الشعب تركيا باستهدافها."
    evs = run(text, [("وحدات حماية الشعب", "وحدات حماية الشعب", "ORG"), ("تركيا", "تركيا", "LOC")])
    assert one(evs, "DISAPPROVE").target == ["تركيا"]
    ev = one(evs, "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["وحدات حماية الشعب"]


def test_light_verb_subject_is_the_agent_of_the_verbal_noun() -> None:
    text = "تمكنت دورية من الهيئة من القبض على مروج مخدرات."
    ev = one(run(text, [("الهيئة", "هيئة الأمر بالمعروف", "ORG")]), "COERCE")
    assert ev.source == ["هيئة الأمر بالمعروف"]


def test_passive_verbal_noun_has_no_agent() -> None:
    text = "وكان الأسد قد وصل، وتم اعتقال سليمان في قرية كلماخو."
    ev = one(run(text, [("الأسد", "بشار الأسد", "PER"), ("سليمان", "سليمان", "PER")]), "COERCE")
    assert ev.source == [] and ev.target == ["سليمان"]


def test_passive_kill_takes_no_earlier_actor() -> None:
    text = "كثفت طائرات التحالف غاراتها على مواقع الحوثيين في اليمن، حيث قتل 47 متمردا."
    evs = [e for e in run(text, [HOUTHI, YEMEN]) if e.type == "ASSAULT" and e.mode == "kill"]
    assert all(e.source == [] for e in evs)


def test_doer_after_a_verb_of_doing() -> None:
    text = "أدانت السعودية الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون في قرية دوما."
    specs = [("السعودية", "السعودية", "LOC"), ("إسرائيليون", "إسرائيل", "LOC"), ("دوما", "دوما", "LOC")]
    assert one(run(text, specs), "DISAPPROVE").source == ["السعودية"]
    ev = one(run("وقتل مدنيون في قصف شنه الحوثيون على مدينة تعز.", [("الحوثيون", "الحوثي", "ORG"),
                                                                  ("تعز", "تعز", "LOC")]), "ASSAULT")
    assert ev.source == ["الحوثي"] and ev.location == "تعز"


def test_undergoing_an_attack_makes_the_subject_the_target() -> None:
    text = "وتعرضت قوات الأمن السعودية لهجوم من الحوثيين في نجران."
    ev = one(run(text, [("السعودية", "السعودية", "LOC"), HOUTHI, ("نجران", "نجران", "LOC")]), "ASSAULT")
    assert ev.source == ["الحوثي"] and ev.target == ["السعودية"]


def test_undergoing_criticism_makes_the_subject_the_target() -> None:
    sarkozy, labour = ("نيكولا ساركوزي", "نيكولا ساركوزي", "PER"), ("حزب العمال", "حزب العمال", "ORG")
    text = "وتعرض الرئيس الفرنسي نيكولا ساركوزي لانتقادات حادة من حزب العمال."
    ev = one(run(text, [sarkozy, labour]), "DISAPPROVE")
    assert ev.source == ["حزب العمال"] and ev.target == ["نيكولا ساركوزي"]
    text = "وواجه الرئيس الفرنسي نيكولا ساركوزي انتقادات حادة من حزب العمال."
    ev = one(run(text, [sarkozy, labour]), "DISAPPROVE")
    assert ev.source == ["حزب العمال"] and ev.target == ["نيكولا ساركوزي"]


def test_a_titled_victim_of_an_attack_is_no_doer() -> None:
    text = "وتعرض الرئيس الفرنسي نيكولا ساركوزي لهجوم من مسلحين."
    ev = one(run(text, [("نيكولا ساركوزي", "نيكولا ساركوزي", "PER")]), "ASSAULT")
    assert ev.source == [] and ev.target == ["نيكولا ساركوزي"]


def test_al_shabaab_in_a_somalia_story() -> None:
    text = "وهاجم مسلحو حركة الشباب قاعدة للقوات الكينية في الصومال."
    ev = one(run(text, [("الصومال", "الصومال", "LOC")]), "ASSAULT")
    assert ev.source == ["حركة الشباب"]


def test_the_city_a_visit_verb_went_to_is_the_place() -> None:
    text = "وزار وزير الخارجية عادل الجبير موسكو أمس."
    ev = one(run(text, [("عادل الجبير", "عادل الجبير", "PER"), ("موسكو", "موسكو", "LOC")]), "CONSULT")
    assert ev.source == ["عادل الجبير"] and ev.location == "موسكو"


def test_a_withdrawal_is_placed_where_it_left() -> None:
    text = "وانسحبت القوات الإسرائيلية من مدينة جنين."
    ev = one(run(text, [("الإسرائيلية", "إسرائيل", "LOC"), ("جنين", "جنين", "LOC")]), "RETREAT")
    assert ev.source == ["إسرائيل"] and ev.location == "جنين"


def test_a_town_named_in_its_country_is_the_place() -> None:
    text = "هزت انفجارات مدينة تعز وسط اليمن عقب غارات شنتها مقاتلات التحالف على مواقع الحوثيين."
    ev = one(run(text, [("تعز", "تعز", "LOC"), YEMEN, HOUTHI]), "ASSAULT")
    assert ev.location == "تعز"


def test_bare_purpose_is_no_event() -> None:
    text = "قال مسؤول إن أنقرة تتعاون مع حكومة إقليم كردستان للتحقيق في مزاعم سقوط ضحايا."
    evs = run(text, [("أنقرة", "أنقرة", "LOC"), ("إقليم كردستان", "كردستان", "LOC")])
    assert [e.type for e in evs] == ["COOPERATE"]


def test_foiled_attack_did_not_happen() -> None:
    text = "أحبطت الداخلية السعودية عددا من الهجمات التي كانت تستهدف مساجد."
    evs = run(text, [("السعودية", "السعودية", "LOC")])
    assert [e.type for e in evs] == ["COERCE"] and evs[0].source == ["السعودية"]


def test_prayer_is_no_demand() -> None:
    assert run("وندعو الله أن يحفظ البلاد.", []) == []


def test_organisation_missed_by_the_entity_layer() -> None:
    ev = one(run("عقد مجلس الشؤون السياسية والأمنية اجتماعا في جدة.", [("جدة", "جدة", "LOC")]), "CONSULT")
    assert ev.source == ["مجلس الشؤون السياسية والأمنية"] and ev.location == "جدة"


def test_a_definite_body_head_takes_adjectives_not_the_object() -> None:
    ev = one(run("أدان الاتحاد الأفريقي التفجير الانتحاري في مقديشو.", [("مقديشو", "مقديشو", "LOC")]), "DISAPPROVE")
    assert ev.source == ["الاتحاد الأفريقي"]  # not «الاتحاد الأفريقي التفجير»
    evs = run("ودعت الوزارة المعلنة أسماؤهم إلى مراجعة مقرها.", [])
    assert all("المعلنة" not in " ".join(e.source) for e in evs)


def test_a_masculine_body_after_a_feminine_call_is_the_one_called() -> None:
    text = "وأكدت رابطة العالم الإسلامي في بيانها وقوفها مع الشعب الفلسطيني. ودعت المجتمع الدولي إلى وقف الانتهاكات."
    ev = one(run(text, [("رابطة العالم الإسلامي", "رابطة العالم الإسلامي", "ORG")]), "DEMAND")
    assert ev.source == ["رابطة العالم الإسلامي"] and ev.target == ["المجتمع الدولي"]


def test_honorific_pronoun_stands_for_the_person() -> None:
    text = "وعبر وزير الخارجية عادل الجبير عن استنكاره. وطالب معاليه المجتمع الدولي بحماية المدنيين."
    ev = one(run(text, [("عادل الجبير", "عادل الجبير", "PER")]), "DEMAND")
    assert ev.source == ["عادل الجبير"]


def test_lam_on_a_title_marks_the_target() -> None:
    text = "كما بعث الأمير محمد بن نايف برقية لجلالة الملك محمد السادس عبر فيها عن أبلغ التهاني."
    ev = one(run(text, [("محمد بن نايف", "محمد بن نايف", "PER"), ("محمد السادس", "محمد السادس", "PER")]), "SUPPORT")
    assert ev.source == ["محمد بن نايف"]


def test_statement_takes_no_place_from_its_topic() -> None:
    text = "تلقى الأمير محمد بن سلمان اتصالا من الرئيس هادي، بحثا خلاله الأوضاع في الساحة اليمنية."
    specs = [("محمد بن سلمان", "محمد بن سلمان", "PER"), ("هادي", "عبد ربه منصور هادي", "PER"),
             ("اليمنية", "اليمن", "LOC")]
    assert one(run(text, specs), "CONSULT").location is None


def test_town_is_a_place_not_a_party() -> None:
    ev = one(run("قصف الحوثيون أحياء مدينة تعز.", [("الحوثيون", "الحوثي", "ORG"), ("تعز", "تعز", "LOC")]), "ASSAULT")
    assert ev.source == ["الحوثي"] and ev.target == [] and ev.location == "تعز"


def test_kill_by_one_of_another() -> None:
    text = "احتجاجا على قتل سليمان الأسد للعقيد حسان الشيخ في اللاذقية."
    specs = [("سليمان الأسد", "سليمان الأسد", "PER"), ("حسان الشيخ", "حسان الشيخ", "PER"),
             ("اللاذقية", "اللاذقية", "LOC")]
    ev = one(run(text, specs), "ASSAULT")
    assert ev.source == ["سليمان الأسد"] and ev.target == ["حسان الشيخ"]


def test_killed_in_is_a_passive() -> None:
    text = "وفقدت شقيقه الأكبر شون الذي قتل في هجوم مسلح."  # («في حادث سير»: an accident, no event)
    ev = one(run(text, [("شون", "شون", "PER")]), "ASSAULT")
    assert ev.source == [] and ev.target == ["شون"]


def test_student_is_no_demand() -> None:
    assert run("اعتقلت الشرطة طالباً سعودياً في ولاية أوهايو.", [("سعودياً", "السعودية", "LOC")])[0].type == "COERCE"
    assert not [e for e in run("اعتقلت الشرطة طالباً سعودياً.", []) if e.type == "DEMAND"]


def test_lam_before_a_past_form_is_a_verbal_noun() -> None:
    text = "تبنى مجلس الأمن قرارا يفسح المجال لرفع العقوبات عن إيران."
    assert not [e for e in run(text, [("مجلس الأمن", "مجلس الأمن", "ORG"), ("إيران", "إيران", "LOC")])
                if e.type == "RETREAT"]


def test_government_with_a_nisba_stands_for_its_country() -> None:
    text = "قدمت السعودية مساعدات إنسانية إلى الحكومة الألبانية."
    ev = one(run(text, [("السعودية", "السعودية", "LOC"), ("الألبانية", "ألبانيا", "LOC")]), "AID")
    assert ev.source == ["السعودية"] and ev.target == ["ألبانيا"]


def test_separatists_are_a_party_and_their_patron_is_no_target() -> None:
    text = "اتهمت الحكومة الأوكرانية الانفصاليين الموالين لروسيا بقصف مواقعها."
    ev = one(run(text, [("الأوكرانية", "أوكرانيا", "LOC"), ("روسيا", "روسيا", "LOC")]), "DISAPPROVE")
    assert ev.source == ["أوكرانيا"] and ev.target == ["الانفصاليون"]


def test_parliament_head_is_a_title_chain() -> None:
    ev = one(run("وأدان رئيس مجلس النواب أحمد الملا التفجير الإرهابي.", [("أحمد الملا", "أحمد الملا", "PER")]),
             "DISAPPROVE")
    assert ev.source == ["أحمد الملا"]


def test_participle_object_is_no_subject() -> None:
    text = "وأكد النائب محمد علي استنكار المجلس للتصريحات، مطالبا وزارة الخارجية بالتحرك."
    evs = run(text, [("محمد علي", "محمد علي", "PER"), ("وزارة الخارجية", "وزارة الخارجية", "ORG")])
    assert not [e for e in evs if e.type == "DEMAND" and "وزارة الخارجية" in e.source]


def test_statement_is_placed_only_where_a_visit_went() -> None:
    text = "أدانت الحكومة العراقية هجوما على المقاتلين في شمال العراق."
    ev = one(run(text, [("العراقية", "العراق", "LOC"), ("العراق", "العراق", "LOC")]), "DISAPPROVE")
    assert ev.location is None  # a place named in what was condemned is not where it was said
    text = "وأدان وزير الخارجية الأمريكي جون كيري خلال زيارته إلى موسكو الهجوم."
    ev = one(run(text, [("جون كيري", "جون كيري", "PER"), ("الأمريكي", "الولايات المتحدة", "LOC"),
                        ("موسكو", "موسكو", "LOC")]), "DISAPPROVE")
    assert ev.location == "موسكو"


def test_meeting_during_a_visit_is_placed_there() -> None:
    text = "التقى رئيسا الوزراء مودي ونواز شريف لمدة ساعة أثناء زيارتهما روسيا."
    ev = one(run(text, [("مودي", "ناريندرا مودي", "PER"), ("نواز شريف", "نواز شريف", "PER"),
                        ("روسيا", "روسيا", "LOC")]), "CONSULT")
    assert ev.location == "روسيا"


def test_place_noun_with_glued_ba_places_a_deed() -> None:
    text = "شن تنظيم داعش هجوما على تجمع في مركز ثقافي بمدينة سوروتش."
    ev = one(run(text, [("تنظيم داعش", "داعش", "ORG"), ("سوروتش", "سوروتش", "LOC")]), "ASSAULT")
    assert ev.location == "سوروتش"


def test_title_holder_of_a_country_is_a_party_not_a_place() -> None:
    text = "والتقى كيري بوزير الخارجية الإيطالي في روما."
    role = "وزير الخارجية الإيطالي"
    r, k, m = text.index(role), text.index("كيري"), text.index("روما")
    ents_ = [Entity("كيري", "PER", "جون كيري", k, k + 4),
             Entity(role, "LOC", "إيطاليا", r, r + len(role), role=role),
             Entity("روما", "LOC", "روما", m, m + 4)]
    ev = one(extract_events(text, ents_, []), "CONSULT")
    assert ev.source == ["جون كيري"] and ev.target == ["إيطاليا"] and ev.location == "روما"


def test_any_deed_is_spoken_of_not_told() -> None:
    text = "وأضافت بغداد أنها ملتزمة بعدم السماح بأي هجوم على تركيا، ودعت إلى التصدي لأي مؤامرة تستهدف أمن البلاد."
    evs = run(text, [("بغداد", "بغداد", "LOC"), ("تركيا", "تركيا", "LOC")])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_relative_clause_on_an_event_noun_has_no_actor_subject() -> None:
    text = "أدان مجلس علماء باكستان حادث التفجير الذي استهدف مسجد قوات الطوارئ بمنطقة عسير."
    evs = run(text, [("مجلس علماء باكستان", "مجلس علماء باكستان", "ORG"), ("عسير", "عسير", "LOC")])
    ev = one(evs, "ASSAULT")
    assert ev.source == [] and ev.target == ["قوات الطوارئ"] and ev.location == "عسير"
    assert one(evs, "DISAPPROVE").source == ["مجلس علماء باكستان"]


def test_bare_kingdom_is_saudi_arabia_unless_another_kingdom_is_named() -> None:
    text = "أكد أن علماء وشعب باكستان يقفون مع المملكة بقيادة خادم الحرمين الشريفين."
    ev = one(run(text, [("باكستان", "باكستان", "LOC")]), "SUPPORT")
    assert ev.source == ["باكستان"] and ev.target == ["السعودية"]
    text = "أكد أن باكستان تقف مع المملكة في وجه الإرهاب، وأشاد بدور البحرين في مكة المكرمة."
    ev = one(run(text, [("باكستان", "باكستان", "LOC"), ("البحرين", "البحرين", "LOC")]), "SUPPORT")
    assert "السعودية" not in ev.target


def test_new_triggers_strikes_tear_gas_and_condemning_participle() -> None:
    text = "وشنت تركيا ضربات على معسكرات حزب العمال الكردستاني في العراق."
    ev = one(run(text, [("تركيا", "تركيا", "LOC"), ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG"),
                        ("العراق", "العراق", "LOC")]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]
    text = "أطلقت الشرطة التركية الغاز المسيل للدموع على المتظاهرين في إسطنبول."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), ("إسطنبول", "إسطنبول", "LOC")]), "COERCE")
    assert ev.source == ["تركيا"] and ev.location == "إسطنبول"
    text = ("وقالت وزارة الداخلية في بيانها ان «الحادثة وقعت (حين) فجر انتحاري حزامه الناسف في اقليم خان آباد»، "
            "منددة بشدة بهذا «العمل الشنيع».")
    ev = one(run(text, [("وزارة الداخلية", "وزارة الداخلية", "ORG"), ("خان آباد", "خان آباد", "LOC")]), "DISAPPROVE")
    assert ev.source == ["وزارة الداخلية"]
    text = "واتفق الطرفان على وقف إطلاق النار مع الحوثيين."
    assert not [e for e in run(text, []) if e.type == "SUPPORT"]


def test_rohingya_and_burmese_authorities_are_parties() -> None:
    text = "وحاصرت السلطات البورمية قرى مسلمي الروهنجيا في ولاية راخين."
    ev = one(run(text, [("راخين", "راخين", "LOC")]), "COERCE")
    assert ev.source == ["ميانمار"] and ev.target == ["الروهنجيا"]


def test_body_after_a_place_set_off_by_fi_is_a_new_party() -> None:
    text = "واتهمت النقابة التي يقع مقرها في بنغازي الحكومة المؤقتة بأنها منعت صرف الرواتب."
    specs = [("بنغازي", "بنغازي", "LOC"), ("الحكومة المؤقتة", "الحكومة المؤقتة", "ORG"),
             ("النقابة", "النقابة", "ORG")]
    ev = one(run(text, specs), "DISAPPROVE")
    assert ev.source == ["النقابة"] and ev.target == ["الحكومة المؤقتة"]


def test_bare_authorities_stand_for_the_story_country() -> None:
    text = "اعتقلت السلطات الكينية ثلاثة مشتبه بهم. وقال المتحدث إن السلطات ستفتح تحقيقا في الهجوم."
    ev = one(run(text, [("الكينية", "كينيا", "LOC")]), "INVESTIGATE")
    assert ev.source == ["كينيا"]


def test_interior_ministry_men_in_a_country_stand_for_it() -> None:
    text = "أشاد الأمين العام محمد الزياني بأداء رجال الداخلية في مملكة البحرين في كشف الخلية."
    ev = one(run(text, [("محمد الزياني", "محمد الزياني", "PER"), ("مملكة البحرين", "البحرين", "LOC")]),
             "SUPPORT")
    assert ev.source == ["محمد الزياني"] and ev.target == ["البحرين"]


def test_a_capital_is_never_the_target_of_its_own_country() -> None:
    text = "وقصفت المقاتلات الروسية مواقع في ريف إدلب، وهو ما أكدته موسكو."
    ev = one(run(text, [("الروسية", "روسيا", "LOC"), ("إدلب", "إدلب", "LOC"), ("موسكو", "موسكو", "LOC")]),
             "ASSAULT")
    assert ev.source == ["روسيا"] and "موسكو" not in ev.target


def test_rebels_named_by_what_they_are_are_a_party() -> None:
    text = "واندلعت اشتباكات عنيفة بين المتمردين وقوات الأمن الفلبينية في جزيرة مينداناو."
    ev = one(run(text, [("الفلبينية", "الفلبين", "LOC"), ("مينداناو", "مينداناو", "LOC")]), "FIGHT")
    assert set(ev.source + ev.target) == {"المتمردون", "الفلبين"}


def test_a_descriptor_before_a_name_gives_way_to_the_name() -> None:
    text = "واشتبك الجيش النيجري مع المتمردين الطوارق قرب أغاديز، بعد هجوم شنه المتمردون جبهة التحرير على ثكنة."
    specs = [("الجيش النيجري", "النيجر", "ORG"), ("جبهة التحرير", "جبهة التحرير", "ORG"),
             ("أغاديز", "أغاديز", "LOC")]
    ev = next(e for e in run(text, specs) if "هجوم" in e.trigger)  # the attack on a barracks, a fight of its own
    assert ev.type == "FIGHT" and ev.source == ["جبهة التحرير"]


def test_partners_in_a_body_are_that_body() -> None:
    text = "وقال ناصر جودة إن الوضع خطير، مطالبا شركاءه في حلف الأطلسي بالتحرك العاجل."
    specs = [("ناصر جودة", "ناصر جودة", "PER"), ("حلف الأطلسي", "حلف الأطلسي", "ORG")]
    ev = one(run(text, specs), "DEMAND")
    assert ev.source == ["ناصر جودة"] and ev.target == ["حلف الأطلسي"]


def test_a_member_in_a_body_is_still_no_party() -> None:
    text = "وقال ناصر جودة إن الوضع خطير، مطالبا عضوا في حلف الأطلسي بالتحرك العاجل."
    specs = [("ناصر جودة", "ناصر جودة", "PER"), ("حلف الأطلسي", "حلف الأطلسي", "ORG")]
    ev = one(run(text, specs), "DEMAND")
    assert "حلف الأطلسي" not in ev.target


def test_people_named_by_what_they_are_act_as_a_group() -> None:
    text = "واعتصم الصحافيون أمس أمام مبنى البرلمان في عمان."
    ev = one(run(text, [("عمان", "عمان", "LOC")]), "PROTEST")
    assert ev.source == ["الصحفيين"]


def test_members_named_after_a_body_head_are_not_the_actor() -> None:
    text = "وانتقدت نقابة الصحفيين الأردنيين قرار الحكومة بإغلاق الصحيفة."
    evs = run(text, [("نقابة الصحفيين الأردنيين", "نقابة الصحفيين الأردنيين", "ORG")])
    assert one(evs, "DISAPPROVE").source == ["نقابة الصحفيين الأردنيين"]


def test_bare_body_head_before_a_quoted_name_is_that_body() -> None:
    text = "وانتقدت منظمة «أطباء بلا حدود» قصف المستشفى في حلب."
    evs = run(text, [("منظمة", "منظمة", "ORG"), ("أطباء بلا حدود", "أطباء بلا حدود", "ORG"),
                     ("حلب", "حلب", "LOC")])
    ev = one(evs, "DISAPPROVE")
    assert ev.source == ["أطباء بلا حدود"] and "منظمة" not in ev.target


def test_statement_as_subject_speaks_for_its_author() -> None:
    text = ("وأدانت جامعة الدول العربية قصف المدارس في غزة. "
            "ودعا البيان حماس وإسرائيل إلى وقف إطلاق النار.")
    evs = run(text, [("جامعة الدول العربية", "جامعة الدول العربية", "ORG"), ("غزة", "غزة", "LOC"),
                     ("حماس", "حماس", "ORG"), ("إسرائيل", "إسرائيل", "LOC")])
    ev = one(evs, "DEMAND")
    assert ev.source == ["جامعة الدول العربية"] and set(ev.target) == {"حماس", "إسرائيل"}


def test_pronoun_on_an_arrest_noun_is_the_one_arrested() -> None:
    text = "وأفرجت السلطات المصرية عن الناشط علاء سيف بعد شهرين من اعتقاله في القاهرة."
    evs = run(text, [("المصرية", "مصر", "LOC"), ("علاء سيف", "علاء سيف", "PER"), ("القاهرة", "القاهرة", "LOC")])
    assert not any(e.type == "COERCE" and "علاء سيف" in e.source for e in evs)
    assert all("علاء سيف" in e.target for e in evs if e.type == "COERCE")


def test_oblique_nisba_plural_after_an_opening_verb_is_its_object() -> None:
    text = ("وقال رئيس الوزراء الفلسطيني محمد اشتية في مؤتمر صحفي إن حكومته ماضية في عملها. "
            "ودعا الفلسطينيين إلى إنهاء الانقسام.")
    evs = run(text, [("الفلسطيني", "فلسطين", "LOC"), ("محمد اشتية", "محمد اشتية", "PER"),
                     ("الفلسطينيين", "فلسطين", "LOC")])
    ev = one(evs, "DEMAND")
    assert ev.source == ["محمد اشتية"] and ev.target == ["فلسطين"]


def test_relative_clause_is_on_the_last_conjoined_noun() -> None:
    text = "واعتقلت الميليشيات عشرات الصحافيين والشخصيات القبلية التي رفضت دخولها إلى المدينة."
    evs = run(text, [("الميليشيات", "الميليشيات", "ORG")])
    assert not any(e.type == "REJECT" and "الصحفيين" in e.source for e in evs)


def test_unnamed_official_in_a_body_speaks_for_it() -> None:
    text = ("وقال مدير مكتب شمال أفريقيا في منظمة العفو الدولية إن السلطات اعتقلت العشرات دون تهم، "
            "مطالبا بالإفراج عنهم فورا.")
    evs = run(text, [("شمال أفريقيا", "شمال أفريقيا", "LOC"), ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")])
    assert one(evs, "DEMAND").source == ["منظمة العفو الدولية"]


def test_members_with_a_pronoun_are_their_groups() -> None:
    text = "وتلاحق حركة الشباب المعارضين، حيث يعتدي عناصرها على المتظاهرين في مقديشو."
    evs = run(text, [("حركة الشباب", "الشباب", "ORG"), ("مقديشو", "مقديشو", "LOC")])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["الشباب"] and ev.target == ["المتظاهرين"]


def test_subject_of_a_closed_relative_clause_is_not_the_next_verbs() -> None:
    text = "وخرج الأهالي في مسيرة للمطالبة بالإفراج عن الأسرى الذين تحتجزهم حركة الشباب، ودعوا إلى تدخل دولي."
    evs = run(text, [("حركة الشباب", "الشباب", "ORG")])
    assert not any(e.type == "DEMAND" and "الشباب" in e.source for e in evs)


def test_a_second_titled_person_after_a_nisba_spelled_like_the_place_is_the_object() -> None:
    text = "التقى وزير الدفاع الأميركي اشتون كارتر رئيس الوزراء الاسرائيلي بنيامين نتنياهو في القدس."
    ents = [("الأميركي", "الولايات المتحدة", "LOC"), ("اشتون كارتر", "اشتون كارتر", "PER"),
            ("الاسرائيلي", "إسرائيل", "LOC"), ("بنيامين نتنياهو", "بنيامين نتنياهو", "PER")]
    ev = one(run(text, ents), "CONSULT")
    assert (ev.source, ev.target) == (["اشتون كارتر"], ["بنيامين نتنياهو"])


def test_a_titled_person_after_a_one_word_name_is_the_object() -> None:
    text = "وانتقد ماكين الرئيس أوباما بشدة."
    ev = one(run(text, [("ماكين", "ماكين", "PER"), ("أوباما", "أوباما", "PER")]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["ماكين"], ["أوباما"])


def test_a_titled_person_after_a_time_word_and_a_title_with_the_article_is_the_object() -> None:
    text = "والتقى كارتر أمس رئيس الوزراء العراقي حيدر العبادي في بغداد."
    ents = [("كارتر", "كارتر", "PER"), ("العراقي", "العراق", "LOC"), ("حيدر العبادي", "حيدر العبادي", "PER")]
    ev = one(run(text, ents), "CONSULT")
    assert (ev.source, ev.target) == (["كارتر"], ["حيدر العبادي"])


def test_a_name_after_a_town_head_is_a_place_not_a_party() -> None:
    text = "سيطرت المقاومة على مواقع مثل منطقة جولد مور، بعد معارك عنيفة مع ميليشيات الحوثي."
    evs = run(text, [("جولد مور", "جولد مور", "PER"), ("ميليشيات الحوثي", "الحوثي", "ORG")])
    assert not [e for e in evs if "جولد مور" in e.source + e.target]


def test_an_offer_one_is_ready_to_make_is_hedged() -> None:
    text = "وأوضحت المفوضة أن الاتحاد الأوروبي على استعداد لتقديم مساعدات أمنية لليبيا."
    ev = one(run(text, [("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG"), ("ليبيا", "ليبيا", "LOC")]), "AID")
    assert ev.hedged and ev.source == ["الاتحاد الأوروبي"]


def test_saleh_forces_and_houthi_descriptors_in_a_yemen_story() -> None:
    text = "وقصف الحوثيون وقوات صالح أحياء مدينة تعز في اليمن."
    evs = run(text, [HOUTHIS_NOMINATIVE, ("تعز", "تعز", "LOC"), YEMEN])
    assert one(evs, "ASSAULT").source == ["الحوثيين", "قوات صالح"]
    text = "وقصفت القوات الموالية للرئيس المخلوع مواقع المقاومة الشعبية في تعز باليمن."
    ev = one(run(text, [("تعز", "تعز", "LOC"), YEMEN]), "ASSAULT")
    assert ev.source == ["قوات صالح"] and ev.target == ["المقاومة الشعبية"]
    ev = one(run("وقصفت الميليشيات المتمردة أحياء سكنية في تعز باليمن.", [("تعز", "تعز", "LOC"), YEMEN]), "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_forces_named_by_the_recognised_president_are_the_yemeni_army() -> None:
    ev = one(run("وقصفت قوات هادي مواقع الحوثيين في عدن.", [HOUTHI, ("عدن", "عدن", "LOC")]), "ASSAULT")
    assert ev.source == ["الجيش اليمني"] and ev.target == ["الحوثي"]
    text = "وقصفت قوات تحالف دعم الشرعية مواقع الحوثيين في صنعاء."
    ev = one(run(text, [HOUTHI, ("صنعاء", "صنعاء", "LOC")]), "ASSAULT")
    assert ev.source == ["التحالف العربي"]


def test_syrian_opposition_fighters_and_regular_forces_in_a_syria_story() -> None:
    ev = one(run("وقصف مقاتلو المعارضة أحياء في مدينة حلب بسوريا.", [("حلب", "حلب", "LOC"), SYRIA]), "ASSAULT")
    assert ev.source == ["المعارضة السورية"]
    text = "وقصفت القوات النظامية مواقع جيش الفتح في إدلب بسوريا."
    ev = one(run(text, [("إدلب", "إدلب", "LOC"), SYRIA]), "ASSAULT")
    assert ev.source == ["قوات النظام السوري"] and ev.target == ["جيش الفتح"]


def test_peshmerga_tribal_fighters_and_federal_police_in_iraq() -> None:
    text = "وقصفت قوات البيشمركة مواقع تنظيم داعش قرب الموصل."
    ev = one(run(text, [ISIS_TANZIM, ("الموصل", "الموصل", "LOC")]), "ASSAULT")
    assert ev.source == ["البيشمركة"] and ev.target == ["داعش"]
    text = "وهاجم مقاتلو العشائر مواقع تنظيم داعش في الرمادي بالعراق."
    ev = one(run(text, [ISIS_TANZIM, ("الرمادي", "الرمادي", "LOC"), IRAQ]), "FIGHT")
    assert ev.source == ["العشائر السنية"]
    ev = one(run("وقتلت الشرطة الاتحادية 23 إرهابيا في الأنبار.", [("الأنبار", "الأنبار", "LOC")]), "ASSAULT")
    assert ev.source == ["الشرطة الاتحادية"]


def test_libyan_militia_and_tribes_are_parties() -> None:
    evs = run("وقصفت ميليشيات فجر ليبيا مدينة ترهونة.", [LIBYA, ("ترهونة", "ترهونة", "LOC")])
    assert [(e.type, e.source) for e in evs] == [("ASSAULT", ["فجر ليبيا"])]  # «فجر» is no bombing here
    ev = one(run("واندلعت اشتباكات بين التبو والطوارق في مدينة أوباري.", [("أوباري", "أوباري", "LOC")]), "FIGHT")
    assert ev.source == ["التبو"] and ev.target == ["الطوارق"]


def test_a_branch_of_the_forces_with_a_nisba_stands_for_its_country() -> None:
    ev = one(run("وقصفت القوات الجوية النيجيرية مواقع جماعة بوكو حرام.", [NIGERIAN, BOKO_HARAM]), "ASSAULT")
    assert ev.source == ["نيجيريا"] and ev.target == ["بوكو حرام"]
    text = "وهاجمت قوات الدرك التركية مواقع حزب العمال الكردستاني."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), PKK]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


def test_armed_groups_and_powers_named_by_what_they_are() -> None:
    ev = one(run("وهاجم المسلحون الأكراد مركزا للشرطة في مدينة أضنة.", [("أضنة", "أضنة", "LOC")]), "ASSAULT")
    assert ev.source == ["المسلحين الأكراد"]
    ev = one(run("ووقعت إيران اتفاقا مع القوى الكبرى في فيينا.", [("إيران", "إيران", "LOC")]), "AGREE")
    assert ev.source == ["إيران"] and ev.target == ["القوى الكبرى"]
    text = "وقصفت طائرات الحلف الأطلسي مواقع طالبان في أفغانستان."
    ev = one(run(text, [("طالبان", "طالبان", "ORG"), ("أفغانستان", "أفغانستان", "LOC")]), "ASSAULT")
    assert ev.source == ["حلف شمال الأطلسي"]
    assert one(run("وطالبت جماعة الإخوان بالإفراج عن المعتقلين.", []), "DEMAND").source == ["الإخوان المسلمون"]


def test_the_forces_of_a_person_are_the_forces_not_the_person() -> None:
    text = "وهاجمت قوات صالح مواقع المقاومة الشعبية في تعز."
    ev = one(run(text, [("صالح", "علي عبدالله صالح", "PER"), ("تعز", "تعز", "LOC")]), "FIGHT")
    assert ev.source == ["قوات صالح"]


@pytest.mark.parametrize(
    ("text", "where", "force"),
    [
        ("هاجمت القوات الحكومية مواقع تنظيم داعش في الرمادي.", ("الرمادي", "الرمادي", "LOC"), "العراق"),
        ("هاجمت القوات الموالية للنظام مواقع المعارضة في حلب.", ("حلب", "حلب", "LOC"), "قوات النظام السوري"),
    ],
)
def test_government_forces_named_by_their_kind_in_an_iraq_or_syria_story(
        text: str, where: tuple[str, str, str], force: str) -> None:
    country = ("العراق", "العراق", "LOC") if force == "العراق" else ("سوريا", "سوريا", "LOC")
    ev = one(run(f"وفي {country[0]}، {text}", [country, where, ("تنظيم داعش", "داعش", "ORG")]), "FIGHT")
    assert ev.source == [force]


def test_a_country_after_a_body_closed_by_its_nisba_is_the_one_asked() -> None:
    evs = run("وطالبت الخارجية المصرية إسرائيل بوقف الاستيطان.",
              [("المصرية", "مصر", "LOC"), ("إسرائيل", "إسرائيل", "LOC")])
    call = one(evs, "DEMAND")
    assert call.source == ["مصر"] and call.target == ["إسرائيل"]


def test_a_capital_after_its_countrys_nisba_is_the_capital_itself() -> None:
    evs = run("وهاجم مسلحون السفارة في العاصمة السورية دمشق أمس.",
              [("السورية", "سوريا", "LOC"), ("دمشق", "دمشق", "LOC")])
    assert all("دمشق" not in e.source + e.target for e in evs)

"""Actor selection, modality and place of extract_events on hand-built entities: group actors from
language data, passive and nominal constructions, light verbs, accusations, purposes and places."""

from __future__ import annotations

from event_cases import one, run

HOUTHI = ("الحوثيين", "الحوثي", "ORG")
YEMEN = ("اليمن", "اليمن", "LOC")


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
    assert ev.source == ["تركيا"] and ev.target == [] and ev.location == "أربيل"


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
    text = "وفقدت شقيقه الأكبر شون الذي قتل في حادث سير."
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

"""Who arrested whom (`events_arrest_parties`): the one a verb of pushing drives to an arrest, the patient of an
unvowelled passive after «الذي» or «كان», a place the arrested were bound for, the releaser who held someone, the
members a pronoun stands for, people counted after «فيها» or before an object pronoun, riot control, a police
command named by its place, the one a pronoun on an arrest noun stands for; and the trigger table's closures,
its forcing verb's other senses, «ولاية» read as no «أي», and an arrest and riot control told apart."""

from __future__ import annotations

from event_cases import BOKO_HARAM, HOUTHIS_NOMINATIVE, ISIS_TANZIM, KUWAIT, one, run

KENYAN = ("الكينية", "كينيا", "LOC")
FRENCH_AUTHORITIES = ("السلطات الفرنسية", "فرنسا", "ORG")
EGYPTIAN_AUTHORITIES = ("السلطات المصرية", "مصر", "ORG")
KHALID = ("خالد المري", "خالد المري", "PER")
NAIROBI = ("نيروبي", "نيروبي", "LOC")
CRETE = ("جزيرة كريت", "جزيرة كريت", "LOC")
GREEK = ("اليونانية", "اليونان", "LOC")
PAKISTAN = ("باكستان", "باكستان", "LOC")
DOHA = ("الدوحة", "الدوحة", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
PARIS = ("باريس", "باريس", "LOC")
RIYADH = ("الرياض", "الرياض", "LOC")
MOSCOW = ("موسكو", "موسكو", "LOC")
TAMARA = ("تامارا سامسونوفا", "تامارا سامسونوفا", "PER")
SECURITY_FORCES = ("قوات الأمن", "قوات الأمن", "ORG")


def coerce(evs: list) -> list:
    return [e for e in evs if e.type == "COERCE"]


def test_the_one_pushed_to_an_arrest_made_it() -> None:
    evs = run("وقتل مسلحون ثلاثة حراس في قرية نائية، ما دفع الشرطة الكينية إلى القبض على عشرة من السكان.", [KENYAN])
    ev = one(evs, "COERCE")
    assert ev.source == ["كينيا"]
    assert ev.target == ["عشرة من السكان"]


def test_an_unvowelled_arrest_after_its_patient_is_a_passive() -> None:
    rel = one(run("ووصل خالد المري الذي كان قد اعتقل في باكستان إلى الدوحة أمس.", [KHALID, PAKISTAN, DOHA]), "COERCE")
    assert rel.target == ["خالد المري"]  # not «الدوحة», where he went after
    was = one(run("وكان خالد المري اعتقل ثلاث سنوات في سجن طرة بمصر.", [KHALID, EGYPT]), "COERCE")
    assert was.source == [] and was.target == ["خالد المري"]
    spy = one(run("وأضاف أن الجاسوس الإسرائيلي الذي اعتقل في 1985 وحكم عليه بالسجن المؤبد يحق له الإفراج المشروط.",
                  [("الإسرائيلي", "إسرائيل", "LOC")]), "COERCE")
    assert spy.source == []  # he was arrested and sentenced; he arrested no one
    # the police did the arresting: a feminine verb with its subject named after it is active
    police = one(run("وكانت الشرطة الكينية قد اعتقلت خالد المري في نيروبي.", [KENYAN, KHALID, NAIROBI]), "COERCE")
    assert police.source == ["كينيا"] and police.target == ["خالد المري"]


def test_the_place_the_arrested_were_bound_for_is_no_target() -> None:
    ev = one(run("اعتقلت الشرطة الكينية أمس ثلاثة ركاب قبل إقلاع طائرتهم من نيروبي إلى جزيرة كريت اليونانية.",
                 [KENYAN, NAIROBI, CRETE, GREEK]), "COERCE")
    assert ev.source == ["كينيا"]
    assert "جزيرة كريت" not in ev.target and "اليونان" not in ev.target


def test_the_releaser_held_the_one_released_after_his_detention() -> None:
    text = ("أعلنت السلطات الفرنسية إخلاء سبيل الصحفي البارز في صحيفة الخبر الجزائرية خالد المري صباح اليوم الاثنين "
            "بعد ثلاثة أيام من احتجازه في سجن بباريس.")
    ev = one(run(text, [FRENCH_AUTHORITIES, KHALID, PARIS, ("الجزائرية", "الجزائر", "LOC")]), "COERCE")
    assert ev.source == ["فرنسا"]
    assert "خالد المري" in ev.target


def test_members_a_pronoun_stands_for_belong_to_the_body_named_before() -> None:
    text = "وقال مصدر أمني إن شبكة تنظيم داعش التي أعلنت الكويت أمس الكشف عنها وإلقاء القبض على أفرادها لا صلة لها بالتفجير."
    ev = one(run(text, [ISIS_TANZIM, KUWAIT]), "COERCE")
    assert ev.source == ["الكويت"] and ev.target == ["داعش"]


def test_people_counted_after_the_operation_pronoun_were_arrested() -> None:
    text = "وأوضح أن قوات الأمن بدأت بعملية واسعة شملت 13 ولاية اعتقل فيها نحو 300 مشتبه."
    ev = one(run(text, [SECURITY_FORCES]), "COERCE")  # «ولاية» is no «أي» that makes the arrest a mere case
    assert ev.target == ["نحو 300 مشتبه"]


def test_an_object_pronoun_stands_for_the_people_counted_before_it() -> None:
    text = ("وتشترط الحكومة إطلاق 24 من السودانيين العاملين في التعدين، تحتجزهم السلطات المصرية في سجون أسوان، "
            "مقابل إطلاق سراح الصيادين.")
    ev = next(e for e in coerce(run(text, [EGYPTIAN_AUTHORITIES])) if "احتجز" in e.trigger or "تحتجز" in e.trigger)
    assert ev.source == ["مصر"] and ev.target == ["24 من السودانيين"]


def test_riot_control_is_done_by_the_bare_force_to_the_crowd() -> None:
    ev = one(run("واستخدم الأمن القنابل المسيلة للدموع لتفريق المتظاهرين في وسط المدينة.", []), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["المتظاهرين"]
    gas = one(run("وأطلقت الشرطة الغاز المسيل للدموع لتفريق المحتجين أمام البرلمان.", []), "COERCE")
    assert gas.target == ["المحتجين"]
    # an arrest told before is another deed, on other people: the two stay apart
    two = run("وذكرت الوكالة أن ستة أشخاص اعتقلوا للاشتباه بعلاقتهم بالحادث. "
              "واستخدم الأمن القنابل المسيلة للدموع لتفريق المتظاهرين في وسط المدينة.", [])
    assert len(coerce(two)) == 2


def test_a_police_command_named_by_its_place_made_the_arrest() -> None:
    ev = one(run("وتمكنت شرطة منطقة الرياض من القبض على ثلاثة مقيمين.", [RIYADH]), "COERCE")
    assert ev.source == ["شرطة منطقة الرياض", "السعودية"] and ev.target == ["ثلاثة مقيمين"]
    vso = one(run("واعتقلت شرطة موسكو ثلاثة أشخاص.", [MOSCOW]), "COERCE")
    assert vso.source == ["شرطة موسكو", "روسيا"]


def test_the_pronoun_on_an_arrest_noun_is_the_person_named_before() -> None:
    text = "أطلق لقب الجدة على تامارا سامسونوفا بعد أن قامت شرطة موسكو باعتقالها."
    ev = one(run(text, [TAMARA, MOSCOW]), "COERCE")
    assert ev.source == ["شرطة موسكو", "روسيا"] and ev.target == ["تامارا سامسونوفا"]


def test_closing_premises_is_coercion_a_shop_closing_its_doors_is_not() -> None:
    ev = one(run("وأغلقت السلطات الكينية ثلاث مدارس دينية في مومباسا.", [KENYAN, ("مومباسا", "مومباسا", "LOC")]),
             "COERCE")
    assert ev.source == ["كينيا"]
    shops = run("وأغلقت المحلات في نيروبي أبوابها حدادا على الضحايا.", [NAIROBI])
    assert not coerce(shops)


def test_forcing_is_coercion_a_displacement_or_a_prayer_is_not() -> None:
    forced = run("وأجبر الحوثيون سكان القرية على مغادرة منازلهم.", [HOUTHIS_NOMINATIVE])
    assert coerce(forced)
    displaced = run("وقال الحوثيون إن آلاف السكان أجبروا على النزوح بسبب المعارك.", [HOUTHIS_NOMINATIVE])
    assert not coerce(displaced)
    prayer = run("اللهم ارحم الفقيد خالد المري واجبر كسرنا بفقده.", [KHALID])
    assert not coerce(prayer)


def test_one_of_a_groups_leaders_after_an_arrest_noun_names_the_group() -> None:
    # «أحد قادة X»: a partitive and a head noun between the verbal noun and its genitive
    evs = coerce(run("وأعلنت السلطات المصرية اعتقال أحد قادة بوكو حرام في القاهرة.", [EGYPTIAN_AUTHORITIES,
                                                                                   BOKO_HARAM]))
    assert [(e.source, e.target) for e in evs] == [(["مصر"], ["بوكو حرام"])]

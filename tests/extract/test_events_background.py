"""Deeds that are told but did not happen in the story: quoted names, prayers, deeds one is asked to
stop or claims to do, charges, campaigns that «target», an event noun inside a body's name, a condemned
attack with no doer, a deed named after «على خلفية», and fights, arrests or withdrawals with no party
named (background); deeds told again (ranked «وهو أحدث هجوم», a verb whose subject is the deed noun,
a present verb describing a deed noun), the means of a planned attack, a relative clause on a condemned
deed (the condemner is not its doer) and a participle that is an adjective («هتافات منددة»)."""

from __future__ import annotations

from datetime import date

from event_cases import (
    IRAQ,
    KURDISTAN,
    SUDANESE,
    TUNISIAN,
    TURKEY,
    one,
    quote_of,
    run,
)


def test_a_quoted_deed_takes_no_actor_from_outside_the_quote() -> None:
    text = 'وتابع شتاينماير "فقط عبر طريق المفاوضات يمكن تفادي العودة إلى الاشتباكات العنيفة".'
    evs = run(text, [("شتاينماير", "فرانك فالتر شتاينماير", "PER")], quotes=quote_of(text, "فرانك فالتر شتاينماير"))
    assert not [e for e in evs if e.type in ("CONSULT", "FIGHT")]


def test_quoted_name_of_a_body_is_no_trigger() -> None:
    text = "بينما طالب تحالف «فجر ليبيا» المسلح بحوار داخل ليبيا من دون وساطة أجنبية."
    evs = run(text, [("ليبيا", "ليبيا", "LOC")])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_prayer_is_no_demand() -> None:
    assert not [e for e in run("وقال الجيش الأمريكي: ندعو بالشفاء العاجل للمصابين.", []) if e.type == "DEMAND"]
    one(run("ودعت تركيا إلى وقف القصف.", [TURKEY]), "DEMAND")


def test_a_condemned_attack_with_its_doer_is_kept() -> None:
    evs = run("وأدان العراق هجوما بدأته تركيا على قرى إقليم كردستان.", [IRAQ, TURKEY, KURDISTAN])
    assert one(evs, "ASSAULT").source == ["تركيا"]
    assert one(evs, "DISAPPROVE").target == ["تركيا"]


def test_a_condemned_attack_without_a_doer_is_only_a_topic() -> None:
    evs = run("وأدان العراق الهجوم على قرى إقليم كردستان.", [IRAQ, KURDISTAN])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_deed_to_stop_or_claimed_is_not_told() -> None:
    specs = [TURKEY, ("الأكراد", "الأكراد", "ORG"), ("داعش", "داعش", "ORG")]
    evs = run("وقال: أريد أن تتوقف تركيا عن قتل الأكراد، فهي تدعي قتال داعش.", specs)
    assert not [e for e in evs if e.type in ("ASSAULT", "FIGHT")]


def test_a_campaign_that_targets_is_no_attack() -> None:
    evs = run("واعتقلت السلطات السودانية خمسة أشخاص ضمن حملة تستهدف المهربين.", [SUDANESE])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_event_noun_in_a_body_name_is_no_event() -> None:
    evs = run("واعتقلت الشرطة رئيس جماعة الاعتصام في المدينة.", [])
    assert not [e for e in evs if e.type == "PROTEST"]


def test_a_fight_arrest_or_withdrawal_with_no_party_named_is_background() -> None:
    evs = run("وتشهد المنطقة منذ أسابيع معارك متقطعة.", [])
    assert not [e for e in evs if e.type == "FIGHT"]
    evs = run("وتم اعتقال عدد من الأشخاص بعد انسحاب متوقع.", [])
    assert not [e for e in evs if e.type in ("COERCE", "RETREAT")]
    assert one(run("واعتقلت الشرطة التونسية عددا من الأشخاص.", [TUNISIAN]), "COERCE").source == ["تونس"]


def test_a_charge_tells_no_deed() -> None:
    specs = [SUDANESE, ("داعش", "داعش", "ORG")]
    evs = run("واعتقلت السلطات السودانية رجلا متهما بتأييد داعش.", specs)
    assert not [e for e in evs if e.type == "SUPPORT"]
    assert one(evs, "COERCE").source == ["السودان"]


def test_a_deed_in_the_background_is_not_told() -> None:
    specs = [SUDANESE]
    evs = run("واعتقلت السلطات السودانية الرجل على خلفية الاحتجاجات على غلاء الأسعار.", specs)
    assert not [e for e in evs if e.type == "PROTEST"]
    assert one(evs, "COERCE").source == ["السودان"]


def test_a_deed_with_no_party_dated_by_a_month_or_year_is_history() -> None:
    ref = date(2015, 8, 1)
    assert not run("ووقع هجوم مماثل قبل ثلاثة أشهر في وسط العاصمة.", [], ref=ref)
    assert not run("ووقع هجوم مماثل في وقت سابق من العام الجاري.", [], ref=ref)
    assert one(run("ووقع هجوم في وسط العاصمة أمس.", [], ref=ref), "ASSAULT").date == "2015-07-31"


def test_a_present_verb_describing_an_indefinite_noun_tells_no_event() -> None:
    assert not run("ودعا الرئيس منظمات تدعم الحوار إلى المشاركة في المؤتمر.", [])
    assert not run("وتلاحق الشرطة عصابات تهدد أمن المواطنين.", [])
    ev = one(run("وقالت الوزارة إن المتظاهرين يطالبون بإقالة الحكومة.", []), "DEMAND")
    assert ev.source == ["المتظاهرين"]



def test_a_deed_ranked_against_others_restates_one_told_before() -> None:
    text = ("قتل تسعة جنود في هجوم شنه مسلحو القاعدة على موقع عسكري في حضرموت. "
            "ويعد هذا أول هجوم للقاعدة تستخدم فيه مدرعات تابعة للجيش اليمني.")
    specs = [("القاعدة", "القاعدة", "ORG"), ("اليمني", "اليمن", "LOC"), ("حضرموت", "حضرموت", "LOC")]
    assert [e.source for e in run(text, specs) if e.type == "ASSAULT"] == [["القاعدة"]]
    text = ("هاجمت طائرات حربية سفينة قرب ميناء طرابلس أمس. "
            "ولم يرد تأكيد للهجوم وهو أحدث هجوم يستهدف سفنا في ليبيا.")
    evs = run(text, [("ليبيا", "ليبيا", "LOC"), ("طرابلس", "طرابلس", "LOC")])
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["هاجمت"]


def test_a_ranked_deed_told_first_is_kept() -> None:
    evs = run("وهذا أسوأ هجوم ينفذه مسلحون على قرية في إقليم كردستان منذ عام.", [KURDISTAN])
    one(evs, "ASSAULT")


def test_a_verb_whose_subject_is_the_deed_restates_it() -> None:
    text = "هاجمت طائرات حربية سفينة قرب بنغازي. وقال متحدث إن الهجوم استهدف أيضا سفينة ثانية قرب طرابلس."
    evs = run(text, [("بنغازي", "بنغازي", "LOC"), ("طرابلس", "طرابلس", "LOC")])
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["هاجمت"]


def test_a_relative_clause_on_a_condemned_deed_tells_it_without_the_condemner() -> None:
    text = "أدان العراق بشدة حادث التفجير الذي استهدف مسجدا في مدينة كركوك."
    evs = run(text, [IRAQ, ("كركوك", "كركوك", "LOC")])
    assert one(evs, "ASSAULT").source == []
    text = "وأدانت تركيا الجريمة الإرهابية البشعة التي استهدفت المصلين في المسجد."
    assert one(run(text, [TURKEY]), "ASSAULT").source == []


def test_the_means_of_a_planned_attack_is_no_attack() -> None:
    text = "اعتقلت الشرطة التركية خمسة أشخاص كانوا يخططون لارتكاب اعتداءات في المدينة من خلال استهداف رجال الأمن."
    evs = run(text, [("التركية", "تركيا", "LOC")])
    one(evs, "COERCE")
    assert not [e for e in evs if e.type == "ASSAULT"]
    text = "وأرسلت تركيا طائرات لشن غارات على مواقع داعش، واستهدفت الطائرات مخازن أسلحة."
    one(run(text, [TURKEY, ("داعش", "داعش", "ORG")]), "ASSAULT")


def test_a_present_verb_after_a_deed_noun_of_its_type_describes_it() -> None:
    text = "وكان العراق ندد بالقصف التركي لقرى إقليم كردستان تستهدف مواقع حزب العمال الكردستاني."
    specs = [IRAQ, ("التركي", "تركيا", "LOC"), KURDISTAN, ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")]
    evs = run(text, specs)
    one(evs, "DISAPPROVE")
    assert not [e for e in evs if e.type == "ASSAULT"]  # the topic of the condemnation, and what describes it


def test_a_verb_with_the_deed_as_subject_retells_the_deed_of_its_sentence() -> None:
    text = ("شن الطيران التركي غارات على مواقع لحزب العمال الكردستاني في إقليم كردستان، "
            "واستهدفت الغارات مواقع في قنديل.")
    specs = [("التركي", "تركيا", "LOC"), KURDISTAN, ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG"),
             ("قنديل", "قنديل", "LOC")]
    assert len([e for e in run(text, specs) if e.type == "ASSAULT"]) == 1


def test_a_participle_agreeing_with_an_indefinite_plural_is_an_adjective() -> None:
    evs = run("وتجمع المتظاهرون في بروكسل وأطلق المتظاهرون هتافات منددة بالغارات التركية.",
              [("بروكسل", "بروكسل", "LOC"), ("التركية", "تركيا", "LOC")])
    assert not [e for e in evs if e.type == "DISAPPROVE"]
    one(run("وأصدرت تركيا بيانا، منددة بالغارات.", [TURKEY]), "DISAPPROVE")


def test_the_first_such_deed_since_a_year_is_not_dated_by_that_year() -> None:
    specs = [("خوان دوران", "خوان دوران", "PER"), ("كوبا", "كوبا", "LOC"), ("هافانا", "هافانا", "LOC"),
             ("مدريد", "مدريد", "LOC")]
    text = "وترى مدريد أن زيارة خوان دوران إلى كوبا، الأولى لوزير خارجية إسباني إلى هافانا منذ عام 1998، هي زيارة استطلاعية."
    ev = one(run(text, specs, ref=date(2015, 7, 24)), "CONSULT")
    assert ev.source == ["خوان دوران"] and ev.date is None and not ev.background

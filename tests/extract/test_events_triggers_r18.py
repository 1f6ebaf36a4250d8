"""Triggers, types and modality, round 18: control imposed over ground, areas swept, surrender,
appearing before a parliament, contacts between parties, agreements told in the passive,
objections and refusals expressed, concessions as a noun, appeals, insisting on a need, questioning
someone, protest gatherings; and what tells no event: dues «looted» as a grievance, a deed offered
in exchange, a crime with no party, «لتحقيق» far after «فتح»."""

from __future__ import annotations

from event_cases import HOUTHI, HOUTHIS_NOMINATIVE, ISIS, SECURITY_FORCES, one, run, trigger_types

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
ARMY = ("الجيش العراقي", "العراق", "ORG")
MINISTER = ("وزير الخارجية الأردني", "الأردن", "PER")
PARLIAMENT = ("البرلمان", "البرلمان", "ORG")
HAMAS = ("حماس", "حماس", "ORG")
FATAH = ("فتح", "فتح", "ORG")
UNION = ("نقابة الأطباء", "نقابة الأطباء", "ORG")
DEPUTIES = ("كتلة المعارضة", "كتلة المعارضة", "ORG")
GOVERNMENT = ("الحكومة الأردنية", "الأردن", "ORG")
RED_CROSS = ("الصليب الأحمر", "الصليب الأحمر", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")



def test_imposing_control_over_a_town_is_a_seizure() -> None:
    text = "وبسطت المقاومة الشعبية سيطرتها الكاملة على مدينة زنجبار بعد معارك مع الحوثيين."
    ev = one(run(text, [RESISTANCE, HOUTHI]), "COERCE")
    assert ev.source == ["المقاومة الشعبية"]
    assert ev.mode == "seize"


def test_tightening_control_as_a_noun_is_a_seizure() -> None:
    assert "COERCE" in trigger_types("وأعلن قائد ميداني إحكام المقاومة سيطرتها على مديرية دمت.")


def test_sweeping_houses_is_coercion_and_combing_hair_is_not() -> None:
    text = "ونفذ الجيش العراقي عملية تمشيط المنازل في حي الجامعة بحثا عن عناصر داعش."
    assert one(run(text, [ARMY, ISIS]), "COERCE").source == ["العراق"]
    assert "COERCE" not in trigger_types("ونصحت الطبيبة بتمشيط الشعر بلطف كل صباح.")


def test_clearing_a_mountain_of_fighters_is_a_seizure() -> None:
    assert "COERCE" in trigger_types("وقالت المصادر إن المقاومة الشعبية طهرت جبل صبر من الحوثيين.")


def test_surrender_is_a_retreat() -> None:
    text = "واستسلم مقاتلو داعش للجيش العراقي في الفلوجة."
    ev = one(run(text, [ISIS, ARMY]), "RETREAT")
    assert "داعش" in ev.source


def test_giving_oneself_up_is_a_retreat() -> None:
    assert "RETREAT" in trigger_types("وقال المتحدث إن عشرين مسلحا سلموا أنفسهم إلى قوات الأمن.")


def test_yielding_to_sleep_is_no_retreat() -> None:
    assert "RETREAT" not in trigger_types("وبعد يوم طويل استسلم الطفل للنوم في حضن أمه.")


def test_appearing_before_parliament_is_a_meeting() -> None:
    text = "ومثل وزير الخارجية الأردني أمام البرلمان للرد على أسئلة النواب حول الاتفاق."
    ev = one(run(text, [MINISTER, PARLIAMENT]), "CONSULT")
    assert ev.source == ["الأردن"]


def test_appearing_before_a_court_is_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("ومثل المتهم أمام المحكمة الجنائية صباح الأحد.")


def test_contacts_between_two_parties_are_a_meeting() -> None:
    text = "وتحدثت الصحف عن اتصالات غير مباشرة بين حماس وفتح لإنهاء الخلاف."
    ev = one(run(text, [HAMAS, FATAH]), "CONSULT")
    assert set(ev.source + ev.target) == {"حماس", "فتح"}


def test_telecoms_are_no_meeting() -> None:
    assert "CONSULT" not in trigger_types("وارتفعت أرباح شركة الاتصالات خلال الربع الثاني.")


def test_an_agreement_told_in_the_passive_is_agreement() -> None:
    assert "AGREE" in trigger_types("وقال الوزير إنه تم الاتفاق مع الشركة على إعادة تأهيل الميناء.")


def test_expressing_refusal_is_a_rejection() -> None:
    text = "وأعربت كتلة المعارضة عن رفضها القاطع لمشروع القانون الجديد."
    assert one(run(text, [DEPUTIES]), "REJECT").source == ["كتلة المعارضة"]


def test_expressing_objection_is_disapproval() -> None:
    text = "وأعربت كتلة المعارضة عن اعتراضها على قرار الحكومة الأردنية رفع الأسعار."
    assert one(run(text, [DEPUTIES, GOVERNMENT]), "DISAPPROVE").source == ["كتلة المعارضة"]


def test_making_concessions_as_a_noun_is_a_concession() -> None:
    text = "وتحدث المفاوض عن تقديم الحكومة الأردنية لتنازلات مؤلمة."
    assert one(run(text, [GOVERNMENT]), "CONCEDE").source == ["الأردن"]


def test_making_an_appeal_is_a_demand() -> None:
    text = "ووجه الصليب الأحمر نداء عاجلا إلى الأمم المتحدة لإغاثة النازحين."
    ev = one(run(text, [RED_CROSS, UN]), "DEMAND")
    assert ev.source == ["الصليب الأحمر"]
    assert not ev.negated


def test_insisting_on_a_need_is_a_demand() -> None:
    assert "DEMAND" in trigger_types("وشدد رئيس الوزراء على ضرورة وقف التصعيد فورا.")


def test_a_participle_that_opens_a_sentence_goes_on_with_the_one_before() -> None:
    text = ("وقال الصليب الأحمر في بيان إن الوضع الإنساني في المدينة خطير. "
            "داعيا الأمم المتحدة إلى التدخل العاجل.")
    ev = one(run(text, [RED_CROSS, UN]), "DEMAND")
    assert ev.source == ["الصليب الأحمر"]


def test_questioning_someone_is_an_inquiry() -> None:
    text = "وحققت الشرطة مع الموقوفين الثلاثة في مقر المباحث."
    assert one(run(text, [POLICE]), "INVESTIGATE").source == ["الشرطة"]


def test_a_protest_gathering_is_a_protest() -> None:
    text = "ونظمت نقابة الأطباء تجمعا احتجاجيا أمام وزارة الصحة."
    assert one(run(text, [UNION]), "PROTEST").source == ["نقابة الأطباء"]


def test_dues_looted_are_a_grievance_not_a_seizure() -> None:
    text = "وتسود حالة من الغضب بين الجنود بسبب نهب مستحقاتهم ونهب رواتبهم منذ أشهر."
    assert "COERCE" not in [e.type for e in run(text, [])]


def test_looting_a_town_is_still_a_seizure() -> None:
    assert "COERCE" in trigger_types("ونهب المسلحون المحلات التجارية في البلدة.")


def test_a_siege_lifted_in_exchange_is_no_event() -> None:
    text = "وتجري اتصالات للتوصل إلى هدنة طويلة بين حماس والحوثيين مقابل رفع الحصار عن القطاع."
    assert "RETREAT" not in [e.type for e in run(text, [HAMAS, HOUTHIS_NOMINATIVE])]


def test_a_crime_with_no_party_is_background() -> None:
    text = "وتكثر في الصيف حوادث السرقة في الأحياء الشعبية."
    assert "CRIME" not in [e.type for e in run(text, [])]


def test_achieving_far_after_opening_is_no_inquiry() -> None:
    text = "وقال الوزير إن الاتفاق يفتح آفاقا واسعة لم تعرفها المنطقة من قبل لتحقيق السلام."
    assert "INVESTIGATE" not in [e.type for e in run(text, [])]


def test_opening_an_inquiry_is_still_an_inquiry() -> None:
    text = "وفتحت قوات الأمن تحقيقا في الحادث."
    assert one(run(text, [SECURITY_FORCES]), "INVESTIGATE").source == ["قوات الأمن"]


def test_a_negated_surrender_keeps_its_type() -> None:
    text = "ولم يستسلم مقاتلو داعش رغم الحصار الذي فرضه الجيش العراقي."
    ev = one(run(text, [ISIS, ARMY]), "RETREAT")
    assert ev.negated


def test_a_possible_appeal_is_hedged() -> None:
    text = "وقد يوجه الصليب الأحمر نداء إلى الأمم المتحدة خلال الأيام المقبلة."
    ev = one(run(text, [RED_CROSS, UN]), "DEMAND")
    assert ev.hedged

"""Threats and refusals told by a statement: their constructions, who makes them and to whom
(`events_threat_refusal`)."""

from __future__ import annotations

from event_cases import HOUTHIS_NOMINATIVE, IRAQ, ISIS_TANZIM, PKK, US, one, run

IRAN = ("إيران", "إيران", "LOC")
ERDOGAN = ("رجب طيب أردوغان", "رجب طيب أردوغان", "PER")
CARTER = ("آشتون كارتر", "آشتون كارتر", "PER")
HADI = ("عبد ربه منصور هادي", "عبد ربه منصور هادي", "PER")
JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
SAUDI_KINGDOM = ("المملكة", "السعودية", "LOC")
SECURITY_COUNCIL = ("مجلس الأمن الدولي", "مجلس الأمن الدولي", "ORG")
JAFARI = ("محمد علي جعفري", "محمد علي جعفري", "PER")
CROAT = ("ماركو يوفيتش", "ماركو يوفيتش", "PER")
DAVUTOGLU = ("أحمد داود أوغلو", "أحمد داود أوغلو", "PER")
HAMED = ("سعيد الحامد", "سعيد الحامد", "PER")
TALIBAN = ("طالبان", "طالبان", "ORG")


def test_a_threat_phrase_in_a_reported_clause_is_the_speakers() -> None:
    text = "وقال وزير الدفاع الأمريكي آشتون كارتر إن الخيار العسكري لا يزال مطروحا لمنع إيران من امتلاك سلاح نووي."
    ev = one(run(text, [CARTER, IRAN]), "THREATEN")
    assert ev.source == ["آشتون كارتر"] and ev.target == ["إيران"]


def test_a_participle_goes_on_with_the_subject_of_its_sentence() -> None:
    text = "ويرى آشتون كارتر أن الاتفاق لا يكفي لمنع إيران من امتلاك القنبلة، مشيرا إلى أن الخيار العسكري يبقى مطروحا."
    ev = one(run(text, [CARTER, IRAN]), "THREATEN")
    assert ev.source == ["آشتون كارتر"] and ev.target == ["إيران"]


def test_a_vow_not_to_stand_idle_is_a_threat() -> None:
    text = "وأكد وزير الخارجية عادل الجبير أن المملكة لن تقف مكتوفة الأيدي أمام التدخلات في شؤون جيرانها."
    ev = one(run(text, [JUBEIR, SAUDI_KINGDOM]), "THREATEN")
    assert ev.source == ["السعودية"]


def test_a_first_person_threat_is_the_speakers_against_those_named_before_it() -> None:
    text = ('وقال الرئيس رجب طيب أردوغان: "تنظيم داعش وحزب العمال الكردستاني كلاهما منظمة إرهابية '
            'سنتخذ كل التدابير اللازمة تجاههما".')
    ev = one(run(text, [ERDOGAN, ISIS_TANZIM, PKK]), "THREATEN")
    assert ev.source == ["رجب طيب أردوغان"] and "داعش" in ev.target and "حزب العمال الكردستاني" in ev.target


def test_force_under_a_condition_is_a_threat_against_the_party_of_the_condition() -> None:
    text = "وأكد الرئيس عبد ربه منصور هادي أنه إذا لم ينسحب الحوثيون من المدن فإن الحكومة ستخرجهم بالقوة."
    ev = one(run(text, [HADI, HOUTHIS_NOMINATIVE]), "THREATEN")
    assert ev.source == ["عبد ربه منصور هادي"] and ev.target == ["الحوثيين"]


def test_sanctions_returning_under_a_condition_are_a_threat() -> None:
    text = "وأوضح الوزير آشتون كارتر أن العقوبات ضد إيران ستعود إذا أخلت بالتزاماتها."
    ev = one(run(text, [CARTER, IRAN]), "THREATEN")
    assert ev.source == ["آشتون كارتر"] and ev.target == ["إيران"]


def test_a_condition_with_no_force_tells_no_threat() -> None:
    text = "وأوضح الوزير آشتون كارتر أن الأسعار ستعود إلى الارتفاع إذا تأخر المطر."
    assert not any(e.type == "THREATEN" for e in run(text, [CARTER]))


def test_a_warning_that_the_speakers_side_will_act_is_a_threat() -> None:
    text = "وحذر رئيس الوزراء أحمد داود أوغلو من أن بلاده سترد بحزم على أي هجوم جديد."
    ev = one(run(text, [DAVUTOGLU]), "THREATEN")
    assert ev.source == ["أحمد داود أوغلو"]


def test_a_warning_of_what_a_thing_will_do_is_no_threat() -> None:
    text = "وحذر رئيس الوزراء أحمد داود أوغلو من أن الأزمة ستؤدي إلى ارتفاع الأسعار."
    assert not any(e.type == "THREATEN" for e in run(text, [DAVUTOGLU]))


def test_talks_declared_impossible_to_go_on_with_are_refused() -> None:
    text = "وقال الرئيس رجب طيب أردوغان إن من المستحيل مواصلة عملية السلام مع حزب العمال الكردستاني."
    ev = one(run(text, [ERDOGAN, PKK]), "REJECT")
    assert ev.source == ["رجب طيب أردوغان"] and ev.target == ["حزب العمال الكردستاني"]


def test_what_a_statement_calls_unacceptable_is_refused_from_whose_it_is() -> None:
    text = "ونقلت الوكالة عن قائد الحرس محمد علي جعفري قوله إن قرار مجلس الأمن الدولي غير مقبول."
    ev = one(run(text, [JAFARI, SECURITY_COUNCIL]), "REJECT")
    assert ev.source == ["محمد علي جعفري"] and ev.target == ["مجلس الأمن الدولي"]


def test_a_refusal_answers_the_demand_made_just_before() -> None:
    text = "ودعت إيران العراق إلى وقف الحملة، غير أن العراق رفض ذلك."
    ev = one(run(text, [IRAN, IRAQ]), "REJECT")
    assert ev.source == ["العراق"] and ev.target == ["إيران"]
    text = "ودعت الولايات المتحدة العراق إلى وقف الحملة. غير أن العراق رفض الطلب."
    ev = one(run(text, [US, IRAQ]), "REJECT")
    assert ev.source == ["العراق"] and ev.target == ["الولايات المتحدة"]


def test_a_refusal_of_its_own_object_answers_no_demand() -> None:
    text = "ودعت إيران العراق إلى وقف الحملة، غير أن العراق رفض الانسحاب من المدينة."
    ev = one(run(text, [IRAN, IRAQ]), "REJECT")
    assert "إيران" not in ev.target


def test_a_refusal_withstanding_pressure_is_aimed_at_who_pressed() -> None:
    text = "ورغم الضغوط التي مارستها إيران، ترفض الولايات المتحدة الإفراج عن السجين."
    ev = one(run(text, [IRAN, US]), "REJECT")
    assert ev.source == ["الولايات المتحدة"] and "إيران" in ev.target


def test_a_threat_in_a_relative_clause_is_aimed_at_its_antecedent() -> None:
    text = "وقالت الشرطة إن ماركو يوفيتش الذي هدد تنظيم داعش بقتله لا يزال محتجزا."
    ev = one(run(text, [CROAT, ISIS_TANZIM]), "THREATEN")
    assert ev.source == ["داعش"] and ev.target == ["ماركو يوفيتش"]


def test_what_a_faith_or_a_conscience_rejects_is_no_refusal() -> None:
    text = "وأشار سعيد الحامد إلى أن هؤلاء اختاروا طريق الباطل، من خلال أعمال دنيئة، يرفضها الدين والضمير."
    assert not any(e.type == "REJECT" for e in run(text, [HAMED]))


def test_a_refusal_to_comment_past_a_time_word_is_no_refusal() -> None:
    text = "وقال متحدث باسم طالبان إن الحركة نفذت الهجوم لكنه رفض في وقت سابق التعليق على الانفجار الثاني."
    assert not any(e.type == "REJECT" for e in run(text, [TALIBAN]))


def test_endangering_is_no_threat_of_the_speaker() -> None:
    text = "وقال سعيد الحامد إن الهجمات تهدف إلى تهديد وحدة المجتمع."
    assert not any(e.type == "THREATEN" for e in run(text, [HAMED]))


def test_threats_a_reported_clause_tells_are_its_subjects() -> None:
    text = "وقال سعيد الحامد إن الحوثيين أطلقوا تهديدات بإغلاق المطار."
    ev = one(run(text, [HAMED, ("الحوثيين", "الحوثي", "ORG")]), "THREATEN")
    assert ev.source == ["الحوثي"]


def test_a_threat_noun_a_statement_gives_as_a_cause_is_not_the_speakers() -> None:
    text = "وقال سعيد الحامد إن الطائرة غيرت مسارها بسبب تهديد بوجود قنبلة على متنها."
    assert not any(e.type == "THREATEN" for e in run(text, [HAMED]))


def test_a_first_person_refusal_is_the_story_speakers_not_a_name_before_it() -> None:
    text = ("وأكد عادل الجبير أن المملكة تدعم البحرين. كما عبر عن استنكار المملكة للتصريحات التي أدلى بها "
            "المسؤولون في إيران، وقال: هذا أمر لا نقبله.")
    evs = [e for e in run(text, [JUBEIR, SAUDI_KINGDOM, IRAN, ("البحرين", "البحرين", "LOC")]) if e.type == "REJECT"]
    assert all("إيران" not in e.source for e in evs)


CONGRESS = ("الكونغرس", "الكونغرس", "ORG")


def test_a_loss_foretold_under_a_condition_is_no_threat() -> None:
    text = "وقال آشتون كارتر: إذا رفض الكونغرس الاتفاق، فسنفقد العقوبات التي فرضناها على إيران."
    assert not [e for e in run(text, [CARTER, CONGRESS, IRAN]) if e.type == "THREATEN"]


def test_others_who_refuse_are_not_the_speaker() -> None:
    text = "وأضاف سعيد الحامد: «إنهم يرفضون ترقية الجواز إلى جواز دولة»."
    assert all(e.source != ["سعيد الحامد"] for e in run(text, [HAMED]) if e.type == "REJECT")

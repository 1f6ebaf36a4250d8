"""Wrong targets (`events_own_office`): the body a person's own title heads («الرئيس العام لهيئة …» right
after the name) is whose title it is, never the target of what the person does."""

from __future__ import annotations

from event_cases import one, run

NASSER = ("ناصر الحربي", "ناصر الحربي", "PER")
KHALID = ("خالد العتيبي", "خالد العتيبي", "PER")
SPORTS_BODY = ("لهيئة الرياضة", "هيئة الرياضة", "ORG")
HEALTH_MINISTRY = ("لوزارة الصحة", "وزارة الصحة", "ORG")
UN_SHORT = ("للأمم المتحدة", "الأمم المتحدة", "ORG")
BAN = ("بان كي مون", "بان كي مون", "PER")


def test_the_office_of_the_condemner_is_no_target() -> None:
    evs = run("أدان الدكتور ناصر الحربي الرئيس العام لهيئة الرياضة الهجوم الإرهابي.", [NASSER, SPORTS_BODY])
    condemned = one(evs, "DISAPPROVE")
    assert condemned.source == ["ناصر الحربي"] and condemned.target == []


def test_the_ministry_of_the_spokesman_is_no_target() -> None:
    evs = run("دعا خالد العتيبي المتحدث الرسمي لوزارة الصحة المواطنين إلى الحذر.", [KHALID, HEALTH_MINISTRY])
    call = one(evs, "DEMAND")
    assert call.source == ["خالد العتيبي"] and "وزارة الصحة" not in call.target


def test_a_titled_guest_with_a_name_stays_a_party() -> None:
    evs = run("التقى ناصر الحربي الأمين العام للأمم المتحدة بان كي مون في نيويورك.", [NASSER, UN_SHORT, BAN])
    assert "بان كي مون" in one(evs, "CONSULT").target


OMAN = ("سلطنة عمان", "عمان", "LOC")
INTERIOR = ("الداخلية", "الداخلية", "ORG")
SAUDI = ("المملكة", "السعودية", "LOC")


def test_the_portfolio_of_a_thanked_minister_is_no_party() -> None:
    evs = run("وقدمت المملكة شكرها وتقديرها لوزير الداخلية في سلطنة عمان على جهوده.", [SAUDI, INTERIOR, OMAN])
    assert "الداخلية" not in one(evs, "SUPPORT").target


FAHD = ("فهد بن سعد", "فهد بن سعد", "PER")


def test_the_minister_not_his_portfolio_chairs_the_meeting() -> None:
    evs = run("ترأس الأمير فهد بن سعد وزير الداخلية في مكتبه بالرياض مساء أمس اجتماعا مع قادة الأجهزة الأمنية.",
              [FAHD, INTERIOR])
    assert one(evs, "CONSULT").source == ["فهد بن سعد"]


SAMI = ("سامي الدوسري", "سامي الدوسري", "PER")
MUNIR = ("منير الحداد", "منير الحداد", "PER")
SHURA = ("مجلس الشورى", "مجلس الشورى", "ORG")


def test_the_person_a_title_chain_leads_to_is_the_condemner() -> None:
    evs = run("دان أمين سر مجلس الشورى، سامي الدوسري، الاعتداء الإرهابي على المصلين.", [SHURA, SAMI])
    condemned = one(evs, "DISAPPROVE")
    assert condemned.source == ["سامي الدوسري"] and "سامي الدوسري" not in condemned.target


def test_a_judge_named_after_his_rank_rejects_it_himself() -> None:
    evs = run("ورفض القاضي الشيخ منير الحداد الحكم الصادر بحق المتهمين.", [MUNIR])
    assert one(evs, "REJECT").source == ["منير الحداد"]


def test_a_person_named_after_the_object_stays_the_target() -> None:
    evs = run("وطالب التحالف أنصاره بالخروج للمطالبة بعودة الرئيس المعزول منير الحداد.", [MUNIR])
    assert all(e.source != ["منير الحداد"] for e in evs)


HANIYEH = ("إسماعيل هنية", "إسماعيل هنية", "PER")
HAMAS = ("حركة حماس", "حماس", "ORG")
ABBAS = ("محمود عباس", "محمود عباس", "PER")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")


def test_the_movement_a_speaker_heads_is_not_whom_he_calls_on() -> None:
    evs = run("دعا إسماعيل هنية رئيس حركة حماس إلى الحفاظ على الوحدة الوطنية.", [HANIYEH, HAMAS])
    assert one(evs, "DEMAND").source == ["إسماعيل هنية"] and one(evs, "DEMAND").target == []
    evs = run("انتقد إسماعيل هنية، رئيس المكتب السياسي لحركة حماس، إسرائيل بشدة.",
              [HANIYEH, ("لحركة حماس", "حماس", "ORG"), ISRAEL])
    assert one(evs, "DISAPPROVE").target == ["إسرائيل"]


def test_the_movement_of_the_one_met_stays_with_him() -> None:
    # he is the object of the meeting: his movement is the other side, not the host's
    evs = run("استقبل الرئيس محمود عباس في رام الله إسماعيل هنية رئيس حركة حماس.", [ABBAS, HANIYEH, HAMAS])
    met = one(evs, "CONSULT")
    assert met.source == ["محمود عباس"] and {"إسماعيل هنية", "حماس"} & set(met.target)


def test_an_honorific_and_a_title_before_the_name_leave_it_the_subject() -> None:
    text = "وحث سماحة الشيخ سالم الهاشمي الطلاب على الابتعاد عن السهر."
    ev = one(run(text, [("سالم الهاشمي", "سالم الهاشمي", "PER")]), "DEMAND")
    assert ev.source == ["سالم الهاشمي"]

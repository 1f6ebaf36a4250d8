"""Types the words around a trigger overrule (`events_type_fixes`): a host welcoming guests, an invitation to a
visit or a meeting, a court's conviction or upheld ruling, a protest made in a statement, «ظلما وعدوانا», a
refusal to comment, a rejection of words said."""

from __future__ import annotations

from event_cases import EGYPTIAN, FRENCH, SAUDI, one, run

OMANI = ("العماني", "عمان", "LOC")
KUWAITI = ("الكويتي", "الكويت", "LOC")
PRINCE = ("فيصل بن خالد", "فيصل بن خالد", "PER")
CRIMINAL_COURT = ("المحكمة الجزائية", "المحكمة الجزائية", "ORG")
ALGERIA = ("الجزائر", "الجزائر", "LOC")
MOROCCAN = ("المغربية", "المغرب", "LOC")
UNSC = ("مجلس الأمن", "مجلس الأمن الدولي", "ORG")


def types(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events of one sentence."""
    return [e.type for e in run(text, specs)]


def test_a_host_welcoming_a_counterpart_is_their_meeting_not_support() -> None:
    ev = one(run("ورحب وزير الخارجية العماني بنظيره الكويتي لدى وصوله إلى مسقط.", [OMANI, KUWAITI]), "CONSULT")
    assert ev.source == ["عمان"] and ev.target == ["الكويت"]
    assert "SUPPORT" not in types("ورحب وزير الخارجية العماني بنظيره الكويتي لدى وصوله إلى مسقط.",
                                  [OMANI, KUWAITI])


def test_a_host_welcoming_an_audience_or_visitors_is_no_event() -> None:
    assert "SUPPORT" not in types("وفي بداية اللقاء رحب الأمير فيصل بن خالد بالحضور وشكرهم على تلبية الدعوة.",
                                  [PRINCE])
    assert "SUPPORT" not in types("ورحب الأمير فيصل بن خالد بهم في مقر الإمارة.", [PRINCE])
    # welcoming a decision stays support
    ev = one(run("ورحبت الحكومة المغربية بالقرار الصادر عن مجلس الأمن.", [MOROCCAN, UNSC]), "SUPPORT")
    assert ev.source == ["المغرب"]


def test_an_invitation_to_a_visit_is_a_meeting_to_come_not_a_demand() -> None:
    text = "ووجه الرئيس الجزائري دعوة إلى العاهل السعودي لزيارة الجزائر في أقرب وقت."
    evs = run(text, [("الجزائري", "الجزائر", "LOC"), ("السعودي", "السعودية", "LOC"), ALGERIA])
    assert "DEMAND" not in [e.type for e in evs]
    ev = one(evs, "CONSULT")
    assert ev.hedged and ev.source == ["الجزائر"] and "السعودية" in ev.target


def test_an_invitation_with_no_guest_named_is_no_demand() -> None:
    assert "DEMAND" not in types("دعا وزير الخارجية الفرنسي وزراء أربعين دولة للاجتماع في باريس الشهر المقبل.",
                                 [FRENCH])
    # a call for a deed stays a demand
    assert "DEMAND" in types("ودعا وزير الخارجية الفرنسي الحكومة المصرية إلى الإفراج عن الصحفيين.",
                             [FRENCH, EGYPTIAN])


def test_a_passive_conviction_is_a_sentence_on_the_convicted() -> None:
    evs = run("وأدين المواطن سالم العتيبي بتهريب المخدرات إلى المملكة.", [("سالم العتيبي", "سالم العتيبي", "PER")])
    assert "DISAPPROVE" not in [e.type for e in evs]
    ev = one(evs, "COERCE")
    assert ev.target == ["سالم العتيبي"] and ev.source == []
    # a first person condemning stays criticism
    assert "COERCE" not in types("وقال الوزير المصري: إنني أدين بشدة هذا العمل الإرهابي.", [EGYPTIAN])


def test_a_court_convicting_is_a_sentence_not_criticism() -> None:
    evs = run("وأدانت المحكمة الجزائية المتهم سالم العتيبي بتمويل الإرهاب.",
              [CRIMINAL_COURT, ("سالم العتيبي", "سالم العتيبي", "PER")])
    assert "DISAPPROVE" not in [e.type for e in evs]
    assert one(evs, "COERCE").source == ["المحكمة الجزائية"]


def test_a_court_upholding_a_ruling_is_no_support() -> None:
    assert "SUPPORT" not in types("وأيدت المحكمة الجزائية الحكم الصادر بسجن المتهمين عشر سنوات.", [CRIMINAL_COURT])


def test_a_protest_note_is_criticism_not_a_street_protest() -> None:
    evs = run("وسلمت الخارجية السعودية مذكرة احتجاج إلى السفير الفرنسي بسبب تصريحاته.", [SAUDI, FRENCH,
                                                                                          ("السعودية", "السعودية", "LOC")])
    assert "PROTEST" not in [e.type for e in evs]
    evs = run("وأرسلت الحكومة المصرية رسالة احتجاج إلى مجلس الأمن.", [EGYPTIAN, UNSC])
    assert "PROTEST" not in [e.type for e in evs] and "DISAPPROVE" in [e.type for e in evs]


def test_aggression_in_the_idiom_unjustly_and_wrongfully_is_no_attack() -> None:
    assert "ASSAULT" not in types("وحذر المفتي من فئة تقتل الأبرياء ظلماً وعدواناً، من خلال تفجير المساجد.", [])
    assert "ASSAULT" not in types("وأكد أن الإسلام ينهى عن البغي والعدوان على الناس.", [])
    # the aggression of a told attack stays one
    assert "ASSAULT" in types("وأكد الأمير أن الغدر والعدوان في مسجد قوات الطوارئ لن يمر دون عقاب.",
                              [("قوات الطوارئ", "قوات الطوارئ", "ORG")])


def test_refusing_to_comment_is_no_event() -> None:
    minister = ("سالم الهاشمي", "سالم الهاشمي", "PER")
    assert "REJECT" not in types("ورفض وزير الإعلام سالم الهاشمي التعليق على ما نشرته الصحيفة.", [minister])
    assert "REJECT" not in types("ورفضت الوزارة الإفصاح عن تفاصيل الصفقة.", [])
    assert "REJECT" not in types("ورفض الوزير سالم الهاشمي الرد على أسئلة الصحفيين.", [minister])
    # an answer a party asked for, refused, is a refusal
    kin = ("الحوثيون", "الحوثي", "ORG")
    assert "REJECT" in types("ورفض الحوثيون الإجابة عن استفسارات عائلته حول مكانه.", [kin])


def test_rejecting_words_said_is_criticism_of_the_speaker() -> None:
    speaker = ("ماهر العلي", "ماهر العلي", "PER")
    ev = one(run("وأعرب وزير الخارجية الكويتي عن رفضه للتصريحات الأخيرة لماهر العلي.", [KUWAITI, speaker]),
             "DISAPPROVE")
    assert ev.source == ["الكويت"] and ev.target == ["ماهر العلي"]
    # rejecting an accusation denies it: a refusal, not criticism (`test_events_capitals`)
    assert "REJECT" in types("ورفضت الحكومة المغربية الاتهامات التي وجهها لها مجلس الأمن.", [MOROCCAN, UNSC])
    # refusing a proposal stays a refusal
    assert "REJECT" in types("ورفضت الحكومة المغربية المقترح الذي قدمه مجلس الأمن.", [MOROCCAN, UNSC])

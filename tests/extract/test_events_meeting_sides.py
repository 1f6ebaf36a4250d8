"""The parties of a meeting told by an honorific, a dual noun or beside a greeting (`events_meeting_sides`):
«وعقد جلالته اجتماعا مع سموه» (the prince named before), «نقل سموه تحيات X إلى Y» (X is no party),
«والتقى الوزيران» (the two ministers named before)."""

from __future__ import annotations

from datetime import date

from event_cases import one, run

from marsad.extract.events_eval import run_article

MOROCCO = ("المغرب", "المغرب", "LOC")
FAISAL = ("فيصل بن خالد", "فيصل بن خالد", "PER")
KING_M6 = ("محمد السادس", "محمد السادس", "PER")
KING_SALMAN = ("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER")
BIANCHI = ("ماركو بيانكي", "ماركو بيانكي", "PER")
MCLEAN = ("جون ماكلين", "جون ماكلين", "PER")
OSLO = ("أوسلو", "أوسلو", "LOC")
LIND = ("يوهان ليند", "يوهان ليند", "PER")
MWANGI = ("جوزيف موانجي", "جوزيف موانجي", "PER")
ISIS = ("داعش", "داعش", "ORG")

VISIT = ("قام صاحب السمو الملكي الأمير فيصل بن خالد بزيارة إلى المغرب تلبية لدعوة من جلالة الملك محمد السادس. "
         "وعقد جلالته اجتماعا مع سموه، نقل فيه سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
         "إلى أخيه جلالة الملك محمد السادس.")


def test_the_honorific_partner_is_the_prince_named_before() -> None:
    evs = [e for e in run(VISIT, [FAISAL, MOROCCO, KING_M6, KING_SALMAN]) if e.trigger.startswith("وعقد")]
    assert evs and evs[0].source == ["محمد السادس"] and "فيصل بن خالد" in evs[0].target


def test_the_one_whose_greetings_are_brought_is_no_party() -> None:
    evs = [e for e in run(VISIT, [FAISAL, MOROCCO, KING_M6, KING_SALMAN]) if e.trigger.startswith("وعقد")]
    assert evs and "سلمان بن عبدالعزيز" not in [*evs[0].source, *evs[0].target]


def test_the_two_ministers_are_the_two_named_before() -> None:
    text = ("أعلن وزير الخارجية الإيطالي ماركو بيانكي أمس أن بلاده ستدعم الحوار، خلال لقاء مع نظيره الكندي "
            "جون ماكلين في أوسلو. والتقى الوزيران في فندق في أوسلو على هامش مؤتمر إقليمي.")
    evs = [e for e in run(text, [BIANCHI, MCLEAN, OSLO]) if e.trigger.startswith("والتقى")]
    assert evs and evs[0].source == ["ماركو بيانكي"] and evs[0].target == ["جون ماكلين"]


def test_the_two_presidents_are_those_who_agreed_before() -> None:
    text = ("اتفق الرئيس الفنلندي يوهان ليند ونظيره الكيني جوزيف موانجي في اتصال هاتفي على العمل معا. "
            "وقال البيان إن الرئيسين ناقشا تعميق التعاون ضد تنظيم داعش.")
    ev = one(run(text, [LIND, MWANGI, ISIS]), "CONSULT")
    assert set(ev.source + ev.target) >= {"يوهان ليند", "جوزيف موانجي"} and "الرئيسين" not in ev.source


def test_the_titled_host_told_before_qad_received_the_one_after_the_verb() -> None:
    text = ("ترأس صاحب السمو الأمير نايف بن مساعد، أمير منطقة الجوف، اجتماع اللجنة أمس. وكان أمير منطقة الجوف "
            "قد استقبل الدكتور سالم العتيبي في مكتبه بديوان الإمارة.")
    specs = [("نايف بن مساعد", "نايف بن مساعد", "PER"), ("الجوف", "الجوف", "LOC"),
             ("سالم العتيبي", "سالم العتيبي", "PER")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["نايف بن مساعد"] and ev.target == ["سالم العتيبي"]


def test_the_two_sides_past_deal_and_todays_agreement_stay_two() -> None:
    text = ("وقال البيان إن الرئيس الفنلندي يوهان ليند ونظيره الكيني جوزيف موانجي بحثا في اتصال هاتفي أمس "
            "الوضع على الحدود. وكان الجانبان قد اتفقا من حيث المبدأ في السابع من يوليو على فتح الحدود. "
            "واتفق الرئيسان في الاتصال على العمل معا ضد الإرهاب.")
    sides = ("الجانبان", "الجانبان", "PER")  # as the entity layer reads it
    specs = [("الفنلندي", "فنلندا", "LOC"), LIND, ("الكيني", "كينيا", "LOC"), MWANGI, sides]
    evs = [e for e in run(text, specs, date(2015, 7, 24)) if e.type == "AGREE"]
    assert len(evs) == 2 and all(set(e.source + e.target) == {"يوهان ليند", "جوزيف موانجي"} for e in evs)


def test_a_king_after_jalala_is_the_source_of_his_meeting_beside_a_greeting() -> None:
    text = ("وعقد جلالة الملك محمد السادس اجتماعا مع سمو الأمير فيصل بن خالد، نقل فيه سموه تحيات خادم الحرمين "
            "الشريفين الملك سلمان بن عبدالعزيز إلى أخيه جلالة الملك محمد السادس.")
    evs = [e for e in run(text, [FAISAL, KING_M6, KING_SALMAN]) if e.type == "CONSULT"]
    assert evs and evs[0].source == ["محمد السادس"] and "فيصل بن خالد" in evs[0].target


def test_his_meeting_after_a_visit_is_the_visitors_not_the_countrys() -> None:
    evs = run_article("واستمع المجلس إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
                      "وزير الدفاع للأردن واجتماعه مع جلالة الملك عبدالله الثاني.", "2015-08-06")
    ev = one(evs, "CONSULT")
    assert ev.source == ["محمد بن سلمان بن عبدالعزيز"] and "عبدالله الثاني" in ev.target


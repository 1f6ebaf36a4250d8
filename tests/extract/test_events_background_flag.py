"""Background flag, hedging and dates: a deed recalled after «يذكر أن» is background, a deed after
«من المرتقب أن» is hedged however far the trigger stands, and a date measured by a superlative
(«بأعنف قصف منذ ستة أشهر», «الأعنف منذ معركة … في فبراير الماضي») or told of a relative clause's noun
(«التحالف الذي تقوده السعودية منذ 26 مارس») dates no deed."""

from __future__ import annotations

from datetime import date

from event_cases import HOUTHI, one, run

COUNCIL = ("مجلس النواب", "مجلس النواب", "ORG")
PARTY = ("حزب الأمة", "حزب الأمة", "ORG")
MINISTER = ("سالم الناصر", "سالم الناصر", "PER")
GUARD = ("الحرس الوطني", "الحرس الوطني", "ORG")
REBELS = ("المتمردين", "المتمردين", "ORG")
ALLIANCE = ("التحالف الشمالي", "التحالف الشمالي", "ORG")
ARMY = ("الجيش الوطني", "الجيش الوطني", "ORG")
AUG = date(2015, 8, 11)


def test_a_deed_recalled_after_yudhkar_anna_is_background() -> None:
    text = "يذكر أن مجلس النواب رفض في يوليو الماضي مقترحات حزب الأمة."
    assert one(run(text, [COUNCIL, PARTY], AUG), "REJECT").background
    text = "والجدير بالذكر أن مجلس النواب رفض مقترحات حزب الأمة."
    assert one(run(text, [COUNCIL, PARTY]), "REJECT").background


def test_a_deed_of_today_after_yudhkar_anna_is_news() -> None:
    text = "يذكر أن مجلس النواب رفض اليوم مقترحات حزب الأمة."
    assert not one(run(text, [COUNCIL, PARTY]), "REJECT").background
    text = "ورفض مجلس النواب مقترحات حزب الأمة."
    assert not one(run(text, [COUNCIL, PARTY]), "REJECT").background


def test_a_meeting_expected_far_before_its_trigger_is_hedged() -> None:
    text = "ومن المرتقب أن تشهد العاصمة غدا أيضا لقاء بين سالم الناصر وحزب الأمة."
    assert one(run(text, [MINISTER, PARTY]), "CONSULT").hedged


def test_a_date_after_a_superlative_and_since_dates_no_deed() -> None:
    text = "اتهم الجيش الوطني اليوم المتمردين بقصف مواقعه بأعنف قصف مدفعي منذ ستة أشهر."
    evs = [e for e in run(text, [ARMY, REBELS], AUG) if e.type == "ASSAULT"]
    assert evs and all(e.date != "2015-02" and not e.background for e in evs)
    text = "ووصف الجيش الوطني قصف المتمردين بأنه الأعنف منذ معركة السيطرة على البلدة في فبراير الماضي."
    evs = [e for e in run(text, [ARMY, REBELS], AUG) if e.type == "ASSAULT"]
    assert evs and all(e.date != "2015-02" and not e.background for e in evs)


def test_a_since_date_of_a_relative_clause_dates_no_deed() -> None:
    text = ("وقال سكان إن الحرس الوطني قصف مواقع الحوثيين بالتزامن مع غارات التحالف الشمالي الذي تقوده "
            "المملكة العربية السعودية منذ 26 مارس الماضي.")
    ev = one(run(text, [GUARD, HOUTHI, ALLIANCE], AUG), "ASSAULT")
    assert ev.date != "2015-03-26" and not ev.background


def test_a_date_naming_a_street_dates_no_deed() -> None:
    text = "وقصف الحوثيون بالدبابات حي الإخوة قرب شارع 26 سبتمبر وسط المدينة."
    ev = one(run(text, [HOUTHI], AUG), "ASSAULT")
    assert ev.date is None and not ev.background


def test_a_date_after_an_ordinal_and_since_dates_no_deed() -> None:
    text = "وتعهد الجيش الوطني بدعم حزب الأمة في خطة هي الثالثة منذ 2010."
    evs = run(text, [ARMY, PARTY], AUG)
    assert evs and all(e.date != "2010" and not e.background for e in evs)


def test_a_present_verb_takes_no_stale_date_of_another_deed() -> None:
    text = "ويقاطع حزب الأمة الانتخابات بعد فوز سالم الناصر في 2010 وينتقد حزب الأمة سالم الناصر بشدة."
    ev = one(run(text, [PARTY, MINISTER], AUG), "DISAPPROVE")
    assert ev.date is None and not ev.background


def test_a_deed_dated_by_since_is_no_background() -> None:
    text = "وتحاصر قوات الجيش الوطني بلدة المتمردين منذ عام 2013."
    assert not one(run(text, [ARMY, REBELS], AUG), "COERCE").background
    text = "وقال الجيش الوطني إنه قتل 200 من المتمردين منذ أبريل."
    ev = one(run(text, [ARMY, REBELS], AUG), "ASSAULT")
    assert ev.date == "2015-04" and not ev.background


def test_a_deed_told_in_the_past_takes_no_date_to_come() -> None:
    text = "وقبل انتهاء ولاية مجلس النواب في أكتوبر المقبل، قصف الجيش الوطني مواقع المتمردين."
    ev = one(run(text, [COUNCIL, ARMY, REBELS], AUG), "ASSAULT")
    assert ev.date != "2015-10"
    text = "ومن المقرر أن يزور سالم الناصر مقر حزب الأمة في أكتوبر المقبل."
    assert one(run(text, [MINISTER, PARTY], AUG), "CONSULT").date == "2015-10"


def test_a_deed_reported_in_a_pluperfect_sentence_is_background() -> None:
    text = "وكان سالم الناصر قد أعلن أن حزب الأمة وافق على الخطة."
    assert one(run(text, [MINISTER, PARTY]), "AGREE").background
    text = "وكان سالم الناصر قد أعلن اليوم أن حزب الأمة وافق على الخطة."  # today: the news
    assert not one(run(text, [MINISTER, PARTY]), "AGREE").background


def test_a_time_prepared_for_dates_no_deed() -> None:
    text = "وأشاد سالم الناصر بحزب الأمة على الإعداد المبكر لبداية العام."
    ev = one(run(text, [MINISTER, PARTY], AUG), "SUPPORT")
    assert ev.date is None and not ev.background
    text = "وأشاد سالم الناصر بحزب الأمة قبل بداية العام الدراسي."
    assert one(run(text, [MINISTER, PARTY], AUG), "SUPPORT").date is None


def test_a_pluperfect_deed_told_again_in_its_sentence_stays_background() -> None:
    text = "وكانت قوات الأمن ألقت القبض على سائق الشاحنة في منزله قبل أن تلقي القبض على شريكه في المدينة."
    ev = one(run(text, [GUARD], AUG), "COERCE")
    assert ev.background
    text = "وألقت قوات الأمن القبض اليوم على سائق الشاحنة قبل أن تلقي القبض على شريكه في المدينة."
    assert not one(run(text, [GUARD], AUG), "COERCE").background

"""Hedged and negated flags a deed's wording sets (`events_context_flags`): a deed after «من أجل», «بهدف» or
a verb of proposing is hedged; a denied happening («نفى … وقوع») is negated; a present verb dated
after the article is hedged; a deed noun after «بني» is a tribe's name, no deed; an item of a «this day in history» list and the crime told with
a carried-out death sentence are background; «قد» before a past verb in ن («قد نشرت») asserts."""

from __future__ import annotations

from datetime import date

from event_cases import EGYPT, ISIS, TURKEY, one, run

JULY = date(2015, 7, 20)
PAKISTAN = ("باكستان", "باكستان", "LOC")
INDIA = ("الهند", "الهند", "LOC")
OMAN = ("عمان", "عمان", "LOC")
IRAN = ("الإيراني", "إيران", "LOC")
LEBANON = ("لبنان", "لبنان", "LOC")
ISRAEL = ("إسرائيلية", "إسرائيل", "LOC")
SALEM = ("سالم العتيبي", "سالم العتيبي", "PER")
KHALED = ("خالد الشمري", "خالد الشمري", "PER")


def test_a_deed_sought_with_min_ajl_is_hedged() -> None:
    text = "وضغطت تركيا طويلا من أجل طرد مسلحي داعش من المنطقة الحدودية."
    assert one(run(text, [TURKEY, ISIS]), "COERCE").hedged


def test_a_deed_someone_proposes_is_hedged() -> None:
    text = "وقالت باكستان إن الهند اقترحت على باكستان عقد اجتماع لوزراء الداخلية في الشهر المقبل."
    assert one(run(text, [PAKISTAN, INDIA]), "CONSULT").hedged


def test_a_denied_happening_is_negated() -> None:
    text = "وقال المتحدث إنه لا صحة لما تردد عن وقوع هجمات مسلحة على مواقع الجيش في مصر."
    told = run(text, [EGYPT])
    assert told and all(e.negated for e in told)
    assert not any(e.negated for e in run("ووقعت هجمات مسلحة على مواقع الجيش في مصر.", [EGYPT]))


def test_a_visit_dated_after_the_article_is_hedged() -> None:
    text = "ويزور وزير الخارجية الإيراني لبنان الأربعاء المقبل لبحث الأوضاع في المنطقة."
    assert one(run(text, [IRAN, LEBANON], ref=JULY), "CONSULT").hedged


def test_a_deed_noun_after_bani_is_a_tribe_name() -> None:
    text = "ونظم المكتب التعاوني ببني عدوان ملتقى ثقافيا للشباب في عمان."
    assert not [e for e in run(text, [OMAN]) if e.type == "ASSAULT"]


def test_an_item_of_a_this_day_in_history_list_is_background() -> None:
    text = "2001 - القوات المصرية تقصف مواقع إسرائيلية في سيناء."
    ev = one(run(text, [EGYPT, ISRAEL], ref=JULY), "ASSAULT")
    assert ev.background and ev.date == "2001"


def test_the_crime_told_with_a_carried_out_sentence_is_background() -> None:
    text = ("نفذت وزارة الداخلية أمس حكم القتل قصاصا في سالم العتيبي. "
            "وأقدم الجاني على قتل خالد الشمري بطعنه بسكين إثر خلاف بينهما.")
    evs = run(text, [SALEM, KHALED], ref=JULY)
    crime = [e for e in evs if "خالد الشمري" in e.target]
    assert crime and all(e.background for e in crime)
    assert not any(e.background for e in evs if "سالم العتيبي" in e.target)


def test_qad_before_a_past_verb_in_nun_asserts() -> None:
    assert not one(run("وكانت الحكومة المصرية قد نشرت قوات إضافية في سيناء.", [EGYPT]), "MOBILIZE").hedged
    assert one(run("ونحن قد نقاتل داعش في كل مكان.", [ISIS]), "FIGHT").hedged

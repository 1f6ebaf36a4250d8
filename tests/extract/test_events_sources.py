"""Sources word order gets wrong (`events_sources`): the culprit an unmarked relative clause describes did the
deed, not the ministry named before him («تنفيذ حكم القتل بحق جان قتل …»); an unnamed attacker after a deed
verb did it, not the condemner named before («حيث فجر انتحاري نفسه»); the party after «نيابة عن» is the one
represented, and the deputy is the doer."""

from __future__ import annotations

from event_cases import INTERIOR_MINISTRY, KUWAIT, one, run

OIC = ("منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي", "ORG")
KING = ("الملك سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER")
PRINCE = ("الأمير محمد بن نايف", "محمد بن نايف", "PER")
AMBASSADOR = ("خالد الزهراني", "خالد الزهراني", "PER")
ADVISER = ("سعد المطيري", "سعد المطيري", "PER")


def test_the_culprit_after_an_execution_did_the_killing_not_the_ministry() -> None:
    text = "أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل قصاصا بحق جان قتل رجلين بطلقات نارية بمنطقة حائل."
    evs = run(text, [INTERIOR_MINISTRY])
    killing = next(e for e in evs if e.trigger.startswith("قتل") and e.type in ("CRIME", "ASSAULT"))
    assert "وزارة الداخلية" not in killing.source


def test_the_culprit_named_with_his_nisba_and_region_did_the_shooting() -> None:
    text = "نفذت وزارة الداخلية اليوم حكم القتل في أحد الجناة بمنطقة تبوك أطلق النار على جاره."
    evs = run(text, [INTERIOR_MINISTRY])
    shooting = next(e for e in evs if "أطلق" in e.trigger)
    assert "وزارة الداخلية" not in shooting.source


def test_a_suicide_bomber_after_the_verb_did_the_attack_not_the_condemner() -> None:
    text = "أدانت منظمة التعاون الإسلامي الهجوم الذي وقع أمس في سوق شعبي، حيث فجر انتحاري نفسه وسط المتسوقين."
    evs = run(text, [OIC])
    bombing = next(e for e in evs if "فجر" in e.trigger)
    assert "منظمة التعاون الإسلامي" not in bombing.source
    assert one(evs, "DISAPPROVE").source == ["منظمة التعاون الإسلامي"]


def test_a_country_named_before_a_bombing_it_suffered_is_not_its_doer() -> None:
    text = "يذكر أن الكويت شهدت هجوما داميا في يونيو، حيث فجر انتحاري حزامه الناسف في مسجد."
    assert all("الكويت" not in e.source for e in run(text, [KUWAIT]) if e.type == "ASSAULT")


def test_the_deputy_after_the_king_he_stands_for_leads_the_meeting() -> None:
    text = "ورأس وفد المملكة في الاجتماع نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز – حفظه الله – الأمير محمد بن نايف."
    ev = one(run(text, [KING, PRINCE]), "CONSULT")
    assert ev.source == ["محمد بن نايف"]


def test_the_deputy_before_nyaba_praises_not_the_ambassador_he_stands_for() -> None:
    text = "وأشاد المستشار سعد المطيري نيابة عن السفير خالد الزهراني بجهود الجمعية الخيرية في خدمة الطلاب."
    ev = one(run(text, [ADVISER, AMBASSADOR]), "SUPPORT")
    assert ev.source == ["سعد المطيري"] and "خالد الزهراني" not in ev.target


def test_a_citizen_a_death_sentence_was_carried_out_on_did_the_killing() -> None:
    text = "أصدرت وزارة الداخلية اليوم بيانا حول تنفيذ حكم القتل قصاصا في مواطن قتل آخر إثر مشاجرة بمنطقة عسير."
    evs = run(text, [INTERIOR_MINISTRY])
    killing = next(e for e in evs if e.trigger.startswith("قتل"))
    assert killing.source == ["مواطن"]

"""The type an event's actors and object call for where its trigger cannot decide it (`events_typing`):
hostages held are abducted, a relative's or a culprit's killing is a crime, an attack on words is criticism."""

from __future__ import annotations

from event_cases import one, run


def test_holding_hostages_is_an_abduction_not_an_arrest() -> None:
    evs = run("وانتهت عملية احتجاز الرهائن في الفندق بعد ساعات في مدينة موبتي.", [])
    ev = one(evs, "ASSAULT")
    assert ev.mode == "abduct"
    assert not [e for e in evs if e.type == "COERCE"]


def test_an_arrest_by_the_police_stays_coercion() -> None:
    evs = run("واحتجزت الشرطة ثلاثة أشخاص في المدينة أمس.", [])
    assert one(evs, "COERCE").mode == "arrest"


def test_a_father_killing_his_son_is_a_crime() -> None:
    evs = run("واعترف الجاني، وهو والد الضحية، بقتل نجله طعنا بسكين داخل المنزل.", [])
    one(evs, "CRIME")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_uncle_abducting_his_niece_is_a_crime() -> None:
    evs = run("وقالت الفتاة إن خالها خطفها من منزل والدتها الأسبوع الماضي.", [])
    one(evs, "CRIME")


def test_a_killing_by_militants_stays_an_assault() -> None:
    evs = run("وقتل مسلحون من تنظيم القاعدة شقيقه طعنا بسكين أمام منزله.", [("القاعدة", "القاعدة", "ORG")])
    one(evs, "ASSAULT")
    assert not [e for e in evs if e.type == "CRIME"]


def test_a_sentence_carried_out_is_no_crime() -> None:
    evs = run("ونفذ حكم القتل في الجاني بعد إدانته بطعن شقيقه.", [])
    assert not [e for e in evs if e.type == "CRIME"]


def test_an_attack_on_a_deal_is_criticism() -> None:
    evs = run("وبدأ نواب محافظون الهجوم على الاتفاق بعد أيام من توقيعه.", [])
    one(evs, "DISAPPROVE")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_hajama_with_a_statement_after_its_subject_is_criticism() -> None:
    text = "هاجم رئيس الوزراء السابق فؤاد حمدي، الذي خسر الانتخابات الأخيرة، تصريحات وزير الخارجية."
    evs = run(text, [("فؤاد حمدي", "فؤاد حمدي", "PER")])
    assert one(evs, "DISAPPROVE").source == ["فؤاد حمدي"]


def test_an_armed_attack_on_a_town_stays_an_assault() -> None:
    evs = run("هاجم مسلحون قرية نائية في شمال البلاد وأحرقوا عشرات المنازل.", [])
    one(evs, "ASSAULT")
    assert not [e for e in evs if e.type == "DISAPPROVE"]

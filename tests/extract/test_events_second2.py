"""Second parties, second round (`events_second`): members of a body an attack hit, read whole after
the relative clause of an attack noun or a harm noun before it; the two parties a meeting noun's «جمع»
names; the one met after the room the meeting was held in."""

from __future__ import annotations

from datetime import date

from event_cases import HOUTHIS_NOMINATIVE, SALEM, one, run

SAFADI = ("أيمن الصفدي", "أيمن الصفدي", "PER")
DAY = date(2015, 8, 10)
HEALTH_MINISTRY = ("وزارة الصحة", "وزارة الصحة", "ORG")


def test_members_of_a_body_hit_by_an_attack_noun_are_read_whole() -> None:
    text = "قال سالم الحربي إن التفجير الذي طال عددا من منسوبي قوة حرس المنشآت كشف حقد منفذيه."
    ev = one(run(text, [SALEM]), "ASSAULT")
    assert ev.target == ["عددا من منسوبي قوة حرس المنشآت"]


def test_no_members_when_the_attack_hit_buildings() -> None:
    text = "قال سالم الحربي إن التفجير الذي طال عددا من المباني كشف حقد منفذيه."
    evs = [e for e in run(text, [SALEM]) if e.type == "ASSAULT"]
    assert all("المباني" not in " ".join(e.target) for e in evs)


def test_members_killed_named_by_a_harm_noun_before_the_attack_noun() -> None:
    text = "ورفع سالم الحربي التعازي في استشهاد عدد من منسوبي قوة حرس المنشآت جراء التفجير الإرهابي."
    ev = one(run(text, [SALEM]), "ASSAULT")
    assert ev.target == ["عدد من منسوبي قوة حرس المنشآت"]


def test_both_parties_of_a_meeting_that_gathered_them() -> None:
    text = "جاء ذلك خلال اجتماع جمع سالم الحربي أمس، مع أيمن الصفدي."
    ev = one(run(text, [SALEM, SAFADI], DAY), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["أيمن الصفدي"]


def test_the_one_met_after_the_room_of_the_meeting() -> None:
    text = "واستقبل سالم الحربي في مكتبه أمس أيمن الصفدي."
    ev = one(run(text, [SALEM, SAFADI], DAY), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["أيمن الصفدي"]


def test_the_owner_of_a_raided_home_is_the_one_beaten() -> None:
    text = "واقتحم الحوثيون سكن المعلمين واعتدوا عليهم بالضرب."
    ev = one(run(text, [HOUTHIS_NOMINATIVE]), "ASSAULT")
    assert ev.target == ["المعلمين"]


def test_no_owner_when_the_pronoun_disagrees() -> None:
    text = "واقتحم الحوثيون منزل سالم الحربي واعتدوا عليهم بالضرب."
    evs = [e for e in run(text, [HOUTHIS_NOMINATIVE, SALEM]) if e.type == "ASSAULT"]
    assert all("سالم الحربي" not in e.target for e in evs)


def test_people_met_after_the_hosts_title_and_room() -> None:
    text = "واستقبل سالم الحربي رئيس البلدية في مكتبه أمس مجموعة من الطلاب الموهوبين."
    ev = one(run(text, [SALEM], DAY), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["مجموعة من الطلاب"]


def test_the_one_asked_after_min_with_tlb() -> None:
    text = "وأضاف أن وزارة الصحة طلبت من المواطنين الإبلاغ عن المخالفات."
    ev = one(run(text, [HEALTH_MINISTRY]), "DEMAND")
    assert ev.source == ["وزارة الصحة"] and ev.target == ["المواطنين"]


def test_the_one_asked_by_a_participle_keeps_its_adjective() -> None:
    text = "وقال سالم الحربي إن الطريق متهالك، مطالبا الجهات المختصة بالتحرك العاجل."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["الجهات المختصة"]


def test_no_verbal_noun_taken_for_an_adjective_of_the_one_asked() -> None:
    text = "وقال سالم الحربي إن الحوار بدأ، داعيا جميع الأطراف الدخول في المفاوضات."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert all("الدخول" not in n for n in ev.target)

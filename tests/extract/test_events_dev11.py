"""Rules of the eleventh round (dev9): a verb conjoined to an earlier verb with no subject of its own
takes that verb's subject («ورحب الأمين العام للأمم المتحدة … وحث جميع الأطراف …»), declaring a truce
is a de-escalation, a reservation («تحفظت … على») is disapproval, returning fire is a fight with the shooter, a short relative clause on the doer
does not use up the words the target stands in («غارات شنتها مقاتلات التحالف الذي تقوده السعودية على
مواقع الحوثيين»), and the people a place adjective describes («ضحايا فلسطينيين») name no party."""

from __future__ import annotations

from event_cases import one, run

UN = ("لأمم المتحدة", "الأمم المتحدة", "ORG")  # as the entity layer reads «للأمم المتحدة»
COALITION = ("التحالف العربي", "التحالف العربي", "ORG")
HOUTHI = ("الحوثيين", "الحوثي", "ORG")
HOUTHI_FORCES = ("قوات الحوثي", "الحوثي", "ORG")
SAUDI = ("السعودية", "السعودية", "LOC")
PAKISTANI = ("الباكستانية", "باكستان", "LOC")
INDIAN = ("الهندية", "الهند", "LOC")
PALESTINIANS = ("فلسطينيين", "فلسطين", "LOC")
DARAA = ("درعا", "درعا", "LOC")


def test_conjoined_verb_takes_the_earlier_verbs_subject() -> None:
    text = "ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار وحث جميع الأطراف على وقف العمليات."
    assert one(run(text, [UN]), "DEMAND").source == ["الأمم المتحدة"]


def test_declaring_a_ceasefire_is_a_retreat() -> None:
    text = "وأعلن التحالف العربي الذي يقاتل قوات الحوثي وقفا لإطلاق النار من مساء الأحد."
    assert one(run(text, [COALITION, HOUTHI_FORCES]), "RETREAT").source == ["التحالف العربي"]


def test_welcoming_a_ceasefire_is_no_retreat() -> None:
    text = "ورحب الأمين العام للأمم المتحدة بوقف إطلاق النار."
    assert not [e for e in run(text, [UN]) if e.type == "RETREAT"]


def test_returning_fire_is_a_fight_with_the_shooter() -> None:
    text = "وأكد أن قوات حرس الحدود الباكستانية ردت على مصدر النيران الهندية."
    ev = one(run(text, [PAKISTANI, INDIAN]), "FIGHT")
    assert ev.source == ["باكستان"] and ev.target == ["الهند"]


def test_answering_a_question_is_no_fight() -> None:
    assert not [e for e in run("ورد الوزير على أسئلة الصحفيين.", []) if e.type == "FIGHT"]


def test_relative_clause_on_the_doer_keeps_the_target_in_reach() -> None:
    text = "عقب غارات شنتها مقاتلات التحالف الذي تقوده السعودية على مواقع الحوثيين في تعز."
    ev = one(run(text, [("التحالف", "التحالف العربي", "ORG"), SAUDI, HOUTHI]), "ASSAULT")
    assert ev.target == ["الحوثي"]
    assert "السعودية" not in ev.target


def test_victims_described_by_a_place_adjective_are_no_party() -> None:
    text = "أعلنت المجموعة أن سبع ضحايا فلسطينيين قضوا جراء قصف مخيم درعا بالبراميل المتفجرة."
    evs = [e for e in run(text, [PALESTINIANS, DARAA]) if e.type == "ASSAULT"]
    assert evs and all("فلسطين" not in e.source for e in evs)


def test_a_reservation_on_a_stand_is_disapproval() -> None:
    text = "تحفظت قطر على موقف جامعة الدول العربية."
    ev = one(run(text, [("قطر", "قطر", "LOC"), ("جامعة الدول العربية", "جامعة الدول العربية", "ORG")]), "DISAPPROVE")
    assert ev.source == ["قطر"] and "جامعة الدول العربية" in ev.target

"""The dead of a killing told by its outcome are its victims, and whoever reports it is not its doer
(`events_condemned`)."""

from __future__ import annotations

from event_cases import EGYPT, INTERIOR_MINISTRY, IRAQI, ISIS, KUWAIT, PKK, SAUDI, SHABAAB, TURKISH_DEF, one, run

AMERICAN = ("الأمريكية", "الولايات المتحدة", "LOC")
HEALTH_MINISTRY = ("وزارة الصحة", "وزارة الصحة", "ORG")


def test_the_named_dead_of_a_passive_killing_are_its_target() -> None:
    text = "وقتل زعيم في حركة الشباب في قصف للطائرات الأمريكية."
    ev = one(run(text, [SHABAAB, AMERICAN]), "ASSAULT")
    assert "الشباب" not in ev.source and "الشباب" in ev.target


def test_the_ministry_that_announces_a_death_did_not_kill() -> None:
    text = "وأعلنت وزارة الداخلية مقتل شرطي في تفجير استهدف دورية أمنية."
    evs = [e for e in run(text, [INTERIOR_MINISTRY]) if e.type == "ASSAULT"]
    assert evs and all("وزارة الداخلية" not in e.source for e in evs)


def test_a_toll_announced_by_a_ministry_has_no_doer() -> None:
    text = "أعلنت وزارة الصحة مقتل 14 شخصا في انفجار سيارة مفخخة بسوق شعبي."
    evs = [e for e in run(text, [HEALTH_MINISTRY]) if e.type == "ASSAULT"]
    assert all("وزارة الصحة" not in e.source for e in evs)


def test_the_agent_after_the_attack_noun_is_the_doer_not_the_reporter() -> None:
    text = "أعلن الجيش التركي مقتل جنديين في هجوم لحزب العمال الكردستاني على ثكنة."
    ev = one(run(text, [TURKISH_DEF, PKK]), "ASSAULT")
    assert ev.source == ["حزب العمال الكردستاني"] and "تركيا" not in ev.source


def test_an_active_killing_keeps_its_doer() -> None:
    text = "قتل مسلحو داعش أربعة جنود في هجوم على حاجز للجيش."
    ev = one(run(text, [ISIS]), "ASSAULT")
    assert ev.source == ["داعش"]


def test_killing_the_innocent_in_a_condemnation_is_no_deed_of_the_speaker() -> None:
    text = "وحذر خالد العتيبي من فئة استباحت الحرمات وقتل الأنفس البريئة."
    evs = run(text, [("خالد العتيبي", "خالد العتيبي", "PER")])
    assert not any(e.type == "ASSAULT" for e in evs)


def test_a_killing_of_the_innocent_praised_foe_is_no_deed_of_the_speaker() -> None:
    text = "وأكد خالد العتيبي اعتزاز الوطن بأبنائه الذين واجهوا الفئة التي تسعى إلى زعزعة الاستقرار وقتل الأبرياء."
    evs = run(text, [("خالد العتيبي", "خالد العتيبي", "PER")])
    assert not any(e.type == "ASSAULT" and e.source for e in evs)


def test_the_soldiers_an_attack_hit_are_no_target_of_its_condemnation() -> None:
    text = "وأدانت الخارجية القطرية الهجوم الذي تعرض له جنود أتراك قرب الحدود."
    ev = one(run(text, [("القطرية", "قطر", "LOC"), ("أتراك", "تركيا", "LOC")]), "DISAPPROVE")
    assert ev.source == ["قطر"] and "تركيا" not in ev.target


def test_the_party_harmed_by_condemned_remarks_is_no_target() -> None:
    text = "واستنكرت الكويت تصريحات المالكي ضد السعودية."
    spec = [KUWAIT, ("المالكي", "المالكي", "PER"), SAUDI]
    ev = one(run(text, spec), "DISAPPROVE")
    assert "المالكي" in ev.target and "السعودية" not in ev.target


def test_the_doer_of_a_condemned_attack_stays_its_target() -> None:
    text = "وأدانت مصر الهجوم الذي شنه داعش على الجيش العراقي."
    ev = one(run(text, [EGYPT, ISIS, IRAQI]), "DISAPPROVE")
    assert ev.target == ["داعش"]


def test_the_country_of_the_condemning_body_is_no_target() -> None:
    text = "أدان مجلس الوزراء بمملكة البحرين وبشدة التفجير الذي استهدف مسجدا في أبها."
    ev = one(run(text, [("مجلس الوزراء", "مجلس الوزراء", "ORG"), ("بمملكة البحرين", "البحرين", "LOC")]), "DISAPPROVE")
    assert ev.target == []


def test_the_maker_of_condemned_remarks_stays_the_target() -> None:
    text = "واستنكرت الكويت التصريحات التي أدلى بها نوري المالكي لقناة فضائية."
    ev = one(run(text, [KUWAIT, ("نوري المالكي", "نوري المالكي", "PER")]), "DISAPPROVE")
    assert "نوري المالكي" in ev.target


def test_the_genitive_doer_of_a_condemned_shelling_with_its_object_after_l_is_condemned() -> None:
    text = "وأدانت الكويت قصف داعش لمدينة الرمادي."
    evs = run(text, [KUWAIT, ISIS])
    assert one(evs, "DISAPPROVE").target == ["داعش"]
    assert one(evs, "ASSAULT").source == ["داعش"]

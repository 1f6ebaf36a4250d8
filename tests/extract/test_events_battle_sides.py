"""The sides of armed conflict (`events_battle_sides`): the loser of a seizure named by the fight around it or
by the posts taken, an attack fought back as a FIGHT, and «الفصائل الإسلامية والمقاتلة» as one actor."""

from __future__ import annotations

from event_cases import one, run

TAIZ = ("تعز", "تعز", "LOC")
HAMA = ("حماة", "حماة", "LOC")
SYRIA = ("سوريا", "سوريا", "LOC")
HOUTHI = ("الحوثيين", "الحوثي", "ORG")
NUSRA = ("جبهة النصرة", "جبهة النصرة", "ORG")


def test_a_seizure_after_clashes_between_it_and_a_side_takes_that_side() -> None:
    text = "سيطرت المقاومة الشعبية أمس على بلدة الوازعية في تعز بعد مواجهات عنيفة بينها وبين الحوثيين."
    ev = one(run(text, [TAIZ, HOUTHI]), "COERCE")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_a_seizure_after_battles_with_a_side_takes_that_side() -> None:
    text = "واستعادت المقاومة الشعبية السيطرة على جبل العروس في تعز بعد معارك عنيفة مع الحوثيين."
    ev = one(run(text, [TAIZ, HOUTHI]), "COERCE")
    assert ev.target == ["الحوثي"]


def test_the_holder_of_the_posts_seized_is_the_target() -> None:
    text = "وأعلنت المقاومة الشعبية أنها استعادت أمس السيطرة على عدد من مواقع الحوثيين شرق مدينة تعز."
    ev = one(run(text, [TAIZ, HOUTHI]), "COERCE")
    assert ev.target == ["الحوثي"]


def test_a_seizure_from_the_hands_of_a_side_takes_that_side() -> None:
    text = "واستعادت المقاومة الشعبية السيطرة على قلعة القاهرة من أيدي الحوثيين في تعز."
    ev = one(run(text, [TAIZ, HOUTHI]), "COERCE")
    assert ev.target == ["الحوثي"]


def test_an_expulsion_keeps_the_one_expelled_after_the_verb() -> None:
    text = "وتواصل المقاومة طرد الحوثيين من أحياء تعز وسط مواجهات مع الحوثيين."
    evs = [e for e in run(text, [TAIZ, HOUTHI]) if e.type == "COERCE"]
    assert all("المقاومة الشعبية" not in e.target for e in evs)


def test_an_attack_with_clashes_between_it_and_the_defenders_is_a_fight() -> None:
    text = "وهاجمت جبهة النصرة مقرا لفصيل معارض في ريف حماة، ووقعت اشتباكات بينها وبين المدافعين عن المقر."
    ev = one(run(text, [HAMA, NUSRA]), "FIGHT")
    assert ev.source == ["جبهة النصرة"]


def test_attacks_and_counter_attacks_are_a_fight_with_the_other_side() -> None:
    text = "وتقدمت جبهة النصرة في ريف حماة وسط سوريا بعد هجمات شنتها وهجمات مضادة من قوات النظام."
    ev = one(run(text, [HAMA, SYRIA, NUSRA]), "FIGHT")
    assert ev.source == ["جبهة النصرة"] and ev.target == ["قوات النظام السوري"]


def test_clashes_with_residents_leave_an_attack_one_sided() -> None:
    text = "وهاجمت جبهة النصرة قرية في ريف حماة، واندلعت مواجهات بينها وبين السكان."
    assert one(run(text, [HAMA, NUSRA]), "ASSAULT").source == ["جبهة النصرة"]


def test_islamist_and_fighting_factions_are_one_actor() -> None:
    text = "وتدور معارك في سوريا منذ أسبوع بين قوات النظام والفصائل الإسلامية والمقاتلة في ريف حماة."
    ev = one(run(text, [SYRIA, HAMA]), "FIGHT")
    assert "المقاتلة" not in ev.source + ev.target
    assert "المعارضة السورية" in ev.source + ev.target


def test_clashes_between_it_and_a_side_are_fought_by_the_party_named_before() -> None:
    text = "وسيطرت المقاومة الشعبية على مديرية الوازعية في تعز عقب اشتباكات عنيفة بينها وبين الحوثيين."
    ev = one(run(text, [TAIZ, HOUTHI]), "FIGHT")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_an_attack_on_a_hotel_stays_one_sided_though_its_doers_then_clash() -> None:
    text = "وهاجمت جبهة النصرة فندقا في ريف حماة، وتبادلت إطلاق النار مع قوات الأمن قرب المبنى."
    assert one(run(text, [HAMA, NUSRA]), "ASSAULT").source == ["جبهة النصرة"]


def test_an_attack_on_a_police_post_stays_one_sided_though_the_police_fire_back() -> None:
    text = "وهاجمت جبهة النصرة مركزا للشرطة في ريف حماة، وتبادلت إطلاق النار مع عناصر الشرطة."
    assert one(run(text, [HAMA, NUSRA]), "ASSAULT").source == ["جبهة النصرة"]


def test_a_battle_noun_takes_the_side_after_with_past_a_place() -> None:
    text = "وقتل عشرة من الحوثيين في مواجهات دارت أمس في عدة أحياء من مدينة تعز مع المقاومة الشعبية."
    ev = one(run(text, [TAIZ, HOUTHI]), "FIGHT")
    assert ev.source == ["الحوثي"] and ev.target == ["المقاومة الشعبية"]


def test_a_battle_noun_takes_the_side_after_against_past_a_place() -> None:
    text = "وتخوض قوات النظام معارك عنيفة منذ أيام في ريف حماة ضد جبهة النصرة."
    ev = one(run(text, [HAMA, NUSRA]), "FIGHT")
    assert ev.target == ["جبهة النصرة"]


def test_the_subject_of_managing_past_an_aside_repelled_the_attack() -> None:
    text = "وتمكنت المقاومة الشعبية، المدعومة بقوات التحالف، من صد هجوم الحوثيين في تعز بعد اشتباكات عنيفة."
    ev = one(run(text, [TAIZ, HOUTHI]), "FIGHT")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_a_fights_other_side_past_the_first_sides_adjective_or_place() -> None:
    # «بين X … وY»: X's adjective or place before the «و» of the other side (`events_agents._far_conjunct`)
    nigerian = ("الجيش النيجيري", "نيجيريا", "ORG")
    boko = ("جماعة بوكو حرام", "بوكو حرام", "ORG")
    text = "وفر آلاف من المعارك الدائرة بين الجيش النيجيري النظامي وجماعة بوكو حرام."
    ev = one(run(text, [nigerian, boko]), "FIGHT")
    assert ev.source == ["نيجيريا"] and ev.target == ["بوكو حرام"]
    text = "وشهدت المديرية مواجهات عنيفة بين المقاومة الشعبية في تلك المنطقة والحوثيين."
    ev = one(run(text, [HOUTHI]), "FIGHT")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_no_other_side_past_a_backer() -> None:
    # «المدعومة بقوات الجيش وطائرات التحالف»: the «و» goes on with the backers, no side of the fight
    coalition = ("التحالف العربي", "التحالف العربي", "ORG")
    text = "وقعت اشتباكات بين المقاومة الشعبية المدعومة بقوات الجيش وطائرات التحالف العربي داخل القاعدة."
    evs = run(text, [coalition])
    assert all("التحالف العربي" not in e.target for e in evs if e.type == "FIGHT")


def test_the_party_after_bare_qital_is_the_one_fought() -> None:
    # «قتال X»: the verbal noun of «قاتل» takes the one fought as its genitive (`events_agents._fought`)
    isis = ("داعش", "داعش", "ORG")
    iraqi = ("القوات العراقية", "العراق", "ORG")
    ev = one(run("وبدأت القوات العراقية قتال داعش في الرمادي أمس.", [iraqi, isis]), "FIGHT")
    assert ev.source == ["العراق"] and ev.target == ["داعش"]
    # with no one fighting named, the war against X is a topic, no fight told
    evs = run("وانضمت العشائر إلى قتال داعش في الأنبار.", [isis])
    assert not [e for e in evs if e.type == "FIGHT"]

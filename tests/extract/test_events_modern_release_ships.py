"""Targets 2024 news leaves unnamed but for an adjective or a participle: the captives' nisba after a
release (`events_captors.freed_nisba`: «أطلقت حماس سراح ثلاث مجندات إسرائيليات») and the party a participle
ties the ships a threat or attack is aimed at to (`events_site_owner.tied_site_owner`: «السفن المرتبطة
بإسرائيل», «السفن المتجهة إلى موانئ إسرائيل»); dual craft are words of force («طائرتين إسرائيليتين
استهدفتا سيارة»: an attack, not an aim, `event_words` force); the soldiers a wounding's weapon names with
their nisba or, bare, as the force the sentence named before (`events_wounded`: «برصاص الجنود
الإسرائيليين», «اقتحمت القوات الإسرائيلية …، ما أسفر عن إصابة شاب برصاص الجنود»); the second side of a
fight past a backer told by «من» (`events_fight_sides.second_side`: «بين X المدعوم من تركيا وقوات Y»)."""

from __future__ import annotations

from event_cases import coded_one

ISRAEL = "إسرائيل"


def test_a_release_frees_the_country_of_the_captives_nisba() -> None:
    ev = coded_one("وأطلقت حماس سراح ثلاث مجندات إسرائيليات ضمن المرحلة الأولى من الاتفاق.", "RETREAT")
    assert ev.source == ["حماس"] and ev.target == [ISRAEL]
    ev = coded_one("وأفرجت إسرائيل فجر اليوم عن 90 أسيرا فلسطينيا من سجن عوفر.", "RETREAT")
    assert ev.source == [ISRAEL] and ev.target == ["فلسطين"]


def test_a_release_of_the_freers_own_people_gets_no_target() -> None:
    ev = coded_one("وأفرجت السلطات المصرية عن 20 صيادا مصريا بعد التحقيق معهم.", "RETREAT")
    assert ev.target == []


def test_ships_tied_to_a_party_make_it_the_target() -> None:
    ev = coded_one("وهدد الحوثيون باستهداف السفن المرتبطة بإسرائيل في البحر الأحمر.", "THREATEN")
    assert ev.target == [ISRAEL]
    ev = coded_one("وهدد زعيم الحوثيين عبد الملك الحوثي بتصعيد الهجمات على السفن المرتبطة بإسرائيل.", "THREATEN")
    assert ev.target == [ISRAEL]
    ev = coded_one("وهاجم الحوثيون السفن المتجهة إلى موانئ إسرائيل قبالة سواحل اليمن.", "ASSAULT")
    assert ev.target == [ISRAEL]


def test_dual_craft_with_a_nisba_attack() -> None:
    ev = coded_one("وقال مسؤول أمني إن طائرتين إسرائيليتين استهدفتا سيارة في جنوب لبنان.", "ASSAULT")
    assert ev.source == [ISRAEL]


def test_soldiers_named_by_the_weapon_wound() -> None:
    ev = coded_one("وأصيب شاب فلسطيني برصاص الجنود الإسرائيليين في الخليل.", "ASSAULT")
    assert ev.source == [ISRAEL]
    ev = coded_one("واقتحمت القوات الإسرائيلية مخيم جنين، ما أسفر عن إصابة شاب فلسطيني برصاص الجنود.", "ASSAULT")
    assert ev.source[0] == ISRAEL


def test_the_second_side_of_a_fight_past_a_state_backer() -> None:
    ev = coded_one("واندلعت اشتباكات بين فصائل الجيش الوطني السوري المدعوم من تركيا وقوات سوريا الديمقراطية في محيط "
                   "سد تشرين.", "FIGHT")
    assert ev.source == ["الجيش الوطني السوري"] and ev.target == ["قوات سوريا الديمقراطية"]

"""The other party of a deal, talks or blame that the words name but no entity gives
(`events_other_party`): «مجموعة 5+1» as the world powers, a party joined after a quoted name in «بين X
وY», and the one blamed right before «المسؤولية»."""

from __future__ import annotations

from event_cases import HEZBOLLAH, one, run

IRAN = ("إيران", "إيران", "LOC")
TEHRAN = ("طهران", "إيران", "LOC")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
ZABADANI = ("الزبداني", "الزبداني", "LOC")
WASHINGTON = ("واشنطن", "الولايات المتحدة", "LOC")
EUROPE = ("أوروبا", "أوروبا", "LOC")
JONES = ("بيتر جونز", "بيتر جونز", "PER")


def test_the_group_of_five_plus_one_is_the_world_powers() -> None:
    ev = one(run("وزار الوزير فيينا بعد أيام من توقيع الاتفاق بين إيران ومجموعة 5+1 حول التخصيب.", [IRAN]),
             "AGREE")
    assert ev.source == ["إيران"] and ev.target == ["القوى الكبرى"]
    quoted = one(run("وتعثرت المفاوضات بين طهران ومجموعة «5 + 1» مرة أخرى.", [TEHRAN]), "CONSULT")
    assert quoted.target == ["القوى الكبرى"]


def test_the_six_powers_spelled_out_are_the_world_powers() -> None:
    ev = one(run("وتواصلت المباحثات بين إيران ومجموعة الدول الست الكبرى في جنيف.", [IRAN]), "CONSULT")
    assert ev.target == ["القوى الكبرى"]


def test_a_party_joined_after_a_quoted_name_is_the_other_side() -> None:
    text = 'واندلعت اشتباكات عنيفة بين "حزب الله" والفصائل المسلحة في الزبداني.'
    ev = one(run(text, [HEZBOLLAH, ZABADANI]), "FIGHT")
    assert ev.source == ["حزب الله"] and ev.target == ["الفصائل المسلحة"]


def test_the_name_right_before_the_blame_word_is_the_one_blamed() -> None:
    ev = one(run("وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن التصعيد.", [ISRAEL]), "DISAPPROVE")
    assert ev.source == ["الأمين العام"] and ev.target == ["إسرائيل"]


def test_the_body_before_where_it_sits_is_the_one_blamed() -> None:
    text = "ونعى بيتر جونز ضحايا الحريق، محملا الحكومة المركزية في واشنطن مسؤولية ما جرى."
    ev = one(run(text, [JONES, WASHINGTON]), "DISAPPROVE")
    assert ev.source == ["بيتر جونز"] and ev.target == ["الحكومة المركزية"]
    placed = "ويحمل الخبير ارتفاع الأسعار في الولايات المتحدة وأوروبا المسؤولية عن الركود."
    us = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
    assert all("أوروبا" not in e.target for e in run(placed, [us, EUROPE]))  # a place is no one blamed

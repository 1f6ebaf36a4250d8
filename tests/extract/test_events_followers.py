"""A leader's men as the party (`events_followers`): supporters, followers, aides and guards of a named
person, past his titles and their qualifiers («المعزول», «السابق»), act or undergo the deed, not the
person named after them."""

from __future__ import annotations

from event_cases import one, run

NAJJAR = ("سامي النجار", "سامي النجار", "PER")
FARES = ("عبد الله فارس", "عبد الله فارس", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")


def test_the_supporters_of_a_deposed_president_are_the_protesters() -> None:
    ev = one(run("وتظاهر أنصار الرئيس المعزول سامي النجار في وسط العاصمة أمس.", [NAJJAR]), "PROTEST")
    assert ev.source == ["أنصار الرئيس المعزول سامي النجار"] and ev.target == []


def test_the_guards_of_a_former_president_are_the_ones_arrested() -> None:
    ev = one(run("واعتقلت الشرطة حراس الرئيس السابق سامي النجار.", [POLICE, NAJJAR]), "COERCE")
    assert ev.source == ["الشرطة"] and ev.target == ["حراس الرئيس السابق سامي النجار"]


def test_followers_before_a_name_whose_first_word_the_mention_left_out() -> None:
    ev = one(run("وهاجم أتباع الزعيم المخلوع خالد عبد الله فارس مواقع الجيش.", [FARES]), "ASSAULT")
    assert ev.source == ["أتباع الزعيم المخلوع خالد عبد الله فارس"]


def test_a_son_past_his_fathers_qualified_title_is_the_party() -> None:
    ev = one(run("واعتقلت الشرطة نجل الرئيس المخلوع سامي النجار.", [POLICE, NAJJAR]), "COERCE")
    assert ev.target == ["نجل الرئيس المخلوع سامي النجار"]


def test_aides_right_before_the_name_are_the_party() -> None:
    ev = one(run("واعتقلت الشرطة مساعدي سامي النجار.", [POLICE, NAJJAR]), "COERCE")
    assert ev.target == ["مساعدي سامي النجار"]

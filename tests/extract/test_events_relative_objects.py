"""A relative clause whose verb carries its object pronoun («المسلحين الذين اعتقلتهم قوات الأمن»): the name
after the verb is its doer, a name before a clause opener («قائد الشرطة إن …») is no antecedent
(`events_roles`), no object is read off the words after the doer (`events._object_pronoun`), and a
belonging verb after a definite noun is another subject's predicate, not the force's owner
(`events_armed_doers.owning_body`)."""

from __future__ import annotations

from event_cases import ISIS, SECURITY_FORCES, one, run

POLICE = ("الشرطة", "الشرطة", "ORG")


def test_the_doer_of_a_relative_verb_with_an_object_pronoun() -> None:
    evs = run("وقال قائد الشرطة إن المسلحين الذين اعتقلتهم قوات الأمن ينتمون إلى داعش.", [POLICE, SECURITY_FORCES, ISIS])
    arrest = one(evs, "COERCE")
    assert arrest.source == ["قوات الأمن"]
    assert "الشرطة" not in arrest.target and "ينتمون" not in arrest.target


def test_a_noun_with_a_preposition_heads_the_relative_not_the_name_before_it() -> None:
    evs = run("والتقى الرئيس هادي بالمبعوث الأممي الذي ينتقد بعض المتمردين علاقاته بالحكومة.",
              [("هادي", "هادي", "PER")])
    assert not [e for e in evs if e.type == "DISAPPROVE" and "هادي" in e.source]

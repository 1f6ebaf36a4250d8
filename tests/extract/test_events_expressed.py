"""«عبر عدد من …» voices a stance, not «via a number of» (`events_expressed`); a sentence that opens with a
linking phrase («وفي ذات السياق», «إلى ذلك») still has its subject after the verb (`events_transitions`)."""

from __future__ import annotations

from event_cases import one, run


def test_a_number_of_deputies_voicing_objection_is_a_disapproval() -> None:
    evs = run("وعبر عدد من أعضاء البرلمان عن استيائهم من تأخر صرف الرواتب.", [])
    ev = one(evs, "DISAPPROVE")
    assert ev.source == ["عدد من أعضاء البرلمان"]


def test_an_adjective_after_the_subject_of_a_voicing_verb_is_no_target() -> None:
    ev = one(run("وعبر عدد من النواب المحافظين عن اعتراضهم على مشروع القانون.", []), "DISAPPROVE")
    assert ev.source == ["عدد من النواب المحافظين"] and ev.target == []  # the adjective is the speakers'


def test_via_a_number_of_crossings_is_no_event() -> None:
    assert run("ونقلت المساعدات عبر عدد من المنافذ عن طريق الهلال الأحمر.", []) == []


def test_a_linking_phrase_before_the_verb_leaves_the_subject_after_it() -> None:
    ev = one(run("وفي السياق ذاته انتقد عدد من النواب أداء الحكومة.", []), "DISAPPROVE")
    assert ev.source == ["عدد من النواب"]
    ev = one(run("في غضون ذلك اتهم سكان محليون المسلحين بنهب المنازل.", []), "DISAPPROVE")
    assert ev.source == ["سكان محليون"]


def test_a_fronted_time_phrase_also_leaves_the_subject_after_the_verb() -> None:
    # «وفي ذات اليوم» is no linking phrase of the list, but a fronted prepositional phrase
    # (`events_fronted_phrase`): the verb after it still opens its clause
    ev = one(run("وفي ذات اليوم انتقد عدد من النواب أداء الحكومة.", []), "DISAPPROVE")
    assert ev.source == ["عدد من النواب"]

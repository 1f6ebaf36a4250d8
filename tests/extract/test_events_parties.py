"""Parties the general rules missed or swapped (`events_party_fixes`, topic: parties): what is said in a call
is the caller's, the caller's own country is not the one called, the body whose building was attacked is
hit, the genitive of «استهداف رجال الأمن» is the victim, a dual subject («الجانبان») names both parties of
the meeting, and what a meeting discussed is no party."""

from __future__ import annotations

from event_cases import BAHRAIN, HOUTHI, SYRIA, names, one, run

HAMAD = ("حمد بن عيسى", "حمد بن عيسى", "PER")
MOROCCAN = ("المغربي", "المغرب", "LOC")
SIXTH = ("محمد السادس", "محمد السادس", "PER")
NAYEF = ("مقرن بن سعود", "مقرن بن سعود", "PER")
SALMAN = ("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER")
LEBANON = ("لبنان", "لبنان", "LOC")
KERRY = ("جون كيري", "جون كيري", "PER")
LAVROV = ("سيرغي لافروف", "سيرغي لافروف", "PER")
SYRIAN = ("السورية", "سوريا", "LOC")
COALITION = ("التحالف", "التحالف العربي", "ORG")


def test_a_statement_in_a_received_call_is_the_callers() -> None:
    evs = run("تلقى الأمير مقرن بن سعود اتصالا هاتفيا من العاهل المغربي الملك محمد السادس، أعرب خلاله عن "
              "إدانته للهجوم الإجرامي.", [NAYEF, MOROCCAN, SIXTH])
    ev = one(evs, "DISAPPROVE")
    assert "محمد السادس" in ev.source and "مقرن بن سعود" not in ev.source


def test_the_callers_country_is_not_the_one_called() -> None:
    evs = run("تلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الملك حمد بن عيسى ملك البحرين، عبر فيه عن "
              "تضامنه.", [SALMAN, HAMAD, BAHRAIN])
    ev = one(evs, "CONSULT")
    assert "البحرين" not in ev.target and "سلمان بن عبدالعزيز" in ev.target


def test_the_body_whose_building_was_attacked_is_the_target() -> None:
    ev = one(run("وأدان الوزير الهجوم الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة ظهر الخميس.", []), "ASSAULT")
    assert ev.target == ["قوات الطوارئ"] and not ev.source


def test_the_genitive_of_a_harm_noun_is_its_victim() -> None:
    ev = one(run("وقال إن استهداف رجال الأمن جريمة نكراء.", []), "ASSAULT")
    assert "قوات الأمن" in ev.target and "قوات الأمن" not in ev.source
    # a «لـ» object after the genitive makes it the doer
    ev = one(run("وقال إن اغتيال الحوثيين للمواطنين جريمة.", [HOUTHI]), "ASSAULT")
    assert "الحوثي" in ev.source and "الحوثي" not in ev.target


def test_a_place_discussed_is_no_party_of_the_meeting() -> None:
    ev = one(run("وناقش وزير الخارجية الأمريكي جون كيري مع نظيره الروسي سيرغي لافروف الأزمة السورية.",
                 [KERRY, LAVROV, SYRIAN]), "CONSULT")
    assert "سوريا" not in names(ev) and "سيرغي لافروف" in ev.target
    evs = run("وبحث الجانبان تطورات الأوضاع في سوريا ولبنان.", [SYRIA, LEBANON])
    assert not any("سوريا" in names(e) for e in evs if e.type == "CONSULT")



def test_a_dual_subject_names_both_parties_of_the_meeting() -> None:
    text = ("التقى وزير الخارجية عادل الجبير نظيره الأمريكي جون كيري في الدوحة. "
            "وأدان الجانبان الهجوم الإرهابي في العراق.")
    ev = one(run(text, [("عادل الجبير", "عادل الجبير", "PER"), ("جون كيري", "جون كيري", "PER")]), "DISAPPROVE")
    assert set(ev.source) == {"عادل الجبير", "جون كيري"}

"""The one a demand asks is not its asker, and a party the thing asked is against is no target: a first
person demand verb («نناشد», «نطالب») has no subject after it; «ناشد» is a masculine past though it opens
with «ن», so a feminine body after it is asked («وناشد وزارة الإسكان بـ»); a bare title before a definite
name («وناشد الرئيس الأمم المتحدة أن …») is the subject, the man the story tells of; with the one asked
named, «ضد X» in what is asked gives no target; a title chain's holder after «في محافظة إب،» asks."""

from __future__ import annotations

from event_cases import one, run

SAMER = ("سامر حداد", "سامر حداد", "PER")
HOUSING = ("وزارة الإسكان", "وزارة الإسكان", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
COALITION = ("دول التحالف", "دول التحالف", "ORG")
REBELS = ("الحوثيين", "الحوثيين", "ORG")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
NABIL = ("نبيل عواد", "نبيل عواد", "PER")
MILITIA = ("ميليشيات الحوثي", "ميليشيات الحوثي", "ORG")


def test_a_first_person_demand_verb_has_no_subject_after_it() -> None:
    text = "نناشد شركة الكهرباء الاهتمام والنظر بعين الاعتبار لحال المواطنين."
    evs = [e for e in run(text, []) if e.type == "DEMAND"]  # no entity names the company
    assert all(e.source != ["شركة الكهرباء"] for e in evs)


def test_a_first_person_demand_in_a_quote_is_the_speakers() -> None:
    text = "وقال سامر حداد: نطالب وزارة الإسكان بالنظر في أوضاع الأسر."
    ev = one(run(text, [SAMER, HOUSING]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["وزارة الإسكان"])


def test_nashada_is_masculine_so_a_ministry_after_it_is_asked() -> None:
    text = "وأكد سامر حداد ارتفاع تكاليف البناء. وناشد وزارة الإسكان بإطلاق شركة جديدة للبناء."
    ev = one(run(text, [SAMER, HOUSING]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["وزارة الإسكان"])


def test_a_bare_title_before_a_definite_body_is_the_subject() -> None:
    text = "وأكد الرئيس سامر حداد أن الوضع خطير. وناشد الرئيس الأمم المتحدة أن تتدخل لوقف الغارات."
    ev = one(run(text, [SAMER, UN]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["الأمم المتحدة"])


def test_a_bare_title_before_its_holders_name_is_no_subject_of_its_own() -> None:
    text = "وناشد الرئيس سامر حداد الأمم المتحدة أن تتدخل لوقف الغارات."
    ev = one(run(text, [SAMER, UN]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["الأمم المتحدة"])


def test_the_party_asked_against_is_no_target_when_the_one_asked_is_named() -> None:
    text = "وطلب سامر حداد من دول التحالف التدخل عسكريا ضد الحوثيين في المدينة."
    ev = one(run(text, [SAMER, COALITION, REBELS]), "DEMAND")
    assert ev.target == ["دول التحالف"]


def test_the_party_asked_against_stays_when_no_one_asked_is_named() -> None:
    text = "ودعا سامر حداد إلى التحرك ضد الحوثيين في المدينة."
    ev = one(run(text, [SAMER, REBELS]), "DEMAND")
    assert ev.target == ["الحوثيين"]


def test_a_title_chain_through_an_unnamed_province_ends_with_the_asker() -> None:
    text = "دعا الناطق الرسمي للمقاومة الشعبية في محافظة إب، نبيل عواد ميليشيات الحوثي إلى مغادرة المحافظة."
    ev = one(run(text, [RESISTANCE, NABIL, MILITIA]), "DEMAND")
    assert "نبيل عواد" in ev.source and ev.target == ["ميليشيات الحوثي"]

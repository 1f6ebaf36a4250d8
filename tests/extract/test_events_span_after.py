"""A name in what a span of time is counted from (`events_span_after`: «بعد أسبوع على إعلان فوز X»)
is no party of the deed, and «من» before a leader's men after a noun that tells no deed says whom the
noun is among (`events_followers.among_followers`), not who did the deed."""

from __future__ import annotations

from event_cases import names, one, run

NAJJAR = ("سامي النجار", "سامي النجار", "PER")
FARES = ("عبد الله فارس", "عبد الله فارس", "PER")


def test_a_name_after_a_span_counted_with_ala_is_not_the_one_killed() -> None:
    text = "ويأتي مقتله بعد أسبوع على إعلان فوز سامي النجار في الانتخابات."
    ev = one(run(text, [NAJJAR]), "ASSAULT")
    assert "سامي النجار" not in names(ev)


def test_a_name_after_a_span_counted_with_min_is_not_the_one_arrested() -> None:
    text = "وجاء اعتقاله قبل يومين من زيارة سامي النجار إلى المدينة."
    evs = [e for e in run(text, [NAJJAR]) if e.type == "COERCE"]
    assert all("سامي النجار" not in e.target for e in evs)


def test_the_followers_among_whom_the_besieged_are_stay_the_target() -> None:
    text = "كما تحاصرهم وحلفاءهم من أتباع الرئيس المخلوع خالد عبد الله فارس في الوادي."
    ev = one(run(text, [FARES]), "COERCE")
    assert ev.target == ["أتباع الرئيس المخلوع خالد عبد الله فارس"]


def test_followers_after_a_deed_noun_with_min_remain_its_doers() -> None:
    ev = one(run("تعرض الموكب لهجوم من أنصار الرئيس المعزول سامي النجار.", [NAJJAR]), "ASSAULT")
    assert ev.source == ["أنصار الرئيس المعزول سامي النجار"]

"""The one asked or criticised is not the doer (`events_reversal`): a demand verb followed by a noun it
cannot agree with («وطالب قوات …», «وحثت المجلس …») has that noun as the one asked, its subject told
before («ودعا الأمم المتحدة إلى», «ودعا جميع الأطراف إلى», «وطالب المجتمع الدولي بالتحرك»); the noun
after «واجه انتقادات» or «تعرض لانتقادات» from someone, told before the verb, is the
one criticised, not the critic."""

from __future__ import annotations

from event_cases import one, run

SAMER = ("سامر حداد", "سامر حداد", "PER")
UNION = ("اتحاد العمال", "اتحاد العمال", "ORG")
GUARD = ("قوات الحرس", "قوات الحرس", "ORG")
ASSEMBLY = ("المجلس الوطني", "المجلس الوطني", "ORG")
LEAGUE = ("رابطة المحامين", "رابطة المحامين", "ORG")


def test_a_masculine_demand_verb_before_a_feminine_construct_noun_asks_it() -> None:
    text = "وأشاد سامر حداد بالهدنة في المدينة، وطالب قوات الحرس بحماية المتظاهرين."
    ev = one(run(text, [SAMER, GUARD]), "DEMAND")
    assert ev.source == ["سامر حداد"] and ev.target[:1] == ["قوات الحرس"]


def test_a_feminine_demand_verb_before_a_masculine_head_asks_it() -> None:
    text = "وأشادت رابطة المحامين بالقرار، وحثت المجلس الوطني على التحقيق في الحادث."
    ev = one(run(text, [LEAGUE, ASSEMBLY]), "DEMAND")
    assert (ev.source, ev.target) == (["رابطة المحامين"], ["المجلس الوطني"])


ARAB_STATES = ("الدول العربية", "الدول العربية", "ORG")


def test_a_masculine_demand_verb_before_the_states_asks_them() -> None:
    # «الدول» is a broken plural of things: as a subject it would take «دعت»
    text = "وأشاد سامر حداد بالهدنة في المدينة، ودعا الدول العربية إلى وقفة جادة مع الشعب."
    ev = one(run(text, [SAMER, ARAB_STATES]), "DEMAND")
    assert ev.source == ["سامر حداد"] and ev.target == ["الدول العربية"]


UNITED_NATIONS = ("الأمم المتحدة", "الأمم المتحدة", "ORG")


def test_a_masculine_demand_verb_before_the_united_nations_asks_it() -> None:
    # «الأمم» is a broken plural of things too: as a subject it would take «دعت»
    text = "قال سامر حداد إن المدينة تعيش أوضاعا صعبة. ودعا الأمم المتحدة إلى إرسال مراقبين."
    ev = one(run(text, [SAMER, UNITED_NATIONS]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["الأمم المتحدة"])


def test_a_masculine_demand_verb_before_all_the_parties_asks_them() -> None:
    # «جميع»/«كافة» before a definite noun and the thing asked: those asked, not the subject
    text = "وأشاد سامر حداد بالهدنة في المدينة، ودعا جميع الأطراف إلى وقف القتال."
    ev = one(run(text, [SAMER]), "DEMAND")
    assert ev.source == ["سامر حداد"] and "جميع الأطراف" not in ev.source
    text = "وأشاد سامر حداد بالهدنة في المدينة، وحث الأطراف الرئيسية على مضاعفة جهودها."
    ev = one(run(text, [SAMER]), "DEMAND")
    assert ev.source == ["سامر حداد"]


COMMUNITY = ("المجتمع الدولي", "المجتمع الدولي", "ORG")


def test_a_masculine_demand_verb_before_the_international_community_asks_it() -> None:
    # the thing asked right after «المجتمع الدولي»: it is asked, the speaker told before asks
    text = "قال سامر حداد إن المدينة تعيش أوضاعا صعبة. وطالب المجتمع الدولي بالتحرك العاجل لحماية المدنيين."
    ev = one(run(text, [SAMER, COMMUNITY]), "DEMAND")
    assert (ev.source, ev.target) == (["سامر حداد"], ["المجتمع الدولي"])


def test_the_one_told_before_undergoing_criticism_is_its_target() -> None:
    text = "وكان سامر حداد قد واجه انتقادات حادة من اتحاد العمال بسبب تصريحاته."
    ev = one(run(text, [SAMER, UNION]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["اتحاد العمال"], ["سامر حداد"])
    text = "وقال مراقبون إن سامر حداد واجه انتقادات حادة من اتحاد العمال."
    ev = one(run(text, [SAMER, UNION]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["اتحاد العمال"], ["سامر حداد"])
    text = "وكان سامر حداد قد تعرض للانتقاد بسبب تصريحاته."  # no critic named: no event
    assert not [e for e in run(text, [SAMER]) if e.type == "DISAPPROVE"]

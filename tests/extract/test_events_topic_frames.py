"""Frames that only talk about a matter, name an office or say a general thing (`events_topic_frames`, and the
BLOCK rows and topic words beside it): a body's remit, a counted noun, a statistic, a warrant, a danger posed,
a fact's call, a conformity, a creed's truth, a polled view, a count of doers, a thing achieved, the
pilgrims' visit, a conviction, a deed not allowed, a judge, a pretence, a blessing, a dawn, a title won; the
real deeds beside them stay."""

from __future__ import annotations

import pytest
from event_cases import run

from marsad.extract.events_lexicon import Trigger
from marsad.extract.events_tokens import Tok, tokens
from marsad.extract.events_topic_frames import (
    conformity,
    counted_noun,
    creed_speaks,
    impersonal_call,
    not_allowed,
    remit_of_body,
    ritual_visit,
    warrant_only,
)
from marsad.extract.events_triggers import Hit

IRAN = ("إيران", "إيران", "LOC")
GAZA = ("غزة", "غزة", "LOC")
MINISTER = ("الوزير سامي العلي", "سامي العلي", "PER")
SHEIKH = ("الشيخ خالد الحربي", "خالد الحربي", "PER")
JUDGE = ("المستشار فهد العمري", "فهد العمري", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")
GOVERNMENT = ("الحكومة", "الحكومة", "ORG")
SPECS = [IRAN, GAZA, MINISTER, SHEIKH, JUDGE, POLICE, GOVERNMENT]


@pytest.mark.parametrize(("text", "typ"), [
    # a body's remit or a unit's name
    ("وزار وفد اللجنة الأممية المعنية بالتحقيق في انتهاكات حقوق الإنسان مدينة غزة أمس.", "INVESTIGATE"),
    ("وداهم عناصر وحدة التحقيق في الجرائم المالية مقر الشركة في العاصمة.", "INVESTIGATE"),
    ("ونقلت الشرطة المتهم إلى أحد مراكز التوقيف والتحقيق في المدينة.", "INVESTIGATE"),
    # a counted noun, a statistic, a warrant
    ("وأكد الوزير سامي العلي مشاركة 3500 طالب في المسابقة.", "DEMAND"),
    ("وأعلنت الشرطة ارتفاع عدد الاعتقالات في غزة إلى مستوى قياسي.", "COERCE"),
    ("وقالت الشرطة إن معدلات الهجمات في غزة تراجعت هذا العام.", "ASSAULT"),
    # a danger posed, a fact's call
    ("وقال الوزير سامي العلي إن إيران شكلت تهديدا خطيرا لدول الجوار.", "THREATEN"),
    ("وأوضح الوزير سامي العلي أن الحكومة خفضت ميزانية التعليم مما يدعو إلى القلق.", "DEMAND"),
    ("وقال الوزير سامي العلي إن إيران تتدخل في شؤون جيرانها وهو ما يدعو إلى القلق.", "DEMAND"),
    # a polled view, a count of doers, a thing achieved, a conviction
    ("وأظهر استطلاع للرأي أن غالبية الإيرانيين يؤيدون الاتفاق مع الحكومة.", "SUPPORT"),
    ("وأظهرت استطلاعات للرأي أن أغلبية سكان غزة يعارضون الاتفاق.", "REJECT"),
    ("وتقدر إيران عدد المسلحين الذين يقاتلون مع التنظيم بعشرة آلاف.", "FIGHT"),
    ("وسيطرت الحكومة على المدينة في أحدث مكاسب يحققونها في الشمال.", "INVESTIGATE"),
    ("وأفرجت الشرطة عن المتهم لعدم ثبوت إدانته في القضية.", "DISAPPROVE"),
    ("وكانت محكمة الاستئناف أكدت إدانته بتهمتين وعقوبتهما السجن عشر سنوات.", "DISAPPROVE"),
    ("وقضت المحكمة بسجن الرجل خمس سنوات لإدانته بالإرهاب.", "DISAPPROVE"),
])
def test_topic_frame_tells_no_deed(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    # a judge, a pretence, a blessing, worship, a dawn, a title won
    ("وكان المستشار فهد العمري قاضي محاكمة الرئيس السابق في قضايا الفساد.", "DISAPPROVE"),
    ("ونجا أحد الركاب من المسلحين بعدما تظاهر بأنه فارق الحياة.", "PROTEST"),
    ("ورفع الوزير سامي العلي التهنئة إلى الملك أعزه الله وأيده بنصره.", "SUPPORT"),
    ("وقال الشيخ خالد الحربي إن الولاء للوطن دين ندين الله به.", "DISAPPROVE"),
    ("وعرفت المنطقة زراعة النخيل منذ فجر التاريخ.", "ASSAULT"),
    ("وخطف المنتخب الوطني لكرة اليد للناشئين لقب البطولة العربية.", "ASSAULT"),
    # aims, receipts, crowds and rallies, a figure of speech
    ("وقال الوزير سامي العلي إن الحكومة تتصدى لمخططات إيران التي تستهدف الهيمنة على المنطقة بالقوة العسكرية.",
     "ASSAULT"),
    ("وتستقبل الحكومة أي ملاحظات من المواطنين عبر الهاتف.", "CONSULT"),
    ("وخطب الوزير سامي العلي أمام حشد ضم آلاف المواطنين.", "MOBILIZE"),
    ("وحشد الوزير سامي العلي آلاف الناخبين في غزة.", "MOBILIZE"),
    ("وقالت الشرطة إن البلدية استنفرت كل طاقاتها لاستقبال الزوار في موسم الصيف.", "MOBILIZE"),
    # matters and incidents in general, their scarcity
    ("وقال الوزير سامي العلي إن حوادث القتل والخطف تراجعت في غزة.", "ASSAULT"),
    ("وقال الوزير سامي العلي إن المحكمة ستبت في مسألة توقيفه الشهر المقبل.", "COERCE"),
    ("وأشار الوزير سامي العلي إلى ندرة الهجمات على غزة في الأشهر الأخيرة.", "ASSAULT"),
])
def test_other_sense_tells_no_deed(text: str, typ: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وشكلت الحكومة لجنة للتحقيق في الحادث.", "INVESTIGATE"),
    ("وحققت الشرطة مع المتهم في غزة.", "INVESTIGATE"),
    ("وقالت الشرطة إن من 600 إلى 800 شخص تظاهروا أمس في غزة.", "PROTEST"),
    ("وهددت إيران بإغلاق المضيق أمام السفن.", "THREATEN"),
    ("ودعا الوزير سامي العلي إلى مراجعة المناهج.", "DEMAND"),
    ("واتفق الوزير سامي العلي مع نظيره الإيراني على تعزيز التعاون.", "AGREE"),
    ("ورفض الشيخ خالد الحربي الدعوة إلى الحوار.", "REJECT"),
    ("وأدان الوزير سامي العلي الهجوم على السفارة.", "DISAPPROVE"),
    ("وقالت الشرطة إن مجموعة مجهولة العدد هاجمت دورية أمنية في غزة.", "ASSAULT"),
    ("وتظاهر الآلاف في غزة احتجاجا على ارتفاع الأسعار.", "PROTEST"),
    ("ورفضت الحكومة أن تستولي الميليشيات على مؤسسات الدولة.", "REJECT"),
])
def test_real_deed_stays(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type == typ]


def _hit(text: str, word: str, typ: str, pos: str) -> tuple[list[Tok], Hit]:
    """The tokens of `text` and a hit of type `typ` on its first token whose form is `word` (folded)."""
    toks = tokens(text)
    folded = tokens(word)[0].form
    k = next(i for i, t in enumerate(toks) if t.form == folded)
    return toks, Hit(Trigger(typ, pos, (folded,), None, (), frozenset()), k, k + 1)


def test_remit_needs_the_remit_word_or_a_unit_head() -> None:
    assert remit_of_body(*_at("اللجنة المعنية بالتحقيق في الحادث", "بالتحقيق", "INVESTIGATE", "n"))
    assert not remit_of_body(*_at("أمر النائب العام بالتحقيق في الحادث", "بالتحقيق", "INVESTIGATE", "n"))


def test_counted_noun_is_a_bare_form_after_a_count() -> None:
    assert counted_noun(*_at("بمشاركة 2400 طالب", "طالب", "DEMAND", "v"))
    assert not counted_noun(*_at("في عام 2015 طالب الرئيس", "طالب", "DEMAND", "v"))
    assert not counted_noun(*_at("من 600 إلى 800 رفضنا ذلك", "رفضنا", "REJECT", "v"))


def test_warrant_not_told_issued() -> None:
    assert warrant_only(*_at("رفضت تنفيذ مذكرة توقيف بحق الرئيس", "توقيف", "COERCE", "n"))
    assert not warrant_only(*_at("أصدرت المحكمة مذكرة توقيف بحق الرئيس", "توقيف", "COERCE", "n"))


def test_a_fact_calls_for_no_one() -> None:
    assert impersonal_call(*_at("ارتفعت الأسعار مما يدعو إلى القلق", "يدعو", "DEMAND", "v"))
    assert impersonal_call(*_at("وهو الأمر الذي يدعو إلى القلق", "يدعو", "DEMAND", "v"))
    assert not impersonal_call(*_at("وقال الوزير الذي يدعو إلى الحوار", "يدعو", "DEMAND", "v"))


def test_conformity_after_bima() -> None:
    assert conformity(*_at("ستطور الوزارة خدماتها بما يتفق مع المعايير", "يتفق", "AGREE", "v"))
    assert not conformity(*_at("وقال إن الوزير يتفق مع نظيره", "يتفق", "AGREE", "v"))


def test_creed_as_subject() -> None:
    toks, h = _hit("وقال إن الإسلام يرفض العنف", "يرفض", "REJECT", "v")
    assert creed_speaks(toks, 0, len(toks), h)
    toks, h = _hit("ويدعو ديننا الحنيف إلى التسامح", "ويدعو", "DEMAND", "v")
    assert creed_speaks(toks, 0, len(toks), h)
    toks, h = _hit("وقال إن الوزير يرفض العنف", "يرفض", "REJECT", "v")
    assert not creed_speaks(toks, 0, len(toks), h)


def test_ritual_visit_joined_to_umrah() -> None:
    toks, h = _hit("برنامج الضيافة للحج والعمرة والزيارة", "والزيارة", "CONSULT", "n")
    assert ritual_visit(toks, 0, len(toks), h)
    toks, h = _hit("وبحث الوزير خلال الزيارة التعاون", "الزيارة", "CONSULT", "n")
    assert not ritual_visit(toks, 0, len(toks), h)


def test_not_allowed_needs_the_negation() -> None:
    assert not_allowed(*_at("لن نسمح بأن تستولي الميليشيات على الحكم", "تستولي", "COERCE", "v"))
    assert not not_allowed(*_at("وطالب بأن تستولي الدولة على الأراضي", "تستولي", "COERCE", "v"))


def _at(text: str, word: str, typ: str, pos: str) -> tuple[list[Tok], int, Hit]:
    """The arguments (tokens, sentence start, hit) of a frame test on the first `word` of `text`."""
    toks, h = _hit(text, word, typ, pos)
    return toks, 0, h

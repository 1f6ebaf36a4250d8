"""Triggers the table used to miss or mistype (session 18): a death sentence carried out, a deportation, fighters
captured, a suspect held («التحفظ على»), a step brandished («لوح بوقف»), a call renewed («جدد دعوته إلى»); and
readings that are no event: a hospital on alert, «مظاهره» (its manifestations). Each with the other senses of the
same words left alone."""

from __future__ import annotations

from event_cases import INTERIOR_MINISTRY, ISIS, KUWAIT, one, run

from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_tokens import split_sentences, tokens
from marsad.extract.events_triggers import find_triggers

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
BAHRAINI_AUTHORITIES = ("السلطات البحرينية", "البحرين", "ORG")


def test_a_death_sentence_carried_out_is_coercion() -> None:
    evs = run("نفذت وزارة الداخلية أمس حكم القتل قصاصا في جان أدين بقتل جاره بمنطقة تبوك.", [INTERIOR_MINISTRY])
    assert "وزارة الداخلية" in one(evs, "COERCE").source
    named = run("نفذت وزارة الداخلية أمس حكم القتل تعزيرا في المدعو سالم بن فهد العتيبي بمنطقة تبوك.",
                [INTERIOR_MINISTRY, ("سالم بن فهد العتيبي", "سالم بن فهد العتيبي", "PER")])
    assert one(named, "COERCE").target == ["سالم بن فهد العتيبي"]  # the one put to death (`events_executions`)
    isis = run("وقال مصدر محلي إن تنظيم داعش نفذ حكم الإعدام في خمسة رعاة قرب الموصل.", [ISIS])
    assert "داعش" in one(isis, "COERCE").source


def test_a_deportation_is_coercion_not_a_dimension() -> None:
    evs = run("قررت السلطات البحرينية إبعاد سبعة مقيمين عن البلاد بعد إدانتهم.", [BAHRAINI_AUTHORITIES])
    one(evs, "COERCE")
    dims = run("وقال وزير الخارجية الكويتي إن للأزمة أبعاد إقليمية خطيرة.", [KUWAIT])
    assert not [e for e in dims if e.type == "COERCE"]


def test_fighters_captured_are_coercion_by_the_captor() -> None:
    evs = run("وأسرت المقاومة الشعبية أمس 25 مسلحا حوثيا في جبهة مريس.", [RESISTANCE])
    assert "المقاومة الشعبية" in one(evs, "COERCE").source
    family = run("وقال المقاومة الشعبية إن أسرته نزحت إلى عدن.", [RESISTANCE])
    assert not [e for e in family if e.type == "COERCE"]
    charm = run("أسرت المطربة قلوب الحاضرين في حفل الكويت.", [KUWAIT])
    assert not [e for e in charm if e.type == "COERCE"]


def test_holding_a_suspect_is_coercion_a_reservation_is_not() -> None:
    evs = run("وقامت وزارة الداخلية بالتحفظ على المتهمين الثلاثة في سجن الشرطة.", [INTERIOR_MINISTRY])
    assert "وزارة الداخلية" in one(evs, "COERCE").source
    reserved = run("رغم التحفظ على ذلك القرار مضت وزارة الداخلية في تطبيقه.", [INTERIOR_MINISTRY])
    assert not [e for e in reserved if e.type == "COERCE"]


TURKEY_PM = ("رئيس الوزراء التركي", "تركيا", "PER")
SAUDI_FM = ("وزير الخارجية السعودي", "السعودية", "PER")
TUNISIA = ("تونس", "تونس", "LOC")


def test_brandishing_a_step_is_a_threat_a_looming_crisis_is_not() -> None:
    evs = run("ولوح رئيس الوزراء التركي بوقف المحادثات مع الاتحاد الأوروبي.", [TURKEY_PM])
    assert "تركيا" in one(evs, "THREATEN").source
    looming = run("وقال رئيس الوزراء التركي إن أزمة جديدة تلوح في الأفق.", [TURKEY_PM])
    assert not [e for e in looming if e.type == "THREATEN"]


def test_a_renewed_call_is_a_demand_a_renewed_invitation_is_not() -> None:
    evs = run("وجدد وزير الخارجية السعودي دعوته إلى وقف القتال في ليبيا.", [SAUDI_FM])
    assert "السعودية" in one(evs, "DEMAND").source
    invited = run("وجدد وزير الخارجية السعودي دعوته لزيارة معرض الكتاب.", [SAUDI_FM])
    assert not [e for e in invited if e.type == "DEMAND"]


def test_a_hospital_on_alert_coerces_no_one() -> None:
    evs = run("وأعلنت تونس حالة الطوارئ في المستشفيات لاستقبال جرحى الحادث.", [TUNISIA])
    assert not [e for e in evs if e.type == "COERCE"]
    state = run("وأعلنت تونس حالة الطوارئ في كامل البلاد بعد الهجوم.", [TUNISIA])
    one(state, "COERCE")  # a state of emergency over the country stays coercion


def _raw_types(text: str) -> list[str]:
    """The types of the raw trigger hits of `text`, before any event is made."""
    toks = tokens(text)
    return [h.trig.type for a, b in split_sentences(text, toks) for h in find_triggers(toks, a, b, lexicon())]


def test_manifestations_written_with_ha_are_no_protest() -> None:
    assert "PROTEST" not in _raw_types("وجددت تونس رفضها للعنف الذي كانت آخر مظاهره إحراق مدرسة في القصرين.")
    assert "PROTEST" in _raw_types("وشارك المئات في مظاهرة ومسيرة في القصرين.")  # «مظاهرة» with ة stays

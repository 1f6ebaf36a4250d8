"""Places that are not where a meeting or a visit happened (`events_places2`): the seat of a guest's
title or body glued to «بـ» after the trigger of a reception, and a visitor told with its country's
adjective after a visit word."""

from __future__ import annotations

from event_cases import one, run

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_places2 import visitor_not_place
from marsad.extract.events_tokens import Tok, tokens

GUEST = ("سالم حسن", "سالم حسن", "PER")
MINISTER = ("خالد العمر", "خالد العمر", "PER")
KL_GLUED = ("بكوالالمبور", "بكوالالمبور", "LOC")  # the span the entity layer gives, «بـ» and all
RIYADH = ("الرياض", "الرياض", "LOC")
SELANGOR = ("سلانغور", "سلانغور", "LOC")


def test_the_seat_of_a_guests_university_is_not_where_he_was_received() -> None:
    evs = run("استقبل وزير التعليم خالد العمر أمس مدير جامعة العلوم الحديثة بكوالالمبور الدكتور سالم حسن.",
              [MINISTER, GUEST, KL_GLUED])
    assert one(evs, "CONSULT").location is None


def test_a_place_of_the_meeting_itself_stays() -> None:
    evs = run("استقبل وزير التعليم خالد العمر في الرياض أمس مدير جامعة العلوم الحديثة بكوالالمبور الدكتور سالم حسن.",
              [MINISTER, GUEST, KL_GLUED, RIYADH])
    assert one(evs, "CONSULT").location == "الرياض"


def test_the_guests_ministry_abroad_is_not_the_place() -> None:
    evs = run("واستقبل خالد العمر اليوم وكيل وزارة الصحة بولاية سلانغور سالم حسن والوفد المرافق له.",
              [MINISTER, GUEST, SELANGOR])
    assert one(evs, "CONSULT").location is None


def _group(toks: list[Tok], words: str, place: str) -> Group:
    """The place group over the tokens spelling `words`."""
    forms = [t.form for t in toks]
    first = forms.index(fold(words.split()[0]))
    return Group(first, first + len(words.split()), [place], place, True)


def test_a_visitor_with_its_countrys_adjective_is_not_where_the_visit_went() -> None:
    toks = tokens("ورحب خالد العمر بزيارة الوفد الماليزي إلى كوالالمبور.")
    assert visitor_not_place(toks, _group(toks, "الوفد الماليزي", "ماليزيا"))
    assert not visitor_not_place(toks, _group(toks, "كوالالمبور", "كوالالمبور"))
    gulf = tokens("يواصل الوزير زيارته لدول التعاون الخليجي")
    assert not visitor_not_place(gulf, _group(gulf, "التعاون الخليجي", "الخليج"))
    kingdom = tokens("خلال زيارته إلى المملكة العربية السعودية")
    assert not visitor_not_place(kingdom, _group(kingdom, "المملكة العربية السعودية", "السعودية"))

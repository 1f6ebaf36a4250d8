"""Precision, second round: lines of verse, a remark «noted», a sermon's call for a virtue, a body's own
works approved, and a present verb joined by «و» in a clause of duty (`events_generic`)."""

from __future__ import annotations

from event_cases import one, run

IRAN = ("إيران", "إيران", "LOC")
LEADER = ("سالم العتيبي", "سالم العتيبي", "PER")
PARTY = ("حزب الأمة", "حزب الأمة", "ORG")
PREACHER = ("ناصر الحمد", "ناصر الحمد", "PER")
PRINCE = ("فهد الراشد", "فهد الراشد", "PER")
FRANCE = ("فرنسا", "فرنسا", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_lines_of_verse_tell_no_protest() -> None:
    text = "ومن قصائد الديوان: مشيت في الشوارع/ وتذكرتك/ هتفت في المظاهرات/ وتذكرتك/ كتبت الرسائل/ فنسيتك."
    assert "PROTEST" not in types_of(text, [])


def test_slashes_of_a_date_are_no_verse() -> None:
    text = "تظاهر أنصار حزب الأمة أمام البرلمان في 3 / 9 / 1436هـ بعد القرار رقم 12 / 7 / 5."
    assert "PROTEST" in types_of(text, [PARTY])


def test_noted_with_his_words_is_no_praise() -> None:
    text = "ونوه سالم العتيبي بقوله أننا نجد الأسعار ترتفع كل عام في الأسواق."
    assert "SUPPORT" not in types_of(text, [LEADER])


def test_praise_of_a_party_is_kept() -> None:
    text = "ونوه سالم العتيبي بدور فرنسا في دعم الاستقرار."
    assert "SUPPORT" in types_of(text, [LEADER, FRANCE])


def test_call_to_hold_fast_to_values_is_a_sermon() -> None:
    text = "وطالب ناصر الحمد «الجميع بالتمسك بالقيم وعدم الانجرار خلف الشائعات»."
    assert "DEMAND" not in types_of(text, [PREACHER])


def test_call_to_hold_to_a_deal_is_kept() -> None:
    text = "ودعا سالم العتيبي إيران إلى التمسك بالاتفاق."
    assert "DEMAND" in types_of(text, [LEADER, IRAN])


def test_approving_a_project_of_works_is_no_agreement() -> None:
    text = "وافق الأمير فهد الراشد أمير المنطقة على مشروع تطوير السوق الشعبي ضمن الخطط السنوية."
    assert "AGREE" not in types_of(text, [PRINCE])


def test_approving_a_project_with_a_party_is_kept() -> None:
    text = "وافق سالم العتيبي على مشروع تطوير التعاون مع فرنسا."
    assert "AGREE" in types_of(text, [LEADER, FRANCE])


def test_verb_joined_by_and_in_a_clause_of_duty_is_hedged() -> None:
    text = "وقال سالم العتيبي «ندعو الطرفين، اليوم يجب أن يرفع حزب الأمة إصبعه فورا عن الزناد ويعلن التزامه بوقف إطلاق النار»."
    assert one(run(text, [LEADER, PARTY]), "RETREAT").hedged

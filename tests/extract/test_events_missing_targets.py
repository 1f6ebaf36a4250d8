"""Targets the sentence names plainly but word order misses (`events_missing_targets`)."""

from __future__ import annotations

from event_cases import HAMAS, SALEM, one, run

RED_CRESCENT = ("هيئة الهلال الأحمر", "هيئة الهلال الأحمر", "ORG")
RIYADH = ("الرياض", "الرياض", "LOC")



def test_the_person_after_a_killing_nouns_titles_was_killed() -> None:
    text = "أعلن الجيش مقتل القيادي البارز سالم الحربي في عملية أمنية."
    ev = one(run(text, [SALEM]), "ASSAULT")
    assert "سالم الحربي" in ev.target


def test_the_person_called_so_after_an_arrest_noun_was_arrested() -> None:
    text = "أعلنت الشرطة اعتقال المدعو سالم الحربي في العاصمة."
    ev = one(run(text, [SALEM]), "COERCE")
    assert ev.target == ["سالم الحربي"] and "سالم الحربي" not in ev.source


def test_a_title_and_its_party_before_the_arrested_name() -> None:
    text = "أعلنت الشرطة اعتقال رئيس الحزب المعارض سالم الحربي في العاصمة."
    ev = one(run(text, [SALEM]), "COERCE")
    assert "سالم الحربي" in ev.target


def test_the_person_after_his_body_joined_to_his_name_was_arrested() -> None:
    text = "أعلنت الشرطة اعتقال القيادي في حماس سالم الحربي في العاصمة."
    ev = one(run(text, [HAMAS, SALEM]), "COERCE")
    assert "سالم الحربي" in ev.target and "سالم الحربي" not in ev.source


def test_one_of_a_bodys_leaders_named_after_it_was_arrested() -> None:
    text = "أعلنت الشرطة اعتقال أحد أبرز قادة حماس الشيخ سالم الحربي."
    ev = one(run(text, [HAMAS, SALEM]), "COERCE")
    assert "سالم الحربي" in ev.target


def test_the_wounded_a_result_clause_counts_are_the_attacks_target() -> None:
    text = "فتح مسلح النار في سوق شعبي، مما أسفر عن إصابة سبعة أشخاص."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["سبعة أشخاص"]


def test_the_killed_and_wounded_counted_after_a_shelling_are_its_target() -> None:
    text = "قصف سالم الحربي مقرا في المدينة، مما أدى إلى مقتل وإصابة 12 عنصرا."
    ev = one(run(text, [SALEM]), "ASSAULT")
    assert "12 عنصرا" in ev.target


def test_the_one_asked_after_the_place_the_subject_serves() -> None:
    text = "وطالبت هيئة الهلال الأحمر بمنطقة الرياض المواطنين بالتبرع بالدم."
    ev = one(run(text, [RED_CRESCENT, RIYADH]), "DEMAND")
    assert ev.target == ["المواطنين"]


def test_the_one_asked_after_an_aside_closed_by_a_comma() -> None:
    text = "وناشد سالم الحربي في ختام كلمته، الشباب العربي أن يبتعد عن الفتن."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.source == ["سالم الحربي"] and ev.target == ["الشباب العربي"]


def test_the_one_asked_after_a_comma_that_closes_the_subject() -> None:
    text = "ودعا سالم الحربي، المجتمع الدولي إلى التحرك العاجل."
    ev = one(run(text, [SALEM]), "DEMAND")
    assert ev.target == ["المجتمع الدولي"]


TUNISIA = ("تونس", "تونس", "LOC")
CHARLIE = ("تشارلي ايبدو", "تشارلي ايبدو", "ORG")
HAMA = ("حماة", "حماة", "LOC")


def test_the_subject_of_undergoing_in_a_relative_clause_was_hit() -> None:
    text = "وتراجعت السياحة بعد الهجمات التي تعرضت لها تونس في الصيف."
    ev = one(run(text, [TUNISIA]), "ASSAULT")
    assert ev.target == ["تونس"]


def test_a_head_noun_and_the_name_it_is_of_undergo_it() -> None:
    text = "وعقب الهجوم الذي تعرضت له صحيفة تشارلي ايبدو صدر بيان مشترك."
    ev = one(run(text, [CHARLIE]), "ASSAULT")
    assert ev.target == ["صحيفة تشارلي ايبدو"]


def test_a_relative_clause_may_tell_more_before_its_verb_of_undergoing() -> None:
    text = "وأدى القصف الذي استخدمت فيه الصواريخ وتعرض له مخيم حماة إلى سقوط ضحايا."
    ev = one(run(text, [HAMA]), "ASSAULT")
    assert ev.target == ["مخيم حماة"]


def test_a_quarter_that_underwent_it_is_a_place_not_a_target() -> None:
    text = "وأصيب عشرة أشخاص في القصف الذي تعرض له حي الوعر في حماة."
    ev = one(run(text, [("حي الوعر", "حي الوعر", "LOC"), HAMA]), "ASSAULT")
    assert "حي الوعر" not in ev.target


def test_the_object_of_the_attack_verb_in_a_relative_clause_on_the_noun() -> None:
    text = "وتبنى التنظيم الهجوم الذي استهدف المروحية العسكرية قرب الحدود."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["المروحية العسكرية"]


def test_an_indefinite_site_after_the_attack_verb_with_its_adjective() -> None:
    text = "وقال سكان إن غارات استهدفت مقرا حكوميا في المدينة."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["مقرا حكوميا"]


def test_a_verb_with_a_pronoun_for_the_deed_has_its_doer_after_it() -> None:
    text = "وقال سكان إن الغارات التي شنتها الطائرات استهدفت المواقع."
    ev = one(run(text, []), "ASSAULT")
    assert "الطائرات" not in ev.target

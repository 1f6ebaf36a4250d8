"""Doers of passive and nominal deeds, and meetings told by nouns (`events_nominal`): a people phrase
after «من قبل» stands for its body, unnamed doers who belong to a body stand for it, and a meeting noun
with «عقده»/«جمعه» and «مع»/«بـ» names the sentence's speaker and the one met."""

from __future__ import annotations

from event_cases import ISIS_TANZIM, PKK, SALEM, one, run

SHABAB = ("حركة الشباب", "حركة الشباب", "ORG")
FAHD = ("فهد العتيبي", "فهد العتيبي", "PER")
NASSER = ("ناصر القحطاني", "ناصر القحطاني", "PER")


def test_some_of_a_bodys_gunmen_after_min_qibal_stand_for_the_body() -> None:
    text = "وتضرر خط الغاز في هجوم نفذ من قبل مجموعة من مسلحي حزب العمال الكردستاني."
    ev = one(run(text, [PKK]), "ASSAULT")
    assert ev.source == ["حزب العمال الكردستاني"]


def test_members_of_a_body_after_ala_yad_stand_for_the_body() -> None:
    text = "وقد اختطف المهندس على يد مجموعة من عناصر تنظيم داعش في الصحراء."
    ev = one(run(text, [ISIS_TANZIM]), "ASSAULT")
    assert ev.source == ["داعش"]


def test_gunmen_who_belong_to_a_body_stand_for_it() -> None:
    text = "وأسفر هجوم نفذه مسلحون ينتمون إلى حركة الشباب عن مقتل جنديين."
    ev = one(run(text, [SHABAB]), "ASSAULT")
    assert ev.source == ["حركة الشباب"] and "حركة الشباب" not in ev.target


def test_a_meeting_held_with_someone_names_the_speaker_and_the_one_met() -> None:
    text = "وقال سالم الحربي في اجتماع موسع عقده مع فهد العتيبي إن الطرفين متفقان."
    ev = one(run(text, [SALEM, FAHD]), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["فهد العتيبي"]


def test_a_meeting_that_brought_him_together_with_someone_before_the_speaker() -> None:
    text = "وفي لقاء جمعه بالوزير ناصر القحطاني، قال سالم الحربي إن العمل مستمر."
    ev = one(run(text, [SALEM, NASSER]), "CONSULT")
    assert ev.source == ["سالم الحربي"] and ev.target == ["ناصر القحطاني"]


def test_a_meeting_of_a_named_body_is_no_occasion() -> None:
    text = "وقال سالم الحربي في اجتماع المجلس عقده مع فهد العتيبي إن العمل مستمر."
    assert all(ev.source != ["سالم الحربي"] or ev.type != "CONSULT" for ev in run(text, [SALEM, FAHD]))


def test_owners_of_a_trade_are_a_party() -> None:
    text = "وطالب أصحاب المصانع وزارة الطاقة بتخفيض أسعار الوقود."
    ev = one(run(text, []), "DEMAND")
    assert ev.source == ["أصحاب المصانع"]


def test_a_meeting_in_reported_words_is_not_the_speakers() -> None:
    text = "وأشار سالم الحربي إلى أن «فهد العتيبي أعلن عن التبرع، وذلك بعد لقاءات عقدها مع ناصر القحطاني»."
    assert all("سالم الحربي" not in ev.source for ev in run(text, [SALEM, FAHD, NASSER]) if ev.type == "CONSULT")

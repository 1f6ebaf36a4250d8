"""The given name «علي» before a person's name, told from the preposition «على» (`marsad.extract.ner_ali`)."""

from __future__ import annotations

from marsad.extract.entities import extract_entities
from marsad.extract.ner_ali import join_ali


def test_ali_joins_the_name_after_it_where_the_page_writes_ala_with_alif_maqsura() -> None:
    sents = [["انتقد", "علي", "الشهري", "الفعاليات"], ["وقف", "على", "الباب"]]
    tags = [["O", "O", "B-PER", "O"], ["O", "O", "O"]]
    join_ali(sents, tags)
    assert tags[0] == ["O", "B-PER", "I-PER", "O"]


def test_a_page_that_writes_the_preposition_with_ya_is_left_alone() -> None:
    sents = [["رد", "علي", "أوباما"], ["وقف", "علي", "الباب"]]
    tags = [["O", "O", "B-PER"], ["O", "O", "O"]]
    join_ali(sents, tags)
    assert tags[0] == ["O", "O", "B-PER"]


def test_the_whole_name_is_the_entity() -> None:
    ents = extract_entities("من جهته انتقد علي الشهري اقتصار أغلب الفعاليات على العوائل فقط.")
    assert "علي الشهري" in {e.text for e in ents}


def _persons(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == "PER"]


def test_ali_ending_a_name_stays_in_a_page_that_writes_another_word_with_alif_maqsura() -> None:
    # no «على» here, but «إلى» keeps its «ى»: the «علي» after «محمد» is a name, and the surname follows it
    text = "وأصدر الوزير قرارا بتعيين العقيد محمد علي الصوفي قائدا للواء إلى جانب مهامه."
    assert "محمد علي الصوفي" in _persons(text)


def test_ali_after_bin_is_a_name_whatever_the_page() -> None:
    assert "زهير بن علي" in _persons("وقال الأستاذ الجامعي زهير بن علي إن الطلاب عادوا")


def test_ali_opening_a_name_right_after_a_title_is_a_name_whatever_the_page() -> None:
    assert "علي الحربي" in _persons("وقال الشيخ علي الحربي إن الحملة مستمرة")


def test_a_page_with_alif_maqsura_in_any_word_joins_ali() -> None:
    sents = [["انتقد", "علي", "الشهري", "الفعاليات"], ["وصل", "الوفد", "إلى", "الرياض"]]
    tags = [["O", "O", "B-PER", "O"], ["O", "O", "O", "B-LOC"]]
    join_ali(sents, tags)
    assert tags[0] == ["O", "B-PER", "I-PER", "O"]

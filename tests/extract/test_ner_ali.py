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

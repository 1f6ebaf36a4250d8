"""A person mention that opens with «و» and a past news verb loses the verb (`ner_junk.drop_said_openers`)."""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.ner_junk import drop_said_openers


def _run(words: list[str], tags: list[str]) -> list[str]:
    out = [list(tags)]
    drop_said_openers([[fold(w) for w in words]], out)
    return out[0]


def test_and_condemned_is_no_first_name() -> None:
    words = ["ودان", "أوباما", "استمرار", "القتال"]
    assert _run(words, ["B-PER", "I-PER", "O", "O"]) == ["O", "B-PER", "O", "O"]


def test_the_verb_only_where_it_opens_the_clause() -> None:
    words = ["التقى", "الوزير", "ودان", "أوباما"]  # «… ودان أوباما»: inside a clause, a name may follow «و»
    assert _run(words, ["O", "O", "B-PER", "I-PER"]) == ["O", "O", "B-PER", "I-PER"]
    assert _run(["،", "ودان", "أوباما"], ["O", "B-PER", "I-PER"]) == ["O", "O", "B-PER"]


def test_a_name_in_waw_stays() -> None:
    words = ["وليد", "المعلم", "قال"]
    assert _run(words, ["B-PER", "I-PER", "O"]) == ["B-PER", "I-PER", "O"]

"""A person or body mention run on into a verb or «بـ» + a noun ends before it
(`ner_junk.drop_run_on_tails`), and the verb is not tagged alone as the person elsewhere."""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.entities import extract_entities
from marsad.extract.ner_junk import drop_run_on_tails


def _run(words: list[str], tags: list[str]) -> list[str]:
    out = [list(tags)]
    drop_run_on_tails([[fold(w) for w in words]], out)
    return out[0]


def test_a_past_verb_after_a_name_is_no_part_of_it() -> None:
    words = ["الملك", "سلمان", "استقبل", "الوزير"]
    assert _run(words, ["O", "B-PER", "I-PER", "O"]) == ["O", "B-PER", "O", "O"]


def test_a_future_verb_after_a_name_is_no_part_of_it() -> None:
    words = ["الرئيس", "محمد", "بخاري", "سيسافر", "غدا"]
    assert _run(words, ["O", "B-PER", "I-PER", "I-PER", "O"]) == ["O", "B-PER", "I-PER", "O", "O"]


def test_bi_and_a_noun_after_a_name_is_its_complement() -> None:
    words = ["استبق", "لقاءه", "كارتر", "بنشر", "رسالة"]
    assert _run(words, ["O", "O", "B-PER", "I-PER", "O"]) == ["O", "O", "B-PER", "O", "O"]


def test_names_that_look_like_verbs_or_bi_stay() -> None:
    assert _run(["علي", "بن", "أبي", "طالب"], ["B-PER", "I-PER", "I-PER", "I-PER"]) == ["B-PER", "I-PER", "I-PER", "I-PER"]
    assert _run(["ميشيل", "بلاتيني"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]
    assert _run(["فلاديمير", "بوتين"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]


def test_the_verb_does_not_become_the_persons_name() -> None:
    text = "وفي يوم الثلاثاء الملك سلمان استقبل الوزير. وفي يوم الأربعاء استقبل الملك سلمان السفير."
    names = {e.text for e in extract_entities(text) if e.label == "PER"}
    assert "سلمان استقبل" not in names and "استقبل" not in names

"""Post-rules of round 5: quoted titles, models, stadiums, clubs by nisba, list rule."""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.ner_tagger import club_nisba, post_rules, quoted, work_titles


def _run(toks: list[str], tags: list[str], fn: str) -> list[str]:
    fs = [[fold(t) for t in toks]]
    ts = [list(tags)]
    if fn == "titles":
        work_titles([toks], fs, ts)
    else:
        club_nisba(fs, ts)
    return ts[0]


def test_quoted_span_knows_open_and_close_marks() -> None:
    toks = ["مثل", "«", "جيلي", "»", "و", "«", "بريلاينس", "»"]
    fs = [fold(t) for t in toks]
    assert quoted(fs, 1, toks) == (2, 3)
    assert quoted(fs, 3, toks) is None  # » opens nothing
    assert quoted(["'", "'", "يونيفيل", "'", "'"], 0) == (2, 3)


def test_quoted_title_after_a_work_cue_is_misc() -> None:
    toks = ["قدم", "برنامجا", "بعنوان", "«", "حوار", "من", "القلب", "»", "."]
    assert _run(toks, ["O"] * 9, "titles")[4:7] == ["B-MISC", "I-MISC", "I-MISC"]
    toks = ["ببرنامج", "جديد", "«", "حور", "الدنيا", "»"]
    assert _run(toks, ["O"] * 6, "titles")[3:5] == ["B-MISC", "I-MISC"]
    toks = ["قال", "«", "حور", "الدنيا", "»"]  # no cue: left alone
    assert _run(toks, ["O"] * 5, "titles") == ["O"] * 5


def test_stadium_name_and_model_are_misc() -> None:
    toks = ["على", "ملعب", "سانتياغو", "برنابيو", "في", "مدريد"]
    tags = ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert _run(toks, tags, "titles") == ["O", "O", "B-MISC", "I-MISC", "O", "B-LOC"]
    toks = ["وتوفر", "تويوتا", "كامري", "الجديدة"]
    assert _run(toks, ["O", "B-ORG", "I-ORG", "O"], "titles") == ["O", "B-ORG", "B-MISC", "O"]
    toks = ["شركة", "تويوتا", "موتور"]  # the company's own name stays whole
    assert _run(toks, ["O", "B-ORG", "I-ORG"], "titles") == ["O", "B-ORG", "I-ORG"]


def test_place_with_masculine_nisba_is_a_club_in_a_sports_report() -> None:
    toks = ["فاز", "ليون", "الفرنسي", "في", "المباراة", "على", "ملعب", "ليون", "الفرنسية"]
    tags = ["O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O"]
    assert _run(toks, tags, "clubs") == ["O", "B-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"]
    toks = ["قصفت", "الطائرات", "مواقع", "في", "الجولان", "السوري", "المحتل"]  # not sport: a region
    tags = ["O", "O", "O", "O", "B-LOC", "O", "O"]
    assert _run(toks, tags, "clubs") == tags


def test_people_and_misc_lists_tag_strong_names() -> None:
    toks = ["قال", "جاك", "شيراك", "إن", "الحرب", "العالمية", "الثانية", "انتهت"]
    tags = post_rules([toks], [["O"] * len(toks)])[0]
    assert tags[1:3] == ["B-PER", "I-PER"] and tags[4:7] == ["B-MISC", "I-MISC", "I-MISC"]
    toks = ["فيروز", "غنت"]  # a one-word list name is weak: no rule
    assert post_rules([toks], [["O", "O"]])[0] == ["O", "O"]

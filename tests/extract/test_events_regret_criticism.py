"""Regret voiced at a deed, and criticism levelled by a doer named after «وجّه» (DISAPPROVE)."""

from marsad.extract.events_eval import run_article


def _disapprove(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2015-08-01") if e.type == "DISAPPROVE"]


def test_regret_at_a_deed_is_disapproval() -> None:
    found = _disapprove("وعبَّر الدكتور عبدالله التركي عن أسفه البالغ باستمرار هذه الفئة المارقة في أعمالها الإجرامية.")
    assert found and "عبدالله التركي" in found[0][0]


def test_grief_at_a_loss_is_no_disapproval() -> None:
    assert not _disapprove("وعبرت السفيرة عن أسفها لفقدان الشاب قائلة إن فقدانه مأساة.")


def test_criticism_levelled_by_a_named_doer() -> None:
    found = _disapprove("ردّ كيري على الانتقادات التي وجهتها تركيا للاتفاق النووي.")
    assert found and found[0][0] == ["تركيا"]

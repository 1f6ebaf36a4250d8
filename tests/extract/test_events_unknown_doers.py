"""A deed told again on the same day by unknown doers («من قبل مجهولين») is the deed told before, not
another (`events_merge._known`): the unknown doers name no one, as a telling with no doer does not."""

from __future__ import annotations

from marsad.extract.events_eval import run_article


def _assaults(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2024-12-09") if e.type == "ASSAULT"]


def test_attack_by_unknown_doers_told_again_the_same_day_is_one_deed() -> None:
    evs = _assaults("تعرض مبنى فرع حزب العدالة والتنمية في أنقرة مساء الأحد لهجوم بعبوة ناسفة. "
                    "وذكرت الشرطة أن المبنى تعرض مساء الأحد لاعتداء مسلح من قبل مجهولين، أسفر عن إصابة أحد الحراس.")
    assert evs == [(["مجهولين"], ["حزب العدالة والتنمية"])]


def test_shooting_at_an_embassy_told_again_is_one_deed() -> None:
    evs = _assaults("تعرضت السفارة الإسرائيلية في ستوكهولم مساء الأحد لهجوم بالرصاص. "
                    "وقالت الشرطة السويدية إن السفارة تعرضت مساء الأحد لإطلاق نار من قبل مجهولين دون وقوع إصابات.")
    assert len(evs) == 1 and "إسرائيل" in evs[0][1]


def test_attack_by_unknown_doers_on_another_day_stays_apart() -> None:
    evs = _assaults("تعرض مبنى فرع حزب العدالة والتنمية في أنقرة مساء الأحد لهجوم بعبوة ناسفة. "
                    "وكان المبنى قد تعرض في مارس الماضي لاعتداء مسلح من قبل مجهولين.")
    assert len(evs) == 2

"""The doer named inside what a statement condemns, demands or rejects (`events_statement_doer`): after «من قبل»
or a verb of doing with a pronoun for the deed, that party is the statement's target, not its source."""

from __future__ import annotations

from event_cases import HOUTHI, HOUTHIS_NOMINATIVE, ISIS, one, run

IRAN = ("إيران", "إيران", "LOC")
QAEDA = ("تنظيم القاعدة", "تنظيم القاعدة", "ORG")


def test_the_group_behind_condemned_attacks_is_the_target() -> None:
    evs = run("وندد المشاركون في الاجتماع بالتفجيرات الأخيرة من قبل تنظيم القاعدة في المدن الساحلية.", [QAEDA])
    condemn = one(evs, "DISAPPROVE")
    assert "تنظيم القاعدة" not in condemn.source and "تنظيم القاعدة" in condemn.target


def test_the_party_asked_to_stop_violence_is_the_target_of_the_call() -> None:
    evs = run("ورحب المجتمعون بالهدنة، داعين إلى وقف فوري لإطلاق النار من قبل الحوثيين في كل المحافظات.", [HOUTHI])
    call = one(evs, "DEMAND")
    assert "الحوثي" not in call.source and "الحوثي" in call.target


def test_a_rejected_deed_done_by_a_group_makes_it_the_target() -> None:
    evs = run("ورفض الأهالي الاعتداءات المتكررة من قبل داعش على القرى.", [ISIS])
    rejection = one(evs, "REJECT")
    assert "داعش" not in rejection.source and "داعش" in rejection.target


def test_a_conjoined_statement_does_not_take_the_earlier_ones_object_as_speaker() -> None:
    evs = run("وقال البيان إنهم يرفضون ما يقوم به الحوثيون من تصعيد ويرفضون دعم إيران لهم.",
              [HOUTHIS_NOMINATIVE, IRAN])
    assert not [e for e in evs if e.type == "REJECT" and "الحوثيين" in e.source]

"""The doer named inside what a statement condemns, demands or rejects (`events_statement_doer`): after «من قبل»
or a verb of doing with a pronoun for the deed, that party is the statement's target, not its source."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, HOUTHI_MILITIA, HOUTHIS_NOMINATIVE, ISIS, NUSRA, one, run

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


IRAQI_GOV = ("الحكومة العراقية", "العراق", "LOC")
TURKISH_FEM = ("التركية", "تركيا", "LOC")
PAKISTAN = ("باكستان", "باكستان", "LOC")
LEBANESE = ("اللبنانية", "لبنان", "LOC")


def test_the_militia_whose_deed_is_condemned_stays_the_target_past_a_later_deed_noun() -> None:
    evs = run("واستنكر مجلس الوزراء إقدام المليشيات الحوثية على خرق الهدنة من خلال الاعتداءات المتكررة على الحدود.",
              [HOUTHI_MILITIA])
    condemn = one(evs, "DISAPPROVE")
    assert condemn.target == ["الحوثي"]


def test_the_nisba_of_a_condemned_deed_names_its_doer() -> None:
    evs = run("وأدانت الحكومة العراقية في بيان الغارات التركية على القرى الحدودية.", [IRAQI_GOV, TURKISH_FEM])
    condemn = one(evs, "DISAPPROVE")
    assert condemn.target == ["تركيا"]


def test_whose_efforts_are_praised_is_the_target() -> None:
    evs = run("وأشاد الرئيس اليمني بجهود التحالف العربي في تحرير عدن.", [("الرئيس اليمني", "اليمن", "LOC"), COALITION])
    praise = one(evs, "SUPPORT")
    assert praise.source == ["اليمن"] and praise.target == ["التحالف العربي"]


def test_whom_a_condemned_attack_hit_is_no_target() -> None:
    evs = run("واستنكرت باكستان الهجوم الذي استهدف مسجد قوات الطوارئ.", [PAKISTAN])
    condemn = one(evs, "DISAPPROVE")
    assert not condemn.target


def test_the_state_whose_prisons_hold_the_captives_is_asked_to_free_them() -> None:
    evs = run("وطالبت جبهة النصرة بالإفراج عن خمس نساء في السجون اللبنانية.", [NUSRA, LEBANESE])
    call = one(evs, "DEMAND")
    assert call.source == ["جبهة النصرة"] and call.target == ["لبنان"]


def test_the_owner_of_a_condemned_conduct_is_the_target() -> None:
    evs = run("ودان حزب الإصلاح السلوك العدواني من قبل الحوثيين في حق ناشطيه.", [("حزب الإصلاح", "حزب الإصلاح", "ORG"), HOUTHI])
    condemn = one(evs, "DISAPPROVE")
    assert condemn.source == ["حزب الإصلاح"] and condemn.target == ["الحوثي"]


def test_a_plan_rejected_is_its_owners_but_one_backed_in_a_demand_is_not() -> None:
    evs = run("ورفضت الحكومة اليمنية خطة الحوثيين لتقاسم السلطة.", [("الحكومة اليمنية", "اليمن", "LOC"), HOUTHI])
    assert one(evs, "REJECT").target == ["الحوثي"]
    evs = run("وطالب الوزير سامي العلي بزيادة الجهود لدعم مبادرة الحوثيين في المدينة.",
              [("سامي العلي", "سامي العلي", "PER"), HOUTHI])
    assert "الحوثي" not in one(evs, "DEMAND").target

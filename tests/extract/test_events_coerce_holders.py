"""COERCE doers found auditing unseen SaudiNewsNet articles: the body a noun of announcement names announces an
arrest its forces made (`events_reported_nouns`); the party after «لدى» holds the detainee
(`events_detention_holders`); whoever extends a detention holds the detainee (the «مدد» trigger row)."""

from __future__ import annotations

from event_cases import ISIS, SAUDI, one, run

AMERICAN = ("الأمريكية", "الولايات المتحدة", "LOC")
TURKISH_F = ("التركية", "تركيا", "LOC")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
ISRAELI = ("إسرائيلية", "إسرائيل", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")


def test_the_body_a_noun_of_announcement_names_made_the_arrest() -> None:
    evs = run("وجاء ذلك بعد إعلان الداخلية السعودية الكبير في يوليو الماضي بالقبض على 431 شخصا يعملون ضمن خلايا.",
              [SAUDI])
    assert one(evs, "COERCE").source == ["السعودية"]
    evs = run("وتزامن ذلك مع إعلان الشرطة التركية عن اعتقال 17 شخصا يشتبه في انتمائهم لتنظيم داعش.",
              [TURKISH_F, ISIS])
    assert one(evs, "COERCE").source == ["تركيا"]


def test_a_verb_of_reporting_takes_no_arrest_glued_to_bi() -> None:
    evs = run("وأكدت الشرطة التركية في بيانها بالقبض على 17 شخصا.", [TURKISH_F])
    assert all(e.source != ["تركيا"] for e in evs if e.type == "COERCE")


def test_the_party_after_lada_holds_the_detainee() -> None:
    ev = one(run("وقال المسؤولون إن زوجته لا تزال قيد الاعتقال لدى القوات الأمريكية في العراق.", [AMERICAN]),
             "COERCE")
    assert ev.source == ["الولايات المتحدة"] and "الولايات المتحدة" not in ev.target


def test_a_place_after_lada_is_a_post_not_a_holder() -> None:
    evs = run("واعتقلت قوات الأمن السعودية مواطنا عاد من الأردن لدى وصوله إلى المطار.", [SAUDI, JORDAN])
    assert all("الأردن" not in e.source for e in evs if e.type == "COERCE")


def test_who_extends_a_detention_holds_the_detainee() -> None:
    ev = one(run("ومددت محكمة إسرائيلية اعتقال الناشط الفلسطيني أسبوعا آخر.", [ISRAELI]), "COERCE")
    assert "إسرائيل" in ev.source and "إسرائيل" not in ev.target

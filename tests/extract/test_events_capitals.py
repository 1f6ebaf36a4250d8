"""States named by their capital, their ministries and their capital's title, and fire traded between two
parties: a capital acting or acted on stands beside its country (`events_body_names.capital_country`), as
does a ministry named by its portfolio and nisba (`ministry_country`); an attack on «العاصمة» + a country's
adjective hits that country (`events_capital_places.capital_targets`); rejecting an accusation is a
refusal (REJECT); «تبادل» + fire between two parties is one fight between them."""

from __future__ import annotations

from event_cases import coded_one

from marsad.extract.events_body_names import capital_country, ministry_country
from marsad.extract.events_eval import run_article


def test_a_capital_acting_stands_beside_its_country() -> None:
    assert coded_one("وقالت موسكو إنها سترد بحزم على أي هجوم يستهدف أراضيها.", "THREATEN").source == ["روسيا", "موسكو"]
    ev = coded_one("اتهمت واشنطن بكين بتقديم دعم عسكري لروسيا في حربها على أوكرانيا.", "DISAPPROVE")
    assert ev.source == ["الولايات المتحدة", "واشنطن"]
    assert ev.target == ["الصين", "بكين"]
    assert coded_one("رفضت أنقرة الانتقادات الأوروبية لعمليتها العسكرية في شمال سوريا.", "REJECT").source[:2] == \
        ["تركيا", "أنقرة"]
    ev = coded_one("وطالبت بغداد واشنطن بسحب قواتها من العراق.", "DEMAND")
    assert (ev.source, ev.target) == (["العراق", "بغداد"], ["الولايات المتحدة", "واشنطن"])
    assert coded_one("وتعهدت برلين بتقديم مساعدات عسكرية جديدة لكييف.", "AID").target == ["أوكرانيا", "كييف"]


def test_a_capital_only_where_a_deed_happened_gets_no_country() -> None:
    ev = coded_one("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في موسكو.", "CONSULT")
    assert "روسيا" not in ev.source + ev.target
    assert ev.location == "موسكو"


def test_a_capital_named_as_its_country_or_as_another_is_left_alone() -> None:
    assert capital_country("موسكو") == "روسيا"
    assert capital_country("الكويت") is None  # the capital is named as its country
    assert capital_country("عمان") is None  # Amman, or Oman
    assert capital_country("حماس") is None


def test_a_ministry_with_a_nisba_stands_beside_its_country() -> None:
    ev = coded_one("وفرضت وزارة الخزانة الأمريكية عقوبات على شبكة تمول الحوثيين.", "SANCTION")
    assert ev.source == ["الولايات المتحدة", "وزارة الخزانة الأمريكية"]
    assert ministry_country("وزارة الخزانة البريطانية") == "بريطانيا"
    assert ministry_country("وزارة الخزانة") is None
    assert ministry_country("هيئة الإذاعة البريطانية") is None  # no ministry


def test_an_attack_on_a_capital_told_by_its_title_hits_its_country() -> None:
    ev = coded_one("شنت روسيا هجوما واسعا بالصواريخ والمسيرات على العاصمة الأوكرانية كييف.", "ASSAULT")
    assert (ev.source, ev.target, ev.location) == (["روسيا"], ["أوكرانيا"], "كييف")
    ev = coded_one("قصفت القوات الروسية العاصمة الأوكرانية كييف بعشرات الصواريخ فجر اليوم.", "ASSAULT")
    assert ev.target == ["أوكرانيا"]
    assert "لبنان" in coded_one("استهدفت غارات إسرائيلية العاصمة اللبنانية بيروت.", "ASSAULT").target


def test_a_party_hit_in_a_capital_is_the_target_not_its_country() -> None:
    ev = coded_one("شن طيران التحالف غارات على العاصمة اليمنية صنعاء استهدفت مواقع الحوثيين.", "ASSAULT")
    assert "اليمن" not in ev.target


def test_a_bombing_in_a_capital_hits_no_country() -> None:
    ev = coded_one("قتل عشرة أشخاص في تفجير انتحاري في العاصمة العراقية بغداد.", "ASSAULT")
    assert "العراق" not in ev.target


def test_rejecting_an_accusation_is_a_refusal() -> None:
    ev = coded_one("رفضت روسيا الاتهامات الأوكرانية باستهداف المدنيين.", "REJECT")
    assert ev.source == ["روسيا"]
    assert "أوكرانيا" in ev.target
    assert coded_one("ورفضت إيران الاتهامات الأمريكية بتزويد روسيا بالصواريخ.", "REJECT").source == ["إيران"]
    assert not [e for e in run_article("رفضت روسيا الاتهامات الأوكرانية.", "2024-12-07") if e.type == "DISAPPROVE"]


def test_fire_traded_by_two_parties_is_one_fight_between_them() -> None:
    ev = coded_one("تبادلت القوات الروسية والأوكرانية القصف على طول خط الجبهة.", "FIGHT")
    assert (ev.source, ev.target) == (["روسيا", "القوات الروسية"], ["أوكرانيا"])
    ev = coded_one("وتبادلت الهند وباكستان إطلاق النار في كشمير.", "FIGHT")
    assert (ev.source, ev.target) == (["الهند"], ["باكستان"])
    ev = coded_one("وتبادل الجيش السوداني وقوات الدعم السريع القصف المدفعي في الخرطوم.", "FIGHT")
    assert ev.target == ["قوات الدعم السريع"]
    assert not [e for e in run_article("تبادلت القوات الروسية والأوكرانية القصف.", "2024-12-07") if e.type == "ASSAULT"]


def test_accusations_traded_still_go_both_ways() -> None:
    evs = [e for e in run_article("تبادلت روسيا وأوكرانيا الاتهامات.", "2024-12-07") if e.type == "DISAPPROVE"]
    assert sorted((e.source[0], e.target[0]) for e in evs) == [("أوكرانيا", "روسيا"), ("روسيا", "أوكرانيا")]


def test_fire_traded_by_a_subject_named_before_takes_no_nearer_name_as_its_source() -> None:
    text = "هاجمت امرأتان مسلحتان أمس القنصلية الأميركية في إسطنبول وتبادلتا إطلاق النار مع الشرطة التركية."
    ev = coded_one(text, "FIGHT")
    assert ev.source == []
    assert ev.target == ["تركيا", "الشرطة التركية"]

def test_a_witnessed_exchange_of_fire_stays_the_noun() -> None:
    ev = coded_one("وقال الشاهد الذي شهد تبادل إطلاق النار في إسطنبول إن الشرطة طوقت المكان.", "FIGHT")
    assert "الشاهد" not in ev.source

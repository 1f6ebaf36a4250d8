"""An attack by a party of one country on a place in another hits that country
(`events_crossborder.crossborder_targets`)."""

from __future__ import annotations

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _attack(text: str) -> Event:
    evs = [e for e in run_article(text, "2024-12-07") if e.type == "ASSAULT"]
    assert len(evs) == 1
    return evs[0]


def test_rockets_on_a_town_in_the_north_of_another_country() -> None:
    ev = _attack("وأطلق حزب الله صواريخ على مدينة صفد في شمال إسرائيل.")
    assert ev.source == ["حزب الله"] and "إسرائيل" in ev.target


def test_a_missile_fired_toward_a_town() -> None:
    ev = _attack("واعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلقه الحوثيون باتجاه إيلات.")
    assert ev.source == ["الحوثي"] and ev.target == ["إسرائيل"]  # not the air defences that shot it down


def test_towns_in_the_south_of_a_country() -> None:
    ev = _attack("وقصفت إسرائيل بلدات في جنوب لبنان.")
    assert ev.target == ["لبنان"]


def test_a_town_the_gazetteer_lacks_told_by_its_country_after_it() -> None:
    assert "لبنان" in _attack("وشنت الطائرات الإسرائيلية غارات على مدينة النبطية في جنوب لبنان.").target
    assert "لبنان" in _attack("وقصفت المدفعية الإسرائيلية بلدة كفركلا اللبنانية.").target


def test_a_town_struck_as_the_verbs_object() -> None:
    assert "أوكرانيا" in _attack("وقصفت القوات الروسية مدينة أوديسا الأوكرانية بطائرات مسيرة.").target


def test_no_country_target_for_a_strike_at_home() -> None:
    assert _attack("وقصف الجيش السوري مدينة حلب.").target == []


def test_no_country_target_for_a_party_hit_there() -> None:
    ev = _attack("وشنت طائرات أمريكية غارات على مواقع للحوثيين في محافظة الحديدة.")
    assert "اليمن" not in ev.target

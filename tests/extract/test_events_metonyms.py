"""Seats of power, short ministry names and two bare capitals: a seat of power named for the government in
it («البيت الأبيض», «الكرملين», «الإليزيه», «داونينغ ستريت») stands beside its country
(`events_body_names.seat_country`); a ministry named by its portfolio alone and a feminine nisba («الخارجية
التركية», «الدفاع الروسية») is that country's ministry, its words beside the country; and a capital whose
name opens with «و» («واشنطن») after another is the object of the verb, no second subject."""

from __future__ import annotations

from event_cases import coded_one

from marsad.extract.events_body_names import seat_country, state_country
from marsad.extract.events_eval import run_article


def test_a_seat_of_power_acting_stands_beside_its_country() -> None:
    ev = coded_one("وأعلن البيت الأبيض فرض عقوبات جديدة على إيران بسبب برنامجها النووي.", "SANCTION")
    assert (ev.source, ev.target) == (["الولايات المتحدة", "البيت الأبيض"], ["إيران"])
    ev = coded_one("وانتقد الكرملين قرار حلف شمال الأطلسي نشر قوات قرب حدوده.", "DISAPPROVE")
    assert ev.source == ["روسيا", "الكرملين"]
    assert coded_one("وهدد الكرملين بالرد على أي استهداف للأراضي الروسية.", "THREATEN").source == ["روسيا", "الكرملين"]


def test_a_seat_of_power_the_entity_layer_leaves_unnamed_or_as_a_place_acts() -> None:
    ev = coded_one("وندد الإليزيه بالهجوم الذي استهدف قافلة إنسانية في غزة.", "DISAPPROVE")
    assert ev.source == ["فرنسا", "قصر الإليزيه"]
    ev = coded_one("وأدانت داونينغ ستريت الهجوم الصاروخي على السفينة التجارية في البحر الأحمر.", "DISAPPROVE")
    assert ev.source == ["بريطانيا", "داونينغ ستريت"]


def test_seat_country_reads_the_curated_list() -> None:
    assert seat_country("البنتاغون") == "الولايات المتحدة"
    assert seat_country("قصر بعبدا") == "لبنان"
    assert state_country("الكرملين") == "روسيا"
    assert seat_country("البيت") is None
    assert seat_country("حماس") is None


def test_a_ministry_named_by_its_portfolio_alone_stands_beside_its_country() -> None:
    ev = coded_one("ونددت الخارجية التركية بالهجوم الإسرائيلي على مخيم النصيرات.", "DISAPPROVE")
    assert (ev.source, ev.target) == (["تركيا", "الخارجية التركية"], ["إسرائيل"])
    ev = coded_one("وأدانت الخارجية الأمريكية الهجوم على السفارة في بغداد.", "DISAPPROVE")
    assert ev.source == ["الولايات المتحدة", "الخارجية الأمريكية"]
    ev = coded_one("وحذرت الدفاع الروسية أوكرانيا من مغبة مهاجمة كورسك.", "THREATEN")
    assert (ev.source, ev.target) == (["روسيا", "الدفاع الروسية"], ["أوكرانيا"])
    ev = coded_one("وفرضت الخزانة الأمريكية عقوبات على قادة في الحوثيين.", "SANCTION")
    assert ev.source == ["الولايات المتحدة", "الخزانة الأمريكية"]


def test_a_portfolio_qualifying_a_noun_is_no_ministry() -> None:
    evs = run_article("وانتقد الحزب السياسة الخارجية الأمريكية في الشرق الأوسط.", "2024-12-07")
    assert all("الخارجية الأمريكية" not in e.source + e.target for e in evs)


def test_a_capital_opening_with_waw_after_another_is_the_object() -> None:
    ev = coded_one("وحذرت طهران واشنطن من مغبة التصعيد في المنطقة.", "THREATEN")
    assert (ev.source, ev.target) == (["إيران", "طهران"], ["الولايات المتحدة", "واشنطن"])
    ev = coded_one("واتهمت بكين واشنطن بتأجيج التوتر في المنطقة.", "DISAPPROVE")
    assert (ev.source, ev.target) == (["الصين", "بكين"], ["الولايات المتحدة", "واشنطن"])
    ev = coded_one("وحذرت طهران وموسكو من مغبة التصعيد في المنطقة.", "THREATEN")  # a real «و»: two subjects
    assert ev.source == ["إيران", "طهران", "روسيا", "موسكو"]


def test_a_seat_of_power_named_as_where_or_as_an_alias_is_no_party() -> None:
    ev = coded_one("واحتج الرئيس خلال مؤتمر صحافي مع الرئيس الألماني في قصر قرطاج على وجهة النظر الأوروبية.", "PROTEST")
    assert "قصر قرطاج" not in ev.source + ev.target
    ev = coded_one("ورفضت وزارة الدفاع الأمريكية (البنتاغون) تأكيد التقارير.", "REJECT")
    assert ev.target == []


def test_a_portfolio_in_a_building_or_a_spokesmans_title_is_no_ministry() -> None:
    text = "وقال الناطق بلسان الخارجية التركية تانجو بيلتش إن أنقرة اتفقت مع الأميركيين على خلق منطقة آمنة."
    ev = coded_one(text, "AGREE")
    assert (ev.source, ev.target) == (["تركيا", "أنقرة"], ["الولايات المتحدة", "الأميركيين"])
    evs = run_article("ووقع الانفجار قرب مقر الخارجية الأفغانية وسط كابل.", "2024-12-07")
    assert all("الخارجية الأفغانية" not in e.source + e.target for e in evs)


def test_a_portfolio_after_a_title_is_the_title_holders_office() -> None:
    text = ("وأكد وكيل الخارجية البحرينية السفير عبدالله عبداللطيف أن هذه التصريحات تدخل سافر. "
            "وشدد على ضرورة الكف فورا عن مثل هذه التصريحات.")
    evs = run_article(text, "2024-12-07")
    assert all("الخارجية البحرينية" not in e.source for e in evs)
    evs = run_article("ونددت أمس الخارجية التركية بالهجوم الإسرائيلي على مخيم النصيرات.", "2024-12-07")
    assert any(e.source[:2] == ["تركيا", "الخارجية التركية"] for e in evs)  # a time word is no title

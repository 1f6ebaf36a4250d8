"""Precision: «استهدف» aims at an audience, a market or a goal unless its sentence, or the one before
it, speaks of arms, fighting or armed men."""

from __future__ import annotations

from event_cases import COALITION, EGYPT, HOUTHI, run

MINISTRY = ("وزارة الداخلية", "وزارة الداخلية", "ORG")


def test_product_aimed_at_young_buyers_is_no_attack() -> None:
    text = "وقالت الشركة إن الهاتف الجديد يستهدف المشترين الصغار في المدن الكبرى."
    assert [e for e in run(text, []) if e.type == "ASSAULT"] == []


def test_poll_that_targeted_citizens_is_no_attack() -> None:
    text = "واستهدف الاستطلاع ألف مواطن في مصر خلال الشهر الماضي."
    assert [e for e in run(text, [EGYPT]) if e.type == "ASSAULT"] == []


def test_targeting_villages_with_a_service_is_no_attack() -> None:
    text = "وأوضح المتحدث أنه يتم استهداف القرى النائية التي لا تصلها خدمات الإنترنت."
    assert [e for e in run(text, []) if e.type == "ASSAULT"] == []


def test_targeting_with_rockets_is_an_attack() -> None:
    text = "واستهدفت مقاتلات التحالف العربي مواقع الحوثيين بالصواريخ."
    evs = [e for e in run(text, [COALITION, HOUTHI]) if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in evs] == [(["التحالف العربي"], ["الحوثي"])]


def test_list_item_goes_on_with_the_attack_before_it() -> None:
    text = "وأعلنت وزارة الداخلية حصيلة عمليات التنظيم الإرهابي. – استهداف موظف أجنبي على الطريق السريع."
    assert [e.trigger for e in run(text, [MINISTRY]) if e.type == "ASSAULT"] == ["استهداف"]


GERMANY = ("ألمانيا", "ألمانيا", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")
KING = ("عبدالله الثاني", "عبدالله الثاني", "PER")


def test_receiving_a_counted_crowd_is_no_meeting() -> None:
    text = "واستقبلت ألمانيا خلال العام الماضي أكثر من 200 ألف لاجئ من دول الشرق الأوسط."
    assert [e for e in run(text, [GERMANY]) if e.type == "CONSULT"] == []


def test_receiving_many_with_a_count_word_is_no_meeting() -> None:
    text = "ويستقبل المركز الصحي في الأردن يوميا العديد من المرضى القادمين من القرى."
    assert [e for e in run(text, [JORDAN]) if e.type == "CONSULT"] == []


def test_receiving_a_named_guest_is_a_meeting() -> None:
    text = "استقبل العاهل الأردني الملك عبدالله الثاني أمس وزير الخارجية الألماني في عمان."
    assert [e.type for e in run(text, [KING, GERMANY]) if e.type == "CONSULT"] == ["CONSULT"]


def test_backing_a_feature_is_no_support() -> None:
    text = "وأكدت وزارة الداخلية أنها تدعم تطوير أنظمة المرور في المدن الكبرى."
    assert [e for e in run(text, [MINISTRY]) if e.type == "SUPPORT"] == []


def test_backing_a_network_is_no_support() -> None:
    text = "دعمت وزارة الداخلية منظومة المراقبة في المنافذ الحدودية بأجهزة حديثة."
    assert [e for e in run(text, [MINISTRY]) if e.type == "SUPPORT"] == []


def test_backing_armed_factions_is_support() -> None:
    text = "وقال المتحدث إن ألمانيا تدعم فصائل المعارضة المعتدلة."
    assert [e.source for e in run(text, [GERMANY]) if e.type == "SUPPORT"] == [["ألمانيا"]]


MAYOR = ("سعد بن ناصر العتيبي", "سعد بن ناصر العتيبي", "PER")
ENVOY_PER = ("خالد بن فهد الشمري", "خالد بن فهد الشمري", "PER")


def test_viewing_a_project_is_no_meeting() -> None:
    text = "واطلع الوفد على سير العمل في مشروع تطوير الواجهة البحرية."
    assert [e for e in run(text, []) if e.type == "CONSULT"] == []


def test_viewing_during_a_tour_is_no_meeting() -> None:
    text = "واطلع سعد بن ناصر العتيبي خلال الجولة على أقسام المستشفى الجديد."
    assert [e for e in run(text, [MAYOR]) if e.type == "CONSULT"] == []


def test_briefing_a_second_party_is_a_meeting() -> None:
    text = "وأطلع خالد بن فهد الشمري الوزير الأردني على نتائج الاجتماعات."
    evs = [e for e in run(text, [ENVOY_PER, JORDAN]) if e.type == "CONSULT"]
    assert [e.source for e in evs] == [["خالد بن فهد الشمري"]]

"""2024-style news (session 36 probes): the Houthis' «القوات المسلحة اليمنية», militias named by their patron,
ground a party announces it took, and the country whose infrastructure an attack hit."""

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in run_article(text, "2024-12-07") if e.type == kind]


def test_houthi_spokesman_yemeni_armed_forces_are_houthis() -> None:
    ev = _events("وقال المتحدث العسكري باسم جماعة الحوثي يحيى سريع إن القوات المسلحة اليمنية استهدفت سفينة تجارية "
                 "في خليج عدن بصاروخ باليستي.", "ASSAULT")
    assert ev and ev[0].source == ["الحوثي"]


def test_yemeni_armed_forces_with_houthi_marker_only() -> None:
    ev = _events("وقال يحيى سريع إن القوات المسلحة اليمنية استهدفت سفينة تجارية في البحر الأحمر.", "ASSAULT")
    assert ev and ev[0].source == ["الحوثي"]


def test_yemeni_armed_forces_of_the_government_stay_yemen() -> None:
    ev = _events("وأعلنت القوات المسلحة اليمنية الموالية للرئيس هادي أنها قصفت مواقع الحوثيين في تعز.", "ASSAULT")
    assert ev and "الحوثي" not in ev[0].source


def test_militias_backed_by_iran_are_not_iran() -> None:
    ev = _events("وقصفت فصائل موالية لإيران قاعدة أمريكية في شرق سوريا.", "ASSAULT")
    assert ev and ev[0].source == ["فصائل موالية لإيران"] and "إيران" not in ev[0].target


def test_militias_supported_by_iran_act() -> None:
    ev = _events("وهاجمت ميليشيات مدعومة من إيران قاعدة التنف.", "ASSAULT")
    assert ev and ev[0].source == ["ميليشيات مدعومة من إيران"]


def test_gunmen_loyal_to_iran_act() -> None:
    ev = _events("وشن مسلحون موالون لإيران هجوما بطائرات مسيرة على قاعدة عين الأسد.", "ASSAULT")
    assert ev and ev[0].source == ["مسلحون موالون لإيران"]


def test_announced_control_of_a_city_is_a_seizure() -> None:
    ev = _events("أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر.", "COERCE")
    assert ev and ev[0].source == ["قوات الدعم السريع"] and ev[0].mode == "seize"


def test_announced_control_of_an_airport_is_a_seizure() -> None:
    ev = _events("وأعلنت هيئة تحرير الشام سيطرتها على مطار حلب الدولي.", "COERCE")
    assert ev and ev[0].source == ["هيئة تحرير الشام"]


def test_lost_control_is_no_seizure() -> None:
    assert not _events("وأعلنت الحكومة أن القوات فقدت سيطرتها على المدينة.", "COERCE")


def test_control_of_a_fire_is_no_seizure() -> None:
    assert not _events("وأعلن الدفاع المدني سيطرته على الحريق.", "COERCE")


def test_struck_energy_installations_are_the_country_s() -> None:
    ev = _events("شنت روسيا هجوما واسعا بالصواريخ والمسيرات على منشآت الطاقة في أوكرانيا.", "ASSAULT")
    assert ev and ev[0].source == ["روسيا"] and "أوكرانيا" in ev[0].target


def test_struck_military_sites_in_a_country_are_not_its() -> None:
    ev = _events("وشن التحالف غارات على مواقع في سوريا.", "ASSAULT")
    assert ev and "سوريا" not in ev[0].target


def test_arrival_on_a_tour_is_a_visit() -> None:
    ev = _events("ووصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في جولة جديدة بالمنطقة.", "CONSULT")
    assert ev and ev[0].source == ["أنتوني بلينكن"] and "مصر" in ev[0].target


def test_arrival_on_a_tour_of_inspection_is_none() -> None:
    assert not _events("ووصل المحافظ إلى المدينة في جولة تفقدية للمشاريع.", "CONSULT")


def test_arrival_in_a_relative_clause_is_not_the_subject_s_visit() -> None:
    ev = _events("فيما التقى الرئيس المصري عبدالفتاح السيسي وزير الخارجية الأمريكي جون كيري الذي وصل القاهرة أمس "
                 "لتدشين الحوار الاستراتيجي بين واشنطن والقاهرة في جولة شرق أوسطية تشمل أيضا دولة قطر.", "CONSULT")
    assert len(ev) == 1 and ev[0].target == ["جون كيري"]


def test_arrival_on_a_visit_and_a_tour_is_told_once() -> None:
    ev = _events("وكان أعضاء الوفد قد وصلوا إلى عمان أمس في زيارة عمل قصيرة إلى الأردن ضمن جولة في عدد من الدول "
                 "العربية.", "CONSULT")
    assert not any("وصلوا" in (e.trigger or "") for e in ev)


def test_owned_land_ceded_to_a_party_names_the_party() -> None:
    ev = _events("وقال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده لن تتنازل عن أي من أراضيها لروسيا.", "REJECT")
    assert ev and ev[0].source == ["فولوديمير زيلينسكي"] and ev[0].target == ["روسيا"]


def test_land_of_a_country_stays_a_place() -> None:
    ev = _events("وقصفت القوات الأوكرانية مواقع في أراضي روسيا.", "ASSAULT")
    assert not ev or "روسيا" not in ev[0].source

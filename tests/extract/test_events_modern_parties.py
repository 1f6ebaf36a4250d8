"""2024-style news: an opposition named by its country's nisba acts, a body's titled object stays the object,
the announcer of a hit on a country's tanks is its doer, a warning to a party is a demand on it, a spokesman's
bare branch of arms is his side's, a craft shot down is an attack, exchanged memoranda are an accord."""

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in run_article(text, "2024-12-07") if e.type == kind]


def test_opposition_with_nisba_acts() -> None:
    ev = _events("وانتقدت المعارضة الإسرائيلية الحكومة بسبب فشلها في إعادة الأسرى.", "DISAPPROVE")
    assert ev and ev[0].source == ["المعارضة الإسرائيلية"] and ev[0].target == ["الحكومة"]


def test_opposition_with_nisba_is_not_the_country() -> None:
    ev = _events("ودعت المعارضة التركية الحكومة إلى الاستقالة.", "DEMAND")
    assert ev and ev[0].source == ["المعارضة التركية"] and "تركيا" not in ev[0].source


def test_opposition_leader_named_acts() -> None:
    ev = _events("وانتقد زعيم المعارضة الإسرائيلية يائير لابيد الحكومة.", "DISAPPROVE")
    assert ev and ev[0].source == ["يائير لابيد"]


def test_body_then_titled_object() -> None:
    ev = _events("وانتقدت المعارضة الإسرائيلية رئيس الوزراء بنيامين نتنياهو بسبب إدارته للحرب.", "DISAPPROVE")
    assert ev and ev[0].source == ["المعارضة الإسرائيلية"] and ev[0].target == ["بنيامين نتنياهو"]


def test_movement_then_titled_object() -> None:
    ev = _events("وانتقدت حماس رئيس الوزراء بنيامين نتنياهو.", "DISAPPROVE")
    assert ev and ev[0].source == ["حماس"] and ev[0].target == ["بنيامين نتنياهو"]


def test_titled_subject_still_holds() -> None:
    ev = _events("وأدان وزير الخارجية السعودي عادل الجبير الهجوم.", "DISAPPROVE")
    assert ev and ev[0].source == ["عادل الجبير"]


def test_announced_hit_on_tanks_with_nisba() -> None:
    ev = _events("وأعلنت سرايا القدس استهداف دبابات إسرائيلية في جباليا.", "ASSAULT")
    assert ev and "سرايا القدس" in ev[0].source and ev[0].target == ["إسرائيل"]


def test_announced_hit_on_bulldozers_with_nisba() -> None:
    ev = _events("وأعلنت كتائب القسام استهداف جرافات إسرائيلية شرق خان يونس.", "ASSAULT")
    assert ev and "كتائب القسام" in ev[0].source and ev[0].target == ["إسرائيل"]


def test_shelling_by_tanks_keeps_doer() -> None:
    ev = _events("وقتل خمسة فلسطينيين جراء قصف دبابات إسرائيلية لمنازل في جباليا.", "ASSAULT")
    assert ev and ev[0].source == ["إسرائيل"]


def test_warning_to_a_party_is_a_demand() -> None:
    ev = _events("وحذر وزير الخارجية التركي هاكان فيدان إسرائيل من توسيع الحرب في لبنان.", "DEMAND")
    assert ev and ev[0].source == ["هاكان فيدان"] and ev[0].target == ["إسرائيل"]


def test_warning_to_two_parties() -> None:
    text = ("طهران - قال المرشد الإيراني علي خامنئي إن المقاومة ستنتصر.\n"
            "وحذر خامنئي الولايات المتحدة وإسرائيل من ارتكاب أي حماقة.")
    ev = _events(text, "DEMAND")
    assert ev and set(ev[0].target) == {"الولايات المتحدة", "إسرائيل"}


def test_warning_of_a_fact_is_no_demand() -> None:
    assert not _events("وحذر أوباما المشرعين الأميركيين من أن رفض الاتفاق يهدد مصداقية الولايات المتحدة.", "DEMAND")


def test_spokesman_bare_naval_forces_are_his_side() -> None:
    text = "وقال المتحدث العسكري للحوثيين يحيى سريع إن القوات البحرية استهدفت سفينة إسرائيلية في البحر الأحمر."
    ev = _events(text, "ASSAULT")
    assert ev and ev[0].source == ["الحوثي"] and ev[0].target == ["إسرائيل"]


def test_downing_a_drone_is_an_attack() -> None:
    ev = _events("وأعلن حزب الله إسقاط مسيرة إسرائيلية في جنوب لبنان.", "ASSAULT")
    assert ev and ev[0].source == ["حزب الله"] and ev[0].target == ["إسرائيل"]


def test_air_defences_with_nisba_down_a_drone() -> None:
    ev = _events("وأسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة أطلقت من لبنان.", "ASSAULT")
    assert ev and "إسرائيل" in ev[0].source


def test_downing_a_regime_or_charges_is_no_attack() -> None:
    assert not _events("وتسعى المعارضة إلى إسقاط النظام.", "ASSAULT")
    assert not _events("وقررت المحكمة إسقاط التهم عن المتهمين.", "ASSAULT")


def test_exchanged_memoranda_are_an_accord() -> None:
    ev = _events("وتبادلت مصر والأردن مذكرات تفاهم في مجالات الطاقة.", "AGREE")
    assert ev and set(ev[0].source + ev[0].target) == {"مصر", "الأردن"}

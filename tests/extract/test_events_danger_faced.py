"""A danger a party faces («تواجه تهديدا») and a «هدد» whose subject is a thing endangering an economy or a
society («هددت الاتفاقية صناعة الصلب») are no threat; a threat with its deed named stays one."""

from marsad.extract.events_eval import run_article


def _threats(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "THREATEN"]


def test_country_facing_threat_no_threat() -> None:
    assert not _threats("وتقول الصين إنها تواجه تهديدا من متشددين انفصاليين في إقليم التبت.")


def test_operations_while_facing_threat_no_threat() -> None:
    assert not _threats("وقال رئيس الوزراء التركي إن الحملة ستتواصل ما دامت تركيا تواجه تهديدا.")


def test_deal_endangers_industry_no_threat() -> None:
    assert not _threats("وجاء اتفاق إيران النووي مقلقا لروسيا، فقد هددت الاتفاقية صناعة الغاز في البلدين.")


def test_deed_before_what_is_at_stake_kept() -> None:
    ev = _threats("وهدد داعش بقتل الكثير من الرهائن الأجانب.")
    assert ev and ev[0].source == ["داعش"]


def test_threat_to_party_kept() -> None:
    ev = _threats("وهددت الولايات المتحدة النظام السوري باتخاذ إجراءات إضافية.")
    assert ev and ev[0].source == ["الولايات المتحدة"]


def test_clearing_area_of_threats_no_threat() -> None:
    assert not _threats("وقال حاكم الإقليم إن العملية بدأت لتطهير المنطقة من تهديدات حركة طالبان.")


def test_clearing_area_far_back_no_threat() -> None:
    assert not _threats("وقال وزير الخارجية التركي إنه عند تطهير مناطق في شمال سوريا من تهديد داعش ستنشأ مناطق آمنة.")

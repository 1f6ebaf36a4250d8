"""A threat noun's owner («تهديدات أطلقها داعش», «الإنذار الذي وجهه …», «التهديد الإسرائيلي باستخدام القوة») threatens."""

from marsad.extract.events_eval import run_article


def _threats(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "THREATEN"]


def test_genitive_owner_threatens_target() -> None:
    ev = _threats("وتأتي التفجيرات بعد أسبوعين من تهديدات تنظيم داعش لحركة حماس في قطاع غزة.")
    assert ev and ev[0].source == ["داعش"] and ev[0].target == ["حماس"]


def test_threats_launched_by_owner() -> None:
    ev = _threats("وشددت الشرطة التفتيش على السيارات بعد تهديدات أطلقها تنظيم داعش الإرهابي.")
    assert ev and ev[0].source == ["داعش"]


def test_warning_directed_by_army() -> None:
    ev = _threats("وانتهت أمس مهلة الإنذار الذي وجهه الجيش للمسلحين في المدينة.")
    assert ev and ev[0].source and "الجيش" in ev[0].source[0]


def test_nisba_owner_with_deed_threatened() -> None:
    ev = _threats("وجاء التهديد الإسرائيلي باستخدام القوة ضد غزة بعد إطلاق صواريخ من القطاع.")
    assert ev and ev[0].source == ["إسرائيل"]


def test_peril_owner_no_threat() -> None:
    assert not _threats("وأكد الوزير أهمية ضبط الحدود لدرء تهديدات تنظيم داعش الإرهابي.")
    assert not _threats("وتتصاعد التهديدات الإيرانية في المنطقة منذ سنوات.")
    assert not _threats("وركب المصنع جهاز إنذار جديدا للحريق.")

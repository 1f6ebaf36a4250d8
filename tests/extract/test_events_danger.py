"""«تهديد»/«يهدد» naming a danger is no threat; an ultimatum's deadline («إنذارا … حتى يوم الخميس») is not its date."""

from marsad.extract.events_eval import run_article


def _threats(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "THREATEN"]


def test_fact_endangers_no_threat() -> None:
    assert not _threats("وقال وزير الخارجية عادل الجبير إن ذلك يهدد كل دول المنطقة.")


def test_what_endangers_us_no_threat() -> None:
    assert not _threats('وكتب الرئيس الفرنسي هولاند في مقال "ما يهددنا هو الانقسام في أوروبا".')


def test_grave_threat_to_rights_no_threat() -> None:
    assert not _threats("ونوه رئيس اللجنة صالح اليامي إلى النزاع المسلح وتهديده الجسيم لجملة من الحقوق.")


def test_terror_threats_faced_no_threat() -> None:
    assert not _threats("وبحث الوزير مع السفير الأمريكي سبل مواجهة التهديدات الإرهابية في المنطقة.")


def test_threat_with_deed_kept() -> None:
    ev = _threats("وهدد تنظيم داعش بمهاجمة السفارة الأمريكية في بغداد.")
    assert ev and ev[0].source == ["داعش"]


def test_ultimatum_deadline_is_no_date() -> None:
    ev = _threats("ووجهت الحكومة العراقية إنذارا للمحتجين حتى يوم الخميس لإخلاء الساحة.")
    assert ev and ev[0].source == ["العراق", "الحكومة العراقية"] and ev[0].date is None

"""A threat of retaliation with no one named is aimed at the doer of the hostile deed told before it."""

from marsad.extract.events_eval import run_article


def _threats(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "THREATEN"]


def test_response_aimed_at_attacker() -> None:
    ev = _threats("قصفت القوات الإسرائيلية منزلا في غزة أمس. وهددت حركة حماس بالرد على الجريمة.")
    assert ev and ev[0].source == ["حماس"] and ev[0].target == ["إسرائيل"]


def test_not_standing_idle_aimed_at_arrester() -> None:
    ev = _threats("اعتقلت الشرطة الإسرائيلية ثلاثة شبان في الخليل. "
                  "وأعلنت حركة فتح أنها لن تقف مكتوفة الأيدي أمام هذه الممارسات.")
    assert ev and ev[0].source == ["فتح"] and ev[0].target == ["إسرائيل"]


def test_threat_without_retaliation_left_alone() -> None:
    ev = _threats("قصفت القوات الإسرائيلية منزلا في غزة أمس. وهددت حركة حماس بمقاطعة الاجتماع.")
    assert all(not e.target for e in ev)

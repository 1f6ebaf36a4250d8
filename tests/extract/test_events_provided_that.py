"""A verb after «تنص … على أن» tells what a text provides, no deed (`events_scripture_law.provided_that`)."""

from marsad.extract.events_eval import run_article


def _types(text: str) -> list[str]:
    return [e.type for e in run_article(text, "2015-08-05")]


def test_article_of_a_charter_is_no_meeting() -> None:
    assert "CONSULT" not in _types('وتنص المادة الرابعة من الميثاق على أن "يتشاور الأعضاء مع بعضهم" عند '
                                   "تعرض أحدهم للخطر.")


def test_second_provision_is_no_cooperation() -> None:
    assert "COOPERATE" not in _types("وينص الاتفاق على أن تلتزم إيران بخفض أجهزة الطرد المركزي وأن تتعاون "
                                     "مع المفتشين.")


def test_meeting_told_after_stressing_stays() -> None:
    assert "CONSULT" in _types("وأكد الوزير على أن يجتمع وزير الخارجية عادل الجبير مع نظيره جون كيري غدا.")

"""A line break inside a prose sentence is no sentence end (`events_tokens.wrapped_line`): the words after it
go on the phrase the line left open; titles, datelines, verse and new paragraphs still end at the break."""

from marsad.extract.events_eval import run_article
from marsad.extract.events_tokens import sentences


def _attacks(text: str) -> list:
    return [e for e in run_article(text, "2015-08-09") if e.type in ("ASSAULT", "FIGHT")]


def test_attack_wrapped_after_its_object_keeps_the_owner_of_the_post() -> None:
    text = ("وقالت مصادر أمنية تركية أمس إن مسلحين من حزب العمال الكردستاني هاجموا مخفرا\n"
            " حدوديا للجيش التركي في ولاية هكاري ما أدى إلى مقتل جنديين.")
    ev = _attacks(text)
    assert ev and "الجيش التركي" in ev[0].target and ev[0].source == ["حزب العمال الكردستاني"]


def test_preposition_opening_the_next_line_goes_on_the_sentence() -> None:
    text = ("ونقلت وكالة الأنباء الرسمية في البلاد مساء أمس عن مصدر وصفته بأنه مطلع\n"
            "من وزارة الداخلية قوله إن السلطات اعتقلت خمسة أشخاص.")
    assert len(sentences(text)) == 1


def test_title_dateline_and_new_paragraph_still_end_at_the_break() -> None:
    text = ("الحوثيون يقصفون أحياء سكنية في تعز\n"
            "تعز - واس\n"
            "قصفت ميليشيات الحوثي أمس أحياء سكنية في مدينة تعز وسط اليمن ما أدى إلى مقتل خمسة مدنيين\n"
            "من جهته أدان محافظ تعز القصف.")
    assert len(sentences(text)) == 4

"""A title's portfolio («لشؤون التوسيع», «للشؤون الخارجية») between a reporting verb and the speaker's
name does not hide the speaker, who is a party of the meeting the sentence's «خلال لقاء مع» tells."""
from marsad.extract.events_eval import run_article


def _consult(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2015-08-05") if e.type == "CONSULT"]


def test_portfolio_after_title_keeps_speaker() -> None:
    text = "وقال وزير الدولة للشؤون الخارجية خالد العلي خلال لقاء مع السفير الأردني أيمن الصفدي إن العلاقات قوية."
    assert _consult(text) == [(["خالد العلي"], ["أيمن الصفدي"])]


def test_nisba_and_portfolio_after_title_keep_speaker() -> None:
    text = ("وقال المفوض الاوروبي لشؤون التوسيع يوهانس هان خلال لقاء مع الوزير التركي "
            "فولكان بوزكير ان الوضع صعب.")
    assert [s for s, _ in _consult(text)] == [["يوهانس هان"]]


def test_an_announcement_made_during_a_meeting_has_its_speaker_as_the_one_who_met() -> None:
    from event_cases import one, run

    text = "أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ قريبا بمحاربة داعش، خلال لقاء مع نظيره الأمريكي جون كيري."
    ev = one(run(text, [("مولود جاويش أوغلو", "مولود جاويش أوغلو", "PER"), ("جون كيري", "جون كيري", "PER"),
                        ("داعش", "داعش", "ORG"), ("التركي", "تركيا", "LOC"),
                        ("الأمريكي", "الولايات المتحدة", "LOC")]), "CONSULT")
    assert ev.source == ["مولود جاويش أوغلو"] and "جون كيري" in ev.target

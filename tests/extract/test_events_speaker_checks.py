"""The speaker and the parties he speaks of (`events_speaker_checks`): a circumstantial participle after a
reported clause («وأكد المسؤول أن الحكومة اليمنية …، داعيا …») goes on with the one who speaks, never with
a party named inside what he says."""

from __future__ import annotations

from event_cases import run

YEMENI = ("اليمنية", "اليمن", "LOC")
IRAN = ("إيران", "إيران", "LOC")
FRANCE = ("فرنسا", "فرنسا", "LOC")
COALITION_FORCES = ("قوات التحالف العربي", "التحالف العربي", "ORG")
JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
UNSC = ("مجلس الأمن", "مجلس الأمن", "ORG")


def _demand_sources(text: str, specs: list[tuple[str, str, str]]) -> list[list[str]]:
    """The sources of the DEMAND events read in `text`."""
    return [e.source for e in run(text, specs) if e.type == "DEMAND"]


def test_a_bare_speaker_calls_not_the_government_he_speaks_of() -> None:
    sources = _demand_sources("وأكد المسؤول أن الحكومة اليمنية ملتزمة بالحل السياسي، داعيا إلى وقف القتال.",
                              [YEMENI])
    assert all("اليمن" not in s for s in sources)


def test_a_researcher_demands_not_the_country_he_describes() -> None:
    sources = _demand_sources("وقال الباحث إن فرنسا تصدر القمح إلى دول كثيرة، مطالبا بإنشاء منظمة للقمح.",
                              [FRANCE])
    assert all("فرنسا" not in s for s in sources)


def test_ministers_call_not_the_party_named_in_their_statement() -> None:
    sources = _demand_sources("وأكد الوزراء أن قوات التحالف العربي حققت تقدما كبيرا، مطالبين المجتمع "
                              "الدولي بدعم الشرعية.", [COALITION_FORCES])
    assert all("التحالف العربي" not in s for s in sources)
    named = _demand_sources("وقال وزير الخارجية عادل الجبير إن إيران تسعى لزعزعة استقرار المنطقة، مطالبا "
                            "مجلس الأمن بالتصدي لها.", [JUBEIR, IRAN, UNSC])
    assert named and named[0] == ["عادل الجبير"]  # a speaker named before «إن» stays the source


def test_an_opening_phrase_before_the_reporting_verb() -> None:
    sources = _demand_sources("من جهته، أشار النائب إلى أن الحكومة العراقية فشلت في مكافحة الفساد، داعيا "
                              "الكتل البرلمانية إلى محاسبة الوزراء.", [("العراقية", "العراق", "LOC")])
    assert all("العراق" not in s for s in sources)

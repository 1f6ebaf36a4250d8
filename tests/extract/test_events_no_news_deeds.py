"""Deed words that tell no event of the news: a suspect's confession (no CONCEDE), a deed noun after «منذ» and a word of outbreak
(the start of a span of time, no deed), listing on a list that is no black, terror or sanctions list
(no SANCTION), and a deed dated decades before the article (history, no event)."""

from __future__ import annotations

from datetime import date

from event_cases import run

FRONT = ("جبهة الأنصار", "جبهة الأنصار", "ORG")
ISIS = ("داعش", "داعش", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")
ARMY = ("الجيش الأمريكي", "الولايات المتحدة", "ORG")
ADEN = ("عدن", "عدن", "LOC")
UNESCO = ("اليونسكو", "اليونسكو", "ORG")
WASHINGTON = ("واشنطن", "الولايات المتحدة", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_a_suspects_confession_to_a_tie_is_no_concession() -> None:
    text = "واعتقلت الشرطة خمسة شبان اعترفوا بارتباطهم بتنظيم داعش."
    assert "CONCEDE" not in types_of(text, [POLICE, ISIS])


def test_a_confession_to_a_deed_is_no_concession() -> None:
    text = "وقالت الشرطة إن أحد عناصر جبهة الأنصار انهار واعترف بتورطه في إدخال الشاحنة المفخخة."
    assert "CONCEDE" not in types_of(text, [POLICE, FRONT])


def test_admitting_a_fault_is_a_concession() -> None:
    text = "واعترف الجيش الأمريكي بالخطأ في قصف المستشفى."
    assert "CONCEDE" in types_of(text, [ARMY])


def test_a_battle_after_since_its_outbreak_is_no_deed() -> None:
    text = "وقتل 800 شخص في عدن منذ اندلاع المعارك بين جبهة الأنصار وتنظيم داعش في مارس الماضي."
    assert "FIGHT" not in types_of(text, [ADEN, FRONT, ISIS])


def test_an_operation_after_since_it_began_is_no_deed() -> None:
    text = "وقتل أكثر من ألف شخص منذ بدأت العملية العسكرية للجيش الأمريكي ضد تنظيم داعش في عدن."
    assert "FIGHT" not in types_of(text, [ADEN, ARMY, ISIS])


def test_battles_told_as_news_are_kept() -> None:
    text = "واندلعت معارك عنيفة بين جبهة الأنصار وتنظيم داعش في عدن أمس."
    assert "FIGHT" in types_of(text, [FRONT, ISIS, ADEN])


def test_listing_on_a_heritage_list_is_no_sanction() -> None:
    text = "وأدرجت اليونسكو الأضرحة على لائحة التراث الإنساني."
    assert "SANCTION" not in types_of(text, [UNESCO])


def test_listing_on_a_terror_list_is_a_sanction() -> None:
    text = "وأدرجت واشنطن جبهة الأنصار على لائحة المنظمات الإرهابية."
    assert "SANCTION" in types_of(text, [WASHINGTON, FRONT])


KENNEDY = ("جون كينيدي", "جون كينيدي", "PER")
SOVIET = ("الاتحاد السوفياتي", "الاتحاد السوفياتي", "LOC")


def test_a_call_made_decades_ago_is_history() -> None:
    text = "وفي خطاب في العام 1963 دعا جون كينيدي الاتحاد السوفياتي إلى السلام."
    assert "DEMAND" not in [e.type for e in run(text, [KENNEDY, SOVIET], date(2015, 8, 6))]


def test_a_call_made_some_years_ago_stays_as_background() -> None:
    text = "وفي خطاب في العام 2011 دعا جون كينيدي الاتحاد السوفياتي إلى السلام."
    evs = [e for e in run(text, [KENNEDY, SOVIET], date(2015, 8, 6)) if e.type == "DEMAND"]
    assert evs and evs[0].background

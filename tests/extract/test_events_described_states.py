"""A state named only to describe a coalition, a statement or a place is no party (`events_described_states`)."""

from __future__ import annotations

from event_cases import EGYPT, Spec, ents, one

from marsad.extract.events import extract_events
from marsad.model import Event

HOUTHI = ("الحوثيين", "الحوثي", "ORG")
JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
SHOUKRY = ("سامح شكري", "سامح شكري", "PER")
SETTLERS = ("مستوطنين إسرائيليين", "مستوطنون إسرائيليون", "ORG")


def saudi_paper(text: str, specs: list[Spec]) -> list[Event]:
    """The events of `text` as a Saudi outlet publishes it («المملكة» is السعودية)."""
    return extract_events(text, ents(text, specs), [], publisher="alriyadh")


def test_the_kingdom_leading_the_coalition_did_not_strike() -> None:
    text = ("وفي اليمن، قصفت المقاتلات تحت غطاء من طائرات التحالف بقيادة المملكة الذي استهدف مخازن سلاح "
            "للحوثيين في صعدة.")
    ev = one(saudi_paper(text, [HOUTHI]), "ASSAULT")
    assert "السعودية" not in ev.source and "السعودية" not in ev.target
    assert ev.source == ["التحالف العربي"]


def test_the_kingdom_owning_a_condemnation_is_not_its_target() -> None:
    text = "وعبر الوزير عادل الجبير عن استنكار المملكة الشديد لاعتداء مستوطنين إسرائيليين على مزارعين."
    ev = one(saudi_paper(text, [JUBEIR, SETTLERS]), "DISAPPROVE")
    assert "السعودية" not in ev.target and ev.source == ["عادل الجبير"]


def test_a_country_owning_a_condemnation_with_its_pronoun_after_it_is_not_its_target() -> None:
    text = "وأعرب الوزير سامح شكري عن إدانة مصر ورفضها للتفجير الذي وقع في سوق شعبي."
    ev = one(saudi_paper(text, [SHOUKRY, EGYPT]), "DISAPPROVE")
    assert "مصر" not in ev.target


def test_the_land_an_infiltrator_entered_is_no_party_to_his_arrest() -> None:
    text = "وضبطت دوريات حرس الحدود متسللا حاول دخول أراضي المملكة من جهة الشمال."
    ev = one(saudi_paper(text, []), "COERCE")
    assert "السعودية" not in ev.target


def test_the_border_guard_did_not_smuggle() -> None:
    text = "وضبطت دوريات حرس الحدود بمنطقة نجران عصابة تحاول تهريب القات إلى داخل المملكة."
    evs = [e for e in saudi_paper(text, []) if e.type == "CRIME"]
    assert all("حرس الحدود" not in e.source and "السعودية" not in e.source for e in evs)

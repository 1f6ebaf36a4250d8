"""Named parties the word-order reading left out (`events_named_slots`): a party joined by «و» to one the
event took («دعا X الحكومة الكينية وحركة الشباب»), and a government named by its nisba right after a body
whose name ends in a definite word («دعت منظمة الصحة العالمية الحكومة الكينية»)."""

from __future__ import annotations

from event_cases import HOUTHI_MILITIA, one, run

WHO = ("منظمة الصحة العالمية", "منظمة الصحة العالمية", "ORG")
AU = ("الاتحاد الأفريقي", "الاتحاد الأفريقي", "ORG")
KENYAN_F = ("الكينية", "كينيا", "LOC")
SOMALI_F = ("الصومالية", "الصومال", "LOC")
SHABAAB = ("حركة الشباب", "حركة الشباب", "ORG")
NORWAY = ("النرويج", "النرويج", "LOC")
SWEDEN = ("السويد", "السويد", "LOC")
DANES = ("الدنمارك", "الدنمارك", "LOC")


def test_a_government_after_a_closed_body_name_is_the_one_asked() -> None:
    text = "ودعت منظمة الصحة العالمية الحكومة الكينية إلى فتح المستشفيات أمام الجرحى."
    ev = one(run(text, [WHO, KENYAN_F]), "DEMAND")
    assert ev.source == ["منظمة الصحة العالمية"] and ev.target == ["كينيا"]


def test_authorities_after_a_closed_body_name_are_the_ones_criticised() -> None:
    text = "وانتقد الاتحاد الأفريقي السلطات الصومالية بسبب تأخير الانتخابات."
    ev = one(run(text, [AU, SOMALI_F]), "DISAPPROVE")
    assert ev.source == ["الاتحاد الأفريقي"] and ev.target == ["الصومال"]


def test_a_party_joined_by_and_to_the_object_is_asked_too() -> None:
    text = "وحث الاتحاد الأفريقي الحكومة الكينية وحركة الشباب على وقف القتال."
    ev = one(run(text, [AU, KENYAN_F, SHABAAB]), "DEMAND")
    assert ev.source == ["الاتحاد الأفريقي"] and set(ev.target) == {"كينيا", "حركة الشباب"}


def test_a_new_verb_after_and_adds_no_party() -> None:
    """A guard: «و» glued to a verb opens a new clause, not a second party."""
    text = "وانتقدت النرويج السويد وقالت الدنمارك إنها تدرس الأمر."
    ev = one(run(text, [NORWAY, SWEDEN, DANES]), "DISAPPROVE")
    assert ev.target == ["السويد"]


def test_a_second_doer_joined_by_and_in_a_relative_clause_did_it_too() -> None:
    text = "وأدانت النرويج الهجمات التي شنتها حركة الشباب والمليشيات الحوثية على المدنيين."
    ev = one(run(text, [NORWAY, SHABAAB, HOUTHI_MILITIA]), "ASSAULT")
    assert set(ev.source) == {"حركة الشباب", "الحوثي"}


def test_the_sides_after_between_are_not_joined_to_a_deed() -> None:
    """A guard: «بين X وY» names the sides of a relation; the conjunct is not added to a deed's target."""
    text = "ويأتي حادث القتل وسط تصاعد التوتر بين الدولة الكينية وحركة الشباب في الأيام الأخيرة."
    evs = [e for e in run(text, [KENYAN_F, SHABAAB]) if e.type == "ASSAULT"]
    assert all("حركة الشباب" not in e.target for e in evs)

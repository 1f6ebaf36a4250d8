"""Two office holders of two countries named in a row, each by a title and its nisba, are the verb's subject and
object («التقى وزير الخارجية اليمني الرئيس المصري»), not one actor; so is a person named with his own title
after another person («استقبل الرئيس التونسي فلان الرئيس الفرنسي السابق فلان»)."""

from __future__ import annotations

from event_cases import one

from marsad.extract.events import extract_events
from marsad.model import Entity


def _holders(text: str, *holders: tuple[str, str]) -> list[Entity]:
    out = []
    for mention, country in holders:
        k = text.index(mention)
        out.append(Entity(mention, "LOC", country, k, k + len(mention), role=mention))
    return out


def test_meeting_of_two_office_holders_has_both_sides() -> None:
    text = "التقى وزير الخارجية الأردني الرئيس التونسي أمس."
    ev = one(extract_events(text, _holders(text, ("وزير الخارجية الأردني", "الأردن"),
                                           ("الرئيس التونسي", "تونس")), [], None), "CONSULT")
    assert ev.source == ["الأردن"] and ev.target == ["تونس"]


def test_criticism_of_one_office_holder_by_another() -> None:
    text = "انتقد رئيس الوزراء الهندي وزير الخارجية الباكستاني."
    ev = one(extract_events(text, _holders(text, ("رئيس الوزراء الهندي", "الهند"),
                                           ("وزير الخارجية الباكستاني", "باكستان")), [], None), "DISAPPROVE")
    assert ev.source == ["الهند"] and ev.target == ["باكستان"]


def test_two_offices_of_one_country_stay_one_holder() -> None:
    text = "وقال نائب رئيس الوزراء الكويتي وزير الخارجية الكويتي إن بلاده تدعم اليمن."
    evs = extract_events(text, _holders(text, ("نائب رئيس الوزراء الكويتي", "الكويت"),
                                        ("وزير الخارجية الكويتي", "الكويت")), [], None)
    assert all(ev.source in ([], ["الكويت"]) for ev in evs)


def test_holder_whose_title_opens_with_waw_is_no_second_subject() -> None:
    text = "انتقد الرئيس المصري وزير الخارجية الأردني أمس."
    ev = one(extract_events(text, _holders(text, ("الرئيس المصري", "مصر"),
                                           ("وزير الخارجية الأردني", "الأردن")), [], None), "DISAPPROVE")
    assert ev.source == ["مصر"] and ev.target == ["الأردن"]


def test_second_person_named_with_his_own_former_title() -> None:
    text = "واستقبل الرئيس التونسي سامي الحداد الرئيس الفرنسي السابق جان مارتان أمس."
    ents = [Entity("التونسي", "LOC", "تونس", text.index("التونسي"), text.index("التونسي") + 7),
            Entity("سامي الحداد", "PER", "سامي الحداد", text.index("سامي"), text.index("سامي") + 11),
            Entity("الرئيس الفرنسي", "LOC", "فرنسا", text.index("الرئيس الفرنسي"),
                   text.index("الرئيس الفرنسي") + 14, role="الرئيس الفرنسي"),
            Entity("جان مارتان", "PER", "جان مارتان", text.index("جان"), text.index("جان") + 10)]
    ev = one(extract_events(text, ents, [], None), "CONSULT")
    assert ev.source == ["سامي الحداد"] and ev.target == ["جان مارتان"]

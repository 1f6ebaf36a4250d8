"""A party's own country or the place visited given as the other side: the country a leader's title
after his name names («أمير دولة الكويت», «رئيس الوزراء المصري») is no target of his (`events_own_office`),
and the place a visit went to, named before the visit word, is no visitor (`events_visited_place`)."""

from __future__ import annotations

from event_cases import EGYPT, KUWAIT, ents, one, run

from marsad.extract.events import extract_events
from marsad.model import Entity

SABAH = ("صباح الأحمد", "صباح الأحمد", "PER")
NSOUR = ("عبدالله النسور", "عبدالله النسور", "PER")
JORDANIAN_DEF = ("الأردني", "الأردن", "LOC")
SHERIF = ("شريف إسماعيل", "شريف إسماعيل", "PER")
EGYPTIAN_PREMIER = ("رئيس الوزراء المصري", "مصر", "LOC")
ITALIAN = ("الإيطالي", "إيطاليا", "LOC")
GENTILONI = ("باولو جينتيلوني", "باولو جينتيلوني", "PER")
ABDULLAH = ("عبدالله الثاني", "عبدالله الثاني", "PER")
SISI = ("عبدالفتاح السيسي", "عبدالفتاح السيسي", "PER")
HOLLANDE = ("فرانسوا هولاند", "فرانسوا هولاند", "PER")
FRENCH_DEF = ("الفرنسي", "فرنسا", "LOC")
TUNISIA = ("تونس", "تونس", "LOC")


def test_the_emirate_in_the_emirs_title_is_no_guest() -> None:
    evs = run("استقبل الشيخ صباح الأحمد أمير دولة الكويت أمس رئيس الوزراء الأردني عبدالله النسور.",
              [SABAH, KUWAIT, JORDANIAN_DEF, NSOUR])
    met = one(evs, "CONSULT")
    assert met.source == ["صباح الأحمد"] and "الكويت" not in met.target


def test_the_nisba_of_a_premiers_title_is_no_guest() -> None:
    text = "والتقى شريف إسماعيل، رئيس الوزراء المصري، وزير الخارجية الإيطالي باولو جينتيلوني."
    found = [Entity(e.text, e.label, e.canonical, e.start, e.end, role=e.text) if e.canonical == "مصر" else e
             for e in ents(text, [SHERIF, EGYPTIAN_PREMIER, ITALIAN, GENTILONI])]  # a title the entity layer reads
    evs = extract_events(text, found, [], None)
    met = one(evs, "CONSULT")
    assert "مصر" not in met.target


def test_the_country_left_after_a_visit_is_no_visitor() -> None:
    evs = run("غادر الملك عبدالله الثاني جمهورية مصر العربية بعد زيارة عمل التقى خلالها الرئيس عبدالفتاح السيسي.",
              [ABDULLAH, EGYPT, SISI])
    visit = one(evs, "CONSULT")
    assert visit.source == ["عبدالله الثاني"]


def test_the_city_a_president_is_visiting_is_no_visitor() -> None:
    evs = run("وأكد الرئيس الفرنسي فرانسوا هولاند في تونس التي كان يزورها أمس دعم بلاده للحكومة.",
              [FRENCH_DEF, HOLLANDE, TUNISIA])
    visit = one(evs, "CONSULT")
    assert visit.source == ["فرانسوا هولاند"] and visit.target == ["تونس"]

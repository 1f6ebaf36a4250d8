"""Where one party's name ends and the next begins: a definite adjective or a country's title closes a
name («وزير الخارجية الأمريكي | إيران», «الجيش الإسرائيلي | حركة حماس»), a state's forces told with a
pronoun after «أن» are the forces of who tells of them («أعلنت روسيا أن مقاتلاتها شنت …»), and a
state's arms named by a nisba stand for the state («المدفعية التركية»)."""

from __future__ import annotations

from event_cases import BAHRAIN, ISIS, PKK, TURKEY, ents, one, run

from marsad.extract.events import extract_events
from marsad.model import Entity, Event

IRAN = ("إيران", "إيران", "LOC")
ISRAELI_ARMY = ("الجيش الإسرائيلي", "الجيش الإسرائيلي", "ORG")
HAMAS_MOVEMENT = ("حركة حماس", "حماس", "ORG")
UN_BODY = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
TALIBAN = ("حركة طالبان", "طالبان", "ORG")
RUSSIA = ("روسيا", "روسيا", "LOC")
TURKISH_FEM = ("التركية", "تركيا", "LOC")
MINISTER = ("عادل الحربي", "عادل الحربي", "PER")


def _role(text: str, mention: str, country: str, role: str) -> Entity:
    """The entity layer's reading of `mention` in `text` as a `role` («وزير الخارجية الأمريكي», or «force»
    for a body standing for its country) resolved to `country`."""
    k = text.index(mention)
    return Entity(mention, "LOC", country, k, k + len(mention), role=role)


def _titled(text: str, title: str, country: str, specs: list[tuple[str, str, str]],
            more: tuple[Entity, ...] = ()) -> list[Event]:
    """The events of `text` whose `title` is a role resolved to `country`, with the spec entities and
    `more` besides."""
    found = [_role(text, title, country, title), *more, *ents(text, specs)]
    return extract_events(text, sorted(found, key=lambda e: e.start), [], body_names=False)


def test_a_country_right_after_a_title_with_a_nisba_is_the_accused() -> None:
    evs = _titled("اتهم وزير الخارجية الأمريكي إيران بدعم الإرهاب.", "وزير الخارجية الأمريكي", "الولايات المتحدة",
                  [IRAN])
    ev = one(evs, "DISAPPROVE")
    assert ev.source == ["الولايات المتحدة"] and ev.target == ["إيران"]


def test_a_government_right_after_a_title_with_a_nisba_is_a_second_party() -> None:
    text = "انتقد الرئيس الفرنسي الحكومة السورية بشدة."
    evs = _titled(text, "الرئيس الفرنسي", "فرنسا", [], (_role(text, "الحكومة السورية", "سوريا", "force"),))
    ev = one(evs, "DISAPPROVE")
    assert ev.source == ["فرنسا"] and ev.target == ["سوريا"]


def test_a_body_right_after_a_body_ending_in_a_definite_word_is_a_second_party() -> None:
    ev = one(run("اتهم الجيش الإسرائيلي حركة حماس بخرق الهدنة.", [ISRAELI_ARMY, HAMAS_MOVEMENT]), "DISAPPROVE")
    assert ev.source == ["الجيش الإسرائيلي"] and ev.target == ["حماس"]
    ev = one(run("ودعت الأمم المتحدة حركة طالبان إلى الحوار.", [UN_BODY, TALIBAN]), "DEMAND")
    assert ev.source == ["الأمم المتحدة"] and ev.target == ["طالبان"]


def test_a_person_after_a_title_with_a_nisba_is_the_title_holder() -> None:
    evs = _titled("اتهم وزير الخارجية الأمريكي عادل الحربي إيران بدعم الإرهاب.", "وزير الخارجية الأمريكي",
                  "الولايات المتحدة", [MINISTER, IRAN])
    ev = one(evs, "DISAPPROVE")
    assert "إيران" in ev.target and "عادل الحربي" not in ev.target


def test_forces_with_a_pronoun_after_that_belong_to_who_tells_of_them() -> None:
    ev = one(run("وقالت تركيا إن قواتها قصفت مواقع لحزب العمال الكردستاني.", [TURKEY, PKK]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]
    ev = one(run("وأعلنت روسيا أن مقاتلاتها شنت غارات على مواقع داعش.", [RUSSIA, ISIS]), "ASSAULT")
    assert ev.source == ["روسيا"]


def test_a_state_arm_with_a_nisba_stands_for_the_state() -> None:
    ev = one(run("وقصفت المدفعية التركية مواقع لحزب العمال الكردستاني.", [TURKISH_FEM, PKK]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


JEDDAH = ("جدة", "جدة", "LOC")
RIYADH = ("الرياض", "الرياض", "LOC")
KINGDOM = ("المملكة", "السعودية", "ORG")
PRINCE = ("محمد بن نايف", "محمد بن نايف", "PER")


def test_the_kings_title_alone_stands_for_his_country_and_a_time_word_ends_the_setting() -> None:
    text = "واستقبل خادم الحرمين الشريفين في قصر السلام بجدة أمس وزير الخارجية الأمريكي."
    ev = one(_titled(text, "وزير الخارجية الأمريكي", "الولايات المتحدة", [JEDDAH]), "CONSULT")
    assert ev.source == ["السعودية"] and ev.target == ["الولايات المتحدة"] and ev.location == "جدة"


def test_the_kings_title_before_his_name_is_the_person() -> None:
    text = "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس عادل الحربي."
    ev = one(run(text, [("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER"), MINISTER]), "CONSULT")
    assert ev.source == ["سلمان بن عبدالعزيز"] and ev.target == ["عادل الحربي"]


def test_where_an_envoy_is_posted_is_no_party() -> None:
    text = "واستقبل محمد بن نايف في مكتبه بالرياض السفير الأمريكي لدى المملكة."
    ev = one(_titled(text, "السفير الأمريكي", "الولايات المتحدة", [PRINCE, RIYADH, KINGDOM]), "CONSULT")
    assert ev.source == ["محمد بن نايف"] and ev.target == ["الولايات المتحدة"] and ev.location == "الرياض"


def test_the_place_of_a_states_own_envoy_is_the_party_of_his_recall() -> None:
    ev = one(run("وقامت البحرين باستدعاء سفيرها لدى إيران للتشاور.", [BAHRAIN, IRAN]), "SANCTION")
    assert ev.source == ["البحرين"] and ev.target == ["إيران"]

"""Relief convoys that arrive or are launched (`event_triggers.tsv`), and the receivers of aid handed out «على»
a people, of aid «للاجئين» with a nisba, and of aid for people «في» a place
(`events_cooperation_parties.aid_recipient`)."""

from __future__ import annotations

from event_cases import QATAR, one, run

SAUDI_NISBA = ("سعودية", "السعودية", "LOC")
EMIRATI_NISBA = ("إماراتية", "الإمارات", "LOC")
ADEN = ("عدن", "عدن", "LOC")
TAIZ = ("تعز", "تعز", "LOC")
SYRIANS = ("السوريين", "سوريا", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")
CENTRE = ("مركز الملك سلمان", "مركز الملك سلمان", "ORG")


def test_a_relief_convoy_that_arrives_is_aid_from_its_nisba() -> None:
    ev = one(run("ووصلت قافلة إغاثية سعودية إلى مدينة عدن أمس.", [SAUDI_NISBA, ADEN]), "AID")
    assert ev.source == ["السعودية"] and ev.target == ["اليمن"]


def test_a_relief_convoy_named_before_its_arrival_is_aid() -> None:
    ev = one(run("وقالت المصادر إن قافلة مساعدات إماراتية وصلت إلى تعز.", [EMIRATI_NISBA, TAIZ]), "AID")
    assert ev.source == ["الإمارات"]


def test_launching_relief_convoys_is_aid() -> None:
    ev = one(run("ودشن مركز الملك سلمان القوافل الإغاثية إلى تعز.", [CENTRE, TAIZ]), "AID")
    assert ev.source == ["مركز الملك سلمان"]


def test_a_convoy_of_armour_is_no_aid() -> None:
    evs = run("وانفجرت سيارة مفخخة عند وصول قافلة مدرعات إلى عدن.", [ADEN])
    assert "AID" not in [e.type for e in evs]


def test_aid_handed_out_on_refugees_goes_to_their_country() -> None:
    ev = one(run("ووزع مركز الملك سلمان مساعدات إنسانية على اللاجئين السوريين في الأردن.",
                 [CENTRE, SYRIANS, JORDAN]), "AID")
    assert ev.target == ["سوريا"]


def test_aid_for_refugees_with_one_lam_written_goes_to_their_country() -> None:
    ev = one(run("وقدم مركز الملك سلمان مساعدات للاجئين السوريين في الأردن.", [CENTRE, SYRIANS, JORDAN]), "AID")
    assert ev.target == ["سوريا"]


def test_aid_for_the_displaced_in_a_town_goes_to_its_country() -> None:
    ev = one(run("وقدمت قطر مساعدات إنسانية للنازحين في محافظة تعز.", [QATAR, TAIZ]), "AID")
    assert ev.source == ["قطر"] and ev.target == ["اليمن"]

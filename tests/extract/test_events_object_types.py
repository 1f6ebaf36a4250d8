"""Types decided by the object (events_object_types): an attack launched on troops or a military site, and
fighters killed by a force on the ground, are fights (FIGHT); a working visit to a site with no second
party is no CONSULT."""

from __future__ import annotations

from marsad.extract.events_eval import run_article
from marsad.model import Event


def events(text: str) -> list[Event]:
    """The events of `text` as the whole pipeline reads them (entities, times, quotes)."""
    return run_article(text, "2015-07-20")


def types(text: str) -> list[str]:
    """The types of the events of `text`."""
    return [e.type for e in events(text)]


def test_attack_launched_on_government_troops_is_a_fight() -> None:
    got = types("وشن تنظيم داعش فجر اليوم هجمات متزامنة على القوات الحكومية في مدينة الحسكة.")
    assert "FIGHT" in got and "ASSAULT" not in got


def test_attack_on_a_military_airbase_is_a_fight() -> None:
    got = types("وشن مسلحو جبهة النصرة هجوما واسعا على مطار أبو الظهور العسكري في ريف إدلب.")
    assert "FIGHT" in got and "ASSAULT" not in got


def test_fighters_killed_by_an_army_on_the_ground_is_a_fight() -> None:
    got = types("وقتلت قوات البيشمركة 12 من عناصر تنظيم داعش جنوب مدينة كركوك.")
    assert "FIGHT" in got and "ASSAULT" not in got


def test_air_raid_on_troops_stays_one_sided() -> None:
    assert "ASSAULT" in types("وشنت الطائرات الحربية هجوما جويا على القوات الحكومية في مدينة درعا.")


def test_attack_on_security_forces_stays_one_sided() -> None:
    assert "ASSAULT" in types("وشن مسلحون هجوما على قوات الأمن في مدينة العريش.")


def test_governor_visiting_a_hospital_is_no_consult() -> None:
    assert "CONSULT" not in types("زار محافظ الخرج مستشفى الملك خالد العام يوم أمس واطمأن على المرضى.")


def test_inspection_visit_is_no_consult() -> None:
    assert "CONSULT" not in types("وقام مدير التعليم بزيارة تفقدية لعدد من مدارس المحافظة أمس.")


def test_head_visiting_a_centre_of_his_own_body_is_no_consult() -> None:
    assert "CONSULT" not in types("وزار مدير الشرطة مركز الأمن في حي النسيم أمس.")


def test_visit_to_a_foreign_leader_stays_a_consult() -> None:
    assert "CONSULT" in types("وزار وزير الخارجية الفرنسي الرياض أمس والتقى العاهل السعودي الملك سلمان.")

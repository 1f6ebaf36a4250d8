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


def test_meeting_staff_during_an_inspection_tour_is_no_consult() -> None:
    assert "CONSULT" not in types("قام نائب وزير الصحة حمد الضويلع بزيارة تفقدية لمناطق الحد الجنوبي، والتقى "
                                  "خلال زيارته قيادات الصحة في القطاع الجنوبي.")


def test_visiting_ones_own_troops_is_no_consult() -> None:
    assert "CONSULT" not in types("وقال يونج، خلال زيارته لسلاح مشاة البحرية والقوات البحرية في الجزيرة الحدودية الكورية "
                                  "الجنوبية، ان المياه قرب الحدود تشهد توترا.")


def test_visiting_a_forces_headquarters_is_no_consult() -> None:
    assert "CONSULT" not in types("وكان الأمير فيصل بن خالد بن عبد العزيز قد زار مقر قوات الطوارئ الخاصة في مدينة أبها.")


def test_inspection_visit_with_a_country_read_off_the_place_is_no_consult() -> None:
    assert "CONSULT" not in types("قام الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب صباح أمس بزيارة مفاجئة لبيت "
                                  "الأمير فيصل بن فهد للشباب بالرياض تفقد خلالها مرافق البيت وآليات سير العمل فيه.")


def test_a_foreign_visitor_meeting_troops_leader_stays_a_consult() -> None:
    assert "CONSULT" in types("زار وزير الدفاع الأميركي آشتون كارتر أربيل أمس والتقى رئيس إقليم كردستان مسعود البارزاني.")

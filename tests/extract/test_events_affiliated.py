"""Men named by the party they belong to (`events_affiliated`): «مسلحون تابعون لتنظيم داعش», «القادة العسكريين
التابعين للحوثيين» act for that party, before or after the verb; a thing a party owns is left alone."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS_TANZIM, one, run

COALITION_AIR = ("طيران التحالف", "التحالف العربي", "ORG")


def test_gunmen_belonging_to_a_group_threaten_for_it() -> None:
    threat = one(run("وهدد مسلحون تابعون لتنظيم داعش بإعدام الرهائن خلال يومين.", [ISIS_TANZIM]), "THREATEN")
    assert threat.source == ["داعش"] and threat.target == []


def test_commanders_loyal_to_a_group_refuse_after_the_verb() -> None:
    refusal = one(run("ورفض بعض القادة الميدانيين الموالين للحوثيين الانسحاب من المدينة.", [HOUTHI]), "REJECT")
    assert refusal.source == ["الحوثي"] and refusal.target == []


def test_commanders_of_a_group_refuse_before_the_verb() -> None:
    text = "وذكرت مصادر محلية أن بعض قادة الكتائب التابعة للحوثيين رفضوا التوجه إلى جبهات القتال."
    assert one(run(text, [HOUTHI]), "REJECT").source == ["الحوثي"]


def test_sites_a_group_owns_are_no_doers() -> None:
    strike = one(run("وقصف طيران التحالف مواقع تابعة للحوثيين في صعدة.", [COALITION_AIR, HOUTHI]), "ASSAULT")
    assert strike.source == ["التحالف العربي"] and strike.target == ["الحوثي"]

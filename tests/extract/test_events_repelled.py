"""An attack fought back (`events_repelled`): «صدت القوات الهجوم», told after the attack, fights its doer."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS, run

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
RESISTANCE_SHORT = ("المقاومة", "المقاومة الشعبية", "ORG")
PESHMERGA = ("قوات البيشمركة", "البيشمركة", "ORG")
PESHMERGA_SHORT = ("البيشمركة", "البيشمركة", "ORG")


def test_repelling_the_attack_told_before_fights_its_doer() -> None:
    text = ("وقال مصدر عسكري إن مسلحي داعش هاجموا مواقع قوات البيشمركة قرب سنجار فجر أمس. "
            "وأضاف أن البيشمركة صدت الهجوم بعد ساعات من القتال.")
    ev = next(e for e in run(text, [ISIS, PESHMERGA, PESHMERGA_SHORT]) if e.trigger.startswith("صدت"))
    assert ev.type == "FIGHT" and ev.source == ["البيشمركة"] and ev.target == ["داعش"]


def test_standing_up_to_the_attacks_takes_their_doer() -> None:
    text = ("وشن الحوثيون هجوما على مواقع المقاومة الشعبية في جبهة صرواح أمس. "
            "إلا أن المقاومة تصدت للهجوم وكبدتهم خسائر كبيرة.")
    ev = next(e for e in run(text, [HOUTHI, RESISTANCE, RESISTANCE_SHORT]) if e.trigger.startswith("تصدت"))
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_an_indefinite_attack_is_not_the_one_told_before() -> None:
    text = ("وقال مصدر عسكري إن مسلحي داعش هاجموا مواقع قوات البيشمركة قرب سنجار فجر أمس. "
            "وفي محور آخر صدت البيشمركة هجوما في قرية تل شور.")
    ev = next(e for e in run(text, [ISIS, PESHMERGA, PESHMERGA_SHORT]) if e.type == "FIGHT" and "هجوما" in e.trigger)
    assert ev.target == []


def test_an_attack_on_someone_else_is_not_the_one_repelled() -> None:
    text = ("وقال مصدر إن مسلحي داعش هاجموا مواقع الحوثيين في البيضاء فجر أمس. "
            "وأضاف أن البيشمركة صدت الهجوم بعد ساعات من القتال.")
    ev = next(e for e in run(text, [ISIS, HOUTHI, PESHMERGA, PESHMERGA_SHORT]) if e.trigger.startswith("صدت"))
    assert "داعش" not in ev.target

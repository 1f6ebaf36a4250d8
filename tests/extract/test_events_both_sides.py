"""«مواجهات بين الطرفين» (`events_both_sides`): a clash between «the two sides» is fought by the parties of the
deed told before it."""

from __future__ import annotations

from event_cases import HOUTHI, run

RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
SALEH_FORCES = ("قوات صالح", "قوات صالح", "ORG")
SPECS = [HOUTHI, RESISTANCE, SALEH_FORCES]


def _clash(text: str) -> tuple[list[str], list[str]]:
    ev = next(e for e in run(text, SPECS) if e.type == "FIGHT" and e.trigger.startswith(("مواجهات", "اشتباكات")))
    return ev.source, ev.target


def test_the_other_side_is_the_other_party_of_the_attack_before() -> None:
    text = ("وقالت مصادر إن الحوثيين شنوا هجوما على مواقع المقاومة الشعبية في جبهة صرواح. "
            "وتمكنت المقاومة الشعبية من تدمير ثلاث آليات عسكرية بعد مواجهات عنيفة بين الطرفين قرب الجفينة.")
    assert _clash(text) == (["المقاومة الشعبية"], ["الحوثي"])


def test_a_clash_that_follows_an_attack_in_its_sentence_is_between_its_parties() -> None:
    text = ("وكانت المقاومة الشعبية قد شنت هجمات واسعة على مواقع الحوثيين في مدينة زنجبار، "
            "واندلعت بعد تلك الهجمات مواجهات مسلحة بين الطرفين.")
    assert _clash(text) == (["المقاومة الشعبية"], ["الحوثي"])


def test_allies_named_after_the_two_sides_are_not_set_against_each_other() -> None:
    text = ("وشنت المقاومة الشعبية هجمات على مواقع الحوثيين في المدينة. "
            "وتشهد المدينة اشتباكات عنيفة بين الطرفين منذ زحف الحوثيين وقوات صالح إليها قبل أربعة أشهر.")
    for ev in run(text, SPECS):
        assert not ("الحوثي" in ev.source and "قوات صالح" in ev.target)


def test_a_count_of_dead_is_no_side() -> None:
    text = ("وقتل 20 شخصا في قصف الحوثيين لأحياء سكنية في المدينة أمس. "
            "واندلعت بعد ذلك اشتباكات عنيفة بين الطرفين قرب الجفينة.")
    assert all("20 شخصا" not in [*e.source, *e.target] for e in run(text, SPECS) if e.type == "FIGHT")

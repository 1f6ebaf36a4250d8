"""Stormings by militants or with a bomb are armed attacks (ASSAULT), not raids (COERCE)
(events_storming); a storming by troops to arrest someone stays a raid."""

from __future__ import annotations

from marsad.extract.events_eval import run_article


def types(text: str) -> list[str]:
    """The types of the events of `text` as the whole pipeline reads them."""
    return [e.type for e in run_article(text, "2015-07-20")]


def test_suicide_bomber_storming_a_post_is_an_assault() -> None:
    got = types("وقال الجيش إن انتحاريا اقتحم بشاحنة مفخخة بالمتفجرات مقرا للشرطة في جنوب البلاد أمس.")
    assert "ASSAULT" in got and "COERCE" not in got


def test_militants_storming_a_checkpoint_with_soldiers_killed_is_an_assault() -> None:
    got = types("ولقي خمسة جنود حتفهم أمس عندما اقتحم مسلحون حاجزا للجيش قرب مدينة سرت، وفق مصدر عسكري.")
    assert "ASSAULT" in got and "COERCE" not in got


def test_soldiers_storming_a_home_to_arrest_stay_a_raid() -> None:
    got = types("واقتحمت قوات الاحتلال الإسرائيلي منزلا في بلدة قباطية لاعتقال شاب فلسطيني فجر اليوم.")
    assert "COERCE" in got and "ASSAULT" not in got

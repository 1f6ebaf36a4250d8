"""Backing handed over, promised or stressed, told with the plain news forms of «event_triggers.tsv»: «قدم» with
a noun of backing after it («قدمت قطر دعمها للحكومة اليمنية», «يقدم الحزب دعما عسكريا للنظام») is AID; «وعد»
with «باستمرار/بمواصلة دعم» («ووعد الرئيس بمواصلة دعم المعارضة») and «شدد على دعم/وقوف X لـ/إلى جانب Y» are
SUPPORT."""

from __future__ import annotations

from event_cases import BAHRAIN, HEZBOLLAH, KUWAIT, QATAR, TO_YEMEN, names, one, run

ASSAD = ("بشار الأسد", "بشار الأسد", "PER")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
OPPOSITION = ("المعارضة السورية", "المعارضة السورية", "ORG")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_backing_handed_over_is_aid() -> None:
    ev = one(run("وقدمت قطر دعمها الكامل لليمن خلال الأشهر الماضية.", [QATAR, TO_YEMEN]), "AID")
    assert ev.source == ["قطر"] and "اليمن" in names(ev)


def test_backing_of_a_named_kind_handed_over_is_aid() -> None:
    ev = one(run("ويقدم حزب الله دعما عسكريا كبيرا لنظام بشار الأسد منذ سنوات.", [HEZBOLLAH, ASSAD]), "AID")
    assert ev.source == ["حزب الله"]


def test_giving_something_else_is_no_aid() -> None:
    # a report handed in, with backing named far after it, is no aid
    assert "AID" not in types_of("وقدمت قطر تقريرها إلى اللجنة الدولية المعنية التي أعلنت الدعم لليمن.", [QATAR, TO_YEMEN])


def test_backing_promised_to_go_on_is_support() -> None:
    ev = one(run("ووعد الرئيس الأمريكي باراك أوباما بمواصلة دعم المعارضة السورية المعتدلة.", [OBAMA, OPPOSITION]),
             "SUPPORT")
    assert ev.source == ["باراك أوباما"]


def test_other_promises_are_no_support() -> None:
    assert "SUPPORT" not in types_of("ووعد باراك أوباما الناخبين بمواصلة العمل على خفض الضرائب.", [OBAMA])


def test_backing_stressed_is_support() -> None:
    ev = one(run("وشدد وزير الخارجية الكويتي على وقوف الكويت إلى جانب البحرين في مواجهة الإرهاب.",
                 [("الكويتي", "الكويت", "LOC"), KUWAIT, BAHRAIN]), "SUPPORT")
    assert "البحرين" in ev.target
    # stressing the backing of a thing names no party backed
    assert "SUPPORT" not in types_of("وشدد الوزير الكويتي على دعم الصادرات الوطنية.", [("الكويتي", "الكويت", "LOC")])

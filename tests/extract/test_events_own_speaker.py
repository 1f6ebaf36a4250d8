"""A sentence that gives its verb a speaker of its own, described and not named by an actor («مدير عام
…», «مصدر مقرب من …», «عدد من المواطنين»), does not take the one the story told of before as the doer
of its participle or verb (`events_speaker_checks.own_unnamed_speaker`, `own_subject_after`)."""

from __future__ import annotations

from event_cases import run

JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
HEALTH = ("وزارة الصحة", "وزارة الصحة", "ORG")
GOV = ("الحكومة اللبنانية", "الحكومة اللبنانية", "ORG")

BEFORE = "وأكد وزير الخارجية عادل الجبير أن المملكة تقف مع اليمن. "


def _sources(text: str, typ: str) -> list[list[str]]:
    return [e.source for e in run(text, [JUBEIR, HEALTH, GOV]) if e.type == typ]


def test_a_participle_goes_on_with_a_described_speaker_after_the_verb() -> None:
    text = BEFORE + "واعتبر مدير عام الشركة المهندس سامي أن القرار صائب، مشيدا بجهود وزارة الصحة في هذا الشأن."
    assert all("عادل الجبير" not in s for s in _sources(text, "SUPPORT"))


def test_a_participle_goes_on_with_a_fronted_described_speaker() -> None:
    text = BEFORE + "مدير عام الشركة المهندس سامي، قال: إن القرار صائب، مشيدا بجهود وزارة الصحة في هذا الشأن."
    assert all("عادل الجبير" not in s for s in _sources(text, "SUPPORT"))


def test_a_participle_goes_on_with_an_unnamed_source() -> None:
    text = BEFORE + "وحذر مصدر مقرب من رئيس الحكومة من أن القرار خطير، داعيا الحكومة اللبنانية إلى التريث."
    assert all("عادل الجبير" not in s for s in _sources(text, "DEMAND"))


def test_a_verb_with_some_of_a_group_after_it_is_theirs() -> None:
    text = BEFORE + "ودعا عدد من المواطنين الحكومة اللبنانية إلى التريث في القرار."
    assert all("عادل الجبير" not in s for s in _sources(text, "DEMAND"))


def test_the_speaker_still_goes_on_with_no_subject_or_a_bare_title() -> None:
    assert ["عادل الجبير"] in _sources(BEFORE + "ودعا الحكومة اللبنانية إلى التريث في القرار.", "DEMAND")
    text = BEFORE + "وأضاف أن القرار صائب، مشيدا بجهود وزارة الصحة في هذا الشأن."
    assert ["عادل الجبير"] in _sources(text, "SUPPORT")

"""Religious titles («المفتي», «مفتي المملكة», «إمام وخطيب المسجد الحرام») before a name are the speaker's title,
as «وزير الخارجية» is: the name after them is the subject of the verb, not its object."""
from marsad.extract.events_eval import run_article


def _sources(text: str, kind: str) -> list[list[str]]:
    return [e.source for e in run_article(text, "2015-08-07") if e.type == kind]


def test_the_mufti_and_an_honorific_before_his_name() -> None:
    text = "أدان المفتي الشيخ سعد الدين الحربي الهجوم الإرهابي على المسجد."
    assert any("سعد الدين الحربي" in " ".join(s) for s in _sources(text, "DISAPPROVE"))


def test_the_general_mufti_before_his_name() -> None:
    text = "استنكر المفتي العام سعد الدين الحربي التفجير الذي استهدف المصلين."
    assert any("سعد الدين الحربي" in " ".join(s) for s in _sources(text, "DISAPPROVE"))


def test_an_imam_of_a_mosque_before_his_name() -> None:
    text = "أدان إمام وخطيب المسجد الكبير الشيخ خالد العمري الاعتداء على المصلين."
    assert any("خالد العمري" in " ".join(s) for s in _sources(text, "DISAPPROVE"))

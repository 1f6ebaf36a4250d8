"""An attack told twice in one article is one event: the victims a number counts told again in a later
sentence a day apart («مقتل ستة شرطيين الاثنين» … «أن ستة شرطيين قتلوا … أمس»: the «أمس» of the report,
not another day), while one doer's deeds told a day apart with other counts stay two deeds."""

from marsad.extract.events_eval import run_article


def _attacks(text: str, published: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(e.source, e.target, e.date) for e in run_article(text, published) if e.type == "ASSAULT"]


def test_same_count_a_day_apart_is_one_attack() -> None:
    text = ("أعلن الجيش الباكستاني امس الثلاثاء أن طائرة مسيرة أمريكية نفذت الهجوم على قافلة للشرطة الباكستانية، "
            "ما أدى إلى مقتل ستة شرطيين الاثنين.\n"
            "وأضاف الجيش أن ستة شرطيين قتلوا في منطقة ميران شاه بإقليم وزيرستان الشمالية أمس.")
    attacks = _attacks(text, "2015-07-22")
    assert len(attacks) == 1
    assert "الولايات المتحدة" in attacks[0][0] and "ستة شرطيين" in attacks[0][1]
    assert attacks[0][2] == "2015-07-20"


def test_other_counts_a_day_apart_stay_two_attacks() -> None:
    text = ("قالت الشرطة الأفغانية إن مسلحي حركة طالبان قتلوا ثلاثة جنود الاثنين في ولاية قندهار.\n"
            "وأضافت أن مسلحي الحركة قتلوا خمسة جنود أمس في ولاية هلمند.")
    assert len(_attacks(text, "2015-07-22")) == 2

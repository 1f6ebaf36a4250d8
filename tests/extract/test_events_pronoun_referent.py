"""The party an object pronoun stands for when it was read as the doer, or when it names members of a party."""

from marsad.extract.events_eval import run_article


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in run_article(text, "2015-08-01")]


def test_relative_antecedent_is_no_doer() -> None:
    # «تتهمه» is feminine: the masculine party before the relative is what «ه» stands for, Turkey the doer
    text = ("فتحت تركيا أمس جبهتين، الأولى ضد داعش، والثانية ضد حزب العمال الكردستاني المحظور الذي تتهمه "
            "بالضلوع في هجمات استهدفت قواتها.")
    assert ("DISAPPROVE", ["تركيا"], ["حزب العمال الكردستاني"]) in _events(text)


def test_members_stand_for_their_party() -> None:
    text = "أوقفت الشرطة التركية عشرة من عناصر تنظيم داعش، واتهمتهم بالتخطيط لهجمات في إسطنبول."
    assert ("DISAPPROVE", ["تركيا", "الشرطة التركية"], ["داعش"]) in _events(text)

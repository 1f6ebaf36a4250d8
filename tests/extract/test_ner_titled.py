"""Person names after a title or role word, and person names the tagger cut short (ner_titled)."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import fold
from marsad.extract.entities import extract_entities


def _persons(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    # a rare word and a family name right after «يدعى»
    ("وتبنى مسؤول في الجماعة يدعى زبيدان المرهوني الهجوم على الموقع.", "زبيدان المرهوني"),
    # a link («آل», «بنت») at the end of a mention joins the person mention after it
    ("وقال المهندس خالد آل إبراهيم إن المشروع اكتمل.", "خالد آل إبراهيم"),
    ("واستقبلت الأميرة نورة بنت عبدالرحمن بن سعود الضيوف.", "نورة بنت عبدالرحمن بن سعود"),
])
def test_titled_and_cut_names(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(("text", "persons"), [
    ("واعتدى محمد على الشرطي في السوق.", ["محمد"]),  # «على» is no «علي»
    ("وقال نائب خادم الحرمين الشريفين إن المملكة تدعم اليمن.", []),
    ("وأكد وزير خارجيتها محمد جواد ظريف أن الاتفاق صامد.", ["محمد جواد ظريف"]),
    ("وقدم رئيس الوزراء نتنياهو باسم الحكومة التعازي.", ["نتنياهو"]),  # «باسم»: on behalf of
])
def test_no_overreach(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


def _tagged(raw: list[str], tags: list[str]) -> list[str]:
    from marsad.extract.ner_titled import titled_names

    out = [list(tags)]
    titled_names([raw], [[fold(w) for w in raw]], out)
    return out[0]


def test_cut_mention_extended_in_tags() -> None:
    """A mention followed by a given name takes it in, and the mention after it («سليمان» + «هلال» +
    «الدباغ»); «علي» spelt with its ya is a name word; a verb stops the name."""
    raw = ["توقيف", "سليمان", "هلال", "الدباغ", "أمس"]
    assert _tagged(raw, ["O", "B-PER", "O", "B-PER", "O"]) == ["O", "B-PER", "I-PER", "I-PER", "O"]
    raw = ["وقال", "سامي", "محمد", "علي", "الزهراني", "إنهم", "أخلوا", "المكان"]
    assert _tagged(raw, ["O", "B-PER", "I-PER", "O", "B-PER", "O", "O", "O"])[1:6] == [
        "B-PER", "I-PER", "I-PER", "I-PER", "O"]


def test_weak_words_after_a_title_are_no_name() -> None:
    """After a title, a word only weakly typed as a person and a word with the article are no name
    («اللواء متقاعد الشريف»); two players joined by «و» are not one name."""
    raw = ["وتلقى", "اللواء", "متقاعد", "الشريف", "اتصالا"]
    assert _tagged(raw, ["O"] * 5) == ["O"] * 5
    raw = ["من", "داوود", "آل", "سعيد", "وفريد", "ملولي"]
    tags = ["O", "B-PER", "I-PER", "B-PER", "I-PER", "I-PER"]
    assert _tagged(raw, tags) == tags


@pytest.mark.parametrize(("raw", "tags", "want"), [
    # given names only after a title: the family name with the article goes with them
    (["وأشاد", "الشيخ", "عبدالله", "السديرة", "بجهود", "المملكة"],
     ["O", "O", "B-PER", "O", "O", "B-LOC"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وقال", "العميد", "سمير", "الحاج", "إن", "القصف", "مستمر"],
     ["O", "O", "B-PER", "O", "O", "O", "O"], ["O", "O", "B-PER", "I-PER", "O", "O", "O"]),
    # «عبد» joined to the name after it, after a role cue
    (["ويطالب", "المواطن", "عبداللطيف", "الهزيم", "الجهات", "الرقابية"],
     ["O", "O", "B-PER", "O", "O", "O"], ["O", "O", "B-PER", "I-PER", "O", "O"]),
    # a nationality stands for the title
    (["واعتقلت", "الشرطة", "المغربي", "عبد", "المجيد", "الطويل", "أمس"],
     ["O", "O", "O", "B-PER", "I-PER", "O", "O"], ["O", "O", "O", "B-PER", "I-PER", "I-PER", "O"]),
    # a ruler's name: the word after it is an adjective of a body named after him
    (["وكانت", "قرارات", "الملك", "سلمان", "الداخلية", "حاسمة"],
     ["O", "O", "O", "B-PER", "O", "O"], ["O", "O", "O", "B-PER", "O", "O"]),
    # a word describing the person, and a name that has its family name already
    (["وقال", "الدكتور", "محمد", "المكلف", "بالملف", "إن"],
     ["O", "O", "B-PER", "O", "O", "O"], ["O", "O", "B-PER", "O", "O", "O"]),
    (["وقال", "الشيخ", "محمد", "بن", "راشد", "آل", "مكتوم", "الرمضانية"],
     ["O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"],
     ["O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"]),
])
def test_family_name_after_a_titled_given_name(raw: list[str], tags: list[str], want: list[str]) -> None:
    assert _tagged(raw, tags) == want


def test_the_family_name_after_a_titled_given_name_is_the_actor() -> None:
    assert "عبدالله السديرة" in _persons("وأشاد الشيخ عبدالله السديرة بجهود المملكة في خدمة ضيوف الرحمن.")


@pytest.mark.parametrize(("text", "name"), [
    # after an honorific, a word the lexicons type only weakly is a given name («مساعد»), not a rank's qualifier
    ("واعتقلت السلطات الشيخ مساعد السديرة مع عدد من تلاميذه.", "مساعد السديرة"),
    ("وافتتح المهندس مساعد السليم المعرض أمس.", "مساعد السليم"),
    # rare words right before an age in brackets
    ("وتم إطلاق سراح ويب (50 عاما) بعد التحقيق.", "ويب"),
])
def test_honorific_and_aged_names(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_common_noun_before_an_age_is_no_name() -> None:
    assert _persons("واعتقلت الشرطة رجلا (33 عاما) في المدينة.") == []


@pytest.mark.parametrize(("text", "name"), [
    # a run of name or rare words before a description of a person: accused of, suspected, aged
    ("اعتقلت الشرطة الأمريكية ديلان روف المتهم بقتل تسعة أشخاص.", "ديلان روف"),
    ("وقال المحامي إن إبراهيم البالغ من العمر 26 عاما سافر أمس.", "إبراهيم"),
])
def test_names_before_a_description_of_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_common_noun_before_the_accused_is_no_name() -> None:
    assert _persons("وأصدرت المحكمة حكما ضد شقيق المتهم بالسرقة.") == []


@pytest.mark.parametrize(("text", "name"), [
    # a bare family name after another given name is another member of the family
    ("قتل معمر القذافي في سرت. وقالت المحكمة إن الساعدي القذافي سيحاكم.", "الساعدي القذافي"),
    ("وكان معمر القذافي رئيسا. وظهر سيف الإسلام القذافي في المحكمة.", "سيف الإسلام القذافي"),
])
def test_another_member_of_the_family(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_title_or_noun_before_a_family_name_is_no_given_name() -> None:
    found = _persons("قتل معمر القذافي في سرت. وقال نجل القذافي إن العقيد القذافي لم يستسلم.")
    assert found == ["معمر القذافي", "القذافي", "القذافي"]

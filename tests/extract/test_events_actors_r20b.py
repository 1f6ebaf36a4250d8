"""Actor names from a fresh hand audit of unlabelled pages: a preposition glued to a body's name, a
stray last word of a person's name, a cut patronymic, a place that is a family name, a conjunct read
as an object and a comma-set nisba read as a party."""

from __future__ import annotations

from event_cases import PKK, mentions, one, run


def test_glued_preposition_leaves_the_body_name() -> None:
    text = "وأشاد نائب رئيس لحركة الشباب الديمقراطي بالقرار."
    found = mentions(text, [("لحركة الشباب الديمقراطي", "لحركة الشباب الديمقراطي", "ORG")])
    assert [c for _, _, c in found] == ["حركة الشباب الديمقراطي"]


def test_double_lam_gives_the_article_back() -> None:
    text = "وقدم الوفد الشكر للشيخ حمد بن راشد."
    found = mentions(text, [("لشيخ حمد بن راشد", "لشيخ حمد بن راشد", "PER")])
    assert [c for _, _, c in found] == ["الشيخ حمد بن راشد"]


def test_honorific_of_a_second_person_is_no_part_of_the_name() -> None:
    text = "وهنأ المحافظ الملك فهد بن سعود وسمو ولي العهد بالعيد."
    found = mentions(text, [("فهد بن سعود وسمو", "فهد بن سعود وسمو", "PER")])
    assert [c for _, _, c in found] == ["فهد بن سعود"]


def test_pronoun_is_no_part_of_a_name() -> None:
    text = "وقالت إن أم سعيد هي من أبلغت الجيران."
    found = mentions(text, [("سعيد هي", "سعيد هي", "PER")])
    assert [c for _, _, c in found] == ["سعيد"]


def test_name_cut_after_ibn_takes_the_next_word() -> None:
    text = "والتقى الوزير خالد بن منصور في مكتبه."
    found = mentions(text, [("خالد بن", "خالد بن", "PER")])
    assert [c for _, _, c in found] == ["خالد بن منصور"]


def test_country_after_a_patronymic_is_the_family_name() -> None:
    text = "والتقى الأمير سلطان فهد بن علي اليمن مدير الجمعية."
    found = mentions(text, [("سلطان", "سلطان", "PER"), ("فهد بن علي", "فهد بن علي", "PER"),
                            ("اليمن", "اليمن", "LOC")])
    assert ("فهد بن علي اليمن", "PER", "فهد بن علي اليمن") in found
    assert not any(label == "LOC" for _, label, _ in found)


def test_country_with_a_preposition_after_a_patronymic_stays_a_place() -> None:
    text = "ووصل الأمير فهد بن علي للقاهرة أمس."
    found = mentions(text, [("فهد بن علي", "فهد بن علي", "PER"), ("للقاهرة", "القاهرة", "LOC")])
    assert ("فهد بن علي", "PER", "فهد بن علي") in found


def test_conjunct_after_the_subject_is_no_object() -> None:
    text = "وانتقد مدير المصنع ونائبه الإداري القرار الجديد."
    ev = one(run(text, []), "DISAPPROVE")
    assert all("ونائبه" not in n for n in ev.target)


def test_nisba_set_off_by_a_comma_describes_the_party() -> None:
    text = "ودعت الحكومة العراقية حزب العمال الكردستاني، التركي المحظور، إلى الانسحاب."
    ev = one(run(text, [("العراقية", "العراق", "LOC"), PKK, ("التركي", "تركيا", "LOC")]), "DEMAND")
    assert ev.target == ["حزب العمال الكردستاني"]

"""One-letter titles before a name («د.», «م.»), «for his part» openers and words between a verb
and its subject: the subject after the verb is still found (`events_tokens`, `events_transitions`,
`events_phrases`); and the nouns after a verb that cannot be its subject by agreement (a feminine noun
after «وطالب», any noun after «ودعوا»), asked by the one the story told of (`events_reversal`,
`events_roles.plural_opener`)."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_tokens import sentences, tokens

ZUFAIRI = ("منصور الظفيري", "منصور الظفيري", "PER")
KHURAIJI = ("وليد الخريجي", "وليد الخريجي", "PER")
MUTAHAMMI = ("محمد المتحمي", "محمد المتحمي", "PER")
ASIR = ("عسير", "عسير", "LOC")
JUNAID = ("عبدالقادر الجنيد", "عبدالقادر الجنيد", "PER")


def test_a_doctors_title_ends_no_sentence() -> None:
    text = "من جهته، استنكر النائب د. منصور الظفيري العمل الإرهابي."
    assert len(sentences(text)) == 1
    assert one(run(text, [ZUFAIRI]), "DISAPPROVE").source == ["منصور الظفيري"]


def test_an_engineers_title_right_after_the_verb_is_no_object() -> None:
    ev = one(run("من ناحيته، ندد م. وليد الخريجي بالتفجير الإرهابي.", [KHURAIJI]), "DISAPPROVE")
    assert ev.source == ["وليد الخريجي"] and ev.target == []


def test_the_title_letters_are_no_words_but_a_year_mark_ends_its_sentence() -> None:
    assert [t.form for t in tokens("قال أ.د. محمد")] == ["قال", "محمد"]
    assert len(sentences("وقع الهجوم عام 2015 م. وأدانت السعودية الهجوم.")) == 2


def test_for_his_part_then_the_verb_opens_the_clause() -> None:
    text = "من جانبه أدان محافظ محايل عسير محمد المتحمي حادث التفجير."
    assert one(run(text, [ASIR, MUTAHAMMI]), "DISAPPROVE").source == ["محمد المتحمي"]


def test_an_academy_no_entity_names_is_a_party() -> None:
    ev = one(run("استنكر مجمع الفقه الإسلامي الدولي التفجير الإرهابي.", []), "DISAPPROVE")
    assert ev.source == ["مجمع الفقه الإسلامي الدولي"]


def test_a_time_word_after_the_verb_leads_to_no_title_holder() -> None:
    text = "اقتحمت اليوم ميليشيات حوثية منزل الصحافي اليمني عبدالقادر الجنيد."
    assert "عبدالقادر الجنيد" not in one(run(text, [JUNAID]), "COERCE").source


ABU_RUDEINA = ("أبو ردينة", "أبو ردينة", "PER")
ISRAELI = ("الإسرائيلية", "إسرائيل", "LOC")
LIBYAN = ("الليبية", "ليبيا", "LOC")


def test_a_feminine_noun_after_a_masculine_demand_verb_is_asked() -> None:
    text = "وأدان أبو ردينة الاقتحامات. وطالب الحكومة الإسرائيلية بضرورة التوقف عن الانتهاكات."
    ev = one(run(text, [ABU_RUDEINA, ISRAELI]), "DEMAND")
    assert ev.source == ["أبو ردينة"] and ev.target == ["إسرائيل"]


def test_a_second_party_after_it_makes_it_the_subject() -> None:
    text = "وأدان أبو ردينة الاقتحامات. وطالب الحكومة الليبية المجتمع الدولي بضرورة رفع الحظر."
    evs = run(text, [ABU_RUDEINA, LIBYAN])
    assert not [e for e in evs if e.type == "DEMAND" and "أبو ردينة" in e.source]


PARTICIPANTS = ("المشاركون", "المشاركون", "ORG")


def test_a_plural_verb_after_a_body_asks_the_noun_after_it() -> None:
    text = "وأدان المشاركون في المؤتمر العمليات الإرهابية. ودعوا المجتمع الدولي إلى تكثيف الجهود."
    ev = one(run(text, [PARTICIPANTS]), "DEMAND")
    assert ev.source == ["المشاركون"] and ev.target == ["المجتمع الدولي"]


def test_a_plural_verb_is_no_single_persons() -> None:
    text = "وأدان أبو ردينة الاقتحامات. وطالبوا الحكومة بوقف الانتهاكات."
    assert not [e for e in run(text, [ABU_RUDEINA]) if e.type == "DEMAND" and "أبو ردينة" in e.source]

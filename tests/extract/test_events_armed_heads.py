"""Kidnappings and arrests told with a head noun, an office, a profession or a dual verb
(`events_armed_heads`, `events_dual_verbs`, `events_missing_targets`, `ner_junk.drop_hands`)."""

from __future__ import annotations

from event_cases import HOUTHI, HOUTHIS_NOMINATIVE, ISIS, one, run

from marsad.extract.entities import extract_entities

ZUBAIDI = ("فيصل الزبيدي", "فيصل الزبيدي", "PER")
SUBAIHI = ("محمود الصبيحي", "محمود الصبيحي", "PER")
SAID = ("أحمد سعيد", "أحمد سعيد", "PER")
ALI = ("محمد علي", "محمد علي", "PER")


def test_head_noun_before_the_party_opens_the_light_verbs_clause() -> None:
    text = "وأفاد سكان محليون أن المسلحين الحوثيين قاموا باختطاف الأستاذ فيصل الزبيدي من منزله."
    ev = one(run(text, [HOUTHI, ZUBAIDI]), "ASSAULT")
    assert ev.source == ["الحوثي"] and ev.target == ["فيصل الزبيدي"]


def test_construct_head_of_armed_men_before_the_party() -> None:
    text = "وذكر شهود أن مسلحي داعش قاموا باعتقال الناشط أحمد سعيد في الساحة."
    ev = one(run(text, [ISIS, SAID]), "COERCE")
    assert ev.source == ["داعش"] and ev.target == ["أحمد سعيد"]


def test_an_office_after_the_doer_opens_the_victim() -> None:
    text = "واختطف الحوثيون وزير الدفاع محمود الصبيحي في لحج."
    ev = one(run(text, [HOUTHIS_NOMINATIVE, SUBAIHI]), "ASSAULT")
    assert ev.source == ["الحوثيين"] and ev.target == ["محمود الصبيحي"]


def test_a_body_head_after_the_verb_is_no_title_of_the_person() -> None:
    text = "واحتجزت جماعة الحوثيين وزير الدفاع محمود الصبيحي منذ مارس."
    ev = one(run(text, [HOUTHI, SUBAIHI]), "COERCE")
    assert ev.source == ["الحوثي"] and ev.target == ["محمود الصبيحي"]


def test_a_profession_before_the_name_of_the_kidnapped() -> None:
    text = "وقام الحوثيون باختطاف الطبيب فيصل الزبيدي من عيادته."
    ev = one(run(text, [HOUTHIS_NOMINATIVE, ZUBAIDI]), "ASSAULT")
    assert ev.target == ["فيصل الزبيدي"]


def test_a_dual_past_after_qad_is_the_verb() -> None:
    text = "وكان أحمد سعيد ومحمد علي قد اعتقلا في القاهرة الشهر الماضي."
    ev = one(run(text, [SAID, ALI]), "COERCE")
    assert set(ev.target) == {"أحمد سعيد", "محمد علي"} and not ev.source


def test_an_accusative_noun_is_still_no_verb() -> None:
    text = "وقال إن طالبا جامعيا أحمد سعيد فاز بالجائزة."
    assert not [e for e in run(text, [SAID]) if e.type == "DEMAND"]


def test_the_hand_of_the_doer_is_no_person() -> None:
    ents = extract_entities("وتم اختطاف الصحفي على يد مسلحين مجهولين في بنغازي.")
    assert not [e for e in ents if "يد" in e.text.split()]


def test_a_profession_opens_the_clause_of_a_recalled_passive_arrest() -> None:
    text = "وكان الصحفي أحمد سعيد قد اعتقل في القاهرة خلال تغطيته للمظاهرات."
    ev = one(run(text, [SAID]), "COERCE")
    assert ev.target == ["أحمد سعيد"] and not ev.source


def test_a_past_period_after_the_passive_verb() -> None:
    text = "وكان أحمد سعيد قد اختطف الشهر الماضي في بنغازي."
    ev = one(run(text, [SAID]), "ASSAULT")
    assert ev.target == ["أحمد سعيد"] and not ev.source

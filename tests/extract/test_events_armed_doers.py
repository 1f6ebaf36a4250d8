"""Doers the text names by what they are (`events_armed_doers`): unnamed armed men right after a deed verb
or opening its clause, the body they or a force belong to, the party whose strikes did it; and what goes
with them: a time word between a body and a person parts two parties, a partitive «عددا من مواقع X» is no
site fire came from, a bare «التحالف» keeps the story's coalition before the strikes' feminine adjective,
a noun joined to a governed deed noun is a noun, and names lose a reporting verb or a statement's noun run
on into them."""

from __future__ import annotations

from datetime import date

from event_cases import ISIS, ISIS_TANZIM, PKK, TURKEY, one, run

from marsad.extract.events_actor_junk import edge_words
from marsad.extract.events_armed_doers import armed_phrase

DAY = date(2015, 7, 20)
HAMAS = ("حماس", "حماس", "ORG")
ARAB_COALITION = ("التحالف العربي", "التحالف العربي", "ORG")
AHMAD = ("أحمد السالم", "أحمد السالم", "PER")
MOSUL = ("الموصل", "الموصل", "LOC")
ADEN = ("عدن", "عدن", "LOC")
KIRKUK = ("كركوك", "كركوك", "LOC")
BOKO = ("بوكو حرام", "بوكو حرام", "ORG")
NIGERIA = ("نيجيريا", "نيجيريا", "LOC")


def test_unnamed_gunmen_right_after_an_attack_verb_did_it() -> None:
    text = "وهاجم مسلحون ملثمون قافلة للمساعدات قرب كركوك."
    ev = one(run(text, [KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["مسلحون ملثمون"]


def test_an_armed_band_after_the_verb_did_it() -> None:
    text = "وهاجمت مجموعة إرهابية حاجزا للشرطة في ضواحي كركوك."
    ev = one(run(text, [KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["مجموعة إرهابية"]


def test_a_bomber_who_blew_himself_up_did_it() -> None:
    text = "وفجر انتحاري نفسه وسط حشد من المصلين في كركوك."
    ev = one(run(text, [KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["انتحاري"]


def test_armed_men_fronted_after_inna_did_it() -> None:
    text = "وقال الناطق إن عناصر مسلحة استهدفت دورية للجيش قرب كركوك."
    ev = one(run(text, [KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["عناصر مسلحة"]


def test_a_band_opening_a_dated_line_did_it() -> None:
    text = "- عام 2009 مجموعة مسلحة فتحت النار على حافلة للركاب قرب كركوك."
    ev = one(run(text, [KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["مجموعة مسلحة"]


def test_a_bomber_said_to_belong_to_a_body_stands_for_it() -> None:
    text = "وقتل انتحاري يشتبه بانتمائه لـ«داعش»، عشرين شخصا في سوق بكركوك."
    ev = one(run(text, [ISIS, KIRKUK], DAY), "ASSAULT")
    assert ev.source == ["داعش"] and "داعش" not in ev.target


def test_a_passive_killing_of_gunmen_has_no_doer() -> None:
    text = "وقتل مسلحون في اشتباكات قرب كركوك."
    assert all("مسلحون" not in e.source for e in run(text, [KIRKUK], DAY))


def test_gunmen_after_a_feminine_verb_are_its_object() -> None:
    text = "وقالت الشرطة إنها قتلت مسلحين قرب كركوك."
    assert all("مسلحين" not in e.source for e in run(text, [KIRKUK], DAY))


def test_gunmen_before_a_named_victim_killed_him() -> None:
    text = "واغتال مسلحون أمس الشيخ أحمد السالم في الموصل."
    ev = one(run(text, [AHMAD, MOSUL], DAY), "ASSAULT")
    assert ev.source == ["مسلحون"] and ev.target == ["أحمد السالم"]


def test_a_definite_plural_of_kidnappers_did_it() -> None:
    text = "وقتل الخاطفون ثلاثة من الرهائن في الموصل."
    ev = one(run(text, [MOSUL], DAY), "ASSAULT")
    assert ev.source == ["الخاطفون"]


def test_a_man_inside_the_trigger_opened_fire() -> None:
    text = "وفتح رجل النار على المارة في الموصل."
    ev = one(run(text, [MOSUL], DAY), "ASSAULT")
    assert ev.source == ["رجل"]


def test_armed_men_after_lam_of_an_attack_noun_did_it() -> None:
    text = "وقتل عشرة أشخاص في هجوم لانتحاريين في الموصل."
    ev = one(run(text, [MOSUL], DAY), "ASSAULT")
    assert ev.source == ["انتحاريين"]


def test_jets_belonging_to_the_coalition_stand_for_it() -> None:
    text = "وشنت مقاتلات تابعة للتحالف العربي غارات على مواقع الحوثيين في عدن."
    ev = one(run(text, [ARAB_COALITION, ADEN], DAY), "ASSAULT")
    assert ev.source == ["التحالف العربي"] and "التحالف العربي" not in ev.target


def test_security_services_belonging_to_hamas_stand_for_it() -> None:
    text = "وقال بيان إن أجهزة الأمن التابعة لحماس اعتقلت عددا من الناشطين في غزة."
    ev = one(run(text, [HAMAS], DAY), "COERCE")
    assert ev.source == ["حماس"]


def test_the_coalitions_strikes_did_the_killing() -> None:
    text = "وقال سكان إن ضربات التحالف الجوية قتلت عشرة من الحوثيين في عدن."
    ev = one(run(text, [ADEN], DAY), "ASSAULT")
    assert ev.source == ["التحالف العربي"]


def test_a_body_then_a_time_word_then_a_person_are_two_parties() -> None:
    text = "وأعدم تنظيم داعش أمس الشيخ أحمد السالم في الموصل."
    ev = one(run(text, [ISIS_TANZIM, AHMAD, MOSUL], DAY), "ASSAULT")
    assert ev.source == ["داعش"] and ev.target == ["أحمد السالم"]


def test_some_of_a_bodys_posts_are_no_site_fire_came_from() -> None:
    text = "وقال القائد: «دمرت طائرات التحالف الدولي عددا من مواقع التنظيم غرب الموصل»."
    ev = one(run(text, [("التحالف الدولي", "التحالف الدولي", "ORG"), ("التنظيم", "داعش", "ORG"), MOSUL], DAY),
             "ASSAULT")
    assert ev.source == ["التحالف الدولي"]


def test_a_named_doer_later_in_a_contrast_joins_the_bomber() -> None:
    text = ("وقال المرصد إن انتحاريا فجر نفسه على حاجز في الموصل، فيما أكد مسؤولون أن الانفجار نفذه تنظيم "
            "داعش.")
    ev = one(run(text, [MOSUL, ISIS_TANZIM], DAY), "ASSAULT")
    assert ev.source == ["انتحاريا", "داعش"]


def test_unnamed_raiders_stand_for_the_one_group_of_the_story() -> None:
    text = ("قتل مسلحون من جماعة بوكو حرام عشرين شخصا في نيجيريا. وقال شاهد إن مسلحين داهموا القرى "
            "وأحرقوا المنازل.")
    evs = run(text, [BOKO, NIGERIA], DAY)
    raid = next(e for e in evs if e.type == "COERCE")
    assert "بوكو حرام" in raid.source


def test_unnamed_raiders_get_no_group_when_the_story_tells_of_two() -> None:
    # a story of Turkish raids on the PKK that also tells of an ISIS attack: the gunmen are neither's for sure
    text = ("وقتل مسلحون من تنظيم داعش عشرين شخصا في سروج. وقصفت تركيا مواقع حزب العمال الكردستاني في العراق. "
            "وقال شاهد إن مسلحين هاجموا مركزا للشرطة في ماردين.")
    evs = run(text, [ISIS_TANZIM, PKK, TURKEY], DAY)
    raid = [e for e in evs if e.type == "ASSAULT" and any("مسلحين" in n for n in e.source)]
    assert raid and all("داعش" not in e.source for e in raid)


def test_a_noun_joined_to_a_governed_deed_noun_names_its_doer_after_lam() -> None:
    text = "وقتل عشرة من الحوثيين في اشتباكات وقصف لطائرات التحالف في عدن."
    evs = run(text, [ADEN], DAY)
    assert any("التحالف العربي" in e.source for e in evs if e.type == "ASSAULT")


def test_armed_phrase_names_unnamed_men_only() -> None:
    assert armed_phrase("مسلحون مجهولون") and armed_phrase("مجموعة إرهابية")
    assert not armed_phrase("داعش") and not armed_phrase("قوات الأمن")


def test_a_reporting_verb_or_a_statement_noun_run_on_into_a_name_goes() -> None:
    assert edge_words("وأردفت السهلي") == "السهلي"
    assert edge_words("العنزي شكره") == "العنزي"
    assert edge_words("وارمبي وهو") == "وارمبي"
    assert edge_words("إف بي آي") == "إف بي آي" and edge_words("أحمد علي") == "أحمد علي"

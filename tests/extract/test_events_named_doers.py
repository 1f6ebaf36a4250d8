"""Sources read off constructions and word classes that name the doer in the sentence: a jury (`court` rows of
event_actors.tsv), the Saudi press's «الفئة الضالة», an organisation's name holding a religion's
(«جيش الإسلام», not the MISC «الإسلام»), an apposition that ranks the subject among its kind («X، أكبر الفصائل
…»: no party), and the pronoun on an attack noun a verb of going on governs («استأنف X … قصفه»: X did it)."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS_TANZIM, one, run

from marsad.extract.entities import extract_entities

WILSON = ("ويلسون", "ويلسون", "PER")
ARMY_OF_ISLAM = ("جيش الإسلام", "جيش الإسلام", "ORG")
SYRIA = ("سوريا", "سوريا", "LOC")
ASIR = ("عسير", "عسير", "LOC")
SALEH = ("علي عبدالله صالح", "علي عبدالله صالح", "PER")


def test_a_jury_is_the_body_that_refuses_to_charge() -> None:
    ev = one(run("وفي نوفمبر رفضت هيئة محلفين كبرى توجيه الاتهام إلى ويلسون.", [WILSON]), "REJECT")
    assert ev.source == ["هيئة محلفين كبرى"] and ev.target == ["ويلسون"]


def test_the_deviant_group_of_the_saudi_press_is_a_party() -> None:
    ev = one(run("وأضاف أن الفئة الضالة استهدفت رجال الأمن في عسير.", [ASIR]), "ASSAULT")
    assert ev.source == ["الفئة الضالة"]


def test_an_organisation_named_after_a_religion_is_one_organisation() -> None:
    found = extract_entities("أعلن جيش الإسلام حملة عسكرية على تنظيم داعش في الغوطة.")
    assert ("جيش الإسلام", "ORG") in [(e.text, e.label) for e in found]
    assert "الإسلام" not in [e.text for e in found]


def test_a_ranking_apposition_names_no_party() -> None:
    ev = one(run("أعلن «جيش الإسلام»، أكبر الفصائل المعارضة في سوريا حملة عسكرية على تنظيم داعش.",
                 [ARMY_OF_ISLAM, SYRIA, ISIS_TANZIM]), "FIGHT")
    assert ev.source == ["جيش الإسلام"] and ev.target == ["داعش"]


def test_the_pronoun_on_a_carried_attack_noun_is_the_verbs_subject() -> None:
    ev = one(run("استأنف طيران التحالف العربي، لردع المتمردين الحوثيين وميليشيات الرئيس المخلوع علي عبدالله صالح، "
                 "قصفه أمس على مناطق الانقلابيين.", [HOUTHI, SALEH]), "ASSAULT")
    assert ev.source == ["التحالف العربي"]
    ev = one(run("وكثف المسلحون الحوثيون والقوات الموالية لصالح هجومهم على مواقع المقاومة الشعبية.", [HOUTHI]),
             "FIGHT")
    assert "الحوثي" in ev.source
    # after «قام بـ» the pronoun is what was hit, not the doer
    ev = one(run("وقامت قوات التحالف العربي بقصفها أمس.", []), "ASSAULT")
    assert ev.source == ["التحالف العربي"]


def test_the_holder_of_a_title_chain_set_off_by_a_place_is_the_source() -> None:
    resistance = ("المقاومة", "المقاومة الشعبية", "ORG")
    aden = ("عدن", "عدن", "LOC")
    ahmadi = ("علي الأحمدي", "علي الأحمدي", "PER")
    ev = one(run("دعا المتحدث باسم المقاومة في عدن علي الأحمدي، المنظمات الدولية إلى زيارة المدينة.",
                 [resistance, aden, ahmadi]), "DEMAND")
    assert "علي الأحمدي" in ev.source and "علي الأحمدي" not in ev.target
    # a time word ends the subject: the person after it is a new party
    ev = one(run("وأعدم تنظيم داعش أمس الشيخ علي الأحمدي في مدينة عدن.", [ISIS_TANZIM, ahmadi, aden]), "ASSAULT")
    assert ev.source == ["داعش"] and ev.target == ["علي الأحمدي"]

"""Demands, condemnations, refusals and protests whose subject word order misread (`events_demand`): a
bare definite body noun before a name, a count before protesters, and a feddan read as «فـ» + «دان»."""

from __future__ import annotations

from event_cases import HAMAS, HOUTHI, one, run, trigger_types

IRAN = ("إيران", "إيران", "LOC")
UN_BARE = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
HAMAS_MOVEMENT = ("حركة حماس", "حماس", "ORG")
KURDS = ("الأكراد", "الأكراد", "ORG")
TURKS = ("الأتراك", "تركيا", "LOC")
ISTANBUL = ("إسطنبول", "إسطنبول", "LOC")
YEMENI = ("اليمنية", "اليمن", "LOC")


def test_a_bare_body_noun_is_the_subject_and_the_group_after_it_the_object() -> None:
    ev = one(run("ودعت الحكومة الحوثيين إلى تسليم السلاح الثقيل.", [HOUTHI]), "DEMAND")
    assert (ev.source, ev.target) == (["الحكومة"], ["الحوثي"])
    # a nisba after the noun still says whose government asks
    ev = one(run("ودعت الحكومة اليمنية الحوثيين إلى تسليم السلاح الثقيل.", [YEMENI, HOUTHI]), "DEMAND")
    assert (ev.source, ev.target) == (["اليمن"], ["الحوثي"])


def test_an_unnamed_government_never_lets_the_accused_be_the_accuser() -> None:
    ev = one(run("واتهمت الحكومة حركة حماس بخرق الهدنة.", [HAMAS_MOVEMENT]), "DISAPPROVE")
    assert ev.source == ["الحكومة"] and ev.target == ["حماس"]


def test_a_definite_body_and_a_country_after_it_are_two_parties() -> None:
    ev = one(run("ودعت الحكومة إيران إلى وقف تدخلها في شؤون المنطقة.", [IRAN]), "DEMAND")
    assert (ev.source, ev.target) == (["الحكومة"], ["إيران"])
    ev = one(run("وانتقدت الخارجية إيران بشدة.", [IRAN]), "DISAPPROVE")
    assert (ev.source, ev.target) == (["الخارجية"], ["إيران"])


def test_a_time_word_after_the_body_noun_does_not_make_the_object_its_subject() -> None:
    ev = one(run("وطالبت الحكومة أمس الأمم المتحدة بإرسال مساعدات عاجلة.", [UN_BARE]), "DEMAND")
    assert (ev.source, ev.target) == (["الحكومة"], ["الأمم المتحدة"])


def test_a_count_after_a_protest_verb_counts_the_protesters() -> None:
    ev = one(run("وتظاهر عشرات الأكراد في إسطنبول احتجاجا على الغارات.", [KURDS, ISTANBUL]), "PROTEST")
    assert ev.source == ["الأكراد"] and ev.target == []
    ev = one(run("وتظاهر آلاف الأتراك أمس في إسطنبول.", [TURKS, ISTANBUL]), "PROTEST")
    assert ev.source == ["تركيا"] and ev.target == []


def test_a_count_then_a_group_not_in_the_entity_layer() -> None:
    ev = one(run("واحتج مئات الطلاب على قرار الحكومة إغلاق الجامعة.", []), "PROTEST")
    assert ev.source == ["الطلاب"] and ev.target == []


def test_a_feddan_is_no_condemnation() -> None:
    assert "DISAPPROVE" not in trigger_types("وأعلن الرئيس إطلاق مشروع المليون فدان في الصحراء الغربية.")
    assert "DISAPPROVE" not in trigger_types("وتمتد المزرعة على مساحة 500 فدان قرب النهر.")
    assert one(run("ودانت حماس الهجوم على المصلين.", [HAMAS]), "DISAPPROVE").source == ["حماس"]

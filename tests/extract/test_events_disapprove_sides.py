"""Condemnations, accusations and threats with their sides: a verb after a topic phrase («وبشأن …»), a
speaker told by a description the title list lacks, unnamed speakers with their adjectives, a government
named right after a body, a body and a person the tagger read as one name, and a heading that names
several states condemning one deed."""

from __future__ import annotations

from event_cases import HAMAS, ISIS_TANZIM, one, run, trigger_types

from marsad.extract.entities import extract_entities
from marsad.extract.events_phrases import plural_adjective

KERRY = ("كيري", "جون كيري", "PER")
SYRIAN = ("السورية", "سوريا", "LOC")
RISCH = ("جيمس ريش", "جيمس ريش", "PER")
SAUDIS = ("السعوديين", "السعودية", "LOC")
ISRAELI = ("الإسرائيلية", "إسرائيل", "LOC")
KUWAIT_S = ("الكويت", "الكويت", "LOC")
BAHRAIN_S = ("البحرين", "البحرين", "LOC")
BAHRAIN_KINGDOM = ("مملكة البحرين", "البحرين", "LOC")


def test_a_verb_after_a_topic_phrase_keeps_its_subject() -> None:
    evs = run("وبشأن الأزمة السورية ندد كيري بوحشية النظام.", [SYRIAN, KERRY])
    assert one(evs, "DISAPPROVE").source == ["جون كيري"]


def test_a_verb_is_no_first_name_between_a_nisba_and_a_person() -> None:
    evs = run("وفي الملف السوري انتقد كيري السياسة الروسية.", [("السوري", "سوريا", "LOC"), KERRY])
    assert one(evs, "DISAPPROVE").source == ["جون كيري"]


def test_a_described_speaker_after_the_verb() -> None:
    evs = run("واتهم السيناتور الجمهوري جيمس ريش المسؤولين في الإدارة بالخداع.", [RISCH])
    assert one(evs, "DISAPPROVE").source == ["جيمس ريش"]


def test_a_captive_after_a_deed_verb_is_no_subject() -> None:
    evs = run("أطلق الخاطفون سراح الرهينة الفرنسية جيمس ريش أمس.", [RISCH, ("الفرنسية", "فرنسا", "LOC")])
    assert all(e.source != ["جيمس ريش"] for e in evs)


def test_unnamed_speakers_keep_their_plural_adjective() -> None:
    evs = run("وعبر عدد من النواب المحافظين عن اعتراضهم على الاتفاق.", [])
    assert one(evs, "DISAPPROVE").source == ["عدد من النواب المحافظين"]


def test_warned_people_keep_their_adjective() -> None:
    evs = run("كما حذرت الحكومة المواطنين الأجانب من مغبة التجول في المناطق الخارجة عن سيطرة الدولة.", [])
    assert one(evs, "THREATEN").target == ["المواطنين الأجانب"]


def test_plural_adjectives() -> None:
    assert plural_adjective("النواب", "المحافظين")
    assert plural_adjective("المواطنين", "الاجانب")
    assert not plural_adjective("المتظاهرون", "المسلحين")  # a case clash: the object
    assert not plural_adjective("الحكومه", "المتظاهرين")


def test_some_of_a_people_with_their_nisba() -> None:
    evs = run("واستنكر عدد من المغردين السعوديين الحادثة.", [SAUDIS])
    assert one(evs, "DISAPPROVE").source == ["عدد من المغردين السعوديين"]


def test_a_government_after_a_body_is_the_other_party() -> None:
    evs = run("وحملت حماس الحكومة الإسرائيلية المسؤولية الكاملة عن الجريمة.", [HAMAS, ISRAELI])
    ev = one(evs, "DISAPPROVE")
    assert ev.source == ["حماس"] and ev.target == ["إسرائيل"]


def test_displeasure_voiced() -> None:
    assert "DISAPPROVE" in trigger_types("وأعرب الوزير عن عدم رضاه عن أداء الشركة.")


def test_a_body_and_a_surname_read_as_one_name_are_split() -> None:
    found = extract_entities("اختطف مسلحون الطبيب عبدالقادر الجنيد. ومنذ أشهر، هدد الحوثيون الجنيد، مما دفعه إلى ترك عمله.")
    texts = [(e.text, e.label) for e in found]
    assert ("الحوثيون", "ORG") in texts and ("الجنيد", "PER") in texts


def test_a_listed_body_and_a_country_read_as_one_name_are_split() -> None:
    found = extract_entities("وطالبت الولايات المتحدة ودول آسيان الصين بوقف أنشطتها في البحر.")
    texts = [(e.text, e.label) for e in found]
    assert ("آسيان", "ORG") in texts and ("الصين", "LOC") in texts


def test_a_firm_and_a_country_stay_the_firms_branch() -> None:
    found = extract_entities("وأعلنت فودافون قطر عن عروض جديدة لعملائها.")
    assert all(e.text != "قطر" for e in found)


def test_one_body_named_twice_stays_one_name() -> None:
    found = extract_entities("قال الوزير إن أكثر من ألفي عراقي أعدموا على يد تنظيم الدولة الإسلامية داعش.")
    assert all(e.text != "داعش" for e in found)


def test_a_surname_after_a_body_is_its_object() -> None:
    text = "اختطف مسلحون الطبيب عبدالقادر الجنيد. ومنذ أشهر، هدد الحوثيون الجنيد، مما دفعه إلى ترك عمله."
    evs = run(text, [("عبدالقادر الجنيد", "عبدالقادر الجنيد", "PER"), ("الحوثيون", "الحوثي", "ORG"),
                     ("الجنيد", "عبدالقادر الجنيد", "PER")])
    ev = one(evs, "THREATEN")
    assert ev.source == ["الحوثي"] and ev.target == ["عبدالقادر الجنيد"]


def test_each_state_of_a_heading_keeps_its_own_statement() -> None:
    text = ("الكويت والبحرين يدينون تفجير المسجد\n\n"
            "أعربت الكويت عن إدانتها الشديدة للتفجير الإرهابي الذي استهدف المسجد.\n"
            "وأدانت مملكة البحرين التفجير الإرهابي الذي استهدف المسجد.")
    evs = [e for e in run(text, [KUWAIT_S, BAHRAIN_S, BAHRAIN_KINGDOM]) if e.type == "DISAPPROVE"]
    assert sorted(n for e in evs for n in e.source) == ["البحرين", "الكويت"]
    assert len(evs) == 2


DAVUTOGLU = ("أحمد داود أوغلو", "أحمد داود أوغلو", "PER")


def test_saying_that_a_party_stands_behind_a_deed_accuses_it() -> None:
    text = "وأعلن أحمد داود أوغلو أن تنظيم داعش يقف وراء الاعتداء الانتحاري."
    ev = one(run(text, [DAVUTOGLU, ISIS_TANZIM]), "DISAPPROVE")
    assert ev.source == ["أحمد داود أوغلو"] and ev.target == ["داعش"]


def test_no_evidence_that_a_party_stands_behind_a_deed_is_no_accusation() -> None:
    text = "وقال أحمد داود أوغلو إنه لا توجد أدلة على أن تنظيم داعش يقف وراء الاعتداء."
    assert not [e for e in run(text, [DAVUTOGLU, ISIS_TANZIM]) if e.type == "DISAPPROVE"]


def test_a_group_known_by_its_plural_then_another_body_are_two_parties() -> None:
    text = "في المقابل، حمل الحوثيون الأمم المتحدة مسؤولية هزائمهم."
    ev = one(run(text, [("الحوثيون", "الحوثي", "ORG"), ("الأمم المتحدة", "الأمم المتحدة", "ORG")]), "DISAPPROVE")
    assert ev.source == ["الحوثي"] and ev.target == ["الأمم المتحدة"]

"""Rules of the seventh round (actor coverage): bodies the entity layer misses («المؤتمر الوطني
العام», «الأطراف الليبية», a quoted body name), a body standing for its country after a glued
«بـ», a surname standing for a person the entity layer read as a place, the subject carried to a
conjoined verb, titles with the state they are of, a participle after a statement, and a later
deed of one agent placed elsewhere."""

from __future__ import annotations

from event_cases import ents, one, run

from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_mentions import entity_tokens
from marsad.extract.events_tokens import tokens

LIBYA = ("ليبيا", "ليبيا", "LOC")


def _mentions(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    toks = tokens(text)
    found = entity_tokens(toks, [t.start for t in toks], ents(text, specs), text, lexicon())
    return [(e.text, e.label, e.canonical) for _, _, e in found]


def test_parties_with_a_nisba_stand_for_their_country() -> None:
    text = "وقعت أطراف ليبية اتفاقا في الصخيرات."
    assert ("أطراف ليبية", "LOC", "ليبيا") in _mentions(text, [("ليبية", "ليبيا", "LOC")])


def test_libyan_congress_and_its_short_names() -> None:
    text = "غاب ممثلو المؤتمر الوطني العام عن الجلسة. ورفض المؤتمر توقيع الاتفاق."
    ev = one(extract_events(text, [], [], None), "REJECT")
    assert ev.source == ["المؤتمر الوطني العام"]
    other = "ورفض المؤتمر توقيع الاتفاق."  # the full name is never told: another conference
    assert not extract_events(other, [], [], None)


def test_a_body_word_before_a_quoted_name_makes_it_an_organisation() -> None:
    text = "بينما طالب تحالف «فجر ليبيا» المسلح بحوار داخل ليبيا."
    found = _mentions(text, [("فجر ليبيا", "فجر ليبيا", "MISC"), LIBYA])
    assert ("فجر ليبيا", "ORG", "فجر ليبيا") in found
    ev = one(run(text, [("فجر ليبيا", "فجر ليبيا", "MISC"), LIBYA]), "DEMAND")
    assert ev.source == ["فجر ليبيا"]


def test_a_quoted_name_opened_by_a_body_word_is_an_organisation() -> None:
    text = "أعلن “جيش الإسلام” حملة عسكرية."
    assert ("جيش الإسلام", "ORG", "جيش الإسلام") in _mentions(text, [("الإسلام", "الإسلام", "MISC")])
    assert not [m for m in _mentions("قال “الحمد لله”.", []) if m[1] == "ORG"]


def test_a_government_after_a_glued_preposition_is_a_party_not_a_place() -> None:
    text = "أشاد الوزير الألماني بالحكومة التركية الحالية."
    ev = one(run(text, [("الألماني", "ألمانيا", "LOC"), ("التركية", "تركيا", "LOC")]), "SUPPORT")
    assert ev.source == ["ألمانيا"] and ev.target == ["تركيا"] and ev.location is None


def test_a_surname_read_as_a_place_stands_for_the_person() -> None:
    text = "بإشراف المبعوث برناردينو ليون. وكان ليون دعا الأطراف إلى مضاعفة جهودهم."
    ev = one(run(text, [("برناردينو ليون", "برناردينو ليون", "PER"), ("ليون", "ليون", "LOC")]), "DEMAND")
    assert ev.source == ["برناردينو ليون"]


def test_the_opening_subject_goes_on_to_a_conjoined_verb() -> None:
    text = "وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على اختطاف ثلاثة من المستوطنين."
    ev = one(run(text, [("أبو مازن", "محمود عباس", "PER"), ("حماس", "حماس", "ORG")]), "DISAPPROVE")
    assert ev.source == ["محمود عباس"] and ev.target == ["حماس"]
    text = "وأعلنت الحكومة خطتها، واتهم حماس بالتقصير."  # a clause break: no carried subject
    assert all(e.source != ["محمود عباس"] for e in run(text, [("حماس", "حماس", "ORG")]))


def test_a_title_of_a_state_before_the_name() -> None:
    text = "دان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا التفجير الإرهابي."
    ev = one(run(text, [("البحرين", "البحرين", "LOC"), ("أحمد بن إبراهيم الملا", "أحمد بن إبراهيم الملا", "PER")]),
             "DISAPPROVE")
    assert ev.source == ["أحمد بن إبراهيم الملا"]


def test_a_participle_after_a_statement_takes_its_subject() -> None:
    text = "وقال رئيس اللجنة عبدالله بن حويل إن القرار خاطئ، مطالبا وزارة الخارجية بالتحرك."
    ev = one(run(text, [("عبدالله بن حويل", "عبدالله بن حويل", "PER"),
                        ("وزارة الخارجية", "وزارة الخارجية", "ORG")]), "DEMAND")
    assert ev.source == ["عبدالله بن حويل"] and ev.target == ["وزارة الخارجية"]
    text = "وشهدت اللاذقية تظاهرة قبل أيام تنديدا لاغتيال الشيخ، مطالبين باعتقال سليمان."
    evs = run(text, [("الشيخ", "حسان الشيخ", "PER"), ("سليمان", "سليمان الأسد", "PER")])
    assert all(e.source != ["حسان الشيخ"] for e in evs if e.type == "DEMAND")


def test_a_later_deed_placed_elsewhere_is_its_own_event() -> None:
    text = ("وأوضحت المصادر أن قوات النظام السوري استهدفت جبهة النصرة بأكثر من 1400 قذيفة. "
            "فيما قصفت قوات النظام السوري الحولة وتلبيسة بريف حمص.")
    specs = [("قوات النظام السوري", "النظام السوري", "ORG"), ("جبهة النصرة", "جبهة النصرة", "ORG"),
             ("الحولة", "الحولة", "LOC"),
             ("تلبيسة", "تلبيسة", "LOC"), ("حمص", "حمص", "LOC")]
    assert len([e for e in run(text, specs) if e.type == "ASSAULT"]) == 2


def test_hyphenated_person_name_is_one_name() -> None:
    found = extract_entities("حذر وزير الخارجية الألماني فرانك-فالتر شتاينماير من التصعيد. وقال شتاينماير إن الوضع خطير.")
    pers = [(e.text, e.canonical) for e in found if e.label == "PER"]
    assert ("فرانك-فالتر شتاينماير", "فرانك فالتر شتاينماير") in pers
    assert ("شتاينماير", "فرانك فالتر شتاينماير") in pers


def test_a_participle_after_a_comma_is_no_topic_of_the_statement() -> None:
    text = ("أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية، "
            "مطالبة بضرورة الالتزام بسياسة حسن الجوار.")
    evs = run(text, [("المصرية", "مصر", "LOC"), ("مصر", "مصر", "LOC"), ("الإيراني", "إيران", "LOC")])
    assert one(evs, "DEMAND").source == ["مصر"]


def test_solidarity_is_support() -> None:
    text = "وشدد المتحدث باسم الخارجية المصرية على تضامن مصر مع أشقائها العرب."
    ev = one(run(text, [("المصرية", "مصر", "LOC"), ("مصر", "مصر", "LOC")]), "SUPPORT")
    assert ev.source == ["مصر"]

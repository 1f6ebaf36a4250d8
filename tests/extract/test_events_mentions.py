"""Which party a mention stands for: bodies the entity layer misses or mislabels (quoted names, the
Libyan congress, Yemen's loyal army, the Syrian opposition by its kind, the publisher's kingdom),
nisbas standing for their country, surnames read as places, titles before a name, and words that are
no names («باسم», a lone «باراك»)."""

from __future__ import annotations

from event_cases import (
    AMMAN,
    FRENCH,
    INTERIOR_MINISTRY,
    JORDANIAN,
    LIBYA,
    LYON,
    REGIME,
    SYRIA,
    TURKEY,
    mentions,
    one,
    run,
)

from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events


def test_syrian_opposition_by_its_kind() -> None:
    text = "أعلنت مصادر أن الفصائل المقاتلة تخوض معارك مستمرة مع قوات النظام بريف إدلب في سوريا."
    ev = one(run(text, [REGIME, ("إدلب", "إدلب", "LOC"), ("سوريا", "سوريا", "LOC")]), "FIGHT")
    assert ev.source == ["المعارضة السورية"] and ev.target == ["النظام السوري"]


def test_conjunction_before_a_body_head_is_not_part_of_the_name() -> None:
    names = [(e.text, e.canonical) for e in extract_entities("اشتباكات بين تنظيم داعش وجبهة النصرة في القلمون")]
    assert ("جبهة النصرة", "جبهة النصرة") in names


def test_kingdom_of_a_saudi_publisher() -> None:
    text = "وأدانت المملكة الهجوم الإرهابي الذي استهدف المصلين."
    assert not [e for e in extract_events(text, [], [], None) if e.type == "DISAPPROVE"]
    ev = one(extract_events(text, [], [], None, publisher="okaz"), "DISAPPROVE")
    assert ev.source == ["السعودية"]
    other = "وأدانت المملكة الهجوم الإرهابي على الأردن."
    ents = extract_entities(other)
    assert all(e.source != ["السعودية"] for e in extract_events(other, ents, [], None, publisher="okaz"))


def test_parties_with_a_nisba_stand_for_their_country() -> None:
    text = "وقعت أطراف ليبية اتفاقا في الصخيرات."
    assert ("أطراف ليبية", "LOC", "ليبيا") in mentions(text, [("ليبية", "ليبيا", "LOC")])


def test_libyan_congress_and_its_short_names() -> None:
    text = "غاب ممثلو المؤتمر الوطني العام عن الجلسة. ورفض المؤتمر توقيع الاتفاق."
    ev = one(extract_events(text, [], [], None), "REJECT")
    assert ev.source == ["المؤتمر الوطني العام"]
    other = "ورفض المؤتمر توقيع الاتفاق."  # the full name is never told: another conference
    assert not extract_events(other, [], [], None)


def test_a_body_word_before_a_quoted_name_makes_it_an_organisation() -> None:
    text = "بينما طالب تحالف «فجر ليبيا» المسلح بحوار داخل ليبيا."
    found = mentions(text, [("فجر ليبيا", "فجر ليبيا", "MISC"), LIBYA])
    assert ("فجر ليبيا", "ORG", "فجر ليبيا") in found
    ev = one(run(text, [("فجر ليبيا", "فجر ليبيا", "MISC"), LIBYA]), "DEMAND")
    assert ev.source == ["فجر ليبيا"]


def test_a_quoted_name_opened_by_a_body_word_is_an_organisation() -> None:
    text = "أعلن “جيش الإسلام” حملة عسكرية."
    assert ("جيش الإسلام", "ORG", "جيش الإسلام") in mentions(text, [("الإسلام", "الإسلام", "MISC")])
    assert not [m for m in mentions("قال “الحمد لله”.", []) if m[1] == "ORG"]


def test_a_government_after_a_glued_preposition_is_a_party_not_a_place() -> None:
    text = "أشاد الوزير الألماني بالحكومة التركية الحالية."
    ev = one(run(text, [("الألماني", "ألمانيا", "LOC"), ("التركية", "تركيا", "LOC")]), "SUPPORT")
    assert ev.source == ["ألمانيا"] and ev.target == ["تركيا"] and ev.location is None


def test_a_surname_read_as_a_place_stands_for_the_person() -> None:
    text = "بإشراف المبعوث برناردينو ليون. وكان ليون دعا الأطراف إلى مضاعفة جهودهم."
    ev = one(run(text, [("برناردينو ليون", "برناردينو ليون", "PER"), ("ليون", "ليون", "LOC")]), "DEMAND")
    assert ev.source == ["برناردينو ليون"]


def test_a_title_of_a_state_before_the_name() -> None:
    text = "دان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا التفجير الإرهابي."
    ev = one(run(text, [("البحرين", "البحرين", "LOC"), ("أحمد بن إبراهيم الملا", "أحمد بن إبراهيم الملا", "PER")]),
             "DISAPPROVE")
    assert ev.source == ["أحمد بن إبراهيم الملا"]


def test_hyphenated_person_name_is_one_name() -> None:
    found = extract_entities("حذر وزير الخارجية الألماني فرانك-فالتر شتاينماير من التصعيد. وقال شتاينماير إن الوضع خطير.")
    pers = [(e.text, e.canonical) for e in found if e.label == "PER"]
    assert ("فرانك-فالتر شتاينماير", "فرانك فالتر شتاينماير") in pers
    assert ("شتاينماير", "فرانك فالتر شتاينماير") in pers


def test_on_behalf_of_is_no_name() -> None:
    text = "وأعلن المتحدث باسم حركة طالبان مسؤولية الحركة عن التفجير."
    assert not [e for e in extract_entities(text) if e.text == "باسم"]


def test_yemen_loyal_forces_are_the_yemeni_army() -> None:
    for form in ("القوات الموالية للشرعية", "القوات الشرعية", "الجيش الوطني"):
        ev = one(run(f"وشنت {form} هجوما على الحوثيين في تعز.", []), "ASSAULT")
        assert ev.source == ["الجيش اليمني"] and ev.target == ["الحوثي"]


def test_a_spokesman_on_behalf_of_a_body_is_no_person() -> None:
    for text in ("وقال المتحدث باسم القوات الجوية ناصر الحاسي إن السفينة أغرقت.",
                 "وأعلن متحدثون عسكريون أمس باسم الحكومة أن السفينة أغرقت."):
        assert not [e for e in extract_entities(text) if e.label == "PER" and e.text.startswith("باسم")]


def test_a_body_spoken_for_is_no_person_later_either() -> None:
    text = "وقال المتحدث باسم التحالف العميد أحمد عسيري إن التحالف يرحب بزيارة المحققين."
    pers = [e.canonical for e in extract_entities(text) if e.label == "PER"]
    assert pers == ["أحمد عسيري"]
    assert [e.canonical for e in extract_entities("وقال باسم يوسف إن البرنامج توقف.")] == ["باسم يوسف"]


def test_a_clitic_before_a_later_word_of_a_name_is_taken_off() -> None:
    text = "وقال الرئيس عبد ربه منصور هادي إن الحرب ستنتهي. وتقدمت القوات الموالية لهادي في تعز."
    pers = [(e.text, e.canonical) for e in extract_entities(text) if e.label == "PER"]
    assert pers == [("عبد ربه منصور هادي", "عبد ربه منصور هادي"), ("هادي", "عبد ربه منصور هادي")]


def test_named_parties_and_councils_are_organisations() -> None:
    for name in ("حزب العدالة والتنمية", "الحزب الجمهوري", "هيئة كبار العلماء", "مجلس الشورى"):
        found = extract_entities(f"وأصدر {name} بيانا أمس.")
        assert [(e.text, e.label) for e in found] == [(name, "ORG")]


def test_a_listed_name_after_a_proclitic_is_named_whole() -> None:
    found = extract_entities("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي.")
    assert ("رابطة العالم الإسلامي", "ORG", "رابطة العالم الإسلامي") in [(e.text, e.label, e.canonical) for e in found]
    assert not [e for e in extract_entities("وسجلت وفيات جديدة في المستشفى.") if e.label == "ORG"]


def test_a_lone_barak_is_no_person() -> None:
    assert not [e for e in extract_entities("وقدم باراك مساعدات للاجئين.") if e.text == "باراك"]
    assert any("باراك" in e.text for e in extract_entities("وقال الرئيس باراك أوباما إن بلاده ستساعد."))


def test_a_body_with_adjectives_before_a_titled_name() -> None:
    specs = [("خالد سعيد", "خالد سعيد", "PER"), TURKEY]
    ev = one(run("اتهم رئيس الاتحاد الوطني الديمقراطي خالد سعيد تركيا بخرق الهدنة.", specs), "DISAPPROVE")
    assert ev.source == ["خالد سعيد"] and ev.target == ["تركيا"]


def test_a_republic_title_before_a_name() -> None:
    specs = [("أحمد ناصر", "أحمد ناصر", "PER"), ("حزب الأمة", "حزب الأمة", "ORG")]
    ev = one(run("طالب نائب رئيس الجمهورية أحمد ناصر حزب الأمة بوقف العنف.", specs), "DEMAND")
    assert ev.source == ["أحمد ناصر"] and ev.target == ["حزب الأمة"]


def test_a_bare_force_stands_for_the_country_of_its_kin_named_with_a_nisba() -> None:
    text = "أعلنت الشرطة الفرنسية توقيف رجل في ليون. وقالت الشرطة إنها صادرت أسلحة من منزله."
    assert ("الشرطة", "LOC", "فرنسا") in mentions(text, [FRENCH, LYON])


def test_a_bare_force_of_another_kind_in_a_story_of_two_countries_stays_bare() -> None:
    text = "اعتقلت المخابرات الأردنية رجلا عاد من سوريا. وقالت الشرطة إن التحقيق مستمر."
    assert ("الشرطة", "ORG", "الشرطة") in mentions(text, [JORDANIAN, SYRIA])


def test_a_ministry_with_a_nisba_stands_for_its_country() -> None:
    text = "أعلنت وزارة الداخلية الأردنية اعتقال خمسة أشخاص في عمان."
    ev = one(run(text, [INTERIOR_MINISTRY, JORDANIAN, AMMAN]), "COERCE")
    assert ev.source == ["الأردن"]


def test_bare_intelligence_service_after_its_full_name() -> None:
    text = "اعتقلت المخابرات العامة الأردنية صحفيا أمس. وقال محاميه إن المخابرات تحقق معه منذ يومين."
    found = mentions(text, [JORDANIAN])
    assert ("المخابرات العامة الأردنية", "LOC", "الأردن") in found and ("المخابرات", "LOC", "الأردن") in found

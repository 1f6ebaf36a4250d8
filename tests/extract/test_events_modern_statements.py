"""2024-style news (session 36, probe 8): «بلاده» opening a speaker's words acts for his country, a deed a
statement calls unacceptable is condemned, reservists called up, captives handed over in a swap, and a relief
convoy that enters a place, sent by the country of its adjective («قطرية»), and what «إن على X» owes by a verbal
noun («إن على المجتمع الدولي التحرك»)."""

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in run_article(text, "2024-12-07") if e.type == kind]


def test_his_country_refusing_in_his_words_is_his_country() -> None:
    ev = _events("وقال وزير الخارجية الأردني إن بلاده ترفض المخطط الإسرائيلي لضم الضفة الغربية.", "REJECT")
    assert ev and ev[0].source == ["الأردن"]


def test_his_country_condemning_in_his_words_is_his_country() -> None:
    ev = _events("وأكد وزير الخارجية القطري أن بلاده تدين القصف الإسرائيلي لمدرسة تؤوي نازحين.", "DISAPPROVE")
    assert ev and ev[0].source == ["قطر"]


def test_the_party_after_his_countrys_verb_is_its_object() -> None:
    ev = _events("وقال الرئيس التركي إن بلاده تطالب إسرائيل بالانسحاب من الأراضي السورية.", "DEMAND")
    assert ev and ev[0].source == ["تركيا"] and "إسرائيل" in ev[0].target


def test_a_deed_called_unacceptable_is_condemned() -> None:
    evs = run_article("وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الهجمات على المستشفيات في غزة "
                      "غير مقبولة.", "2024-12-07")
    assert "DISAPPROVE" in [e.type for e in evs] and "REJECT" not in [e.type for e in evs]


def test_a_decision_called_unacceptable_is_still_refused() -> None:
    ev = _events("وقال وزير الخارجية الإسرائيلي إن قرار المحكمة الجنائية الدولية غير مقبول.", "REJECT")
    assert ev


def test_calling_up_reservists_with_a_noun_is_mobilizing() -> None:
    ev = _events("وأعلن الجيش الإسرائيلي استدعاء فرقتين من جنود الاحتياط استعدادا لعملية في الشمال.", "MOBILIZE")
    assert ev and "إسرائيل" in ev[0].source


def test_handing_over_captives_is_releasing_them() -> None:
    ev = _events("وسلمت كتائب القسام أربع رهائن إلى طواقم الصليب الأحمر في مدينة غزة.", "RETREAT")
    assert ev and "كتائب القسام" in ev[0].source


def test_handing_a_suspect_to_prosecutors_is_no_release() -> None:
    assert not _events("وسلمت الشرطة المشتبه به إلى النيابة العامة للتحقيق معه.", "RETREAT")


def test_a_relief_convoy_entering_is_aid_from_its_nisba() -> None:
    ev = _events("ودخلت قافلة مساعدات قطرية إلى مدينة خان يونس محملة بالأدوية والأغذية.", "AID")
    assert ev and ev[0].source == ["قطر"]


def test_aid_of_a_country_whose_adjective_holds_its_name_is_its_own() -> None:
    ev = _events("ووصلت قافلة مساعدات مصرية إلى مدينة العريش تمهيدا لإدخالها إلى القطاع.", "AID")
    assert ev and ev[0].source == ["مصر"]


def test_what_a_party_owes_by_a_verbal_noun_is_demanded_of_it() -> None:
    ev = _events("وقال رئيس الوزراء القطري إن على المجتمع الدولي التحرك فورا لإدخال المساعدات إلى غزة.", "DEMAND")
    assert ev and ev[0].source == ["قطر"] and ev[0].target == ["المجتمع الدولي"]

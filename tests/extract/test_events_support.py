"""Cooperation told in plain newswire forms (`events_support`, the «support (session 17)» rows): backing
declared with its backer after the noun («أكد الرئيس دعم بلاده لـ…», «وقوف دولة الكويت إلى جانب …»), a pact
ratified with the ratifier between verb and «على», a release with the freer between «أطلق» and «سراح», and
a congratulation carried by a cable sent («بعث X برقية تهنئة لـ Y») or received («تلقى Y برقية تهنئة من X»)."""

from __future__ import annotations

from event_cases import BAHRAIN, EGYPTIAN, KUWAIT, QATAR, SAUDI, TURKISH_DEF, names, one, run

BASHIR = ("عمر البشير", "عمر البشير", "PER")
ESSEBSI = ("الباجي قائد السبسي", "الباجي قائد السبسي", "PER")
FRENCH = ("الفرنسي", "فرنسا", "LOC")
HOLLANDE = ("فرانسوا أولاند", "فرانسوا أولاند", "PER")
IRANIAN = ("الإيرانية", "إيران", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")
JUBEIR = ("عادل الجبير", "عادل الجبير", "PER")
KING = ("عبدالله الثاني", "عبدالله الثاني", "PER")
PALESTINIAN = ("الفلسطيني", "فلسطين", "LOC")
SALMAN = ("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "PER")
SAUDI_DEF = ("السعودي", "السعودية", "LOC")
SAUDI_ARABIA = ("المملكة العربية السعودية", "السعودية", "LOC")
SISI = ("عبد الفتاح السيسي", "عبد الفتاح السيسي", "PER")
SUDAN = ("للسودان", "السودان", "LOC")
SUDANESE = ("السوداني", "السودان", "LOC")
TAMIM = ("تميم بن حمد", "تميم بن حمد", "PER")
TUNISIAN = ("التونسي", "تونس", "LOC")
YEMENI = ("اليمنية", "اليمن", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_backing_declared_with_the_backers_country_after_the_noun() -> None:
    ev = one(run("أكد الرئيس المصري عبد الفتاح السيسي دعم بلاده للحكومة اليمنية الشرعية.",
                 [EGYPTIAN, SISI, YEMENI]), "SUPPORT")
    assert "اليمن" in ev.target and "اليمن" not in ev.source
    # backing a thing, with no party named for it, tells no event
    assert "SUPPORT" not in types_of("وأعلنت الحكومة السودانية دعم أسعار الخبز والوقود طوال العام.", [SUDANESE])


def test_the_owner_of_the_backing_noun_is_the_backer() -> None:
    ev = one(run("جدد الملك عبدالله الثاني دعم الأردن للشعب الفلسطيني.", [KING, JORDAN, PALESTINIAN]), "SUPPORT")
    assert "الأردن" in ev.source and "فلسطين" in ev.target


def test_standing_by_told_after_a_subjectless_verb() -> None:
    ev = one(run("وأكد “وقوف دولة الكويت الكامل إلى جانب المملكة العربية السعودية”.", [KUWAIT, SAUDI_ARABIA]),
             "SUPPORT")
    assert ev.source == ["الكويت"] and ev.target == ["السعودية"]


def test_standing_by_after_a_titled_subject() -> None:
    ev = one(run("أكد وزير الخارجية السعودي عادل الجبير وقوف المملكة إلى جانب البحرين.",
                 [SAUDI_DEF, JUBEIR, BAHRAIN]), "SUPPORT")
    assert "البحرين" in ev.target
    # a backing told inside a «أن» clause is what was said, not a backing the verb declares
    assert "SUPPORT" not in types_of("وأكد عادل الجبير أن دعم المصارف للقطاع الخاص مستمر.", [JUBEIR])


def test_praise_of_a_backing_names_the_backer() -> None:
    ev = one(run("وثمن الرئيس السوداني عمر البشير دعم السعودية للسودان.", [SUDANESE, BASHIR, SAUDI, SUDAN]),
             "SUPPORT")
    assert "السعودية" in names(ev) and "عمر البشير" in ev.source


def test_a_pact_ratified_with_the_ratifier_between() -> None:
    ev = one(run("وصادق البرلمان التركي على اتفاقية التعاون العسكري مع قطر.", [TURKISH_DEF, QATAR]), "AGREE")
    assert "تركيا" in names(ev) and "قطر" in names(ev)


def test_a_release_with_the_freer_between() -> None:
    ev = one(run("أطلقت السلطات الإيرانية سراح صحفي أمريكي بعد عام من احتجازه.", [IRANIAN]), "RETREAT")
    assert ev.source == ["إيران"]


def test_congratulations_sent_by_cable() -> None:
    ev = one(run("بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس التونسي الباجي قائد السبسي بمناسبة ذكرى الاستقلال.",
                 [SALMAN, TUNISIAN, ESSEBSI]), "SUPPORT")
    assert ev.source == ["سلمان بن عبدالعزيز"] and "الباجي قائد السبسي" in ev.target


def test_congratulations_sent_by_cable_after_a_comma() -> None:
    ev = one(run("كما بعث الملك سلمان بن عبدالعزيز، ببرقية تهنئة للرئيس الباجي قائد السبسي.", [SALMAN, ESSEBSI]),
             "SUPPORT")
    assert ev.source == ["سلمان بن عبدالعزيز"]


def test_congratulations_received_by_cable() -> None:
    ev = one(run("تلقى أمير قطر الشيخ تميم بن حمد برقية تهنئة من الرئيس الفرنسي فرانسوا أولاند.",
                 [QATAR, TAMIM, FRENCH, HOLLANDE]), "SUPPORT")
    assert ev.source == ["فرانسوا أولاند"] and {"تميم بن حمد", "قطر"} & set(ev.target)


BRITISH = ("البريطاني", "بريطانيا", "LOC")
IRAQ = ("للعراق", "العراق", "LOC")
TURKISH_PRESIDENT = ("الرئيس التركي", "تركيا", "LOC")
RUSSIA = ("روسيا", "روسيا", "LOC")


def test_his_country_as_the_subject_is_the_speakers_country() -> None:
    ev = one(run("وأعلن وزير الدفاع البريطاني أن بلاده ستقدم مساعدات عسكرية للعراق.", [BRITISH, IRAQ]), "AID")
    assert ev.source == ["بريطانيا"] and ev.target == ["العراق"]
    ev = one(run("وأكد الرئيس التركي أن بلاده ستتعاون مع روسيا في مجال الطاقة.", [TURKISH_PRESIDENT, RUSSIA]),
             "COOPERATE")
    assert ev.source == ["تركيا"] and ev.target == ["روسيا"]

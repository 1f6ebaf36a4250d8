"""Names in an event's sentence that are no party though an actor stands there: the other side of a border
(«الحدود مع سوريا»), a city naming a document or a conference («إعلان القاهرة»), a destination after a
word of smuggling («تهريبه إلى إسبانيا»); and a second subject joined by «و» and a noun of a party's
members («قوات النظام ومسلحو حزب الله»), which is no object."""

from __future__ import annotations

from event_cases import HEZBOLLAH, IRAQ, REGIME, SALEM, SAUDI, SYRIA, TURKEY, one, run

CAIRO = ("القاهرة", "القاهرة", "LOC")
SPAIN = ("إسبانيا", "إسبانيا", "LOC")
TEHRAN = ("طهران", "طهران", "LOC")
TURKISH_POLICE = ("الشرطة التركية", "تركيا", "LOC")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
YEMENI_ARMY = ("قوات الجيش اليمني", "الجيش اليمني", "ORG")
MOROCCAN_MAN = ("شاب مغربي", "شاب مغربي", "PER")
RUSSIAN_FEM = ("الروسية", "روسيا", "LOC")


def test_the_other_side_of_a_border_is_no_target() -> None:
    text = "وقصفت تركيا مواقع للمسلحين قرب الحدود مع العراق أمس."
    ev = one(run(text, [TURKEY, IRAQ]), "ASSAULT")
    assert ev.source == ["تركيا"] and "العراق" not in ev.target
    met = one(run("وبحثت تركيا مع العراق أمن الحدود المشتركة.", [TURKEY, IRAQ]), "CONSULT")
    assert met.target == ["العراق"]  # whom a meeting was held with stays its party


def test_both_sides_after_a_border_adjective_are_no_targets() -> None:
    text = "وخطف مسلحون ثلاثة جنود في البلدة الحدودية مع تركيا وسوريا الليلة الماضية."
    ev = one(run(text, [TURKEY, SYRIA]), "ASSAULT")
    assert "تركيا" not in ev.target and "سوريا" not in ev.target


def test_a_city_naming_a_declaration_is_no_target() -> None:
    text = "وأثنت السعودية على إعلان القاهرة الصادر في ختام الزيارة."
    ev = one(run(text, [SAUDI, CAIRO]), "SUPPORT")
    assert ev.source == ["السعودية"] and "القاهرة" not in ev.target
    text = "ورحبت السعودية بإعلان طهران أنها ستطلق سراح البحارة."
    assert one(run(text, [SAUDI, TEHRAN]), "SUPPORT").target == ["طهران"]  # an announcement keeps its party
    text = "وانتقدت السعودية إعلان طهران نيتها زيادة التخصيب."
    assert one(run(text, [SAUDI, TEHRAN]), "DISAPPROVE").target == ["طهران"]


def test_where_someone_was_smuggled_is_no_target() -> None:
    text = "وتوفي شاب مغربي داخل صندوق سيارة أثناء محاولة تهريبه إلى إسبانيا."
    evs = [e for e in run(text, [MOROCCAN_MAN, SPAIN]) if "إسبانيا" in e.target]
    assert evs == []


def test_a_conjoined_subject_after_members_is_a_second_doer() -> None:
    text = "وقصفت قوات النظام ومسلحو حزب الله بلدة مضايا بالبراميل."
    ev = one(run(text, [REGIME, HEZBOLLAH]), "ASSAULT")
    assert ev.source == ["النظام السوري", "حزب الله"] and ev.target == []
    text = "واتفق سالم الحربي ونظيره التركي خالد أوزتورك على تبادل الخبرات."
    ev = one(run(text, [SALEM, ("خالد أوزتورك", "خالد أوزتورك", "PER")]), "AGREE")
    assert ev.source == ["سالم الحربي"] and ev.target == ["خالد أوزتورك"]  # a counterpart is the other party


def test_a_partitive_conjoined_subject_is_a_second_doer() -> None:
    text = "واقتحمت قوات الجيش اليمني وعناصر من المقاومة الشعبية معسكر الخنفر فجر اليوم."
    ev = one(run(text, [YEMENI_ARMY, RESISTANCE]), "COERCE")
    assert "المقاومة الشعبية" in ev.source and "المقاومة الشعبية" not in ev.target
    text = "واعتقلت الشرطة التركية عناصر من تنظيم داعش في إسطنبول."
    ev = one(run(text, [TURKISH_POLICE, ("تنظيم داعش", "داعش", "ORG")]), "COERCE")
    assert ev.source == ["تركيا"] and ev.target == ["داعش"]  # with no «و», the members are the object


def test_a_speaker_is_not_the_doer_of_a_verbal_noun_in_what_he_reports() -> None:
    text = "وأوضح المتحدث باسم وزارة الداخلية أن رجلا عجوزا توفي أثناء محاولة تهريبه."
    evs = run(text, [("وزارة الداخلية", "وزارة الداخلية", "ORG")])
    assert all("وزارة الداخلية" not in e.source for e in evs)


def test_a_count_opening_its_clause_is_the_subject_of_its_verb() -> None:
    text = "وقال المتحدث باسم مجلس المحافظة إن الرمادي تضررت كثيرا، وأكثر من 300 منزل دمرت بالكامل."
    evs = run(text, [("مجلس المحافظة", "مجلس المحافظة", "ORG"), ("الرمادي", "الرمادي", "LOC")])
    assert all("مجلس المحافظة" not in e.source for e in evs if e.type == "ASSAULT")


def test_a_title_in_brackets_names_no_party() -> None:
    text = "وأدان سالم الحربي (سفير السعودية) الهجوم على المسجد بشدة."
    ev = one(run(text, [SALEM, SAUDI]), "DISAPPROVE")
    assert ev.source == ["سالم الحربي"] and "السعودية" not in ev.target


def test_a_title_between_dashes_names_no_party() -> None:
    text = "وانتقد سالم الحربي - سفير السعودية - القرار الأخير."
    ev = one(run(text, [SALEM, SAUDI]), "DISAPPROVE")
    assert ev.source == ["سالم الحربي"] and "السعودية" not in ev.target


def test_a_nisba_after_forces_and_their_adjective_is_the_subject() -> None:
    text = "وقصفت المقاتلات الحربية الروسية مواقع للمعارضة في ريف حماة."
    ev = one(run(text, [RUSSIAN_FEM]), "ASSAULT")
    assert ev.source == ["روسيا"] and ev.target == []

"""Targets named in the trigger's sentence by constructions word order misses: the ranks a harm fell
among («في صفوف»), the one who survived an attack («نجا … من»), who underwent a deed a relative clause
names («الذي تعرض له»), a verbal noun's genitive doer and its «لـ» patient, a company named after «شركة»,
guards of the doers as co-doers («تحت حماية»), an occasion's or a cause's parties («إثر الإعلان عن …»,
«بسبب …»), people named by a profession noun («دبلوماسيا تونسيا»), the objects «كلا من X وY» and the one a charge is
laid on («وجهت X إلى Y تهمة …»), the doer of a deed a protest is against («تنديدا بالاعتداءات الإسرائيلية»), and who underwent attacks
(«تعرضت X لهجمات», «تعرض X إلى هجوم»)."""

from __future__ import annotations

from event_cases import ISIS_TANZIM, one, run

ISRAELI_F = ("الإسرائيلية", "إسرائيل", "LOC")
PALESTINIANS = ("الفلسطينيين", "فلسطين", "LOC")
TURKISH_F = ("التركية", "تركيا", "LOC")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
MINISTER = ("مصطفى الدباشي", "مصطفى الدباشي", "PER")
SHARIF = ("نواز شريف", "نواز شريف", "PER")
PAKISTANI_M = ("الباكستاني", "باكستان", "LOC")
BROWN = ("مايكل براون", "مايكل براون", "PER")
VUELING = ("فويلينج", "فويلينج", "MISC")
ITALIAN_F = ("الإيطالية", "إيطاليا", "LOC")
SPANISH_F = ("الإسبانية", "إسبانيا", "LOC")
SAUDI = ("السعودية", "السعودية", "LOC")
HAMDAN = ("أحمد الحمدان", "أحمد الحمدان", "PER")
TRIPOLI = ("طرابلس", "طرابلس", "LOC")


def test_the_ranks_an_arrest_or_a_loss_fell_among_are_its_target() -> None:
    ev = one(run("وشنت السلطات الإسرائيلية حملة اعتقالات واسعة في صفوف الفلسطينيين.", [ISRAELI_F, PALESTINIANS]),
             "COERCE")
    assert ev.source == ["إسرائيل"] and ev.target == ["فلسطين"]
    ev = one(run("ونفذت الشرطة التركية حملة اعتقالات في صفوف أنصار حزب العمال الكردستاني.", [TURKISH_F, PKK]),
             "COERCE")
    assert ev.target == ["حزب العمال الكردستاني"]


def test_fighting_in_a_partys_ranks_names_no_target() -> None:
    evs = run("وقتل الجيش التركي عشرين مسلحا يقاتلون في صفوف تنظيم داعش.", [TURKISH_F, ISIS_TANZIM])
    assert all("داعش" not in e.target or e.type != "COERCE" for e in evs)


def test_who_survived_an_attack_underwent_it() -> None:
    ev = one(run("ونجا وزير الداخلية الليبي مصطفى الدباشي من محاولة اغتيال في طرابلس.", [MINISTER, TRIPOLI]),
             "ASSAULT")
    assert ev.target == ["مصطفى الدباشي"] and not ev.source
    ev = one(run("وأكدت مصادر أن رئيس الوزراء الباكستاني نواز شريف نجا من هجوم على موكبه.",
                 [PAKISTANI_M, SHARIF]), "ASSAULT")
    assert ev.target == ["نواز شريف"]


def test_who_underwent_a_deed_told_by_its_relative_clause() -> None:
    ev = one(run("وأسفر القصف الذي تعرض له حزب العمال الكردستاني عن مقتل عشرين مسلحا.", [PKK]), "ASSAULT")
    assert "حزب العمال الكردستاني" in ev.target and "حزب العمال الكردستاني" not in ev.source


def test_a_verbal_nouns_genitive_did_it_to_the_party_after_l() -> None:
    ev = one(run("واحتج المتظاهرون على قتل الشرطة للشاب مايكل براون.", [BROWN]), "ASSAULT")
    assert ev.source == ["الشرطة"] and ev.target == ["مايكل براون"]


def test_a_company_named_after_sharika_is_a_party_not_its_nisba() -> None:
    ev = one(run("هددت هيئة الطيران المدني الإيطالية بوقف ترخيص شركة فويلينج الإسبانية.",
                 [ITALIAN_F, VUELING, SPANISH_F]), "THREATEN")
    assert ev.target == ["فويلينج"]


def test_guards_of_the_doers_are_no_target() -> None:
    ev = one(run("واقتحم مستوطنون باحات المسجد الأقصى تحت حماية الشرطة الإسرائيلية.", [ISRAELI_F]), "COERCE")
    assert "إسرائيل" not in ev.target


def test_the_occasion_of_a_praise_names_no_target_of_it() -> None:
    ev = one(run("أشاد أحمد الحمدان بأداء رجال الأمن في السعودية إثر الإعلان عن تفكيك خلايا تابعة لتنظيم داعش.",
                 [HAMDAN, SAUDI, ISIS_TANZIM]), "SUPPORT")
    assert "السعودية" in ev.target and "داعش" not in ev.target


def test_a_profession_noun_names_the_victims() -> None:
    ev = one(run("واختطف مسلحون مجهولون دبلوماسيا تونسيا في طرابلس.", [TRIPOLI]), "ASSAULT")
    assert ev.target == ["دبلوماسيا تونسيا"]


TURKISH_GOV = ("الحكومة التركية", "تركيا", "LOC")
BARZANI = ("مسعود بارزاني", "مسعود بارزاني", "PER")
RUSSIA = ("روسيا", "روسيا", "LOC")
UKRAINIAN_F = ("الأوكرانية", "أوكرانيا", "LOC")
EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")


def test_each_of_after_the_subject_names_the_objects() -> None:
    ev = one(run("دعا مسعود بارزاني كلا من الحكومة التركية وحزب العمال الكردستاني إلى إنهاء المعارك.",
                 [BARZANI, TURKISH_GOV, PKK]), "DEMAND")
    assert ev.source == ["مسعود بارزاني"]
    assert "تركيا" in ev.target and "حزب العمال الكردستاني" in ev.target


def test_the_cause_of_a_deed_names_no_target() -> None:
    ev = one(run("وفرض الاتحاد الأوروبي عقوبات اقتصادية على روسيا بسبب الأزمة الأوكرانية.",
                 [EU, RUSSIA, UKRAINIAN_F]), "SANCTION")
    assert ev.target == ["روسيا"]


NIYABA = ("النيابة العامة", "النيابة العامة", "ORG")
MORSI = ("محمد مرسي", "محمد مرسي", "PER")


def test_the_one_a_charge_is_laid_on_after_ila() -> None:
    ev = one(run("ووجهت النيابة العامة إلى محمد مرسي تهمة التخابر.", [NIYABA, MORSI]), "DISAPPROVE")
    assert ev.source == ["النيابة العامة"] and ev.target == ["محمد مرسي"]
    ev = one(run("وجهت لجنة محلفين إلى ديلان روف الاتهام بارتكاب جرائم كراهية.", []), "DISAPPROVE")
    assert ev.source == ["لجنة محلفين"] and ev.target == ["ديلان روف"]


ISRAELI_FEM = ("الإسرائيلية", "إسرائيل", "LOC")


def test_the_doer_of_a_protested_deed_is_the_protests_target() -> None:
    evs = run("وتظاهر مئات الطلاب تنديدا بالاعتداءات الإسرائيلية.", [ISRAELI_FEM])
    assert one(evs, "PROTEST").target == ["إسرائيل"]
    assert one(evs, "DISAPPROVE").target == ["إسرائيل"]
    ev = one(run("وخرج آلاف الأتراك في مظاهرات احتجاجا على الهجمات الإرهابية لحزب العمال الكردستاني.", [PKK]),
             "PROTEST")
    assert ev.target == ["حزب العمال الكردستاني"]


IRAQI_FORCES = ("قوات الأمن العراقية", "العراق", "LOC")
LEBANESE_ARMY = ("الجيش اللبناني", "لبنان", "LOC")


def test_who_underwent_attacks_or_an_attack_after_ila() -> None:
    ev = one(run("وتعرضت قوات الأمن العراقية لهجمات متكررة من تنظيم داعش.", [IRAQI_FORCES, ISIS_TANZIM]), "ASSAULT")
    assert ev.source == ["داعش"] and "العراق" in ev.target
    ev = one(run("وتعرض الجيش اللبناني إلى هجوم مسلح في عرسال.", [LEBANESE_ARMY]), "ASSAULT")
    assert "لبنان" in ev.target and not ev.source

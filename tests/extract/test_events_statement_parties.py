"""The parties of demands and reproaches that word order loses to what the statement is about
(`events_statement_parties`): the one a demand asks before what it asks, names inside what is asked or
charged, the people a plural participle goes on with, a duty laid in reported speech («إن على X أن …»),
the people an appeal asks with «بـ»; and, with them, the subject a conjoined condemnation shares, the doer
of a condemned deed kept as its target, and the summoning of an envoy named past the summoner's title."""

from __future__ import annotations

from event_cases import one, run

EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")
OIC = ("منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي", "ORG")
AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")
ISRAELI_F = ("الإسرائيلية", "إسرائيل", "LOC")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
PALESTINIANS = ("الفلسطينيين", "فلسطين", "LOC")
RUSSIA = ("روسيا", "روسيا", "LOC")
CHINA = ("الصين", "الصين", "LOC")
SYRIAN_REGIME = ("النظام السوري", "النظام السوري", "ORG")
SYRIAN_GOV = ("الحكومة السورية", "سوريا", "LOC")
FRENCH_M = ("الفرنسي", "فرنسا", "LOC")
IRAN = ("إيران", "إيران", "LOC")
CANADA = ("كندا", "كندا", "LOC")
BOKO_HARAM = ("بوكو حرام", "بوكو حرام", "ORG")
NIGERIA = ("نيجيريا", "نيجيريا", "LOC")
KUWAITI_F = ("الكويتية", "الكويت", "LOC")
IRAQI_F = ("العراقية", "العراق", "LOC")
EGYPTIAN_F = ("المصرية", "مصر", "LOC")
QATARI_M = ("القطري", "قطر", "LOC")
SAUDI = ("السعودية", "السعودية", "LOC")
OTAIBI = ("خالد العتيبي", "خالد العتيبي", "PER")


def test_the_parties_asked_replace_a_name_inside_what_is_asked() -> None:
    text = "ودعت منظمة التعاون الإسلامي الدول الأعضاء إلى التحرك لوقف الاعتداءات الإسرائيلية."
    ev = one(run(text, [OIC, ISRAELI_F]), "DEMAND")
    assert ev.source == ["منظمة التعاون الإسلامي"] and ev.target == ["الدول الأعضاء"]


def test_the_people_asked_after_an_apposition_between_commas_are_the_target() -> None:
    text = "ودعا مدير الدفاع المدني، العقيد خالد العتيبي، السكان إلى الابتعاد عن مجاري السيول."
    ev = one(run(text, [OTAIBI]), "DEMAND")
    assert ev.source == ["خالد العتيبي"] and ev.target == ["السكان"]


def test_a_named_party_asked_past_an_aside_is_no_second_subject() -> None:
    text = "وطالب الاتحاد الأوروبي في بيان صادر عن المتحدثة باسمه الحكومة السورية بوقف القصف."
    ev = one(run(text, [EU, SYRIAN_GOV]), "DEMAND")
    assert ev.source == ["الاتحاد الأوروبي"] and ev.target == ["سوريا"]


def test_a_name_inside_what_a_demand_asks_is_no_target() -> None:
    text = "وطالب الاتحاد الأوروبي روسيا والصين بالضغط على النظام السوري."
    assert one(run(text, [EU, RUSSIA, CHINA, SYRIAN_REGIME]), "DEMAND").target == ["روسيا", "الصين"]


def test_a_name_inside_what_a_criticism_charges_is_no_target() -> None:
    text = "وانتقدت منظمة العفو الدولية إسرائيل لاستخدامها القوة ضد المتظاهرين الفلسطينيين."
    assert one(run(text, [AMNESTY, ISRAEL, PALESTINIANS]), "DISAPPROVE").target == ["إسرائيل"]


def test_a_duty_laid_in_reported_speech_is_a_demand_of_the_speaker() -> None:
    ev = one(run("وقال وزير الخارجية الفرنسي إن على إيران أن تلتزم بتعهداتها.", [FRENCH_M, IRAN]), "DEMAND")
    assert ev.source == ["فرنسا"] and ev.target == ["إيران"]
    # a state or a rank after «أن» is no duty
    assert not [e for e in run("وأكد المدير أنه على يقين بنجاح الخطة.", []) if e.type == "DEMAND"]
    text = "وأكد الوزير فهد السالم أن على رأس أولويات الوزارة أن تنجز المشروع."
    assert not [e for e in run(text, [("فهد السالم", "فهد السالم", "PER")]) if e.type == "DEMAND"]


def test_the_people_an_appeal_asks_with_ba_are_its_target() -> None:
    ev = one(run("ويهيب الدفاع المدني بالمواطنين والمقيمين عدم الاقتراب من الأودية.", []), "DEMAND")
    assert ev.target == ["المواطنين والمقيمين"]
    drivers = one(run("وأهابت إدارة المرور بالسائقين الالتزام بالسرعة المحددة.", []), "DEMAND")
    assert drivers.target == ["السائقين"]  # not «السائقين الالتزام»: what is asked


def test_a_plural_participle_goes_on_with_the_people_of_the_clause_before_it() -> None:
    ev = one(run("وهتف المتظاهرون ضد الحكومة إذ وقف نشطاء بين الطرفين مطالبين بالتهدئة.", []), "DEMAND")
    assert ev.source == ["الناشطين"]


def test_a_conjoined_condemnation_shares_the_subject_and_keeps_the_condemned_doer() -> None:
    text = ("دانت كندا اعتداءات جماعة بوكو حرام في شمال نيجيريا ووصفتها بأنها جرائم بشعة واستنكرت لجوء الجماعة "
            "إلى خطف الفتيات.")
    evs = [e for e in run(text, [CANADA, BOKO_HARAM, NIGERIA]) if e.type == "DISAPPROVE"]
    assert len(evs) == 1 and evs[0].source == ["كندا"] and evs[0].target == ["بوكو حرام"]


def test_summoning_an_envoy_named_past_the_title_of_the_summoner_is_a_protest() -> None:
    text = "استدعت وزارة الخارجية الكويتية صباح اليوم القائم بأعمال السفارة العراقية وسلمته مذكرة احتجاج."
    ev = one(run(text, [KUWAITI_F, IRAQI_F]), "DISAPPROVE")
    assert ev.source == ["الكويت"] and ev.target == ["العراق"]


def test_the_party_a_criticised_remark_was_aimed_at_is_no_target() -> None:
    text = "انتقدت الحكومة المصرية تصريحات وزير الخارجية القطري بحق السعودية."
    ev = one(run(text, [EGYPTIAN_F, QATARI_M, SAUDI]), "DISAPPROVE")
    assert ev.source == ["مصر"] and ev.target == ["قطر"]


SALEH = ("علي صالح", "علي صالح", "PER")
WRITER = ("خالد المالك", "خالد المالك", "PER")
ISIS = ("داعش", "داعش", "ORG")


def test_the_name_ali_is_no_duty_laid() -> None:
    # folding writes «علي» (the name) as «على»: a person's name after «أن» lays no duty on anyone
    text = "وقال خالد المالك إن علي صالح مازال يتوهم أن من حقه الحديث باسم اليمن."
    assert not [e for e in run(text, [WRITER, SALEH]) if e.type == "DEMAND"]


def test_a_duty_on_ourselves_is_no_demand() -> None:
    text = "وإذا قال لنا خالد المالك إن داعش تنظيم طائفي فإن علينا أن نسأل عن أهدافه."
    assert not [e for e in run(text, [WRITER, ISIS]) if e.type == "DEMAND"]


EMERSON = ("جون إيمرسون", "جون إيمرسون", "PER")
FOREIGN_MINISTRY = ("وزارة الخارجية", "وزارة الخارجية", "ORG")


def test_the_summoned_envoy_is_the_target_not_the_source() -> None:
    text = "واستدعت وزارة الخارجية الألمانية السفير الأمريكي جون إيمرسون للاحتجاج على التجسس."
    ev = one(run(text, [FOREIGN_MINISTRY, ("الألمانية", "ألمانيا", "LOC"), ("الأمريكي", "الولايات المتحدة", "LOC"),
                        EMERSON]), "DISAPPROVE")
    assert "جون إيمرسون" not in ev.source and "جون إيمرسون" in ev.target

"""Whoever condemns a deed is not its doer, and a condemnation is aimed at the deed's doer, not at those the
deed hit, the condemner's own office, or whom it sends condolences to (`events_condemned`); words of degree
or blame are no party (`events_garbage`)."""

from __future__ import annotations

from event_cases import ISIS_TANZIM, KUWAIT, QATAR, SALEM, TURKEY, UN, US, YEMEN, one, run

from marsad.extract.events_garbage import clean_name

TURKISH_GOV = ("الحكومة التركية", "تركيا", "LOC")
PKK_BARE = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
PARLIAMENT = ("مجلس الأمة", "مجلس الأمة", "ORG")
PALESTINIAN = ("الفلسطيني", "فلسطين", "LOC")
SECURITY_MEN = ("رجال الأمن", "قوات الأمن", "ORG")
EMERGENCY = ("قوات الطوارئ", "قوات الطوارئ", "ORG")
COUNCIL_MEMBERS = ("أعضاء مجلس الأمن الدولي", "أعضاء مجلس الأمن الدولي", "ORG")


def _assaults(text: str, specs: list[tuple[str, str, str]]) -> list[list[str]]:
    return [e.source for e in run(text, specs) if e.type == "ASSAULT"]


def test_the_condemner_of_a_killing_did_not_kill() -> None:
    text = "دان الأمين العام للأمم المتحدة بشدة قتل طفل في مدينة الخليل، داعيا إلى محاسبة الجناة."
    assert all("الأمم المتحدة" not in src for src in _assaults(text, [UN]))


def test_the_condemner_is_not_the_attacker_of_a_clause_after_haith() -> None:
    text = ("عبر مجلس الأمن القومي في واشنطن عن إدانة الولايات المتحدة الشديدة للهجمات الإرهابية التي وقعت مؤخرا في "
            "المملكة، حيث هاجم مفجر إرهابي مسجدا في مدينة الدمام.")
    assert all("الولايات المتحدة" not in src for src in _assaults(text, [US]))


def test_a_doer_named_after_the_condemned_deed_stays() -> None:
    text = "أدانت قطر الهجوم الذي شنه تنظيم داعش على نقطة للجيش في اليمن."
    srcs = _assaults(text, [QATAR, ISIS_TANZIM, YEMEN])
    assert srcs and all("قطر" not in src for src in srcs) and any("داعش" in src for src in srcs)


def test_a_verb_conjoined_to_the_condemnation_goes_on_with_its_subject() -> None:
    text = "واستنكرت الحكومة التركية الاعتداء وقصفت مواقع حزب العمال الكردستاني في الجبال."
    assert any("تركيا" in src for src in _assaults(text, [TURKISH_GOV, PKK_BARE]))


def test_the_dead_of_a_condemned_crime_are_no_target() -> None:
    text = "من جهتها دانت قطر بأشد العبارات الجريمة الإرهابية البشعة التي أدت إلى استشهاد الطفل الفلسطيني حرقا."
    assert "فلسطين" not in one(run(text, [QATAR, PALESTINIAN]), "DISAPPROVE").target


def test_whom_the_deed_hit_after_a_comma_and_a_relative_is_no_target() -> None:
    text = "استنكرت قطر التفجير الإجرامي الآثم الذي وقع في مسجد بمدينة أبها، الذي راح ضحيته عدد من رجال الأمن."
    assert "قوات الأمن" not in one(run(text, [QATAR, SECURITY_MEN]), "DISAPPROVE").target


def test_a_deed_noun_with_a_preposition_is_the_object() -> None:
    text = "تواصلت ردود الفعل استنكارها وإدانتها للحادث الإرهابي الذي استهدف مسجدا لقوات الطوارئ، حيث أدانت قطر التفجير."
    assert "قوات الطوارئ" not in one(run(text, [QATAR, EMERGENCY]), "DISAPPROVE").target


def test_the_office_inside_a_phrase_of_condemnation_is_no_target() -> None:
    text = "عبر د. سالم الحربي نائب رئيس مجلس الأمة عن إدانته واستنكاره للعمل الإرهابي الذي استهدف رجال الأمن."
    ev = one(run(text, [SALEM, PARLIAMENT, SECURITY_MEN]), "DISAPPROVE")
    assert ev.source == ["سالم الحربي"] and "مجلس الأمة" not in ev.target


def test_a_title_after_a_comma_is_the_subject_not_the_target() -> None:
    text = ("كما دان أعضاء مجلس الأمن الدولي بالأمم المتحدة في بيان صدر عن المجلس صباح أمس، بأقسى العبارات التفجير "
            "الإرهابي الذي استهدف مسجدا في الكويت.")
    ev = one(run(text, [COUNCIL_MEMBERS, ("بالأمم المتحدة", "الأمم المتحدة", "ORG"), KUWAIT]), "DISAPPROVE")
    assert "الأمم المتحدة" not in ev.target


def test_whom_condolences_go_to_is_not_condemned() -> None:
    text = "أدانت قطر التفجير الإرهابي، معربة عن تعازيها ومواساتها للكويت حكومة وشعبا."
    assert "الكويت" not in one(run(text, [QATAR, ("للكويت", "الكويت", "LOC")]), "DISAPPROVE").target


def test_condolence_does_not_hide_a_party_condemned_before() -> None:
    text = "أدانت قطر الهجمات التي يشنها تنظيم داعش ضد المدنيين، معربة عن تضامنها مع تركيا."
    ev = one(run(text, [QATAR, ISIS_TANZIM, TURKEY]), "DISAPPROVE")
    assert "تركيا" not in ev.target


def test_a_plural_subject_before_the_verb_keeps_its_object() -> None:
    text = "فرقت الشرطة مئات المتظاهرين الذين كانوا يدينون تنظيم داعش بعد الهجوم الانتحاري في المدينة."
    assert "داعش" in one(run(text, [ISIS_TANZIM]), "DISAPPROVE").target


def test_words_of_degree_or_blame_name_no_party() -> None:
    assert clean_name("الشديدين") == "" and clean_name("المشين") == "" and clean_name("بشدة") == ""
    assert clean_name("الأمن العام") == "الأمن العام"

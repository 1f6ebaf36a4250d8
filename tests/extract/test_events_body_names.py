"""A state body standing for its country keeps its own words beside the country (`events_body_names`):
«اعتقلت الشرطة التركية …» → source ["تركيا", "الشرطة التركية"]; two bodies of one country in a
sentence leave the country alone. A people named by the plural of a nisba («ثلاثة فلسطينيين») keep their
words beside their country too."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_body_names import body_words

TURKISH_FEM = ("التركية", "تركيا", "LOC")
TURKISH = ("التركي", "تركيا", "LOC")
AMERICAN_FEM = ("الأمريكية", "الولايات المتحدة", "LOC")
FOREIGN_MINISTRY = ("وزارة الخارجية", "وزارة الخارجية", "ORG")


def test_glued_proclitics_come_off_the_first_word() -> None:
    assert body_words("للشرطة التركية") == "الشرطة التركية"
    assert body_words("وللقوات العراقية") == "القوات العراقية"
    assert body_words("وبالحكومة  المصرية") == "الحكومة المصرية"
    assert body_words("وزارة الداخلية العراقية") == "وزارة الداخلية العراقية"
    assert body_words("والشرطة") == "الشرطة"


def test_a_glued_proclitic_comes_off_a_listed_head() -> None:
    assert body_words("لوزارة الداخلية التونسية") == "وزارة الداخلية التونسية"
    assert body_words("وبقوات الأمن") == "قوات الأمن"
    assert body_words("ووزارة الدفاع") == "وزارة الدفاع"


def test_a_head_or_name_that_opens_with_the_letters_keeps_them() -> None:
    for words in ("وزارة الدفاع", "بلدية جدة", "لجنة الشؤون", "وفد الحكومة", "لبنان", "بريطانيا", "فرنسا"):
        assert body_words(words) == words


def test_a_police_arrest_names_the_country_and_the_police() -> None:
    ev = one(run("واعتقلت الشرطة التركية عشرين شخصا في إسطنبول أمس.", [TURKISH_FEM], body_names=True), "COERCE")
    assert ev.source == ["تركيا", "الشرطة التركية"]


def test_a_ministry_named_by_its_nisba_keeps_its_words() -> None:
    ev = one(run("وأدانت وزارة الخارجية الأمريكية الهجوم بشدة.", [FOREIGN_MINISTRY, AMERICAN_FEM], body_names=True),
             "DISAPPROVE")
    assert ev.source == ["الولايات المتحدة", "وزارة الخارجية الأمريكية"]


def test_two_bodies_of_one_country_leave_the_country_alone() -> None:
    text = "وقصف الطيران التركي مواقع المسلحين بعد أن هاجموا الجيش التركي قرب الحدود."
    evs = run(text, [TURKISH, TURKISH], body_names=True)
    assert any("تركيا" in ev.source + ev.target for ev in evs)
    for ev in evs:
        assert "الطيران التركي" not in ev.source + ev.target
        assert "الجيش التركي" not in ev.source + ev.target


def test_the_actor_tests_read_countries_alone() -> None:
    ev = one(run("واعتقلت الشرطة التركية عشرين شخصا في إسطنبول أمس.", [TURKISH_FEM]), "COERCE")
    assert ev.source == ["تركيا"]


def test_people_named_by_their_nisba_keep_their_words_with_their_count() -> None:
    palestinians = ("فلسطينيين", "فلسطين", "LOC")
    ev = one(run("قتلت القوات ثلاثة فلسطينيين في الخليل أمس.", [palestinians], body_names=True), "ASSAULT")
    assert ev.target == ["فلسطين", "ثلاثة فلسطينيين"]
    ev = one(run("اقتحمت الشرطة المسجد لطرد فلسطينيين تحصنوا فيه.", [palestinians], body_names=True), "COERCE")
    assert ev.target == ["فلسطين", "فلسطينيين"]


def test_a_counted_people_loses_the_conjunction_glued_to_its_number() -> None:
    palestinians = ("فلسطينيين", "فلسطين", "LOC")
    ev = one(run("قتلت القوات طفلين وثلاثة فلسطينيين في الخليل أمس.", [palestinians], body_names=True), "ASSAULT")
    assert "ثلاثة فلسطينيين" in ev.target and "وثلاثة فلسطينيين" not in ev.target


def test_a_nisba_qualifying_a_plural_noun_adds_no_people_words() -> None:
    syrians = ("سوريون", "سوريا", "LOC")
    ev = one(run("هاجم مسلحون سوريون مواقع الجيش أمس.", [syrians], body_names=True), "FIGHT")
    assert "سوريون" not in ev.source + ev.target


def test_a_body_glued_to_a_preposition_after_the_verb_is_no_subject() -> None:
    evs = run("وطالبنا باللجنة الوطنية للاستقدام بإقرار الفحص النفسي.", [])
    assert not any(n.startswith("بال") for ev in evs for n in ev.source + ev.target)
    ev = one(run("وأدانت نقابة الصحفيين اليمنيين قرار الحكومة.", []), "DISAPPROVE")
    assert ev.source == ["نقابة الصحفيين اليمنيين"]


def test_people_after_a_glued_lam_keep_their_article() -> None:
    koreans = ("لكوريين", "كوريا", "LOC")
    text = "وقدمت الولايات المتحدة مساعدات للكوريين في الجنوب."
    ev = one(run(text, [("الولايات المتحدة", "الولايات المتحدة", "LOC"), koreans], body_names=True), "AID")
    assert "الكوريين" in ev.target and "لكوريين" not in ev.target

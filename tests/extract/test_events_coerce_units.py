"""Coercion told with security men named by their kind (and gunmen who attack them), a Maghrebi «إيقاف», a
decision to detain or deport, a seizure told far from its place, a place's holder after «الخاضعة لـ», the body
whose counted members were taken, a report with a day before its noun, and a count after a bare «ضبط»."""

from __future__ import annotations

from event_cases import one, run

BAGHDAD = ("بغداد", "بغداد", "LOC")
BASRA = ("البصرة", "البصرة", "LOC")
IRAQI = ("العراقية", "العراق", "LOC")
EGYPTIAN = ("المصرية", "مصر", "LOC")
KUWAITI = ("الكويتية", "الكويت", "LOC")
KASSERINE = ("القصرين", "القصرين", "LOC")
TUNISIAN = ("التونسية", "تونس", "LOC")
JERUSALEM = ("القدس", "القدس", "LOC")
SOMALIA = ("الصومال", "الصومال", "LOC")
SOMALI = ("الصومالية", "الصومال", "LOC")
KISMAYO = ("كيسمايو", "كيسمايو", "LOC")
SHABAAB = ("الشباب", "الشباب", "ORG")


def test_security_men_named_by_their_kind_made_the_arrest() -> None:
    text = "واعتقل عناصر الأمن ثلاثة مطلوبين في حي الكرادة ببغداد."
    ev = one(run(text, [BAGHDAD]), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["ثلاثة مطلوبين"]


def test_security_men_with_a_nisba_stand_for_their_country() -> None:
    text = "واعتقلت القوة الأمنية العراقية خمسة مسلحين في البصرة."
    ev = one(run(text, [IRAQI, BASRA]), "COERCE")
    assert ev.source == ["العراق"] and "العراق" not in ev.target


def test_unnamed_gunmen_attacking_security_men_did_it() -> None:
    # the force after the men is whom they attacked, not the name of the men (`events_armed_doers`)
    ev = one(run("وهاجم مسلحون مجهولون رجال الأمن في المدينة.", []), "ASSAULT")
    assert ev.source == ["مسلحون مجهولون"] and ev.target == ["قوات الأمن"]


def test_occupation_soldiers_arrest_and_its_bulldozers_demolish() -> None:
    arrest = one(run("واعتقل جنود الاحتلال شابين قرب القدس.", [JERUSALEM]), "COERCE")
    assert arrest.source == ["إسرائيل"] and arrest.target == ["شابين"]
    razed = one(run("وهدمت جرافات الاحتلال منزلا في القدس.", [JERUSALEM]), "COERCE")
    assert razed.source == ["إسرائيل"] and "إسرائيل" not in razed.target


def test_a_decision_to_detain_is_coercion_by_who_decides() -> None:
    ev = one(run("وقررت السلطات المصرية حبس 20 متهما أربعة أيام.", [EGYPTIAN]), "COERCE")
    assert ev.source == ["مصر"] and ev.target == ["20 متهما"]


def test_a_decision_to_deport_is_coercion() -> None:
    ev = one(run("وقررت السلطات الكويتية إبعاد 200 وافد مخالف.", [KUWAITI]), "COERCE")
    assert ev.source == ["الكويت"]


def test_the_maghrebi_verbal_noun_of_detaining_with_those_detained() -> None:
    text = "وقالت وزارة الداخلية التونسية إنه تم إيقاف 12 عنصرا إرهابيا في ولاية القصرين."
    ev = one(run(text, [TUNISIAN, KASSERINE]), "COERCE")
    assert ev.target == ["12 عنصرا"]


def test_a_halt_is_no_detention() -> None:
    text = "وقررت الوزارة إيقاف العمل في المشروع حتى إشعار آخر."
    assert not [e for e in run(text, []) if e.type == "COERCE"]


def test_seizing_members_counted_by_kind() -> None:
    ev = one(run("وأعلنت الداخلية المصرية ضبط 15 عنصرا في محافظة الجيزة.", [EGYPTIAN]), "COERCE")
    assert ev.source == ["مصر"]


def test_a_seizure_with_its_place_after_the_doers_and_the_day() -> None:
    text = "سيطرت القوات الصومالية وقوات الاتحاد الإفريقي أمس الخميس على مدينة كيسمايو جنوب الصومال."
    ev = one(run(text, [SOMALI, KISMAYO, SOMALIA]), "COERCE")
    assert "الصومال" in ev.source


def test_a_place_held_by_a_side_is_taken_from_that_side() -> None:
    text = "سيطرت القوات الصومالية على مدينة كيسمايو، آخر البلدات الخاضعة لجماعة الشباب في جنوب الصومال."
    ev = one(run(text, [SOMALI, KISMAYO, SOMALIA, SHABAAB]), "COERCE")
    assert ev.source == ["الصومال"] and ev.target == ["الشباب"]


BROTHERHOOD = ("جماعة الإخوان", "الإخوان المسلمون", "ORG")
ISIS = ("تنظيم داعش", "داعش", "ORG")


def test_the_body_whose_counted_members_were_arrested_is_the_target() -> None:
    text = "وتمكنت قوات الأمن من القبض على خمسة من عناصر تنظيم داعش."
    ev = one(run(text, [ISIS]), "COERCE")
    assert ev.source == ["قوات الأمن"] and ev.target == ["داعش"]


def test_a_ministry_announcing_a_seizure_with_a_day_between_made_it() -> None:
    text = "وأعلنت وزارة الداخلية المصرية الثلاثاء ضبط 13 من قيادات جماعة الإخوان."
    ev = one(run(text, [EGYPTIAN, BROTHERHOOD]), "COERCE")
    assert ev.source == ["مصر"] and ev.target == ["الإخوان المسلمون"]


def test_a_count_after_a_bare_seizure_noun_was_taken_not_the_doer() -> None:
    text = "الداخلية المصرية : ضبط 44 عنصرا من جماعة الإخوان"
    ev = one(run(text, [EGYPTIAN, BROTHERHOOD]), "COERCE")
    assert not any(n[:1].isdigit() for n in ev.source)

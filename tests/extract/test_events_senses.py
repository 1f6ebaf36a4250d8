"""Precision: trigger words read in a sense that tells no event: a death by fire, flood or accident told
with a word of killing; «وافق … على» a body's own appointments or foundings; «اجتمع فيه» combined qualities."""

from __future__ import annotations

from event_cases import run

CABINET = ("مجلس الوزراء", "مجلس الوزراء", "ORG")
ARMY = ("الجيش التركي", "الجيش التركي", "ORG")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
FRANCE = ("فرنسا", "فرنسا", "LOC")
FRENCH = ("الفرنسي", "فرنسا", "LOC")
MINISTER = ("خالد المنصور", "خالد المنصور", "PER")
SAUDI = ("سعودية", "السعودية", "LOC")


def test_firefighter_killed_by_a_blaze_is_no_attack() -> None:
    text = "قتل عامل إنقاذ وأصيب ثلاثة آخرون نتيجة حريق كبير اندلع في غابات الولاية أمس."
    assert [e for e in run(text, []) if e.type == "ASSAULT"] == []


def test_drowned_and_electrocuted_is_no_attack() -> None:
    text = "توفي طفلان غرقا وقتل شاب صعقا بالكهرباء في فرنسا."
    assert [e for e in run(text, [FRANCE]) if e.type == "ASSAULT"] == []


def test_fire_set_by_gunmen_is_still_an_attack() -> None:
    text = "وقتل ثلاثة حراس بعد أن أطلق مسلحون النار عليهم ثم أشعلوا حريقا في المبنى."
    assert [e.type for e in run(text, []) if e.type == "ASSAULT"] != []


def test_bombing_among_fire_words_is_still_an_attack() -> None:
    text = "وقتل جندي من الجيش التركي في هجوم نفذه حزب العمال الكردستاني أدى إلى حريق في الثكنة."
    assert [e.type for e in run(text, [ARMY, PKK]) if e.type == "ASSAULT"] != []


def test_cabinet_approving_appointments_is_no_agreement() -> None:
    text = "وافق مجلس الوزراء على تعيينات جديدة بالمرتبة الخامسة عشرة في عدد من الوزارات."
    assert [e for e in run(text, [CABINET]) if e.type == "AGREE"] == []


def test_cabinet_approving_a_founding_is_no_agreement() -> None:
    text = "ووافق مجلس الوزراء على إنشاء هيئة عامة للإحصاء ترتبط برئيس المجلس."
    assert [e for e in run(text, [CABINET]) if e.type == "AGREE"] == []


def test_qualities_gathered_in_a_man_are_no_meeting() -> None:
    text = "قضى خالد المنصور في فرنسا رحلة طويلة اجتمع فيها الجهد بالنجاح حتى صار قدوة للشباب."
    assert [e for e in run(text, [MINISTER, FRANCE]) if e.type == "CONSULT"] == []


def test_goal_the_ministry_strives_to_achieve_is_no_investigation() -> None:
    text = "وقال خالد المنصور إن الخطة تخدم الأهداف التي تسعى الوزارة لتحقيقها في فرنسا خلال العام المقبل."
    assert [e for e in run(text, [MINISTER, FRANCE]) if e.type == "INVESTIGATE"] == []


def test_hands_are_no_backing() -> None:
    text = "وأوضح المدير أن المصنع الجديد سوف تديره أيد سعودية بالكامل."
    assert [e for e in run(text, [SAUDI]) if e.type == "SUPPORT"] == []


def test_breathtaking_film_is_no_abduction() -> None:
    text = "الفيلم يمثل استكشافا يخطف الأنفاس في فرنسا."
    assert [e for e in run(text, [FRANCE]) if e.type == "ASSAULT"] == []


def test_murder_of_humanity_is_a_figure_of_speech() -> None:
    text = "وقال خالد المنصور إن ما جرى في فرنسا اغتيال للإنسانية كلها."
    assert [e for e in run(text, [MINISTER, FRANCE]) if e.type == "ASSAULT"] == []


def test_cabinet_mandating_a_minister_to_negotiate_is_no_agreement() -> None:
    text = "ووافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث مع الجانب الفرنسي في شأن مشروع اتفاقية."
    assert [e for e in run(text, [CABINET, FRENCH]) if e.type == "AGREE"] == []

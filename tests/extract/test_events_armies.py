"""National armies and the forces a speaker tells of: a national army named as a body of its own stands
for its country beside it (`events_body_names.add_army_countries`); «إن قواته …» after a speaker is the
speaker's own force, and the party after the verb its object (`events._own_arms_before`); a members'
noun told with «في» («قيادي في حماس», «عضوا في», «عنصرين في») is done to the body it names."""

from __future__ import annotations

from event_cases import coded_one

from marsad.extract.events_body_names import army_country
from marsad.extract.events_eval import run_article

ISRAEL_ARMY = ["إسرائيل", "الجيش الإسرائيلي"]


def test_a_national_army_named_as_a_body_stands_beside_its_country() -> None:
    ev = coded_one("شن الجيش الإسرائيلي غارات جوية على بلدات في جنوب لبنان.", "ASSAULT")
    assert ev.source == ISRAEL_ARMY
    ev = coded_one("شن جيش الاحتلال غارات جوية على بلدات في جنوب لبنان.", "ASSAULT")
    assert ev.source == ISRAEL_ARMY
    assert coded_one("انسحب الجيش الإسرائيلي من مخيم جنين.", "RETREAT").source == ISRAEL_ARMY
    assert coded_one("اقتحم جيش الاحتلال مخيم جنين.", "COERCE").source == ISRAEL_ARMY


def test_an_army_in_the_target_gets_its_country_too() -> None:
    ev = coded_one("أعلن حزب الله أن مقاتليه استهدفوا ثكنة للجيش الإسرائيلي.", "ASSAULT")
    assert ev.source == ["حزب الله"] and ev.target == ISRAEL_ARMY


def test_only_an_army_named_by_its_nisba_is_a_country_army() -> None:
    assert army_country("الجيش الإسرائيلي") == "إسرائيل"
    assert army_country("الجيش اليمني") == "اليمن"
    assert army_country("الجيش السوري الحر") is None  # a rebel army, no arm of a state
    assert army_country("الجيش الوطني الليبي") is None
    assert army_country("حزب الله") is None
    ev = coded_one("هاجم الجيش السوري الحر مواقع لقوات النظام في حلب.", "FIGHT")
    assert ev.source == ["الجيش السوري الحر"]


def test_the_country_named_beside_its_army_is_not_repeated() -> None:
    ev = coded_one("قصف الجيش الإسرائيلي والشرطة الإسرائيلية مواقع في غزة.", "ASSAULT")
    assert ev.source.count("إسرائيل") == 1 and "الجيش الإسرائيلي" in ev.source


def test_the_forces_of_a_speaker_are_his_not_the_object_after_the_verb() -> None:
    ev = coded_one("قال الجيش الإسرائيلي إن قواته اغتالت قياديا في حزب الله.", "ASSAULT")
    assert ev.source == ISRAEL_ARMY and ev.target == ["حزب الله"]
    ev = coded_one("قال المتحدث باسم جيش الاحتلال أفيخاي أدرعي إن قواته اغتالت قياديا في حزب الله.", "ASSAULT")
    assert ev.source == ISRAEL_ARMY and ev.target == ["حزب الله"]
    ev = coded_one("قال الجيش الأمريكي إن قواته اعتقلت قياديا في تنظيم داعش في سوريا.", "COERCE")
    assert ev.source == ["الولايات المتحدة", "الجيش الأمريكي"] and ev.target == ["داعش"]


def test_a_member_told_with_fi_stands_for_his_body() -> None:
    ev = coded_one("أعلن جيش الاحتلال اغتيال قيادي في حركة حماس.", "ASSAULT")
    assert ev.source == ISRAEL_ARMY and ev.target == ["حماس"]
    assert coded_one("اغتالت إسرائيل عضوا في حركة الجهاد الإسلامي.", "ASSAULT").target == ["الجهاد الإسلامي"]
    assert coded_one("قتل الجيش الإسرائيلي عنصرين في حزب الله.", "ASSAULT").target == ["حزب الله"]
    assert coded_one("اعتقلت الشرطة الفرنسية عضوا في تنظيم داعش.", "COERCE").target == ["داعش"]
    assert coded_one("أعلنت الشرطة التركية اعتقال عضوين في تنظيم داعش.", "COERCE").target == ["داعش"]


def test_a_member_after_a_conjoined_verb_is_its_object() -> None:
    evs = [e for e in run_article("اقتحمت قوات الاحتلال مخيم نور شمس واعتقلت عنصرا في كتائب القسام.",
                                  "2024-12-07") if e.type == "COERCE"]
    assert all(e.source == ["إسرائيل"] for e in evs)
    assert any(e.target[:1] == ["كتائب القسام"] for e in evs)  # its parent حماس beside it (events_wing_parents)

"""Names after the trigger that are no target (`events_targets`): whom a demanded help is for («ودعا X
المجتمع الدولي إلى دعم الحكومة اللبنانية»), the victims of a harm a demand is about («بوقف الانتهاكات بحق
الشعب السوري»), the side words were aimed at («تصريحات X تجاه البحرين»), what a permission lets
someone do and to whom («على السماح للجيش الأمريكي بشن ضربات على داعش»), the matter parties agreed
on («اتفق الوزراء على وضع خطوات لدحر داعش»), and those only present at a meeting («بحضور …»)."""

from __future__ import annotations

from event_cases import BAHRAIN, ISIS, US, one, run

TO_US = ("للولايات المتحدة", "الولايات المتحدة", "LOC")

AID_AGENCY = ("الوكالة الدولية للإغاثة", "الوكالة الدولية للإغاثة", "ORG")
ARAB_PARLIAMENT = ("البرلمان العربي", "البرلمان العربي", "ORG")
CUBA = ("كوبا", "كوبا", "LOC")
HAITIAN = ("الهايتية", "هايتي", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")
LEBANESE_GOVERNMENT = ("الحكومة اللبنانية", "لبنان", "LOC")
MINISTER = ("سعيد الكعبي", "سعيد الكعبي", "PER")
ENVOY = ("مارتن كولر", "مارتن كولر", "PER")
DEPUTY = ("فهد الزامل", "فهد الزامل", "PER")
PERU = ("بيرو", "بيرو", "LOC")
ROHANI = ("حسن روحاني", "حسن روحاني", "PER")
SYRIAN_PEOPLE = ("الشعب السوري", "سوريا", "LOC")
UN_BODY = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
UNICEF = ("اليونيسف", "اليونيسف", "ORG")


def test_the_one_helped_is_no_target_of_a_call_on_someone_to_help() -> None:
    text = "ودعا سعيد الكعبي المجتمع الدولي إلى دعم الحكومة اللبنانية في مواجهة الأزمة."
    ev = one(run(text, [MINISTER, LEBANESE_GOVERNMENT]), "DEMAND")
    assert ev.source == ["سعيد الكعبي"] and ev.target == ["المجتمع الدولي"]
    # with nobody asked but the one helped, he stays
    ev = one(run("ودعا سعيد الكعبي إلى مساندة جهود الحكومة اللبنانية.", [MINISTER, LEBANESE_GOVERNMENT]), "DEMAND")
    assert ev.target == ["لبنان"]


def test_the_one_helped_is_dropped_after_a_later_help_noun_too() -> None:
    text = "ودعت بيرو المجتمع الدولي لدعم هذه الخطة وحشد التمويل اللازم لدعم اليونيسف والسلطات الهايتية."
    ev = one(run(text, [PERU, UNICEF, HAITIAN]), "DEMAND")
    assert ev.source == ["بيرو"] and ev.target == ["المجتمع الدولي"]


def test_the_victims_of_a_harm_are_no_target_of_a_demand_to_stop_it() -> None:
    text = "وطالب البرلمان العربي المجتمع الدولي بوقف الانتهاكات بحق الشعب السوري."
    ev = one(run(text, [ARAB_PARLIAMENT, SYRIAN_PEOPLE]), "DEMAND")
    assert ev.source == ["البرلمان العربي"] and ev.target == ["المجتمع الدولي"]
    # the one a punishment is asked against stays
    text = "وطالب البرلمان العربي الأمم المتحدة بفرض عقوبة رادعة بحق الشعب السوري."
    ev = one(run(text, [ARAB_PARLIAMENT, UN_BODY, SYRIAN_PEOPLE]), "DEMAND")
    assert "سوريا" in ev.target


def test_the_side_words_were_aimed_at_is_no_target_of_their_condemnation() -> None:
    text = "واستنكر سعيد الكعبي بشدة تصريحات الرئيس حسن روحاني تجاه البحرين التي أدلى بها أمس."
    ev = one(run(text, [MINISTER, ROHANI, BAHRAIN]), "DISAPPROVE")
    assert ev.source == ["سعيد الكعبي"] and ev.target == ["حسن روحاني"]
    # with no one named before the preposition the side stays
    ev = one(run("وانتقد سعيد الكعبي السياسة الأمريكية تجاه كوبا.", [MINISTER, CUBA]), "DISAPPROVE")
    assert "كوبا" in ev.target


def test_what_a_permission_lets_one_do_names_no_target() -> None:
    text = "ووافق الأردن على السماح للولايات المتحدة بشن ضربات جوية ضد داعش من أراضيه."
    ev = one(run(text, [JORDAN, TO_US, ISIS]), "AGREE")
    assert ev.source == ["الأردن"] and ev.target == ["الولايات المتحدة"]


def test_a_permission_with_the_one_let_glued_to_a_force_noun() -> None:
    text = "ووافق الأردن على السماح لطائرات الولايات المتحدة باستخدام قاعدة جوية لضرب داعش."
    ev = one(run(text, [JORDAN, US, ISIS]), "AGREE")
    assert "داعش" not in ev.target and "الولايات المتحدة" in ev.target


def test_the_matter_agreed_on_names_no_party() -> None:
    text = "واتفق الأردن والولايات المتحدة على وضع خطوات عملية لدحر داعش في المنطقة."
    ev = one(run(text, [JORDAN, US, ISIS]), "AGREE")
    assert "داعش" not in ev.target and "داعش" not in ev.source
    # the other side of what is approved stays
    ev = one(run("ووافق الأردن على صفقة أسلحة للولايات المتحدة.", [JORDAN, TO_US]), "AGREE")
    assert ev.target == ["الولايات المتحدة"]


def test_one_only_present_at_a_meeting_is_no_party_of_it() -> None:
    text = "واستقبل سعيد الكعبي المبعوث الأممي مارتن كولر، بحضور نائب رئيس الوزراء فهد الزامل."
    ev = one(run(text, [MINISTER, ENVOY, DEPUTY]), "CONSULT")
    assert ev.source == ["سعيد الكعبي"] and ev.target == ["مارتن كولر"]
    # with no one else met, the one present is the one met
    ev = one(run("وعقد سعيد الكعبي اجتماعا بحضور نائب رئيس الوزراء فهد الزامل.", [MINISTER, DEPUTY]), "CONSULT")
    assert ev.target == ["فهد الزامل"]

"""The second party of a meeting or visit told only by a title and a country (`events_guests`, topic:
guests): «استقبل X وفدا برلمانيا إيطاليا», «عقب لقائه وزير الزراعة بالجمهورية التونسية», «زار X
العاصمة الماليزية» give that country as the target; never the source's own country, nor a nisba of a
topic («العلاقات السعودية الفرنسية»); with no guest named, the country the meeting was held in («أجرى X محادثات
في القاهرة» → مصر)."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_eval import run_article

KHALID = ("خالد بن سلمان", "خالد بن سلمان", "PER")
TURKI = ("تركي بن محمد", "تركي بن محمد", "PER")
KHATIB = ("أحمد الخطيب", "أحمد الخطيب", "PER")
AYED = ("علي العايد", "علي العايد", "PER")
MARRI = ("سعيد المري", "سعيد المري", "PER")


def test_a_delegation_with_a_nisba_is_its_country() -> None:
    evs = run("استقبل الأمير خالد بن سلمان في مكتبه اليوم وفدا برلمانيا بولنديا.", [KHALID])
    ev = one(evs, "CONSULT")
    assert ev.source == ["خالد بن سلمان"] and ev.target == ["بولندا"]


def test_a_minister_of_a_republic_after_a_meeting_noun() -> None:
    evs = run("وقال الأمير تركي بن محمد عقب لقائه وزير الزراعة بالجمهورية التونسية إن التعاون يتطور.", [TURKI])
    assert one(evs, "CONSULT").target == ["تونس"]


def test_a_visited_capital_told_by_its_nisba() -> None:
    evs = run("زار الوزير أحمد الخطيب العاصمة الماليزية أمس.", [KHATIB])
    assert one(evs, "CONSULT").target == ["ماليزيا"]


def test_an_ambassador_before_lada_is_the_guest() -> None:
    evs = run("استقبل الأمير خالد بن سلمان في مكتبه سفير البرتغال لدى المملكة.", [KHALID])
    assert one(evs, "CONSULT").target == ["البرتغال"]


def test_the_sources_own_country_is_no_guest() -> None:
    evs = run("التقى السفير الأردني علي العايد في مكتبه المسؤولين الأردنيين في الجالية.", [AYED])
    assert "الأردن" not in one(evs, "CONSULT").target


def test_a_topic_nisba_is_no_guest() -> None:
    evs = run("بحث الوزير سعيد المري العلاقات السعودية الفرنسية.", [MARRI])
    assert all(ev.target != ["فرنسا"] for ev in evs)


def test_the_host_country_of_talks_is_their_other_party() -> None:
    evs = run("وأجرى الوزير أحمد الخطيب محادثات في القاهرة أمس.", [KHATIB, ("القاهرة", "القاهرة", "LOC")])
    assert one(evs, "CONSULT").target == ["مصر"]


def test_talks_at_home_have_no_host_party() -> None:
    evs = run("وأجرى وزير الخارجية اللبناني أحمد الخطيب محادثات في بيروت أمس.",
              [KHATIB, ("اللبناني", "لبنان", "LOC"), ("بيروت", "بيروت", "LOC")])
    assert one(evs, "CONSULT").target == []


def test_a_place_that_may_be_a_country_or_a_town_names_no_host() -> None:
    evs = run("وأجرى الوزير أحمد الخطيب محادثات في عمان أمس.", [KHATIB, ("عمان", "عمان", "LOC")])
    assert one(evs, "CONSULT").target == []


def test_where_two_named_parties_met_is_no_party() -> None:
    evs = run("وقال الوزير أحمد الخطيب إنه تحدث مع الرئيس خالد بن سلمان خلال لقائهما الشهر الماضي في القاهرة.",
              [KHATIB, KHALID, ("القاهرة", "القاهرة", "LOC")])
    assert all("مصر" not in ev.target for ev in evs if ev.type == "CONSULT")


def test_a_place_read_in_the_sources_name_is_no_host() -> None:
    evs = run_article("عقدت اللجنة الوطنية للحج والعمرة اجتماعًا عاجلاً يوم أمس، بعد إعلان وزارة الحج.", "2015-08-10")
    assert all("اليمن" not in ev.target for ev in evs if ev.type == "CONSULT")


def test_a_neutral_venue_of_talks_told_apart_is_no_party() -> None:
    evs = run_article("أعلنت الأمم المتحدة، أنها ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين في جنيف.",
                      "2015-08-03")
    assert all("سويسرا" not in ev.target for ev in evs if ev.type == "CONSULT")


def test_a_place_named_before_a_visit_is_its_host() -> None:
    evs = run("وستقام مراسم رفع العلم في القاهرة خلال زيارة للوزير أحمد الخطيب.",
              [KHATIB, ("القاهرة", "القاهرة", "LOC")])
    assert one(evs, "CONSULT").target == ["مصر"]


def test_a_governor_titled_by_his_city_meets_no_host_there() -> None:
    evs = run_article("وناقش الأمير مشعل بن ماجد بن عبد العزيز محافظ جدة رئيس اللجنة العليا لمعرض جدة الدولي للكتاب "
                      "خلال اجتماعه الأول باللجنة اليوم الموضوعات المطروحة على جدول الأعمال.", "2015-08-04")
    assert one(evs, "CONSULT").target == []


def test_a_local_committee_meets_no_host_in_its_own_city() -> None:
    evs = run_article("وعقدت اللجنة المحلية للانتخابات البلدية بمحافظة الطائف اجتماعا جمعت كافة الأعضاء برئاسة أمين "
                      "الطائف رئيس اللجنة المهندس محمد المخرج، لمتابعة التحضيرات.", "2015-08-04")
    ev = one(evs, "CONSULT")
    assert ev.source and ev.target == []


def test_a_visitor_met_in_a_foreign_capital_keeps_his_host() -> None:
    evs = run_article("التقى وزير الخارجية الأمريكي جون كيري في القاهرة أمس.", "2015-08-04")
    assert one(evs, "CONSULT").target == ["مصر"]

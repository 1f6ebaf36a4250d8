"""Armed groups announcing their deeds in 2024-style news: the country of a site or craft hit told by its
nisba («استهداف دبابة إسرائيلية»), the announcer past an apposition («كتائب القسام، الجناح العسكري لحركة
حماس، …»), the announcer's own fighters («أن مقاتليها خاضوا …») and a wing's party beside it."""

from marsad.extract.events_eval import run_article


def _first(text: str, kind: str) -> tuple[list[str], list[str]]:
    evs = [e for e in run_article(text, "2024-12-07") if e.type == kind]
    assert evs, text
    return evs[0].source, evs[0].target


def test_nisba_of_a_tank_is_the_target() -> None:
    source, target = _first("أعلنت كتائب القسام استهداف دبابة إسرائيلية في حي الشجاعية.", "ASSAULT")
    assert source == ["كتائب القسام", "حماس"] and target == ["إسرائيل"]


def test_nisba_past_describing_words_and_in_the_accusative() -> None:
    assert _first("أعلن الحوثيون استهداف سفن شحن إسرائيلية في البحر الأحمر.", "ASSAULT")[1] == ["إسرائيل"]
    assert _first("أعلنت كتائب القسام تفجير آلية عسكرية إسرائيلية في رفح.", "ASSAULT")[1] == ["إسرائيل"]
    source, target = _first("أعلن حزب الله استهداف موقعا إسرائيليا في مزارع شبعا.", "ASSAULT")
    assert source == ["حزب الله"] and target == ["إسرائيل"]


def test_a_countrys_base_targeted_is_an_attack() -> None:
    source, target = _first("وقالت كتائب حزب الله إنها استهدفت قاعدة أمريكية في الأردن.", "ASSAULT")
    assert source == ["كتائب حزب الله"] and target == ["الولايات المتحدة"]


def test_aimed_at_schools_is_no_attack() -> None:
    assert not [e for e in run_article("تستهدف الحملة مدارس حكومية في الرياض.", "2024-12-07")
                if e.type == "ASSAULT"]


def test_apposition_does_not_cut_the_announcer_off() -> None:
    text = "أعلنت كتائب القسام، الجناح العسكري لحركة حماس، استهداف دبابة إسرائيلية في حي الشجاعية."
    assert _first(text, "ASSAULT") == (["كتائب القسام", "حماس"], ["إسرائيل"])

    text = "أعلنت كتائب القسام، الجناح العسكري لحركة حماس، أمس الأحد، استهداف دبابة إسرائيلية في حي الشجاعية."
    assert _first(text, "ASSAULT") == (["كتائب القسام", "حماس"], ["إسرائيل"])  # a date aside after the apposition


def test_party_told_in_the_apposition_stands_beside_the_wing() -> None:
    text = "وقالت كتائب حزب الله، التابعة للحشد الشعبي، إنها استهدفت قاعدة أمريكية في الأردن."
    assert _first(text, "ASSAULT")[0] == ["كتائب حزب الله", "الحشد الشعبي"]


def test_own_fighters_fight_for_the_announcer() -> None:
    text = ("وأعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، أن مقاتليها خاضوا اشتباكات عنيفة "
            "مع قوات الاحتلال في محور نتساريم.")
    assert _first(text, "FIGHT") == (["سرايا القدس", "الجهاد الإسلامي"], ["إسرائيل"])


def test_own_mujahideen_did_the_deed() -> None:
    text = "وقالت سرايا القدس إن مجاهديها فجروا عبوة ناسفة بآلية إسرائيلية في محور نتساريم."
    assert _first(text, "ASSAULT")[0] == ["سرايا القدس", "الجهاد الإسلامي"]


def test_a_reporter_of_others_fight_is_no_party() -> None:
    evs = [e for e in run_article("وقالت الشرطة إن مسلحين خاضوا اشتباكات مع دورية أمنية في العريش.", "2024-12-07")
           if e.type == "FIGHT"]
    assert all("الشرطة" not in e.source for e in evs)


def test_nisba_of_soldiers_hit_is_the_target_not_the_doer() -> None:
    text = "أعلنت كتائب القسام استهداف جنود إسرائيليين في حي الشجاعية."
    assert _first(text, "ASSAULT") == (["كتائب القسام", "حماس"], ["إسرائيل"])
    text = "أعلنت كتائب القسام استهداف قوة إسرائيلية في حي الشجاعية."
    assert _first(text, "ASSAULT") == (["كتائب القسام", "حماس"], ["إسرائيل"])


def test_far_attack_on_a_named_party_is_not_merged_into_an_unnamed_one() -> None:
    filler = "وتقع البلدة في منطقة جبلية ويعمل أغلب سكانها في الزراعة وتربية المواشي منذ عقود طويلة. " * 22
    text = ("وأسفرت ضربة جوية عن مقتل ثلاثة عناصر في بلدة حضر. " + filler
            + "وتنوعت العمليات بين استهداف مدرعة إسرائيلية بعبوة ناسفة وإطلاق قذائف.")
    evs = [e for e in run_article(text, "2015-08-03") if e.type == "ASSAULT"]
    assert [e.target for e in evs] == [["ثلاثة عناصر"], ["إسرائيل"]]


def test_islamic_resistance_in_iraq_is_a_party() -> None:
    text = "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة أمريكية في سوريا بطائرة مسيرة."
    assert _first(text, "ASSAULT") == (["المقاومة الإسلامية في العراق"], ["الولايات المتحدة"])
    text = "وأعلنت المقاومة الإسلامية في لبنان استهداف دبابة إسرائيلية في بلدة مارون الراس."
    assert _first(text, "ASSAULT") == (["المقاومة الإسلامية في لبنان", "حزب الله"], ["إسرائيل"])


def test_a_military_spokesman_speaks_for_his_party() -> None:
    # «العسكري» in the title chain; the tagger's «الحوثيين يحيى» is the body, then the spokesman's name
    text = "أعلن المتحدث العسكري باسم الحوثيين يحيى سريع استهداف سفينة تجارية في خليج عدن."
    assert _first(text, "ASSAULT")[0] == ["الحوثي", "يحيى سريع"]
    text = "أعلن المتحدث العسكري باسم الجيش اليمني استهداف مواقع للحوثيين."
    assert _first(text, "ASSAULT") == (["اليمن", "الجيش اليمني"], ["الحوثي"])


def test_a_counted_or_dual_craft_hit_names_its_country() -> None:
    source, target = _first("أعلنت كتائب القسام استهداف 3 آليات إسرائيلية في غزة.", "ASSAULT")
    assert source == ["كتائب القسام", "حماس"] and target == ["إسرائيل"]
    assert _first("أعلن حزب الله استهداف ٣ آليات إسرائيلية في الجليل.", "ASSAULT")[1] == ["إسرائيل"]
    assert _first("أعلن الحوثيون استهداف سفينتين أمريكيتين في البحر الأحمر.", "ASSAULT") == (
        ["الحوثي"], ["الولايات المتحدة"])
    assert _first("أعلنت كتائب القسام استهداف دبابتين إسرائيليتين في غزة.", "ASSAULT")[1] == ["إسرائيل"]


def test_the_wing_by_its_short_name_in_a_story_on_palestine() -> None:
    source, target = _first("أعلنت القسام استهداف دبابة إسرائيلية في غزة.", "ASSAULT")
    assert source == ["كتائب القسام", "حماس"] and target == ["إسرائيل"]

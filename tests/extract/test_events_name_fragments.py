"""Actor names and places that are a fragment or a common word (`events_name_fragments`, topic «names»): the letters
of an outlet's acronym («سي» of «سي إن إن»), a number word («ستون»), «صالح» read from «لصالح» + a definite
noun, a lone «ذوو» that takes its genitive, a surname in ـي after «با» that is no glued masdar
(«بارزاني»), and places that are common nouns («المشهد»), a bare «ريف», «فاس» read from «بفأس» and a
place run on into a group's name («عسير داعش»)."""

from __future__ import annotations

from event_cases import names, one, run

from marsad.extract.events_eval import run_article
from marsad.extract.events_name_fragments import held_by_other
from marsad.extract.events_names import name_tail_cut

BRITISH = ("البريطانية", "بريطانيا", "LOC")
SAUDI_KING = ("خادم الحرمين الشريفين", "السعودية", "LOC")


def test_outlet_letters_are_no_party() -> None:
    evs = run("وانتقدت شبكة سي إن إن الحكومة البريطانية أمس.", [("سي", "سي", "ORG"), BRITISH])
    assert all("سي" not in names(e) for e in evs)


def test_acronym_of_three_letters_stays() -> None:
    text = "واتهم حزب بي كي كي الحكومة التركية بدعم المتطرفين."
    ev = one(run(text, [("بي كي كي", "بي كي كي", "ORG"), ("التركية", "تركيا", "LOC")]), "DISAPPROVE")
    assert "بي كي كي" in ev.source


def test_number_word_is_no_party() -> None:
    evs = run_article("وخطف مسلحو داعش أمس ستون مسيحيا من بلدة في حمص.", "2015-07-20")
    ev = one(evs, "ASSAULT")
    assert "ستون" not in names(ev) and "داعش" in ev.source


def test_in_favour_of_is_not_saleh() -> None:
    text = "وحسم الجيش المعركة لصالح الشعب اليمني بعد أن هاجم الحوثيين."
    evs = run(text, [("صالح", "صالح", "PER"), ("الحوثيين", "الحوثي", "ORG")])
    assert all("صالح" not in names(e) for e in evs)


def test_saleh_after_loyal_stays() -> None:
    text = "وهاجمت القوات الموالية لصالح مدينة تعز أمس."
    evs = run(text, [("صالح", "صالح", "PER"), ("تعز", "تعز", "LOC")])
    assert any("صالح" in " ".join(names(e)) for e in evs)


def test_kin_head_takes_its_genitive() -> None:
    evs = run("وأعرب ذوو الشهداء عن شكرهم لخادم الحرمين الشريفين.", [("ذوو", "ذوو", "PER"), SAUDI_KING])
    assert one(evs, "SUPPORT").source == ["ذوو الشهداء"]


def test_surname_in_ya_after_ba_is_kept() -> None:
    assert name_tail_cut(["مسعود", "بارزاني"]) == ["مسعود", "بارزاني"]
    assert name_tail_cut(["سامر", "بإصدار"]) == ["سامر"]


def test_barzani_whole_as_actor() -> None:
    evs = run_article("وانتقد رئيس إقليم كردستان مسعود بارزاني الحكومة العراقية أمس.", "2015-07-20")
    assert one(evs, "DISAPPROVE").source == ["مسعود بارزاني"]


def test_axe_is_not_fez() -> None:
    evs = run_article("وقتل المتهم جاره بفأس بعد خلاف على أرض زراعية في جازان.", "2015-07-20")
    assert all(e.location != "فاس" for e in evs)


def test_countryside_takes_its_name() -> None:
    evs = run_article("ودارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف درعا أمس.", "2015-07-20")
    assert one(evs, "FIGHT").location == "ريف درعا"


def test_common_nouns_and_group_tails_are_no_place() -> None:
    from marsad.extract.events_name_fragments import fixed_place

    span = "وقال إن الهجوم في عسير داعش يعكس المشهد الجديد"
    assert fixed_place("المشهد", span, span) is None
    assert fixed_place("عسير داعش", span, span) == "عسير"
    assert fixed_place("جازان", span, span) == "جازان"


def test_agreement_is_no_club() -> None:
    evs = run("وانتقد السيناتور جون ماكين الاتفاق في مقابلة تلفزيونية.",
              [("الاتفاق", "الاتفاق", "ORG"), ("جون ماكين", "جون ماكين", "PER")])
    assert all("الاتفاق" not in names(e) for e in evs)


def test_cut_place_takes_its_whole_name() -> None:
    from marsad.extract.events_name_fragments import fixed_place

    span = "ورد بلاغ لشرطة محافظة خميس مشيط بعد إطلاق نار في قرية نائية"
    assert fixed_place("مشيط", span, span) == "خميس مشيط"


def test_place_without_glued_and() -> None:
    evs = run_article("وتحاصر فصائل جيش الفتح بلدتي الفوعة وكفريا بشكل كامل منذ مارس.", "2015-07-20")
    ev = one(evs, "COERCE")
    assert ev.location == "كفريا" and "كفريا" in ev.target


def test_presentation_forms_and_tatweel_are_plain() -> None:
    evs = run("واســـتهجنت الحكـــومـــة في بيان أمس اقتحام المستوطنين للمسجد.",
              [("الحكـــومـــة", "الحكـــومـــة", "ORG")])
    assert one(evs, "DISAPPROVE").source == ["الحكومة"]


def test_boko_haram_whole() -> None:
    evs = run_article("وأعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم على القرية.", "2015-07-20")
    assert one(evs, "ASSAULT").source == ["بوكو حرام"]


def test_cut_acronym_but_not_bp() -> None:
    from marsad.extract.events_name_fragments import fixed_name

    assert fixed_name("بي بي", "وقال مراسل هيئة الإذاعة البريطانية (بي بي سي) إن") == ""
    assert fixed_name("بي بي", "ووقعت شركة بي بي البريطانية اتفاقا مع مصر") == "بي بي"


def test_piece_of_a_longer_name_goes() -> None:
    from marsad.extract.events_name_fragments import held_by_other

    assert held_by_other("الخليج", ["مجلس التعاون الخليجي", "الخليج"])
    assert held_by_other("الكردستاني", ["حزب العمال الكردستاني", "الكردستاني"])
    assert not held_by_other("الحوثي", ["ميليشيات الحوثي", "الحوثي"])


def test_adjective_before_owned_noun_is_no_person() -> None:
    from marsad.extract.events_name_fragments import fixed_name

    assert fixed_name("نبيل", "مثمنا لكم دعمكم ونبيل مواقفكم مع الشعب") == ""
    assert fixed_name("نبيل", "واستقبل الوزير نبيل العربي في مكتبه") == "نبيل"


def test_a_party_named_beside_a_count_of_its_men_keeps_its_name() -> None:
    assert not held_by_other("البيشمركة", ["البيشمركة", "18 من عناصر البيشمركة"])
    assert held_by_other("الخليج", ["الخليج", "مجلس التعاون الخليجي"])

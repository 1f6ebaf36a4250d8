"""PLOVER events from Arabic sentences, with hand-built entities (tables of sentence → event)."""

from __future__ import annotations

from datetime import date

import pytest
from event_cases import (
    BOGDANOV,
    DARAA,
    HAMAS,
    HEZBOLLAH,
    HOUTHI,
    IRAQ,
    IRAQI,
    ISIS,
    ISIS_TANZIM,
    KASSERINE,
    PKK,
    REGIME,
    RUSSIAN,
    SALEM,
    SHABAAB,
    TUNISIAN_FORCES,
    TURKISH_DEF,
    US,
    YPG,
    Spec,
    one,
    run,
)

from marsad.extract.events import extract_events, readings, sentences
from marsad.model import Quote

# sentence, entities, type, source, target, location, negated, hedged
CASES: list[tuple[str, list[Spec], str, list[str], list[str], str | None, bool, bool]] = [
    ("بحث وفد من حركة حماس مع نائب وزير الخارجية الروسي ميخائيل بوغدانوف سبل التهدئة.",
     [HAMAS, RUSSIAN, BOGDANOV], "CONSULT", ["حماس"], ["ميخائيل بوغدانوف"], None, False, False),
    ("فرضت الولايات المتحدة عقوبات جديدة على روسيا.",
     [("الولايات المتحدة", "الولايات المتحدة", "LOC"), ("روسيا", "روسيا", "LOC")],
     "SANCTION", ["الولايات المتحدة"], ["روسيا"], None, False, False),
    ("فرضت إسرائيل حصارا خانقا على غزة.", [("إسرائيل", "إسرائيل", "LOC"), ("غزة", "غزة", "LOC")],
     "COERCE", ["إسرائيل"], ["غزة"], None, False, False),
    ("اعتقلت الشرطة التركية عشرين شخصا في مدينة إسطنبول.",
     [("التركية", "تركيا", "LOC"), ("إسطنبول", "إسطنبول", "LOC")],
     "COERCE", ["تركيا"], ["عشرين شخصا"], "إسطنبول", False, False),
    ("لم توافق حماس على المقترح.", [HAMAS], "AGREE", ["حماس"], [], None, True, False),
    ("ورفضت حماس المقترح الإسرائيلي.", [HAMAS, ("الإسرائيلي", "إسرائيل", "LOC")],
     "REJECT", ["حماس"], ["إسرائيل"], None, False, False),
    ("وأكد بنيامين نتنياهو أنه لن يوقف الحرب.", [("بنيامين نتنياهو", "بنيامين نتنياهو", "PER")],
     "REJECT", ["بنيامين نتنياهو"], [], None, False, False),
    ("قد تتنازل حماس عن بعض شروطها.", [HAMAS], "CONCEDE", ["حماس"], [], None, False, True),
    ("وأفادت المصادر بأن حماس مستعدة للتنازل عن بعض شروطها.", [HAMAS],
     "CONCEDE", ["حماس"], [], None, False, True),
    ("استهدف هجوم آخر بسيارة مفخخة حاجزا امنيا في جنوب مدينة كوباني.", [("كوباني", "كوباني", "LOC")],
     "ASSAULT", [], [], "كوباني", False, False),
    ("وأسفر هجوم حماس في السابع من أكتوبر عن مقتل المئات.", [HAMAS], "ASSAULT", ["حماس"], [], None, False, False),
    ("تستهدف جماعة الحوثي اليمنية سفن شحن إسرائيلية في البحر الأحمر.",
     [("جماعة الحوثي", "الحوثي", "ORG"), ("اليمنية", "اليمن", "LOC"), ("إسرائيلية", "إسرائيل", "LOC"),
      ("البحر الأحمر", "البحر الأحمر", "LOC")],
     "ASSAULT", ["الحوثي"], ["إسرائيل"], "البحر الأحمر", False, False),
    ("تظاهر آلاف الأشخاص في باريس احتجاجا على القانون الجديد.", [("باريس", "باريس", "LOC")],
     "PROTEST", [], [], "باريس", False, False),
    ("أدانت السعودية بشدة الهجوم الإرهابي.", [("السعودية", "السعودية", "LOC")],
     "DISAPPROVE", ["السعودية"], [], None, False, False),
    ("ودعا بوغدانوف إلى وقف فوري لإطلاق النار.", [("بوغدانوف", "ميخائيل بوغدانوف", "PER")],
     "DEMAND", ["ميخائيل بوغدانوف"], [], None, False, False),
    ("قدمت الإمارات مساعدات إنسانية إلى اليمن.", [("الإمارات", "الإمارات", "LOC"), ("اليمن", "اليمن", "LOC")],
     "AID", ["الإمارات"], ["اليمن"], None, False, False),
    ("انسحبت القوات الإسرائيلية من مدينة جنين.", [("الإسرائيلية", "إسرائيل", "LOC"), ("جنين", "جنين", "LOC")],
     "RETREAT", ["إسرائيل"], [], "جنين", False, False),  # where it withdrew from
    ("وأفرجت السلطات المصرية عن عشرات المعتقلين.", [("المصرية", "مصر", "LOC")],
     "RETREAT", ["مصر"], [], None, False, False),
    ("فتحت النيابة العامة تحقيقا في الحادث.", [], "INVESTIGATE", ["النيابة العامة"], [], None, False, False),
    ("هدد الحوثيون باستهداف السفن في البحر الأحمر.", [("الحوثيون", "الحوثي", "ORG")],
     "THREATEN", ["الحوثي"], [], None, False, False),
    ("أشاد الرئيس المصري بجهود قطر.", [("الرئيس المصري", "مصر", "LOC"), ("قطر", "قطر", "LOC")],
     "SUPPORT", ["مصر"], ["قطر"], None, False, False),
    ("اندلعت اشتباكات عنيفة بين الجيش السوري وتنظيم داعش في مدينة حلب.",
     [("السوري", "سوريا", "LOC"), ("داعش", "داعش", "ORG"), ("حلب", "حلب", "LOC")],
     "FIGHT", ["سوريا"], ["داعش"], "حلب", False, False),
    ("حشدت روسيا قواتها على الحدود مع أوكرانيا.", [("روسيا", "روسيا", "LOC"), ("أوكرانيا", "أوكرانيا", "LOC")],
     "MOBILIZE", ["روسيا"], ["أوكرانيا"], None, False, False),
    ("وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي.",
     [("السعودية", "السعودية", "LOC"), ("الإمارات", "الإمارات", "LOC")],
     "AGREE", ["السعودية", "الإمارات"], [], None, False, False),
    ("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن في الرياض.",
     [("وزير الخارجية السعودي", "السعودية", "LOC"), ("فيصل بن فرحان", "فيصل بن فرحان", "PER"),
      ("الأمريكي", "الولايات المتحدة", "LOC"), ("أنتوني بلينكن", "أنتوني بلينكن", "PER"), ("الرياض", "الرياض", "LOC")],
     "CONSULT", ["فيصل بن فرحان"], ["أنتوني بلينكن"], "الرياض", False, False),
    ("وقطعت البحرين علاقاتها الدبلوماسية مع إيران.", [("البحرين", "البحرين", "LOC"), ("إيران", "إيران", "LOC")],
     "SANCTION", ["البحرين"], ["إيران"], None, False, False),
    # group actors the entity layer does not name come from lang/ar/event_actors.tsv
    ("ألقت الشرطة القبض على ثلاثة متهمين بسرقة المتجر.", [], "COERCE", ["الشرطة"], ["ثلاثة متهمين"], None, False,
     False),
]


@pytest.mark.parametrize(("text", "specs", "typ", "src", "tgt", "loc", "neg", "hedged"), CASES)
def test_sentence(text: str, specs: list[Spec], typ: str, src: list[str], tgt: list[str], loc: str | None,
                  neg: bool, hedged: bool) -> None:
    ev = one(run(text, specs), typ)
    assert ev.source == src
    assert ev.target == tgt
    assert ev.location == loc
    assert ev.negated is neg
    assert ev.hedged is hedged
    assert (ev.start, ev.end) == (0, len(text))


def test_topic_of_a_condemnation_is_no_event() -> None:
    evs = run("أدانت السعودية بشدة الهجوم الإرهابي.", [("السعودية", "السعودية", "LOC")])
    assert [e.type for e in evs] == ["DISAPPROVE"]


def test_ceasefire_is_no_assault() -> None:
    assert run("ناقش الجانبان سبل الوصول إلى وقف إطلاق نار دائم.", []) == [] or all(
        e.type != "ASSAULT" for e in run("ناقش الجانبان سبل الوصول إلى وقف إطلاق نار دائم.", []))


def test_dawn_is_no_bombing() -> None:
    text = "اعتقلت قوات الاحتلال فجر اليوم عشرة فلسطينيين."
    evs = run(text, [], ref=date(2024, 12, 7))
    assert [e.type for e in evs] == ["COERCE"]
    assert evs[0].date == "2024-12-07"


def test_date_of_the_sentence_not_publication() -> None:
    text = "وفي الخميس الماضي، أعلنت حماس موافقتها على مقترح مصري. ورفضت إسرائيل المقترح."
    evs = run(text, [HAMAS, ("مصري", "مصر", "LOC"), ("إسرائيل", "إسرائيل", "LOC")], ref=date(2024, 12, 7))
    agree = one(evs, "AGREE")
    assert agree.source == ["حماس"] and agree.date == "2024-12-05"
    assert one(evs, "REJECT").date is None


def test_continuation_sets_place() -> None:
    text = ("بحث وفد من حركة حماس مع ميخائيل بوغدانوف أمس الجمعة سبل التهدئة في قطاع غزة.\n"
            "وجاء ذلك خلال لقاء جمع الوفد مع بوغدانوف في العاصمة القطرية الدوحة.")
    specs = [HAMAS, BOGDANOV, ("بوغدانوف", "ميخائيل بوغدانوف", "PER"), ("قطاع غزة", "غزة", "LOC"),
             ("القطرية", "قطر", "LOC"), ("الدوحة", "الدوحة", "LOC")]
    evs = run(text, specs, ref=date(2024, 12, 7))
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.source, ev.target, ev.location, ev.date) == (
        "CONSULT", ["حماس"], ["ميخائيل بوغدانوف"], "الدوحة", "2024-12-06")


def test_between_gives_both_parties() -> None:
    text = "وقالت مصادر إن مفاوضات وقف إطلاق النار بين إسرائيل وحماس تتقدم."
    ev = one(run(text, [("إسرائيل", "إسرائيل", "LOC"), HAMAS]), "CONSULT")
    assert ev.source + ev.target == ["إسرائيل", "حماس"]


def test_quote_claim_and_first_person() -> None:
    text = 'وقال نتنياهو: "لن نسمح لحماس بالعودة إلى غزة".'
    q0 = text.index('"') + 1
    quotes = [Quote(text[q0:text.rindex('"')], "بنيامين نتنياهو", q0, text.rindex('"'))]
    ev = one(run(text, [("نتنياهو", "بنيامين نتنياهو", "PER"), HAMAS], quotes=quotes), "REJECT")
    assert ev.claimed_by == "بنيامين نتنياهو"
    assert ev.negated is False


def test_attribution_gives_the_agent() -> None:
    text = "شهدت تركيا أمس هجوما انتحاريا في مدينة سوروتش، نسبته الحكومة الى تنظيم داعش."
    ev = one(run(text, [("تركيا", "تركيا", "LOC"), ("سوروتش", "سوروتش", "LOC"), ("داعش", "داعش", "ORG")]),
             "ASSAULT")
    assert ev.source == ["داعش"] and ev.location == "سوروتش"


def test_anaphor_stands_for_the_organisation() -> None:
    text = "أعلنت حركة حماس موقفها. وتناول وفد الحركة خلال لقائه مع بوغدانوف الأوضاع."
    ev = one(run(text, [("حركة حماس", "حماس", "ORG"), ("بوغدانوف", "ميخائيل بوغدانوف", "PER")]), "CONSULT")
    assert ev.source == ["حماس"] and ev.target == ["ميخائيل بوغدانوف"]


def test_unnamed_agent_keeps_event() -> None:
    evs = run("قتل أكثر من عشرين شخصا في قصف على مدينة حلب.", [("حلب", "حلب", "LOC")])
    ev = one(evs, "ASSAULT")
    assert ev.source == []


def test_readings() -> None:
    assert "وافق" in readings("ووافق")
    assert "موافقه" in readings("موافقتها")
    assert "زار" not in readings("وزاره", True)
    assert "حث" not in readings("بحث")
    assert "يلتقي" in readings("سيلتقي")


def test_sentences() -> None:
    text = "جملة أولى بنسبة 1.5 بالمئة. جملة ثانية؟\nسطر ثالث"
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == ["جملة أولى بنسبة 1.5 بالمئة.", "جملة ثانية؟", "سطر ثالث"]


def test_empty() -> None:
    assert extract_events("", [], []) == []
    assert extract_events("لا شيء هنا.", [], []) == []


def test_verbal_type_needs_a_source() -> None:
    assert not [e for e in run("ودعا إلى وقف القتال في المدينة.", []) if e.type == "DEMAND"]


def test_outlet_is_never_an_actor() -> None:
    text = "وقال المصدر لرويترز طالبا عدم الكشف عن اسمه إن الخلية جديدة."
    assert not [e for e in run(text, [("رويترز", "رويترز", "ORG")]) if "رويترز" in e.source + e.target]


def test_relative_clause_verb_has_the_antecedent_as_subject() -> None:
    text = "اتهمت وحدات حماية الشعب، التي تقاتل تنظيم داعش في سوريا، تركيا باستهدافها."
    ev = one(run(text, [YPG, ISIS_TANZIM, ("سوريا", "سوريا", "LOC"), ("تركيا", "تركيا", "LOC")]), "FIGHT")
    assert ev.source == ["وحدات حماية الشعب"] and ev.target == ["داعش"]


def test_received_call_has_the_caller_as_source() -> None:
    text = "تلقى الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس اليمني عبد ربه منصور هادي."
    specs = [("محمد بن سلمان", "محمد بن سلمان", "PER"), ("اليمني", "اليمن", "LOC"),
             ("عبد ربه منصور هادي", "عبد ربه منصور هادي", "PER")]
    ev = one(run(text, specs), "CONSULT")
    assert ev.source == ["عبد ربه منصور هادي"] and ev.target == ["محمد بن سلمان"]


def test_definite_noun_is_not_a_verb() -> None:
    evs = run("وأدانت رئاسة كردستان القصف.", [("كردستان", "كردستان", "LOC")])
    assert [e.type for e in evs] == ["DISAPPROVE"] and evs[0].source == ["كردستان"]


def test_city_is_not_a_source() -> None:
    text = "وقال مدير شرطة محافظة العاصمة المنامة إن عملا إرهابيا استهدف دورية أمنية."
    ev = one(run(text, [("المنامة", "المنامة", "LOC")]), "ASSAULT")
    assert ev.source == []


def test_same_deed_told_twice_is_one_event() -> None:
    text = "ووقع انفجار عنيف في السوق. وقال شاهد إن انفجارا هز السوق صباحا."
    assert len([e for e in run(text, []) if e.type == "ASSAULT"]) == 1


def test_pronoun_subject_after_complementizer() -> None:
    text = "وفيما أدانت رئاسة كردستان القصف، فإنها دعت حزب العمال الكردستاني إلى الانسحاب."
    ev = one(run(text, [("كردستان", "كردستان", "LOC"), ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")]),
             "DEMAND")
    assert ev.source == ["كردستان"] and ev.target == ["حزب العمال الكردستاني"]


def test_recalling_own_ambassador_is_a_sanction() -> None:
    text = "قامت الخارجية البحرينية باستدعاء سفيرها لدى إيران للتشاور."
    ev = one(run(text, [("البحرينية", "البحرين", "LOC"), ("إيران", "إيران", "LOC")]), "SANCTION")
    assert ev.source == ["البحرين"] and ev.target == ["إيران"]
    assert not [e for e in run("استدعت مصر السفير الإسرائيلي.", [("مصر", "مصر", "LOC"), ("الإسرائيلي", "إسرائيل", "LOC")])
                if e.type == "SANCTION"]


def test_blacklisting_is_a_sanction() -> None:
    text = "أدرجت الولايات المتحدة على قائمتها السوداء شبكة دولية."
    ev = one(run(text, [("الولايات المتحدة", "الولايات المتحدة", "LOC")]), "SANCTION")
    assert ev.source == ["الولايات المتحدة"]


def test_what_a_measure_targets_is_no_attack() -> None:
    text = "وقالت وزارة الخزانة إن العقوبات الجديدة تستهدف أربعة أفراد وسبع شركات."
    assert not [e for e in run(text, [("وزارة الخزانة", "وزارة الخزانة", "ORG")]) if e.type == "ASSAULT"]
    assert one(run("قالت الشرطة إن المسلحين استهدفوا دورية.", []), "ASSAULT")


def test_verb_conjoined_in_a_relative_clause_tells_no_event() -> None:
    text = "وتؤكد مصر التزامها بالقوانين والأعراف الدولية التي تمنع وترفض كل صور التدخل."
    assert not [e for e in run(text, [("مصر", "مصر", "LOC")]) if e.type == "REJECT"]


def test_following_verb_keeps_the_previous_subject() -> None:
    text = "أدان الرئيس محمد علي الهجوم الإرهابي. وأشاد بجهود الحكومة المصرية في مكافحة الإرهاب."
    ev = one(run(text, [("محمد علي", "محمد علي", "PER"), ("المصرية", "مصر", "LOC")]), "SUPPORT")
    assert ev.source == ["محمد علي"] and ev.target == ["مصر"]


def test_qad_before_a_past_verb_asserts_and_hedges_no_nominal_deed() -> None:
    text = "وقد أعلنت الشرطة التركية اعتقال خمسة أشخاص في مدينة إسطنبول."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), ("إسطنبول", "إسطنبول", "LOC")]), "COERCE")
    assert not ev.hedged
    ev = one(run("وقد تعلن الشرطة اعتقال خمسة أشخاص.", []), "COERCE")
    assert ev.hedged


def test_abduction_named_again_by_its_noun_is_one_event() -> None:
    text = ("خطفت حركة الشباب صحفيا في مدينة القصرين. "
            "وقالت مصادر محلية إن الصحفي نقل إلى مكان مجهول. "
            "وأثار اختطاف سالم الحربي غضبا واسعا في الأوساط الصحفية.")
    evs = [e for e in run(text, [SALEM, KASSERINE, SHABAAB]) if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert (evs[0].source, evs[0].target, evs[0].location) == (["الشباب"], ["سالم الحربي"], "القصرين")


def test_attack_named_again_with_another_doer_stays_two() -> None:
    text = ("شنت قوات النظام غارات على مدينة درعا. "
            "وأعلن حزب الله مسؤوليته عن الهجوم على بلدة الزبداني.")
    evs = [e for e in run(text, [REGIME, HEZBOLLAH, DARAA, ("الزبداني", "الزبداني", "LOC")])
           if e.type == "ASSAULT"]
    assert len(evs) == 2


def test_attacks_of_a_kind_do_not_name_the_attack_told() -> None:
    text = ("هاجم مسلحون حاجزا للجيش في مدينة القصرين. "
            "وتتكرر الهجمات على قوات الأمن التونسية منذ سنوات.")
    evs = [e for e in run(text, [KASSERINE, ("قوات الأمن التونسية", "تونس", "LOC")]) if e.type == "ASSAULT"]
    assert len(evs) == 2


def test_a_town_then_its_province_is_one_place() -> None:
    text = ("اعتقلت القوات التونسية 13 مسلحا في سجنان التابعة لمحافظة بنزرت. "
            "وكانت القوات التونسية قد اعتقلت المسلحين في بنزرت بعد معلومات استخباراتية.")
    specs = [TUNISIAN_FORCES, ("سجنان", "سجنان", "LOC"), ("بنزرت", "بنزرت", "LOC")]
    evs = [e for e in run(text, specs) if e.type == "COERCE"]
    assert len(evs) == 1
    assert evs[0].location == "سجنان"


def test_the_announcement_date_is_not_the_deed_date() -> None:
    text = "أعلنت الشرطة التركية يوم الجمعة أنها اعتقلت رجلا في إسطنبول."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), ("إسطنبول", "إسطنبول", "LOC")], ref=date(2015, 7, 25)),
             "COERCE")
    assert ev.date is None


@pytest.mark.parametrize(("text", "specs", "typ"), [
    ("وقال مسؤول إن الطائرات الأمريكية من الممكن أن تقصف مواقع الجيش السوري.",
     [("الأمريكية", "الولايات المتحدة", "LOC"), ("السوري", "سوريا", "LOC")], "ASSAULT"),
    ("ويخشى السكان أن تقصف قوات النظام مدينة درعا.", [REGIME, DARAA], "ASSAULT"),
    ("وتعتزم القوات التركية قصف مواقع حزب العمال الكردستاني في العراق.", [TURKISH_DEF, PKK, IRAQ], "ASSAULT"),
    ("ومن المنتظر أن يلتقي سامح شكري نظيره الروسي سيرغي لافروف.",
     [("سامح شكري", "سامح شكري", "PER"), ("الروسي", "روسيا", "LOC"), ("سيرغي لافروف", "سيرغي لافروف", "PER")],
     "CONSULT"),
    ("وقال إن الجماعات الإرهابية تسعى إلى استهداف المدنيين في المنطقة.", [], "ASSAULT"),
])
def test_possible_or_intended_deed_is_hedged(text: str, specs: list[Spec], typ: str) -> None:
    ev = one(run(text, specs), typ)
    assert ev.hedged
    assert ev.mode == "hedged"
    assert not ev.negated


def test_clash_spoken_of_as_possible_is_not_the_clash_told() -> None:
    text = ("اندلعت مواجهات بين قوات النظام وتنظيم داعش في ريف حلب. "
            "وحذر مصدر من إمكانية وقوع المواجهات مع داعش في درعا.")
    evs = [e for e in run(text, [REGIME, ISIS, ("حلب", "حلب", "LOC"), DARAA]) if e.type == "FIGHT"]
    assert not any(e.hedged for e in evs[:1])


@pytest.mark.parametrize(("text", "specs", "typ"), [
    ("وأكد الجيش السوري أنه لم يقم بقصف أي مواقع مدنية في حلب.", [("السوري", "سوريا", "LOC"), ("حلب", "حلب", "LOC")],
     "ASSAULT"),
    ("ولم تتمكن القوات العراقية من اقتحام مدينة الرمادي.", [IRAQI, ("الرمادي", "الرمادي", "LOC")], "COERCE"),
])
def test_negated_light_or_ability_verb_negates_the_deed(text: str, specs: list[Spec], typ: str) -> None:
    ev = one(run(text, specs), typ)
    assert ev.negated


def test_clashes_named_again_with_sides_swapped_are_one_fight() -> None:
    resistance = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
    text = ("اندلعت مواجهات عنيفة بين المقاومة الشعبية والحوثيين في مأرب. "
            "وقال مصدر محلي إن خمسة مسلحين قتلوا. "
            "وأصيب عشرة مدنيين في المواجهات بين الحوثيين والمقاومة الشعبية.")
    evs = [e for e in run(text, [resistance, HOUTHI, ("مأرب", "مأرب", "LOC")]) if e.type == "FIGHT"]
    assert len(evs) == 1
    assert evs[0].location == "مأرب"


def test_retelling_whose_sentence_names_the_doer_is_the_same_deed() -> None:
    text = ("خطفت حركة الشباب الصحفي سالم الحربي في مدينة القصرين. "
            "وقالت مصادر محلية إن الصحفي نقل إلى مكان مجهول. "
            "وأكد ملثم من حركة الشباب أن الحركة «قطعت يد الولايات المتحدة» باختطافها للصحفي.")
    evs = [e for e in run(text, [SALEM, KASSERINE, SHABAAB, US]) if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in evs] == [(["الشباب"], ["سالم الحربي"])]

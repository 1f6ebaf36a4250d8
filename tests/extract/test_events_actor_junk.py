"""Junk actor names and wrong types (`events_actor_junk`): a blessing run on into a name, an honorific with a
pronoun for a name, a particle, a headline's verb, a glued «لـ» person or place, a group's nisba before its
leader, a site visited, a cut title for its holder, a verbal protest, an accident's blast."""

from __future__ import annotations

from event_cases import names, one, run

from marsad.extract.events_actor_junk import (
    blessing_tail,
    claim_speaker,
    compound_first,
    cut_title_words,
    edge_words,
    front_preposition,
    function_word,
    glued_place,
    group_then_person,
    headline_verb,
    honored_person,
    lam_person,
    person_keys,
    person_place,
    site_name,
    speech_participle,
    title_body,
    title_holder,
)
from marsad.model import Entity

SALEM = ("سالم الدوسري", "سالم الدوسري", "PER")
NAYEF = ("نايف بن سعد", "نايف بن سعد", "PER")
KAMAL = ("كمال الراشد", "كمال الراشد", "PER")


def _person(text: str, name: str, canonical: str | None = None) -> Entity:
    """A person entity at the first place `text` writes `name`."""
    at = text.index(name)
    return Entity(name, "PER", canonical or name, at, at + len(name))


def test_the_honorific_is_the_prince_named_before_and_the_blessing_goes() -> None:
    text = ("افتتح صاحب السمو الملكي الأمير نايف بن سعد أمير المنطقة المعرض. وأبدى سموه سعادته بالمعرض، "
            "مشيداً بجهود الأستاذ سالم الدوسري رحمه الله في تأسيسه.")
    ev = one(run(text, [NAYEF, SALEM]), "SUPPORT")
    assert ev.source == ["نايف بن سعد"]
    assert ev.target == ["سالم الدوسري"]


def test_a_blessing_after_a_name_is_cut_off() -> None:
    span = "وأشاد بجهود الشيخ سالم الدوسري رحمه الله في خدمة الحي."
    assert blessing_tail("سالم الدوسري رحمه", span) == "سالم الدوسري"
    assert blessing_tail("سالم الدوسري", span) == "سالم الدوسري"
    assert blessing_tail("حفظه", "حفظه الله") == "حفظه"


def test_an_honorific_no_one_was_called_by_names_no_one() -> None:
    text = "وقال الوزير أمس إن الخطة ماضية. وأكد سموه أهمية الخطة."
    assert honored_person("سموه", text.index("وأكد"), text, [_person(text, "الوزير")]) == ""
    text = "واستقبل معالي الوزير الدكتور فهد الراشد الوفد. وأكد معاليه أهمية الزيارة."
    assert honored_person("معاليه", text.index("وأكد"), text, [_person(text, "فهد الراشد")]) == "فهد الراشد"


def test_a_verbal_protest_by_a_minister_is_criticism() -> None:
    text = "واحتج وزير الخارجية كمال الراشد على تصريحات نظيره."
    evs = run(text, [KAMAL])
    assert not [e for e in evs if e.type == "PROTEST"]
    assert "كمال الراشد" in names(one(evs, "DISAPPROVE"))


def test_a_crowd_that_protests_still_protests() -> None:
    text = "واحتج مئات العمال أمام مقر الشركة على تأخر رواتبهم."
    assert one(run(text, []), "PROTEST")


def test_a_tyre_blast_is_no_attack() -> None:
    text = "وتوفي سائق وأصيب راكبان إثر انقلاب الشاحنة جراء انفجار الإطار الأمامي على طريق الساحل."
    assert not [e for e in run(text, []) if e.type == "ASSAULT"]


def test_a_bomb_blast_stays_an_attack() -> None:
    text = "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة استهدفت دورية للشرطة."
    assert one(run(text, []), "ASSAULT")


def test_particles_and_participles_name_no_one() -> None:
    assert function_word("ما")
    assert function_word("ذلك")
    assert not function_word("ماجد")
    assert speech_participle("موضحا")
    assert speech_participle("مؤكدًا")
    assert not speech_participle("مسلحا")
    assert speech_participle("مختتما حديثه")
    assert not speech_participle("مسلحا مجهولا")


def test_a_preposition_at_an_edge_is_no_part_of_a_name() -> None:
    assert front_preposition("أمام أولاده") == ""
    assert front_preposition("خلال الاجتماع الطارئ") == ""
    assert front_preposition("عقب الأمم المتحدة") == "الأمم المتحدة"
    assert front_preposition("إمام المسجد") == "إمام المسجد"
    assert edge_words("صحافي ال") == "صحافي"
    assert edge_words("مجموعة من") == "مجموعة"
    assert edge_words("أحمد علي") == "أحمد علي"


def test_a_headline_verb_ends_the_name() -> None:
    assert headline_verb("الجبير يلتقي كيري") == "الجبير"
    assert headline_verb("عبدالله بن يحيى") == "عبدالله بن يحيى"


def test_a_glued_person_or_place_ends_the_name() -> None:
    text = "وأكد سامح الشريف ونوري الكاظم دعم الخطة."
    persons = person_keys([_person(text, "سامح الشريف"), _person(text, "نوري الكاظم")])
    assert lam_person("سعد بن فهد آل سعود لسامح الشريف", persons) == "سعد بن فهد آل سعود"
    assert lam_person("لنوري الكاظم", persons) == "نوري الكاظم"
    assert lam_person("لمحمد السالم", {}) == "محمد السالم"
    assert lam_person("لينا عبدالعزيز", {}) == "لينا عبدالعزيز"
    assert lam_person("علي الحسيني للوزير", {}) == "علي الحسيني"
    assert glued_place("كارتر لأربيل", {}) == "كارتر"
    assert glued_place("جوزيف بلاتر", {("بلاتر",): "جوزيف بلاتر"}) == "جوزيف بلاتر"


def test_a_group_before_its_leader_leaves_the_leader() -> None:
    assert group_then_person("الحوثيين عبدالملك الحوثي") == "عبدالملك الحوثي"
    assert group_then_person("الحوثيين") == "الحوثيين"


def test_a_person_run_on_into_a_capital_is_the_person() -> None:
    text = "وصل الرئيس الأمريكي باراك أوباما إلى العاصمة."
    persons = person_keys([_person(text, "باراك أوباما")])
    assert person_place("أوباما أديس أبابا", persons) == "باراك أوباما"
    assert person_place("أوباما", persons) == "أوباما"


def test_a_site_visited_is_no_party() -> None:
    assert site_name("لقصر الحمراء التاريخي")
    assert site_name("متحف الفنون")
    assert not site_name("وزارة الثقافة")


def test_a_cut_title_is_its_holder() -> None:
    assert cut_title_words("سمو أمير") == ["أمير"]
    assert cut_title_words("وولي ولي العهد") == ["ولي", "ولي", "العهد"]
    assert cut_title_words("أمير منطقة الجوف") == []
    text = ("استقبل أمير منطقة الجوف الأمير بدر بن سلطان في مكتبه أمس السفير. "
            "وأشاد سمو أمير منطقة الجوف بجهود الدفاع المدني.")
    holder = title_holder("سمو أمير", text.index("وأشاد"), text, [_person(text, "بدر بن سلطان")])
    assert holder == "بدر بن سلطان"
    text = "وزار الأمير خالد بن فهد ولي ولي العهد المعرض. ورحب الرئيس بزيارة سمو ولي ولي العهد."
    holder = title_holder("سمو ولي", text.index("ورحب"), text, [_person(text, "خالد بن فهد")])
    assert holder == "خالد بن فهد"


def test_a_claim_loses_its_reporting_verb_and_participle() -> None:
    assert claim_speaker("وتحدثت المصادر", 0, "", []) == "المصادر"
    assert claim_speaker("موضحا", 0, "", []) is None
    assert claim_speaker("المرصد السوري", 0, "", []) == "المرصد السوري"
    text = "وقال معالي الوزير الدكتور فهد الراشد إن الخطة ماضية. وأضاف معاليه أن الوزارة مستعدة."
    assert claim_speaker("معاليه", text.index("وأضاف"), text, [_person(text, "فهد الراشد")]) == "فهد الراشد"


def test_a_compound_first_name_takes_back_its_first_part() -> None:
    span = "وبحث وزير العدل عز الدين الفلاحي مع نظيره سبل التعاون."
    assert compound_first("الدين الفلاحي", span) == "عز الدين الفلاحي"
    assert compound_first("الدين الإسلامي", "ودعا إلى احترام الدين الإسلامي.") == "الدين الإسلامي"


def test_a_cut_title_before_a_body_is_the_body() -> None:
    span = "واجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية مع نظيرهم الياباني."
    assert title_body("وزراء خارجية", span) == "مجلس التعاون الخليجي"
    assert title_body("وزراء داخلية", "وبحث وزراء داخلية الاتحاد الأوروبي الهجرة.") == "الاتحاد الأوروبي"
    assert title_body("وزراء خارجية", "واجتمع وزراء خارجية بعد ظهر اليوم.") == "وزراء خارجية"

"""Doers the coder reaches past what stands between them and the deed: a dateline's colon before the
sentence, a victim's age aside, the place of the deed before the verb of doing that names its doer, the
pronoun of a light verb's noun («لإقدامه على قتل»), the Houthis' nisba after a force or a weapon, and the one
who fired the weapon that killed («قتل عشرة مدنيين بصاروخ أطلقته طائرة أمريكية»); and the dead a result clause
counts after a fight are its toll, no attack of their own."""

from __future__ import annotations

from datetime import date

from event_cases import HOUTHI, HOUTHIS_NOMINATIVE, ISIS_TANZIM, one, run

from marsad.extract.events_age_asides import age_aside_end
from marsad.extract.events_tokens import tokens

DAY = date(2015, 7, 20)
MAROUA = ("ماروا", "ماروا", "LOC")
MIDDLE_EAST = ("الشرق الأوسط", "الشرق الأوسط", "LOC")
YAOUNDE = ("ياوندي", "ياوندي", "LOC")
HEBRON = ("الخليل", "الخليل", "LOC")
OCCUPATION = ("قوات الاحتلال", "إسرائيل", "ORG")
INTERIOR = ("وزارة الداخلية", "وزارة الداخلية", "ORG")
KILLER = ("سالم بن فهد العتيبي", "سالم بن فهد العتيبي", "PER")
VICTIM = ("ناصر بن علي القحطاني", "ناصر بن علي القحطاني", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")
SUSPECT = ("خالد الزهراني", "خالد الزهراني", "PER")
BAGHDAD = ("بغداد", "بغداد", "LOC")
TAIZ = ("تعز", "تعز", "LOC")
AMERICAN = ("أمريكية", "الولايات المتحدة", "LOC")
YEMEN = ("اليمن", "اليمن", "LOC")
RESISTANCE = ("المقاومة", "المقاومة الشعبية", "ORG")
RUSSIAN = ("الروسية", "روسيا", "LOC")
IDLIB = ("إدلب", "إدلب", "LOC")


def test_a_dateline_colon_keeps_an_unnamed_doer_told_after_it() -> None:
    text = ("ياوندي - «الشرق الأوسط»: قالت مصادر إن مسؤولين اجتمعوا في ماروا، حيث قتل 12 شخصا "
            "في تفجيرات نفذها انتحاريون من المنطقة.")
    ev = one(run(text, [YAOUNDE, MIDDLE_EAST, MAROUA], DAY), "ASSAULT")
    assert ev.source == ["انتحاريون"]


def test_an_age_aside_is_stepped_over_to_the_shooter() -> None:
    text = "قتل الشاب سامي يوسف البالغ من العمر 17 عاما برصاص قوات الاحتلال في الخليل."
    ev = one(run(text, [OCCUPATION, HEBRON], DAY), "ASSAULT")
    assert ev.source == ["إسرائيل"]


def test_an_age_aside_ends_after_its_years() -> None:
    toks = tokens("سامي البالغ من العمر 17 عاما برصاص")
    assert age_aside_end(toks, 1, len(toks)) == 6
    toks = tokens("سامي (17 عاما) برصاص")
    assert age_aside_end(toks, 1, len(toks)) == 5
    toks = tokens("سامي البالغ أشده برصاص")
    assert age_aside_end(toks, 1, len(toks)) == 1


def test_the_place_of_a_blast_is_stepped_over_to_its_claimer() -> None:
    text = "قتل 12 شخصا في انفجار سيارة مفخخة في بغداد تبناه تنظيم داعش."
    ev = one(run(text, [BAGHDAD, ISIS_TANZIM], DAY), "ASSAULT")
    assert ev.source == ["داعش"]
    assert ev.target == ["12 شخصا"]


def test_the_pronoun_of_a_light_noun_is_the_killer_not_the_executing_ministry() -> None:
    text = "نفذت وزارة الداخلية حكم القتل في المدعو سالم بن فهد العتيبي لإقدامه على قتل ناصر بن علي القحطاني."
    ev = next(e for e in run(text, [INTERIOR, KILLER, VICTIM], DAY) if e.type == "ASSAULT")
    assert ev.source == ["سالم بن فهد العتيبي"]
    assert ev.target == ["ناصر بن علي القحطاني"]


def test_the_pronoun_of_a_light_noun_after_an_arrest_is_the_one_arrested() -> None:
    text = "واعتقلت الشرطة خالد الزهراني بعد إقدامه على قتل شقيقه."
    ev = next(e for e in run(text, [POLICE, SUSPECT], DAY) if e.type == "ASSAULT")
    assert ev.source == ["خالد الزهراني"]


def test_houthi_forces_by_their_nisba_did_it() -> None:
    text = "وأصيب ثلاثة مدنيين بقذائف حوثية في تعز."
    ev = one(run(text, [TAIZ], DAY), "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_houthi_fighters_by_their_nisba_did_it() -> None:
    text = "وأقدمت قوات حوثية على اعتقال عدد من الضباط في صنعاء."
    ev = one(run(text, [HOUTHI], DAY), "COERCE")
    assert ev.source == ["الحوثي"]


def test_the_craft_that_fired_the_missile_killed_them() -> None:
    text = "قتل عشرة مدنيين بصاروخ أطلقته طائرة أمريكية في اليمن."
    ev = one(run(text, [AMERICAN, YEMEN], DAY), "ASSAULT")
    assert ev.source == ["الولايات المتحدة"]
    assert ev.target == ["عشرة مدنيين"]


def test_the_party_that_fired_the_shells_killed_them() -> None:
    text = "قتل ثلاثة أطفال بقذائف أطلقها الحوثيون على تعز."
    ev = one(run(text, [HOUTHIS_NOMINATIVE, TAIZ], DAY), "ASSAULT")
    assert ev.source == ["الحوثيين"]
    assert ev.target == ["ثلاثة أطفال"]


def test_the_toll_of_a_fight_after_a_comma_is_no_attack_of_its_own() -> None:
    text = "اندلعت اشتباكات عنيفة بين المقاومة والحوثيين في تعز، ما أدى إلى مقتل 20 شخصا من الجانبين."
    evs = run(text, [RESISTANCE, HOUTHI, TAIZ], DAY)
    assert [e.type for e in evs] == ["FIGHT"]


def test_the_toll_of_a_strike_stays_its_outcome() -> None:
    text = "قصفت الطائرات الروسية مدينة إدلب، ما أدى إلى مقتل 30 مدنيا."
    ev = one(run(text, [RUSSIAN, IDLIB], DAY), "ASSAULT")
    assert ev.target == ["30 مدنيا", "سوريا"]  # the dead, and the country struck (`events_crossborder`)

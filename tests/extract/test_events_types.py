"""Types that the words around a finished event call for (`events_typing`): a killing told as a casualty of
fighting is the fight, a killing after a private quarrel is a crime, a protest said rather than staged and an
attack of words are criticism, a police search is an inquiry."""

from __future__ import annotations

from event_cases import IRAQ, ISIS, one, run

ARMY = ("الجيش العراقي", "العراق", "ORG")
PESHMERGA = ("البيشمركة", "البيشمركة", "ORG")


def test_militants_killed_in_clashes_are_the_fight() -> None:
    evs = run("وقتل ثمانية من عناصر داعش في اشتباكات مع البيشمركة قرب كركوك.", [ISIS, PESHMERGA])
    one(evs, "FIGHT")
    assert not [e for e in evs if e.type == "ASSAULT"]
    civilians = run("وقتل خمسة مدنيين في اشتباكات بين الجيش العراقي وداعش.", [ARMY, ISIS])
    one(civilians, "ASSAULT")  # civilians killed in the crossfire stay an assault


def test_deaths_the_battles_caused_join_the_fight() -> None:
    evs = run("وأسفرت المعارك بين الجيش العراقي وداعش عن مقتل تسعة عناصر.", [ARMY, ISIS])
    fight = one(evs, "FIGHT")
    assert {"العراق", "داعش"} <= {*fight.source, *fight.target}
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_killing_after_a_quarrel_between_two_men_is_a_crime() -> None:
    evs = run("وأقدم شاب على قتل جاره بإطلاق النار عليه إثر خلاف حصل بينهما على موقف سيارة.", [])
    one(evs, "CRIME")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_protest_voiced_by_a_minister_is_criticism() -> None:
    evs = run("وأبدى وزير الخارجية العراقي احتجاجه على تصريحات السفير.", [IRAQ])
    one(evs, "DISAPPROVE")
    assert not [e for e in evs if e.type == "PROTEST"]
    crowd = run("وخرج آلاف العراقيين في بغداد احتجاجا على قرار الحكومة.", [IRAQ])
    one(crowd, "PROTEST")  # a crowd in the street stays a protest


def test_an_attack_that_accuses_its_target_is_criticism() -> None:
    evs = run("وشن زعيم المعارضة هجوما عنيفا على رئيس الحكومة في البرلمان، واتهمه بإهدار المال العام.", [])
    one(evs, "DISAPPROVE")
    assert not [e for e in evs if e.type == "ASSAULT"]
    armed = run("وشن مسلحون هجوما عنيفا على حاجز للشرطة، واتهمهم الأهالي بقتل الحارس.", [])
    one(armed, "ASSAULT")  # a word of arms keeps the attack one of force


def test_an_attack_that_accuses_its_target_past_a_long_subject_is_criticism() -> None:
    text = ("وهاجم سامر الخطيب الأمين العام المساعد لحزب التجديد ثالث أكبر الأحزاب في البلاد رئيس الوزراء السابق "
            "عادل منصور متهما إياه بالسعي لإثارة الفتنة.")
    evs = run(text, [("سامر الخطيب", "سامر الخطيب", "PER"), ("عادل منصور", "عادل منصور", "PER")])
    one(evs, "DISAPPROVE")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_newspaper_attacking_a_minister_is_criticism() -> None:
    evs = run("وهاجمت صحيفة محلية وزير المالية لأن أسعار الوقود ارتفعت.", [])
    one(evs, "DISAPPROVE")


def test_a_police_search_without_the_article_is_an_inquiry() -> None:
    evs = run("وشكلت الشرطة فريق بحث وتحري لمعرفة أسباب اختفاء الطفل.", [])
    one(evs, "INVESTIGATE")
    assert not [e for e in evs if e.type == "CONSULT"]


def test_killed_in_clashes_and_air_strikes_stays_the_strikes_deed() -> None:
    text = "وقتل 30 مسلحا وجرح آخرون في مواجهات وغارات لطائرات التحالف على مواقعهم في المحافظة."
    assert any(ev.type == "ASSAULT" for ev in run(text, [("التحالف", "التحالف العربي", "ORG")]))

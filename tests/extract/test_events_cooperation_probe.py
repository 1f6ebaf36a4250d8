"""Cooperation and mobilisation in 2024-style news (a probe of sentences written for it): a second nisba
joined to a force's («القوات المصرية والسعودية») names a second country on the same side
(`events_body_names.add_coordinated_nisbas`); trigger rows for shared intelligence, food baskets handed
over, a grant offered, warships deployed and reservists called up, and a vow to keep up attacks; an
announcement that another party agreed to a truce declares none itself."""

from __future__ import annotations

from event_cases import coded, coded_one

from marsad.extract.events_eval import run_article


def test_a_second_nisba_joined_to_a_force_names_a_second_country() -> None:
    ev = coded_one("أجرت القوات المصرية والسعودية مناورات عسكرية مشتركة في البحر الأحمر.", "MOBILIZE")
    assert ev.source == ["مصر", "القوات المصرية", "السعودية"]
    ev = coded_one("تعاونت الشرطة الإسبانية والمغربية في تفكيك خلية إرهابية.", "COOPERATE")
    assert ev.source == ["إسبانيا", "الشرطة الإسبانية", "المغرب"]


def test_a_second_nisba_already_a_party_stays_where_it_is() -> None:
    ev = coded_one("اندلعت اشتباكات بين القوات السورية والتركية في ريف حلب.", "FIGHT")
    assert "تركيا" not in ev.source and ev.target == ["تركيا"]


def test_sharing_intelligence_is_cooperation() -> None:
    ev = coded_one("وتبادلت أجهزة الاستخبارات التركية والعراقية معلومات عن عناصر حزب العمال الكردستاني.", "COOPERATE")
    assert "تركيا" in ev.source and "العراق" in ev.source
    assert coded_one("وتتبادل مصر والسعودية المعلومات الأمنية.", "COOPERATE").source == ["مصر", "السعودية"]
    # the noun «تبادل» is the topic of an accord, no cooperation told
    assert not coded("اتفقت الأردن والعراق على تعزيز التعاون الأمني وتبادل المعلومات لمكافحة الإرهاب.", "COOPERATE")


def test_baskets_handed_over_and_a_grant_offered_are_aid() -> None:
    ev = coded_one("سلم مركز الملك سلمان للإغاثة سلالا غذائية للنازحين في السودان.", "AID")
    assert ev.source == ["مركز الملك سلمان للإغاثة"]
    ev = coded_one("أعلنت ألمانيا تقديم منحة بقيمة 100 مليون يورو للسلطة الفلسطينية.", "AID")
    assert ev.source == ["ألمانيا"] and ev.target == ["السلطة الفلسطينية"]


def test_warships_deployed_and_reservists_called_up_are_mobilisation() -> None:
    ev = coded_one("نشرت الولايات المتحدة مدمرات إضافية في البحر الأحمر لحماية الملاحة.", "MOBILIZE")
    assert ev.source == ["الولايات المتحدة"]
    ev = coded_one("واستدعت إسرائيل 300 ألف جندي احتياط بعد هجوم السابع من أكتوبر.", "MOBILIZE")
    assert ev.source == ["إسرائيل"]


def test_a_vow_to_keep_up_attacks_is_a_threat() -> None:
    ev = coded_one("وقال زعيم الحوثيين عبد الملك الحوثي: «سنواصل استهداف السفن الأمريكية في البحر الأحمر».",
              "THREATEN")
    assert "الحوثي" in ev.source[0].split() and ev.target == ["الولايات المتحدة"]
    assert not coded("وقال الوزير: «سنواصل دعم الشعب اليمني».", "THREATEN")


def test_announcing_that_another_agreed_to_a_truce_declares_none() -> None:
    text = "أعلن الرئيس الأمريكي جو بايدن أن إسرائيل وافقت على هدنة لمدة ستين يوما مع حزب الله."
    assert not coded(text, "RETREAT")
    assert coded_one(text, "AGREE").source == ["إسرائيل"]


def test_banning_a_groups_activity_and_halting_trade_are_sanctions() -> None:
    ev = coded_one("حظرت الحكومة الألمانية أنشطة شبكة صامدون المؤيدة للفلسطينيين.", "SANCTION")
    assert ev.source == ["ألمانيا", "الحكومة الألمانية"] and ev.target == ["شبكة صامدون"]
    ev = coded_one("وقررت تركيا وقف جميع التعاملات التجارية مع إسرائيل.", "SANCTION")
    assert ev.source == ["تركيا"] and ev.target == ["إسرائيل"]
    # a labour rule, no sanction
    assert not coded("ويحظر العمل تحت أشعة الشمس من الساعة 12 ظهرا حتى الساعة 3 عصرا.", "SANCTION")


def test_the_forces_of_an_exchange_are_its_two_sides() -> None:
    text = ("تبادلت القوات الهندية والباكستانية إطلاق النار على الحدود المتنازع عليها. وقالت الخارجية الباكستانية "
            "إن القوات الهندية فتحت النار على قاطع بونش مما أسفر عن مقتل أربعة مدنيين.")
    for ev in run_article(text, "2015-07-18"):
        assert not ("الهند" in ev.source and "باكستان" in ev.source), (ev.type, ev.source, ev.target)


def test_a_standing_ban_is_no_sanction_told() -> None:
    text = "وتعتبر روسيا داعش منظمة إرهابية، وتحظر نشاط أي من أعضائها في جميع الأراضي الروسية."
    assert not coded(text, "SANCTION")


def test_sharing_experience_is_no_cooperation_told() -> None:
    text = "ويجتمع خلالها الشباب والطلبة من أنحاء العالم يتبادلون الخبرات ويكتسبون المهارات."
    assert not coded(text, "COOPERATE")

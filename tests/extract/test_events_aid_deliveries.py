"""Aid and backing told by relief news and statements: loads carried («تحمل 20 طنا من المستلزمات الطبية»),
aid given on someone's orders (`events_aid_recipients.ordered_giver`), aid that reaches a place
(`events_aid_recipients.reached_country`), backing by arms or money, defending a deal, greeting and
renewed backing (`event_triggers.tsv`)."""

from __future__ import annotations

from event_cases import HADI, KUWAIT, QATAR, SHABAAB, SOMALIA, one, run

KUWAITI_PLANE = ("كويتية", "الكويت", "LOC")
KUWAITI_PAIR = ("كويتيتان", "الكويت", "LOC")
OMANI = ("عمانية", "عمان", "LOC")
QATARI = ("قطرية", "قطر", "LOC")
SOMALI_PEOPLE = ("الصومالي", "الصومال", "LOC")
SABAH = ("صباح الأحمد", "صباح الأحمد", "PER")
ADEN = ("عدن", "عدن", "LOC")
EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")
LIBYAN_GOV = ("الحكومة الليبية", "ليبيا", "LOC")
KUWAIT_EMIR = ("أمير الكويت", "الكويت", "LOC")


def test_a_load_told_by_its_weight_is_aid_from_the_planes_country() -> None:
    ev = one(run("وهبطت في المطار طائرة كويتية تحمل 20 طنا من المستلزمات الطبية.", [KUWAITI_PLANE]), "AID")
    assert ev.source == ["الكويت"]


def test_a_dual_participle_of_loading_sends_from_both_planes() -> None:
    ev = one(run("ووصلت طائرة عمانية وأخرى قطرية محملتان بأدوية ومواد طبية.", [OMANI, QATARI]), "AID")
    assert set(ev.source) == {"عمان", "قطر"}


def test_planes_named_after_the_verb_of_carrying_send_the_aid() -> None:
    ev = one(run("ونقلت طائرتان كويتيتان مساعدات غذائية إلى الصومال.", [KUWAITI_PAIR, SOMALIA]), "AID")
    assert ev.source == ["الكويت"] and "الصومال" in ev.target


def test_the_verbal_noun_of_carrying_tells_no_delivery() -> None:
    evs = run("وقال إن المطار بات يمكنه استقبال الرحلات ونقل المساعدات إلى الصومال.", [SOMALIA])
    assert "AID" not in [e.type for e in evs]


def test_aid_given_on_orders_is_the_orderers() -> None:
    ev = one(run("وجاءت القافلة تنفيذا لتوجيهات أمير الكويت الشيخ صباح الأحمد، بتقديم مساعدات عاجلة للشعب الصومالي.",
                 [SABAH, SOMALI_PEOPLE]), "AID")
    assert ev.source == ["صباح الأحمد"] and ev.target == ["الصومال"]


def test_orders_told_by_a_pronoun_are_those_of_the_one_named_before() -> None:
    ev = one(run("ورفع المجلس الشكر للشيخ صباح الأحمد على توجيهاته بتقديم المساعدات العاجلة للشعب الصومالي.",
                 [SABAH, SOMALI_PEOPLE]), "AID")
    assert ev.source == ["صباح الأحمد"]


def test_aid_that_reaches_a_town_goes_to_its_country() -> None:
    ev = one(run("وأرسلت قطر مساعدات غذائية إلى مدينة عدن أمس.", [QATAR, ADEN]), "AID")
    assert ev.source == ["قطر"] and ev.target == ["اليمن"]


def test_backing_by_arms_and_money_is_aid() -> None:
    ev = one(run("وتدعم قطر حركة الشباب بالمال والسلاح.", [QATAR, SHABAAB]), "AID")
    assert ev.source == ["قطر"] and ev.target == ["الشباب"]


def test_a_named_object_before_the_means_is_backed_not_a_thing() -> None:
    ev = one(run("وتدعم قطر حركة الشباب بقوة.", [QATAR, SHABAAB]), "SUPPORT")
    assert ev.source == ["قطر"]


def test_money_pledged_is_aid() -> None:
    ev = one(run("وتعهدت الكويت بتقديم 500 مليون دولار للصومال.", [KUWAIT, SOMALIA]), "AID")
    assert ev.source == ["الكويت"]


def test_military_backing_given_is_aid() -> None:
    ev = one(run("وأعلنت الكويت تقديم الدعم العسكري للصومال.", [KUWAIT, SOMALIA]), "AID")
    assert ev.source == ["الكويت"]


def test_defending_a_deal_backs_it() -> None:
    ev = one(run("ودافع الرئيس عبد ربه منصور هادي أمس عن الاتفاق مع قطر.", [HADI, QATAR]), "SUPPORT")
    assert ev.source == ["عبد ربه منصور هادي"]


def test_defending_a_town_backs_nothing() -> None:
    evs = run("ودافع الرئيس عبد ربه منصور هادي عن المدينة طويلا.", [HADI])
    assert "SUPPORT" not in [e.type for e in evs]


def test_renewed_backing_is_support() -> None:
    ev = one(run("وكرر الاتحاد الأوروبي دعمه للحكومة الليبية.", [EU, LIBYAN_GOV]), "SUPPORT")
    assert ev.source == ["الاتحاد الأوروبي"]


def test_a_greeting_on_an_occasion_is_support() -> None:
    ev = one(run("هنأ الرئيس عبد ربه منصور هادي أمير الكويت بمناسبة عيد الفطر.", [HADI, KUWAIT_EMIR]), "SUPPORT")
    assert "عبد ربه منصور هادي" in ev.source


def test_here_before_an_occasion_greets_no_one() -> None:
    evs = run("وقال الرئيس عبد ربه منصور هادي إن الوضع هنا مستقر بمناسبة العيد.", [HADI])
    assert "SUPPORT" not in [e.type for e in evs]

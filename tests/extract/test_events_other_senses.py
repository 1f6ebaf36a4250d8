"""Other senses of trigger words (`events_other_senses`, the «senses (session 17, round 2)» rows): a lone pledge is
no agreement, «نوّه إلى أن» is 'noted', «داعيا لـ X بالشفاء» a prayer, an attack on a government by words
criticism, a crash an accident, and a detention told of prisoners released no arrest of its own."""

from __future__ import annotations

from event_cases import HOUTHI, run

from marsad.model import Event

HEALTH = ("وزارة الصحة", "وزارة الصحة", "ORG")
KARIMOV = ("سامي كريموف", "سامي كريموف", "PER")
LEBANESE = ("اللبنانية", "لبنان", "LOC")
NADIR = ("حسن نادر", "حسن نادر", "PER")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
YEMENI = ("اليمني", "اليمن", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def of_type(evs: list[Event], typ: str) -> list[Event]:
    """The events of one type."""
    return [e for e in evs if e.type == typ]


def test_a_lone_pledge_to_fight_on_is_a_threat_not_an_agreement() -> None:
    types = types_of("وتعهد الرئيس اليمني حسن نادر وقادة الجيش الميدانيون بمواصلة الزحف نحو المدن لتحريرها من "
                     "الحوثيين.", [YEMENI, NADIR, HOUTHI])
    assert "AGREE" not in types


def test_a_lone_pledge_of_ones_own_deed_is_no_agreement() -> None:
    assert "AGREE" not in types_of("وتعهد الزعيم الجديد سامي كريموف، أمس، بالمضي قدما على نهج سلفه في قيادة الحزب.",
                                   [KARIMOV])


def test_noted_is_no_praise() -> None:
    assert "SUPPORT" not in types_of("كما أكدت وزارة الصحة أنها سبق وأن نوهت للجميع في أكثر من مناسبة عبر وسائل "
                                     "الإعلام بخطورة السباحة في الأودية.", [HEALTH])


def test_a_prayer_for_the_injured_is_no_demand() -> None:
    assert "DEMAND" not in types_of("وأدان سامي كريموف الهجوم، داعيا للمصابين بالشفاء العاجل وللضحايا بالرحمة.",
                                    [KARIMOV])


def test_an_attack_on_the_government_without_arms_is_criticism() -> None:
    evs = run("وكان النائب سامي كريموف قد شن هجوما عنيفا على الحكومة اللبنانية ووزرائها.", [KARIMOV, LEBANESE])
    assert not of_type(evs, "ASSAULT") and of_type(evs, "DISAPPROVE")


def test_an_attack_whose_attacker_describes_the_target_is_criticism() -> None:
    evs = run("هاجم سامي كريموف حسن نادر بشدة، واصفا إياه بأنه لا يفقه شيئا في الاقتصاد.", [KARIMOV, NADIR])
    assert not of_type(evs, "ASSAULT") and of_type(evs, "DISAPPROVE")


def test_a_crash_is_an_accident_not_an_attack() -> None:
    assert "ASSAULT" not in types_of("قال مسؤول إن طائرة نقل تابعة للجيش اليمني تحطمت في محافظة شبوة اليوم مما أسفر "
                                     "عن مقتل سبعة جنود.", [YEMENI])


def test_a_detention_before_a_release_is_no_arrest() -> None:
    types = types_of("وأكد مسؤول في المقاومة الشعبية أن الحوثيين سلموهم 25 أسيرا كانوا يحتجزونهم في ذمار.",
                     [RESISTANCE, HOUTHI])
    assert "COERCE" not in types

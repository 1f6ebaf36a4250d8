"""Civic, religious and family notices (`events_civic_notices`, the «civic notices» rows of event_words.tsv): a prayer
told past a long subject, a notice to applicants or customers, a public-service appeal, an officer urging his own
staff, a farewell and a birth notice are no political event; a real demand on a party stays."""

from __future__ import annotations

from event_cases import run

from marsad.model import Event

AMIN = ("ماجد الحربي", "ماجد الحربي", "PER")
IRAN = ("إيران", "إيران", "LOC")
LEAGUE = ("رابطة العالم الإسلامي", "رابطة العالم الإسلامي", "ORG")
SAUDI = ("المملكة العربية السعودية", "السعودية", "LOC")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
UNIVERSITY = ("جامعة تبوك", "جامعة تبوك", "ORG")
WATER = ("شركة المياه الوطنية", "شركة المياه الوطنية", "ORG")
WASHINGTON = ("واشنطن", "الولايات المتحدة", "LOC")


def types(evs: list[Event]) -> list[str]:
    """The types of the events."""
    return [e.type for e in evs]


def test_a_prayer_past_a_long_subject_is_no_demand() -> None:
    evs = run("ودعا الأمين العام لرابطة العالم الإسلامي في كلمته الختامية بأن يحفظ الله المملكة العربية السعودية "
              "قيادة وشعبا.", [LEAGUE, SAUDI])
    assert "DEMAND" not in types(evs)


def test_a_prayer_with_god_named_before_its_clause_is_no_demand() -> None:
    evs = run("ودعا ماجد الحربي في اتصال مع الأسرة المولى عز وجل أن يتغمد الفقيد بواسع رحمته.", [AMIN])
    assert "DEMAND" not in types(evs)


def test_a_call_on_applicants_is_a_hiring_notice() -> None:
    evs = run("دعت جامعة تبوك المتقدمين على الوظائف الإدارية لمراجعة الجامعة لاستكمال إجراءات القبول.",
              [UNIVERSITY])
    assert "DEMAND" not in types(evs)


def test_a_call_on_customers_is_a_service_notice() -> None:
    evs = run("ودعت شركة المياه الوطنية جميع العملاء لتحديث بياناتهم في فروعها.", [WATER])
    assert "DEMAND" not in types(evs)


def test_a_call_on_citizens_to_cooperate_with_the_municipality_is_a_service_appeal() -> None:
    evs = run("ودعا ماجد الحربي المواطنين للتعاون مع البلدية في الإبلاغ عن المطاعم المخالفة.", [AMIN])
    assert "DEMAND" not in types(evs)


def test_urging_citizens_with_nawwah_ala_is_no_praise() -> None:
    evs = run("ونوه مدير شركة المياه بمنطقة تبوك ماجد الحربي على المواطنين بالمبادرة بالإبلاغ عن التسربات.", [AMIN])
    assert "SUPPORT" not in types(evs)


def test_an_officer_urging_his_staff_is_no_demand() -> None:
    evs = run("وحث مدير التعليم بمنطقة تبوك ماجد الحربي جميع الموظفين على مضاعفة الجهود لخدمة الطلاب.", [AMIN])
    assert "DEMAND" not in types(evs)


def test_a_farewell_to_a_counted_group_is_no_demand() -> None:
    evs = run("ودعت جامعة تبوك 35 متطوعا من الطلاب المشاركين في البرنامج الصيفي.", [UNIVERSITY])
    assert "DEMAND" not in types(evs)


def test_a_birth_notice_is_no_agreement() -> None:
    evs = run("رزق ماجد الحربي بمولود اتفق هو وحرمه على تسميته «فيصل».", [AMIN])
    assert "AGREE" not in types(evs)


def test_a_real_demand_on_a_party_stays() -> None:
    evs = run("ودعت الأمم المتحدة إيران إلى الإفراج عن الصحافي المعتقل.", [UN, IRAN])
    assert "DEMAND" in types(evs)


def test_a_demand_that_names_god_inside_its_act_stays() -> None:
    evs = run("ودعت واشنطن إيران إلى احترام حرية العبادة وأن يحفظ الله الجميع.", [WASHINGTON, IRAN])
    assert "DEMAND" in types(evs)


def test_a_call_on_residents_to_take_a_stand_stays() -> None:
    evs = run("وطالب الشيخ ماجد الحربي سكان المدينة بتسجيل موقف تاريخي وإعلان العصيان على الميليشيات.", [AMIN])
    assert "DEMAND" in types(evs)

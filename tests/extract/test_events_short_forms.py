"""Short forms of a named organisation (`events_short_forms`): a bare class noun with its clitics
(«للتنظيم», «للحركة», «الحزب», «المليشيات») stands for the organisation of its class named nearest before it,
never for one of another class named more often; with none of its class named it stands for no one; a deed
attributed with «لـ» («نسب للتنظيم») is that organisation's deed."""

from __future__ import annotations

from event_cases import ISIS_TANZIM, mentions, run

from marsad.model import Event

MOSUL = ("الموصل", "الموصل", "LOC")
KUWAIT_L = ("الكويت", "الكويت", "LOC")
SHABAAB = ("حركة الشباب", "حركة الشباب", "ORG")
MOGADISHU = ("مقديشو", "مقديشو", "LOC")
HEZBOLLAH_P = ("حزب الله", "حزب الله", "ORG")
PKK_P = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
UN = ("الأمم المتحدة", "الأمم المتحدة", "ORG")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
TURKEY_L = ("تركيا", "تركيا", "LOC")
INTERIOR = ("وزارة الداخلية", "وزارة الداخلية", "ORG")
HOUTHI_G = ("جماعة الحوثي", "الحوثي", "ORG")
TAIZ = ("تعز", "تعز", "LOC")
AMERICAN = ("الأمريكية", "الولايات المتحدة", "LOC")
KISMAYO = ("كيسمايو", "كيسمايو", "LOC")
HAMAS_M = ("حركة حماس", "حماس", "ORG")
FATAH_M = ("حركة فتح", "فتح", "ORG")
HAMAS_B = ("حماس", "حماس", "ORG")


def _by_trigger(evs: list[Event], word: str) -> Event:
    """The one event whose trigger holds `word`."""
    found = [e for e in evs if word in e.trigger]
    assert len(found) == 1, [(e.type, e.trigger, e.source, e.target) for e in evs]
    return found[0]


def test_the_organisation_with_lam_is_the_target_of_a_strike() -> None:
    text = "أعلن تنظيم داعش مسؤوليته عن تفجير في الكويت. وقصفت طائرات التحالف مواقع للتنظيم في الموصل."
    strike = _by_trigger(run(text, [ISIS_TANZIM, KUWAIT_L, MOSUL]), "وقصفت")
    assert "داعش" in strike.target


def test_the_movement_with_lam_is_the_movement_named_before() -> None:
    text = "هاجم مسلحون من حركة الشباب قاعدة في مقديشو. وقصفت القوات الأمريكية مواقع تابعة للحركة في كيسمايو."
    strike = _by_trigger(run(text, [SHABAAB, MOGADISHU, AMERICAN, KISMAYO]), "وقصفت")
    assert "حركة الشباب" in strike.target


def test_the_party_is_a_party_not_the_body_named_more_often() -> None:
    text = ("قالت الأمم المتحدة إن الوضع خطير. وأضافت الأمم المتحدة أن المساعدات توقفت. وقصف حزب الله "
            "مواقع في الجليل. واتهمت إسرائيل الحزب بإطلاق الصواريخ.")
    blame = _by_trigger(run(text, [UN, UN, HEZBOLLAH_P, ISRAEL]), "واتهمت")
    assert blame.target == ["حزب الله"]


def test_the_party_named_nearest_before_wins() -> None:
    text = ("أدان حزب الله الهجوم على المسجد. وطالب حزب الله بمحاسبة المسؤولين. وأعلن حزب العمال الكردستاني "
            "مسؤوليته عن تفجير. وقصفت تركيا مواقع الحزب في الجبال.")
    strike = _by_trigger(run(text, [HEZBOLLAH_P, HEZBOLLAH_P, PKK_P, TURKEY_L]), "وقصفت")
    assert strike.target == ["حزب العمال الكردستاني"]


def test_the_organisation_stands_for_no_ministry() -> None:
    text = ("قالت وزارة الداخلية إن الأمن مستتب. وأكدت وزارة الداخلية القبض على المطلوبين. "
            "وهاجم عناصر التنظيم نقطة تفتيش في الجنوب.")
    attack = _by_trigger(run(text, [INTERIOR, INTERIOR]), "وهاجم")
    assert "وزارة الداخلية" not in attack.source + attack.target


def test_the_militias_spelled_with_one_yeh_are_the_group_named_before() -> None:
    text = "سيطرت جماعة الحوثي على عدن. واشتبكت المقاومة الشعبية مع المليشيات في تعز."
    fight = _by_trigger(run(text, [HOUTHI_G, TAIZ]), "واشتبكت")
    assert "الحوثي" in fight.source + fight.target


def test_a_blast_attributed_with_lam_is_the_organisation_s_deed() -> None:
    text = "قتل 32 شخصا في الكويت في تفجير انتحاري نسب لتنظيم داعش."
    blast = next(e for e in run(text, [KUWAIT_L, ISIS_TANZIM]) if e.type == "ASSAULT")
    assert blast.source == ["داعش"]


def test_motion_and_prayer_are_no_movement_or_group() -> None:
    text = ("قالت حركة حماس إن القصف مستمر. وانتقدت الأمم المتحدة القيود على حرية الحركة، وأدان أهل السنة "
            "والجماعة القصف. واتهمت إسرائيل الحركة بإطلاق الصواريخ.")
    found = [(t, c) for t, _, c in mentions(text, [("حركة حماس", "حماس", "ORG"), UN])]
    assert found == [("حركة حماس", "حماس"), ("الأمم المتحدة", "الأمم المتحدة"), ("الحركه", "حماس")]


def test_the_movement_the_story_names_most_wins_over_one_named_once_beside_it() -> None:
    text = ("التقى وفد من حركة حماس وزير الخارجية الروسي. وأكدت حماس تمسكها بوقف إطلاق النار. وأعلنت حماس "
            "عقب لقاء وفد منها مع وفد من حركة فتح موافقتها على المقترح. وبحث وفد الحركة مع الوزير الروسي الأوضاع.")
    evs = run(text, [HAMAS_M, HAMAS_B, HAMAS_B, FATAH_M])
    assert not any(e.type == "CONSULT" and "فتح" in e.source for e in evs)

"""Unnamed doers (`events_unnamed_doers`): a state's security body named by its kind as the one that made an
arrest, with the country the article's places name; «اعترف» in a criminal case or of a fact is no concession."""

from __future__ import annotations

from event_cases import HEZBOLLAH, one, run

JEDDAH = ("جدة", "جدة", "LOC")
YEMENIS = ("يمنيين", "اليمن", "LOC")
YEMENI_NATIONALITY = ("يمني", "اليمن", "LOC")


def test_security_authorities_after_a_blessing_made_the_arrest() -> None:
    evs = run("وبفضل من الله تمكنت سلطات الأمن من القبض على اللصوص.", [])
    assert one(evs, "COERCE").source == ["قوات الأمن"]


def test_an_arrest_by_the_security_patrols_is_of_the_country_its_places_name() -> None:
    text = ("سرق مجهولون محلا في حي الصفا بجدة. وقال شاهد إن الجناة يمنيين. وتمكنت دوريات الأمن من القبض "
            "على الجناة، وهم من الجنسية الأخرى، وأحدهم يمني، في حي آخر بجدة.")
    evs = run(text, [JEDDAH, YEMENIS, YEMENI_NATIONALITY, JEDDAH])
    arrest = one(evs, "COERCE")
    assert arrest.source[:1] == ["قوات الأمن"] and "السعودية" in arrest.source


def test_a_suspects_confession_under_questioning_is_no_concession() -> None:
    text = "وبالتحقيق مع الموقوف اعترف سالم العتيبي بأنه سرق المحل ثم فر من الموقع."
    evs = run(text, [("سالم العتيبي", "سالم العتيبي", "PER")])
    assert "CONCEDE" not in [e.type for e in evs]


def test_experts_acknowledging_a_fact_is_no_concession() -> None:
    evs = run("واعترف الخبراء بأن سوق العقار يعاني من ركود كبير.", [])
    assert "CONCEDE" not in [e.type for e in evs]


def test_a_party_admitting_its_loss_still_concedes() -> None:
    evs = run("واعترف حزب الله بخسارته في المعركة.", [HEZBOLLAH])
    assert one(evs, "CONCEDE").source == ["حزب الله"]


def test_when_need_calls_for_it_no_one_demands() -> None:
    evs = run("وأوضح أن الدوريات الأمنية ستتواجد في جدة، وإذا دعت الحاجة إلى استدعاء رجال الأمن يمكن ذلك.", [JEDDAH])
    assert "DEMAND" not in [e.type for e in evs]

"""Victims told as one or two people with no number (`events_few_victims`)."""

from __future__ import annotations

from datetime import date

from event_cases import COALITION, HOUTHI, ISIS_TANZIM, PKK, TURKISH, one, run

from marsad.extract.events_few_victims import other_doers
from marsad.model import Event


def test_two_killed_told_by_a_dual_after_the_verb_are_the_target() -> None:
    text = "وقتل شرطيان في هجوم نفذه مسلحون من حزب العمال الكردستاني قرب الحدود."
    ev = one(run(text, [PKK]), "ASSAULT")
    assert "شرطيان" in ev.target and "حزب العمال الكردستاني" in ev.source


def test_one_killed_told_by_a_bare_noun_after_the_verb_is_the_target() -> None:
    text = "قتل شرطي وأصيب آخر بالرصاص أمس في هجوم نفذه مسلحون من حزب العمال الكردستاني."
    ev = one(run(text, [PKK]), "ASSAULT")
    assert "شرطي" in ev.target


def test_one_killed_after_the_killing_noun_with_his_nisba() -> None:
    text = "وأعلن الجيش مقتل جندي تركي في هجوم شنه حزب العمال الكردستاني على موقع حدودي."
    ev = one(run(text, [PKK, TURKISH]), "ASSAULT")
    assert ev.target == ["تركيا"] and ev.source == ["حزب العمال الكردستاني"]  # the soldier's country (PLOVER)


def test_one_and_a_count_joined_by_and() -> None:
    text = "وقتل ضابط وثلاثة جنود في هجوم نفذه مسلحون من حزب العمال الكردستاني على حاجز أمني."
    ev = one(run(text, [PKK]), "ASSAULT")
    assert "ضابط وثلاثة جنود" in ev.target


def test_one_killed_in_a_result_clause_past_an_attribution() -> None:
    text = ("وذكرت الوكالة أن هجوما وقع ليل السبت في بلدة نصيبين (جنوب شرقي البلاد)، ونسب إلى حزب العمال "
            "الكردستاني، أدى إلى مقتل شرطي وجرح آخر.")
    ev = one(run(text, [PKK]), "ASSAULT")
    assert ev.target == ["شرطي"] and ev.source == ["حزب العمال الكردستاني"]


def test_a_noun_in_construct_is_no_victim_told_by_himself() -> None:
    text = "وأعلن حزب العمال الكردستاني مقتل سائق الشاحنة في الحادث."
    assert not any("سائق" in n for e in run(text, [PKK]) for n in e.target)


def test_the_site_an_attack_was_made_on_stays_its_target() -> None:
    text = "وشن مسلحون من حزب العمال الكردستاني هجوما على مركز شرطة مما أسفر عن مقتل ضابطين."
    ev = one(run(text, [PKK]), "ASSAULT")
    assert "مركز شرطة" in ev.target


def _assault(source: list[str], target: list[str]) -> Event:
    return Event(type="ASSAULT", mode=None, source=source, target=target, location=None, date=None,
                 negated=False, trigger="قصف", start=0, end=0)


def test_the_victims_of_another_sides_deed_say_nothing_of_this_ones_target() -> None:
    # «بمقتل مدني في قصف شنه الحوثيون، في وقت شن طيران التحالف غارات على معسكر …»: two sides' deeds
    houthi = _assault(["الحوثي"], ["مدني"])
    assert other_doers(houthi, _assault(["التحالف العربي"], []))
    assert not other_doers(houthi, _assault(["الحوثي"], []))
    assert not other_doers(_assault([], ["مدني"]), _assault(["التحالف العربي"], []))


def test_one_person_fired_at_after_ala_is_the_target() -> None:
    text = "وأطلق مجهولون النار مساء أمس على مواطن وهو يقود سيارته في الحي."
    ev = one(run(text, [], date(2015, 7, 20)), "ASSAULT")
    assert ev.target == ["مواطن"]


def test_people_a_number_counts_after_ala_are_the_target() -> None:
    text = "ثم أطلق المسلح النار على سبعة مصلين داخل المسجد."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["سبعة مصلين"]


def test_a_thing_fired_at_is_no_victim() -> None:
    text = "وأطلق مجهولون النار على الهواء لتفريق الحشد."
    assert all(not e.target for e in run(text, []) if e.type == "ASSAULT")


def test_a_bare_plural_of_people_fired_on_is_the_target() -> None:
    text = "وفتح مسلح النار على المصلين داخل الكنيسة."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["المصلين"]


def test_a_bare_plural_after_on_without_fire_is_no_target() -> None:
    text = "وتزايدت الاعتداءات على المسلمين في أوروبا."
    assert all("المسلمين" not in e.target for e in run(text, []))


def test_foreigners_counted_keep_their_adjective() -> None:
    text = "وأدى الهجوم إلى مقتل 21 سائحا أجنبيا في المتحف."
    ev = one(run(text, []), "ASSAULT")
    assert ev.target == ["21 سائحا أجنبيا"]


def test_some_of_a_named_body_after_the_killing_noun_stand_for_it() -> None:
    text = "وأعلن مصدر عسكري عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي وسط المدينة."
    ev = one(run(text, [ISIS_TANZIM]), "ASSAULT")
    assert "داعش" in ev.target


def test_some_of_a_body_after_the_killing_verb_past_the_wounded() -> None:
    text = "وقتل خمسة من الحوثيين وأصيب آخرون، في غارة للتحالف العربي على صعدة."
    ev = one(run(text, [HOUTHI, COALITION]), "ASSAULT")
    assert any("الحوثي" in n for n in ev.target) and "التحالف العربي" in ev.source


def test_some_of_a_body_killed_with_no_deed_told_are_no_target() -> None:
    text = "وقتل أكثر من 300 من الحوثيين منذ بداية الحرب."
    assert all(not e.target for e in run(text, [HOUTHI]) if e.type == "ASSAULT")

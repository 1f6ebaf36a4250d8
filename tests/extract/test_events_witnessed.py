"""The place or party that witnesses, faces or suffers a deed is not its doer (`events_witnessed`): the subject
of «شهد», «واجه», «عانى», «تعرض» before a deed noun, and whoever is told before that verb, take no doer's role;
a verb that describes such a deed noun right after it has the deed, not the verb's subject, for its subject;
the subject of «أصيب», «استشهد», «لقي مصرعه» before an attack noun of cause is its target, and not the doer of
a killing verb joined after it."""

from __future__ import annotations

from event_cases import EGYPT, KUWAIT, run

TUNISIA = ("تونس", "تونس", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
NAIROBI = ("نيروبي", "نيروبي", "LOC")
QAEDA = ("القاعدة", "القاعدة", "ORG")
US_ADJ = ("الأميركية", "الولايات المتحدة", "LOC")
AKCAY = ("أكجاي", "أكجاي", "PER")
POLICEMAN = ("الشرطي", "الشرطة", "ORG")
PAKISTANI_ARMY = ("الجيش الباكستاني", "باكستان", "ORG")
KENYA = ("كينيا", "كينيا", "LOC")
SHABAB = ("حركة الشباب", "حركة الشباب", "ORG")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
LIBYA = ("ليبيا", "ليبيا", "LOC")


def _of(text: str, specs: list[tuple[str, str, str]], typ: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run(text, specs) if e.type == typ]


def test_countries_that_faced_killings_are_their_targets() -> None:
    evs = _of("وقال الوزير إن الكويت وتونس ومصر واجهت عمليات قتل وتفجيرات إرهابية.", [KUWAIT, TUNISIA, EGYPT],
              "ASSAULT")
    assert evs == [([], ["الكويت", "تونس", "مصر"])]


def test_a_witness_of_a_gunfight_is_no_party_to_it() -> None:
    evs = _of("وقال أكجاي الذي شهد تبادل إطلاق النار إن الشرطي كان يصيح.", [AKCAY, POLICEMAN], "FIGHT")
    assert evs and all("أكجاي" not in s for s, _ in evs)


def test_an_actor_told_before_the_place_that_witnessed_fighting_is_no_fighter() -> None:
    text = "تزامنا مع زيارة يقوم بها الرئيس باراك أوباما لكينيا التي تعتبر من الدول التي تشهد اشتباكات مسلحة."
    assert all("باراك أوباما" not in s for s, _ in _of(text, [OBAMA, KENYA], "FIGHT"))
    text = "وتشهد ليبيا حالة من الفوضى وسط تقاتل حكومتين من أجل السيطرة على البلاد."
    assert all("ليبيا" not in s for s, _ in _of(text, [LIBYA], "FIGHT"))


def test_a_verb_describing_a_witnessed_attack_is_not_the_places() -> None:
    text = "وكانت نيروبي شهدت في 1998 هجوما داميا للقاعدة استهدف السفارة الأميركية."
    evs = _of(text, [NAIROBI, QAEDA, US_ADJ], "ASSAULT")
    assert evs and all("نيروبي" not in s for s, _ in evs)
    text = "وكانت نيروبي تعرضت في العام 1998 لهجوم دام لتنظيم القاعدة استهدف السفارة الأميركية."
    evs = _of(text, [NAIROBI, QAEDA, US_ADJ], "ASSAULT")
    assert evs and all("نيروبي" not in s for s, _ in evs)


def test_the_doer_named_after_the_witnessed_deed_stays() -> None:
    assert _of("وتشهد كينيا هجمات تشنها حركة الشباب.", [KENYA, SHABAB], "ASSAULT") == [(["حركة الشباب"], [])]


def test_charges_faced_are_the_subjects_own_deeds() -> None:
    evs = _of("حيث يواجه الجيش الباكستاني اتهامات باختطاف وقتل مدنيين.", [PAKISTANI_ARMY], "ASSAULT")
    assert evs and evs[0][0] == ["باكستان"]


ISRAELIS = ("إسرائيليين", "إسرائيل", "LOC")
ISRAELI_DUAL = ("إسرائيليان", "إسرائيل", "LOC")
HAMAS = ("حماس", "حماس", "ORG")
DEPUTY = ("محمد الشدادي", "محمد الشدادي", "PER")
DAVUTOGLU = ("داود أوغلو", "أحمد داود أوغلو", "PER")


def test_the_wounded_before_an_attack_noun_are_its_targets() -> None:
    text = "أصيب ثلاثة جنود إسرائيليين، اثنان منهم إصابتهما خطيرة، في عملية دهس شمال مدينة رام الله أمس."
    evs = _of(text, [ISRAELIS], "ASSAULT")
    assert evs and all("إسرائيل" not in s and "إسرائيل" in t for s, t in evs)
    assert _of("وأصيب جنديان إسرائيليان في هجوم لحماس.", [ISRAELI_DUAL, HAMAS], "ASSAULT") == [(["حماس"], ["إسرائيل"])]


def test_the_wounded_is_not_who_killed_in_the_verb_joined_after() -> None:
    text = "وأشار إلى أن نائب رئيس البرلمان محمد الشدادي أصيب في كمين وقتل أربعة من مرافقيه."
    assert all("محمد الشدادي" not in s for s, _ in _of(text, [DEPUTY], "ASSAULT"))


def test_every_deed_noun_a_place_witnessed_is_free_of_it() -> None:
    text = "وأكد داود أوغلو السبت أن تركيا شهدت 121 هجوما مسلحا و281 “عملا إرهابيا” بينها 15 عملية خطف منذ الانتخابات التشريعية."
    evs = [(e.type, e.source) for e in run(text, [TURKEY, DAVUTOGLU])]
    assert all("تركيا" not in s for _, s in evs)

"""Who underwent a deed told in a passive or denied, read with the real entity layer: counted people
between «وكان» and «قد» before an unvowelled killing verb with no object («وكان ستة أشخاص قد قتلوا يوم
الخميس»), a lone nisba after «إن» before «كانت» and a feminine passive («إن فرنسية كانت خطفت في اليمن»), and
a killing verb followed by «نتيجة», «بسبب» or «عقب» («إن الشاب الفلسطيني قتل نتيجة سقوطه»: a passive), and
an attack noun after «لم يكن هناك» («ولم يكن هناك اعتداء …»); and a «when» clause after a killing verb names
no one killed («قتلوا حينما سقطت مقاتلة سورية على سوق»)."""

from __future__ import annotations

from event_cases import one

from marsad.extract.events_eval import run_article
from marsad.model import Event


def events(text: str) -> list[Event]:
    """The events of `text` as the whole pipeline reads them (entities, times, quotes)."""
    return run_article(text, "2015-08-07")


def test_counted_people_between_kana_and_qad_were_killed() -> None:
    ev = one(events("وكان ستة أشخاص على الأقل قد قتلوا يوم الخميس، من بينهم شرطي، في تفجير انتحاري شمال "
                    "أفغانستان."), "ASSAULT")
    assert ev.source == [] and ev.target and "ستة أشخاص" in ev.target[0]


def test_kana_qad_subject_with_an_object_still_did_it() -> None:
    ev = one(events("وكانت مجموعة من المسلحين قد قتلت يوم الخميس ثلاثة جنود في الرمادي."), "ASSAULT")
    assert ev.source == ["مجموعة من المسلحين"] and ev.target == ["ثلاثة جنود"]


def test_lone_nisba_before_a_feminine_passive_was_abducted() -> None:
    ev = one(events("قال مكتب الرئيس الفرنسي فرانسوا أولوند في بيان إن فرنسية كانت خطفت في اليمن في فبراير "
                    "أطلق سراحها."), "ASSAULT")
    assert ev.source == [] and ev.target == ["فرنسا"]


def test_attack_denied_by_there_was_none_is_negated() -> None:
    ev = one(events("كل ذلك، ولم يكن هناك اعتداء إيراني مباشر على الولايات المتحدة الأمريكية."), "ASSAULT")
    assert ev.negated


def test_attack_said_to_be_there_is_not_negated() -> None:
    ev = one(events("وقال المتحدث إن هناك هجوما على الحدود الشمالية."), "ASSAULT")
    assert not ev.negated


def test_killing_verb_before_natija_is_a_passive() -> None:
    ev = one(events("من جهتها، قالت الإذاعة الإسرائيلية العامة إن الشاب الفلسطيني قتل نتيجة سقوطه من سطح مبنى "
                    "أثناء محاولته الهرب."), "ASSAULT")
    assert ev.source == [] and ev.target == ["الشاب الفلسطيني"]


def test_when_clause_after_a_killing_names_no_victim() -> None:
    ev = one(events("قال المرصد السوري لحقوق الانسان إن 12 شخصا على الأقل قتلوا حينما سقطت مقاتلة سورية على سوق "
                    "مزدحم في بلدة أريحا اليوم الاثنين."), "ASSAULT")
    assert "سوريا" not in ev.target and ev.target == ["12 شخصا"]

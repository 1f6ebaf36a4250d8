"""Stances voiced with «أعرب/أبدى/عبر»: the party a displeasure is «من» is its target
(`events_displeased_at`), and a participle of voicing after a comma («…، معربا عن إدانته») is a stance of
the clause's subject (the participle rows of event_triggers.tsv)."""

from __future__ import annotations

from event_cases import EGYPT, IRAQ, one, run

IRAN = ("إيران", "إيران", "LOC")
ISRAELI = ("الإسرائيلي", "إسرائيل", "LOC")
EGYPTIAN_F = ("المصرية", "مصر", "LOC")
HAMMOND = ("فيليب هاموند", "فيليب هاموند", "PER")
ABADI = ("حيدر العبادي", "حيدر العبادي", "PER")
KHALID = ("خالد بن أحمد آل خليفة", "خالد بن أحمد آل خليفة", "PER")
CITIZENS = ("المواطنين", "المواطنين", "ORG")


def test_the_party_a_displeasure_is_at_is_the_target() -> None:
    ev = one(run("وأعرب وزير الخارجية البريطاني فيليب هاموند عن استيائه من موقف إيران.", [HAMMOND, IRAN]),
             "DISAPPROVE")
    assert ev.source == ["فيليب هاموند"] and ev.target == ["إيران"]
    ev = one(run("وأبدت الحكومة المصرية غضبها الشديد من تصريحات رئيس الوزراء الإسرائيلي.",
                 [EGYPTIAN_F, ISRAELI]), "DISAPPROVE")
    assert ev.source == ["مصر"] and ev.target == ["إسرائيل"]


def test_a_bare_anger_from_people_names_whose_anger_it_is() -> None:
    evs = run("وأعربت مصر عن غضب من المواطنين بسبب انقطاع الكهرباء.", [EGYPT, CITIZENS])
    assert all("المواطنين" not in e.target for e in evs)


def test_a_participle_of_voicing_is_the_speakers_stance() -> None:
    ev = one(run("وقال وزير الخارجية البحريني خالد بن أحمد آل خليفة إن الهجوم جبان، معربا عن إدانته الشديدة "
                 "للعمل الإرهابي.", [KHALID]), "DISAPPROVE")
    assert ev.source == ["خالد بن أحمد آل خليفة"]
    ev = one(run("وقال رئيس الوزراء العراقي حيدر العبادي إن القرار خاطئ، مبديا رفضه لأي تدخل تركي في الشأن "
                 "العراقي.", [ABADI, IRAQ]), "REJECT")
    assert ev.source == ["حيدر العبادي"]


def test_concern_voiced_by_a_participle_is_no_stance() -> None:
    evs = run("وقال وزير الخارجية البحريني خالد بن أحمد آل خليفة إن الوضع صعب، معربا عن قلقه من تدهور الأوضاع.",
              [KHALID])
    assert not [e for e in evs if e.type in ("DISAPPROVE", "REJECT", "SUPPORT")]

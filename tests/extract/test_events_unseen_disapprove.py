"""Who condemns, accuses and threatens, on unseen-article errors: the «و» of a verb's own root
(«وجه») joins no second verb to the sentence's first, so the name after it is its subject; a body named by
its own head noun («حزب», «حركة») right after a definite word is a second noun phrase, no title's holder;
«بأنها» after the genitive of «اتهام» is the charge, so the genitive is the one accused; «يهدد باندلاع/بتفجير
حرب» is a danger, no threat."""

from __future__ import annotations

from event_cases import AMMAN, one, run

COUNCIL = ("مجلس القبائل", "مجلس القبائل", "ORG")
FRONT = ("جبهة التحرير", "جبهة التحرير", "ORG")
PARTY = ("حزب الوفاق", "حزب الوفاق", "ORG")
NIDAL = ("نضال عيسى", "نضال عيسى", "PER")


def test_the_waw_of_a_root_joins_no_verb_to_the_first() -> None:
    text = "ويعاني مجلس القبائل من أزمة منذ مايو عندما وجهت جبهة التحرير اتهامات لقادته بالفساد."
    ev = one(run(text, [COUNCIL, FRONT]), "DISAPPROVE")
    assert ev.source == ["جبهة التحرير"]
    text = "وتعرض مجلس القبائل لقضية المصالحة واتهم جبهة التحرير بالفساد."  # a «و» that joins: the first's subject
    assert one(run(text, [COUNCIL, FRONT]), "DISAPPROVE").source == ["مجلس القبائل"]


def test_a_body_named_by_its_head_after_a_definite_word_is_no_title_holder() -> None:
    text = "واتهم البيان حزب الوفاق بعرقلة المصالحة الوطنية."
    assert all(e.source != ["حزب الوفاق"] for e in run(text, [PARTY]) if e.type == "DISAPPROVE")
    text = "وانتقد الرئيس حزب الوفاق في خطابه."
    assert all(e.source != ["حزب الوفاق"] for e in run(text, [PARTY]) if e.type == "DISAPPROVE")
    text = "وانتقد رئيس حزب الوفاق نضال عيسى الحكومة في خطابه."  # an indefinite title: the chain's holder
    assert one(run(text, [PARTY, NIDAL]), "DISAPPROVE").source[-1] == "نضال عيسى"


def test_the_genitive_of_an_accusation_with_a_that_charge_is_accused() -> None:
    for text in ("والثاني اتهام عمان بأنها تسعى لتوسع نفوذها شرقا وشمالا.",
                 "والثاني اتهام عمان بانتهاك الاتفاق."):  # «بانتهاك» opens with «بان», no «بان كي مون»
        assert all(e.source != ["عمان"] for e in run(text, [AMMAN]) if e.type == "DISAPPROVE")


def test_threatening_an_outbreak_is_a_danger() -> None:
    text = "حاول نضال عيسى حشد التأييد ضد الاتفاق الذي يراجعه مجلس القبائل قائلا إنه يهدد بتفجير حرب كارثية."
    assert not [e for e in run(text, [NIDAL, COUNCIL]) if e.type == "THREATEN"]
    text = "وهدد نضال عيسى بتفجير المبنى إن لم تلب مطالبه."  # blowing something up: a threat
    assert one(run(text, [NIDAL]), "THREATEN").source == ["نضال عيسى"]


def test_a_count_after_a_glued_preposition_keeps_no_preposition() -> None:
    text = "وجهت جبهة التحرير اتهامات لتسعة مسؤولين حاليين بالفساد."
    assert one(run(text, [FRONT]), "DISAPPROVE").target == ["تسعة مسؤولين"]

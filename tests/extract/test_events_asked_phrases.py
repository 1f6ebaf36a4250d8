"""Those a demand asks, named by a noun phrase no entity names (`events_asked_phrases`): an indefinite
construct head before the demand's complement («أصحاب المحلات», «أهالي مدينة الطائف»), and the doer of
an intransitive verbal noun asked for («ضرورة تحرك الدول العربية», «بتدخل المجتمع الدولي»)."""

from __future__ import annotations

from event_cases import one, run

GOVERNOR = ("فهد العتيبي", "فهد العتيبي", "PER")
MINISTRY = ("وزارة البلديات", "وزارة البلديات", "ORG")
TAIF = ("الطائف", "الطائف", "LOC")


def test_a_construct_head_with_a_definite_genitive_is_the_one_asked() -> None:
    text = "وحث المحافظ فهد العتيبي أصحاب المحلات التجارية على الالتزام بمواعيد الإغلاق."
    ev = one(run(text, [GOVERNOR]), "DEMAND")
    assert ev.source == ["فهد العتيبي"] and ev.target == ["أصحاب المحلات التجارية"]


def test_an_indefinite_noun_inside_the_chain_is_read_through() -> None:
    text = "ودعت وزارة البلديات أهالي مدينة الطائف إلى الإبلاغ عن المخالفات."
    ev = one(run(text, [MINISTRY, TAIF]), "DEMAND")
    assert ev.source == ["وزارة البلديات"] and ev.target == ["أهالي مدينة الطائف"]


def test_a_construct_after_a_participle_is_the_one_asked() -> None:
    text = "وأكد المحافظ فهد العتيبي أهمية السلامة، مطالبا أصحاب المستودعات بتوفير طفايات الحريق."
    ev = one(run(text, [GOVERNOR]), "DEMAND")
    assert ev.target == ["أصحاب المستودعات"]


def test_a_title_in_construct_is_no_one_asked() -> None:
    text = "وطالب المحافظ فهد العتيبي مدير الإدارة بسرعة إنجاز المشروع."
    assert one(run(text, [GOVERNOR]), "DEMAND").target == []


def test_a_construct_with_no_complement_after_it_is_no_one_asked() -> None:
    text = "وحث المحافظ فهد العتيبي أصحاب المحلات الالتزام بمواعيد الإغلاق."
    assert one(run(text, [GOVERNOR]), "DEMAND").target == []


def test_a_demonstrative_before_the_phrase_is_no_head() -> None:
    text = "وأكد المحافظ فهد العتيبي أنه دعا خلال جولته تلك أهالي مدينة الطائف إلى الإبلاغ عن المخالفات."
    assert "تلك" not in " ".join(one(run(text, [GOVERNOR, TAIF]), "DEMAND").target)


def test_the_doer_of_the_deed_a_necessity_asks_is_the_target() -> None:
    text = "وشدد المحافظ فهد العتيبي على ضرورة تحرك الجهات الحكومية لمعالجة أزمة المياه."
    ev = one(run(text, [GOVERNOR]), "DEMAND")
    assert ev.source == ["فهد العتيبي"] and ev.target == ["الجهات الحكومية"]


def test_the_doer_of_an_intervention_asked_for_is_the_target() -> None:
    text = "وطالب المحافظ فهد العتيبي بتضافر جهود المجتمع الدولي لمكافحة التصحر."
    assert one(run(text, [GOVERNOR]), "DEMAND").target == ["المجتمع الدولي"]


def test_the_object_of_a_transitive_deed_asked_for_is_no_target() -> None:
    text = "ودعا المحافظ فهد العتيبي إلى حماية المزارعين من آثار الجفاف."
    assert one(run(text, [GOVERNOR]), "DEMAND").target == []

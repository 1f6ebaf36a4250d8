"""Unnamed crowds as the subject of a statement verb: people nouns («شخصيات», «وجهاء»), a part of a
group («العديد من الأهالي»), a place genitive after «أهالي»/«سكان», and a verb after a fronted
prepositional phrase (`marsad.extract.events_fronted_phrase`)."""

from __future__ import annotations

from event_cases import one, run


def test_a_verb_after_a_fronted_phrase_opens_its_clause() -> None:
    text = "وعلى مواقع التواصل الاجتماعي استنكر مغردون تصرف الموظف مع المراجعين."
    assert one(run(text, []), "DISAPPROVE").source == ["مغردون"]


def test_a_phrase_after_a_meeting_opener() -> None:
    text = "وخلال جلسة المجلس انتقد عدد من الأعضاء أداء الإدارة."
    assert one(run(text, []), "DISAPPROVE").source == ["عدد من الأعضاء"]


def test_many_of_the_people() -> None:
    text = "وطالب العديد من الأهالي في المحافظة بسرعة إصلاح الطريق."
    assert one(run(text, []), "DEMAND").source == ["العديد من الأهالي"]


def test_prominent_figures() -> None:
    text = "واستنكرت شخصيات بارزة في المدينة الاعتداء على المسجد."
    assert one(run(text, []), "DISAPPROVE").source == ["شخصيات بارزة"]


def test_residents_of_a_place() -> None:
    text = "واستنكر أهالي المناطق الشمالية الاعتداء على رجال الأمن."
    assert one(run(text, []), "DISAPPROVE").source == ["أهالي المناطق الشمالية"]


def test_a_must_phrase_keeps_its_subject() -> None:
    evs = run("وعلى الدول الأعضاء أن تدعم القرار الجديد.", [])
    assert not [e for e in evs if e.source == ["القرار الجديد"]]


def test_a_relative_clause_is_no_fronted_phrase() -> None:
    evs = run("وفي البيان الذي أصدرته اللجنة طالبت الحكومة بالتحقيق.", [])
    assert not [e for e in evs if e.type == "DEMAND" and e.source]


def test_a_phrase_with_its_own_verb_is_no_fronted_phrase() -> None:
    evs = run("وبعد محادثات استمرت يومين ورفض المحتجون فتح الطريق.", [])
    assert not [e for e in evs if e.type == "REJECT" and e.source == ["المحتجون"]]

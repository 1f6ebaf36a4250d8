"""Parties that a body named after a person (`ner_named_after`) brought to light: the body someone
oversees in his title is no target (`events_overseen`), and an agreeing verb's own «عليها» leaves the
subject after it (`events_missing_agents.consent_pp`)."""

from __future__ import annotations

from marsad.extract.events_eval import run_article


def _events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2016-03-01") if e.type == kind]


def test_a_body_named_after_the_king_acts_not_the_king() -> None:
    evs = _events("وناشد مركز الملك سلمان للإغاثة والأعمال الإنسانية المنظمات الدولية تقديم الدعم.", "DEMAND")
    assert evs and all(not any(s == "سلمان" for s in src) for src, _ in evs)
    assert any(any("مركز الملك سلمان" in s for s in src) for src, _ in evs)


def test_the_body_a_host_oversees_is_no_target() -> None:
    evs = _events("استقبل وزير الصحة المشرف العام على هيئة الهلال الأحمر السفير البريطاني في مكتبه.", "CONSULT")
    assert evs and all(not any("الهلال الأحمر" in t for t in tgt) for _, tgt in evs)


def test_an_agreeing_verb_with_its_own_pronoun_takes_the_subject_after_it() -> None:
    evs = _events("وأعد مركز الأمير سلطان للبحوث الخطة، ووافق عليها مجلس الشورى في جلسته.", "AGREE")
    assert evs and all(src == ["مجلس الشورى"] for src, _ in evs)

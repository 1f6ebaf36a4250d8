"""Obvious doers that stand after something between them and the verb (`events_missing_agents`): a time
word or a manner adverb («واعتقلت أمس الشرطة …», «وأدان بشدة …»), a preposition with a pronoun («وشن
عليها الجيش …»), an aside between commas («، بحسب مصادر محلية،»), and a relative clause that closes
before the verb («التحالف الذي تقوده السعودية نفذ …»)."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, ISIS, SAUDI, US, one, run

TURKISH_F = ("التركية", "تركيا", "LOC")
SYRIAN = ("السوري", "سوريا", "LOC")
GCC = ("مجلس التعاون الخليجي", "مجلس التعاون الخليجي", "ORG")
HARITHI = ("سعيد الحارثي", "سعيد الحارثي", "PER")
PRINCE = ("خالد بن سعود", "خالد بن سعود", "PER")


def test_a_time_word_between_verb_and_subject_leaves_the_subject_the_doer() -> None:
    ev = one(run("واعتقلت أمس الشرطة التركية خمسة أشخاص في مدينة إزمير.", [TURKISH_F]), "COERCE")
    assert ev.source == ["تركيا"] and "تركيا" not in ev.target


def test_a_manner_adverb_between_verb_and_subject_leaves_the_subject_the_doer() -> None:
    ev = one(run("وأدان بشدة مجلس التعاون الخليجي الهجوم على المسجد.", [GCC]), "DISAPPROVE")
    assert ev.source == ["مجلس التعاون الخليجي"]


def test_a_preposition_with_a_pronoun_governs_no_noun_after_it() -> None:
    ev = one(run("وشن عليها الجيش السوري غارات مكثفة.", [SYRIAN]), "ASSAULT")
    assert ev.source == ["سوريا"] and ev.target == []
    # a title with a glued preposition after it is that preposition's object, not the subject
    welcome = one(run("وألقى رئيس البلدية سعيد الحارثي كلمة رحب فيها بصاحب السمو الملكي الأمير خالد بن سعود.",
                      [HARITHI, PRINCE]), "SUPPORT")
    assert welcome.source == ["سعيد الحارثي"]


def test_an_aside_between_commas_stands_before_the_subject() -> None:
    ev = one(run("وقصفت، بحسب مصادر محلية، طائرات التحالف العربي مواقع الحوثيين في صعدة.", [COALITION, HOUTHI]),
             "ASSAULT")
    assert ev.source == ["التحالف العربي"] and ev.target == ["الحوثي"]


def test_a_relative_clause_closing_before_the_verb_leaves_its_head_the_subject() -> None:
    ev = one(run("وقال المتحدث إن التحالف الذي تقوده الولايات المتحدة نفذ 17 ضربة جوية ضد داعش في العراق.",
                 [US, ISIS]), "ASSAULT")
    assert ev.source == ["التحالف الدولي"] and ev.target == ["داعش"]
    named = one(run("وقال إن التحالف الذي تقوده السعودية نفذ 12 ضربة جوية على مواقع الحوثيين في صعدة.",
                    [SAUDI, HOUTHI]), "ASSAULT")  # the clause inside one named party
    assert named.source == ["التحالف العربي"]


def test_a_time_word_between_a_light_verb_and_its_subject() -> None:
    ev = one(run("وأعلنت مساء الثلاثاء الشرطة التركية اعتقال خمسة أشخاص في مدينة إزمير.", [TURKISH_F]), "COERCE")
    assert ev.source == ["تركيا"]


def test_a_conjoined_verb_goes_on_with_the_subject_of_the_opening_verb() -> None:
    ev = one(run("وأعلنت الشرطة التركية مقتل ثلاثة مسلحين واعتقلت خمسة آخرين في مدينة إزمير.", [TURKISH_F]),
             "COERCE")
    assert ev.source == ["تركيا"] and ev.target == ["خمسة آخرين"]


def test_a_conjoined_deed_keeps_the_people_it_was_done_to() -> None:
    ev = one(run("وداهمت الشرطة التركية منزلا في مدينة إزمير واعتقلت خمسة أشخاص.", [TURKISH_F]), "COERCE")
    assert ev.source == ["تركيا"] and ev.target == ["خمسة أشخاص"]

"""Actor spans that run on into the verb's object, a prayer's «الله» read as a name, and needed words
of a trigger row found past a long subject (`events_name_completion.common_accusative`,
`events_agents`, `events_protest_crowds`, `events_actor_junk.invocation`, `events_triggers`)."""

from __future__ import annotations

from event_cases import names, one, run

from marsad.extract.events_actor_junk import invocation
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_name_completion import common_accusative, holder_after
from marsad.extract.events_tokens import tokens
from marsad.extract.events_triggers import find_triggers

JORDAN = ("الأردني", "الأردن", "LOC")
YASSIN = ("رياض ياسين", "رياض ياسين", "PER")
HOUTHI = ("للحوثيين", "الحوثي", "ORG")
AHMED = ("أحمد", "أحمد", "PER")
KING = ("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز آل سعود", "PER")


def test_an_indefinite_accusative_is_no_first_name() -> None:
    assert common_accusative("اتصالا") and common_accusative("حكما") and common_accusative("احتجاجاً")
    assert not common_accusative("أوباما") and not common_accusative("زكريا") and not common_accusative("دعوا")
    assert holder_after("وزير الخارجية", "وأجرى وزير الخارجية اتصالا هاتفيا مع نظيره الأردني.") == ""


def test_the_call_made_is_not_the_minister() -> None:
    ev = one(run("وأجرى وزير الخارجية اتصالا هاتفيا مع نظيره الأردني.", [JORDAN]), "CONSULT")
    assert "اتصالا هاتفيا" not in names(ev)


def test_an_organisation_ends_before_the_sentence_it_passed() -> None:
    ev = one(run("وأصدرت محكمة الجنايات حكما بسجن الناشط أحمد.", [AHMED]), "COERCE")
    assert ev.source == ["محكمة الجنايات"]
    ev = one(run("وأصدرت المحكمة حكما بسجن الناشط أحمد.", [AHMED]), "COERCE")
    assert not any("حكما" in n for n in names(ev))


def test_a_definite_count_takes_no_accusative() -> None:
    ev = one(run("وتظاهر الآلاف احتجاجا على القرار.", []), "PROTEST")
    assert not any("احتجاجا" in n for n in names(ev))
    ev = one(run("وتظاهر آلاف العمال احتجاجا على القرار.", []), "PROTEST")
    assert ev.source == ["آلاف العمال"]


def test_a_prayer_names_no_one() -> None:
    assert invocation("داعين الله") and invocation("الله الهادي") and invocation("سائلا الله")
    assert not invocation("حزب الله") and not invocation("حسن نصر الله") and not invocation("عبد الله")


def test_a_renewed_call_past_a_long_subject() -> None:
    ev = one(run("وجدد وزير الخارجية اليمني رياض ياسين دعوته للحوثيين إلى الانسحاب من المدن.",
                 [YASSIN, HOUTHI]), "DEMAND")
    assert ev.source == ["رياض ياسين"]


def test_a_name_is_one_word_of_the_window() -> None:
    text = "هنأت شخصيتان يمنيتان قياديتان من المقاومة الشعبية في محافظة مأرب، الملك سلمان بن عبدالعزيز آل سعود بمناسبة العيد."
    toks = tokens(text)
    first = next(k for k, t in enumerate(toks) if t.form == "سلمان")
    inner = frozenset(range(first + 1, first + 5))  # «بن عبدالعزيز آل سعود»: the name's words after its first
    assert not find_triggers(toks, 0, len(toks), lexicon())
    assert [h.trig.type for h in find_triggers(toks, 0, len(toks), lexicon(), inner)] == ["SUPPORT"]


def test_women_and_their_nisba() -> None:
    ev = one(run("وتهدد النساء البسيجيات المعلمات المحتجات.", []), "THREATEN")
    assert ev.source == ["النساء البسيجيات"]


def test_an_accusative_ends_an_unnamed_subject() -> None:
    ev = one(run("وأجرى مسؤولون اتصالا بالحكومة.", []), "CONSULT")
    assert ev.source == ["مسؤولون"]


def test_the_verb_of_naming_ends_the_phrase() -> None:
    ev = one(run("واعتقلت الشرطة رجلا يدعى ساوتي كوما في بلدة ميلو.", [("ميلو", "ميلو", "LOC")]), "COERCE")
    assert ev.target == ["ساوتي كوما"]

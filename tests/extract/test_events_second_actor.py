"""The second actor of an event named in its own sentence: the object of a verb whose subject is in its
plural suffix, the noun a deed noun needs, whom a fight was with («مع», «ضد», «بين X وY» where Y is no
entity), a government of another country right after a place, and «أول من أمس» as a time."""

from __future__ import annotations

from event_cases import ISIS_TANZIM, SECURITY_FORCES, SHABAAB, SUDANESE, US, one, run

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_phrases import noun_subject
from marsad.extract.events_tokens import tokens


def test_plural_verb_takes_the_noun_after_it_as_object() -> None:
    text = "وفي المساء هاجموا قوات الأمن قرب الجسر الشمالي."
    ev = one(run(text, [SECURITY_FORCES]), "ASSAULT")
    assert ev.target == ["قوات الأمن"] and "قوات الأمن" not in ev.source


def test_plural_verb_object_after_an_adverb() -> None:
    text = "وأضافت المصادر أن رجال القبائل طردوا أيضا الحوثيين من البلدة الجبلية."
    ev = one(run(text, [("الحوثيين", "الحوثي", "ORG")]), "COERCE")
    assert ev.target == ["الحوثي"] and "الحوثي" not in ev.source


def test_the_noun_a_deed_noun_needs_is_its_object() -> None:
    text = "وسمع دوي الرصاص بينما كانت الدورية تحاول تفريق المتظاهرين قرب الساحة."
    ev = one(run(text, []), "COERCE")
    assert ev.target == ["المتظاهرين"] and ev.source == []


def test_fight_with_an_unnamed_force_after_ma() -> None:
    text = "واشتبك تنظيم داعش مع قوات الحكومتين قرب المدينة الساحلية."
    ev = one(run(text, [ISIS_TANZIM]), "FIGHT")
    assert ev.source == ["داعش"] and ev.target == ["قوات الحكومتين"]


def test_fight_between_a_named_force_and_unnamed_fighters() -> None:
    text = "قتل ثلاثة أشخاص في اشتباكات بين قوات الأمن ومقاتلين في المنطقة الجبلية."
    ev = one(run(text, [SECURITY_FORCES]), "FIGHT")
    assert set(ev.source + ev.target) == {"قوات الأمن", "مقاتلين"}


def test_a_conjoined_body_ends_an_unnamed_party() -> None:
    text = "المسلحين وحركة الشباب"
    toks = tokens(text)
    g = Group(1, 3, ["الشباب"], None, False, glued="و")
    assert noun_subject(text, toks, 0, len(toks), [g], lexicon())[0] == ["المسلحين"]


def test_government_of_another_country_after_a_place_is_the_object() -> None:
    text = "وطالبت الولايات المتحدة السلطات السودانية بالإفراج عن الصحفي المعتقل."
    ev = one(run(text, [US, SUDANESE]), "DEMAND")
    assert ev.source == ["الولايات المتحدة"] and ev.target == ["السودان"]


def test_day_before_yesterday_is_no_source_preposition() -> None:
    text = "وكان رئيس الحزب أحمد يلدز دعا أول من أمس الحكومة التركية إلى وقف العمليات."
    ev = one(run(text, [("أحمد يلدز", "أحمد يلدز", "PER"), ("الحكومة التركية", "تركيا", "LOC")]), "DEMAND")
    assert ev.source == ["أحمد يلدز"] and ev.target == ["تركيا"]


def test_fight_against_an_unnamed_party() -> None:
    text = "وأعلنت حركة الشباب بدء معارك عنيفة ضد المسلحين المحليين في الجنوب."
    ev = one(run(text, [SHABAAB]), "FIGHT")
    assert ev.source == ["الشباب"] and ev.target == ["المسلحين المحليين"]

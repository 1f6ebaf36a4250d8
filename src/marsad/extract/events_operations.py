"""Operations against a party: «عمليات …» + «ضد X» tells a fight.

`operation_hits` adds to a sentence's triggers a FIGHT for the noun «عملية», «عمليات», «عمليتين»,
«عمليتي» (any clitic) followed within a few words by «ضد» and a named party («نفذت المقاومة عمليتين
منفصلتين ضد مسلحي الحوثي», «بعد عمليات أمنية تركية ضد تنظيم الدولة», «تواصل المقاومة عملياتها ضد جماعة
الحوثي»). The noun is any process («عمليات البيع», «عمليات التحريض ضد …»), so it tells a fight only where:
- every word between it and «ضد» describes a military operation: a word of `operation_adjective` in
  `event_words.tsv` («أمنية», «نوعية», «منفصلتين», «الموجهة»), a country's nisba («تركية») or, after a verb
  of doing or going on («وتواصل عمليات التحالف ضد داعش»), a word of the doer's name; never a thing in
  construct («عمليات القنص ضد المدنيين»), nor a doer's name where the operations are only talked of
  («ستعرقل وفاته عمليات تنظيم القاعدة ضد الولايات المتحدة»);
- a name opens right after «ضد», or after a people noun there («ضد مسلحي الحوثي»): a party fought, not an
  abstract foe («عمليات ضد الإرهاب», «ضد الفساد»).
The noun is not made a row of `event_triggers.tsv`: the table's nouns are read elsewhere as deed nouns on
their own («عمليات التحالف الذي يقصف …» would make the operations the doer of the shelling).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Trigger, Words, forms, norm
from marsad.extract.events_tokens import Tok, clause_words, has
from marsad.extract.events_triggers import Hit, pastime_sentence
from marsad.extract.ner_gazetteer import nisba_country

_OPERATION = forms("عملية", "عمليات", "عمليتين", "عمليتي")
_AGAINST_WORD = norm("ضد")
_AGAINST = frozenset((_AGAINST_WORD,))
BETWEEN_REACH = 3  # words that may stand between the operation noun and «ضد»
DOER_VERB_REACH = 2  # words before the operation noun searched for a verb of doing or going on
_GOING_ON = forms("مواصلة", "ومواصلة", "استمرار", "واستمرار")  # «مواصلة عمليات التحالف ضد …»


def _describes(tok: Tok, k: int, covered: set[int], done: bool, W: Words) -> bool:
    """True when token k may stand between an operation noun and «ضد»: a military adjective, a
    country's nisba, or, when a verb of doing governs the noun (`done`), a word of a name (the doer)."""
    if (done and k in covered) or has(tok, W["operation_adjective"]):
        return True
    word = tok.form[2:] if tok.form.startswith("ال") else tok.form
    return nisba_country(word) is not None


def _party_after(toks: list[Tok], k: int, b: int, covered: set[int], W: Words) -> bool:
    """True when a name opens at the first word after token k, or after a people noun there."""
    nxt = next((j for j in range(k + 1, b) if toks[j].word), None)
    if nxt is not None and nxt not in covered and toks[nxt].form in W["people_nouns"]:
        nxt = next((j for j in range(nxt + 1, b) if toks[j].word), None)
    return nxt is not None and nxt in covered


def _operation_hit(toks: list[Tok], a: int, b: int, i: int, covered: set[int], W: Words) -> Hit | None:
    """The FIGHT the operation noun at token i tells against a named party, or None."""
    reading = next((r for r in toks[i].reads if r in _OPERATION), None)
    if reading is None:
        return None
    words = clause_words(toks, i + 1, b, BETWEEN_REACH + 1)
    against = next((k for k in words if toks[k].form in _AGAINST), None)
    if against is None or not _party_after(toks, against, b, covered, W):
        return None
    before = clause_words(toks, i - 1, a - 1, DOER_VERB_REACH, back=True)
    done = any(has(toks[k], W["light"]) or toks[k].form in _GOING_ON for k in before)
    if not all(_describes(toks[k], k, covered, done, W) for k in words if k < against):
        return None
    trig = Trigger("FIGHT", "n", (reading,), None, ((_AGAINST_WORD,),), frozenset(), BETWEEN_REACH + 1)
    return Hit(trig, i, i + 1, {against})


def operation_hits(toks: list[Tok], a: int, b: int, hits: list[Hit], groups: list[Group], W: Words,
                   present: frozenset[str] | None = None) -> list[Hit]:
    """The sentence [a, b)'s triggers `hits` with a FIGHT added for each operation noun «ضد» a named party
    (`groups`) that no trigger holds, in text order; none in a sentence of sport or drama. `present`: the
    sentence's words (`sentence_readings`), when known."""
    if present is not None and _OPERATION.isdisjoint(present):
        return hits
    taken = {k for h in hits for k in (*range(h.first, h.last), *h.used)}
    covered = {k for g in groups if g.actor for k in range(g.first, g.last)}
    added = [h for i in range(a, b) if toks[i].word and i not in taken and not _OPERATION.isdisjoint(toks[i].reads)
             and (h := _operation_hit(toks, a, b, i, covered, W)) is not None and not h.used & taken]
    if not added or pastime_sentence(toks, a, b, W):
        return hits
    return sorted([*hits, *added], key=lambda h: h.first)

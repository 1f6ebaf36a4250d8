"""Parties the event's sentence does not name but the story does.

- a bare two-word title («رئيس الوزراء», «وزير الخارجية», «ولي العهد») that no name or nisba follows
  stands for the one person named before with that title, before the name («رئيس الوزراء العراقي حيدر
  العبادي») or after it («خالد العطية وزير الخارجية القطري»), not a former holder («الأسبق»)
  (`construct_titles`, a mention as the entity layer's are);
- a verb whose subject is only the pronoun glued on «أن»/«إن» right before it («وأشار إلى أنه يزور …»,
  «وقال الجيش النيجيري إنه أنقذ …») was done by whoever reports it, when the reporting verb that opens
  the sentence agrees with that pronoun (قال … أنه, قالت … أنها, قالوا … أنهم): the actor named after the
  reporting verb, else, where that verb has no subject after it («وأضاف أنه», «وأشار إلى أنه»), the one
  the story tells of (`reporter_of_pronoun`);
- a killing, arrest or abduction verb with a masculine object pronoun («وقتلته», «يعتقلونه») and no
  victim named was done to the last man named before it in its sentence or the two before
  (`pronoun_victim`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Mention
from marsad.extract.events_agents import pronoun_word
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import CLAUSE_END, POSSESSIVE, SENT_END, Tok, has, next_word
from marsad.extract.events_triggers import DONE_TO, Hit, trigger_reading
from marsad.model import Entity

__all__ = ["CARRY_SENTENCES", "construct_titles", "l_object_after", "object_pronoun", "pronoun_victim",
           "reporter_of_pronoun"]


def _pronoun_person(form: str) -> str:
    """The person a complementiser's pronoun names: «هم» plural, «ها» feminine, «ه» masculine."""
    if form.endswith("هم"):
        return "pl"
    return "f" if form.endswith("ها") else "m"


def _verb_person(form: str) -> str:
    """The subject a past or present reporting verb agrees with: «قالوا» plural, «قالت» feminine,
    «قال» masculine."""
    bare = form.lstrip("وف")
    if bare.endswith(("وا", "ون")):
        return "pl"
    return "f" if bare.endswith("ت") or bare.startswith("ت") else "m"


def _bare_report(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when the reporting verb at k has no subject after it: a preposition, a complementiser or a
    mark comes next («وأضاف أنه», «وأشار إلى أنه», «وأضاف:»)."""
    j = k + 1
    while j < b and not toks[j].word:
        if toks[j].form == ":":
            return True
        j += 1
    return j < b and (toks[j].form in W["prep_any"] or has(toks[j], W["comp"]))


def reporter_of_pronoun(toks: list[Tok], a: int, b: int, first: int, opening: list[str], speaker: list[str],
                        W: Words) -> list[str]:
    """Who did what the verb at token `first` tells, when its subject is the pronoun on the
    complementiser right before it and sentence [a, b) opens with a reporting verb that agrees with that
    pronoun and governs it (no other complementiser between): `opening`, the actor named after the
    reporting verb, else `speaker`, the one the story tells of, where the reporting verb has no subject
    after it; [] otherwise."""
    j = pronoun_word(toks, first, W)
    if j is None or toks[j].form.lstrip("وف").startswith("لكن"):
        return []
    ws = [k for k in range(a, j) if toks[k].word]
    if not ws or not any(r.lstrip("وف") in W["say"] for r in toks[ws[0]].reads):
        return []
    if any(has(toks[k], W["comp"]) for k in ws[1:]):
        return []  # «وقال إن الجيش أكد أنه …»: the pronoun stands for someone the speaker names
    if _pronoun_person(toks[j].form) != _verb_person(toks[ws[0]].form):
        return []  # «وقالت الوزارة إنه …»: another one, or no one («إنه تم …»)
    if opening:
        return list(opening)
    return list(speaker) if _bare_report(toks, ws[0], b, W) else []


def construct_titles(toks: list[Tok], ents: list[Mention], W: Words) -> list[Mention]:
    """`ents` with each bare two-word title («رئيس الوزراء», «وزير الخارجية», «ولي العهد») that no name
    or nisba follows taken as a mention of the one person named before with that title right before
    the name («رئيس الوزراء العراقي حيدر العبادي» … «إن رئيس الوزراء شن هجوما»); a title two people
    were named with, or that another title word stands before («نائب رئيس الوزراء»), is left alone."""
    people = [(s, t, e) for s, t, e in ents if e.label == "PER"]
    if not people:
        return ents  # no one named: no title stands for anyone
    covered = {k for s, t, _ in ents for k in range(s, t)}
    persons = {k for s, t, e in ents if e.label == "PER" for k in range(s, t)}
    out = list(ents)
    person_title = W["person_title"]
    for i in range(len(toks) - 1):
        if person_title.isdisjoint(toks[i].reads):
            continue  # no title word (a quick test before `_title_pair`)
        pair = _title_pair(toks, i, W)
        if pair is None or i in covered or i + 1 in covered or _named_after(toks, i + 2, persons):
            continue
        if i and toks[i - 1].word and (has(toks[i - 1], W["title"]) or has(toks[i - 1], W["head"])):
            continue  # «نائب رئيس الوزراء», «مستشار وزير الخارجية»: another office
        if i - 1 in persons:
            continue  # «الأمير محمد بن سلمان وزير الدفاع»: the title of the name right before it
        held = {e.canonical for s, t, e in people if s < i and (
            _pair_before(toks, s, pair, persons, W) or _pair_after(toks, t, pair, W))}
        if len(held) == 1:
            name = f"{toks[i].form} {toks[i + 1].form}"
            out.append((i, i + 2, Entity(name, "PER", held.pop(), toks[i].start, toks[i + 1].end)))
    return sorted(out, key=lambda m: m[0])


def _title_pair(toks: list[Tok], i: int, W: Words) -> tuple[str, str] | None:
    """The readings of a title in the construct state and its definite genitive at tokens i, i+1
    («رئيس الوزراء», «ووزير الخارجية»), or None."""
    t, u = toks[i], toks[i + 1]
    if not (t.word and u.word) or t.form.lstrip("وف").startswith("ال") or not u.form.startswith("ال"):
        return None
    head = next((r for r in t.reads if r in W["person_title"]), None)
    second = next((r for r in u.reads if r.startswith("ال") and r in W["title"]), None)
    return (head, second) if head and second else None


def _named_after(toks: list[Tok], k: int, persons: set[int]) -> bool:
    """True when a person's name or a definite word (a nisba, another title) comes right after a title
    ending before token k («رئيس الوزراء العراقي», «وزير الخارجية عادل الجبير»): it is that one's title
    (a place or body after it is its object: «ودعا وزير الخارجية إيران إلى …»)."""
    while k < len(toks) and not toks[k].word and toks[k].form not in CLAUSE_END and toks[k].form not in SENT_END:
        k += 1
    return k < len(toks) and toks[k].word and (k in persons or toks[k].form.startswith("ال"))


def _pair_before(toks: list[Tok], s: int, pair: tuple[str, str], persons: set[int], W: Words) -> bool:
    """True when the title `pair` stands within a few words before the name at token s, in its clause,
    crossing no other name («رئيس الوزراء العراقي حيدر العبادي», «ولي العهد الأمير محمد بن نايف»)."""
    k, seen = s - 1, 0
    while k > 0 and seen < _PAIR_REACH and toks[k].form not in CLAUSE_END and toks[k].form not in SENT_END:
        if toks[k].word:
            seen += 1
            if k in persons or toks[k].form in W["prep_any"] or has(toks[k], W["comp"]):
                return False
            if has(toks[k], W["former"]):
                return False  # «رئيس الحكومة الأسبق سعد الحريري»: a former holder
            if pair[1] in toks[k].reads and pair[0] in toks[k - 1].reads:
                return True
        k -= 1
    return False


def _pair_after(toks: list[Tok], t: int, pair: tuple[str, str], W: Words) -> bool:
    """True when the title `pair` stands right after the name ending at token t, as its apposition
    («خالد العطية وزير الخارجية القطري», «… العطية، وزير الخارجية»), not as a former one's."""
    k = t
    while k < len(toks) and not toks[k].word and toks[k].form in CLAUSE_END:
        k += 1
    if k + 1 >= len(toks) or pair[0] not in toks[k].reads or pair[1] not in toks[k + 1].reads:
        return False
    nxt = k + 2
    return not (nxt < len(toks) and toks[nxt].word and has(toks[nxt], W["former"]))


_PAIR_REACH = 5  # words from a title's genitive back from the name («رئيس الوزراء العراقي الدكتور حيدر العبادي»)


CARRY_SENTENCES = 3  # a pronoun stands for someone named in its sentence or the two before


def object_pronoun(tok: Tok, reading: str) -> str:
    """The object pronoun glued after the verb's reading in `tok` («يعتقلونه» on «يعتقلون» → «ه»), a
    و/ف or future س before it allowed; "" when there is none."""
    for p in ("", "و", "ف", "س", "وس", "فس"):
        if reading and tok.form.startswith(p + reading):
            rest = tok.form[len(p) + len(reading):]
            return rest if rest in POSSESSIVE else ""
    return ""


def l_object_after(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when a word with a glued لـ comes right after the trigger («جريمة قتله لشريكه»): it is a
    verbal noun whose pronoun is its doer and the لـ word its object."""
    nw = next_word(toks, h.last, b)
    return nw >= h.last and toks[nw].form.startswith("ل") and not toks[nw].form.startswith("لا")


def pronoun_victim(toks: list[Tok], h: Hit, b: int, ents: list[Mention], lo: int, source: list[str]) -> list[str]:
    """The man a killing, arrest or abduction verb tells only by its masculine object pronoun
    («وقتلته بعد إصابته», «لا يجيبون لماذا يعتقلونه»): the last person named before it, from token `lo`
    on, who is not its subject; [] for any other verb, or none named."""
    if h.trig.pos != "v" or h.trig.mode not in DONE_TO or l_object_after(toks, h, b):
        return []
    if object_pronoun(toks[h.first], trigger_reading(toks[h.first], h.trig)) != "ه":
        return []
    for s, _, e in sorted(ents, key=lambda m: m[0], reverse=True):
        if lo <= s < h.first and e.label == "PER" and e.canonical not in source:
            return [e.canonical]
    return []

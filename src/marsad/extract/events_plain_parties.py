"""Parties named by a plain noun, no entity: the people or body a deed was done to or a call addressed.

The readers of `events_phrases` take a party no entity names off the words after a verb or a
preposition, but only where its head is a sound plural of people («المدنيين») or a word of the
`people`/`crew` classes. This module adds:
- `plain_people`: plural nouns of people and bodies those classes miss («التجار», «القيادات
  الميدانية», «الكتل البرلمانية», «النواب»), a class of `lang/ar/event_words.tsv`;
- `oblique_past_doer`: the party after «على»/«ضد»/«بحق»/«بـ» when the named doer stands between the
  verb and the preposition («وتهيب الوزارة بالمواطنين», «واعتدى عناصر الشرطة على التجار»);
- `object_of_plural_verb`: the object right after a verb whose plural suffix holds its subject
  («خطفوا عشرات المسيحيين», «اعتقلوا ثلاثة جنود»): people a number or a quantity counts, or a plural
  of people;
- `tens_of_people`: people counted in tens by a broken plural after the named doer («واعتقلت الشرطة
  عشرات التجار»), which the number readers (sound plurals only) miss;
- `against_people`: people after «ضد»/«بحق» right after a deed noun («التحقيقات ضد صحافيين»,
  «الانتهاكات بحق الصحفيين»).
Each is a fallback: `events._phrase_actors` calls it only where no target was read before.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_phrases import counted, noun_subject, oblique_people, people, people_only
from marsad.extract.events_tokens import Tok

PLAIN_CLASS = "plain_people"  # the word class of the plural nouns this module adds
_CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف")
# quantities before people they count («عشرات المسيحيين», «مئات المتظاهرين», «آلاف اللاجئين»)
_TENS = frozenset(norm(w) for w in ("عشرات", "مئات", "آلاف", "ألوف", "العشرات", "المئات", "الآلاف"))
_NOW = frozenset(norm(w) for w in ("الآن", "حاليا", "مجددا", "بدورها", "بدوره"))  # adverbs of time and turn
STEPS = 5  # words that may stand between the verb and the preposition (the doer, an adverb)


def plain_head(word: str, W: Words) -> bool:
    """True when a folded word, with its article or a clitic, is a plural noun of people or a body of
    the `plain_people` class («التجار», «والقيادات», «للنواب»)."""
    if word in W[PLAIN_CLASS]:
        return True
    return any(word.startswith(c) and word[len(c):] in W[PLAIN_CLASS] for c in _CLITICS if len(word) > len(c) + 2)


def plain_party(name: str, W: Words) -> bool:
    """True when a phrase no entity names is headed by a `plain_people` noun, alone or counted
    («القيادات الميدانية», «عشرات التجار», «بعض النواب»)."""
    ws = norm(name).split()
    if len(ws) > 1 and (ws[0] in _TENS or ws[0] in W["partitive"] or ws[0] in W["quantity"]):
        ws = ws[2:] if len(ws) > 2 and ws[1] == "من" else ws[1:]
    return bool(ws) and plain_head(ws[0], W)


def oblique_past_doer(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon,
                      doers: frozenset[str], skip: frozenset[int] = frozenset(), demand: bool = False) -> list[str]:
    """People or a body no entity names after a preposition that follows the verb ending at token k,
    with the named doer (`doers`: its names), a time word or an adverb between («وتهيب الوزارة الآن
    بالمواطنين», «واعتدى عناصر الشرطة على التجار»); [] when none stands there. `demand`: the verb
    asks, so a «بـ» noun after the doer is what is asked, and people after it are no addressee («طالب
    الرميحي بالإنصات للشباب»)."""
    at = {g.first: g for g in groups}
    stepped = False
    for _ in range(STEPS):
        if k >= b or not toks[k].word:
            return []
        g = at.get(k)
        if g is not None and g.names and set(g.names) <= doers:
            k, stepped = g.last, True
            continue
        if k in skip or toks[k].form in L.words["adverb"] or toks[k].form in _NOW:
            k += 1
            continue
        if k + 1 < b and toks[k + 1].form == "من" and (toks[k].form in L.words["head"]
                                                      or toks[k].form in L.words["partitive"]):
            k += 2  # «عناصر من الشرطة»: the doer's men
            continue
        break
    if not stepped or (demand and _asked_deed(toks[k].form, L.words)):
        return []
    return oblique_people(text, toks, k, b, groups, L, skip)


def _asked_deed(word: str, W: Words) -> bool:
    """True when a folded word is a noun glued to «بـ» that names no people («بالإنصات», «بضرورة»): what
    a demand asks for."""
    if not word.startswith("ب") or word.startswith("بين"):
        return False
    bare = word[3:] if word.startswith("بال") else word[1:]
    return bare not in W["people"] and bare not in W["crew"] and bare not in W[PLAIN_CLASS] \
        and not (len(bare) >= 5 and bare.endswith(("ين", "يين")) and bare.startswith("م"))


def tens_of_people(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], W: Words,
                   doers: frozenset[str]) -> list[str]:
    """People counted in tens or hundreds by a broken plural after the verb ending at token k, past its
    named doer («واعتقلت الشرطة المصرية عشرات التجار», «مئات الجنود»), which the number readers miss
    (they count sound plurals: «عشرات المتظاهرين»); [] when none stands there."""
    at = {g.first: g for g in groups}
    for _ in range(STEPS):
        g = at.get(k)
        if k < b and g is not None and g.names and set(g.names) <= doers:
            k = g.last
        elif k < b and (toks[k].form in W["adverb"] or toks[k].form in _NOW):
            k += 1
        else:
            break
    if k + 1 >= b or toks[k].form not in _TENS or any(g.first == k + 1 for g in groups):
        return []
    noun = toks[k + 1].form
    bare = noun[2:] if noun.startswith("ال") else ""
    if not (bare in W[PLAIN_CLASS] or bare in W["people"] or bare in W["crew"]):
        return []
    return [text[toks[k].start:toks[k + 1].end]]


def object_of_plural_verb(text: str, toks: list[Tok], verb: Tok, k: int, b: int, groups: list[Group],
                          L: Lexicon, skip: frozenset[int] = frozenset()) -> list[str]:
    """The people right after a past verb whose plural suffix holds its subject, at token k
    («خطفوا عشرات المسيحيين», «واعتقلوا ثلاثة جنود»): a counted or plural phrase of people; [] when
    the verb has no such suffix or no such phrase follows."""
    if not verb.form.endswith("وا") or len(verb.form) < 5 or k >= b or any(g.first == k for g in groups):
        return []
    obj = noun_subject(text, toks, k, b, groups, L, skip, victims=True)[0]
    W = L.words
    return [n for n in obj if counted(n) or plain_party(n, W) or (
        people(n) and norm(n).split()[0] in _TENS)]


_AGAINST = frozenset(norm(w) for w in ("ضد", "بحق"))  # prepositions of those a deed is done against


def against_people(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon,
                   skip: frozenset[int] = frozenset()) -> list[str]:
    """People no entity names after «ضد» or «بحق» right after a deed noun ending at token k («التحقيقات
    ضد صحافيين», «الانتهاكات بحق الصحفيين»); [] when none stands there."""
    while k < b and (k in skip or toks[k].form in L.words["adverb"]):
        k += 1
    if k + 1 >= b or toks[k].form not in _AGAINST or any(g.first == k + 1 for g in groups):
        return []
    names = noun_subject(text, toks, k + 1, b, groups, L, skip, victims=True)[0]
    return people_only([_before_verb(n) for n in names], L.words)


def _before_verb(name: str) -> str:
    """A phrase cut before a present verb that the noun reader took in («صحافيين يعملان» → «صحافيين»): a
    word opening with «ي» that ends in a dual or plural suffix, not a nisba («يمنيين»)."""
    words = name.split()
    for i, w in enumerate(words[1:], 1):
        f = norm(w)
        if f.startswith("ي") and f.endswith(("ان", "ون")) and not f.endswith(("يون", "يان")) and len(f) >= 5:
            return " ".join(words[:i])
    return name

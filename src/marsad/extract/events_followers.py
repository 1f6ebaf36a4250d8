"""A leader's men as the party: supporters, followers, aides, advisers and guards of a named person
(«أنصار الرئيس المعزول محمد مرسي», «أتباع الرئيس المخلوع علي عبد الله صالح», «مساعدي الرئيس بيار
نكورونزيزا») act or undergo the deed, not the person named after them.

`events_actors` already reads a kinship noun right before a name («نجل القذافي») as the party; this
module adds the plurals of a leader's men and lets the phrase reach past the words a leader's title
takes after it («المعزول», «المخلوع», «السابق») and past a first name the mention left out («علي» of
«علي عبد الله صالح»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_tokens import Tok, has

# plurals (and construct forms) naming a leader's men: whose men they are is the name after them
FOLLOWERS = forms(
    "أنصار", "مناصري", "مناصرو", "مؤيدي", "مؤيدو", "أتباع", "مساعدي", "مساعدو", "مستشاري", "مستشارو",
    "حراس", "مرافقي", "مرافقو", "معاوني", "معاونو")
# words that qualify a leader's title after it: he is no longer (or not yet) in office
FORMER = forms("المعزول", "المخلوع", "السابق", "الأسبق", "الراحل", "المقال", "المستقيل")
# leaders' titles a first name may follow outside the mention («الرئيس المخلوع علي عبد الله صالح»)
_LEADER_TITLES = forms("الرئيس", "الزعيم", "الملك", "الأمير", "الشيخ", "الجنرال")
_PROCLITICS = "وفبل"


def bare_in(t: Tok, words: frozenset[str]) -> bool:
    """True when the token is one of `words`, alone or after one proclitic («وأنصار», «لأنصار»)."""
    return t.form in words or (t.form[:1] in _PROCLITICS and t.form[1:] in words)


def is_follower(t: Tok) -> bool:
    """True when the token names a leader's men («أنصار», «وأتباع», «مساعدي»)."""
    return bare_in(t, FOLLOWERS)


def _nisba(t: Tok) -> bool:
    """True when the token looks like a definite nisba adjective of a title («اليمني», «المصري»)."""
    return t.form.startswith("ال") and t.form.endswith("ي") and len(t.form) > 4


def _title_word(t: Tok, W: Words) -> bool:
    """True when the token belongs to a title before a name («الرئيس», «اليمني», «المعزول»), not to
    a new phrase."""
    return t.word and (has(t, W["title"]) or t.form in FORMER or _nisba(t)) and not is_follower(t)


def _first_name(toks: list[Tok], k: int, a: int, W: Words) -> bool:
    """True when token k is a bare word right after a leader's title and its qualifier, left out of
    the name's mention («… المخلوع علي» + «عبد الله صالح»)."""
    if k - 1 < a or not toks[k].word or toks[k].form[:1] in _PROCLITICS or _title_word(toks[k], W):
        return False
    prev = toks[k - 1]
    return prev.word and (prev.form in FORMER or prev.form in _LEADER_TITLES)


def followers_start(toks: list[Tok], first: int, last: int, a: int, W: Words, kin: frozenset[str]) -> int | None:
    """The token a phrase of a leader's men (or his kin, `kin`) before the name at `first` opens at,
    past his titles and their qualifiers («أنصار الرئيس المعزول محمد مرسي», «نجل الرئيس المخلوع …»);
    None when no such noun stands there, or when the title goes on after the mention (first..last):
    «أتباع الرئيس اليمني» + «المخلوع علي عبد الله صالح» names the men of the name after it."""
    if last < len(toks) and toks[last].word and (toks[last].form in FORMER or _nisba(toks[last])):
        return None
    k = first - 1
    if k >= a and _first_name(toks, k, a, W):
        k -= 1
    passed = 0
    while k >= a and passed < 4 and _title_word(toks[k], W):
        k, passed = k - 1, passed + 1
    if k < a or not toks[k].word:
        return None
    return k if is_follower(toks[k]) or bare_in(toks[k], kin) else None


# nouns of those on someone's side, with an owner's pronoun or not («وحلفاءهم», «حلفاؤه», «شركاء»):
# «من» after them says whom they are among
_ALLY_STEMS = tuple(norm(w) for w in ("حلفاء", "حلفاؤ", "حلفائ", "شركاء", "شركاؤ", "شركائ", "رفاق"))


def _ally_noun(t: Tok) -> bool:
    """True when the token is a plural noun of allies, bare, with «و» or an owner's pronoun
    («وحلفاءهم», «حلفاؤه», «شركائها»)."""
    f = t.form[1:] if t.form[:1] == "و" else t.form
    return t.word and any(f.startswith(stem) and len(f) - len(stem) <= 2 for stem in _ALLY_STEMS)


def among_followers(toks: list[Tok], k: int, first: int, stops: set[int]) -> bool:
    """True when «من» at k opens a phrase of a leader's men (the group at `first`) right after a noun
    of allies that tells no deed («تحاصرهم وحلفاءهم من أتباع الرئيس المخلوع …»): whom the allies
    are among, not who did the deed («هجوم من أنصار مرسي» keeps its doer)."""
    if first != k + 1 or not is_follower(toks[first]):
        return False
    prev = next((j for j in range(k - 1, max(-1, k - 3), -1) if toks[j].word), None)
    return prev is not None and prev not in stops and _ally_noun(toks[prev])

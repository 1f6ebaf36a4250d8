"""Sources word order gets wrong: the culprit a deed clause describes, and the one a deputy stands for.

- `culprit_clause`: a deed told right after a culprit noun, past its nisba and place («تنفيذ حكم القتل قصاصا
  بحق جان قتل مواطنين», «في أحد الجناة بمنطقة القصيم أطلق النار على شقيقين») is an unmarked relative
  clause describing that culprit: he did it, not the ministry named before him (the source is the noun:
  his name comes, if at all, in the statement's later sentences);
- `bomber_after`: a deed verb whose subject after it is an unnamed attacker («حيث فجرت انتحاريتان نفسيهما»,
  «بعد أن فجر انتحاري يعتقد أنه ينتمي إلى …») was done by him (the noun is the source), not by the
  condemner or the country named before it;
- `deputy_source`: a party named right after «نيابة عن» is the one represented, not the doer («رحب مستشار
  السفير فلان نيابة عن السفير علان», «ورأس الوفد نيابة عن الملك سلمان … الأمير محمد بن نايف»): the
  deputy, named right before «نيابة» or right after the represented party's name, is the source.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

_CULPRIT = forms("جان", "جاني", "الجاني", "جناه", "الجناه", "جانيا")  # (reads: «جانٍ», «أحد الجناة»)
_ONE_OF = forms("احد")
_PERSON = forms("مواطن", "مقيم", "وافد")  # a culprit only as the one a sentence is carried out on («في مواطن قتل آخر»)
_ON = forms("في", "بحق")
_PLACE_NOUN = forms("بمنطقه", "منطقه", "بمحافظه", "محافظه", "بمدينه", "مدينه", "بمركز", "مركز")
# words that may stand between the culprit noun and the deed it did: his nisba, his place, «أقدم على»
_BETWEEN = _PLACE_NOUN | forms("الجنسيه", "لجنسيه", "اقدم", "على", "علي", "في")
CULPRIT_REACH = 7  # words from the culprit noun to the deed verb


def _conjoined(tok: Tok) -> bool:
    """True when the trigger word carries a conjunction («وقتل», «فأطلق»): a new clause of the sentence."""
    return tok.form[:1] in ("و", "ف") and tok.form[1:] in tok.reads


def _nisba(tok: Tok) -> bool:
    """A relational adjective's shape («سعودي», «باكستاني»): the culprit's nationality."""
    return tok.form.endswith("ي") and len(tok.form) > 3


def culprit_clause(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group],
                   source: list[str]) -> list[str]:
    """The culprit noun («جان», «أحد الجناة») for a source named before it, for the deed right after it
    («بحق جان قتل مواطنين»); `source` unchanged otherwise."""
    if not source or _conjoined(toks[h.first]):
        return source
    in_group = {k for g in groups for k in range(g.first, g.last)}
    places = {k for g in groups if g.is_loc and not g.force for k in range(g.first, g.last)}
    seen = 0
    k = h.first - 1
    while k >= a and seen < CULPRIT_REACH:
        t = toks[k]
        if not t.word:
            if t.form in SENT_END or t.form in ("(", ")", ":"):
                return source
            k -= 1
            continue
        seen += 1
        if k not in in_group and (has(t, _CULPRIT) or (has(t, _PERSON) and k > a and has(toks[k - 1], _ON))):
            break
        named_place = k in places or (k > a and has(toks[k - 1], _PLACE_NOUN))  # «بمنطقة القصيم»
        if not (named_place or has(t, _BETWEEN) or _nisba(t)):
            return source
        k -= 1
    else:
        return source
    culprit = k
    named = [g for g in groups if set(g.names) & set(source)]
    if named and all(g.last <= culprit for g in named):  # «أصدرت وزارة الداخلية بيانا … بحق جان قتل …»
        lo = culprit - 1 if culprit > a and has(toks[culprit - 1], _ONE_OF) else culprit  # «أحد الجناة»
        return [text[toks[lo].start:toks[culprit].end]]
    return source


_BOMBER = forms("انتحاري", "انتحاريه", "انتحاريان", "انتحاريتان", "انتحاريون", "انتحاريين", "انتحاريات",
               "مهاجم", "مهاجمان", "مهاجمون", "ملثم", "ملثمون", "ملثمين", "ملثمان")  # (after the verb: its subject)
_PASSIVE_MODES = ("kill", "arrest", "abduct")  # «قتل انتحاري»: a passive reading is as likely


def bomber_after(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str]) -> list[str]:
    """The unnamed attacker after a deed verb («حيث فجرت انتحاريتان نفسيهما») for a source named before it;
    `source` unchanged otherwise."""
    if not source or h.trig.pos != "v" or h.trig.mode in _PASSIVE_MODES:
        return source
    nw = next((k for k in range(h.last, min(b, h.last + 3)) if toks[k].word), None)
    if nw is None or not has(toks[nw], _BOMBER) or any(g.first <= nw < g.last for g in groups):
        return source
    named = [g for g in groups if set(g.names) & set(source)]
    if any(g.last <= h.first for g in named):  # (a town named after it is a place)
        return [text[toks[nw].start:toks[nw].end]]
    return source


_ON_BEHALF = forms("نيابه")
DEPUTY_REACH = 8  # words from «عن» to the represented party's name (titles: «خادم الحرمين الشريفين الملك»)


def _clause_break(toks: list[Tok], lo: int, hi: int) -> bool:
    """True when a clause mark other than a dash («– حفظه الله –») stands in tokens [lo, hi)."""
    return any(toks[j].form in CLAUSE_END and toks[j].form not in ("-", "–") for j in range(lo, hi))


def _represented(toks: list[Tok], groups: list[Group], lo: int, hi: int) -> list[tuple[int, Group]]:
    """(index of «نيابة», the party after «نيابة عن») for each «نيابة عن X» in tokens [lo, hi)."""
    out = []
    for k in range(lo, hi - 1):
        if not has(toks[k], _ON_BEHALF) or toks[k + 1].form != "عن":
            continue
        g = next((g for g in groups if k + 1 < g.first <= k + 1 + DEPUTY_REACH and g.actor), None)
        if g is not None and not _clause_break(toks, k + 2, g.first):
            out.append((k, g))
    return out


def deputy_source(toks: list[Tok], a: int, b: int, groups: list[Group], source: list[str],
                  target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target with the party a deputy stands for («نيابة عن X») taken out of the source and the
    deputy put there: the person named right before «نيابة» or, failing one, right after X's name."""
    for k, rep in _represented(toks, groups, a, b):
        if not set(rep.names) & set(source):
            continue
        rest = [n for n in source if n not in rep.names]
        before = [g for g in groups if g.last <= k and k - g.last <= 1 and g.actor and not g.is_loc]
        after = [g for g in groups if rep.last <= g.first <= rep.last + DEPUTY_REACH and g.person
                 and not _clause_break(toks, rep.last, g.first)]  # «… – حفظه الله – الأمير فلان»
        deputy = (before or after)[:1]
        if not rest and not deputy:
            continue
        names = [n for g in deputy for n in g.names]
        source = [*names, *[n for n in rest if n not in names]]  # «رحب مستشار السفير السعودي فلان نيابة عن …»
        target = [n for n in target if n not in source]
    return source, target

"""A state named only to describe another party or a place, no party of the event itself.

Saudi papers name «المملكة» (and other papers «السعودية», «الولايات المتحدة») in three roles that tell no
party of the deed or statement they stand in:
- the leader of a coalition (`coalition_leader`): «طائرات التحالف بقيادة المملكة الذي استهدف …», «التحالف
  العربي، الذي تقوده المملكة، …»: the coalition acts; where the rules took its leader for the doer, the
  coalition named before the leader word is the source instead;
- the owner of a statement noun (`statement_owner`): «عبر الجبير عن استنكار المملكة الشديد لهذا العمل»,
  «يعرب عن «إدانة المملكة واستنكارها للهجوم»»: the state whose condemnation it is, told with what it
  condemns after it, is the statement's side, never its target;
- the land entered (`land_entered`): «ضبطت دوريات حرس الحدود متسللا حاول دخول أراضي المملكة», «تهريب القات
  إلى داخل المملكة»: where the smugglers or infiltrators went, no party to the seizure or the smuggling; and
  the force that seized them («ضبط حرس الحدود بمنطقة جازان 45 مهربا وهم يحاولون تهريب …», which the story's
  kingdom stands for later) did no smuggling (`guards_not_smugglers`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# words that tell who leads a coalition: «بقيادة X», «الذي تقوده X», «التي يقودها X»
_LEADS = forms("بقيادة", "وبقيادة", "تقوده", "يقوده", "تقودها", "يقودها", "تتزعمه", "يتزعمه")
_COALITION = norm("التحالف")
COALITION_REACH = 5  # tokens from the coalition's name to the leader word («التحالف العربي، الذي تقوده»)

# statement nouns whose genitive is the side that states them («استنكار المملكة», «إدانة مصر»)
# (not «دعم», «تأييد»: «ثمن البشير دعم السعودية للسودان» praises the backer's deed, whose doer is the target)
_STATEMENT_NOUNS = forms("إدانة", "استنكار", "تنديد", "شجب", "رفض")
_STATED_TYPES = frozenset(("DISAPPROVE", "REJECT"))
_ABOUT = forms("عن")  # «أعرب عن», «عبر عن»: the noun after it is what is voiced
# what may follow the owner before what is stated: an adjective of the statement, or a second statement noun
# with the owner's pronoun («الشديد», «واستنكارها», «ورفضها»)
_STATEMENT_ADJECTIVES = forms("الشديد", "الشديدين", "البالغ", "القوي", "الكامل", "التام", "المطلق", "القاطع")
_OWNER_PRONOUNS = ("ها", "ه")
# what is stated after the owner: «لـ» + its object, or a demonstrative («هذا العمل»)
_DEMONSTRATIVES = forms("هذا", "هذه", "لهذا", "لهذه", "ذلك", "تلك")
_NOT_OBJECT = forms("لكن", "لكنها", "لكنه", "لدى", "ليست", "ليس", "لذلك", "لاسيما", "لأن", "لانه", "لأنه", "لأنها")
STATED_REACH = 3  # words after the owner up to what it states

# land words before a state named as where someone went («أراضي المملكة», «داخل المملكة», «حدود المملكة»)
_LAND = forms("أراضي", "اراضي", "الأراضي", "أرض", "داخل", "حدود", "أجواء", "مياه")
# entering words a bare «إلى» + state follows («التسلل إلى المملكة», «تهريبها إلى المملكة»)
_ENTER = forms("التسلل", "تسلل", "دخول", "الدخول", "العبور", "عبور", "تهريب", "تهريبها", "تهريبه", "لتهريب",
               "إدخال", "ادخال", "إدخالها", "ادخالها", "الوصول", "متجها", "متجهين", "قادما", "قادمين")
_TO = norm("إلى")
_LAND_TYPES = frozenset(("COERCE", "CRIME"))
ENTER_REACH = 4  # words from an entering word to the «إلى» before the state


def _words_before(toks: list[Tok], k: int, n: int) -> list[int]:
    """Up to n word tokens before token k, nearest first."""
    out: list[int] = []
    j = k - 1
    while j >= 0 and len(out) < n:
        if toks[j].word:
            out.append(j)
        j -= 1
    return out


def _drop(ev: Event, names: set[str]) -> None:
    ev.source = [n for n in ev.source if n not in names]
    ev.target = [n for n in ev.target if n not in names]


def _named_elsewhere(groups: list[Group], g: Group, names: set[str], a: int, b: int) -> bool:
    """True when another mention of the sentence names one of `names`: there it may be a party."""
    return any(x is not g and a <= x.first < b and names & set(x.names) for x in groups)


def coalition_leader(toks: list[Tok], a: int, b: int, ev: Event, groups: list[Group]) -> None:
    """Drop a coalition's leader named after «بقيادة»/«تقوده» from the parties; where it stood as the source
    and none is left, the coalition named before the leader word is the source."""
    for g in groups:
        if not a <= g.first < b:
            continue
        before = _words_before(toks, g.first, 1)
        if not before or before[0] < a or toks[before[0]].form not in _LEADS:
            continue
        names = set(g.names)
        if not names & {*ev.source, *ev.target} or _named_elsewhere(groups, g, names, a, b):
            continue
        lead = before[0]
        coalition = next((x for x in reversed(groups) if a <= x.first and x.last <= lead
                          and lead - x.last <= COALITION_REACH and x.actor
                          and any(_COALITION in norm(n).split() for n in x.names)), None)
        if coalition is None and not any(toks[j].form == _COALITION or _COALITION in toks[j].reads
                                         for j in _words_before(toks, lead, COALITION_REACH)):
            continue  # «بقيادة» of no coalition («وفد بقيادة الوزير»): left to the rules
        was_source = bool(names & set(ev.source))
        _drop(ev, names)
        if was_source and not ev.source and coalition is not None:
            ev.source = [n for n in coalition.names if n not in ev.target]


def _states_after(toks: list[Tok], k: int, b: int) -> bool:
    """True when what the owner (ending before token k) states follows within `STATED_REACH` words: a «لـ»
    object or a demonstrative, past an adjective of the statement or a second statement noun with a pronoun."""
    seen = 0
    j = k
    while j < b and seen <= STATED_REACH:
        t = toks[j]
        j += 1
        if not t.word:
            if t.form in ("،", ",", ".", "؛"):
                return False
            continue
        seen += 1
        f = t.form
        if f in _DEMONSTRATIVES or (f.startswith("ل") and len(f) > 3 and f not in _NOT_OBJECT):
            return True
        if f in _STATEMENT_ADJECTIVES:
            continue
        if f.startswith("و") and f.endswith(_OWNER_PRONOUNS) and len(f) > 4:
            continue  # «واستنكارها», «ورفضها»: the same owner's second statement
        return False
    return False


def statement_owner(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> None:
    """A state named right after the trigger's statement noun, with what it states after it («عن استنكار
    المملكة الشديد لهذا العمل»), owns the statement: no target; the source where none is named."""
    k = h.after  # past the words the trigger needed («عبر … عن استنكار»)
    if ev.type not in _STATED_TYPES or toks[k - 1].form not in _STATEMENT_NOUNS:
        return
    voiced = _words_before(toks, k - 1, 1)
    if k - 1 != h.first and not (voiced and toks[voiced[0]].form in _ABOUT):
        return  # («ثمن … رفض مصر …»: another's refusal, the verb's object)
    while k < b and not toks[k].word and toks[k].form in ("«", '"', "“"):
        k += 1
    g = next((x for x in groups if x.first == k and x.actor and not x.glued), None)
    if g is None or not set(g.names) & set(ev.target) or not _states_after(toks, g.last, b):
        return
    names = set(g.names)
    ev.target = [n for n in ev.target if n not in names]
    if not ev.source:
        ev.source = list(g.names)


def land_entered(toks: list[Tok], a: int, b: int, ev: Event, groups: list[Group], polities: frozenset[str]) -> None:
    """Drop from a seizure's or a smuggling's parties a state named as the land someone entered or made for
    («دخول أراضي المملكة», «إلى داخل المملكة», «التسلل إلى المملكة»); not a body a smuggling went to («تهريب
    السلاح إلى حركة حماس»: whom it supplied)."""
    if ev.type not in _LAND_TYPES:
        return
    for g in groups:
        if not a <= g.first < b or not set(g.names) & {*ev.source, *ev.target} \
                or not all(norm(n) in polities for n in g.names):
            continue
        before = _words_before(toks, g.first, ENTER_REACH + 1)
        if not before or before[0] < a:
            continue
        first = toks[before[0]].form
        land = first in _LAND or (first.startswith(("و", "ب", "ل")) and first[1:] in _LAND)
        entered = first == _TO and any(toks[j].form in _ENTER for j in before[1:])
        if (land or entered) and not _named_elsewhere(groups, g, set(g.names), a, b):
            _drop(ev, set(g.names))


# smuggling and infiltration words: a crime a border force stops, never commits
_SMUGGLING = forms("تهريب", "لتهريب", "وتهريب", "بتهريب", "التهريب", "تسلل", "التسلل", "بالتسلل", "تسللهم", "تهريبها",
                   "تهريبه", "إدخال", "ادخال", "لإدخال", "لادخال")


def guards_not_smugglers(toks: list[Tok], h: Hit, ev: Event, forces: frozenset[str]) -> None:
    """Drop the state forces («حرس الحدود», «الجمارك») from the doers of a smuggling or an infiltration the
    rules gave them as the nearest actor before it: they stopped it."""
    if ev.type == "CRIME" and toks[h.first].form in _SMUGGLING:
        ev.source = [n for n in ev.source if n not in forces]

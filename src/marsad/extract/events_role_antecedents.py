"""Bare role nouns that stand for a party named earlier in the article: «الشركة» (`lang/ar/
event_anaphora.tsv`, rows under «role antecedents») for the company named nearest before it, «المركز» for the
centre so named («مركز الملك سلمان للإغاثة» … «ووقع المركز مذكرة تفاهم»), not a rank («المركز الأول»), and the bare
«المتمردون» of `event_actors.tsv` for the insurgent group the story named («حزب العمال الكردستاني» …
«ونصب المتمردون كمينا»). With no such party named before, the noun is left as it is.

Unlike «الحركة» or «الوزارة», «الشركة» is as often part of another phrase: the genitive of an office
(«مجلس إدارة الشركة») or the head of a name the entity layer did not give («الشركة السعودية
للكهرباء»). Such a noun is left as it is (`stands_alone`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Mention
from marsad.extract.events_tokens import CLAUSE_MARKS, Tok
from marsad.model import Entity

# anaphors that must stand alone to stand for an earlier party
ROLE_ANAPHORS = frozenset(fold(w) for w in ("الشركة", "الوفد", "المركز"))
# the delegation anaphor, which stands for the party whose delegation was named before (`delegation_antecedent`)
DELEGATION = fold("الوفد")
_DELEGATION_NOUNS = frozenset(fold(w) for w in ("وفد", "وفدا", "وفود", "وفدين"))
DELEGATION_REACH = 3  # words from «وفد» to its party's name («وفد من حركة …», «وفدا رفيعا من …»)

# «المركز»: the centre named before («مركز الملك سلمان للإغاثة» … «وسلم المركز 500 حقيبة إيوائية»), not a rank
CENTRE = fold("المركز")
_RANKS = frozenset(fold(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                     "الثامن", "التاسع", "العاشر", "الأخير", "الأولى", "الثانية", "الثالثة"))
# «ما قام به المركز»: the centre as the doer in a clause that tells what was done, a topic, no party
_DONE_WITH = frozenset(fold(w) for w in ("به", "بها", "بهم"))
# words that make the role noun their genitive: another office or body («رئيس الشركة»)
_CONSTRUCT_HEADS = frozenset(fold(w) for w in (
    "رئيس", "رئيسة", "نائب", "مجلس", "مجالس", "وزراء", "وزير", "وزيرة", "مدير", "مديرة", "إدارة",
    "موظفي", "موظفو", "عمال", "مساهمي", "مساهمو", "أسهم", "سهم", "حساب", "مقر", "فروع", "فرع",
    "أمين", "امين", "عضو", "أعضاء", "مستشار", "اجتماع", "لقاء", "بيان", "مصدر", "متحدث", "ناطق",
    "مسؤول", "مسؤولي", "مسؤولو", "ممثل", "ممثلي", "رئاسة", "شؤون", "هيئة", "أرباح", "ملكية"))


_NISBA_ENDS = tuple(fold(w) for w in ("ي", "ية", "يه", "يون", "يين", "يات"))
_AL_VERBS = frozenset(fold(w) for w in ("التقى",))  # a verb that opens with «ال» and folds to a nisba's end
_NISBA_PLURALS = frozenset(fold(w) for w in ("العرب", "الأفارقة", "الأجانب", "الجدد", "السابقون", "السابقين"))


def _prev_word(toks: list[Tok], i: int) -> Tok | None:
    """The word right before token i, when no punctuation stands between them."""
    k = i - 1
    if k >= 0 and toks[k].word:
        return toks[k]
    return None


def _next_word(toks: list[Tok], i: int) -> Tok | None:
    """The word right after token i, when no punctuation stands between them."""
    k = i + 1
    if k < len(toks) and toks[k].word:
        return toks[k]
    return None


def _names_more(tok: Tok) -> bool:
    """True when a word after a role noun makes it part of a longer name or another group: a definite
    nisba («الشركة السعودية», «الشركات العربية») or a «لل» genitive («الشركة
    للنقل»); an object after it («ودعت الشركة المساهمين») is no such word."""
    f = tok.form
    if f.startswith("لل"):
        return True
    if f in _AL_VERBS:
        return False  # «إن الوفد التقى …»: the verb, no nisba
    return f.startswith("ال") and (f in _NISBA_PLURALS or f.endswith(_NISBA_ENDS))


def stands_alone(toks: list[Tok], i: int, key: str) -> bool:
    """False when the role anaphor `key` at token i is part of another phrase: the genitive of an
    office or body («رئيس الشركة», «مجلس إدارة الشركة») or the head of a longer name («الشركة
    السعودية للكهرباء»); True for any other anaphor and for a role noun standing alone («وقالت
    الشركة إن …»)."""
    if key not in ROLE_ANAPHORS:
        return True
    prev = _prev_word(toks, i)
    if prev is not None and any(r in _CONSTRUCT_HEADS for r in (prev.form, *prev.reads)):
        return False
    nxt = _next_word(toks, i)
    if key == DELEGATION and nxt is not None and nxt.form.startswith("ال") and nxt.form not in _AL_VERBS:
        return False  # «والوفد المرافق له», «الوفد الزائر»: a delegation described, not the one named before
    if key == CENTRE and ((nxt is not None and nxt.form in _RANKS) or (prev is not None and prev.form in _DONE_WITH)):
        return False  # «احتل المركز الأول»: a rank; «شرحا لما قام به المركز»: what it did, told as a topic
    return not (nxt is not None and _names_more(nxt))


# the bare rebels of `event_actors.tsv` («المتمردون» where the story names no Houthis)
BARE_REBELS = fold("المتمردون")

# insurgent groups a bare «المتمردون» may stand for, as words of their names
_REBEL_NAMES = frozenset(fold(w) for w in (
    "طالبان", "الكردستاني", "بوكو", "الشباب", "الطوارق", "أزواد", "ازواد", "الحوثي", "الحوثيين"))


def nearest_antecedent(toks: list[Tok], i: int, ments: list[Mention], head: str) -> str | None:
    """The party a role anaphor at token i stands for: the organisation named nearest before it with
    its head word («شركة النور» … «وقالت الشركة»), or one the same anaphor stood for before. None when
    the nearest such word opens a name the entity layer did not give («شركة الكابلات السعودية»,
    «الشركة العقارية السعودية»): another company, of no known name."""
    at = {k: m for m in ments for k in range(m[0], m[1])}
    for k in range(i - 1, -1, -1):
        tok = toks[k]
        if not tok.word or head not in tok.form:
            continue
        m = at.get(k)
        if m is not None:
            ent = m[2]
            return ent.canonical if ent.label == "ORG" and head in fold(ent.canonical) else None
        bare = tok.form.lstrip("وف").startswith(("ال", "لل"))
        nxt = _next_word(toks, k)
        if bare and not (nxt is not None and _names_more(nxt)):
            continue  # «أرباح الشركة», «وقالت الشركة»: the same company again
        return None
    return None


def delegation_antecedent(toks: list[Tok], i: int, ments: list[Mention]) -> Entity | None:
    """The party whose delegation a bare «الوفد» at token i stands for: the organisation or country named
    within `DELEGATION_REACH` words after the nearest «وفد» before it («بحث وفد من حركة حماس …» … «إن الوفد
    التقى …»: حماس), or named with it («وفد حماس»). None when that delegation names no party («وفدا من
    رجال الأعمال»)."""
    at = {k: m for m in ments for k in range(m[0], m[1])}
    for k in range(i - 1, -1, -1):
        tok = toks[k]
        if not tok.word or not (tok.form in _DELEGATION_NOUNS or (
                tok.form[:1] in ("و", "ف", "ب", "ل") and tok.form[1:] in _DELEGATION_NOUNS)):
            continue
        m = at.get(k)
        if m is not None:
            return m[2] if m[2].label in ("ORG", "LOC") else None  # «وفد حماس» as one group actor
        seen = 0
        for j in range(k + 1, len(toks)):
            if not toks[j].word:
                if toks[j].form in CLAUSE_MARKS:
                    return None
                continue
            seen += 1
            if seen > DELEGATION_REACH:
                return None
            m = at.get(j)
            if m is not None:
                return m[2] if m[0] == j and m[2].label in ("ORG", "LOC") else None
        return None
    return None


def _is_rebel_group(ent: Entity) -> bool:
    """True when an organisation's name is that of an insurgent group («حركة طالبان», «حزب العمال
    الكردستاني», «بوكو حرام»)."""
    return ent.label == "ORG" and fold(ent.canonical) != BARE_REBELS and any(
        w in _REBEL_NAMES for w in fold(ent.canonical).split())


def named_so_far(ents: Iterable[Entity], before: int, keep: Callable[[Entity], bool]) -> dict[str, int]:
    """How often each canonical name of the entities `keep` accepts is named before offset `before`
    (`ents` in text order), the one named latest last."""
    counts: dict[str, int] = {}
    for e in ents:
        if e.start >= before:
            break
        if keep(e):
            counts[e.canonical] = counts.pop(e.canonical, 0) + 1
    return counts


def most_named(counts: dict[str, int]) -> str | None:
    """The name of `named_so_far` named most, the latest on ties; None when none was named."""
    return max(reversed(list(counts)), key=lambda c: counts[c]) if counts else None


def named_rebels(ments: list[Mention]) -> list[Mention]:
    """`ments` with each bare «المتمردون» standing for the insurgent group named most before it in the
    story, latest on ties («قتلت حركة طالبان …» … «ويكثف المتمردون هجماتهم»); left as it is when the
    story named none before it."""
    out = list(ments)
    order = sorted(range(len(out)), key=lambda k: out[k][2].start)
    for k in order:
        s, t, ent = out[k]
        if fold(ent.canonical) != BARE_REBELS:
            continue
        best = most_named(named_so_far((out[m][2] for m in order), ent.start, _is_rebel_group))
        if best is not None:
            out[k] = (s, t, replace(ent, canonical=best))
    return out

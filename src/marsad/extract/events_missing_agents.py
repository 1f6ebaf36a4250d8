"""Obvious doers that word order missed because something stands between the verb and its subject.

- A VSO verb's subject may follow a time word or a manner adverb («واعتقلت أمس الشرطة التركية خمسة
  أشخاص», «ودعت أمس الخميس وزارة الخارجية …», «وأدان بشدة مجلس التعاون …»), an aside between commas
  («وقصفت، بحسب المرصد، قوات النظام …») or, for a deed, a preposition with a pronoun («يشن منها التنظيم
  هجماته», «وشن عليها الجيش السوري غارات»): `past_adjuncts` steps over them so that the subject is read
  where it stands and not taken for the verb's object, and the verb for a passive (`doer_after_adjuncts`,
  `pp_subject`). Not a statement's «دعا فيها X» (in a letter: X is called on), not a killing's «قتل فيها
  20 شخصا» (a passive), nor a feminine noun after a masculine verb («التي هاجم فيها المملكة»).
- A relative clause that closes right before the verb opens no clause of its own («إن التحالف الذي
  تقوده الولايات المتحدة نفذ 29 ضربة»): its head is the subject (`open_no_clause`).
- A verb conjoined with «و» that names no subject goes on with the subject of the verb that opens the
  sentence («وأعلنت الشرطة التركية مقتل ثلاثة مسلحين واعتقلت خمسة آخرين»), or of the deed before it
  («وداهمت الشرطة … واعتقلت خمسة أشخاص»), early enough for the people it was done to to be read
  (`conjoined_doer`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import DAY_TIMES, Words, forms
from marsad.extract.events_tokens import Tok, has

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

# time words that can stand between a verb and its subject («أمس», «مساء الثلاثاء», «اليوم الخميس»)
_TIME_WORDS = DAY_TIMES | forms("الأول", "يوم", "الماضي", "الماضية", "الجاري")
# manner and turn adverbs («أدان بشدة», «أكد مجددا», «أعلنت رسميا»)
_MANNER_WORDS = forms(
    "بشدة", "بقوة", "رسميا", "مجددا", "أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "الآن", "حاليا",
    "أخيرا", "مؤخرا", "اليوم",
)
# a preposition with a pronoun: whom or where the deed went, told before the subject («يشن منها التنظيم
# هجماته», «وشن عليها الجيش غارات»)
_PRONOUN_PPS = forms(
    "منها", "منه", "منهم", "عليها", "عليه", "عليهم", "فيها", "فيه", "بها", "به", "بهم", "لها", "له", "لهم",
    "إليها", "اليها", "إليه", "اليه", "إليهم", "اليهم", "معها", "معه", "معهم", "ضدها", "ضده", "ضدهم",
)
# words that open an aside between commas naming who tells it («، بحسب المرصد،», «، وفق مصادر محلية،»)
_ASIDE_OPENERS = forms("بحسب", "حسب", "وبحسب", "وفق", "وفقا", "طبقا", "حسبما", "بحسبما")
ADJUNCT_REACH = 4  # words of time and manner between a verb and its subject («أمس الأول الخميس»)
ASIDE_REACH = 8  # words of an aside between commas


def adjunct_word(t: Tok, W: Words, pps: bool = True) -> bool:
    """True when the token is a word of time or manner that modifies the verb, or (with `pps`) a
    preposition with a pronoun, not a party."""
    return t.word and (t.form in _TIME_WORDS or t.form in _MANNER_WORDS or t.form in W["adverb"]
                       or (pps and pronoun_pp(t)))


def pronoun_pp(t: Tok) -> bool:
    """True when the token is a preposition with a pronoun glued to it («عليها», «منه»): a whole phrase
    that governs no noun after it («وشن عليها الجيش غارات»: the army is free, the subject)."""
    return t.word and t.form in _PRONOUN_PPS


def _glued_title(t: Tok, W: Words) -> bool:
    """True when a preposition is glued to a title or head noun («بصاحب السمو», «للرئيس»): what follows is
    the preposition's object, not the subject («رحب فيها بصاحب السمو الملكي …»)."""
    return t.form[:1] in ("ب", "ل") and t.form not in W["title"] and t.form not in W["head"] \
        and (has(t, W["title"]) or has(t, W["head"]))


def _aside_end(toks: list[Tok], k: int, b: int) -> int | None:
    """The token after an aside that opens at the comma at token k («، بحسب المرصد،»), or None."""
    if k + 1 >= b or toks[k].form not in ("،", ",") or toks[k + 1].form not in _ASIDE_OPENERS:
        return None
    for j in range(k + 2, min(b, k + 2 + ASIDE_REACH)):
        if not toks[j].word and toks[j].form in ("،", ","):
            return j + 1
        if not toks[j].word and toks[j].form not in ("«", "»", '"', "-"):
            return None
    return None


def past_adjuncts(toks: list[Tok], k: int, b: int, W: Words, pps: bool = True) -> int:
    """Token k moved past up to `ADJUNCT_REACH` words of time and manner, prepositions with a pronoun
    (with `pps`) and one aside between commas right after a verb («واعتقلت أمس الشرطة»: to «الشرطة»;
    «وقصفت، بحسب المرصد، قوات النظام»: to «قوات»); k itself when none stands there, when only such words
    are left in the clause, or when a preposition is glued to the word after them («رحب فيها بصاحب …»)."""
    j, seen = k, 0
    while j < b and seen <= ADJUNCT_REACH:
        if not toks[j].word:
            if (end := _aside_end(toks, j, b)) is not None:
                j, seen = end, seen + 1
                continue
            if toks[j].form not in ("،", ","):  # none but a comma may stand among them
                break
            j += 1
            continue
        if not adjunct_word(toks[j], W, pps):
            return j if seen and not _glued_title(toks[j], W) else k
        seen += 1
        j += 1
    return k


def deed_pps(h_type: str, W: Words) -> bool:
    """True when a preposition with a pronoun may stand between a verb of type `h_type` and its subject:
    a deed («يشن منها التنظيم هجماته», «وشن عليها الجيش غارات»), not a statement, whose «دعا فيها X»
    inside a letter or a speech has its speaker as subject and X as the one called on."""
    return h_type not in W["needs_source"]


_ON_IT = forms("عليه", "عليها", "عليهم", "عليهما")


def consent_pp(h_type: str, toks: list[Tok], k: int) -> bool:
    """True when an agreeing verb ending before token k governs its own «على» with a pronoun there
    («ووافق عليها مجلس الشورى», «وصادق عليه البرلمان»): the subject follows it, as after a deed's."""
    return h_type == "AGREE" and k < len(toks) and toks[k].word and toks[k].form in _ON_IT


# the bindings a preposition with a pronoun gives the group after it when read as a bare preposition
_PP_READINGS = (None, "target", "mod", "from")


def pp_subject(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The named party right after a preposition with a pronoun that follows the verb ending at token k
    («وشن عليها الجيش السوري غارات»): the verb's subject, though the preposition's reading bound it as a
    target; None when there is none."""
    j = past_adjuncts(toks, k, b, W)
    if j == k or not any(pronoun_pp(toks[i]) for i in range(k, j)):
        return None
    return next((g for g in groups if g.first == j and g.actor and g.binding in _PP_READINGS
                 and (g.force or not g.is_loc)), None)


def doer_after_adjuncts(toks: list[Tok], h_last: int, b: int, groups: list[Group], W: Words) -> bool:
    """True when words of time or manner follow a verb and a body or a force opens the words after them
    («واعتقلت أمس الشرطة التركية …»): that is the verb's subject, so the verb is active, not a passive
    with the time word after it («واعتقل أمس ثلاثة …»)."""
    k = past_adjuncts(toks, h_last, b, W)
    if k == h_last:
        return False
    g = next((x for x in groups if x.first == k), None)
    return g is not None and g.actor and g.binding is None and (g.force or not (g.person or g.is_loc))


_RESUMPTIVE_ENDS = ("ه", "ها", "هم")  # the pronoun on a relative clause's verb that stands for its head


def open_no_clause(toks: list[Tok], h_first: int, lo: int, groups: list[Group], W: Words) -> frozenset[int]:
    """Relative pronouns in [lo, h_first) that open no clause of their own before the verb at `h_first`: one
    inside a named party («التحالف الذي تقوده السعودية», read as one actor), and one whose short clause
    closes right before the verb («التحالف الذي تقوده الولايات المتحدة نفذ 29 ضربة»): the noun before
    it is the verb's subject (SVO)."""
    inside = {k for k in range(lo, h_first) if toks[k].form in W["relative"]
              and any(g.first < k < g.last for g in groups)}
    closed = _closed_relative(toks, h_first, lo, groups, W)
    return frozenset(inside | ({closed} if closed is not None else set()))


def _closed_relative(toks: list[Tok], h_first: int, lo: int, groups: list[Group], W: Words) -> int | None:
    """The relative pronoun of a short clause closing right before the verb at `h_first`: its verb, with a
    pronoun for the named party before it, then a named party, and nothing more; else None."""
    g = next((x for x in groups if x.last == h_first and x.actor), None)
    if g is None:
        return None
    ws = [k for k in range(lo, g.first) if toks[k].word]
    if len(ws) < 2 or any(not toks[k].word and toks[k].form not in ("«", "»", '"')
                          for k in range(ws[-2], g.first)):
        return None
    rel, verb = ws[-2], ws[-1]
    if toks[rel].form not in W["relative"] or not toks[verb].form.endswith(_RESUMPTIVE_ENDS):
        return None
    if not any(x.last <= rel and rel - x.last <= 1 and x.actor for x in groups):
        return None  # the head noun must be a named party right before the pronoun
    return rel


def _opening_verb(toks: list[Tok], a: int, h_first: int, W: Words) -> int | None:
    """The first word of sentence [a, h_first) when it is a verb of announcing, doing or saying («وأعلنت»,
    «ونفذت», «وقال»), fillers («كما», «وقد») allowed before it; else None."""
    for k in range(a, h_first):
        t = toks[k]
        if not t.word:
            continue
        if has(t, W["filler"]):
            continue
        return k if (has(t, W["light"]) or has(t, W["say"]) or has(t, W["claim"])) else None
    return None


def _same_gender(v1: Tok, v2: Tok) -> bool:
    """True when two past verbs agree: both feminine in ـت, or neither («أعلنت … واعتقلت»)."""
    return v1.form.endswith("ت") == v2.form.endswith("ت")


def conjoined_doer(toks: list[Tok], a: int, h_first: int, prior: list[str], groups: list[Group],
                   W: Words) -> list[str]:
    """The doer of a verb conjoined with «و» that names no subject of its own: the earlier verb's subject
    (`prior`), else the subject named right after the verb that opens the sentence («وأعلنت الشرطة
    التركية مقتل ثلاثة مسلحين واعتقلت خمسة آخرين»: the police arrested them). Not when «أن»/«إن», a
    relative pronoun, a colon or a quote opens a clause of its own between them; [] when none."""
    if prior:
        return list(prior)
    lv = _opening_verb(toks, a, h_first, W)
    if lv is None or not _same_gender(toks[lv], toks[h_first]):
        return []
    if any((toks[k].word and (toks[k].form in W["comp"] or toks[k].form in W["relative"]))
           or (not toks[k].word and toks[k].form in (":", '"', "«", "»", "“", "”")) for k in range(lv + 1, h_first)):
        return []
    g = next((x for x in groups if lv < x.first < h_first), None)
    if g is None or g.binding is not None or not g.actor or (g.is_loc and not g.force):
        return []
    if not all(has(toks[k], W["title"]) or has(toks[k], W["head"]) for k in range(lv + 1, g.first)
               if toks[k].word):
        return []  # the subject right after the opening verb, titles allowed between
    return list(g.names)

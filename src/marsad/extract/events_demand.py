"""Subjects of demands, condemnations, refusals and protests that word order misreads.

- a bare definite body noun right after the verb («ودعت الحكومة الحوثيين إلى …», «اتهمت الحكومة حركة
  حماس بـ …») is the verb's subject, even though it names no entity: a definite noun takes no genitive,
  so the name after it is a second noun phrase, the object, and never the subject;
- a definite body noun and a country's name after it («الحكومة إيران») are two noun phrases, not a force
  of that country: a definite noun takes no genitive, and only an adjective («الحكومة الإيرانية») or
  a genitive after an indefinite head («حكومة إيران») says whose it is;
- a count right after a protest verb («وتظاهر عشرات الأكراد في …», «واحتج مئات الطلاب على …») counts
  the protesters: the people it counts are the subject, not people the protest was done to.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok, is_count, next_word
from marsad.extract.events_triggers import Hit
from marsad.model import Entity

# bodies named by a bare definite noun; the name after one is another party, not its genitive
_BODIES = frozenset(norm(w) for w in (
    "الحكومة", "السلطات", "الجيش", "الشرطة", "الوزارة", "البرلمان", "المعارضة", "المحكمة", "النيابة",
    "الرئاسة", "الخارجية", "الداخلية", "الحكومات", "القوات", "المركز", "النقابة", "الجمعية", "الهيئة", "اللجنة",
    "المجلس"))
# time words that may stand between the verb and its subject («ودعت أمس الحكومة …»)
_WHEN = frozenset(norm(w) for w in ("أمس", "اليوم", "الليلة", "مساء", "صباح", "أيضا", "كذلك"))
# adjective endings: a nisba right after a body noun describes it («الحكومة اليمنية»; a plural in ـيين,
# «الحوثيين», agrees with none of them: another party)
_NISBA_ENDS = ("ي", "يه")


def _bare_body(t: Tok) -> bool:
    """True when the token is a body noun of `_BODIES`, alone or with «و»/«ف» before it."""
    f = t.form
    return f in _BODIES or (f[:1] in "وف" and f[1:] in _BODIES)


def body_subject_before(toks: list[Tok], h: Hit, g: Group, groups: list[Group]) -> bool:
    """True when the words between the verb of `h` and the group `g` after it are one bare definite
    body noun («ودعت الحكومة الحوثيين») or title («وناشد الرئيس الأمم المتحدة»), maybe with a time word,
    that no group holds: that noun is the subject, `g` its object. Not when `g` opens with a nisba, which
    describes the noun («الحكومة اليمنية»)."""
    ws = [k for k in range(h.last, g.first) if toks[k].word and toks[k].form not in _WHEN]
    if len(ws) != 1 or not (_bare_body(toks[ws[0]]) or _bare_title(toks[ws[0]])):
        return False
    if any(toks[k].word and toks[k].form not in _WHEN for k in range(ws[0] + 1, g.first)):
        return False  # («وطالبت الحكومة أمس الأمم المتحدة»: a time word may stand after it)
    if any(x.first <= ws[0] < x.last for x in groups):
        return False
    return body_then_party([toks[ws[0]]], toks[g.first], g) or _title_then_body(toks[ws[0]], toks[g.first], g)


# one-word definite titles of a man: «وناشد الرئيس الأمم المتحدة أن …»
_TITLES = frozenset(norm(w) for w in (
    "الرئيس", "الوزير", "الملك", "الأمير", "السفير", "المبعوث", "المتحدث", "الناطق", "الزعيم", "المستشار",
    "القائد", "المرشد", "البابا", "المفتي", "النائب"))


def _bare_title(t: Tok) -> bool:
    """True when the token is a title of `_TITLES`, alone or with «و»/«ف» before it."""
    return t.form in _TITLES or (t.form[:1] in "وف" and t.form[1:] in _TITLES)


def _title_then_body(t: Tok, first: Tok, g: Group) -> bool:
    """True when a bare definite title («الرئيس», with «و»/«ف» before it) is followed by a definite name that
    is no person's and no nisba («وناشد الرئيس الأمم المتحدة أن …», «ودعا الوزير المجتمع الدولي إلى …»): a
    definite noun takes no genitive, so the title is the subject and the name the object; not «الرئيس
    هادي» (his name) nor «الرئيس اليمني» (an adjective)."""
    return _bare_title(t) and not g.person and not g.nisba and first.form.startswith("ال") \
        and not first.form.endswith(_NISBA_ENDS)


def body_then_party(words: list[Tok], first: Tok, g: Group) -> bool:
    """True when a noun phrase read so far is one bare body noun and the group `g` (whose first token is
    `first`) follows it without describing it («الحكومة الحوثيين», «الحكومة حركة حماس»): the noun is the
    whole phrase, `g` another party (not a title and its holder, «الرئيس هادي»)."""
    f = first.form
    return len(words) == 1 and _bare_body(words[0]) and not g.nisba \
        and not (f.startswith("ال") and f.endswith(_NISBA_ENDS))


def definite_head_then_name(head: Tok, first: Tok, ent: Entity) -> bool:
    """True when a force's row ends in a definite word (`head`) and the LOC entity right after it
    (opening at token `first`) is spelled as the place, not as its adjective, with no «بـ» glued on
    («الحكومة إيران»: two parties; «الحكومة الإيرانية», «حكومة إيران», «الشرطة بمصر»: Egypt's)."""
    if first.form[:1] == "ب":
        return False
    definite = any(r.startswith("ال") for r in (head.form, *head.reads))
    text = norm(ent.text)  # («السعودية» is its place's name and its adjective: an adjective here)
    return definite and text.endswith(norm(ent.canonical)) and not text.endswith(_NISBA_ENDS)


def counted_protesters(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> Group | None:
    """The group of people a count right after a protest verb counts («تظاهر عشرات الأكراد», «احتج
    مئات من الطلاب»): the protesters, its subject; None when no count or no such group stands there."""
    if h.trig.type != "PROTEST":
        return None
    nw = next_word(toks, h.last, b)
    if nw < h.last or not is_count(toks[nw], W["quantity"]):
        return None
    k = next_word(toks, nw + 1, b)
    if k < b and toks[k].form == "من":
        k = next_word(toks, k + 1, b)
    # (any group a count runs into is people, «آلاف الأتراك», never the place of the protest)
    return next((g for g in groups if g.first == k and (g.actor or g.nisba) and g.binding is None), None)


def titled_asker(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> bool:
    """True when the word right after a demand verb is a bare title of `_TITLES` that no group holds, and a
    group follows it at once as the one asked («ودعا الوزير المنظمات الدولية إلى …»): the title is the
    subject, the man the story tells of."""
    k = next_word(toks, h.last, b)
    if not (h.last <= k < b) or not _bare_title(toks[k]) or any(g.first <= k < g.last for g in groups):
        return False
    g = next((g for g in groups if g.first > k), None)
    return g is not None and g.first == next_word(toks, k + 1, b) and body_subject_before(toks, h, g, groups)

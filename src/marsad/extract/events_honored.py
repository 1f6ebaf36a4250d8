"""The person an honorific pronoun («سموه», «فخامته», «معاليه») stands for.

An honorific pronoun stands for someone the article called by that honorific: «سموه» for a prince named
after «صاحب السمو الملكي الأمير» or «سمو … الأمير», «فخامته» for a president named after «فخامة», never
for another dignitary named in between («بعث … الأمير محمد بن سلمان … برقية شكر لفخامة الرئيس عبدالفتاح
السيسي …، بعد انتهاء زيارة سموه لمصر»: the prince's visit, not the president's). Of those, the one named
most before it is meant. On ties, a verb's subject («وأثنى سموه») is the first named: the story's own
dignitary, whom the lead names first («رفع صاحب السمو الأمير سعود بن عبدالله بن ثنيان … شكره … وقدم سموه
شكره لـ… صاحب السمو الملكي الأمير محمد بن نايف …، وصاحب السمو الملكي الأمير محمد بن سلمان … وأثنى سموه
على …»: Saud, not the princes he thanked); a complement («لجلالته») is the last named, as for other
anaphors. With no one so called before it, the caller's own rule stands (`honored_antecedent`: None).
"""

from __future__ import annotations

from marsad.extract.events_actors import Mention
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok

# an honorific pronoun → the readings of the words that call a person so before his name
_CALLED = {norm(k): forms(*v) for k, v in (
    ("سموه", ("سمو", "امير", "اميره")), ("سموها", ("سمو", "اميره")),
    ("فخامته", ("فخامة",)), ("فخامتها", ("فخامة",)),
    ("جلالته", ("جلالة",)), ("جلالتها", ("جلالة",)),
    ("معاليه", ("معالي",)), ("معاليها", ("معالي",)),
    ("سماحته", ("سماحة",)), ("سعادته", ("سعادة",)), ("سعادتها", ("سعادة",)), ("فضيلته", ("فضيلة",)),
    ("دولته", ("دولة",)))}
_PRONOUNS = frozenset(_CALLED)
# words of a title cut short that the entity layer may give as a name («لسمو ولي» of «لسمو ولي ولي العهد»)
_TITLE_WORDS = frozenset().union(*_CALLED.values()) | forms(
    "ولي", "العهد", "صاحب", "الملكي", "السمو", "وزير", "رئيس", "نائب", "الشيخ", "الدكتور")
_OPENERS = forms("كما", "ثم", "وقد", "فقد", "قد", "ولقد", "فيما", "بينما", "وبعدها")  # before the verb
REACH = 10  # words from an honorific to the name it comes before («معالي الأمين العام لـ… الدكتور X»)


def honorific_key(tok: Tok) -> str | None:
    """The honorific pronoun a word reads as («سموه», «وسموه», «لسموه»), or None."""
    return next((r for r in (tok.form, *tok.reads) if r in _CALLED), None)


def _called(toks: list[Tok], s: int, calls: frozenset[str], named: set[int]) -> bool:
    """True when the name at token s is called by one of `calls`: in its own words («الأمير خالد الفيصل»)
    or within `REACH` words before it, in its clause, with no other name between («صاحب السمو الملكي
    الأمير X», «سمو أمير منطقة مكة المكرمة الأمير X»)."""
    k, seen = s - 1, 0
    while k >= 0 and seen < REACH:
        t = toks[k]
        if t.form in CLAUSE_END or t.form in SENT_END or k in named:
            return False
        if t.word:
            seen += 1
            if t.form not in _PRONOUNS and not calls.isdisjoint((t.form, *t.reads)):
                return True
        k -= 1
    return False


def subject_slot(toks: list[Tok], i: int) -> bool:
    """True when the honorific pronoun at token i, with no clitic on it, is the subject of the verb that
    opens its clause («وأثنى سموه», «كما بعث سموه», «وقال معاليه»), not a complement («لجلالته», «مع سموه»,
    «زيارة سموه»)."""
    if toks[i].form not in _PRONOUNS:
        return False
    before: list[Tok] = []
    k = i - 1
    while k >= 0 and len(before) < 3 and toks[k].form not in CLAUSE_END and toks[k].form not in SENT_END:
        if toks[k].word:
            before.append(toks[k])
        k -= 1
    return len(before) == 1 or (len(before) == 2 and before[1].form in _OPENERS)


def honored_antecedent(toks: list[Tok], ments: list[Mention], at: int, key: str, first: bool) -> str | None:
    """The person the honorific pronoun `key` at token `at` stands for: of the people named before it that
    the article called by that honorific, the one named most, on ties the first named when `first` (a
    verb's subject: the story's dignitary goes on) else the last (a complement: «عن أصدق التهاني …
    لجلالته», the one just named); None when no one was so called. `ments`: mentions in text order;
    those of honorific pronouns themselves and titles cut short («لسمو ولي») do not count."""
    calls = _CALLED.get(key)
    if calls is None:
        return None
    people = [(s, t, e) for s, t, e in ments if s < at and e.label == "PER" and honorific_key(toks[s]) is None
              and not all(_TITLE_WORDS.intersection((toks[k].form, *toks[k].reads)) for k in range(s, t)
                          if toks[k].word)]
    counts: dict[str, int] = {}
    honored: set[str] = set()
    named = {k for s, t, e in ments if s < at and e.label == "PER" for k in range(s, t)}
    for s, t, e in people:
        counts[e.canonical] = counts.get(e.canonical, 0) + 1
        if e.canonical not in honored and (
                any(not calls.isdisjoint((toks[k].form, *toks[k].reads)) for k in range(s, t))
                or _called(toks, s, calls, named)):
            honored.add(e.canonical)
    if not honored:
        return None
    order = [c for c in counts if c in honored]  # first named first
    return max(order if first else reversed(order), key=lambda c: counts[c])

"""The doer of a strike named after its noun by «لـ», and the dead of a killing told by that strike.

A strike's noun takes its doer with «لـ» right after it, past an adjective of its kind or a time: «في غارة
جوية لطيران التحالف», «في قصف في نهاية الأسبوع للطيران التركي», «هجوم لتنظيم داعش». The party there is
the strike's source, whether the strike's own noun is the trigger or it tells the cause of a killing
(«قتل خمسة مدنيين في غارة لقوات X», «إن 13 عنصرا من داعش قتلوا جراء قصف للطيران السوري», «لقي …
مصرعهم في قصف لطائرات النظام»): then the others named by the killing are its dead, the
target, not its doer. Only a party standing at the «لـ» word itself (a body, not a place: «لتنظيم داعش»,
«للحوثيين»), or one right after a force word that carries it («لطيران التحالف», «لطائرات نظام الأسد»), is
read: «قصف لمواقع الحوثيين» names what was hit; «استهداف», «تفجير» and «كمين» take what was hit by «لـ»
(«تفجير لأنبوب الغاز», «نصب كمينا لقوات الجيش») and are no strike nouns here, except an ambush or an
operation a death is told «in» («قتل 16 جنديا عراقيا في كمين لداعش», «مقتل 3 جنود في كمين لكتائب القسام»:
`CAUSE_NOUNS`), whose «لـ» names who laid it.

A strike noun a killing tells the cause of is that killing's deed, not a second one, even where both now
name one doer and different victims («قتل ضابط تركي في هجوم لداعش على الحدود مع سورية»: `killed_in`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_condemned import deed_after_death
from marsad.extract.events_lexicon import FROM, IN, Lexicon, forms
from marsad.extract.events_tokens import CLAUSE_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# nouns of a strike that take their doer by «لـ» (not «استهداف», whose «لـ» marks what was hit)
_STRIKES = forms(
    "قصف", "القصف", "قصفا", "غارة", "الغارة", "غارات", "الغارات", "ضربة", "الضربة", "ضربات", "الضربات",
    "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "هجمة", "الهجمة")
# adjectives of a strike's kind that may stand between its noun and its doer («غارة جوية», «قصف مدفعي»)
_KINDS = forms(
    "جوي", "جوية", "الجوي", "الجوية", "جويا", "مدفعي", "مدفعية", "المدفعي", "المدفعية", "صاروخي", "صاروخية",
    "الصاروخي", "الصاروخية", "عنيف", "عنيفة", "العنيف", "العنيفة", "مكثف", "مكثفة", "المكثف", "المكثفة",
    "جديد", "جديدة", "الجديد", "الجديدة", "انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "بري", "برية",
    "بحري", "بحرية", "مماثل", "مماثلة", "متواصل", "متواصلة", "مسلح", "مسلحة", "المسلح", "المسلحة",
    "إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "دامي", "دامية", "الدامي", "الدامية")
# words of a force carrying the party that owns it («لطيران التحالف», «لقوات النظام», «لطائرات نظام الأسد»)
_FORCES = forms(
    "قوات", "طيران", "طائرات", "طائرة", "مقاتلات", "مقاتلة", "مروحيات", "مدفعية", "جيش", "ميليشيات",
    "مليشيات", "ميليشيا", "مليشيا", "مسلحي", "عناصر", "مقاتلي", "سلاح", "بوارج", "دبابات", "نظام")
# an ambush or an operation told as the cause of a death takes its doer by «لـ» («قتل 16 جنديا في كمين لداعش»,
# «مقتل 12 عنصرا في كمين لمغاوير الشرطة»); the object of «نصب» is not such a cause («نصبوا كمينا لقوات الجيش»)
CAUSE_NOUNS = forms("كمين", "كمائن", "عملية", "عمليات")
# a bare «قصف» read as a verb is the verbal noun after these: a preposition or adverb that governs a noun
# («وسط قصف», «جراء قصف», «بعد قصف»), or an elative whose genitive it is («أعنف قصف»)
_NOUN_HEADS = forms(
    "وسط", "اثر", "جراء", "بعد", "خلال", "في", "عقب", "بسبب", "نتيجه", "اعنف", "اشد", "اكبر", "اول", "اخر")
# deed nouns a «وقصف» may be joined to («اشتباكات عنيفة وقصف»)
_DEEDS = forms(
    "اشتباكات", "اشتباك", "مواجهات", "معارك", "معركه", "غارات", "غاره", "هجمات", "هجوم", "ضربات", "تبادل")
_BARE = ("قصف", "وقصف")
# indefinite adjectives of a strike's kind: a verb is never followed by one («قصف مدفعي», «قصف مكثف»)
_BARE_KINDS = frozenset(f for f in _KINDS if not f.startswith("ال") and f not in forms("مسلح", "مسلحه"))
_AND = "و"
_REACH = 4  # words of kind and time between the strike's noun and its doer


def lam_doer(toks: list[Tok], k: int, b: int, groups: list[Group], timed: frozenset[int]) -> Group | None:
    """The party that did the strike whose noun ends before token k, named after it with «لـ» past words of
    its kind or time; None when none stands there."""
    skipped = 0
    while k < b and skipped <= _REACH:
        t = toks[k]
        if not t.word:
            return None
        if k in timed or has(t, _KINDS) or (t.form in IN and k + 1 < b and k + 1 in timed):
            k, skipped = k + 1, skipped + 1  # «غارة جوية», «أمس», «في نهاية الأسبوع»
            continue
        if not t.form.startswith("ل") or t.form.startswith("ال"):
            return None
        here = next((g for g in groups if g.first == k), None)
        if here is not None and here.actor and here.binding not in ("skip", "mod") \
                and (not here.is_loc or here.force or has(t, _FORCES)):
            return here  # «لتنظيم داعش», «للحوثيين», «للطيران التركي»
        if not has(t, _FORCES):
            return None
        return next((g for g in groups if k < g.first <= k + 2 and g.actor and g.binding not in ("skip", "mod")
                     and all(has(toks[i], _FORCES) for i in range(k + 1, g.first))), None)
    return None


def strike_doer(toks: list[Tok], a: int, b: int, h: Hit, ev: Event, groups: list[Group], L: Lexicon,
                timed: frozenset[int]) -> None:
    """Make the party named by «لـ» after a strike's noun the source of the strike, or of the killing it
    tells the cause of, and the others that killing names its dead («قتل خمسة مدنيين في غارة جوية لقوات
    الحلف», «مقتل 28 مدنيا في قصف جوي لنظام الأسد»). A bare «قصف» a verb shares is left alone: read as a
    noun there it split deeds the story tells as one, unless it cannot be a verb (`_bare_noun`: «وتسبب قصف
    مدفعي للحوثيين», «وسط قصف مكثف للمليشيا»)."""
    if ev.type != "ASSAULT":
        return
    j = deed_after_death(toks, h.last, b, L, CAUSE_NOUNS) if h.trig.mode == "kill" else None
    kill = j is not None
    if j is not None:
        if not has(toks[j + 1], _STRIKES) and toks[j + 1].form not in CAUSE_NOUNS:
            return
        k = j + 2
    else:
        noun = strike_noun(toks, h)
        if noun is None:
            return
        k = noun + 1
        before = h.first if h.trig.pos == "n" else noun
        if ev.source and any(g.first < before and set(g.names) & set(ev.source) for g in groups):
            return  # «شن التحالف غارات …»: a doer before the noun
    doer = lam_doer(toks, k, b, groups, timed)
    if doer is None:
        return
    names = _with_conjoined(doer, groups)
    others = [n for n in dict.fromkeys([*ev.target, *ev.source]) if n not in names] if kill \
        else [n for n in ev.target if n not in names]
    if kill and not others and j is not None:
        others = [n for n in _fallen_party(toks, h.last, j, groups) if n not in names]
    ev.source, ev.target = names, others


def _fallen_party(toks: list[Tok], lo: int, hi: int, groups: list[Group]) -> list[str]:
    """The names of the party whose men a killing counts by «من» between tokens lo and hi, with the parties
    joined to it («قتل 5 وأصيب 11 آخرين من الحوثيين وقوات صالح في كمين للمقاومة»); empty when none."""
    g = next((g for g in groups if lo < g.first < hi and g.actor and g.binding not in ("skip", "mod")
              and (not g.is_loc or g.force) and toks[g.first - 1].form in FROM), None)
    return _with_conjoined(g, groups) if g is not None else []


def strike_noun(toks: list[Tok], h: Hit) -> int | None:
    """The token of the strike noun of hit h that a doer by «لـ» may follow: the trigger's own last word when
    it is a noun, or the strike noun a light verb needed («ونفذت غارات لطيران التحالف»); None otherwise."""
    if h.trig.pos == "n" and has(toks[h.last - 1], _STRIKES):
        return h.last - 1
    if h.trig.pos == "v" and h.used and has(toks[max(h.used)], _STRIKES):
        return max(h.used)
    if h.trig.pos == "v" and h.last == h.first + 1 and _bare_noun(toks, h.first):
        return h.first
    return None


def _bare_noun(toks: list[Tok], k: int) -> bool:
    """True when the bare «قصف» (or «وقصف») at token k, read as a verb, can only be the verbal noun: an
    indefinite adjective of its kind right after it («قصف مدفعي للحوثيين»), a governing word right before
    it («وسط قصف للمليشيا», «أعنف قصف لقوات التحالف»), or a deed noun it is joined to by «و», past one
    adjective («اشتباكات عنيفة وقصف للحوثيين»)."""
    t = toks[k]
    if t.form not in _BARE:
        return False
    if k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].form in _BARE_KINDS:
        return True
    if k == 0 or not toks[k - 1].word:
        return False
    p = toks[k - 1].form
    if t.form == "قصف":
        return p in _NOUN_HEADS or (p[:1] in "وف" and p[1:] in _NOUN_HEADS)
    if p in _KINDS and k >= 2 and toks[k - 2].word:
        p = toks[k - 2].form
    return p in _DEEDS


def _with_conjoined(doer: Group, groups: list[Group]) -> list[str]:
    """The names of the doer and of the parties joined to it by «و» right after it («في هجوم للمقاومة الشعبية
    والجيش الموالي للشرعية»)."""
    out = [doer]
    while (nxt := next((g for g in groups if g.first == out[-1].last and g.actor and g.glued == _AND
                        and g.binding not in ("skip", "mod") and (not g.is_loc or g.force)), None)) is not None:
        out.append(nxt)
    return list(dict.fromkeys(n for g in out for n in g.names))


def doer_after(toks: list[Tok], lo: int, b: int, groups: list[Group]) -> list[str]:
    """The names of the party named by «لـ» after the first strike noun from token `lo` on in its clause
    («…، بينما قتل 9 من الحوثيين في هجوم للمقاومة الشعبية»); empty when none."""
    for k in range(lo, b - 1):
        if not toks[k].word and toks[k].form in CLAUSE_END:
            return []
        if has(toks[k], _STRIKES) and (doer := lam_doer(toks, k + 1, b, groups, frozenset())) is not None:
            return _with_conjoined(doer, groups)
    return []


def killed_in(toks: list[Tok], kill: int, b: int, h: Hit, L: Lexicon) -> bool:
    """True when the strike noun of hit h is the one a killing word at token `kill` tells the cause of («قتل
    ضابط تركي في هجوم لداعش»): one deed, told twice."""
    return h.trig.pos == "n" and has(toks[h.first], _STRIKES) and deed_after_death(toks, kill, b, L) == h.first - 1

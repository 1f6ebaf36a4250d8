"""Wrong targets: names from another clause, whom a demand is for, a party's own country, and the two
sides of «بين … من جهة، و… من جهة أخرى».

A trigger's target is named in its own clause. Two constructions put names after the trigger that
are not its parties:
- a relative clause on a party already taken («فرض … عقوبات على علي عبد الله صالح الذي لا يزال
  يسيطر على وحدات في الجيش»: the army is what Saleh controls, not what was sanctioned; «استقبل …
  كيري الذي يزور المملكة»): the names inside it describe the party, unless the clause hangs on a deed
  noun, whose doer is told there («أدان الهجوم الذي نفذه داعش»); a nationality told there («على منصور
  الذي يحمل الجنسيتين المصرية والبريطانية») is the party's own country and stays;
- a clause opened by a conjunction of contrast or simultaneity («…، فيما وعد الرئيس التركي أردوغان
  بـ», «بينما كانت تطوقه الشرطة», «في الوقت الذي احتجزت فيه الشرطة …»): a new clause with its own
  verb and subject, whose names are not the earlier trigger's target; so is the main clause after a
  trigger told in a clause of time opening the sentence («عندما التقى كيري نظراءه في قطر، لم تكن إيران
  البند الوحيد»: Iran was not met) (`main_clause_start`);
- the occasion or the cause of a deed or a statement told after the party it names («أشاد X بأداء رجال
  الداخلية إثر الإعلان عن تفكيك خلايا تابعة لتنظيم داعش», «فرض … عقوبات على روسيا بسبب الأزمة الأوكرانية»,
  «على خلفية …»): the parties named there are not the trigger's.

A demand's target is who is asked; a name with «لـ» inside what is asked («طالب … جميع الجهات
المسؤولة بتعزيز الإمكانات القتالية للقوات الأمنية», «داعيا الدول العربية إلى … تقديم الدعم اللازم
للأونروا») is whom it is for, no target (`demand_beneficiaries`); the one asked, named by a noun phrase,
is then read by `events_addressees`. With the one asked named, a name right after «ضد» in what is asked
(«طلب الرئيس من دول التحالف التدخل عسكريا ضد الحوثيين») is whom the deed asked for is against, no target
(`demand_foes`). Those whose rights are asked for («لمطالبتها بحق النساء في التعليم») are no target either
(`rights_holders`).

A person's or a place's own country is no target of what it does («ويتفاوض كاميرون مع قادة دول
الاتحاد الأوروبي بشأن … عضوية بريطانيا», «وقال وزير الخارجية الأمريكي …، داعيا …»: not Britain, not
the United States) (`own_country_targets`), unless a body or the people of it is named («ودعا دمرتاش
الحكومة التركية إلى …», «ودعا الفلسطينيين إلى …»); a body's country, less sure, is left alone.

«بين X وY من جهة، وZ من جهة أخرى» names two sides: X and Y fight, talk or agree together with Z, so
X and Y are the source and Z the target (`sides_of_between`), not X the source and Y the target. A fight
names its sides further on, past its adjectives, its verb and its time («ودارت اشتباكات عنيفة منذ ساعات فجر
الأحد، بين المقاومة وقوات الجيش من جهة، وميليشيات الحوثي من جهة أخرى», «اشتباكات عنيفة اندلعت أمس
الاثنين بين …»), as long as no semicolon, colon or sentence end stands between.
"""

from __future__ import annotations

from collections import Counter

from marsad.extract.events_actors import Group, definite_nisba, l_marked
from marsad.extract.events_country import actor_country
from marsad.extract.events_lexicon import IN, ON, Words, forms, norm
from marsad.extract.events_tokens import SENT_END, Tok, clause_end, next_word
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_CONTRAST = forms("فيما", "وفيما", "بينما", "وبينما")  # a new clause with its own subject
_WHILE = forms("حين")
_TIME = forms("الوقت")
# «إثر», «عقب», «في أعقاب» before a deed noun or «الإعلان عن»: the occasion of a statement, told after its
# target («أشاد X بأداء رجال الداخلية إثر الإعلان عن تفكيك خلايا تابعة لداعش»): no target of it
_OCCASION = forms("إثر", "اثر", "عقب", "وعقب", "أعقاب")
# «بسبب», «على خلفية»: the cause of a deed or a statement told after its target («فرض … عقوبات على روسيا
# بسبب الأزمة الأوكرانية»): what it names is no target
_CAUSE = forms("بسبب", "وبسبب")
_BACKGROUND = forms("خلفية")
_ANNOUNCED = forms("الإعلان", "الاعلان", "إعلان", "اعلان")
_NOT_CONTRAST = forms("يتعلق", "تتعلق", "يخص", "تخص", "يتصل", "بينها", "بينهم", "بعد", "يلي", "مضى")
# «فيما يتعلق بـ», «فيما بينها», «فيما بعد»: a preposition, not a new clause
_DOINGS = forms("جهود", "جهد", "دور", "مساعي", "مساع", "تصريحات", "تصريح", "موقف", "مواقف", "خطوات", "خطوة",
                "إجراءات", "أعمال", "عمل", "ممارسات", "انتهاكات", "جرائم", "جريمة", "مبادرة", "مبادرات", "دعم",
                "حادث", "حادثة", "عملية", "عمليات", "مقترح", "مقترحات", "اقتراح", "خطة", "قرار", "قرارات",
                "سياسة", "سياسات", "اتهامات", "مزاعم", "ادعاءات")
# «بالجهود التي تبذلها X», «التصريحات التي أدلى بها X»: nouns of what someone does, whose doer the clause names
_DEED_REACH = 3  # tokens before a relative pronoun in which a deed noun makes the clause its doer's


def _mentions(name: str, groups: list[Group], lo: int, hi: int) -> list[Group]:
    """The groups naming `name` whose first token lies in [lo, hi)."""
    return [g for g in groups if lo <= g.first < hi and name in g.names]


def _nationality(toks: list[Tok], g: Group) -> bool:
    """True when the group is only a relative adjective («المصرية», «والبريطانية»): a nationality."""
    return g.nisba or (g.last - g.first == 1 and definite_nisba(toks[g.first]))


def _doing(t: Tok) -> bool:
    """True when the token is a noun of what someone does («بالجهود», «التصريحات», «دورها»)."""
    return any(r in _DOINGS for r in t.reads) or t.form in _DOINGS


def _head_before(toks: list[Tok], k: int, end: int) -> int | None:
    """The noun a relative pronoun at token k hangs on, past its adjectives («بالجهود الإسلامية والدعوية
    التي»), if it lies at or after token `end`."""
    j = k - 1
    while j >= end and definite_nisba(toks[j]):
        j -= 1
    return j if j >= end else None


def _contrast_at(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when a conjunction opening a clause of contrast or simultaneity stands at token k
    («فيما», «بينما», «في حين», «في الوقت الذي»), not the preposition «فيما يتعلق بـ» nor «في الوقت
    الحالي»."""
    f = toks[k].form
    nxt = toks[k + 1].form if k + 1 < b else ""
    if f in _CONTRAST:
        return nxt not in _NOT_CONTRAST
    if f not in IN:
        return False
    return nxt in _WHILE or (nxt in _TIME and k + 2 < b and toks[k + 2].form in W["relative"])


def main_clause_start(toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group], W: Words) -> int | None:
    """The first token of the main clause after a trigger told in a clause of time opening the sentence
    («عندما التقى كيري نظراءه في قطر، لم تكن إيران البند الوحيد»): the word after the first comma past the
    trigger that does not open a name (an apposition, «، لوران فابيوس،», goes on with the party); None when
    the trigger is told in no such clause."""
    lead = [k for k in range(a, h.first) if toks[k].word]
    if not any(toks[k].form in W["subordinator"] for k in lead[:2]) or any(
            toks[k].form in (",", "،") for k in range(a, h.first)):
        return None
    starts = {g.first for g in groups}
    for k in range(h.last, b - 1):
        if toks[k].form in SENT_END:
            return None
        if toks[k].form in (",", "،") and toks[k + 1].word and k + 1 not in starts:
            return k + 1
    return None


def occasion_start(toks: list[Tok], h: Hit, b: int, hits: list[Hit]) -> int | None:
    """The first token of an occasion or a cause told after the trigger («إثر الإعلان عن …», «عقب الهجوم …»,
    «بسبب …», «على خلفية …»): «إثر», «عقب» or «في أعقاب» right before a deed noun (a trigger) or «الإعلان»,
    or a word of cause; None when none follows."""
    starts = {x.first for x in hits}
    for k in range(h.after, b - 1):
        if toks[k].form in SENT_END:
            return None
        if toks[k].form in _OCCASION and (k + 1 in starts or toks[k + 1].form in _ANNOUNCED):
            return k
        if toks[k].form in _CAUSE or (toks[k].form in ON and toks[k + 1].form in _BACKGROUND):
            return k
    return None


def contrast_start(toks: list[Tok], h: Hit, b: int, W: Words) -> int | None:
    """The first token of a contrast clause after the trigger and its needed words, if any."""
    end = h.after
    return next((k for k in range(end, b - 1) if toks[k].word and _contrast_at(toks, k, b, W)), None)


def _relative_spans(toks: list[Tok], h: Hit, b: int, hits: list[Hit], W: Words) -> list[tuple[int, int]]:
    """Token spans of relative clauses after the trigger (before the next trigger, which tells its own
    parties: «…، منوها بالجهود التي تقوم بها X») that do not hang on a deed noun: from the relative
    pronoun to the clause mark that ends them."""
    end = h.after
    deeds = {k for x in hits for k in range(x.first, x.last)}
    stop = min((x.first for x in hits if x.first >= end), default=b)  # another trigger tells its own
    out = []
    for k in range(end, stop):
        if toks[k].form not in W["relative"]:
            continue
        head = _head_before(toks, k, end)
        if any(j in deeds for j in range(max(end, k - _DEED_REACH), k)) or (head is not None and _doing(toks[head])):
            continue  # «الهجوم الإرهابي الذي نفذه داعش», «بالجهود التي تبذلها»: the doer is told in it
        out.append((k, clause_end(toks, k, b)))
    return out


def other_clause_targets(toks: list[Tok], a: int, b: int, h: Hit, ev: Event, groups: list[Group],
                         hits: list[Hit], W: Words) -> None:
    """Drop from `ev.target` the names told only in a relative clause on a party already taken after
    the trigger or on what a demand asks, or only after a conjunction opening a clause of its own («فيما»,
    «بينما», «في حين»)."""
    if not ev.target:
        return
    start = h.first
    drop: set[str] = set()
    asked = _asked_from(toks, h, b, groups) if ev.type == "DEMAND" else None
    for lo, hi in _relative_spans(toks, h, b, hits, W):
        kept = [n for n in ev.target if _mentions(n, groups, h.last, lo)]
        if not kept and (asked is None or asked >= lo):
            continue  # no party named before it: the clause may name the one the trigger is about
        if not kept:  # one on what a demand asks tells of the thing asked, as all after it does («دعت … إلى
            hi = b  # احترام الهدنة، التي جاءت مع زيارة المبعوث الأممي إلى اليمن، إسماعيل ولد الشيخ أحمد …»)
        for n in ev.target:
            if n in kept:
                continue
            seen = _mentions(n, groups, a, b)
            if seen and all(lo < g.first < hi and not _nationality(toks, g) for g in seen):
                drop.add(n)
    when = occasion_start(toks, h, b, hits)
    if when is not None and any(_mentions(n, groups, h.last, when) for n in ev.target):
        for n in ev.target:  # «أشاد X بأداء Y إثر الإعلان عن تفكيك خلايا تابعة لداعش»: the occasion's names
            seen = _mentions(n, groups, a, b)
            if seen and all(g.first > when for g in seen):
                drop.add(n)
    cut = contrast_start(toks, h, b, W)
    if cut is None or cut <= start:
        cut = main_clause_start(toks, a, h, b, groups, W)
    if cut is not None and cut > start:
        for n in ev.target:
            seen = _mentions(n, groups, a, b)
            if seen and all(g.first > cut for g in seen):
                drop.add(n)
    if drop:
        ev.target = [n for n in ev.target if n not in drop]


_ASKED_FOR = forms("إلى", "الى", "أن", "بأن", "ان", "بان")  # what follows them is what a demand asks


def _asked_from(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> int | None:
    """The first token of what a demand asks: «إلى», «أن», or a word with «بـ» («بتعزيز») after the verb."""
    inside = {k for g in groups for k in range(g.first, g.last)}
    end = h.after
    for k in range(end, b):
        t = toks[k]
        if not t.word or k in inside:
            continue
        if t.form in _ASKED_FOR or (t.form.startswith("ب") and len(t.form) > 3):
            return k
    return None


_BI_HAQQ = forms("بحق")
_RIGHTS = forms("حق", "حقوق", "بحق", "بحقوق", "لحق", "لحقوق", "وحق", "وحقوق")


def _for_whom(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when «لـ» marks the group («للأونروا», «لرجال الأمن», «للقوات الأمنية»)."""
    if l_marked(toks, g, W):
        return True
    f = toks[g.first].form.lstrip("و")
    if g.last - g.first == 1 and definite_nisba(toks[g.first]) and g.first > 0:
        return toks[g.first - 1].form.lstrip("و").startswith("لل")  # «للشعب اليمني»: the noun's «لـ»
    return not g.glued and f.startswith("ل") and not any(norm(n).startswith("ل") for n in g.names)


_JOINED_REACH = 3  # words of the «لـ» phrase a party joined to it by «و» may follow


def _joined_for_whom(toks: list[Tok], g: Group) -> bool:
    """True when the group is joined by «و» to a «لـ» phrase that no entity names, right before it («بوجود فرع
    للدفاع المدني والهلال الأحمر»): whom the thing asked is for, as that phrase is."""
    if not g.glued.startswith("و"):
        return False
    for k in range(g.first - 1, max(-1, g.first - 1 - _JOINED_REACH), -1):
        if not toks[k].word:
            return False
        if toks[k].form.startswith("لل"):
            return True
    return False


def rights_holders(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names or phrases a demand's target holds only as those whose rights are asked for after the trigger
    («لمطالبتها بحق النساء في التعليم»): the rights' holders, not the one asked."""
    if ev.type != "DEMAND":
        return set()
    after = [k for k in range(h.last, b) if toks[k].word and k > 0 and toks[k - 1].word
             and toks[k - 1].form in _RIGHTS]

    def rights(k: int, end: int) -> bool:
        # «بحق» is also «against» («الانتهاكات بحق الشعب»): a right only with «في» after its holder
        return toks[k - 1].form not in _BI_HAQQ or (end < b and toks[next_word(toks, end, b)].form in IN)

    out = set()
    for n in ev.target:
        seen = _mentions(n, groups, h.first, b)
        if seen and all(not g.glued and g.first in after and rights(g.first, g.last) for g in seen):
            out.add(n)
        elif not seen and any(norm(n).split()[:1] == [toks[k].form] and rights(k, k + len(n.split())) for k in after):
            out.add(n)  # a phrase no entity names («النساء»)
    return out


def demand_beneficiaries(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group], W: Words) -> set[str]:
    """The names a demand's target holds that are only whom the thing asked is for: marked with «لـ»
    after «إلى», «أن» or a «بـ» verbal noun («… بتعزيز الإمكانات القتالية للقوات الأمنية»), or joined to such a
    phrase by «و» («بوجود فرع للدفاع المدني والهلال الأحمر»)."""
    if ev.type != "DEMAND" or not ev.target:
        return set()
    m = _asked_from(toks, h, b, groups)
    if m is None:
        return set()
    out = set()
    for n in ev.target:
        seen = _mentions(n, groups, 0, b)
        if seen and all(g.first > m and (_for_whom(toks, g, W) or _joined_for_whom(toks, g)) for g in seen):
            out.add(n)
    return out


_AGAINST = forms("ضد", "وضد")
_AGAINST_REACH = 2  # words between «ضد» and the party it names («ضد مواقع الحوثيين»)


def demand_foes(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names a demand's target holds that are only whom the thing asked is against, when another
    target, the one asked, is named between the trigger and them («وطلب الرئيس اليمني من دول التحالف
    التدخل عسكريا ضد الحوثيين»: the coalition is asked; the Houthis are what it is asked to act
    against, no addressee). Each mention must stand within two words after «ضد»."""
    if ev.type != "DEMAND" or len(ev.target) < 2:
        return set()
    out = set()
    for n in ev.target:
        seen = _mentions(n, groups, h.first, b)
        if seen and all(any(toks[k].form in _AGAINST for k in range(max(h.last, g.first - _AGAINST_REACH - 1), g.first))
                        for g in seen):
            out.add(n)
    if not out:
        return set()
    at = min(g.first for n in out for g in _mentions(n, groups, h.first, b))
    asked = [n for n in ev.target if n not in out and n not in ev.source and any(
        h.first <= g.first < at for g in _mentions(n, groups, h.first, b))]
    return out if asked else set()


_BETWEEN = forms("بين", "وبين")
_SIDE = forms("جهة", "ناحية", "طرف")
_OTHER_SIDE = forms("أخرى", "ثانية", "اخرى", "آخر", "ثان", "الأخرى")
_BETWEEN_REACH = 3  # words between a trigger and the «بين» of its parties
_FIGHT_REACH = 12  # … of a fight, whose adjectives, verb and time may stand first
_STOPS = frozenset("؛;:")  # marks past which a fight's «بين» is another clause's


def _side_mark(toks: list[Tok], k: int, b: int) -> bool:
    """True when «من جهة» (or «من ناحية», «من طرف») starts at token k."""
    return toks[k].form == "من" and k + 1 < b and toks[k + 1].form in _SIDE


def sides_of_between(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> tuple[list[str], list[str]] | None:
    """The two sides of «بين X وY من جهة، وZ من جهة أخرى» right after the trigger, as (source, target);
    None when the trigger has no such phrase."""
    end = h.after
    if h.trig.type == "FIGHT":
        stop = next((k for k in range(end, b) if toks[k].form in _STOPS or toks[k].form in SENT_END), b)
        words = [k for k in range(end, stop) if toks[k].word][:_FIGHT_REACH + 1]
    else:
        words = [k for k in range(end, b) if toks[k].word][:_BETWEEN_REACH + 1]
    at = next((k for k in words if toks[k].form in _BETWEEN), None)
    if at is None:
        return None
    first = next((k for k in range(at + 1, b) if _side_mark(toks, k, b)), None)
    if first is None:
        return None
    second = next((k for k in range(first + 2, b) if _side_mark(toks, k, b)
                   and k + 2 < b and toks[k + 2].form in _OTHER_SIDE), None)
    if second is None:
        return None
    party = [g for g in groups if g.actor and g.binding not in ("mod", "skip", "loc")]
    one = [n for g in party if at < g.first < first for n in g.names]
    other = [n for g in party if first + 1 < g.first < second for n in g.names]
    if not one or not other:
        return None
    return list(dict.fromkeys(one)), [n for n in dict.fromkeys(other) if n not in one]


def own_country_targets(toks: list[Tok], ev: Event, groups: list[Group], persons: frozenset[str],
                        places: frozenset[str], titled: dict[str, Counter[str]]) -> set[str]:
    """The names of `ev.target` that are the own country of a source that is a person or a place
    («ويتفاوض كاميرون … بشأن عضوية بريطانيا»), when the sentence names it only by its own name
    (not «ودعا دمرتاش الحكومة التركية إلى …», «ودعا الفلسطينيين إلى …»: his government, his people)."""
    own = {c for n in ev.source if (n in persons or n in places) and (c := actor_country(n, titled)) is not None}
    return {n for n in ev.target if n in own and all(_country_named(toks, g, n) for g in groups if n in g.names)}


def _country_named(toks: list[Tok], g: Group, name: str) -> bool:
    """True when the group names the country `name` by its own name («بريطانيا», «لإيران»), not by a body
    («الحكومة التركية») or a people («الفلسطينيين»), which a person may well address or deal with."""
    return not g.force and toks[g.last - 1].form.endswith(norm(name).split()[-1])

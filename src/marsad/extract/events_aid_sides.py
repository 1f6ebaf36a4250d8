"""The giver of aid told by a word beside it: the vehicle that carries it, or the nisba after its noun.

1. Aid carried by a plane, a ship or a truck: the sender is the country the vehicle is named after.

Relief news tells a delivery by its carrier: «هبوط طائرة عسكرية إماراتية تحمل مساعدات إنسانية بمطار عدن»,
«وحملت الطائرة الإماراتية مساعدات طبية», «ونقلت طائرات سعودية مساعدات إلى اليمن», «وصلت إلى مطار عدن طائرتان
سعوديتان وأخرى إماراتية، محملة بمساعدات», «الطائرة السعودية الثانية التي تقل معونات غذائية». The AID rows of
`event_triggers.tsv` for «حمل/يحمل/تقل/نقل … مساعدات» and «محملة بمساعدات» find the deed; the general word-order
rules then read the nisba after the vehicle («الإماراتية») as the verb's object, or find no party at all for a
participle after a comma. Here the nisbas (or names) right after a vehicle noun near the trigger are the senders:
they become the source and leave the target. A vehicle named after no party leaves the event as it is
(`carrier_sender`).

2. A nisba right after the noun of aid or backing names its giver, not its receiver: «وقدمنا كل دعمنا
الأوروبي للمحادثات», «قدمت المساعدات السعودية لليمن». The word-order rules take any party after the trigger
as a target; the nisba leaves the target and is the source when none was found (`giver_nisba`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import norm
from marsad.extract.events_tokens import SENT_END, Tok
from marsad.extract.events_triggers import Hit

_CARRY = frozenset(norm(w) for w in (  # the forms of the carrying rows, as their triggers hold them
    "حمل", "حملت", "حملوا", "حملتا", "يحمل", "تحمل", "يحملون", "يحملان", "تحملان", "يقل", "تقل", "يقلون",
    "محملة", "المحملة", "محملين", "محملتان", "محملتين", "محمل", "المحمل", "أوصل", "أوصلت", "أوصلوا", "يوصل",
    "توصل", "نقل", "نقلت", "نقلوا", "نقلتا", "ينقل", "تنقل", "ينقلون", "ينقلان", "تنقلان"))
_VEHICLES = frozenset(norm(w) for w in (
    "طائرة", "طائرتان", "طائرتين", "طائرات", "سفينة", "سفينتان", "سفن", "باخرة", "بواخر", "شاحنة",
    "شاحنات", "قافلة", "قوافل", "مروحية", "مروحيات"))
_BETWEEN = frozenset(norm(w) for w in ("عسكرية", "عسكريتان", "عسكريتين", "شحن", "إغاثة", "الإغاثة", "إغاثية",
                                       "الإغاثية", "أخرى", "وأخرى", "ثانية", "الثانية", "الثالثة"))
LOOKBACK = 12  # words before the trigger searched for the vehicle
AHEAD = 6  # tokens from the trigger on searched for it («نقلت ثلاث طائرات سعودية وطائرة إماراتية»)


def _stem(tok: Tok) -> set[str]:
    """The readings of a token without «ال» (and «و» before it): «والطائرة» → «طائرة»."""
    out = set(tok.reads)
    return out | {r[2:] for r in tok.reads if r.startswith("ال")} | {r[3:] for r in tok.reads if r.startswith("وال")}


def _carrying(h: Hit) -> bool:
    """True when `h` is an AID row of carrying («تحمل مساعدات», «محملة بمساعدات»)."""
    return h.trig.type == "AID" and bool(h.used) and h.trig.words[0] in _CARRY


def _senders(toks: list[Tok], lo: int, hi: int, groups: list[Group]) -> list[Group]:
    """The groups named right after each vehicle noun among tokens [lo, hi) («طائرتان سعوديتان وأخرى
    إماراتية»: both nisbas), past a kind word between («طائرة عسكرية إماراتية»)."""
    out: list[Group] = []
    starts = {k: g for g in groups if g.actor for k in range(g.first, g.last)}  # a name may hold the vehicle noun
    for k in range(lo, hi):
        if not _stem(toks[k]) & _VEHICLES:
            continue
        j = k + 1
        while j < hi:
            if _stem(toks[j]) & _BETWEEN or not toks[j].word:
                j += 1
            elif j in starts:
                if starts[j] not in out:
                    out.append(starts[j])
                j = starts[j].last
            else:
                break
    return out


def carrier_sender(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                   target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an aid-carrying event with the vehicle's party as the sender."""
    if not _carrying(h):
        return source, target
    lo = h.first
    while lo > a and h.first - lo < LOOKBACK and toks[lo - 1].form not in SENT_END:
        lo -= 1
    senders = _senders(toks, lo, min(len(toks), h.first + AHEAD), groups)
    if not senders:
        return source, target
    names = [n for g in senders for n in g.names]
    return list(dict.fromkeys(names)), [n for n in target if n not in names]


def giver_nisba(h: Hit, groups: list[Group], source: list[str],
                target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an AID event whose needed noun has a nisba right after it («دعمنا الأوروبي»,
    «قافلة مساعدات قطرية»): the nisba's party is the giver."""
    if h.trig.type != "AID" or not h.used:
        return source, target
    after = max(h.used) + 1
    g = next((g for g in groups if g.first == after and g.nisba), None)
    if g is None or not set(g.names) & set(target):
        return source, target
    return source or list(g.names), [n for n in target if n not in g.names]

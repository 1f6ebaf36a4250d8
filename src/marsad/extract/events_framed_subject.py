"""The subject of a verb told before an apposition set off by commas (SVO).

News Arabic often names the speaker, then sets his name or his title off between commas, and only
then gives the verb: «لكن الناطق الرسمي باسم الرئاسة الفلسطينية، نبيل أبو ردينة، حمل الحكومة
الإسرائيلية المسؤولية …», «وزير الخارجية الأردني، ناصر جودة، انتقد …», «شوقي علام، مفتي الديار
المصرية، أدان …», «وكان المتحدث باسم الجيش، العميد فلان، قد اتهم …». The commas close the clause the
verb opens, so the SVO subject rule, which looks only inside that clause, finds none, and the
word-order rule then took the object after the verb for the subject («… انتقد الحكومة الإسرائيلية»:
إسرائيل criticised no one here).

`framed_subject` reads that shape: the verb (a plain verb, no «و»/«ف» glued on: «، وانتقد» opens a
new clause with a subject of its own, and no object pronoun: «…، انتقدها الرئيس» has its subject
after it) opens its clause, with at most fillers («قد») before it; the stretch between the two
commas before it is short, holds a mention or opens with a title, and tells no event and no
relative clause; and the stretch before the first comma opens its sentence (after a filler such
as «لكن», «وكان») and holds only titles and mentions, one of them a free actor. The subject is the
person named in either stretch (the apposition's name first: «الناطق …، نبيل أبو ردينة،»), else the
free actor that opens the sentence («قوات الدفاع الشعبي، الجناح العسكري لحزب العمال، دانت»). A short
relative clause may stand between the commas too («وزير الخارجية الفرنسي لوران فابيوس، الذي يزور طهران
حاليا، دعا …»): it tells of the subject, and the names in it are not the subject.
The noun phrase may also open right after a bare «أن»/«إن» that a verb of saying governs («وقال المتحدث إن
قوات الأمن، بالتعاون مع الجيش، اعتقلت …»), and the verb may be a light verb whose verbal noun tells the deed
(`framed_before`, read by `events_agents`: «أن ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح، قامت
بقصف …»).

`title_holder` reads the same order with no commas: a person's title opens the clause, then the body it is
of with what describes that body, then the person's name right before the verb: «وكان زعيم الحزب المقرب
من الأكراد في تركيا صلاح الدين دمرتاش دعا …», «رئيس حزب الأمة القومي السوداني المعارض الصادق المهدي
أعلن …». The holder of the title is the subject, not the body his title names («الحزب», a class noun that
may stand for another party named before) nor a place in its description.
"""
from __future__ import annotations

from marsad.extract.events_actors import Group, clause_initial
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import CLAUSE_END, Tok, has, prefix
from marsad.extract.events_triggers import Hit

_COMMAS = frozenset((",", "،"))
_MAX_APPOSITION = 8  # words between the two commas
_MAX_HEAD = 10  # words of the noun phrase before the first comma
_MAX_TITLE_SPAN = 10  # words from a title to the name of its holder
_BARE_COMP = frozenset(("ان", "بان", "وان", "فان"))  # «أن», «إن», «بأن» folded: open a subject's clause


def framed_subject(toks: list[Tok], a: int, h: Hit, c_lo: int, reading: str, suffixed: bool,
                   groups: list[Group], hits: list[Hit], W: Words) -> list[Group]:
    """The subject group of verb hit `h` (read as `reading`, with a pronoun after it when `suffixed`)
    when it stands before «، apposition،» right before the verb's clause (see the module docstring);
    [] when the sentence is not of that shape."""
    if h.trig.pos != "v" or suffixed or prefix(toks[h.first], reading):
        return []  # «وانتقد»: a new clause; «انتقدها»: the object pronoun, the subject after the verb
    return framed_before(toks, a, h.first, c_lo, groups, hits, W)


def framed_before(toks: list[Tok], a: int, v: int, c_lo: int, groups: list[Group], hits: list[Hit],
                  W: Words) -> list[Group]:
    """The subject group of the verb at token `v`, which opens the clause [c_lo, …) past fillers, when the
    noun phrase before «، apposition،» right before that clause opens the sentence or follows a bare
    «أن»/«إن» there («وقال المتحدث إن قوات الأمن، بالتعاون مع الجيش، تمكنت من …»: the complementiser opens
    the subject's clause); [] otherwise. A light verb's subject is read the same way («أن ميليشيات الحوثي
    والرئيس المخلوع، علي عبدالله صالح، قامت بقصف …»)."""
    if any(toks[k].word and not has(toks[k], W["filler"]) for k in range(c_lo, v)):
        return []
    if c_lo - 1 <= a or toks[c_lo - 1].form not in _COMMAS:
        return []
    mid = _clause_start(toks, a, c_lo - 1)
    if mid - 1 <= a or toks[mid - 1].form not in _COMMAS:
        return []
    head = _clause_start(toks, a, mid - 1)
    if head != a and toks[head - 1].form not in _COMMAS:
        return []  # «؛», «:» before it: a list or a quote, no noun phrase of one sentence
    comp = max((k for k in range(head, mid - 1) if toks[k].word and toks[k].form in _BARE_COMP), default=None)
    if comp is not None:  # «وقال المتحدث إن قوات الأمن، …»: the noun phrase opens after «إن»
        head = a = comp + 1
    relative = _relative_aside(toks, mid, c_lo - 1, W)  # «…، الذي يزور طهران حاليا، دعا …»
    if not (relative or _apposition(toks, mid, c_lo - 1, groups, hits, W)) \
            or not _noun_phrase(toks, head, mid - 1, groups, hits, W):
        return []
    if head != a and not _opens_sentence(toks, a, head, W):
        return []
    free = [g for g in groups if head <= g.first and g.last <= mid - 1 and g.binding is None and g.actor]
    appos = [g for g in groups if mid <= g.first and g.last <= c_lo - 1 and g.person and g.actor
             and g.binding in (None, "mod")] if not relative else []  # a relative clause's names are others
    if not free and not (appos and _titled(toks, head, mid - 1, W)):
        return []  # «في ذات صباح، …»: no one named, no title that the name between the commas holds
    people = [g for g in free if g.person]
    return (appos or people or free)[:1]


def _relative_aside(toks: list[Tok], lo: int, hi: int, W: Words) -> bool:
    """True when [lo, hi) is a short relative clause set off as an aside («، الذي يزور طهران حاليا،»): it
    opens with a relative pronoun and holds at most `_MAX_APPOSITION` words; what it tells is its own."""
    ws = [k for k in range(lo, hi) if toks[k].word]
    return 2 <= len(ws) <= _MAX_APPOSITION and toks[ws[0]].form in W["relative"]


def _titled(toks: list[Tok], lo: int, hi: int, W: Words) -> bool:
    """True when the first word of [lo, hi) past the fillers is a title («المتحدث باسم الوزارة،»)."""
    ws = [k for k in range(lo, hi) if toks[k].word and not has(toks[k], W["filler"])]
    return bool(ws) and (has(toks[ws[0]], W["title"]) or has(toks[ws[0]], W["head"]))


def _clause_start(toks: list[Tok], a: int, end: int) -> int:
    """The first token of the clause that ends at token `end` (a clause mark or the sentence start)."""
    k = end
    while k > a and toks[k - 1].form not in CLAUSE_END:
        k -= 1
    return k


def _tells_nothing(toks: list[Tok], lo: int, hi: int, hits: list[Hit], W: Words) -> bool:
    """True when no trigger, relative or complementiser stands in [lo, hi)."""
    if any(lo <= x.first < hi for x in hits):
        return False
    return not any(toks[k].form in W["relative"] or toks[k].form in W["comp"] for k in range(lo, hi))


def _apposition(toks: list[Tok], lo: int, hi: int, groups: list[Group], hits: list[Hit], W: Words) -> bool:
    """True when [lo, hi) may be an apposition: a few words holding a mention or opening with a title."""
    ws = [k for k in range(lo, hi) if toks[k].word]
    if not 1 <= len(ws) <= _MAX_APPOSITION or not _tells_nothing(toks, lo, hi, hits, W):
        return False
    return any(lo <= g.first < hi for g in groups) or has(toks[ws[0]], W["title"]) or has(toks[ws[0]], W["head"])


def _noun_phrase(toks: list[Tok], lo: int, hi: int, groups: list[Group], hits: list[Hit], W: Words) -> bool:
    """True when [lo, hi) is a subject noun phrase: titles, fillers and mentions only."""
    ws = [k for k in range(lo, hi) if toks[k].word]
    return 1 <= len(ws) <= _MAX_HEAD and _tells_nothing(toks, lo, hi, hits, W) \
        and clause_initial(toks, lo, hi, groups, W)


def _opens_sentence(toks: list[Tok], a: int, head: int, W: Words) -> bool:
    """True when only fillers stand between the sentence start and `head` («لكن،», «ومن جهته،»)."""
    return all(not toks[k].word or has(toks[k], W["filler"]) for k in range(a, head))


def title_holder(toks: list[Tok], lo: int, h: Hit, groups: list[Group], hits: list[Hit], W: Words) -> Group | None:
    """The person named right before verb hit `h` (only fillers between) whose title opens the clause that
    starts at token `lo`, past the fillers, with the title's body and its description between them, none
    of it a verb or opening a relative clause (see the module docstring); None otherwise."""
    if h.trig.pos != "v":
        return None
    ws = [k for k in range(lo, h.first) if toks[k].word and not has(toks[k], W["filler"])]
    if not ws or not has(toks[ws[0]], W["person_title"]):
        return None
    holder = next((g for g in groups if g.person and g.actor and ws[0] < g.first and g.last <= h.first
                   and all(not toks[k].word or has(toks[k], W["filler"]) for k in range(g.last, h.first))),
                  None)
    if holder is None or sum(1 for k in ws if k < holder.first) > _MAX_TITLE_SPAN:
        return None
    if any(ws[0] <= x.first < holder.first and x.trig.pos == "v" for x in hits):
        return None  # a verb tells a clause of its own («رئيس الحزب الذي انتقد …»); an adjective («المؤيد») does not
    return None if any(toks[k].form in W["relative"] or toks[k].form in W["comp"] for k in ws if k < holder.first) \
        else holder

"""Places that are not where a meeting or a visit happened. In a reception or a meeting
(a hook of `events_place.choose_location`), a place glued to the title or body of the guest named after
the trigger («استقبل … مدير الجامعة الإسلامية بجاكرتا», «وزير الخارجية بجمهورية مصر العربية») says
where the guest's office is, not where they met; a host's title keeps its place, and so does a visit
(«زار … بجدة»). A group after a visit word that is the visitor, a body or title told with its
country's adjective («بزيارة الوفد المصري», «الجولة المقبلة من محادثات … الحكومة الأفغانية»), is not
where the visit went (a hook of `events.extract_events`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import Tok

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

# titles of a person an office's seat may follow («مدير الجامعة الإسلامية بجاكرتا»)
_TITLES = frozenset(fold(w) for w in (
    "مدير", "المدير", "رئيس", "الرئيس", "أمير", "الأمير", "محافظ", "المحافظ", "حاكم", "الحاكم", "وزير",
    "الوزير", "سفير", "السفير", "قنصل", "القنصل", "مندوب", "المندوب", "ممثل", "الممثل", "عميد", "العميد",
    "نائب", "النائب", "وكيل", "الوكيل", "مساعد", "المساعد", "أمين", "الأمين", "قائد", "القائد", "مسؤول",
    "المسؤول", "مفتي", "المفتي", "رئيسة", "وزيرة", "سفيرة", "مديرة", "مفتش", "عمدة"))
# place nouns between a title and the place's name («أمير منطقة الرياض», «بجمهورية مصر»)
_PLACE_NOUNS = frozenset(fold(w) for w in (
    "منطقة", "محافظة", "مدينة", "ولاية", "إقليم", "جمهورية", "مملكة", "دولة", "إمارة", "بلدية", "مديرية"))
CHAIN_WORDS = 6  # words of a title's body between the title and a place glued to «بـ»
# bodies a title's chain may name glued to «بـ» or «لـ» («مدير المعهد الديني بوزارة الشؤون الدينية»)
_BODIES = frozenset(fold(w) for w in (
    "وزارة", "جامعة", "مدارس", "مدرسة", "هيئة", "إدارة", "مديرية", "شرطة", "بلدية", "أمانة", "غرفة", "كلية",
    "مركز", "معهد", "جمعية", "لجنة", "فرع", "شركة", "مجلس", "مكتب", "محكمة", "رابطة", "اتحاد", "سفارة"))
_VISIT_STEMS = ("زار", "زيار", "يزور", "تزور")


def _bare(form: str) -> str:
    """A word without a glued «بـ» or «لـ» («بمنطقة» → «منطقة»)."""
    return form[1:] if form[:1] in ("ب", "ل") and len(form) > 3 else form


def _definite(form: str) -> bool:
    """A word of a body's name or title chain: definite, «عام» («مدير عام الشؤون») or a body, bare or
    glued to «بـ» or «لـ» («جامعة», «بوزارة», «لمدارس»)."""
    return form.startswith(("ال", "لل")) or form in ("عام", "العام") or form in _BODIES \
        or (form[:1] in ("ب", "ل") and form[1:] in _BODIES)


def _titled_chain(toks: list[Tok], k: int, lo: int) -> int:
    """The index of a person's title at `k` or up to CHAIN_WORDS definite words before it, after
    token `lo` («مدير الجامعة الإسلامية» ending at `k`), or -1."""
    for j in range(k, max(lo, k - CHAIN_WORDS) - 1, -1):
        t = toks[j]
        if not t.word:
            return -1
        if t.form in _TITLES or not _TITLES.isdisjoint(t.reads):
            return j
        if not _definite(t.form):
            return -1
    return -1


def title_seat(toks: list[Tok], g: Group, h_last: int) -> int:
    """The index of the title whose seat the place group `g`, after the trigger ending at `h_last`,
    names, or -1: `g` glued to «بـ» after a title's chain («مدير الجامعة الإسلامية بجاكرتا», «وزير
    الخارجية بجمهورية مصر العربية»). Not the genitive of a title («محافظ عدن»): one met where he governs
    as often as away from it."""
    if g.first <= h_last or not g.is_loc:
        return -1
    k = g.first - 1
    glued = toks[g.first].form[:1] == "ب" and (g.glued.lstrip("وف")[:1] == "ب" or _definite(toks[k].form))
    if k > h_last and _bare(toks[k].form) in _PLACE_NOUNS:
        glued = glued or toks[k].form[:1] == "ب"
        k -= 1
    if k <= h_last:
        return -1
    return _titled_chain(toks, k, h_last) if glued else -1


OWNER_GAP = 3  # tokens between a title's chain and the name of the one who holds it


def _owner(groups: list[Group], g: Group, title: int) -> Group | None:
    """The person or body holding the title at `title` whose seat `g` names: the name right after the
    place («مدير الجامعة بجاكرتا البروفيسور …»), else the one right before the title («سالم حسن، وكيل
    وزارة الصحة بولاية …»)."""
    after = next((p for p in groups if not p.is_loc and g.last <= p.first <= g.last + OWNER_GAP), None)
    before = next((p for p in reversed(groups) if not p.is_loc and title - OWNER_GAP <= p.last <= title), None)
    return after or before


def guest_seats(toks: list[Tok], groups: list[Group], h_first: int, h_last: int,
                hosts: list[str]) -> list[Group]:
    """`groups` less the places that only tell a guest's seat (`title_seat`): not the seat of a title
    of a host (`hosts`, the event's sources, or a title right after the trigger with no name between,
    the subject's: «استقبل مدير عام التعليم بمحافظة الطائف …»), and none after a visit, whose object
    is where it went."""
    trig = " ".join(toks[k].form for k in range(h_first, h_last))
    if any(s in trig for s in _VISIT_STEMS):
        return groups
    out = []
    for g in groups:
        title = title_seat(toks, g, h_last)
        owner = _owner(groups, g, title) if title >= 0 else None
        if title < 0 or (owner is not None and set(owner.names) & set(hosts)) \
                or not any(h_last <= p.first < title for p in groups):
            out.append(g)  # «استقبل مدير عام التعليم بمحافظة الطائف الدكتور …»: the subject's title
    return out


_NISBA_ENDS = ("ي", "ية", "يه", "يين", "يون", "يان")


def visitor_not_place(toks: list[Tok], g: Group) -> bool:
    """True when a place group after a visit word is the visitor, a title or a body told with its
    country's adjective («بزيارة الوفد المصري», «زيارة وزير الخارجية التركي إلى دمشق»): no word of
    the group spells its place and its last word is an adjective of it. Such a group is not where the
    visit went."""
    head = fold(g.place or "").split()[:1]
    if not head:
        return False
    words = [toks[k] for k in range(g.first, g.last) if toks[k].word]
    if _destination(toks, g.first):
        return False  # «زيارته لدول التعاون الخليجي»: where the visit went
    if any(head[0] == t.form or head[0] in t.reads or t.form.endswith(head[0]) for t in words):
        return False
    return bool(words) and words[-1].form.endswith(_NISBA_ENDS)


_TO = frozenset(fold(w) for w in ("إلى", "الى"))


def _destination(toks: list[Tok], first: int) -> bool:
    """True when the group at `first` is told as a visit's destination: after «إلى», or glued to «لـ»
    or after a word glued to it («لدول التعاون الخليجي», «للدول الخليجية»)."""
    prev = first - 1
    return toks[first].form[:1] == "ل" or (prev >= 0 and (toks[prev].form in _TO or toks[prev].form[:1] == "ل"))

"""The second party of a meeting or a visit (CONSULT) that the actor layer leaves out.

Run on the article's events once their actors' countries are known (`add_countries`); only a
CONSULT with a source and no target is filled:
- a guest named by a title and a country, with no name the entity layer reads: «استقبل X في
  مكتبه سفير اليابان لدى المملكة», «التقى X الرئيس الفرنسي», «استقبل X وفدا برلمانيا فرنسيا»,
  «عقب لقائه وزير حقوق الإنسان بالجمهورية اليمنية» → that country (a role with a country
  resolves to the country when no name is given), never the source's own country, and only in
  the trigger's clause;
- a visit to a capital told by its title: «زار X العاصمة العمانية مسقط» → عمان.
The source's own country, never the guest or host, is also the country of a place in the source's name
(«اللجنة المحلية للانتخابات البلدية بمحافظة الطائف») or in the title right after it («مشعل بن ماجد محافظ
جدة», «أمير منطقة عسير»): a local body's or official's meeting at home has no host party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_country import ambiguous_place, place_country
from marsad.extract.events_tokens import after_trigger
from marsad.model import Event

# folded first words of a guest's title or group («سفير», «وفدا», «المسؤولين», «نظيره»)
_GUEST_HEADS = frozenset(fold(w) for w in (
    "سفير", "السفير", "سفيرة", "السفيرة", "سفراء", "قنصل", "القنصل", "وفد", "وفدا", "الوفد", "وفود",
    "رئيس", "الرئيس", "رئيسة", "الرئيسة", "رؤساء", "وزير", "الوزير", "وزيرة", "الوزيرة", "وزراء",
    "مسؤول", "مسؤولا", "المسؤول", "مسؤولين", "المسؤولين", "مسؤولي", "نظيره", "نظيرته", "نظيريه",
    "نظراءه", "الملك", "ملك", "أمير", "مبعوث", "المبعوث", "ممثل", "ممثلي", "قائد", "نائب",
    "أعضاء", "اعضاء", "نواب", "مستشار", "المستشار", "قادة", "القادة", "زعماء", "رئيسي",
))
# a visit's destination told by its capital's title («زار X العاصمة العمانية مسقط»)
_VISIT_HEADS = frozenset(fold(w) for w in ("العاصمة", "عاصمة"))
# words that close the trigger's clause: what follows is said, or another clause
_CLAUSE_END = frozenset(fold(w) for w in (
    "إن", "أن", "وأن", "بأن", "حيث", "كما", "فيما", "بينما", "الذي", "التي", "الذين", "لدى",
    "وقال", "وأكد", "وأشار", "وبحث", "وناقش", "وتناول", "واستعرض", "جرى", "وجرى", "تم", "وتم",
))
_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652]+|[،,.:؛;!?«»\"()]")
_VISIT = re.compile(r"(^|[وفل])(زار|يزور|تزور|أزور|نزور|زيار)")
_WINDOW = 14  # words after the trigger (or the source's name) looked at
_TITLE = 4  # words before a source's name that may be its title
_TITLE_AFTER = 4  # words after a source's name that may be its title («أمير منطقة عسير»)
# folded office words that open a title after a name («محافظ جدة», «أمير منطقة عسير», «أمين الطائف»)
_OFFICE = frozenset(fold(w) for w in (
    "محافظ", "أمير", "أمين", "رئيس", "مدير", "وزير", "نائب", "وكيل", "قائد", "عميد", "المشرف", "الرئيس",
    "المدير", "الأمين", "مساعد", "مستشار", "المستشار"))
_OPENING = 4  # words of a place phrase opening the sentence («وفي العاصمة القطرية الدوحة،»)
_IN = frozenset(fold(w) for w in ("في", "وفي"))
_MARKS = frozenset("،,.:؛;!?«»\"()")


def _bare(word: str) -> list[str]:
    """A folded word and its forms without one proclitic («بالجمهورية» → الجمهورية, جمهورية)."""
    forms = [word]
    for p in ("وبال", "وال", "بال", "لل", "فال", "كال"):
        if word.startswith(p) and len(word) > len(p) + 2:
            forms.append("ال" + word[len(p):])
    for p in ("و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) > 3:
            forms.append(word[1:])
    return forms


def _country_at(words: list[str], i: int) -> str | None:
    """The country the words from `i` name: a country (one or two words) or a nisba."""
    g = gz.load()
    for n in (2, 1):
        if i + n > len(words):
            continue
        for first in _bare(words[i]):
            k = (first, *words[i + 1:i + n])
            entry = g.names.get(k)
            if entry is not None and fold(entry.canonical) in g.country_names:
                return entry.canonical
    for form in _bare(words[i]):
        for f in (form, form[:-1] if form.endswith("يا") else form):  # «وفدا برلمانيا فرنسيا»
            if f in g.nisba and fold(g.nisba[f]) in g.country_names:  # not «الخليجي»
                return g.nisba[f]
    return None


def _own(ev: Event, text: str) -> set[str]:
    """The folded source names, their countries and the countries of the titles told right before
    them («السفير الأردني علي العايد»): never the guest."""
    own = {fold(n) for n in ev.source} | {fold(ev.countries[n]) for n in ev.source if n in ev.countries}
    sent = text[ev.start:ev.end]
    for n in ev.source:
        own |= _place_countries([fold(w) for w in _WORD.findall(n)])  # «اللجنة المحلية … بمحافظة الطائف»
        for m in re.finditer(re.escape(n), sent):
            title = [fold(w) for w in _WORD.findall(sent[:m.start()])][-_TITLE:]
            own |= {fold(c) for k in range(len(title)) if (c := _country_at(title, k))}
            own |= _place_countries(_title_after(sent[m.end():]))  # «مشعل بن ماجد محافظ جدة»
    return own


def _title_after(rest: str) -> list[str]:
    """The folded words of the title right after a source's name, up to a clause mark and at most
    `_TITLE_AFTER` of them («محافظ جدة», «أمير منطقة عسير»); [] when no office word opens them («في القاهرة»:
    where he met, no title)."""
    words: list[str] = []
    for w in _WORD.findall(rest):
        f = fold(w)
        if not f or f in _MARKS or f in _CLAUSE_END or f in _IN or len(words) >= _TITLE_AFTER:
            break
        words.append(f)
    return words if words and words[0] in _OFFICE else []


def _countries_named(words: list[str]) -> Iterator[str]:
    """The countries of the places (one to three words, a proclitic taken off the first) that the folded
    `words` name."""
    return (c for i in range(len(words)) for n in (3, 2, 1) for first in _bare(words[i])
            if (c := place_country(" ".join([first, *words[i + 1:i + n]]))))


def _place_countries(words: list[str]) -> set[str]:
    """The folded countries of the places `words` name: where a party named or titled by them is at home."""
    return {fold(c) for c in _countries_named(words)}


def _after_trigger(ev: Event, text: str) -> list[str]:
    """The folded words of the trigger's clause after it (and after a source name told there)."""
    rest = after_trigger(text, ev)
    if rest is None:
        return []
    cut = max((m.end() for n in ev.source for m in re.finditer(re.escape(n), rest)), default=0)
    words: list[str] = []
    for w in _WORD.findall(rest[cut:]):
        f = fold(w)
        if not f or f in "،,.:؛;!?" or f in _CLAUSE_END or len(words) >= _WINDOW:
            break
        words.append(f)
    return words


def _is_visit(ev: Event) -> bool:
    """Whether the event's trigger is a visit («زار», «يزور», «زيارة»)."""
    return bool(ev.trigger) and bool(_VISIT.search(fold(ev.trigger.split()[0])))


def _titled_guest(ev: Event, text: str) -> str | None:
    """The country of a guest named by a title and a country after the trigger («سفير اليابان»,
    «الرئيس الفرنسي», «وفدا برلمانيا فرنسيا»), not the source's own."""
    words = _after_trigger(ev, text)
    own = _own(ev, text)
    heads = _GUEST_HEADS | _VISIT_HEADS if _is_visit(ev) else _GUEST_HEADS
    for i, w in enumerate(words):
        if not any(f in heads for f in _bare(w)):
            continue
        for j in range(i + 1, min(i + 6, len(words))):
            c = _country_at(words, j)
            if c is not None:
                return None if fold(c) in own else c
        return None  # the first guest's title names no country: a name the entity layer missed
    return None


def _between_named(ev: Event) -> bool:
    """Whether the trigger is a meeting noun owned by the two or more parties it was held between
    («خلال لقائهما … في أديس أبابا», «محادثاتهم في أثينا»): where they met is no party to it."""
    head = fold(ev.trigger.split()[0]) if ev.trigger else ""
    return head.endswith(("هما", "هم")) and not _is_visit(ev)


def _place_before(text: str, ev: Event) -> list[str]:
    """The folded words before the trigger where a place may be named for it: for a visit, all the sentence
    before it («البعثة الأميركية في هافانا … خلال زيارة لكيري»: where he goes); else a place phrase opening the
    sentence («وفي القاهرة، التقى …»); [] when none."""
    sent = text[ev.start:ev.end]
    at = sent.find(ev.trigger) if ev.trigger else -1
    if _is_visit(ev) and at > 0:
        return [fold(w) for w in _WORD.findall(sent[:at])]
    words = [fold(w) for w in _WORD.findall(sent)[:_OPENING]]
    return words[1:] if words and words[0] in _IN else []


def _told_near(ev: Event, text: str, host: str) -> bool:
    """Whether a place of the host country is named where it may be the meeting's: in the trigger's clause
    after it («التقى كيري في القاهرة», «زار X الكويت») or before it (`_place_before`) — not where a topic far
    off names it («وجرى بحث تطورات الأوضاع في سوريا»), nor in the source's name («اللجنة الوطنية للحج»)."""
    return any(_names_place(words, host) for words in (_place_before(text, ev), _in_trigger(ev),
                                                       _after_trigger(ev, text)))


def _in_trigger(ev: Event) -> list[str]:
    """The folded words after «في» inside a trigger that spans its subject («وعقد المدير العام … أمانو في واشنطن
    أمس اجتماعا»): where it was held; [] when none («عقدت اللجنة الوطنية للحج اجتماعا»: a name)."""
    words = [fold(w) for w in _WORD.findall(ev.trigger or "")]
    at = next((i for i, w in enumerate(words) if w in _IN), None)
    return [] if at is None else words[at + 1:]


def _names_place(words: list[str], host: str) -> bool:
    """Whether the folded words name a place (one to three words, a proclitic taken off the first) of the
    country `host`."""
    return host in _countries_named([w for w in words if w not in _MARKS])


def _host(ev: Event, text: str) -> str | None:
    """The country a meeting or visit was held in, when it is not the source's own («زار وزير الخارجية
    الإيراني الكويت», «والتقى كيري في القاهرة …» → مصر): the host is its other party; none where the place may
    be a country or another's town («في عمان»), where the meeting is owned by the parties it was held
    between («لقائهما»), or where the place is not named in the trigger's clause."""
    if ambiguous_place(ev.location) or _between_named(ev):
        return None  # «في عمان»: Amman or Oman
    host = place_country(ev.location)
    if host is None or fold(host) in _own(ev, text) or not _told_near(ev, text, host):
        return None
    return host


def add_guests(events: list[Event], text: str) -> None:
    """Give a meeting or visit with a source and no target the country its guest's title names
    (in place)."""
    for ev in events:
        if ev.type != "CONSULT" or not ev.source or ev.target:
            continue
        guest = _titled_guest(ev, text) or _host(ev, text)
        if guest is not None:
            ev.target = [guest]
            ev.countries[guest] = guest

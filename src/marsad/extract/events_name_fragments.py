"""Actor names and places that are a fragment or a common word, not a party or a place.

- `lone_garbage`: a name that is one spelled letter of a Latin acronym cut from its outlet («سي» of
  «سي إن إن»), a number word («ستون مسيحيا»), or a word a name left behind or a common noun («نيوز»,
  «الحرام» of «المسجد الحرام», «آليات», «تنظيم», «كل»); `cut_acronym`: two letters written only next to a
  third («بي بي» of «بي بي سي»; «بي بي», BP, alone stays); three letters or more name a body («بي كي كي»);
- `in_favour`: «صالح» read from «لصالح» + a definite noun («لصالح الشعب», 'in favour of the people')
  names no one; «الموالية لصالح» (Saleh) stays;
- `common_club`: a club's name that is a common noun («الاتفاق» 'the agreement', «التعاون») with no
  «نادي»/«فريق» before it is no party;
- `adjective_before_owned`: a lone first name written only before a noun with an owner's pronoun is an
  adjective («ونبيل مواقفكم» 'your noble stands'), no person;
- `kin_head`: a lone «ذوو»/«ذوي» ('the families of') takes the word it is written before («ذوو الشهداء»);
- `held_by_other`: a one-word definite name that is a word of another, longer name of the event or that
  word's nisba («الخليج» beside «مجلس التعاون الخليجي») goes, also after sentences' events are merged;
- `plain`: presentation forms («ﺑﻴﺤﺎن») and tatweel («الحكـــومـــة») made plain letters;
- `fixed_place`: a place that is a common noun («المشهد» 'the scene', «غابات» 'forests') is none; a bare
  «ريف» takes the name it is written before («ريف درعا»); a one-word place the article writes only with a
  hamza the place lacks («فاس» read from «بفأس», 'with an axe') is none; a place run on into a group's
  name («عسير داعش») ends before it; a glued «و» after another place goes («الفوعة وكفريا» → كفريا); a
  one-word place the span writes only inside a longer listed place takes it («مشيط» → خميس مشيط).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.model import Event

__all__ = [
    "adjective_before_owned",
    "clean_fragments",
    "common_club",
    "cut_acronym",
    "drop_held",
    "fixed_name",
    "fixed_place",
    "held_by_other",
    "in_favour",
    "lone_garbage",
    "plain",
]

# the Arabic spelling of Latin letters: a name made only of them is an acronym cut from its outlet
_LATIN_LETTERS = frozenset(fold(w) for w in (
    "إيه", "ايه", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "إتش", "اتش", "آي", "اي", "جاي", "كي", "إل", "ال",
    "إم", "ام", "إن", "ان", "أو", "كيو", "آر", "ار", "إس", "اس", "تي", "يو", "في", "إكس", "اكس", "واي", "زد"))
_NUMBER_WORDS = frozenset(fold(w) for w in (
    "عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون",
    "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مائة", "مئة", "مئات", "ألف", "آلاف", "عشرات"))
_LONE_WORDS = frozenset(fold(w) for w in (
    "نيوز", "الحرام", "الشريف", "آليات", "الآليات", "تشكيل", "تنظيم", "رئيس", "كل", "عن", "لشؤون", "شؤون"))
# a club's name that is a common noun ('the agreement', 'cooperation', 'unity', 'victory'): no party outside
# a sports page unless «نادي»/«فريق» names the club («نادي الاتفاق»)
_COMMON_CLUBS = frozenset(fold(w) for w in ("الاتفاق", "التعاون", "الوحدة", "النصر"))
_CLUB_WORD = re.compile(r"(?:نادي|فريق|لنادي|لفريق|ونادي|وفريق)\s+$")
_KIN_HEADS = frozenset(fold(w) for w in ("ذوو", "ذوي", "وذوو", "وذوي"))
# common nouns a place list holds («المشهد» is no «مشهد», the Iranian city)
_NOT_PLACES = frozenset(fold(w) for w in ("المشهد", "غابات", "الغابات", "المشاهد", "الساحة", "الميدان"))
_COUNTRYSIDE = fold("ريف")
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
_WORD = re.compile(r"[\u0621-\u064a\u0640]+")


def lone_garbage(name: str) -> bool:
    """True when a name is one Latin letter spelled in Arabic («سي» of «سي إن إن»), a number word («ستون»)
    or a word a name left behind («نيوز», «الحرام»)."""
    words = [fold(w) for w in name.split()]
    if not words:
        return True
    if len(words) == 1 and words[0] in _LATIN_LETTERS:
        return True  # two letters go by `cut_acronym`; three or more are a body's («بي كي كي», «سي آي إيه»)
    return len(words) == 1 and (words[0] in _NUMBER_WORDS or words[0] in _LONE_WORDS)


def cut_acronym(name: str, span: str) -> bool:
    """True when a name of two spelled Latin letters is written in `span` only next to a third one: an
    acronym cut («بي بي» of «بي بي سي», «إتش بي» of «بي إتش بي إس»); «بي بي» (BP) alone stays."""
    words = name.split()
    if len(words) != 2 or not all(fold(w) in _LATIN_LETTERS for w in words):
        return False
    hits = list(re.finditer(rf"(\S+\s+)?{re.escape(name)}(\s+\S+)?", span))
    return bool(hits) and all(any(g and fold(g.strip(" «»\"()")) in _LATIN_LETTERS for g in m.groups())
                              for m in hits)


def in_favour(name: str, span: str) -> bool:
    """True when the one-word name «صالح» is written in `span` only as «لصالح» before a definite noun
    ('in favour of the …'), never on its own or at a clause's end («الموالية لصالح»)."""
    if fold(name) != fold("صالح"):
        return False
    words = _WORD.findall(span)
    seen = [k for k, w in enumerate(words) if fold(w).endswith(fold("صالح")) and fold(w)[:-4] in ("", "ل", "ول")]
    return bool(seen) and all(fold(words[k])[:-4].endswith("ل") and k + 1 < len(words)
                              and fold(words[k + 1]).startswith("ال") for k in seen)


def kin_head(name: str, span: str) -> str:
    """A lone «ذوو»/«ذوي» with the word written right after it in `span` («ذوو الشهداء»); else `name`."""
    if fold(name) not in _KIN_HEADS:
        return name
    m = re.search(rf"(?<![\u0621-\u064a]){re.escape(name)}\s+([\u0621-\u064a]+)", span)
    return f"{name} {m.group(1)}" if m else name


def fixed_name(name: str, span: str) -> str:
    """`name` as it should stand for a party, "" when it names none (see the module doc)."""
    name = plain(name)
    if lone_garbage(name) or cut_acronym(name, span) or in_favour(name, span) or common_club(name, span) \
            or adjective_before_owned(name, span):
        return ""
    return kin_head(name, span)


_OWNED = ("كم", "هم", "ها", "هما", "كما", "نا", "كن", "هن")  # a pronoun of the owner on a noun


def adjective_before_owned(name: str, span: str) -> bool:
    """True when a one-word name that is a first name is written in `span` only before a noun with an
    owner's pronoun («ونبيل مواقفكم» 'your noble stands', «كريم أخلاقهم»): an adjective in a construct,
    no person."""
    if " " in name or fold(name) not in gz.load().first_names:
        return False
    hits = list(re.finditer(rf"(?<![\u0621-\u064a])[وب]?{re.escape(name)}\s+([\u0621-\u064a]+)", span))
    lone = re.findall(rf"(?<![\u0621-\u064a])[وب]?{re.escape(name)}(?![\u0621-\u064a])", span)
    first = gz.load().first_names
    return bool(hits) and len(hits) == len(lone) and all(
        fold(m.group(1)).endswith(_OWNED) and fold(m.group(1)) not in first and len(fold(m.group(1))) > 4
        for m in hits)


def plain(name: str) -> str:
    """`name` in plain Arabic letters: presentation forms («ﺑﻴﺤﺎن») unfolded, tatweel («الحكـــومـــة»)
    dropped."""
    if any("\ufb50" <= c <= "\ufeff" for c in name):
        name = unicodedata.normalize("NFKC", name)
    return name.replace("\u0640", "")


def common_club(name: str, span: str) -> bool:
    """True when a lone club name that is a common noun («الاتفاق», «التعاون») stands in `span` with no
    «نادي»/«فريق» before it: the agreement or the cooperation, no party."""
    if fold(name) not in _COMMON_CLUBS:
        return False
    return not any(_CLUB_WORD.search(span[:m.start()]) for m in re.finditer(re.escape(name), span))


@lru_cache(maxsize=256)
def _only_with_hamza(place: str, text: str) -> bool:
    """True when a one-word place with a bare alif is written in the text only with a hamza on it
    («فاس» of «بفأس»), never as the place itself."""
    if " " in place or "ا" not in place:
        return False
    bare = [w for w, plain in _unhamzated_words(text) if plain.endswith(place) and len(w) - len(place) <= 2]
    return bool(bare) and all(not w.endswith(place) for w in bare)


@lru_cache(maxsize=8)
def _unhamzated_words(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of the article with its hamzas written as bare alifs (read once per article)."""
    return tuple((w, w.translate(_HAMZA)) for w in _WORD.findall(text))


_RIF = re.compile(r"(?<![\u0621-\u064a])[وب]?ريف\s+([\u0621-\u064a]+)")


def _countryside(span: str, trigger: str) -> str | None:
    """«ريف» with the name it is written before in `span` («بريف درعا» → ريف درعا), the one nearest the
    trigger where the span names several; None without one."""
    at = span.find(trigger) if trigger else -1
    found = sorted(_RIF.finditer(span), key=lambda m: abs(m.start() - at) if at >= 0 else m.start())
    return f"ريف {found[0].group(1)}" if found else None


def _group_tail(place: str) -> str:
    """A place of two words or more without a last word that is a group's name («عسير داعش» → عسير)."""
    words = place.split()
    g = gz.load()
    while len(words) > 1:
        e = g.names.get(gz.key(words[-1]))
        if e is None or e.label != "ORG":
            break
        words = words[:-1]
    return " ".join(words)


def fixed_place(place: str | None, span: str, text: str, trigger: str = "") -> str | None:
    """An event's place as it should stand (see the module doc); None when it names no place."""
    if not place:
        return place
    place = plain(place)
    f = fold(place)
    if f in _NOT_PLACES or _only_with_hamza(place, text):
        return None
    if f == _COUNTRYSIDE:
        return _countryside(span, trigger)
    return _whole_place(_unjoined_place(_group_tail(place), span), span)


def _unjoined_place(place: str, span: str) -> str:
    """A place without a glued «و» the gazetteer does not know it with, where the span joins it to a
    place or a definite name before it («بلدتي الفوعة وكفريا» → كفريا; «وزيرستان», «واشنطن» stay)."""
    words = place.split()
    g = gz.load()
    if not words or fold(words[0])[:1] != "و" or len(fold(words[0])) < 4 or gz.key(place) in g.names:
        return place
    before = re.findall(rf"([\u0621-\u064a]+)\s+{re.escape(words[0])}(?![\u0621-\u064a])", span)
    if before and all(fold(b).startswith("ال") or _is_place(b) for b in before):
        return " ".join([words[0][1:], *words[1:]])
    return place


def _is_place(word: str) -> bool:
    """True when the gazetteer lists a word as a place."""
    e = gz.load().names.get(gz.key(word))
    return e is not None and e.label == "LOC"


@lru_cache(maxsize=4096)
def _glued_word(word: str) -> re.Pattern[str]:
    """`word` written whole, maybe with a glued «و», «بـ», «لـ» or «ف» (compiled once per word)."""
    return re.compile(rf"(?<![\u0621-\u064a])[وبلف]?{re.escape(word)}(?![\u0621-\u064a])")


def _whole_place(place: str, span: str) -> str:
    """A one-word place the span writes only inside a longer place the gazetteer lists («خميس مشيط» for
    «مشيط», «سانت بطرسبرغ» for «سانت»): that place; else `place`."""
    if " " in place:
        return place
    g = gz.load()
    wholes: set[str] = set()
    hits = list(_glued_word(place).finditer(span))
    for m in hits:
        after = span[m.end():].split()[:1]
        before = span[:m.start()].split()[-1:]
        tries = [f"{place} {after[0]}"] if after else []
        if before:
            bare = before[0][1:] if before[0][:1] in ("ب", "و", "ل", "ف") else before[0]
            tries += [f"{before[0]} {place}", f"{bare} {place}"]
        found = [e.canonical for w in tries if (e := g.names.get(gz.key(w))) is not None and e.label == "LOC"]
        if not found:
            return place
        wholes.add(found[0])
    return wholes.pop() if len(wholes) == 1 else place


def held_by_other(name: str, names: list[str]) -> bool:
    """True when a one-word definite name is a word of another, longer name of the same event, or that
    word's nisba («الخليج» beside «مجلس التعاون الخليجي», «الكردستاني» beside «حزب العمال الكردستاني»): a
    piece of the longer name, no party of its own; a name the gazetteer lists goes only beside its nisba."""
    f = fold(name)
    if " " in name or not f.startswith("ال") or len(f) < 5:
        return False
    listed = gz.key(name) in gz.load().names  # «الحوثي» beside «ميليشيات الحوثي» stays: the party's own name
    longer = [ws for n in names if n != name and " " in n
              and not _counted(ws := fold(n).split())]  # («18 من عناصر البيشمركة»: some of the party, not its name)
    return any(f + "ي" in words or (not listed and f in words) for words in longer)


def _counted(words: list[str]) -> bool:
    """True when a name's words count some of a party's people («18 من عناصر البيشمركة», «عدد من …»)."""
    return bool(words) and (words[0].isdigit() or "من" in words)


def drop_held(events: list[Event]) -> None:
    """Each event without the names `held_by_other` finds pieces of its longer names (also after events
    of several sentences were merged)."""
    for ev in events:
        names = [*ev.source, *ev.target]
        for side in (ev.source, ev.target):
            side[:] = [n for n in side if not held_by_other(n, names)]


def clean_fragments(events: list[Event], text: str) -> None:
    """Each event's names and place fixed (`fixed_name`, `fixed_place`); names left empty or repeated go."""
    for ev in events:
        span = text[ev.start:ev.end] if ev.end else text
        for side in (ev.source, ev.target):
            side[:] = list(dict.fromkeys(n for n in (fixed_name(x, span) for x in side) if n))
        ev.target[:] = [n for n in ev.target if n not in ev.source]
        drop_held([ev])
        old, ev.location = ev.location, fixed_place(ev.location, span, text, ev.trigger or "")
        if old and ev.location and old != ev.location and fold(old).startswith("و"):
            for side in (ev.source, ev.target):  # the place as a party too («تحاصر … الفوعة وكفريا»)
                side[:] = [ev.location if n == old else n for n in side]

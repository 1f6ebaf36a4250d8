"""The words a state body is named by, kept beside the country it stands for.

«الشرطة التركية», «وزارة الداخلية العراقية» and «الطيران الحربي السوري» act for their countries, and
the coder names the country as the actor (تركيا, العراق, سوريا); the body itself says which arm of
the state acted, which an analyst counts apart (police arrests, air strikes, a ministry's statement).
So once the events are final, a country actor named in its sentence by one body only («اعتقلت الشرطة
التركية …») keeps the body's own words after it: `["تركيا", "الشرطة التركية"]`. Where the sentence
names two bodies of that country («قصف الطيران التركي … ورد الجيش التركي»), which one acted is not
read here, and the country stays alone.

A people named by the plural of its nisba keeps its words beside its country the same way, with the
number counting it: «قتلت القوات ثلاثة فلسطينيين» → target `["فلسطين", "ثلاثة فلسطينيين"]` (who was hit,
not only whose; «خمسة صحافيين وثلاثة بريطانيين» → «ثلاثة بريطانيين», without the «و» glued to the number);
not a nisba qualifying a plural noun («مسلحون سوريون», «المدنيين الفلسطينيين»).

A national army the entity layer names as a body of its own («الجيش الإسرائيلي», and «جيش الاحتلال»
canonicalised to it) stands for its country the same way, told the other way round: the country is put
before it, `["إسرائيل", "الجيش الإسرائيلي"]` (`add_army_countries`); not an army named by more than its
nisba («الجيش السوري الحر», «الجيش الوطني الليبي»: no arm of a state). So does a ministry named by its
portfolio and nisba («وزارة الخزانة الأمريكية» → ["الولايات المتحدة", "وزارة الخزانة الأمريكية"]) and a
capital named as an actor, which stands for its country by metonymy («وقالت موسكو», «اتهمت واشنطن بكين» →
["روسيا", "موسكو"], ["الولايات المتحدة", "واشنطن"] → ["الصين", "بكين"]); a capital that is only where a
deed happened («في موسكو») is its place, no actor, and gets nothing. A seat of power named for the
government in it stands for its country too («أعلن البيت الأبيض», «رد الكرملين» → ["الولايات المتحدة",
"البيت الأبيض"], ["روسيا", "الكرملين"]; `seat_country`, from the curated `SEATS_OF_POWER`).

A second nisba joined by «و» to a force's («القوات المصرية والسعودية», «الشرطة الإسبانية والمغربية») names a
second country acting with the first, and stands beside it on the same side (`add_coordinated_nisbas`);
not where the event already names that country (the other party of «اشتباكات بين القوات السورية والتركية»),
nor after a verb of exchange («تبادلت القوات الهندية والباكستانية إطلاق النار»: two sides, not one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Mention, unowned_body
from marsad.extract.events_country import ambiguous_place, place_country, unglued_nisba
from marsad.extract.events_lexicon import FORCE, lexicon, norm
from marsad.extract.events_phrases import is_number
from marsad.extract.events_tokens import Tok
from marsad.extract.ner_gazetteer import nisba_country
from marsad.extract.numbers import analyse_word
from marsad.lang import table
from marsad.model import Entity, Event

SEATS_OF_POWER = "seats_of_power.tsv"

# a proclitic glued to a definite first word: «والشرطة», «بالحكومة», «وبالقوات» (the article stays)
_BEFORE_ARTICLE = re.compile(r"^[وف]?[بك]?(?=ال)")
# «للشرطة», «وللقوات»: «ل» before the article takes its alif
_L_ARTICLE = re.compile(r"^[وف]?لل")
# the proclitics that may open a body's indefinite head («لوزارة», «وبقوات», «ووزارة»)
_HEAD_CLITIC = re.compile(r"[وف]?[بلك]|[وف]")


def _glued_head(word: str) -> int:
    """Letters of proclitic glued to a body's indefinite head noun («لوزارة» → 1, «وبقوات» → 2), 0 when
    the word is a head or a noun of its own («وزارة», «بلدية», «لجنة», «وفد»)."""
    f = norm(word)
    W = lexicon().words
    heads = W["org_head"] | W["party_head"]
    if f in heads or f in W["bl_nouns"]:
        return 0
    for n in (1, 2):
        if _HEAD_CLITIC.fullmatch(f[:n]) and f[n:] in heads and len(f) - n >= 3 and word.startswith(f[:n]):
            return n
    return 0


def body_words(surface: str) -> str:
    """The body's name as written, without a proclitic glued to its first word («للشرطة التركية» →
    «الشرطة التركية», «والقوات العراقية» → «القوات العراقية», «لوزارة الداخلية التونسية» → «وزارة
    الداخلية التونسية»)."""
    s = " ".join(surface.split())
    m = _L_ARTICLE.match(s)
    if m:
        return "ال" + s[m.end():]
    m = _BEFORE_ARTICLE.match(s)
    if m:
        return s[m.end():]
    return s[_glued_head(s.split(" ", 1)[0]):]


def _unowned_then_nisba(e: Entity, nxt: Mention | None) -> Entity | None:
    """The nisba's place when `e` is a body named only by what it is and a nisba follows it right away."""
    if not unowned_body(e) or nxt is None:
        return None
    n = nxt[2]
    t = fold(n.text)
    nisba = n.label == "LOC" and not n.role and fold(n.canonical) not in t and t.endswith(("ي", "يه"))
    return n if nisba and n.start - e.end <= 1 else None


def _people(e: Entity) -> bool:
    """Whether a mention names a country's people by the plural of its nisba («الفلسطينيين», «سوريون»)."""
    t = fold(e.text)
    return e.label == "LOC" and not e.role and t.endswith(("يين", "يون")) and fold(e.canonical) != t


def _qualified(before: str, people: str) -> bool:
    """Whether a people nisba qualifies the plural noun before it, agreeing with it («مسلحون سوريون»,
    «المدنيين الفلسطينيين», «جنود أمريكيين»), rather than naming the people itself («لطرد فلسطينيين»)."""
    bare = before[2:] if before.startswith("ال") else before
    return (before.endswith(("ون", "ين")) or bare in lexicon().words["counted"]) \
        and before.startswith("ال") == people.startswith("ال")


def _article_back(text: str, token_start: int, start: int) -> str:
    """The article a mention's start left behind in its first token («المقاتلات التركية» read from
    «مقاتلات»), else ""."""
    pre = text[token_start:start]
    return "ال" if pre.endswith(("ال", "لل")) else ""


def _bare_number(raw: str) -> str:
    """A number word without the conjunction or preposition glued to it («وثلاثة» → «ثلاثة», «لخمسة» →
    «خمسة»); the article stays («الثلاثة»)."""
    w = analyse_word(raw)
    return raw[w.plen:] if w is not None and w.prole in ("conj", "prep") else raw


def _bodies(text: str, toks: list[Tok], ents: list[Mention]) -> list[tuple[int, int, str, str]]:
    """(start, end, country, words) of each mention of a body standing for its country, its words
    read from the whole tokens it covers."""
    out = []
    for i, (s, t, e) in enumerate(ents):
        if s < 0 or t <= s:
            continue
        country = e.canonical if e.role == FORCE or _people(e) else None
        if country is None:
            n = _unowned_then_nisba(e, ents[i + 1] if i + 1 < len(ents) else None)
            if n is None:
                continue
            country, t = n.canonical, ents[i + 1][1]
        words = body_words(_article_back(text, toks[s].start, e.start) + text[e.start:toks[t - 1].end])
        if _people(e):  # «ثلاثة فلسطينيين», «الفلسطينيين»: the people, with the number counting them
            counted = s > 0 and is_number(toks[s - 1].form)
            if counted or not (s > 0 and _qualified(toks[s - 1].form, body_words(e.text))):
                own = body_words(text[toks[s].start:toks[t - 1].end])  # «للكوريين» → «الكوريين», not «لكوريين»
                out.append((toks[s].start, toks[t - 1].end, country,
                            f"{_bare_number(text[toks[s - 1].start:toks[s - 1].end])} {own}" if counted else own))
            continue
        if len(words.split()) >= 2 and words != country and words.split()[-1].startswith("ال"):
            # («طائرة مسيرة أمريكية»: some craft of the country, no arm of its state by name)
            out.append((toks[s].start, toks[t - 1].end, country, words))
    return out


def add_body_names(events: list[Event], text: str, toks: list[Tok], ents: list[Mention]) -> None:
    """After each country actor of an event, the words of the one body its sentence names it by."""
    bodies = _bodies(text, toks, ents)
    if not bodies:
        return
    for ev in events:
        here: dict[str, set[str]] = {}
        for s, t, country, words in bodies:
            if ev.start <= s and t <= ev.end:
                here.setdefault(country, set()).add(words)
        for side in (ev.source, ev.target):
            for name in list(side):
                found = here.get(name, set())
                if len(found) == 1:
                    words = next(iter(found))
                    if words not in side:
                        side.insert(side.index(name) + 1, words)


# a reciprocal verb of exchange («تبادلت», «وتتبادل»): the forces joined after it are its two sides
_EXCHANGE = re.compile(r"^[وف]?[يت]?تبادل")


def _second_nisba(text: str, toks: list[Tok], ents: list[Mention], i: int) -> str | None:
    """The country of a definite nisba joined by «و» right after the force mention i, qualifying the same
    head («القوات المصرية والسعودية» → السعودية, «الشرطة الإسبانية والمغربية» → المغرب); None else."""
    s, t, e = ents[i]
    if e.role != FORCE or i + 1 >= len(ents) or s < 0:
        return None
    s2, t2, n = ents[i + 1]
    if s2 != t or t2 != s2 + 1 or n.label != "LOC" or n.role or n.canonical == e.canonical:
        return None
    if s > 0 and _EXCHANGE.match(norm(toks[s - 1].form)):
        return None  # «تبادلت القوات الهندية والباكستانية إطلاق النار»: the two sides of an exchange
    raw = norm(text[toks[s2].start:toks[s2].end])
    if not raw.startswith("وال") or nisba_country(raw[1:]) is None:
        return None  # «والسعودية», «والعراقية»: not «والرياض», nor a nisba without the article
    return n.canonical


def add_coordinated_nisbas(events: list[Event], text: str, toks: list[Tok], ents: list[Mention]) -> None:
    """Beside a country named by its force or body, the country of a second nisba coordinated with it
    («أجرت القوات المصرية والسعودية مناورات» → مصر and السعودية), on the same side, unless the event names
    it on either side already («اشتباكات بين القوات السورية والتركية»: تركيا the other party)."""
    pairs = [(toks[ents[i][0]].start, toks[ents[i + 1][1] - 1].end, ents[i][2].canonical, second)
             for i in range(len(ents)) if (second := _second_nisba(text, toks, ents, i)) is not None]
    for ev in events:
        for a, b, first, second in pairs:
            if not (ev.start <= a and b <= ev.end) or second in ev.source or second in ev.target:
                continue
            side = ev.source if first in ev.source else ev.target if first in ev.target else None
            if side is None:
                continue
            at = side.index(first) + 1
            while at < len(side) and side[at] not in ev.countries.values() and side[at] != second \
                    and nisba_country(fold(side[at].split()[-1])) is not None:
                at += 1  # after the body's own words («الشرطة التركية»)
            side.insert(at, second)
            ev.countries.setdefault(second, second)


_ARMY_HEADS = frozenset(norm(w) for w in ("الجيش", "جيش"))
_REGIME = frozenset(norm(w) for w in ("النظام", "نظام"))  # «قوات النظام السوري», «النظام السوري»: the state's
_MINISTRY = norm("وزارة")
MINISTRY_WORDS = 2  # words between «وزارة» and its nisba («وزارة الخزانة الأمريكية», «وزارة الأمن الداخلي الأمريكية»)


def _nisba_last(ws: list[str]) -> str | None:
    """The country a definite nisba closing the folded words `ws` names («الروسية» → روسيا), else None."""
    return unglued_nisba(fold(ws[-1])) if ws[-1].startswith("ال") else None


def army_country(name: str) -> str | None:
    """The country a national force's name stands for: an army or force noun, its force adjectives, and a
    definite nisba last («الجيش الإسرائيلي» → إسرائيل, «القوات الجوية الروسية» → روسيا), the regime's forces or
    the regime itself («قوات النظام السوري», «النظام السوري» → سوريا); None for any other name («الجيش السوري
    الحر», «الجيش الوطني الليبي»)."""
    W = lexicon().words
    ws = norm(name).split()
    if len(ws) < 2 or not (ws[0] in _ARMY_HEADS or ws[0] in W["force_noun"] or ws[0] in _REGIME) \
            or any(w not in W["force_adjective"] and w not in _REGIME for w in ws[1:-1]):
        return None
    return _nisba_last(ws)


def ministry_country(name: str) -> str | None:
    """The country a ministry named by «وزارة», its portfolio and a definite nisba last stands for
    («وزارة الخزانة الأمريكية» → الولايات المتحدة, «وزارة الدفاع الروسية» → روسيا); None for any other name."""
    ws = norm(name).split()
    if not 3 <= len(ws) <= MINISTRY_WORDS + 2 or ws[0] != _MINISTRY:
        return None
    return _nisba_last(ws)


def capital_country(name: str) -> str | None:
    """The country a capital named as an actor stands for («موسكو» → روسيا, «واشنطن» → الولايات المتحدة);
    None for any other name, and for a capital named as its country («تونس», «الكويت») or as another
    country («عمان»: Amman or Oman)."""
    if norm(name) not in lexicon().capitals or ambiguous_place(name):
        return None
    country = place_country(name)
    return country if country is not None and fold(country) != fold(name) else None


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Folded name of a seat of power → its country (`SEATS_OF_POWER`)."""
    return {fold(row[0]): row[1] for row in table(SEATS_OF_POWER) if len(row) > 1}


def seat_country(name: str) -> str | None:
    """The country a seat of power named for its government stands for («البيت الأبيض» → الولايات المتحدة,
    «الكرملين» → روسيا, «قصر بعبدا» → لبنان); None for any other name."""
    return _seats().get(fold(name))


def state_country(name: str) -> str | None:
    """The country an arm of a state named as an actor stands for: a national army (`army_country`), a
    ministry (`ministry_country`), the capital (`capital_country`) or a seat of power (`seat_country`);
    None for any other name."""
    return army_country(name) or ministry_country(name) or capital_country(name) or seat_country(name)


def add_army_countries(events: list[Event]) -> None:
    """Before a national army, a ministry, a capital or a seat of power named as an actor of its own
    («الجيش الإسرائيلي», «وزارة الخزانة الأمريكية», «موسكو», «الكرملين»), its country (`state_country`), on
    either side, unless that side names the country already or the other side names it (one party on both
    sides is none); a seat of power on the side opposite its own country is that party told again («وزارة
    الدفاع الأمريكية (البنتاغون)»), and leaves."""
    for ev in events:
        for side, other in ((ev.source, ev.target), (ev.target, ev.source)):
            for name in list(side):
                if (seat := seat_country(name)) is not None and seat in other:
                    side.remove(name)  # «ورفضت وزارة الدفاع الأمريكية (البنتاغون)»: the same party, told again
                    continue
                country = state_country(name)
                if country is not None and country not in side and country not in other and country != name:
                    side.insert(side.index(name), country)
                    ev.countries.setdefault(country, country)

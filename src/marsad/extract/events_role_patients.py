"""Bare state forces left as parties («الشرطة», «قوات الأمن», «السلطات», «الجيش») and their country:

- a force the text places, with «في» or «بـ» and a place right after it («أخلت قوات الأمن بالقليوبية سبيل
  …», «الشرطة في منطقة ريتشموند بولاية كاليفورنيا»), is a role with a country and stands for that
  place's country (CONTRACT.md);
- else, where the article is plainly about one country (the one its place names and nisbas name most,
  at least twice and at least twice as often as any other: «قوات الأمن» in a story that names تونس and
  «التونسية» and no other country but once), the force stays the party as the text names it, and that
  country is named after it on its side and noted as its country in the event's `countries` (an
  inference, not the text's word: the name the text gives is kept).

A force is left as it is where the text names a place for it that no table places («السلطات المعنية في
المملكة»), an adjective no table places qualifies it («السلطات النازية»), its country is already the other
side's («مواجهات بين شبان فلسطينيين وقوات الجيش»: not فلسطين), the event is placed in another country
(«… قوات الأمن في القطيف» in a story about Kuwait), the country is the one that speaks of the deed in its
sentence («أدانت الكويت التفجير الذي استهدف رجال الأمن»: a story about Kuwait's word, Saudi forces), two
forces are parties to each other («اشتباكات بين الشرطة والجيش»), or the article has no clear country.

A bare ministry that voices «المملكة»'s stance («أعربت وزارة الخارجية عن إدانة المملكة واستنكارها …», the Saudi
press's kingdom) has السعودية named beside it the same way.

And the patient of an unvowelled passive is no doer (`passive_patient`): an arrest, abduction or killing
verb with one named person after it, past a time word or his title («قتل اليوم القيادي أبو يحيى الحوثي في
…», «واعتقل فلان مع ستة مسؤولين آخرين في 27 مايو»), and no object after him, tells that the person
underwent it («تم اعتقاله»), whatever else the sentence names after a preposition; so does the one the
pronoun of «أنه» stands for before such a verb with a preposition after it («مبينة أنه قتل في …»). So does the party
named right after the verbal noun of such a deed (`genitive_patient`: «استهداف الجيش المصري», «اعتقال رجال
المقاومة»), unless «لـ» or an accusative then names what it hit («استهداف التحالف لمواقع الحوثيين»,
«استهداف المقاومة رتلا عسكريا»: the genitive did it; `genitive_agent` gives the doer and the party after «لـ»,
«قتل الشرطة للشاب مايكل براون»). An unvowelled «قصف», «قتل» read as a verb is such a noun too when it stands
inside its clause with a party and «لـ» after it («أدانت الكويت قصف الحوثيين للأحياء السكنية»): a verb takes
its object without «لـ»; «لـ» of a time («قصف الطيران لليوم الثاني مواقع …») says nothing of it.
"""

from __future__ import annotations

import re
from collections import Counter

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Group, member_noun
from marsad.extract.events_country import place_country
from marsad.extract.events_lexicon import DAY_TIMES, Lexicon, Words, forms
from marsad.extract.events_site_owner import UNITS
from marsad.extract.events_tokens import Tok, has, past_aside
from marsad.extract.events_triggers import DONE_TO, Hit
from marsad.extract.events_unnamed_doers import place_counts, takes_by_force
from marsad.model import Entity, Event

# forces that belong to one state: the bare canonicals of `event_actors.tsv` (kind force) read here
_STATE_FORCES = frozenset(("قوات الأمن", "الشرطة", "السلطات", "الجيش", "الاستخبارات", "الدرك", "حرس الحدود",
                           "الجمارك", "الداخلية", "الحكومة"))

# a ministry named bare voices its state's stance: «أعربت وزارة الخارجية عن إدانة المملكة واستنكارها …» (the
# Saudi press's «المملكة»): the kingdom whose stance it voices stands beside it
_MINISTRIES = frozenset(("وزارة الخارجية", "وزارة الداخلية", "وزارة الدفاع"))
_STANCES = frozenset(fold(w) for w in ("إدانة", "استنكار", "رفض", "ترحيب", "تأييد", "دعم", "تضامن", "إشادة",
                                       "تقدير", "شجب", "قلق", "أسف", "مطالبة", "دعوة"))
_ABOUT = fold("عن")
_KINGDOM = fold("المملكة")
_KINGDOM_COUNTRY = "السعودية"
_UNITED = fold("المتحدة")  # «المملكة المتحدة»: another kingdom

MIN_MENTIONS = 2  # the article names its country at least this often
LEAD = 2  # … and at least this many times as often as any other country

_WORD = re.compile(r"[\w\u0640]+")
# what may stand between a force and the place it serves in («قوات الأمن في محافظة …», «الشرطة بمدينة …»)
_PLACE_NOUNS = frozenset(fold(w) for w in ("منطقة", "محافظة", "مدينة", "ولاية", "إقليم", "اقليم", "مقاطعة",
                                           "بلدة", "قرية", "العاصمة", "جنوب", "شمال", "شرق", "غرب", "المنطقة",
                                           "المحافظة", "المدينة", "الولاية", "الإقليم", "الاقليم"))


def _forms(name: str, L: Lexicon) -> list[tuple[str, ...]]:
    """The folded word sequences `event_actors.tsv` gives a force of this canonical name, longest first."""
    rows = {a.words for acts in L.actors.values() for a in acts if a.canonical == name and a.force}
    return sorted(rows, key=lambda w: (-len(w), w))  # (ties in a fixed order: no hash seed decides)


def _after_force(words: list[str], name: str, L: Lexicon) -> list[list[str]] | None:
    """The few folded words after each mention of the force in a sentence's folded words, but for a
    mention that is the genitive of an office («وزير الداخلية», «مدير الشرطة»): that names the office;
    None when every mention is such a genitive."""
    out: list[list[str]] = []
    offices = 0
    for form in _forms(name, L):
        n = len(form)
        for i in range(len(words) - n + 1):
            head = words[i][1:] if words[i][:1] in "وف" and words[i][1:] == form[0] else words[i]
            if head != form[0] or tuple(words[i + 1:i + n]) != form[1:]:
                continue
            prev = words[i - 1] if i else ""
            if prev in _OFFICE_HEADS or (prev[:1] in "وفل" and prev[1:] in _OFFICE_HEADS):
                offices += 1
                continue
            out.append(words[i + n:i + n + 5])
    return None if offices and not out else out


# heads whose genitive the force is, as part of an office or a body's name («وزير الداخلية», «قائد الجيش»)
_OFFICE_HEADS = frozenset(fold(w) for w in (
    "وزير", "وزيرة", "وزارة", "مدير", "مديرة", "مديرية", "إدارة", "ادارة", "رئيس", "رئاسة", "نائب", "قائد",
    "قيادة", "مسؤول", "متحدث", "ناطق", "عضو", "ضابط", "مصدر", "مصادر", "مجلس", "لجنة", "هيئة", "أركان",
    "اركان", "جهاز", "مستشار", "وكيل", "مساعد", "رجال", "عناصر", "أفراد", "افراد", "مركز", "مقر", "مراكز"))


def _qualified(after: list[str]) -> bool:
    """True when a definite nisba the lexicon does not place qualifies the force («السلطات النازية»,
    «السلطات الانقلابية»): it is not the story's state force."""
    if not after or not after[0].startswith("ال") or after[0] in _PLAIN_ADJECTIVES:
        return False
    return after[0].endswith(("ي", "يه", "يين", "يون"))


# adjectives that leave a force the state's own («السلطات المحلية», «الأجهزة الأمنية المختصة»)
_PLAIN_ADJECTIVES = frozenset(fold(w) for w in (
    "المحلية", "المختصة", "المعنية", "الرسمية", "الحكومية", "الأمنية", "المركزية", "الاتحادية", "العسكرية",
    "القضائية", "الصحية", "الخاصة", "العامة", "المسلحة", "النظامي", "النظامية", "الوطني", "الوطنية",
    "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"))


_UNREAD = ""  # a place named after the force that no table places («السلطات المعنية في المملكة»)


def _served_place(after: list[str]) -> str | None:
    """The country of the place named right after a force, with «في» or «بـ» and perhaps a place noun
    («قوات الأمن بالقليوبية», «الشرطة في منطقة ريتشموند»): `after`, the folded words after the force;
    `_UNREAD` for a place no table places, None when no place follows."""
    rest = after[:5]
    while rest and rest[0] in _PLAIN_ADJECTIVES:
        rest = rest[1:]  # «السلطات المعنية في المملكة»
    if not rest:
        return None
    named = rest[0] == "في"  # «في» or a place noun says a place follows («في المملكة», «بمحافظة بيش»)
    if named:
        rest = rest[1:]
    elif rest[0].startswith("ب") and len(rest[0]) > 3:
        rest = [rest[0][1:], *rest[1:]]
    else:
        return None
    while rest and rest[0] in _PLACE_NOUNS:
        rest, named = rest[1:], True
    for m in (3, 2, 1):
        if len(rest) >= m and (c := place_country(" ".join(rest[:m]))) is not None:
            return c
    return _UNREAD if named else None  # «للسلطات بالقيام بعمليات»: no place at all


def country_counts(entities: list[Entity]) -> Counter[str]:
    """How often the article names each country, by its places (their countries) and nisbas."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e.label != "LOC":
            continue
        c = place_country(e.canonical)
        if c is None:
            hit = gz.nisba_country(fold(e.text))
            c = place_country(hit[0]) if hit else None
        if c is not None:
            counts[c] += 1
    return counts


def story_country(counts: Counter[str]) -> str | None:
    """The country the article is plainly about: named most, at least `MIN_MENTIONS` times and `LEAD`
    times as often as the next one; None when no country stands out."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def resolve_bare_forces(events: list[Event], text: str, entities: list[Entity],
                        L: Lexicon) -> list[tuple[Event, str, str]]:
    """Replace a bare state force among an event's parties by the country of the place the text says it
    serves in; return the forces whose country only the story tells, as (event, force, country), for
    `note_story_countries` (see the module docstring)."""
    inferred: list[tuple[Event, str, str]] = []
    counts: Counter[str] | None = None
    places: Counter[str] | None = None
    speakers: dict[int, set[str]] = {}  # sentence start → the sources of its statements
    for ev in events:
        if ev.type in L.words["needs_source"]:
            speakers.setdefault(ev.start, set()).update(ev.source)
    for ev in events:
        voiced = [n for n in ev.source if n in _MINISTRIES]
        if voiced and _KINGDOM_COUNTRY not in ev.source and _KINGDOM_COUNTRY not in ev.target \
                and _voices_kingdom([fold(w) for w in _WORD.findall(text[ev.start:ev.end])]):
            inferred.append((ev, voiced[0], _KINGDOM_COUNTRY))  # «أعربت وزارة الخارجية عن إدانة المملكة»
            continue
        bare = [n for n in dict.fromkeys((*ev.source, *ev.target)) if n in _STATE_FORCES]
        if not bare or (len(bare) > 1 and _two_sides(ev, bare)):
            continue  # «اشتباكات بين الشرطة والجيش»: two forces of one state, told apart by their names
        words = [fold(w) for w in _WORD.findall(text[ev.start:ev.end])]
        if counts is None:
            counts = country_counts(entities)
        placed = place_country(ev.location) if ev.location else None
        if places is None and takes_by_force(ev):
            places = place_counts(entities)
        for name in bare:
            country, served = _force_country(_after_force(words, name, L), counts,
                                             places if takes_by_force(ev) else None)
            if country is None or (placed is not None and placed != country):
                continue  # «… قوات الأمن في القطيف» in a story about Kuwait: not the story's country's
            if ev.type not in L.words["needs_source"] and country in speakers.get(ev.start, ()):
                continue  # «أدانت الكويت التفجير الذي استهدف رجال الأمن»: the country that speaks of the deed
            side = ev.source if name in ev.source else ev.target
            other = ev.target if side is ev.source else ev.source
            if any(place_country(n) == country for n in other):
                continue  # «مواجهات بين شبان فلسطينيين وقوات الجيش»: the other side's country is not its
            if not served:
                inferred.append((ev, name, country))  # an inference: the name stays, its country is noted
                continue
            ev.source = _swap(ev.source, name, country)
            ev.target = _swap(ev.target, name, country)
    return inferred


def _voices_kingdom(words: list[str]) -> bool:
    """True when the words say «عن <stance noun> المملكة» («عن إدانة المملكة», «عن ترحيب المملكة»), not
    «المملكة المتحدة»."""
    return any(words[k] == _ABOUT and words[k + 1] in _STANCES and words[k + 2] == _KINGDOM
               and (k + 3 == len(words) or words[k + 3] != _UNITED)
               for k in range(len(words) - 2))


def note_story_countries(inferred: list[tuple[Event, str, str]]) -> None:
    """Name the country of each bare force the story tells (`resolve_bare_forces`) beside it, on its
    side, and note it in the event's `countries`, once those are filled: «قوات الأمن» stays the party as
    the text names it, with السعودية after it (a force stands for its country)."""
    for ev, name, country in inferred:
        side = ev.source if name in ev.source else ev.target if name in ev.target else None
        if side is None:
            continue
        ev.countries.setdefault(name, country)
        if country not in ev.source and country not in ev.target:
            side.insert(side.index(name) + 1, country)


def _two_sides(ev: Event, bare: list[str]) -> bool:
    """True when the bare forces of an event are parties to each other: on both sides, or together the
    whole of a fight's one side («اشتباكات بين الشرطة والجيش» read as one side)."""
    if set(bare) & set(ev.source) and set(bare) & set(ev.target):
        return True
    return ev.type == "FIGHT" and ((set(ev.source) <= set(bare) and not ev.target)
                                   or (set(ev.target) <= set(bare) and not ev.source))


def _force_country(afters: list[list[str]] | None, counts: Counter[str],
                   places: Counter[str] | None = None) -> tuple[str | None, bool]:
    """The country of a force mentioned with the words `afters` after it, in an article naming countries
    `counts` times, and whether the text names it: the place it serves in when the article names that
    country most (True), else the story's country (False); none when an adjective qualifies it or it
    only names an office; for an arrest or a seizure, the country its `places` name when the story's
    nisbas single out none (`events_unnamed_doers`)."""
    if afters is None or any(_qualified(a) for a in afters):
        return None, False  # (None: the force is only part of an office's name in the sentence)
    top = max(counts.values(), default=0)
    for a in afters:
        served = _served_place(a)
        if served == _UNREAD:
            return None, False  # the text says where it serves, in words no table reads: not the story's country
        if served is not None and top and counts[served] == top:
            return served, True
    return story_country(counts) or (story_country(places) if places else None), False


def _swap(names: list[str], name: str, country: str) -> list[str]:
    """`names` with `name` replaced by `country`, named once."""
    return list(dict.fromkeys(country if n == name else n for n in names))


# words that may stand between a passive verb and the person who underwent it («قتل اليوم القيادي …»)
_TIME_WORDS = DAY_TIMES | forms("أيضا")
_GAP = 3  # at most this many such words
_AUXILIARIES = frozenset(fold(w) for w in ("قد", "وقد", "فقد", "لقد"))  # «كان X قد قتل»: an active verb


def passive_patient(toks: list[Tok], a: int, h: Hit, b: int, ev: Event, groups: list[Group],
                    persons: frozenset[str], W: Words) -> list[str]:
    """The person who underwent an unvowelled passive arrest, abduction or killing verb opening its clause
    (see the module docstring); [] when the verb reads as active or names no such person. `a`, `b`: the
    sentence's token span."""
    form = toks[h.first].form
    if h.trig.pos != "v" or h.trig.mode not in DONE_TO or h.last != h.first + 1 \
            or form.endswith(("وا", "ت", "ن")) or form[:1] in "يت":
        return []
    by_first = {g.first: g for g in groups}
    if _pronoun_patient(toks, a, h, b) and ev.source and all(n in persons for n in ev.source):
        return list(ev.source)  # «مبينة أنه قتل في اليوم نفسه»: the man the pronoun stands for was killed
    before = h.first - 1  # (a comma before it closes what came before: «وفي محافظة مأرب، قتل فلان»)
    if before >= a and toks[before].word and (toks[before].form in _AUXILIARIES or any(
            g.last == before + 1 and g.actor for g in groups)):
        return []  # «وكان رصاص الجيش قد قتل أمس فلانا», «الجيش قتل فلانا»: its subject stands before it
    k, gap = h.last, 0
    while k < b and k not in by_first:
        t = toks[k]
        if t.word and (gap == _GAP or not (t.form in _TIME_WORDS or t.form.startswith("ال")
                                            or has(t, W["person_title"]))):
            return []
        gap += t.word
        k += 1
    g = by_first.get(k)
    if g is None or not g.actor or not g.names or not all(n in persons for n in g.names):
        return []
    if any(n not in g.names for n in ev.source):
        return []  # a doer named apart («برصاص …», «على يد …»)
    after = g.last
    if after < b and toks[after].word and not _leaves_no_object(toks[after]):
        return []  # «وقتل فلان زوجته»: an object after him, so he did it
    return list(g.names)


_OF = frozenset(fold(w) for w in ("في", "من"))


def member_patient(toks: list[Tok], a: int, h: Hit, b: int, ev: Event, groups: list[Group], W: Words) -> list[str]:
    """The party whose member underwent an unvowelled passive killing, arrest or abduction verb opening its
    clause, named right after an indefinite member noun and «في» or «من» («وقتل قيادي في حزب الله بغارة
    إسرائيلية», «واعتقل عنصر من حماس في …»): the member's party was hit, no doer; [] when the verb reads
    as active (a feminine or plural form, a subject before it, or an object after the party: «قتل مسلحون
    من داعش ثلاثة جنود»)."""
    form = toks[h.first].form
    if h.trig.pos != "v" or h.trig.mode not in DONE_TO or h.last != h.first + 1 \
            or form.endswith(("وا", "ت", "ن")) or form[:1] in "يت":
        return []
    before = h.first - 1
    if before >= a and toks[before].word and (toks[before].form in _AUXILIARIES or any(
            g.last == before + 1 and g.actor for g in groups)):
        return []  # «الجيش قتل …»: its subject stands before it
    k = h.last
    if k + 2 >= b or not toks[k].word or toks[k].form.startswith("ال") or not member_noun(toks[k], W) \
            or toks[k + 1].form not in _OF:
        return []
    g = next((g for g in groups if g.first == k + 2), None)
    if g is None or not g.actor or g.person or g.is_loc or not g.names or set(ev.source) != set(g.names):
        return []
    if g.last < b and toks[g.last].word and not _leaves_no_object(toks[g.last]):
        return []  # «قتل مسلحون من داعش ثلاثة جنود»: an object after the party, so its men did it
    return list(g.names)


_HIT_MODES = frozenset(("kill", "wound"))


def units_before(toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group]) -> list[str]:
    """The country of the soldiers a plural or dual verb of being killed or wounded tells of, named right before
    it by a unit noun and its people's nisba («إن جنديين تركيين قتلوا عندما …», «أن ثلاثة جنود أتراك قتلوا
    جراء …», «سبعة من الجنود اليمنيين قتلوا في …»), also with others joined to them by «و» before the verb
    («إن جنديين تركيين وحارسا مسلحا قتلوا في هجوم»), no object after the verb: their country underwent it, as
    for `events_site_owner.hit_unit_nisba`; [] otherwise (not «جنود أتراك قتلوا مسلحين»)."""
    if h.trig.pos != "v" or h.trig.mode not in _HIT_MODES or h.last != h.first + 1 \
            or not toks[h.first].form.endswith(("وا", "ا")):
        return []
    g = next((g for g in groups if g.actor and g.is_loc and g.last == g.first + 1
              and _joined_to_verb(toks, g.last, h.first, groups)), None)
    if g is None or g.first - 1 < a or toks[g.first - 1].form.removeprefix("ال") not in UNITS \
            or gz.inflected_nisba_country(toks[g.first].form.removeprefix("ال")) is None:
        return []
    if h.last < b and toks[h.last].word and not _leaves_no_object(toks[h.last]):
        return []
    return list(g.names)


_JOINED_REACH = 3  # words of others joined by «و» between the soldiers and their verb («وحارسا مسلحا»)


def _joined_to_verb(toks: list[Tok], k: int, verb: int, groups: list[Group]) -> bool:
    """True when the phrase ending before token k runs into the verb at token `verb`: nothing between, or
    only a few words of others joined to it by «و» that name no party («وحارسا مسلحا», «ومدنيا»)."""
    if k == verb:
        return True
    if not 0 < verb - k <= _JOINED_REACH or not toks[k].form.startswith("و") or len(toks[k].form) < 3:
        return False
    return all(toks[i].word for i in range(k, verb)) and not any(k <= g.first < verb for g in groups)


# words after the person that leave the verb no object («في», «مع», «بعد», «أمس» …)
_NO_OBJECT = frozenset(fold(w) for w in (
    "في", "مع", "على", "إلى", "الى", "من", "عن", "بعد", "قبل", "خلال", "أثناء", "اثناء", "منذ", "عند", "عندما",
    "حين", "إثر", "اثر", "عقب", "جراء", "لدى", "داخل", "قرب", "بينما", "فيما", "وهو", "حيث", "الذي"))


_HE = frozenset(fold(w) for w in ("أنه", "إنه", "بأنه", "وأنه", "وإنه", "أنها", "إنها", "بأنها"))


def _pronoun_patient(toks: list[Tok], a: int, h: Hit, b: int) -> bool:
    """True when the passive verb's subject is only the pronoun on «أنه» right before it and a
    preposition or a time word follows it («أنه قتل في اليوم نفسه»): the one it stands for underwent it."""
    k, nxt = h.first - 1, h.last
    if k < a or toks[k].form not in _HE or nxt >= b or not toks[nxt].word:
        return False
    f = toks[nxt].form
    return f in _NO_OBJECT or f in _TIME_WORDS


def _leaves_no_object(tok: Tok) -> bool:
    """True when the word after the person leaves the verb with no object: a preposition or particle, a
    time word, a conjoined or prepositional word («وقياديان», «بتهمة»), a number."""
    f = tok.form
    return f in _NO_OBJECT or f in _TIME_WORDS or f[:1] in "وفبل" or f[:1].isdigit()


# verbal nouns of deeds done to someone whose genitive is who underwent them («اغتيال النائب العام»)
_PATIENT_NOUNS = frozenset(fold(w) for w in (
    "استهداف", "اغتيال", "اختطاف", "خطف", "اعتقال", "احتجاز", "مقتل", "قتل", "إعدام", "اعدام", "تصفية"))
_PATIENT_TYPES = frozenset(("ASSAULT", "COERCE"))


def genitive_patient(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> list[str]:
    """The party named right after the bare verbal noun of an attack, arrest or killing (see the module
    docstring): its patient; [] when none, or when «لـ» after it names the deed's object."""
    if h.trig.pos != "n" or h.trig.type not in _PATIENT_TYPES or h.last != h.first + 1:
        return []
    form = toks[h.first].form
    if form not in _PATIENT_NOUNS and not (form[:1] in "وبل" and form[1:] in _PATIENT_NOUNS):
        return []  # «الاستهداف», «اعتقاله»: no genitive after it
    k = h.last
    if k >= b or not toks[k].word:
        return []  # punctuation right after the noun: no genitive
    if k not in {g.first for g in groups} and has(toks[k], W["title"]):
        k += 1  # «استهداف المسلحين الحوثيين», «اعتقال عناصر من …»: the men of a party
    g = next((g for g in groups if g.first == k), None)
    if g is None or not g.actor or not g.names:
        return []
    if g.person and any(o.person and g.last <= o.first <= g.last + 2 for o in groups):
        return []  # «مقتل محمد علي عبدالرحيم الفرج»: one name the entity layer cut in two, completed later
    nxt = g.last
    if nxt < b and toks[nxt].word and ((toks[nxt].form[:1] == "ل" and not toks[nxt].form.startswith("لا"))
                                       or _accusative(toks[nxt].form)):
        return []  # «استهداف التحالف لمواقع الحوثيين», «استهداف المقاومة رتلا عسكريا»: the genitive did it
    return list(g.names)


# verbal nouns of a deed whose genitive may be its doer with «لـ» naming what it was done to
_AGENT_NOUNS = _PATIENT_NOUNS - {fold("مقتل")} | frozenset(fold(w) for w in ("قصف", "اقتحام", "مهاجمة"))
_L_TITLE_REACH = 2  # «لـ»-glued words before the patient's name («للصحفي جيسون رضائيان», «للناشط الحقوقي فلان»)


def genitive_agent(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> tuple[list[str], list[str]] | None:
    """The doer and the patient of a verbal noun with its doer in the genitive and what it was done to
    after «لـ» («اعتقال السلطات الإيرانية للصحفي جيسون رضائيان», «قتل الشرطة للشاب مايكل براون», «قصف
    الحوثيين لمواقع الجيش»): (doer, patient), the patient [] when «لـ» names no party («لمحطة الكهرباء»);
    None when the noun is not so built."""
    if h.trig.pos not in ("n", "v") or h.trig.type not in _PATIENT_TYPES or h.last != h.first + 1:
        return None
    form = toks[h.first].form
    if h.trig.pos == "v" and (form not in _AGENT_NOUNS or h.first == 0 or not toks[h.first - 1].word):
        return None  # «قصف» opening its clause is a verb; inside it, after its verb's subject, a noun may be
    if form not in _AGENT_NOUNS and not (form[:1] in "وبل" and form[1:] in _AGENT_NOUNS):
        return None
    g = next((g for g in groups if g.first == h.last), None)
    if g is None or not g.actor or not g.names or (g.is_loc and not g.force):
        return None  # («قصف حلب»: a town is where, not who)
    k = past_aside(toks, g.last, b)  # «قتل سليمان الأسد -نجل ابن عم بشار الأسد- للعقيد فلان»
    if k >= b or not toks[k].word or toks[k].form[:1] != "ل" or toks[k].form.startswith("لا") \
            or toks[k].form in _L_TIME:
        return None
    for j in range(k, min(b, k + _L_TITLE_REACH + 1)):
        p = next((o for o in groups if o.first == j), None)
        if p is not None:
            return list(g.names), list(p.names) if p.actor and not set(p.names) & set(g.names) else []
        if not toks[j].word or (j > k and toks[j].form[:1] in "وف"):
            break
    return list(g.names), []


# «لـ» words of a time or a place of being, not of what a deed was done to («لليوم الثاني», «لدى»)
_L_TIME = frozenset(fold(w) for w in ("لليوم", "للمرة", "لمدة", "لساعات", "لأيام", "لأول", "لليلة", "لدى", "لعدة"))
_NOT_ACCUSATIVE = frozenset(fold(w) for w in ("أيضا", "ايضا", "كما", "هذا", "إذا", "اذا", "مجددا", "أمس"))


def _accusative(form: str) -> bool:
    """True for an indefinite accusative noun («رتلا», «مواقعا»): the object of the verbal noun."""
    return len(form) > 3 and form.endswith("ا") and not form.endswith(("وا", "ها", "نا")) \
        and form not in _NOT_ACCUSATIVE

"""Merging events: two tellings of one event become one, within a sentence or across sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from marsad.extract.events_actors import Group
from marsad.extract.events_armed_doers import armed_phrase
from marsad.extract.events_country import is_region, place_country
from marsad.extract.events_deed_agent import doer_after
from marsad.extract.events_deed_dates import apart_in_time, date_span, fronted_date, older, undated_party
from marsad.extract.events_downed import downing
from marsad.extract.events_dupes import cable_wishes, next_sentence, told_of_another_time
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import counted, unnamed
from marsad.extract.events_restatements import named_again, quoted_again
from marsad.extract.events_tokens import Tok
from marsad.model import Event


def across_sentences(events: list[Event], L: Lexicon, retold: set[int] | None = None,
                     text: str = "") -> list[Event]:
    """The same deed told again in a later sentence (a material type) is merged into its first
    telling; statements are each their own event unless one tells the other again (`_restated`: «أدانت
    الخارجية الأمريكية التفجير» … «إن الولايات المتحدة تستنكر هذا العمل»). A telling by a noun that refers
    back (`retold`: ids of events told only by «الهجوم», «اختطافه», «خطف العناصر») goes into the latest deed of its
    type told before whose doer, victim, place and date do not conflict with it (`_party_within`: a party named
    more fully or more briefly, «قوات الطوارئ» … «منسوبي قوات الطوارىء الخاصة», is no other victim). Two places
    conflict unless one is inside the other's name, named right after the other in one telling's sentence of
    `text` («في تشاتانوغا بولاية تينيسي» … «هجوم تينيسي»: a town, then its province), or a town and a province
    of one country (`_town_of_region`: «في مدينة أبها» … «الجريمة التي استهدفت … بمنطقة عسير»). A retelling whose
    doer conflicts still goes into a deed whose doer its sentence names («خطفت جبهة النصرة …» …
    «وتبنت جبهة النصرة خطف العناصر …»): the actor read off the noun was a wrong one. A telling dated days
    away from a deed is not that deed unless it refers back, and a deed so kept apart (the story's past)
    takes in no later undated telling with parties (`events_deed_dates`). A meeting named again or discussed
    in the sentence right after it is that meeting whatever side it names («بزيارة إلى الكاميرون» … «محادثات
    بخاري مع نظيره»), as is one named again in the country that meeting visits (`_visited_there`), and a
    cable's wishes told right after the cable are the cable (`events_dupes`)."""
    out: list[Event] = []
    words: dict[int, list[str]] = {}  # sentence start → its folded words

    def sentence(ev: Event) -> list[str]:  # the folded words of the telling's sentence, read once
        if ev.start not in words:
            words[ev.start] = norm(text[ev.start:ev.end]).split()
        return words[ev.start]

    def beside(ev: Event, own: str, other: str) -> bool:  # «تشاتانوغا بولاية تينيسي»
        ws, o, t = sentence(ev), own.split(), other.split()
        at = [i for i in range(len(ws)) if ws[i:i + len(o)] == o]
        return any(ws[j:j + len(t)] == t for i in at for j in range(i + len(o), i + len(o) + 3))

    def apart(p: Event, ev: Event) -> bool:  # `_apart`, unless one place is named right after the other
        if not _apart(p, ev):
            return False
        a, b = norm(p.location or ""), norm(ev.location or "")
        return not (text and (beside(ev, b, a) or beside(p, a, b)))

    def said(name: str, ev: Event) -> bool:  # the name stands in the telling's sentence
        n, ws = norm(name).split(), sentence(ev)
        return bool(n) and any(ws[i:i + len(n)] == n for i in range(len(ws)))

    countries = L.polities - set(L.capitals)
    cabled: dict[int, int] = {}  # id of a cable's telling → end of the last sentence of its words taken in
    past: set[int] = set()  # ids of deeds kept apart in time from a deed of their type told before
    for ev in events:
        same = None
        if ev.type not in L.words["needs_source"]:
            back = retold is not None and id(ev) in retold
            fronted = bool(text) and fronted_date(text, ev)
            same = next((p for p in out if p.type == ev.type and p.negated == ev.negated
                         and not apart_in_time(p, ev, back, fronted)  # «عام 2013» … «الجمعة»: two deeds
                         and not (id(p) in past and undated_party(ev, back))
                         and _same_deed(p, ev, L.capitals, countries, apart)), None)
            if same is None and any(p.type == ev.type and not back and older(p, ev) for p in out):
                past.add(id(ev))  # «وفي نهاية يوليو أدى انفجار …» after the news of «الجمعة»: the story's past
            if same is None and retold and id(ev) in retold:
                same = next((p for p in reversed(out) if p.type == ev.type
                             and (not apart(p, ev) or _town_of_region(p, ev))
                             and _back_reference(p, ev, L.capitals, loose=True)), None)
                if same is None and text:  # «وتبنت جبهة النصرة خطف العناصر»: the doer told before is named
                    same = next((p for p in reversed(out) if p.type == ev.type and not apart(p, ev)
                                 and p.source and any(said(n, ev) for n in p.source)
                                 and _back_reference(p, replace(ev, source=[]), L.capitals)), None)
                    if same is not None:
                        ev = replace(ev, source=[])
        elif text and ev.source and (head := next((p for p in reversed(out) if p.type == ev.type
                                                    and p.negated == ev.negated and set(p.source) & set(ev.source)
                                                    and _heading(text, p)), None)) is not None:
            same = head  # «بوغدانوف يدعو لوقف إطلاق النار» over the paragraph that tells it: one statement
            if _one_of_states(head, ev, L.polities):
                head.source, same = [n for n in head.source if n not in ev.source], None
        elif ev.type in _MEETINGS and (told := _meeting_discussed(ev, out, L.words["discuss"], text)) is not None:
            # «كما ناقش الوفد الحملة …», «التقى كيري نظراءه …، إذ ناقشوا …»: what the meeting told before
            # discussed, not a new one
            same = told
            ev = replace(ev, target=[])  # and whom it discussed are topics, not parties
            if not set(told.source) & set(ev.source):
                ev = replace(ev, source=[])  # «إذ ناقشوا»: those who met, not a name the rules read near it
        elif ev.type in _MEETINGS and retold and id(ev) in retold:
            # «خلال لقائه مع نائب وزير الخارجية الروسي»: the meeting told before, named again; the one with
            # that other side, before a meeting with another side told just before
            told_before = [p for p in reversed(out) if p.type == ev.type and p.negated == ev.negated
                           and set(p.source) & set(ev.source) and not told_of_another_time(p, ev)]
            same = next((p for p in told_before if set(p.target) & set(ev.target)), None) or next(
                (p for p in told_before if not p.target or not ev.target or next_sentence(p, ev, text)
                 or _visited_there(p, ev)), None)
        elif ev.source and text and (told := cable_wishes(ev, out, text, L.polities, cabled)) is not None:
            same = told  # «بعث الملك برقية تهنئة …» … «وأعرب الملك باسمه واسم شعب …»: one cable (`events_dupes`)
            cabled[id(told)] = ev.end
        elif ev.source and text and (told := _restated(ev, out, L, text)) is not None:
            same = told  # «أدانت الخارجية الأمريكية التفجير» … «إن الولايات المتحدة تستنكر هذا العمل»: one statement
        elif ev.claimed_by and ev.source and ev.target:
            # «دعا X أمس Y إلى …. وقال X «ندعو Y …»»: the speaker's own words restate the demand just told,
            # or the latest statement of its type, other deeds told between (`events_restatements`)
            same = next((p for p in out[-2:] if p.type == ev.type and p.negated == ev.negated
                         and not p.claimed_by and p.source == ev.source and set(ev.target) <= set(p.target)
                         and p.end <= ev.start), None) or quoted_again(ev, out)
        if same is not None:
            merge(same, ev)
            continue
        out.append(ev)
    return out


# characters past a deed told with no one named beyond which a later deed done to a named party is another
# («مقتل ثلاثة عناصر» … paragraphs on … «استهداف مدرعة إسرائيلية»)
_FAR_TELLING = 1500


def _same_deed(p: Event, ev: Event, capitals: dict[str, str], countries: frozenset[str] = frozenset(),
               apart: Callable[[Event, Event], bool] | None = None) -> bool:
    """Two tellings of one deed (never an agent's deeds told with different dates, unless a day apart with the
    same counted victims: `_same_count`): a shared source and no conflicting target, or one of them without
    actors, at the same place (or one without a place, or one place inside the other's name: «اللاذقية»,
    «ريف اللاذقية»); a shared target with no conflicting source is one deed wherever it is placed («توقيف
    سليمان» … «تم اعتقال سليمان في قرية …») unless both places are of one level (`_two_places`: «غارات على
    مواقع الحوثيين في تعز» … «في مأرب»); a later telling with no actors and no other date is placed inside a
    deed first placed only in a country (`countries`: «قتل مسلحو بوكو حرام … في نيجيريا» … «وفي كيلوا وحدها
    قتلوا سبعة»)."""
    if p.source and ev.source and p.date and ev.date and not (
            p.date.startswith(ev.date) or ev.date.startswith(p.date)) and not _same_count(p, ev):
        return False  # one agent's deeds told with two different dates: two deeds («السبت» … «الأربعاء»)

    if p.target and ev.target and _meet(p.target, ev.target, capitals) and (
            not p.source or not ev.source or _meet(p.source, ev.source, capitals)) \
            and not ((apart or _apart)(p, ev) and _two_places(p, ev, countries)):
        return True
    if p.target and ev.target and downing(p) != downing(ev):
        return False  # «أسقطت قواتها طائرة تجسس هندية» … «بدأ الجيش الباكستاني القصف»: a craft downed, another deed
    if p.type == "COERCE" and p.target and ev.target and {p.mode, ev.mode} == {"arrest", None}:
        return False  # «ستة أشخاص اعتقلوا» … «استخدم الأمن الغاز لتفريق المتظاهرين»: an arrest and riot control
    if (apart or _apart)(p, ev) and not (_bare(ev) and norm(p.location or "") in countries
                                         and not _two_dates(p, ev)):
        return False
    # «16 آخرين» … «13 آخرين», «مواطنين», «جنديين»: people no one named; «المستشفى»: a site, no party
    named_p = [n for n in p.target if not unnamed(n)]
    named_ev = [n for n in ev.target if not unnamed(n)]
    if not (p.source or named_p) and not ev.source and named_ev and ev.start - p.end > _FAR_TELLING:
        return False  # a deed on a named party told paragraphs after one with no one named: another deed
    # «تعرض مبنى الحزب مساء السبت لاعتداء» … «تعرض مساء السبت لاعتداء مسلح من قبل مجهولين»: unknown doers
    # of a deed told on the same day are no one named
    same_day = bool(p.date and p.date == ev.date)
    src_p, src_ev = (_known(p.source), _known(ev.source)) if same_day else (p.source, ev.source)
    if not (src_p or named_p) or not (src_ev or named_ev):
        return True  # «أن سبعة جنود قتلوا» … «هاجمت مروحيتان …»: told first with no one named
    if ev.location and not p.location and p.target and not ev.target:
        return False  # «استهدفت قوات النظام البلدتين» … «قصفت قوات النظام الحولة»: a new deed, placed
    # of one doer, a person named only as someone's kin is no other victim (`_kin_of`: «باختطافه» … «اختطفوا والده»)
    named_p = [n for n in named_p if not _kin_of(n)]
    named_ev = [n for n in named_ev if not _kin_of(n)]
    return _meet(p.source, ev.source, capitals) and \
        (not named_ev or not named_p or _meet(named_p, named_ev, capitals))


def _same_count(p: Event, ev: Event) -> bool:
    """True when two tellings dated a day apart name the same people counted by one number («سبعة جنود»:
    «مقتل سبعة جنود الاثنين» … «أن سبعة جنود قتلوا … أمس»): one deed, a day misread from «أمس» of the
    report, not two deeds of one doer that kill as many."""
    a, b = date_span(p.date), date_span(ev.date)
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and abs((a[0] - b[0]).days) == 1 \
        and bool({norm(n) for n in p.target if counted(n)} & {norm(n) for n in ev.target if counted(n)})


def _known(names: list[str]) -> list[str]:
    """The doers of `names` that are known: not people told only as unknown («مجهولين», «مسلحين مجهولين»)."""
    return [n for n in names if not any(w.startswith(_UNKNOWN) for w in norm(n).split())]


_UNKNOWN = norm("مجهول")


def _meet(names: list[str], others: list[str], capitals: dict[str, str]) -> bool:
    """Some name of `names` names the party some name of `others` names (`_party_words`): «أنقرة» acts for
    «تركيا», and «منسوبي قوات الطوارىء» are «قوات الطوارئ»."""
    mine = [_party_words(capitals.get(norm(n), norm(n))) for n in names]
    theirs = [_party_words(capitals.get(norm(n), norm(n))) for n in others]
    return any(_one_party(a, b) for a in mine for b in theirs)


def _party_words(name: str) -> list[str]:
    """The words of a folded name that name its party: without a head that names members of it
    («منسوبي», «عناصر», «أفراد», «أعضاء», «مجموعة من»), a final hamza after ya written «ىء» as the «ئ» it
    stands for («الطوارىء»: «الطوارئ»)."""
    ws = [w[:-1] if w.endswith("يء") else w for w in name.split()]
    while len(ws) > 1 and (ws[0] in _MEMBER_HEADS or (ws[0] in _SOME and ws[1] == "من")):
        ws = ws[2:] if ws[0] in _SOME else ws[1:]
    return ws


def _one_party(a: list[str], b: list[str]) -> bool:
    """Two names' party words (`_party_words`) name one party: the same words, or one word and that word
    made definite («القبض على رجل» … «ألقت القبض على الرجل»: the man told before). (A name taken whole by a
    longer one is not enough: «حزب العمال» … «حزب العمال الكردستاني» would join the party's attack with an
    attack on it.)"""
    return a == b or (len(a) == len(b) == 1 and ("ال" + a[0] == b[0] or "ال" + b[0] == a[0]))


def _party_within(names: list[str], others: list[str], capitals: dict[str, str]) -> bool:
    """Some name's party words (`_party_words`) stand in a row in another's: a retelling may name the party
    more fully or more briefly («قوات الطوارئ» … «منسوبي قوات الطوارىء الخاصة»)."""
    def words(n: str) -> list[str]:
        return _party_words(capitals.get(norm(n), norm(n)))

    for a in map(words, names):
        for b in map(words, others):
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if short and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1)):
                return True
    return False


def _kin_of(name: str) -> bool:
    """True when a name is one kin noun with a possessive pronoun («والده», «ابنها», «شقيقهم», «زوجته»): a
    person named only through another one («وأوضح نجل الجنيد أن الحوثيين اختطفوا والده»), who may be the
    person named in another telling of the deed."""
    ws = norm(name).split()
    return len(ws) == 1 and any(ws[0].startswith(k) and ws[0][len(k):] in _POSSESSIVES for k in _KIN_STEMS)


_KIN_STEMS = frozenset(norm(w) for w in (
    "والد", "والدت", "ابن", "ابنت", "نجل", "شقيق", "شقيقت", "زوج", "زوجت", "أخ", "أخا", "أخو", "أخت",
    "أبا", "أبو", "عم", "خال", "حفيد", "أبناء", "أطفال", "أولاد", "بنات", "أقارب"))
_POSSESSIVES = frozenset(("ه", "ها", "هم", "هما", "ي", "نا", "ك"))


_MEMBER_HEADS = frozenset(norm(w) for w in ("منسوبي", "منتسبي", "عناصر", "أفراد", "افراد", "جنود", "رجال", "أعضاء",
                                            "اعضاء"))
_SOME = frozenset(norm(w) for w in ("مجموعة", "عدد", "بعض"))


_MEETINGS = frozenset(("CONSULT",))  # a meeting named again by its noun is the one told before
_SYMMETRIC = frozenset(("FIGHT",))  # a clash between X and Y is one between Y and X


def _apart(p: Event, ev: Event) -> bool:
    """Both tellings placed, neither place inside the other's name."""
    if not (p.location and ev.location):
        return False
    a, b = norm(p.location), norm(ev.location)
    return not (a in b or b in a)


def _two_places(p: Event, ev: Event, countries: frozenset[str]) -> bool:
    """True when two tellings told apart in place (`_apart`) name two places of one level: two
    countries («في سوريا» … «في العراق»), or two towns or provinces the gazetteer knows («في تعز» … «في
    محافظة الجوف»). A country and a town, a province and a town («عسير» … «أبها»), or a place the gazetteer
    does not know («دار سعد», «الشرق الأوسط») may be one place told at two scales."""
    a, b = norm(p.location or ""), norm(ev.location or "")
    if a in countries or b in countries:
        return a in countries and b in countries
    if is_region(p.location) != is_region(ev.location):
        return False  # a province and a town («عسير» … «مدينة أبها»): the town may lie in it
    return place_country(p.location) is not None and place_country(ev.location) is not None


def _town_of_region(p: Event, ev: Event) -> bool:
    """True when one telling is placed in a province and the other in a town of the same country
    («التفجير الذي استهدف مسجد قوات الطوارئ في مدينة أبها» … «الجريمة التي استهدفت منسوبي قوات الطوارئ
    بمنطقة عسير»): the town may lie in the province, so a retelling may name either."""
    if is_region(p.location) == is_region(ev.location):
        return False
    country = place_country(p.location)
    return country is not None and country == place_country(ev.location)


def _back_reference(p: Event, ev: Event, capitals: dict[str, str], loose: bool = False) -> bool:
    """A deed named again by a noun that refers back (`ev`) is the latest deed of its type (`p`)
    unless another doer, another victim, another place or another day is named for it, or the deed
    before is dated only by a month or a year (the story's past, not what it tells)."""
    if p.negated != ev.negated or p.hedged != ev.hedged:
        return False  # «مواجهات محتملة» is not the clash told
    if ev.type in _SYMMETRIC:  # «مواجهات بين المقاومة والحوثيين» … «المواجهات بين الحوثيين والمقاومة»
        p = replace(p, source=[*p.source, *p.target], target=[])
        ev = replace(ev, source=[*ev.source, *ev.target], target=[])
    if _two_dates(p, ev) or (p.date and len(p.date) in (4, 7) and not ev.date):
        return False  # another day, or a deed of the past named only to compare
    meet = _party_within if loose else _meet
    if ev.source and p.source and not meet(p.source, ev.source, capitals):
        return False
    return not (ev.target and p.target and not meet(p.target, ev.target, capitals))


def _visited_there(p: Event, ev: Event) -> bool:
    """True when a meeting named again is placed in a country the meeting told before visits («خلال زيارته
    كينيا» … «بعد محادثاته مع الرئيس الكيني أوهورو كينياتا في اليوم الأول من زيارته كينيا»): whom it names
    there is that country's host."""
    return bool(ev.location) and norm(ev.location or "") in {norm(n) for n in p.target}


def _discussed(ev: Event, discuss: frozenset[str]) -> bool:
    """True when the telling's trigger is a verb of discussing (`discuss`: «ناقش», «بحث», «تناول»), not of
    meeting."""
    w = norm(ev.trigger).split()[:1]
    return bool(w) and (w[0] in discuss or (w[0][:1] in ("و", "ف") and w[0][1:] in discuss))


def _meeting_discussed(ev: Event, out: list[Event], discuss: frozenset[str], text: str) -> Event | None:
    """The meeting told before that a telling by a verb of discussing tells again: one by the same party in the
    sentence right after it or at no other place («كما ناقش الوفد الحملة …»), or, for a verb with a dual or
    plural pronoun subject, the meeting of its own sentence or of the one right before («التقى كيري نظراءه …،
    إذ ناقشوا …»); None when none."""
    if _discussed(ev, discuss):
        return next((p for p in reversed(out) if p.type == ev.type and p.negated == ev.negated
                     and set(p.source) & set(ev.source)
                     and (_discussed_party(p, ev) or next_sentence(p, ev, text))), None)
    if _they_discussed(ev, discuss):
        return next((p for p in reversed(out) if p.type == ev.type and p.negated == ev.negated
                     and (p.start == ev.start or next_sentence(p, ev, text))), None)
    return None


def _they_discussed(ev: Event, discuss: frozenset[str]) -> bool:
    """True when the telling's trigger is a verb of discussing with a dual or plural pronoun subject
    («ناقشوا», «وبحثا»): those who met, whoever the rules read as its subject."""
    w = norm(ev.trigger).split()[:1]
    if not w:
        return False
    bare = w[0][1:] if w[0][:1] in ("و", "ف") else w[0]
    return any(bare.endswith(e) and bare[:-len(e)] in discuss for e in ("وا", "ا"))


def _discussed_party(p: Event, ev: Event) -> bool:
    """The discussion names no party of its own the meeting told before lacks (its objects are topics)."""
    return not ev.location or not p.location or norm(ev.location) == norm(p.location)


def _heading(text: str, ev: Event) -> bool:
    """True when the telling's sentence is a heading: a line of its own of at most HEADING_WORDS words
    that does not end with a full stop."""
    line = text[ev.start:ev.end].strip()
    after = text[ev.end:ev.end + 2]
    return bool(line) and len(line.split()) <= HEADING_WORDS and line[-1] not in ".!?؟…:" and "\n" in after + "\n" \
        and (ev.start == 0 or "\n" in text[max(0, ev.start - 2):ev.start])


HEADING_WORDS = 12


def _two_dates(p: Event, ev: Event) -> bool:
    """Both tellings dated, to different days («الأربعاء» … «الجمعة»)."""
    return bool(p.date and ev.date and not (p.date.startswith(ev.date) or ev.date.startswith(p.date)))


def _bare(ev: Event) -> bool:
    """A telling with no actors named."""
    return not (ev.source or ev.target)


def merge(into: Event, ev: Event) -> None:
    """Fold `ev` into `into`: actors joined (a source never also a target), first place and date kept."""
    if not into.source and ev.source:  # «قتل مدنيون في قصف شنه الحوثيون»: the telling with an agent wins
        into.source = list(ev.source)
        into.target = [n for n in into.target if n not in into.source]
    into.source = list(dict.fromkeys([*into.source, *(n for n in ev.source if n not in into.target)]))
    into.target = [n for n in dict.fromkeys([*into.target, *ev.target]) if n not in into.source]
    into.location = into.location or ev.location
    into.date = into.date or ev.date
    into.background = into.background and ev.background  # told as news once, it is news


def _one_of_states(head: Event, ev: Event, polities: frozenset[str]) -> bool:
    """True when a heading names several states doing one thing and the telling is one of them doing it
    («الكويت والبحرين والأردن ومصر يدينون تفجير عسير» … «أدانت مملكة البحرين التفجير»): each state's own
    statement is an event, and the heading keeps the states no telling of their own follows for."""
    shared = [n for n in head.source if n in ev.source]
    return all(norm(n) in polities for n in shared) and any(
        norm(n) in polities for n in head.source if n not in ev.source)


def _restated(ev: Event, out: list[Event], L: Lexicon, text: str) -> Event | None:
    """The statement `ev` tells again, if any: the latest statement before of its type by the same
    speaker (`_names_meet`), as sure and as negated, told as news or as background alike, on the same day,
    addressed to no one the retelling's addressees are not among, when the retelling points back at what it
    is about right after its verb («تستنكر هذا العمل الإجرامي», «ندين هذا العمل»; not a deed dated only by a
    month or a year: «طلبت تركيا ذلك في 2003»), repeats two words of what was asked («طالب علاوي عناصر حزب
    العمال الكردستاني بمغادرة الأراضي العراقية» … «مطالبا … حزب العمال بمغادرة الأراضي العراقية»; with no
    addressee, when it asks by «ضرورة» and the two words are no title: «طالب هادي الحوثيين باحترام الهدنة» …
    «أكد هادي ضرورة احترام الهدنة»), names the act again by its own noun (`named_again`: «إشادتها» …
    «إشادتها»), or tells one side of an exchange told before («تبادلت أوكرانيا والانفصاليون الاتهامات» …
    «واتهم الانفصاليون الجيش الأوكراني»). Two bodies of one country («الحكومة الأردنية», «مجلس النواب
    الأردني») condemning one attack, or one minister thanking two people, stay two statements."""
    back = _points_back(ev, text)
    titles, necessity = frozenset(map(_stem, L.words["person_title"])), L.words["necessity"]
    for p in reversed(out):
        if p.type != ev.type or p.negated != ev.negated or p.hedged != ev.hedged or p.background != ev.background \
                or _two_dates(p, ev) or not _names_meet(p.source, ev.source, L.capitals):
            continue
        if ev.target and p.target and not all(_names_meet(p.target, [n], L.capitals) for n in ev.target):
            continue  # «شكره لوزير الداخلية البحريني» … «شكره لوزير الداخلية الكويتي»: another addressee
        if back and not _coarse(p) and not _coarse(ev):
            return p
        if ev.target and p.target and (_shared_words(p, ev, text) or _exchange(p, L.words["reciprocal"])):
            return p
        if not ev.target and p.target and necessity & set(norm(ev.trigger).split()) \
                and _shared_words(p, ev, text, titles):
            return p  # «طالب هادي الحوثيين باحترام الهدنة» … «أكد هادي ضرورة احترام الهدنة من قبل …»
        if named_again(p, ev):
            return p  # «وإن إشادتها بالالتزام …» … «إن إشادتها بمسؤولين …»: one act named twice
    return None


def _names_meet(names: list[str], others: list[str], capitals: dict[str, str]) -> bool:
    """Some name of `names` is some name of `others` («أنقرة» for «تركيا»), or all its words stand in a row
    in it («حزب العمال» in «حزب العمال الكردستاني»)."""
    def words(n: str) -> list[str]:
        return capitals.get(norm(n), norm(n)).split()

    for a in map(words, names):
        for b in map(words, others):
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if short and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1)):
                return True
    return False


def _words_after(ev: Event, text: str) -> list[str]:
    """The folded words after the telling's trigger in its sentence, up to the end of its clause (a
    comma, a colon, a full stop)."""
    ws, t = norm(text[ev.start:ev.end]).split(), norm(ev.trigger).split()
    at = next((i for i in range(len(ws)) if t and ws[i:i + len(t)] == t), None)
    if at is None:
        return []
    after = ws[at + len(t):]
    end = next((i for i, w in enumerate(after) if w in _CLAUSE_ENDS), len(after))
    return after[:end]


_CLAUSE_ENDS = frozenset(".،,؛;:!؟?")


def _points_back(ev: Event, text: str) -> bool:
    """True when a demonstrative and a definite noun, not after a preposition, stand within POINT_WORDS
    words after the trigger: what the statement is about was told before («تدين بشدة هذا الهجوم», «أدان
    معاليه هذه الجريمة», «إدانتها لهذا الاعتداء»; not «في هذا الصدد», nor «طلبت تركيا ذلك»)."""
    ws = _words_after(ev, text)
    return any(ws[i] in _DEMONSTRATIVES and ws[i + 1].startswith("ال") and (i == 0 or ws[i - 1] not in _PREPOSITIONS)
               for i in range(min(POINT_WORDS, len(ws) - 1)))


POINT_WORDS = 3


def _shared_words(p: Event, ev: Event, text: str, skip: frozenset[str] = frozenset()) -> bool:
    """True when two content words in a row after one telling's trigger stand in a row after the other's
    («بمغادرة الأراضي العراقية»): the same thing asked, not only the same people named (nor words of
    `skip`, stems of titles: «الرئيس اليمني» after both verbs is the speaker again)."""
    def pairs(e: Event) -> set[tuple[str, str]]:
        names = {_stem(w) for n in [*e.source, *e.target] for w in norm(n).split()}
        ws = [_stem(w) for w in _words_after(e, text)[:SHARED_WORDS]]
        ws = [w if len(w) >= 3 and w not in _FUNCTION_WORDS and w not in names and w not in skip
              and not w.isdigit() else ""
              for w in ws]
        return {(a, b) for a, b in pairwise(ws) if a and b}

    return bool(pairs(p) & pairs(ev))


SHARED_WORDS = 12


def _stem(w: str) -> str:
    """A folded word without «و»/«ف», a preposition clitic or the article («وبالأراضي» → «أراضي»)."""
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    return next((w[len(c):] for c in ("بال", "لل", "كال", "ال", "ب", "ل", "ك")
                 if w.startswith(c) and len(w) - len(c) >= 3), w)


def _word_set(words: str, stem: bool = False) -> frozenset[str]:
    """Folded words of a space-separated list (`stem`: each also without its clitics)."""
    folded = [norm(w) for w in words.split()]
    return frozenset([*folded, *(map(_stem, folded) if stem else ())])


_DEMONSTRATIVES = _word_set("هذا هذه ذلك تلك هذين هاتين هؤلاء لهذا لهذه لذلك لتلك")
_PREPOSITIONS = _word_set("في على من عن إلى بعد قبل خلال إثر عقب دون بين لدى حول ضد مع مقابل وفي وعلى ومن وبعد وخلال")
_FUNCTION_WORDS = _word_set(
    "الذي التي الذين اللذين هذا هذه ذلك تلك أن إن أنه إنه كان كانت قد لقد إلى على عن من في مع بين حول خلال "
    "بعد قبل منذ كما أيضا أو ثم حتى لكن لا لم لن ما قال أضاف اليوم أمس وقت نفس", stem=True)


def _exchange(p: Event, reciprocal: frozenset[str]) -> bool:
    """True when the telling before is an exchange («تبادلت X وY الاتهامات»): each side's act is part of it."""
    first = norm(p.trigger).split()[:1]
    return bool(first) and first[0] in reciprocal


def _coarse(ev: Event) -> bool:
    """Dated only by a month or a year: the story's past, not what it tells."""
    return bool(ev.date and len(ev.date) in (4, 7))


def governed_deed(toks: list[Tok], first: int) -> bool:
    """True when a word of cause governs the deed's trigger at token `first`: «ردا على», «انتقاما لـ»,
    «احتجاجا على», «على خلفية», «منذ» (another deed the main one answers or is dated by: «ردا على مقتل ثلاثة
    جنود», «منذ توقيع الاتفاق»)."""
    k = first - 1
    if k >= 0 and toks[k].form in _LINKS:
        k -= 1
    if k < 0 or not toks[k].word:
        return False
    f = toks[k].form
    return f in _CAUSE_HEADS or (f[:1] in ("و", "ف") and f[1:] in _CAUSE_HEADS)


_LINKS = _word_set("على ل")
_CAUSE_HEADS = _word_set("ردا انتقاما ثأرا احتجاجا تنديدا خلفية منذ")


def contrasted(toks: list[Tok], lo: int, hi: int, told: Event, ev: Event, groups: list[Group]) -> bool:
    """True when the telling `ev` (trigger at token `hi`) stands in a clause of contrast opened after the
    telling `told` (trigger at token `lo`) by «فيما», «بينما», «في حين», «في وقت», and both name doers, none
    shared, the later one named in that clause before its verb or within `CONTRAST_SUBJECT` tokens after it,
    or told only as armed men no entity names («…، بينما اختطف مجهولون عنصرا»): two deeds of two sides («قصف
    شنه الحوثيون على تعز، في وقت شن فيه طيران التحالف غارات على …»; not a name read off further on, «…
    الموالي لصالح»); not when the earlier doers are only such men («فجر انتحاري نفسه …، فيما أكد … أن الانفجار
    نفذه تنظيم داعش»: the body named stands for him)."""
    if not (told.source and ev.source) or set(told.source) & set(ev.source) \
            or all(armed_phrase(n) for n in told.source):
        return False
    for k in range(lo + 1, hi):
        f = toks[k].form
        if f in _CONTRAST or (f in _CONTRAST_AFTER_FI and k > 0 and toks[k - 1].form == "في"):
            return all(armed_phrase(n) for n in ev.source) or any(
                set(g.names) & set(ev.source) and k < g.first <= hi + CONTRAST_SUBJECT for g in groups) \
                or bool(set(doer_after(toks, hi, len(toks), groups)) & set(ev.source))
            # («…، بينما اختطف مجهولون عنصرا من قوات النظام»: men no entity names, read right by the verb)
    return False


CONTRAST_SUBJECT = 4  # tokens after the later verb its subject may stand at («شن فيه طيران التحالف»)


_CONTRAST = _word_set("فيما بينما وبينما وفيما")
_CONTRAST_AFTER_FI = _word_set("حين وقت")

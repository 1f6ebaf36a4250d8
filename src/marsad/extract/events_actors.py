"""Entity mentions grouped into actors and places, and how each group attaches to its sentence.

Adjacent mentions joined by titles form one group («نائب وزير الخارجية الروسي ميخائيل
بوغدانوف» → ميخائيل بوغدانوف); a group after مع/على/ضد/… or a لـ-title («لجلالة الملك») is a
target, one after في (through place nouns) a place, one after «من» where something comes from
(«اتصالا من Y»), one after «عضو في» a modifier, one after a siding participle («مؤيدون لروسيا»)
none at all; a count of members before «من» («أن 13 عنصرا من الحوثيين») leaves the group its
clause's party; a town is only ever a place; a country or capital may act.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract.events_armed_heads import PROFESSIONS, body_head, office_opens
from marsad.extract.events_displeased_at import displeased_at
from marsad.extract.events_followers import among_followers, bare_in, followers_start, is_follower
from marsad.extract.events_glued_title import party_then_glued_title
from marsad.extract.events_lexicon import FORCE, Words, norm
from marsad.extract.events_member_objects import members_after_party
from marsad.extract.events_named_slots import force_after_body, force_after_party, group_then_body, name_then_body
from marsad.extract.events_names import named_after
from marsad.extract.events_overseen import overseen_body
from marsad.extract.events_place_clauses import town_of
from marsad.extract.events_ranks import harmed_ranks
from marsad.extract.events_span_after import span_counted_from
from marsad.extract.events_tokens import (
    CLAUSE_END,
    QUOTE_MARKS,
    SENT_END,
    Tok,
    clause_words,
    has,
    is_count,
    previous_word,
    word_before,
)
from marsad.extract.events_unnamed_doers import subject_of_managing
from marsad.model import Entity

Mention = tuple[int, int, Entity]  # an entity as the token range [first, last) it covers

_PREPS = frozenset(("من", "في", "عن"))


@dataclass(slots=True)
class Group:
    """Adjacent entity mentions acting as one actor (or one place)."""

    first: int  # token indices, inclusive/exclusive
    last: int
    names: list[str]
    place: str | None
    is_loc: bool
    binding: str | None = None  # None (free) | target | loc | from | mod | skip
    actor: bool = True  # may be a source: a person, an organisation, a country or capital
    glued: str = ""  # a proclitic glued to the group's first word («لـ», «بـ», «و»)
    nisba: bool = False  # only relational adjectives («الساحة اليمنية»): never where something happened
    oblique: bool = False  # a plural in ـين («الحوثيين», «المتظاهرين»): an object, never a VSO subject
    visited: bool = False  # a place named after a visit word («خلال زيارته إلى موسكو»): the setting
    force: bool = False  # a body standing for its country («بالحكومة التركية» → تركيا): a party, never a place
    person: bool = False  # one person named («محمد علان»): never the subject of a plural verb («أطلقوا»)
    ends_person: bool = False  # its last name a person's («القيادي في حماس حسن يوسف»: the body, then the man)


_UNOWNED = frozenset(norm(w) for w in ("وزارة", "الحكومة", "حكومة", "الرئاسة"))


def unowned_body(e: Entity) -> bool:
    """A body named only by what it is («وزارة الخارجية», «الحكومة»): whose it is, a nisba after it tells."""
    c = norm(e.canonical).split()
    return e.label == "ORG" and bool(c) and c[0] in _UNOWNED and len(c) <= 2


def _is_nisba(e: Entity) -> bool:
    """A relational adjective («اليمنية», «الروسي»): a LOC mention not spelled as its place."""
    return e.label == "LOC" and not e.role and _nisba_spelling(e.text, e.canonical)


@lru_cache(maxsize=50_000)
def _nisba_spelling(text: str, canonical: str) -> bool:
    """True when `text` is an adjective's spelling of the place `canonical` (it ends in «ي/ية/يين…» and does not
    hold the place's name)."""
    t = fold(text)
    return fold(canonical) not in t and t.endswith(("ي", "يه", "يين", "يون", "يات"))


def _adjective(e: Entity) -> bool:
    """A LOC mention spelled as an adjective of its place («فلسطيني», «الكندية»), not as the place."""
    t = fold(e.text)
    return e.label == "LOC" and not e.role and t != fold(e.canonical) and t.endswith(("ي", "يه", "يين", "يون", "يات"))


# nouns that head a state's formal name («جمهورية مصر العربية», «دولة الكويت», «سلطنة عمان»)
STATE_HEADS = frozenset(norm(w) for w in ("دولة", "حكومة", "مملكة", "جمهورية", "إمارة", "سلطنة"))
_PARTNERED = frozenset(norm(w) for w in ("مع", "بين"))


def _joined_state(toks: list[Tok], a: int, k: int) -> bool:
    """True when the state head at k joins its state to another party («اتفقت المملكة وجمهورية مصر
    العربية», «وقعت السعودية مع جمهورية مصر»): the state is a party, not only a place («في جمهورية مصر»)."""
    f = toks[k].form
    if f[:1] == "و" and f[1:] in STATE_HEADS:
        return True
    j = previous_word(toks, a, k, frozenset())
    return f in STATE_HEADS and j is not None and toks[j].form in _PARTNERED


_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "فال", "لل", "ولل", "وبال")


def _owned_then_to(toks: list[Tok], k: int, first: int, place: frozenset[str]) -> bool:
    """True when the place word at k carries a pronoun of its owner and the name after it «لـ»: the name is
    whom the place goes to, not the place's own («لن تتنازل عن أراضيها لروسيا»), so a party."""
    f = toks[k].form
    return toks[first].form[:1] == "ل" and not any(f.startswith(p) and f[len(p):] in place for p in _PROCLITICS)


def group_mentions(toks: list[Tok], a: int, b: int, ents: list[Mention], W: Words,
                   polities: frozenset[str] = frozenset(), forces: frozenset[str] = frozenset(),
                   text: str = "", verbs: frozenset[int] = frozenset()) -> list[Group]:
    """Entity mentions in tokens [a, b) joined into groups of adjacent mentions (`forces`: canonical
    names of the bare state forces, «الشرطة», which never join a person named after them; `text`: the
    article, to name people by a noun and a nisba, «معتقل فلسطيني», rather than by the country;
    `verbs`: tokens read as verbs, which are never the unknown first word of a name)."""
    out: list[Group] = []
    cur: list[Mention] = []

    def flush() -> None:
        if not cur:
            return
        main = [e for _, _, e in cur if not _is_nisba(e)] or [e for _, _, e in cur]
        persons = [e for e in main if e.label in ("PER", "ORG")]
        if sum(e.label == "PER" for e in persons) > 1:  # «… النائب الثاني …» read as «عبد الله الثاني»
            full = [e for e in persons if e.label != "PER" or len(e.text.split()) > 1
                    or norm(e.text) == norm(e.canonical)]
            persons = full or persons
        pick = persons or main
        if len(pick) > 1 and _descriptor(pick[0]) and pick[1].label == "ORG":
            pick = pick[1:]  # «المتمردين أنصار الدين»: what they are, then their name
        names = list(dict.fromkeys(e.canonical for e in pick))
        if len(pick) == 1 and unowned_body(pick[0]):
            # «وزارة الخارجية الفلسطينية»: a ministry named by no country stands for the nisba's country
            own = [e for _, _, e in cur if e.label == "LOC" and not e.role and e.start >= pick[0].end
                   and fold(e.text).endswith(("ي", "يه"))]
            if own:
                names = [own[0].canonical]
        split = [e for e in pick if e.label == "PER"]
        if len(split) == len(pick) > 1 and all(split[i + 1].start - split[i].end == 1
                                               for i in range(len(split) - 1)):
            names = [" ".join(e.text for e in split)]  # «عبد ربه» + «منصور هادي»: one name cut in two
        locs = [e for e in main if e.label == "LOC"]
        place = town_of(locs)  # «نابلس الفلسطينية»: the town, not the country of its adjective
        # «بوزير الخارجية الإيطالي»: a title holder of a country is a person, never a place
        titled = any(e.role and e.role != FORCE for e in locs)
        is_loc = not persons and not titled and bool(locs)
        g = Group(cur[0][0], cur[-1][1], names, place, is_loc)
        g.nisba = all(_is_nisba(e) or _nisba_of_name(e) for _, _, e in cur)  # («الإسرائيلية», «قطرية» too)
        g.force = any(e.role == FORCE for _, _, e in cur)
        g.person = bool(pick) and len(names) == 1 and all(e.label == "PER" for e in pick)
        g.ends_person = bool(pick) and pick[-1].label == "PER" and names[-1] == pick[-1].canonical
        lead = fold(pick[0].text).split()[:1] if pick else []  # the head noun shows the case, not a genitive after it
        canon = fold(pick[0].canonical)  # «الفلسطينيين», «الصينيين»: a nisba plural even of a name in ـين
        g.oblique = bool(lead) and lead[0].endswith("ين") and (
            not canon.endswith("ين") or (lead[0].endswith("يين") and not canon.endswith("يين")))
        if not is_loc and len(cur) == 1 and pick and pick[0].label in ("PER", "ORG") and text:
            k = g.first - 1
            if k >= a and toks[k].word and toks[k].form in _TOWN_HEADS:
                # «منطقة جولد مور», «حي الزهراء»: a place named like a person or a body, not a party
                g.is_loc, g.actor, g.place = True, False, text[toks[g.first].start:toks[g.last - 1].end]
            elif pick[0].label == "PER" and k > a and toks[k].form in _ROYAL and toks[k - 1].form in _FACILITY_HEADS:
                # «مطار الملك خالد الدولي», «مستشفى الملك فهد»: a place named after a king, not the king
                g.is_loc, g.actor = True, False
                g.place = text[toks[k - 1].start:toks[g.last - 1].end]
        kin = _relatives(toks, g.first, g.last, a, [e.label for _, _, e in cur], W) if text else None
        if kin is not None:  # «نجل القذافي», «أعضاء مجلس الشورى»: the relatives or members are the party
            raw = text[toks[kin].start:toks[g.last - 1].end]
            if raw[:1] in "وفبل" and (toks[kin].form[1:] in _KIN | _MEMBERS or is_follower(toks[kin])):
                raw = raw[1:]
            g.first, g.names, g.person = kin, [raw], False
        if is_loc:  # a city is where things happen; a country or capital may act
            k = g.first - 1
            while k >= a and not toks[k].word:
                k -= 1
            after_place = k >= a and has(toks[k], W["place"]) and not _joined_state(toks, a, k) \
                and not _owned_then_to(toks, k, g.first, W["place"])
            g.actor = not after_place and any(norm(e.canonical) in polities for e in locs)
            if k >= a and toks[k].word and all(_adjective(e) for _, _, e in cur) and text \
                    and has(toks[k], W["person_nouns"]):
                # «معتقل فلسطيني», «شركة كندية»: that person (or that firm), not the country
                raw = text[toks[k].start:toks[g.last - 1].end]
                if raw[:1] in "وفبل" and toks[k].form[1:] in W["person_nouns"]:
                    raw = raw[1:]
                g.first, g.names, g.place, g.is_loc, g.actor, g.nisba = k, [raw], None, False, True, False
            elif k >= a and has(toks[k], W["people"]):
                g.actor = False  # «سبع ضحايا فلسطينيين», «لاجئين سوريين»: whose people, not a party
            if g.nisba and _nationality(toks, g, a, b):
                g.actor = False  # «سعودي الجنسية», «يحمل الجنسية الفرنسية»: whose citizen someone is, no party
        out.append(g)
        cur.clear()

    ents = _quoted_bodies(toks, [m for m in ents if m[1] > a and m[0] < b], W)
    for s, e, ent in ents:
        gap = range(cur[-1][1], s) if cur else range(0)
        name_gap = (ent.label == "PER" and len(gap) == 1 and toks[gap[0]].word  # «الرئيس اليمني عبدربه منصور هادي»
                    and all(_is_nisba(c[2]) or c[2].role for c in cur)
                    and toks[gap[0]].form[0] not in "وب" and toks[gap[0]].form not in _PREPS
                    and gap[0] not in verbs)  # «وبشأن الأزمة السورية ندد كيري»: a verb between, two clauses
        # «الشرطة الإيطالية» + «المغربي عبد المجيد»: a force acts alone; «للسفير الهندي»: a new party
        if cur and (cur[-1][2].role == FORCE or fold(ent.text).startswith("لل") or (
                ent.label == "LOC" and cur[-1][2].label == "LOC" and not _is_nisba(ent)
                and not _is_nisba(cur[-1][2]) and norm(ent.text).endswith(norm(ent.canonical))
                and norm(cur[-1][2].text).endswith(norm(cur[-1][2].canonical))) or (
                (ent.label in ("PER", "ORG") or (ent.label == "LOC" and ent.role)) and _named_place(cur) and (
                    not (_titled(toks, cur[0][0], a, W) or (ent.label == "PER" and _ruler_of(toks, cur[0][0], a)))
                    or _body_after_setting(toks, cur, ent, a))) or (
                ent.label == "PER" and _second_person(toks, cur, s, W)) or _two_bodies(cur, ent, s)
                or group_then_body(cur, ent, s)  # «حمل الحوثيون الأمم المتحدة المسؤولية»
                or name_then_body(cur, ent, s)  # «قصفت حماس قوات الاحتلال»
                or _nisba_then_construct(cur, ent, s)  # «هاجمت الفصائل الفلسطينية قوات الاحتلال»
                or (_descriptor(cur[-1][2]) and ent.role == FORCE)  # «اتهم الانفصاليون الجيش الأوكراني»
                or _force_then_person(toks, cur, ent, s, a, forces, W)
                or _body_then_person(toks, cur, ent, s, a, W)  # «وأعدم تنظيم داعش أمس الشيخ فلان»
                or _body_then_people(cur, ent, s)  # «واعتقلت الشرطة المتظاهرين»
                or members_after_party(toks, cur[-1], ent, s)  # «واعتقل الجيش عناصر داعش»
                or any(toks[k].word and has(toks[k], W["counterpart"]) for k in gap)  # «… نظيره الأمريكي جون كيري»
                or _place_then_time(toks, cur, ent, gap) or _force_after_person(cur, ent, gap)
                or _force_after_place(cur, ent) or _party_after_nisba(cur, ent, s)
                or _country_after_body_nisba(toks, cur, ent, s, a, polities)  # «وطالبت الخارجية المصرية إسرائيل»
                or force_after_body(cur[-1], ent, s)  # «دعت الأمم المتحدة الحكومة اليمنية»
                or force_after_party(cur, ent, s)  # «وحملت حماس الحكومة الإسرائيلية المسؤولية»
                or party_then_glued_title(toks, cur, gap, W)  # «اتصل نتنياهو بالرئيس الفلسطيني محمود عباس»
                or _two_office_holders(cur, ent, gap)  # «التقى وزير الخارجية اليمني الرئيس المصري»
                or _office_of_another(toks, cur, ent, gap, W)  # «وانتقدت حماس وزير الدفاع الإسرائيلي …»
                or (ent.label == "PER" and cur[-1][2].label == "PER" and not gap and has(toks[s], W["title"]))):
            # «استقبل الرئيس التونسي الباجي قائد السبسي الرئيس الفرنسي السابق نيكولا ساركوزي»: a second person
            # named with his own title (`events_former_titles` makes «الرئيس … السابق نيكولا ساركوزي» one name)
            flush()  # «اتهمت باكستان الهند»: two places named in a row are two parties
        elif cur and not name_gap and (
                ent.start > toks[s].start  # «وحماس»: a second actor
                or (cur[-1][2].label == "PER" and ent.label == "ORG")  # «طالب الرئيس هادي المليشيات الحوثية»
                or (ent.label == "LOC" and not ent.role and norm(ent.text).endswith(norm(ent.canonical))
                    and any(c[2].label in ("PER", "ORG") for c in cur)
                    and not _body_then_named_nisba(cur, ent, s))  # «اتهمت الوحدات تركيا»
                or any(not toks[k].word or not has(toks[k], W["title"]) or toks[k].form in _PREPS
                       or toks[k].form.startswith("لل")  # «إسلام آباد للسفير الهندي»: a new party
                       or (toks[k].form[0] == "و" and toks[k].form not in W["title"])  # «وتنظيم داعش»
                       for k in gap)):
            flush()  # mentions join across titles only («وزير الخارجية السعودي الأمير فيصل»)
        cur.append((s, e, ent))
    flush()
    return out


# heads of a town or district's name («منطقة جولد مور», «حي الزهراء»): what follows is a place
_TOWN_HEADS = frozenset(norm(w) for w in ("منطقة", "مدينة", "بلدة", "قرية", "حي", "محافظة", "ولاية", "إقليم",
                                          "مخيم", "ميناء", "مطار", "بمنطقة", "بمدينة", "ببلدة", "بقرية", "بحي",
                                          "بمحافظة", "بولاية", "بمخيم"))
# heads of a place named after a king or a prince («مطار الملك خالد», «مستشفى الملك فهد», «جامعة الأمير سلطان»)
# (not a body such as «جامعة الملك سعود» or «مركز الملك سلمان للإغاثة»: it acts)
_FACILITY_HEADS = frozenset(norm(w) for w in (
    "مطار", "مستشفى", "ميناء", "قاعدة", "ملعب", "استاد", "مدينة", "شارع", "طريق", "جسر", "مسجد", "جامع", "قاعة",
    "بمطار", "بمستشفى", "لمطار", "لمستشفى", "ومطار", "ومستشفى", "بمدينة", "بقاعدة", "بملعب", "بمسجد"))
_ROYAL = frozenset(norm(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "الإمام", "السلطان"))
_WHEN = frozenset(norm(w) for w in ("أمس", "اليوم", "مساء", "صباح", "ليلة", "فجر", "أمس الأول"))


# nouns of kinship: a person named after them only says whose relative the party is
_KIN = frozenset(norm(w) for w in (
    "نجل", "نجلي", "شقيق", "شقيقة", "زوجة", "أرملة", "والد", "والدة", "ابنة", "حفيد", "حفيدة", "أسرة", "عائلة",
    "أقارب", "ذوي", "أنجال", "نجلا", "شقيقا"))
_MEMBERS = frozenset(norm(w) for w in ("أعضاء", "عضوا", "عضوي"))
_KIN_OF = frozenset(norm(w) for w in ("عم", "خال", "أخ", "أخت", "شقيق", "شقيقة", "عمة", "خالة"))
_SON = frozenset(norm(w) for w in ("ابن", "إبن", "ابنة"))


def _kin_start(toks: list[Tok], first: int, a: int, W: Words) -> int | None:
    """The token a kinship phrase before a person's name, past his titles, opens at («نجل القذافي», «ابن
    عم الرئيس حسن رضا», «أسرة الشيخ»); None when no such noun stands there («ابن» alone is part of a
    name: «ابن باز»)."""
    k = first - 1
    while k > a and k > first - 4 and toks[k].word and has(toks[k], W["title"]) and not has(toks[k], _KIN) \
            and toks[k].form not in _PREPS:
        k -= 1  # «نجل الرئيس السابق …»
    if k < a or not toks[k].word:
        return None
    if bare_in(toks[k], _KIN_OF) and k - 1 >= a and toks[k - 1].word and bare_in(toks[k - 1], _SON):
        return k - 1  # «ابن عم الأسد», «ابن شقيق الرئيس»
    return k if bare_in(toks[k], _KIN) else None


def _relatives(toks: list[Tok], first: int, last: int, a: int, labels: list[str], W: Words) -> int | None:
    """The token a phrase naming someone's relatives or a body's members opens at, before a group of
    mentions with these labels: a kinship noun before a person («نجل القذافي») or «أعضاء» before a
    body, with a count of them («عدد من أعضاء مجلس الشورى»); None when there is none."""
    if labels and all(lb == "PER" for lb in labels):
        kin = _kin_start(toks, first, a, W)  # «أنصار الرئيس المعزول …»: a leader's men, past his titles
        return kin if kin is not None else followers_start(toks, first, last, a, W, _KIN)
    k = first - 1
    if not (labels and all(lb == "ORG" for lb in labels) and k >= a and bare_in(toks[k], _MEMBERS)):
        return None
    if k - 2 >= a and toks[k - 1].form == "من" and toks[k - 2].form in W["partitive"]:
        return k - 2
    return k


_NATIONALITY = frozenset(norm(w) for w in ("الجنسية", "جنسية", "بالجنسية", "والجنسية", "الجنسيات", "جنسيات"))


def _nationality(toks: list[Tok], g: Group, a: int, b: int) -> bool:
    """True when a nisba tells a nationality: «الجنسية» right after it («سعودي الجنسية») or right
    before it («من الجنسية الإثيوبية»)."""
    after = next((k for k in range(g.last, b) if toks[k].word), None)
    before = next((k for k in range(g.first - 1, a - 1, -1) if toks[k].word), None)
    return (after is not None and after == g.last and toks[after].form in _NATIONALITY) or (
        before is not None and before == g.first - 1 and toks[before].form in _NATIONALITY)


def _force_after_person(cur: list[Mention], ent: Entity, gap: range) -> bool:
    """True when a state force or government named by its nisba comes right after a person's name
    («دعا دمرتاش الحكومة التركية وحزب العمال إلى …»): another party (the object), not the person's
    title as in «بوغدانوف نائب وزير الخارجية الروسي»."""
    return cur[-1][2].label == "PER" and ent.role == FORCE and len(gap) == 0


def _force_after_place(cur: list[Mention], ent: Entity) -> bool:
    """True when a force or government of another country comes right after a place named by its own
    name («ودعت واشنطن السلطات الإيرانية إلى …», «هددت تركيا الحكومة السورية»): a second party, the
    object, not a body of that place."""
    return _named_place(cur) and ent.role == FORCE and norm(ent.canonical) != norm(cur[0][2].canonical)


def _country_after_body_nisba(toks: list[Tok], cur: list[Mention], ent: Entity, s: int, a: int,
                              polities: frozenset[str]) -> bool:
    """True when another country named by its own name comes right after a definite nisba that closes a body
    the entities do not name («وطالبت الخارجية المصرية إسرائيل بوقف …», «ودعت الخارجية التركية روسيا إلى …»):
    the adjective ends the first party's name, so the country is a second party, the object; not after a
    place's head («العاصمة السورية دمشق»: the capital itself)."""
    last = cur[-1][2]
    if cur[-1][1] != s or len(cur) != 1 or not _adjective(last) or not fold(last.text).startswith("ال"):
        return False
    named = fold(ent.text)
    if ent.label != "LOC" or ent.role or _adjective(ent) or not norm(ent.text).endswith(norm(ent.canonical)) \
            or (named.startswith("ال") and named.endswith(("يه", "ي"))):
        return False  # «العلاقات المصرية السعودية», «الحدود اليمنية السعودية»: a second adjective
    k = cur[0][0] - 1
    head = toks[k].form if k >= a and toks[k].word else ""
    bare = head[1:] if head[:1] in "وفب" and len(head) > 3 else head
    bare = "ا" + bare[1:] if bare.startswith("لل") else bare  # «للعاصمة السورية دمشق»
    return bool(head) and bare not in _TOWN_HEADS and bare not in _CAPITAL_HEADS \
        and norm(ent.canonical) != norm(last.canonical) and norm(ent.canonical) in polities


_CAPITAL_HEADS = frozenset(norm(w) for w in ("العاصمة", "عاصمة", "المدينة", "البلدة", "المحافظة", "الولاية",
                                             "الإقليم", "المنطقة", "القرية", "الجزيرة", "بالعاصمة", "والعاصمة"))


def _party_after_nisba(cur: list[Mention], ent: Entity, s: int) -> bool:
    """True when a country, a body or a force comes right after a title holder of another country
    («اتهم وزير الخارجية الأمريكي إيران بـ…», «انتقد الرئيس الفرنسي الحكومة السورية»), or a country or
    an indefinite body right after a body whose name ends in a definite word («اتهم الجيش الإسرائيلي
    حركة حماس بـ…», «ودعت الأمم المتحدة حركة طالبان»): a definite word closes the first party's name (a
    genitive would make it indefinite), so the next name is a second party (a person named there
    is the title holder himself: «وزير الخارجية الروسي سيرغي لافروف»; a definite plural, «المتمردين»,
    may be followed by its name: «المتمردين أنصار الدين»)."""
    last = cur[-1][2]
    if cur[-1][1] != s or ent.label == "PER" or norm(ent.canonical) == norm(last.canonical):
        return False
    own_place = ent.label == "LOC" and not _is_nisba(ent) and norm(ent.text).endswith(norm(ent.canonical))
    if last.label == "LOC" and last.role and last.role != FORCE:  # «وزير الخارجية الأمريكي»
        return own_place or ent.label == "ORG" or ent.role == FORCE
    words = fold(last.text).split()
    closed = last.label == "ORG" and bool(words) and words[-1].startswith(("ال", "وال")) and not _descriptor(last)
    second = own_place or (ent.label == "ORG" and not fold(ent.text).startswith(("ال", "وال")))
    return closed and second and not _body_then_named_nisba(cur, ent, s)


def _place_then_time(toks: list[Tok], cur: list[Mention], ent: Entity, gap: range) -> bool:
    """True when a place name and a time word come before a person, a body, a title holder or a country
    («دعا … في تركيا أمس حزب العمال الكردستاني إلى …», «واستقبل … بجدة أمس وزير الخارجية الأمريكي»): the
    place and the time end the subject's clause; what follows is a new party."""
    last = cur[-1][2]
    return last.label == "LOC" and not last.role and not _is_nisba(last) and not _is_nisba(ent) \
        and any(toks[k].form in _WHEN for k in gap)


def _two_office_holders(cur: list[Mention], ent: Entity, gap: range) -> bool:
    """Two office holders of two countries named in a row, each by his title and its nisba («التقى وزير الخارجية
    اليمني الرئيس المصري», «استقبل رئيس الوزراء العراقي السفير الأمريكي»): the subject and the object of the
    verb before them, two parties (one holder's offices name one country: «نائب رئيس الوزراء الكويتي وزير
    الخارجية الكويتي»)."""
    last = cur[-1][2]
    return not gap and last.label == ent.label == "LOC" and bool(last.role) and bool(ent.role) \
        and fold(last.canonical) != fold(ent.canonical)


def _office_of_another(toks: list[Tok], cur: list[Mention], ent: Entity, gap: range, W: Words) -> bool:
    """True when a body or a state named by its own name is followed by an office whose country's adjective
    closes it («وانتقدت حماس وزير الدفاع الإسرائيلي يوآف غالانت», «ودعت مصر رئيس الوزراء الإسرائيلي …»,
    «وطالبت حماس الرئيس الأمريكي …»): the office names a second party (its holder or its country), not the
    first party's officer (an adjective right after the body is the body's own: «الحكومة الفلسطينية»)."""
    lead = cur[-1][2]
    if len(cur) != 1 or not _adjective(ent) or not gap or lead.role:
        return False
    if lead.label == "LOC" and (_adjective(lead) or not norm(lead.text).endswith(norm(lead.canonical))):
        return False
    if lead.label not in ("ORG", "LOC") or norm(lead.canonical) == norm(ent.canonical):
        return False
    words = [toks[k] for k in gap]
    return all(t.word for t in words) and (office_opens(words) or has(words[0], W["bare_title"]))


def _descriptor(e: Entity) -> bool:
    """A one-word definite plural («المتمردين», «المسلحون») read as a group: what a party is, which
    its name may follow in apposition."""
    t = fold(e.text)
    return e.label == "ORG" and " " not in t.strip() and t.startswith(("ال", "وال")) and t.endswith(("ين", "ون"))


def _body_then_named_nisba(cur: list[Mention], ent: Entity, s: int) -> bool:
    """True when a body named only by what it is is followed right away by a definite feminine place word
    that is its country's name and its nisba alike («وزارة الخارجية السعودية», «الحكومة السعودية»): the
    adjective of the body, whose country it names, not a second party."""
    t = fold(ent.text)
    return len(cur) == 1 and cur[0][1] == s and unowned_body(cur[0][2]) and t.startswith("ال") \
        and t.endswith("يه") and t == fold(ent.canonical)


def _nisba_then_construct(cur: list[Mention], ent: Entity, s: int) -> bool:
    """True when a lone nisba («الفلسطينية», of a noun before it that names no entity) is followed right away
    by a body whose first word is an indefinite head in construct («قوات الاحتلال»): an adjective follows its
    noun, so it cannot describe the body after it («هاجمت الفصائل الفلسطينية قوات الاحتلال»: two parties)."""
    words = fold(ent.text).split()
    return len(cur) == 1 and cur[0][1] == s and _adjective(cur[0][2]) and ent.label == "ORG" and not ent.role \
        and len(words) > 1 and not words[0].startswith(("ال", "وال")) and words[-1].startswith("ال")


def _two_bodies(cur: list[Mention], ent: Entity, s: int) -> bool:
    """True when a body named in full, or by an anaphor that stands for one («كما دعا المركز الأمم المتحدة
    إلى …»: the centre named before), is followed right away by a second definite body («طالب هادي
    وجامعة الدول العربية المليشيات الحوثية»): the second is another party (the object), not a title."""
    last = cur[-1][2]
    full = len(last.text.split()) > 1 and norm(last.text) == norm(last.canonical)
    anaphor = len(last.text.split()) == 1 and len(last.canonical.split()) > 1 and fold(last.text).startswith("ال")
    return last.label == "ORG" and ent.label == "ORG" and cur[-1][1] == s and (full or anaphor) \
        and len(ent.text.split()) > 1 and fold(ent.text).startswith("ال")


def _force_then_person(toks: list[Tok], cur: list[Mention], ent: Entity, s: int, a: int,
                       forces: frozenset[str], W: Words) -> bool:
    """True when a person is named right after a bare state force that is no title's genitive
    («اعتقلت الشرطة محمد علان»: two parties; «مدير الشرطة اللواء …» stays one)."""
    last = cur[-1]
    if ent.label != "PER" or last[2].label != "ORG" or last[2].canonical not in forces or s != last[1]:
        return False
    k = last[0] - 1
    return k < a or not toks[k].word or not has(toks[k], W["title"])


def _body_then_person(toks: list[Tok], cur: list[Mention], ent: Entity, s: int, a: int, W: Words) -> bool:
    """True when a person (the mention at token s) is named after a body that is no title's genitive and
    stands right after a word that is no title, no preposition and no definite noun (the verb), with a time
    word or the person's own title between («وأعدم تنظيم داعش أمس الشيخ فلان», «اختطف داعش الصحفي …»): the
    person is the second party, the one the deed was done to, not the body's officer («رئيس حركة حماس الشيخ
    …», «المتحدث باسم الحركة …», «مؤسس تنظيم القاعدة أسامة بن لادن» stay one)."""
    if ent.label != "PER" or any(e.label != "ORG" and not _is_nisba(e) for _, _, e in cur) \
            or cur[0][2].label != "ORG":
        return False
    first = cur[0][0]
    f = toks[first].form
    if f[:1] in ("ل", "ب") and not f.startswith("ال"):
        return False  # «لحركة حماس …»: whose officer
    titled = any(has(toks[k], W["bare_title"]) for k in range(first + 1, cur[-1][1]))
    if has(toks[cur[-1][1] - 1], W["title"]) or titled:
        return False  # «القوات الموالية لحكومة الرئيس اليمني» + «عبدربه منصور هادي»: the title's holder
    gap = [t for t in toks[cur[-1][1]:s] if t.word]
    surname = not gap and len(fold(ent.text).split()) == 1 and len(fold(ent.canonical).split()) > 1
    if not any(t.form in _WHEN or has(t, W["bare_title"]) or has(t, W["person_nouns"]) for t in gap) \
            and not office_opens(gap) and not surname:  # «اختطف الحوثيون وزير الدفاع محمود الصبيحي»: the office
        return False  # «رئيس أركان الجيش الإسرائيلي بيني غانتس»: a title chain may run on into its holder
    # («هدد الحوثيون الجنيد»: a person named in full before, by his surname alone, right after the body)
    k = first - 1
    if k < a or not toks[k].word:
        return False
    if office_opens(gap) and k > a and toks[k - 1].word and body_head(toks[k]):
        k -= 1  # «واختطفت جماعة الحوثيين وزير الدفاع فلان»: the verb stands before the body's head noun
    prev = toks[k]
    return not prev.form.lstrip("وف").startswith("ال") and not has(prev, W["title"]) and not has(prev, W["head"]) \
        and prev.form not in W["prep_any"] and prev.form not in _PREPS


def _body_then_people(cur: list[Mention], ent: Entity, s: int) -> bool:
    """True when a definite plural of people in ـين («المتظاهرين», «الحوثيين») follows right after a
    body or a country's title holder whose last word is definite («الشرطة», «قوات الأمن», «الرئيس
    المصري»): no genitive of it (a body in construct is indefinite, «جماعة الحوثيين») and no adjective
    of it, but the object (the second party)."""
    last = cur[-1][2]
    words = fold(last.text).split()
    body = (last.label == "ORG" and not _descriptor(last)) or (last.label == "LOC" and bool(last.role))
    if not body or cur[-1][1] != s or not _descriptor(ent) or not words:
        return False
    tail = words[-1][1:] if words[-1][:1] in ("و", "ف") and len(words) == 1 else words[-1]
    return tail.startswith("ال") and fold(ent.text).endswith("ين") and not tail.endswith(("ين", "ون"))


def _named_place(cur: list[Mention]) -> bool:
    """True when the group so far is one place spelled by its own name («الولايات المتحدة»), not a
    nisba or a force: a person or body named right after it is a second party («هددت الولايات
    المتحدة نظام الأسد»), not its title holder."""
    return len(cur) == 1 and cur[0][2].label == "LOC" and not cur[0][2].role and not _is_nisba(cur[0][2]) \
        and norm(cur[0][2].text).endswith(norm(cur[0][2].canonical))


def _body_after_setting(toks: list[Tok], cur: list[Mention], ent: Entity, a: int) -> bool:
    """True when a definite body or a person's full name follows a place set off by «في» («التي مقرها في
    طرابلس الحكومة المعترف بها», «زعيم الحزب في تركيا صلاح الدين دمرتاش»): the place is where the one
    before is, the body or the title holder a new group."""
    k = cur[0][0] - 1
    while k >= a and not toks[k].word:
        k -= 1
    body = ent.label == "ORG" and fold(ent.text).startswith("ال")
    person = ent.label == "PER" and len(ent.text.split()) > 1  # «زعيم الحزب … في تركيا صلاح الدين دمرتاش»
    return k >= a and toks[k].form == "في" and (body or person)


def _titled(toks: list[Tok], first: int, a: int, W: Words) -> bool:
    """True when a title word stands right before token `first` («رئيس وزراء العراق حيدر العبادي»)."""
    k = first - 1
    while k >= a and not toks[k].word:
        k -= 1
    return k >= a and (has(toks[k], W["title"]) or has(toks[k], W["head"]))


def _ruler_of(toks: list[Tok], first: int, a: int) -> bool:
    """True when a ruler's title in construct with the country stands right before token `first` («أمير قطر
    الشيخ تميم بن حمد», «ملك الأردن عبد الله الثاني»): the person named next is that ruler."""
    k = first - 1
    while k >= a and not toks[k].word:
        k -= 1
    return k >= a and toks[k].form in _RULER_OF


# a ruler's title in construct with his country («أمير قطر», «ملك الأردن», «سلطان عمان»); with the article it is
# a title word of its own («الأمير», «الملك»)
_RULER_OF = frozenset(norm(w) for w in ("أمير", "وأمير", "ملك", "وملك", "سلطان", "وسلطان"))


def _second_person(toks: list[Tok], cur: list[Mention], s: int, W: Words) -> bool:
    """True when the group so far holds a person's full name and a title chain follows it: a second
    person with their own title («اتهم أبو مازن وزير الخارجية الأمريكي جون كيري»)."""
    per = [i for i, (_, _, e) in enumerate(cur) if e.label == "PER"]
    if not per:
        return False
    after = cur[per[-1]][1]
    rest = cur[per[-1] + 1:]
    titled = any(toks[k].word and has(toks[k], W["title"]) for k in range(after, rest[0][0] if rest else s))
    return titled and all(_is_nisba(e) or _nisba_of_name(e) or _adjective(e) for _, _, e in rest)


def _nisba_of_name(e: Entity) -> bool:
    """A LOC mention spelled as its place's name with a nisba ending («الاسرائيلي», «التركية», «قطرية»,
    «اليمنيين»): an adjective though it holds the name, which `_is_nisba` leaves out."""
    t, c = fold(e.text), fold(e.canonical)
    return e.label == "LOC" and not e.role and " " not in t and any(t.endswith(c + end) for end in _NISBA_ENDS)


_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يات")


DESTINATION_REACH = 5  # words before «إلى» searched for a word of going («كانا متجهين من أراضي المملكة إلى …»)


def _destination(toks: list[Tok], k: int, W: Words) -> bool:
    """True when token k is «إلى» after a word of going within five words («متجهين … إلى أراضي دولة
    الكويت», «محاولة تسلل 20 شخصا إلى ليبيا»): the place after it is where someone was heading, no party."""
    if toks[k].form not in W["to"]:
        return False
    ws = [j for j in range(k - 1, max(-1, k - 10), -1) if toks[j].word][:DESTINATION_REACH]
    return any(has(toks[j], W["movement"]) or has(toks[j], W["smuggling"]) for j in ws)


_IN, _RIGHT = norm("في"), norm("حق")  # «في حق X»: against X, as «بحق X»


def bind(toks: list[Tok], g: Group, prev: Group | None, stops: set[int], W: Words,
         glued: str) -> str | None:
    """How the group attaches: None (free), target, loc, from, mod (a modifier: «عضو في حماس») or skip."""
    k = g.first - 1
    if _apposed_nisba(toks, g, prev) or (not g.is_loc and named_after(toks, g.first, W, g.person)):
        return "skip"  # «مسجد الإمام الصادق», «جسر الملك فهد»: a building's name, no party
    seen = 0
    plain = True  # only place nouns so far between the preposition and the entity
    while k >= 0 and seen < 6:
        t = toks[k]
        if k in stops or t.form in CLAUSE_END or t.form in SENT_END:
            return None
        if prev is not None and k < prev.last:  # «بين إسرائيل وحماس»: a conjunct shares the binding
            conj = glued.startswith("و") or any(toks[j].form == "و" for j in range(prev.last, g.first))
            return prev.binding if conj and only_conj(toks, prev.last, g.first) else None
        if not t.word:
            k -= 1
            continue
        f = t.form
        if f == _RIGHT and seen <= 1 and k > 0 and toks[k - 1].form == _IN:
            return "target"  # «الجرائم التي ترتكبها قوات الاحتلال في حق الشعب الفلسطيني»: as «بحق», against whom
        if _day_before_yesterday(toks, k):
            k -= 3  # «دعا أول من أمس الحكومة التركية»: a time, its «من» marks no source
            continue
        if has(t, W["skip"]) or (seen == 0 and has(t, W["siding"])):
            return "skip"
        if f in W["comp"] or f in W["clause_time"]:
            return None  # «في وقت يواصل وزير الخارجية …»: a clause starts, the preposition is behind it
        if span_counted_from(toks, k):
            return "mod"  # «بعد أسبوع على إعلان فوز X»: what the span is counted from, no party
        if has(t, W["prep_target"]) and not g.is_loc and overseen_body(toks, k):
            return "mod"  # «المشرف العام على مركز …»: the body in someone's title, no party
        if has(t, W["prep_target"]):
            return "skip" if g.is_loc and _destination(toks, k, W) else "target"
        if has(t, W["prep_loc"]) and harmed_ranks(toks, k):
            return "target"  # «حملة اعتقالات في صفوف الفلسطينيين»: whom it struck (`events_ranks`)
        if has(t, W["prep_loc"]):
            if not g.is_loc and _after_head(toks, k, W):
                k -= 1
                seen += 1
                continue
            if not g.is_loc and _partners(toks, k):  # «شركاءنا في التحالف الدولي»: the body its partners are in
                return "target"
            if not g.is_loc:  # «عقيد في الجيش», «عضو في حماس»: a modifier, not a party
                return "mod"
            return "loc" if plain else "mod"
        if has(t, W["prep_from"]) and k + 1 < len(toks) and toks[k + 1].form in W["side"]:
            return None  # «من جهته اعرب الاتحاد الأوروبي»: a discourse opener, the sentence starts after it
        if has(t, W["prep_from"]) and subject_of_managing(toks, g.first):
            return None  # «وبفضل من الله تمكنت سلطات الأمن من القبض»: the verb's subject (`events_unnamed_doers`)
        if has(t, W["prep_from"]) and displeased_at(toks, k):
            return "target"  # «عن استيائه من موقف إيران»: what displeased him (`events_displeased_at`)
        if has(t, W["prep_from"]):
            count = _counted_members(toks, k, W) if seen == 0 and not g.is_loc else -1
            if count >= 0:  # «نحو 390 مقاتلا كرديا من الحزب»: back past the count, the group still its party
                k = count - 1
                seen += 1
                continue
            if not g.is_loc and _partitive(toks, k, W):
                k -= 1  # «عقوبات على ثلاثة من زعماء حزب الله»: some of them, the party still the target
                seen += 1
                continue
            if (not g.is_loc or seen == 0) and (_after_head(toks, k, W, 1 if g.is_loc else 2, members=True)
                                                or among_followers(toks, k, g.first, stops)):
                k -= 1
                seen += 1
                continue
            return "from"
        if has(t, W["time_prep"]) and _closed_time(toks, k, g.first):
            return None  # «وعلى أثر ذلك اتصل نتنياهو …»: «after that», the clause and its subject follow
        if has(t, W["time_prep"]):
            return "mod"  # «اعتقل بعد أحداث السفارة الأميركية»: when it happened, not a party
        if f == "و" and seen == 0:
            k -= 1
            continue
        # a preposition glued to a word before the entity («بـ», «لـ»)
        if seen == 0 and k == g.first - 1 and f in ("ب", "ل", "لـ", "بـ"):
            return "loc" if (g.is_loc and f.startswith("ب")) else "target"
        if has(t, W["place"]) and g.is_loc and plain and f[:1] == "ب" and not f.startswith("بال"):
            return "loc"  # «بمدينة سوروتش», «بمنطقة عسير»: بـ glued to the place noun
        if not has(t, W["place"]):
            plain = False
        k -= 1
        seen += 1
    return None


def _apposed_nisba(toks: list[Tok], g: Group, prev: Group | None) -> bool:
    """A relational adjective set off by a comma right after a named party («حزب العمال الكردستاني،
    التركي المحظور»): it describes that party, and names none of its own."""
    return g.nisba and g.first > 0 and prev is not None and not prev.is_loc and prev.last == g.first - 1 \
        and toks[g.first - 1].form in (",", "،")


_YESTERDAY = norm("أمس")
_FIRST = norm("أول")


def _day_before_yesterday(toks: list[Tok], k: int) -> bool:
    """True when token k ends «أول من أمس» (the day before yesterday), a time and no «من» of a source."""
    ws = [j for j in range(max(0, k - 4), k + 1) if toks[j].word][-3:]
    return len(ws) == 3 and ws[-1] == k and [toks[j].form for j in ws] == [_FIRST, "من", _YESTERDAY]


_THAT = frozenset(norm(w) for w in ("ذلك", "هذا", "ذاك", "هذه", "تلك"))


def _closed_time(toks: list[Tok], k: int, first: int) -> bool:
    """True when the time preposition at k takes a bare demonstrative («إثر ذلك», «بعد ذلك») and a word
    that is not its noun follows it («بعد ذلك الهجوم» goes on): the time phrase ends before `first`."""
    ws = [j for j in range(k + 1, first) if toks[j].word][:2]
    return len(ws) == 2 and toks[ws[0]].form in _THAT and not toks[ws[1]].form.startswith("ال")


_PARTNERS = frozenset(norm(w) for w in ("شركاء", "شريك", "شريكا", "حلفاء", "حليف", "حليفا"))


def _partners(toks: list[Tok], k: int) -> bool:
    """True when a word of partnership («شركاءنا», «حلفائها») stands right before the preposition at k:
    the partners in a body are addressed as that body, not described by it."""
    j = k - 1
    while j >= 0 and not toks[j].word:
        j -= 1
    return j >= 0 and has(toks[j], _PARTNERS)


def genitive_l(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when a «لـ» glued to the group only links it to a definite title before it
    («الأمين العام لمنظمة التعاون», «الأمانة العامة للجامعة»): it names whose title, not a target."""
    if g.glued.lstrip("وف")[:1] != "ل":
        return False
    k = g.first - 1
    while k >= 0 and not toks[k].word:
        if toks[k].form in CLAUSE_END or toks[k].form in SENT_END:
            return False
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    if has(t, W["siding"]):  # «انفصاليون مؤيدون لروسيا»: the لـ says whose side, it marks no target
        return True
    if definite_nisba(t) and k > 0 and toks[k - 1].word:  # «الفرع المصري لتنظيم داعش»: an adjective between
        t = toks[k - 1]
    return t.form.lstrip("و").startswith("ال") and (has(t, W["title"]) or has(t, W["head"]))


def definite_nisba(t: Tok) -> bool:
    """A definite relative adjective («المصري», «العسكرية»): it only describes the title before it."""
    f = t.form.lstrip("و")
    return f.startswith("ال") and f.endswith(("ي", "ية", "يه")) and len(f) > 5


def name_opens_with_waw(toks: list[Tok], g: Group) -> bool:
    """True when the «و» opening the group's first word is the first letter of its name («واشنطن»,
    «وارسو»), no conjunction glued to it («وحماس», «ووزير الخارجية»)."""
    return not g.glued and bool(g.names) and norm(g.names[0]).split()[:1] == [toks[g.first].form]


def only_conj(toks: list[Tok], a: int, b: int) -> bool:
    """True when tokens [a, b) hold no word but «و»."""
    return all(not toks[k].word or toks[k].form == "و" for k in range(a, b))


def _partitive(toks: list[Tok], k: int, W: Words) -> bool:
    """«من» between a number or a quantity word and a head noun of a group («ثلاثة من زعماء»,
    «عدد من عناصر»): some members of the group named next, not where they come from."""
    prev = next((toks[j] for j in range(k - 1, max(-1, k - 3), -1) if toks[j].word), None)
    nxt = next((t for t in toks[k + 1:k + 3] if t.word), None)
    return prev is not None and is_count(prev, W["quantity"]) \
        and nxt is not None and has(nxt, W["head"])


def _counted_members(toks: list[Tok], k: int, W: Words) -> int:
    """Where a count of members opens when «من» at k stands right after it and right before the group,
    the count opening its clause or following «أن», «وكان» («أن 13 عنصرا من الحوثيين», «وكان 5 من
    الحوثيين», «أن نحو 390 مقاتلا كرديا من الحزب»): some of the group, which stays its clause's party
    (the subject); -1 when no such count stands there."""
    lo = max(0, k - 5)
    if any(toks[j].form in CLAUSE_END for j in range(lo, k)):
        return -1
    ks = [j for j in range(lo, k) if toks[j].word][-3:]
    ws = [toks[j] for j in ks]
    counted = [is_count(t, W["quantity"]) for t in ws]
    first = -1
    if counted and counted[-1]:
        first = ks[-1]  # «5 من», «العشرات من»
    elif len(ws) >= 2 and counted[-2] and _member_word(ws[-1], W):
        first = ks[-2]  # «13 عنصرا من»
    elif len(ws) == 3 and counted[0] and _member_word(ws[1], W) and ws[2].form.endswith(("يا", "يين", "يون")):
        first = ks[0]  # «390 مقاتلا كرديا من»
    while first > lo and toks[first - 1].word and has(toks[first - 1], W["quantity"]):
        first -= 1  # «نحو 390»: «نحو» is about, not towards
    j = first - 1
    while j >= 0 and not toks[j].word and toks[j].form not in CLAUSE_END:
        j -= 1
    if first >= 0 and j >= 0 and toks[j].word and not (toks[j].form in W["comp"] or has(toks[j], W["filler"])):
        return -1  # «اختطاف ثلاثة من المستوطنين»: the count is a deed's object, the group no subject
    return first


def _member_word(t: Tok, W: Words) -> bool:
    """An indefinite noun for members of a group («عنصرا», «مقاتلا», «مسلحا»)."""
    return not t.form.startswith("ال") and (has(t, W["head"]) or has(t, W["members"]))


def member_noun(t: Tok, W: Words) -> bool:
    """A head noun of a body or a noun for its members («وفد», «قياديا», «عضوا»), an indefinite one in
    the dual or the oblique plural too («عنصرين», «عضوان», «قياديين»; not «منزل القياديين في الجماعة»)."""
    nouns = W["head"] | W["members"]
    return has(t, nouns) or (not t.form.lstrip("وف").startswith("ال") and any(
        r[:-2] in nouns for r in t.reads if len(r) > 4 and r.endswith(("ين", "ان"))))


def _after_head(toks: list[Tok], k: int, W: Words, reach: int = 2, members: bool = False) -> bool:
    """True when a head noun («وفد», «مسؤول») stands within `reach` words before token k; with `members`,
    a members' noun no number counts too («عنصرين من», «مسلحا من»: `member_noun`; not «لقي 12 مسلحا من
    ميليشيات …»: some of the group, counted, `_counted_members`'s)."""
    n = 0
    j = k - 1
    while j >= 0 and n < reach:
        if toks[j].word:
            if has(toks[j], W["head"]):
                return True
            if members and member_noun(toks[j], W):
                p = j - 1
                while p >= 0 and not toks[p].word:
                    p -= 1
                return not (p >= 0 and is_count(toks[p], W["quantity"]))
            n += 1
        elif toks[j].form in CLAUSE_END:
            return False
        j -= 1
    return False


def glued_prefix(text: str, toks: list[Tok], g: Group, entities_by_tok: list[Mention]) -> str:
    """What is glued before the group's first mention in its token («و», «ب», «لل»), folded."""
    ent = next((e for s, _, e in entities_by_tok if s == g.first), None)
    if ent is None:  # «لعائلة الدوابشة»: a kinship phrase opens the group, its proclitic is the group's
        f = toks[g.first].form
        return f[0] if len(f) > 1 and f[0] in "وفبل" and f[1:] in _KIN | _MEMBERS else ""
    t = toks[g.first]
    if ent.start <= t.start:  # «للسفير الهندي»: a role mention that carries its own لـ
        return "ل" if fold(ent.text).startswith("لل") else ""
    return fold(text[t.start:ent.start])


def l_marked(toks: list[Tok], g: Group, W: Words, glued: bool = True) -> bool:
    """True when «لـ» marks the group: glued to it (unless `glued` is off) or to a title right
    before it («للعقيد حسان»)."""
    if glued and g.glued.lstrip("وف")[:1] == "ل":
        return True
    for k in clause_words(toks, g.first - 1, -1, 4, CLAUSE_END, back=True):  # back through the title chain
        t = toks[k]  # («لجلالة الملك»)
        title = has(t, W["title"]) or (t.form.startswith("لل") and "ال" + t.form[2:] in W["title"])
        if not title and not has(t, W["honorific"]):
            return False
        if t.form.startswith("ل") and not t.form.startswith("ال"):
            return True
    return False


def clause_initial(toks: list[Tok], lo: int, first: int, groups: list[Group],
                   W: Words) -> bool:
    """True when only fillers («و», «كما», «وكانت»), titles (and «السابق», «المخلوع» after them), places
    and other mentions stand between the clause start `lo` and a subject candidate starting at `first` (SVO)."""
    inside = {k for g in groups if g.last <= first for k in range(g.first, g.last)}
    k = first - 1
    while k >= lo and not toks[k].word:
        k -= 1
    count = _counted_members(toks, k, W) if k >= lo and has(toks[k], W["prep_from"]) else -1
    inside.update(range(count, first) if count >= 0 else ())  # «أن نحو 390 مقاتلا من الحزب قتلوا»
    for k in range(lo, first):
        t = toks[k]
        if not t.word or k in inside:
            continue
        if not (has(t, W["filler"]) or has(t, W["title"]) or has(t, W["head"]) or has(t, W["prep_loc"])
                or has(t, W["place"]) or t.form.lstrip("و") in PROFESSIONS  # «وكان الصحفي فلان قد اعتقل»
                or has(t, W["former"])):  # «والرئيس المخلوع، علي عبدالله صالح، قامت»
            return False
    return True


def titles_only(toks: list[Tok], a: int, b: int, W: Words, person: bool = False) -> bool:
    """True when the words in [a, b) are all titles (or heads) that may precede a name; before a
    person's name (`person`) also the definite words of the body a title is of, adjectives or a
    noun after «لـ» («رئيس المجلس الوطني الكردستاني زبير ايدار», «رئيس الهيئة العامة للطيران المدني
    سليمان الحمدان»), where a nisba place after them would be the body's own."""
    ws = without_portfolio([toks[k] for k in range(a, b) if toks[k].word], W)
    if len(ws) > 6:
        return False
    body = False
    for t in ws:
        if has(t, W["title"]) or has(t, W["head"]) or (person and has(t, W["org_head"])):
            body = person and (has(t, W["org_head"]) or (body and t.form.startswith("ال")))  # «الهيئة العامة»
        elif not (body and t.form.startswith(("ال", "لل"))):
            return False
    return True


PORTFOLIO = frozenset(("لشوون", "للشوون", "لشيون", "للشيون"))  # folded «لشؤون», «للشؤون», «لشئون»


def without_portfolio(ws: list[Tok], W: Words) -> list[Tok]:
    """The words of a title without the portfolio a title is for: «لشؤون» right after a title word and
    the definite words after it («المفوض الأوروبي لشؤون التوسيع», «وزير الدولة للشؤون الخارجية»)."""
    out: list[Tok] = []
    pending: Tok | None = None  # «لشؤون» waiting for a definite noun after it
    inside = False
    for t in ws:
        if pending is not None:
            if t.form.startswith("ال"):  # its noun («التوسيع»), not a name («لشؤون فلسطين»)
                inside = True
            else:
                out.append(pending)
            pending = None
            if inside:
                continue
        if t.form in PORTFOLIO and out and (has(out[-1], W["title"]) or has(out[-1], W["head"])
                                             or out[-1].form.startswith("ال")):
            pending, inside = t, False
        elif not (inside and t.form.startswith("ال")):  # its adjectives («للشؤون الخارجية»)
            inside = False
            out.append(t)
    if pending is not None:
        out.append(pending)
    return out


def names_of(gs: list[Group]) -> list[str]:
    """The names of the groups, in order, each once."""
    return list(dict.fromkeys(n for g in gs for n in g.names))


VISIT_REACH = 7  # words between a visit word and the place visited («زيارة للرئيس النيجيري محمد بخاري إلى واشنطن»)


def visited(toks: list[Tok], g: Group, a: int, W: Words) -> bool:
    """True when a place group is what a visit went to: a visit word («زيارة», «جولته») stands up to
    VISIT_REACH words before it in its clause («خلال زيارته إلى موسكو», «أثناء زيارتهما روسيا»)."""
    return bool(g.place) and word_before(toks, a, g.first, W["visit"], VISIT_REACH)




def _quoted_bodies(toks: list[Tok], ents: list[Mention], W: Words) -> list[Mention]:
    """A bare body head («منظمة», «حركة») right before a quoted name that is a mention of its own
    («منظمة «هيومان رايتس ووتش»»): one mention of the named body, from the head on."""
    if not any(e - s == 1 and ent.label == "ORG" for s, e, ent in ents):
        return ents
    out: list[Mention] = []
    skip = -1
    by_start = {s: (s, e, ent) for s, e, ent in ents}
    for s, e, ent in ents:
        if s == skip:
            continue
        if e - s == 1 and ent.label == "ORG" and has(toks[s], W["org_head"]):
            k = e
            while k < len(toks) and toks[k].form in QUOTE_MARKS:
                k += 1
            if k > e and k in by_start:
                out.append((s, by_start[k][1], by_start[k][2]))
                skip = k
                continue
        out.append((s, e, ent))
    return out

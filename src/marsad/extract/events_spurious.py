"""Trigger readings that only the sentence around a trigger tells apart from an event (precision).

`aimed_not_attacked`: «استهدف» and «استهداف» are an attack only where the sentence or the one before it
speaks of arms, fighting or armed men (the `force` words of `event_words.tsv`); elsewhere they aim at an audience, a
market or a goal («المصمم يستهدف الطبقات المتوسطة», «يتم استهداف التجمعات غير المجدية تجاريا»).
`hosted_many`: «استقبل» with a counted object received or hosted many (applications, refugees, visitors),
it met no guest («استقبلت ألمانيا العام الماضي 175 ألف طلب لجوء»).
`viewed_not_briefed`: «اطلع X على» with one party before «على» is the viewing verb (اطّلع: he saw, was
shown), not «أطلع X Y على» (he briefed Y): no meeting («اطلع الوفد على سير العمل في المشروع»).
`supports_a_thing`: a bare «يدعم» whose object is a plain noun of no party backs a thing (a network, a
feature, a view), not a party («دعمت الشركة منظومة التوزيع», «يدعم الجهاز تبديل الغطاء»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import SENT_END, Tok, clause_of, has
from marsad.extract.events_triggers import Hit

_TARGETED = norm("ستهدف")  # the stem of «استهدف», «تستهدف», «استهداف», «يستهدفون»
_TARGETING = norm("ستهداف")


def targeting_word(tok: Tok) -> bool:
    """True when a reading of the token is a form of «استهدف» or its verbal noun «استهداف»."""
    return any(_TARGETED in r or _TARGETING in r for r in tok.reads)


def sentence_before(toks: list[Tok], a: int) -> int:
    """The first token of the sentence before the one that starts at token a (a when none)."""
    k = a - 1
    while k > 0 and not (toks[k - 1].form in SENT_END and not toks[k - 1].word):
        k -= 1
    return max(k, 0)


def speaks_of_force(toks: list[Tok], a: int, b: int, W: Words) -> bool:
    """True when the sentence [a, b) or the one before it (a list item goes on with the item before it:
    «– استهداف دورية أمنية … – استهداف مقيم …») holds a word of arms, fighting or armed men
    («بالصواريخ», «غارة», «المسلحين», «قوات»)."""
    return any(toks[k].word and has(toks[k], W["force"]) for k in range(sentence_before(toks, a), b))


_VIOLENT = frozenset(("ASSAULT", "FIGHT", "COERCE", "CRIME"))


def aimed_not_attacked(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], W: Words) -> bool:
    """An ASSAULT told only by «استهدف»/«استهداف» in a sentence with no word of force and no other deed of
    force among its triggers `found`: aimed at an audience, a market or a goal, not attacked («الجهاز
    يستهدف الاستخدام الشخصي»); not the charge of an accusation («اتهمت الوحدات تركيا باستهدافها»), nor
    beside a deed («مدارس دمرت … استهدفها التنظيم»), which tell of an attack."""
    return h.trig.type == "ASSAULT" and targeting_word(toks[h.first]) and not speaks_of_force(toks, a, b, W) \
        and not any(x is not h and x.trig.type in _VIOLENT and not targeting_word(toks[x.first]) for x in found) \
        and not any(toks[k].word and has(toks[k], W["charge"]) for k in range(a, h.first))  # «اتهمت … باستهدافها»


_RECEIVED = norm("ستقبل")  # the stem of «استقبل», «يستقبل», «تستقبل»
COUNT_REACH = 12  # words after «استقبل» searched for a count of what it received


def counted_object(toks: list[Tok], h: Hit, hi: int, covered: set[int], W: Words) -> bool:
    """True when a count (a figure or a word of `count`) follows the trigger within its clause (ending
    at `hi`), with at most the subject named between («استقبلت تركيا آنذاك قرابة 170 لاجئا»)."""
    seen = 0
    names = 0
    k = h.last
    while k < hi and seen < COUNT_REACH:
        t = toks[k]
        if t.word:
            seen += 1
            if k in covered:
                names += k == h.last or k - 1 not in covered  # the first token of each name
                if names > 1:
                    return False
            elif any(c.isdigit() for c in t.form) or has(t, W["count"]):
                return True
        k += 1
    return False


def hosted_many(toks: list[Tok], h: Hit, hi: int, covered: set[int], W: Words) -> bool:
    """A meeting told by the verb «استقبل» whose object is counted: many applications, refugees or visitors
    received or hosted, no guest met («استقبلت الجوازات أكثر من 70 ألف زائر»)."""
    return h.trig.type == "CONSULT" and h.trig.pos == "v" and any(_RECEIVED in r for r in toks[h.first].reads) \
        and counted_object(toks, h, hi, covered, W)


_SUPPORTED = norm("دعم")  # the stem of «يدعم», «تدعم», «دعمت»
_OBJECT_SUFFIXES = tuple(norm(s) for s in ("ه", "ها", "هم", "هما", "هن", "نا", "كم"))
_SUBJECT_PRONOUN = frozenset(norm(w) for w in ("هو", "هي", "هم", "الآخر", "الأخرى", "أيضا", "بدوره", "بدورها"))


def object_pronoun(tok: Tok) -> bool:
    """True when a pronoun is glued after «دعم» in the token («يدعمها», «دعمته»)."""
    form = tok.form
    at = form.find(_SUPPORTED)
    return at >= 0 and form[at + len(_SUPPORTED):].lstrip("ت").startswith(_OBJECT_SUFFIXES)


def thing_supported(toks: list[Tok], h: Hit, hi: int, found: list[Hit], covered: set[int], W: Words) -> bool:
    """True when the first word after a bare «يدعم» that is neither a name nor a pronoun of its subject
    («دعمت شركة المياه منظومة …», «كما أنه يدعم تبديل …») is a plain noun of no party: a thing supported.
    A deed named there or right after it (`found`: the sentence's triggers) is a policy backed («يدعم شن
    الضربات»), no thing."""
    k = h.last
    named = False
    while k < hi and (not toks[k].word or k in covered or has(toks[k], _SUBJECT_PRONOUN)):
        named = named or k in covered
        k += 1
    if k >= hi or not toks[k].word:
        return False
    t = toks[k]
    if any(k <= x.first <= k + 1 for x in found):
        return False
    if named and (t.form.startswith("و") or has(t, W["prep_any"]) or has(t, W["relative"])):
        return False  # «يدعم ميشيل بلاتيني في مساعيه», «تدعم قوات المعارضة التي …»: the name was the object
    party = ("bodies", "people", "crew", "party_head", "partitive", "prep_any", "demonstrative", "title", "unnamed",
             "relative", "comp")
    return not any(has(t, W[c]) for c in party) and not any(c.isdigit() for c in t.form)


def supports_a_thing(toks: list[Tok], h: Hit, hi: int, found: list[Hit], covered: set[int], W: Words) -> bool:
    """A bare verb «يدعم» (no pronoun for its object) followed by a plain noun of no party: it backs a
    thing (a network, a feature, a view), not a party («دعمت الشركة منظومة التوزيع»), no SUPPORT event."""
    tok = toks[h.first]
    return h.trig.type == "SUPPORT" and h.trig.pos == "v" and h.last - h.first == 1 \
        and any(_SUPPORTED in r for r in tok.reads) and not object_pronoun(tok) \
        and thing_supported(toks, h, hi, found, covered, W)


_BRIEFED = norm("طلع")  # the stem of «اطلع», «أطلع», «يطلع»
_MEETING = frozenset(norm(w) for w in (
    "اتصال", "الاتصال", "اتصاله", "لقاء", "اللقاء", "لقائه", "اجتماع", "الاجتماع", "اجتماعه", "مباحثات",
    "المباحثات", "محادثات", "المحادثات", "استقباله", "هاتفي", "هاتفيا"))
_TITLE_WORDS = ("bare_title", "person_title", "honorific")  # «نائب وزير …», «الملك سلمان»: one party
_BODY_WORDS = ("crew", "people", "party_head", "unnamed", "org_head")


def parties_before(toks: list[Tok], lo: int, hi: int, covered: set[int], W: Words) -> int:
    """The number of parties named in tokens [lo, hi): a title or a body word opens one unless it goes on
    a title («الملك سلمان», «نائب وزير الخارجية»), even inside a name run («مدني الوزير البنغلاديشي»: two);
    other name tokens open one outside a run; a definite word after a party is its adjective
    («الوزير البنغلاديشي»); «أطلعت المنظمة السلطات» names two."""
    n = 0
    inside = False
    after_title = False
    for k in range(lo, hi):
        t = toks[k]
        if not t.word:
            inside = after_title = False
            continue
        title = any(has(t, W[c]) for c in _TITLE_WORDS)
        if title or any(has(t, W[c]) for c in _BODY_WORDS):
            n += not after_title
        elif k in covered:
            n += not inside
        else:
            inside = inside and t.form.startswith("ال")
            after_title = False
            continue
        inside, after_title = True, title
    return n


NEXT_REACH = 5  # words at the head of the next sentence searched for the call or meeting it sets the deed in


def viewed_not_briefed(toks: list[Tok], h: Hit, b: int, covered: set[int], W: Words) -> bool:
    """A meeting told by «اطلع … على» with at most one party named before «على»: the viewing verb
    (اطّلع, «اطلع الوفد على سير العمل»), no briefing of a second party («أطلع مدني الوزير على …»), nor
    at a call or meeting, told in its clause or at the head of the next sentence (`b`: where it starts;
    «اطلع الملك خلال الاتصال على», «… جاء ذلك خلال اتصال هاتفي»)."""
    if h.trig.type != "CONSULT" or h.trig.pos != "v" or not h.used:
        return False
    if not any(r.endswith(_BRIEFED) or r.endswith(_BRIEFED + "ت") for r in toks[h.first].reads):
        return False
    on = min(h.used)
    then = [k for k in range(b, min(len(toks), b + 2 * NEXT_REACH)) if toks[k].word][:NEXT_REACH]
    if any(toks[k].word and has(toks[k], _MEETING) for k in [*range(h.last, on), *then]):
        return False  # «واطلع الملك خلال الاتصال على …», «… جاء ذلك خلال اتصال هاتفي»: briefed at a call
    return parties_before(toks, h.last, on, covered, W) <= 1


def wrong_sense(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], covered: set[int],
                W: Words) -> bool:
    """True when the trigger `h` of the sentence [a, b) is read in a sense that tells no event: aimed at,
    not attacked; many hosted, no guest met; a thing backed, no party; a thing viewed, no one briefed
    (`found`: every trigger of the sentence; `covered`: tokens of names)."""
    hi = clause_of(toks, a, b, h.first)[1]
    return aimed_not_attacked(toks, a, b, h, found, W) or hosted_many(toks, h, hi, covered, W) \
        or supports_a_thing(toks, h, hi, found, covered, W) \
        or viewed_not_briefed(toks, h, b, covered, W)

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
`died_not_killed`: a death, a burning, a blast or a ruin told with a word of attack in a sentence of fire,
flood, accident or disease and of no arms: nobody attacked («قتل رجل إطفاء نتيجة حريق هائل»).
`achieving_sought`: «تحقيق» after a verb of striving is achieving, not investigating («التطلعات التي تسعى
الوزارة لتحقيقها في قضاء التنفيذ»).
`approved_at_home`: «وافق … على» an appointment, a founding or another step of a body's own business
approves it, agrees with no party («وافق مجلس الوزراء على تعيينات بالمرتبة الخامسة عشرة»).
"""

from __future__ import annotations

from marsad.extract.events_aimed_things import aimed_at_a_goal, aimed_at_a_thing, aimed_at_an_audience
from marsad.extract.events_asked_parties import unnamed_asker
from marsad.extract.events_danger import endangers
from marsad.extract.events_figurative import figurative_force
from marsad.extract.events_generic import tells_no_deed
from marsad.extract.events_generic_topics import generic_deed
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_missed_triggers import control_not_taken
from marsad.extract.events_no_deed import no_deed_done
from marsad.extract.events_nonevents import no_event_told
from marsad.extract.events_retreat_senses import no_retreat_or_buildup
from marsad.extract.events_site_owner import hit_site_of_country
from marsad.extract.events_tokens import SENT_END, Tok, clause_of, has, word_before
from marsad.extract.events_topic_frames import topic_frame
from marsad.extract.events_topic_mentions import topic_mention
from marsad.extract.events_triggers import Hit
from marsad.extract.events_visited_back import visited_site_back

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


def aimed_not_attacked(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], W: Words,
                       covered: set[int]) -> bool:
    """An ASSAULT told only by «استهدف»/«استهداف» in a sentence with no word of force and no other deed of
    force among its triggers `found`: aimed at an audience, a market or a goal, not attacked («الجهاز
    يستهدف الاستخدام الشخصي»); not the charge of an accusation («اتهمت الوحدات تركيا باستهدافها»), nor
    beside a deed («مدارس دمرت … استهدفها التنظيم»), which tell of an attack."""
    if aimed_at_a_goal(toks, b, h, found, W["force"], covered):
        return True  # «التحركات تستهدف تشكيل تحالف»: a goal, whatever words of force stand around
    if aimed_at_an_audience(toks, b, h):
        return True  # «تستهدف داعش النشء العربي»: recruits sought, whatever words of force stand around
    return h.trig.type == "ASSAULT" and targeting_word(toks[h.first]) and not speaks_of_force(toks, a, b, W) \
        and not any(x is not h and x.trig.type in _VIOLENT and not targeting_word(toks[x.first]) for x in found) \
        and not any(toks[k].word and has(toks[k], W["charge"]) for k in range(a, h.first)) \
        and not hit_site_of_country(toks, h, b, covered, W)  # «اتهمت … باستهدافها», «استهداف موقع إسرائيلي»


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


_BY = norm("ب")


def _by_means(tok: Tok) -> bool:
    """True when the token is a word with «بـ» glued on («بالمال», «بالأسلحة»): the means of the backing."""
    return tok.form.startswith(_BY) and any(r != tok.form and tok.form.endswith(r) and len(r) > 2
                                            for r in tok.reads)


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
    if named and (t.form.startswith("و") or has(t, W["prep_any"]) or has(t, W["relative"]) or _by_means(t)):
        return False  # «يدعم ميشيل بلاتيني في مساعيه», «تدعم قوات المعارضة التي …», «تدعم إيران الحوثي بالمال»:
        # the name was the object
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


INCIDENTS = ("حوادث", "الحوادث", "حادث", "الحادث", "حادثة", "الحادثة")  # a mishap, unless a deed follows
_INCIDENT = frozenset(norm(w) for w in INCIDENTS)
_HARM_STEMS = tuple(norm(w) for w in ("قتل", "صرع", "حرق", "حترق", "دمر", "دمار", "نفجر"))
_MISHAP = frozenset(norm(w) for w in (
    "حريق", "حريقا", "الحريق", "حرائق", "الحرائق", "غرقا", "غرق", "الغرق", "غريقا", "صعقا", "صعق", "صاعقة",
    "الصاعقة", "صواعق", "سيول", "السيول", "سيل", "السيل", "فيضان", "فيضانات", "الفيضانات", "الفيضان", "زلزال",
    "الزلزال", "زلازل", "إعصار", "الإعصار", "انهيار", "مروري", "مرورية", "المروري", "تصادم", "اصطدام", "المرض",
    "مرض", "وباء", "الوباء", "فيروس", "الجوع", "جوعا", "التماسيح", "تمساح", "العقوم", "الأمطار", "أمطار",
    # an outbreak, an illness or an accident named as the cause («تفشيا فتاكا لداء … قتل أربعة أشخاص»,
    # «سلسلة حوادث شبيهة أدت إلى مقتل»); a word of arms in the sentence or the one before keeps an attack
    "داء", "الداء", "تفشي", "تفشيا", "التهاب", "الالتهاب", *INCIDENTS))


_TOLL = frozenset(norm(w) for w in (  # words of `force` that a fire or a flood also has: its toll, its flames
    "مقتل", "قتل", "قتلى", "قتيل", "جرحى", "جريح", "إصابة", "انفجار", "انفجارات", "استشهاد", "شهيد", "شهداء",
    "النار", "نار", "نيران"))
_SHOT = frozenset(norm(w) for w in ("إطلاق", "أطلق", "أطلقوا", "بإطلاق"))  # «إطلاق النار»: shooting


def speaks_of_arms(toks: list[Tok], a: int, b: int, W: Words) -> bool:
    """True when the sentence [a, b) holds a word of arms, fighting or armed men other than a toll or
    flames («مسلحين», «غارة», «الجيش»; not «قتلى», «النيران»), or a shot fired («إطلاق النار»)."""
    arms = W["force"] - _TOLL
    return any(toks[k].word and (has(toks[k], arms) or has(toks[k], _SHOT)) for k in range(a, b))


def harm_word(tok: Tok) -> bool:
    """True when the token tells a death, a burning, a blast or a ruin, not the deed of an attacker
    («مقتل», «مصرعهم», «أحرق», «دمر», «انفجار»; «تفجير» and «هجوم» are deeds)."""
    return any(stem in r for r in tok.reads for stem in _HARM_STEMS)


def died_not_killed(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], W: Words) -> bool:
    """An ASSAULT told only by words of death or ruin (`harm_word`) in a sentence that, with the one before
    it, names a fire, a flood, an accident or a disease and no arms or armed men: a death by mishap or
    nature, no attack («قتل رجل إطفاء نتيجة حريق هائل», «اندلع حريق في مصنع. وأدى إلى مقتل عاملين», «تفشيا فتاكا
    لداء … قتل أربعة», «سلسلة حوادث شبيهة أدت إلى مقتل»); an incident word before a deed («حادث قتل») is none.
    A deed of attack among the sentence's triggers `found` («إضرام», «تفجير», «هجمات») or a word of force
    keeps it."""
    before = sentence_before(toks, a)
    return h.trig.type == "ASSAULT" and harm_word(toks[h.first]) \
        and any(toks[k].word and has(toks[k], _MISHAP) and not _incident_of_deed(toks, k, b)
                for k in range(before, b)) \
        and not speaks_of_arms(toks, before, b, W) \
        and all(harm_word(toks[x.first]) for x in found if x.trig.type in _VIOLENT)


def _incident_of_deed(toks: list[Tok], k: int, b: int) -> bool:
    """True when an incident word names a deed after it («حادث قتل», «حوادث الاعتداء»), not a mishap."""
    if not has(toks[k], _INCIDENT):
        return False
    nxt = next((t for t in toks[k + 1:b] if t.word), None)
    return nxt is not None and (harm_word(nxt) or any(stem in r for r in nxt.reads for stem in _DEED_STEMS))


_DEED_STEMS = tuple(norm(w) for w in ("طعن", "اعتداء", "خطف", "اختطاف", "اغتيال", "إطلاق", "اطلاق", "تفجير", "سطو"))


_APPROVED = norm("وافق")  # the stem of «وافق», «يوافق», «ووافقت»
_ON = norm("على")
_OWN_BUSINESS = frozenset(norm(w) for w in (
    "تعيين", "تعيينات", "ترقية", "ترقيات", "إنشاء", "إنشائه", "إنشائها", "تأسيس", "اعتماد", "صرف", "تخفيض",
    "خفض", "تمديد", "تجديد", "تسمية", "مشاركة", "الميزانية", "ميزانية", "اللائحة", "لائحة", "منح", "إقامة",
    "تشكيل", "إدراج", "استحداث", "تفويض", "ترخيص"))


def approved_at_home(toks: list[Tok], h: Hit, hi: int) -> bool:
    """An AGREE told by the verb «وافق» whose first «على» in its clause (ending at `hi`) opens an
    appointment, a founding, a grant, a mandate or another step of the body's own business: an approval, no
    agreement with a party («وافق مجلس الوزراء على تعيين …», «وافق الرئيس العام على مشاركة المنتخب»)."""
    if h.trig.type != "AGREE" or h.trig.pos != "v" or not any(r.endswith(_APPROVED) for r in toks[h.first].reads):
        return False
    on = next((k for k in range(h.last, hi) if toks[k].word and toks[k].form == _ON), None)
    if on is None:
        return False
    nxt = next((k for k in range(on + 1, hi) if toks[k].word), None)
    return nxt is not None and has(toks[nxt], _OWN_BUSINESS)


_ACHIEVED = norm("حقيق")  # «تحقيق», «لتحقيقها», «التحقيق»
_STRIVING = frozenset(norm(w) for w in (
    "يسعى", "تسعى", "نسعى", "يسعون", "سعيا", "يهدف", "تهدف", "نهدف", "يهدفون", "بهدف", "الرامية", "الرامي",
    "الهادفة", "الهادف", "يطمح", "تطمح", "نطمح", "يتطلع", "تتطلع", "نتطلع"))
STRIVING_REACH = 3  # words before «تحقيق» searched for a verb of striving


def achieving_sought(toks: list[Tok], a: int, h: Hit) -> bool:
    """An INVESTIGATE told by the verbal noun «تحقيق» right after a verb of striving (within
    `STRIVING_REACH` words, in its clause): what is striven for is achieved, not investigated («التطلعات
    التي تسعى الوزارة لتحقيقها في قضاء التنفيذ»)."""
    return h.trig.type == "INVESTIGATE" and any(_ACHIEVED in r for r in toks[h.first].reads) \
        and word_before(toks, a, h.first, _STRIVING, STRIVING_REACH)


def wrong_sense(toks: list[Tok], a: int, b: int, h: Hit, found: list[Hit], covered: set[int],
                W: Words) -> bool:
    """True when the trigger `h` of the sentence [a, b) is read in a sense that tells no event: aimed at,
    not attacked; many hosted, no guest met; a thing backed, no party; a thing viewed, no one briefed
    (`found`: every trigger of the sentence; `covered`: tokens of names); a death by mishap, no attack; a
    body's own business approved, no agreement; a goal striven for, not investigated; control lost, sought
    or weighed, not seized (`events_missed_triggers`); an abstract thing hit
    or called up, a figure of speech, a description, a deed of «whoever does it» (`events_generic`); a deed
    named as a risk, a topic, a kind, a fear or a condition (`events_topic_mentions`); a noun «طلب» reaching a far
    «من» over words that name no one (`events_asked_parties`); an inquiry cited, a public's praise, a habit or
    what a document says, a work's plot, a feast's greetings (`events_nonevents`); a deed wondered about or
    timed, sport news, a visit to a site, backing of whoever, a launch approved, dealings in general, a reading
    of what will be, history (`events_no_deed`); a deed of force done by a fact, a force or a beast
    (`events_figurative`); a kind of deed likened, repeated or suffered in general (`events_generic_topics`); a
    body's remit, a counted noun, a danger posed, a creed's truth, a polled view, a thing achieved
    (`events_topic_frames`); a peril named by «تهديد»/«يهدد», not a threat made (`events_danger`); a lifting in
    prospect, a release asked, a pact left, a political manoeuvre, a hospital's alert, reinforcements struck
    (`events_retreat_senses`); a site or a web page visited, named before a visit verb's pronoun
    (`events_visited_back`); an attack word aimed at a thing at stake, said of any attack or used as a verdict
    (`events_aimed_things`)."""
    hi = clause_of(toks, a, b, h.first)[1]
    return aimed_not_attacked(toks, a, b, h, found, W, covered) or hosted_many(toks, h, hi, covered, W) \
        or supports_a_thing(toks, h, hi, found, covered, W) \
        or viewed_not_briefed(toks, h, b, covered, W) or died_not_killed(toks, a, b, h, found, W) \
        or approved_at_home(toks, h, hi) or achieving_sought(toks, a, h) \
        or control_not_taken(toks, a, h, W) or tells_no_deed(toks, a, b, hi, h, found, covered, W) \
        or topic_mention(toks, a, h) or unnamed_asker(toks, h, covered, W) or no_event_told(toks, a, b, h, covered) \
        or no_deed_done(toks, a, b, h, covered) or figurative_force(toks, a, h, covered) \
        or generic_deed(toks, a, b, h, covered) or topic_frame(toks, a, b, h) or endangers(toks, a, b, h) \
        or no_retreat_or_buildup(toks, a, b, h, found, covered, W) \
        or visited_site_back(toks, a, b, h) \
        or aimed_at_a_thing(toks, a, b, h)  # «جريمة تستهدف زعزعة أمن المملكة», «أي اعتداء»: no attack told

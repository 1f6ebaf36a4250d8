"""Wrong targets: a party's own office named in its title.

- «أدان الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب العمل الإرهابي», «دعا مبارك العصيمي المتحدث
  الرسمي لوزارة التعليم الطلاب إلى …»: the definite title right after a person's name, with «لـ» on the
  body it heads, is the person's own title (an apposition): the body is whose title it is, no target of
  what the person does (`own_title_body`). A title with a name of its own after it («استقبل الملك الأمين
  العام للأمم المتحدة بان كي مون») or a sentence that tells a meeting, a gift or praise, whose object is
  often a titled person, is left alone.
- «دعا إسماعيل هنية رئيس حركة حماس إلى …»: a title in construct after a person's name names his own
  organisation; when he is the source, it is no target of his (`own_sides`, `not_own_side`). So does a
  ruler's or minister's title («تميم بن حمد أمير دولة قطر», «محلب، رئيس الوزراء المصري»): his own country. As the
  object of a meeting («استقبل X Y رئيس حركة حماس») it stays: only the source's own side is dropped. The title
  may be one of titles («نائب رئيس المكتب السياسي لحماس», «رئيس إقليم كردستان»), a place right after the body
  named is his too («رئيس إقليم كردستان العراق»), and a person's title set off by commas («أحمد الطيب، شيخ
  الأزهر، …») is the man himself.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_phrases import opens_clause
from marsad.extract.events_tokens import SENT_END, Tok, has, next_word
from marsad.extract.events_triggers import Hit

_TITLE = frozenset(norm(w) for w in (
    "رئيس", "الرئيس", "مدير", "المدير", "أمين", "الأمين", "متحدث", "المتحدث", "ناطق", "الناطق", "رسمي",
    "الرسمي", "عام", "العام", "التنفيذي", "المشرف", "مشرف", "محافظ", "المحافظ", "وكيل", "الوكيل",
    "مساعد", "المساعد", "نائب", "المستشار", "عميد", "العميد", "المفوض", "رئيسة", "مديرة", "الأعلى",
    "فضيلة", "سماحة", "فخامة", "جلالة", "معالي", "سعادة", "سمو", "القاضي", "قاضي", "سكرتير", "نقيب", "الشيخ",
    "الدكتور", "المهندس", "اللواء", "العقيد", "الفريق"))
TITLE_WORDS = 3  # words of a title between a person's name and the body it heads
# types whose object is often a titled person: a title after a name there may be that object
_PERSON_OBJECT = frozenset(("CONSULT", "SUPPORT", "AID", "COOPERATE", "AGREE"))


def title_word(t: Tok, W: Words) -> bool:
    """True when the token is a word of a title («الرئيس», «العام», «المتحدث», «الرسمي»)."""
    return t.word and (t.form in _TITLE or has(t, _TITLE) or has(t, W["title"]))


def own_title_body(toks: list[Tok], groups: list[Group], i: int, hits: list[Hit], W: Words) -> bool:
    """True when group i is the body of the definite title right after the person of group i-1
    («عبدالله بن مساعد الرئيس العام لرعاية الشباب»): the person's own office, never a target."""
    if i == 0:
        return False
    g, prev = groups[i], groups[i - 1]
    if not prev.person or g.person or g.is_loc or not toks[g.first].form.startswith("ل"):
        return False
    between = list(range(prev.last, g.first))
    if not 1 <= len(between) <= TITLE_WORDS or not all(title_word(toks[k], W) for k in between):
        return False
    if not toks[between[0]].form.startswith("ال"):
        return False  # «استقبل X رئيس الوزراء …»: a construct title is as often the object
    if any(n.first == g.last and n.person for n in groups):
        return False  # «الأمين العام للأمم المتحدة بان كي مون»: the title of the name after it
    return not any(h.trig.type in _PERSON_OBJECT for h in hits)


_PORTFOLIO = frozenset(norm(w) for w in (
    "الداخلية", "الخارجية", "الدفاع", "المالية", "العدل", "الصحة", "التعليم", "الإعلام", "الاقتصاد",
    "التجارة", "العمل", "النفط", "الطاقة", "الثقافة", "الإسكان", "النقل", "الزراعة", "الشؤون"))
_MINISTER = frozenset(norm(w) for w in ("وزير", "وزيرة", "وزيري", "ووزير", "لوزير", "ولوزير", "بوزير",
                                        "فوزير", "ووزيرة", "لوزيرة"))


def minister_portfolio(toks: list[Tok], g: Group) -> bool:
    """True when group g is the bare portfolio of a minister's title («وزير الداخلية بمملكة البحرين»,
    «محمد بن نايف وزير الداخلية»): part of a title, no party by itself (the minister, named before, or
    the country named after it, is)."""
    if not 1 <= g.last - g.first <= 2 or g.person or g.is_loc or toks[g.last - 1].form not in _PORTFOLIO:
        return False
    k = g.last - 2  # the word before the portfolio: in the group («لوزير الداخلية») or right before it
    return k >= 0 and toks[k].word and toks[k].form in _MINISTER


def portfolio_names(toks: list[Tok], groups: list[Group]) -> frozenset[str]:
    """Names only a minister's portfolio gives in the sentence («شكره لوزير الداخلية بمملكة البحرين»:
    «الداخلية»), which no role should hold."""
    titled = {n for g in groups if minister_portfolio(toks, g) for n in g.names}
    other = {n for g in groups if not minister_portfolio(toks, g) for n in g.names}
    return frozenset(titled - other)


# statements whose object is a deed or a stance, seldom a person: a person named after the verb through
# titles only is their subject
_STATEMENT = frozenset(("DISAPPROVE", "DEMAND", "APPEAL", "REJECT"))
SUBJECT_REACH = 30  # tokens between a verb and the name its title chain leads to
_BREAK = frozenset(norm(w) for w in ("أن", "إن", "بأن", "ان", "الذي", "التي", "الذين", "على", "إلى", "عن",
                                     "من", "مع", "ضد", "بعد", "قبل"))


def titled_subject(toks: list[Tok], a: int, h: Hit, hits: list[Hit], groups: list[Group],
                   persons: frozenset[str], source: list[str], target: list[str],
                   W: Words) -> tuple[list[str], list[str]] | None:
    """Source and target of a statement whose verb a title chain follows up to a person («دان أمين سر
    مجلس الأمة الكويتي، عادل الخرافي، العمل», «وأدان القاضي الشيخ عبدالباقي المبارك الجريمة») where the
    rules took the title for the subject and the person for the target: the person said it, and the
    bodies of his title are his own; None when no such chain stands there."""
    if h.trig.type not in _STATEMENT or h.trig.pos != "v" or not opens_clause(toks, a, h.first, W):
        return None
    after = [g for g in groups if h.last <= g.first < h.last + SUBJECT_REACH]
    person = next((g for g in after if g.actor and any(n in persons for n in g.names)), None)
    if person is None or not set(person.names) & set(target) or person.glued or not _title_opens(toks, h, after, W):
        return None  # («يرفض شركاؤنا الأمريكيون … الاعتراف بالأسد»: no title chain, the person is the object)
    if _body_then_office(toks, h, after, person):
        return None  # «وانتقدت حماس رئيس الوزراء بنيامين نتنياهو»: the body speaks, the titled man is the object
    if any(k < person.first for k in h.used):
        return None  # «واستدعى X السفير الأمريكي جون …»: the trigger's own object word names him: he was summoned
    before = [g for g in after if g.first < person.first]
    inside = {k for g in before for k in range(g.first, g.last)}
    for k in range(h.last, person.first):
        t = toks[k]
        if k in inside or t.form in (",", "،"):
            continue
        if not t.word or t.form in SENT_END or t.form in _BREAK or any(x.first == k for x in hits):
            return None
        if not _chain_word(toks, k, W):
            return None  # «وطالب التحالف أنصاره … بعودة الرئيس محمد مرسي»: an object, not a title chain
        if k > h.last and t.form in _OFFICE and not title_word(toks[k - 1], W):
            return None  # «اتهم زعيم الحزب المعارض الرئيس محمد سالم»: a second office, the object's
    j = person.first - 1
    while j > h.last and toks[j].form in (",", "،"):
        j -= 1
    if j < h.last or not (toks[j].form in (",", "،") or title_word(toks[j], W) or toks[person.first - 1].form
                          in (",", "،") or any(g.last == j + 1 and g.actor for g in before)):
        return None  # «بعودة الرئيس المعزول محمد مرسي»: a name no title or comma opens
    named = {n for g in groups for n in g.names}
    mine = {n for g in before for n in g.names}
    if not all(n in mine or n not in named for n in source):
        return None  # a subject named elsewhere («وأدان الوزير … و…»): left to the rules
    who = [n for n in person.names if n in persons]
    for other in _conjoined(toks, person, after, hits, persons, W):
        who += [n for n in other.names if n in persons and n not in who]
    return who, [n for n in target if n not in who and n not in mine]


def _conjoined(toks: list[Tok], person: Group, after: list[Group], hits: list[Hit],
               persons: frozenset[str], W: Words) -> list[Group]:
    """The persons joined to `person` by «و» through titles only («الشيخ عبدالله الفواز، وفضيلة رئيس هيئة
    مدينة الرياض الشيخ عبدالله السلمان»): more subjects of the same verb."""
    out: list[Group] = []
    last = person
    for g in after:
        if g.first < last.last or not g.actor or not any(n in persons for n in g.names):
            continue
        gap = [k for k in range(last.last, g.first) if toks[k].form not in (",", "،")]
        inside = {k for x in after if last.last <= x.first and x.last <= g.first for k in range(x.first, x.last)}
        words = [k for k in gap if k not in inside]
        if not words or not _and(toks[words[0]], W) or any(
                not toks[k].word or toks[k].form in _BREAK or any(x.first == k for x in hits) for k in words):
            break
        out.append(g)
        last = g
    return out


def _title_opens(toks: list[Tok], h: Hit, after: list[Group], W: Words) -> bool:
    """True when a title or a role group stands right after the verb at `h` («دان أمين سر …», «وأدان
    القاضي الشيخ …»)."""
    k = h.last
    while k < len(toks) and not toks[k].word:
        k += 1
    if k >= len(toks):
        return False
    if any(g.first == k and g.actor and not g.person for g in after):
        return True
    return title_word(toks[k], W) or has(toks[k], W["head"])


def _body_then_office(toks: list[Tok], h: Hit, after: list[Group], person: Group) -> bool:
    """True when a body or party no person names stands right after the verb, and an office in construct
    opens right after it («وانتقدت المعارضة الإسرائيلية رئيس الوزراء بنيامين نتنياهو», «وطالبت حماس الرئيس
    الأمريكي جو بايدن», «وانتقدت السعودية وزير الخارجية الإيراني …»): a second party, the object, not the
    body's officer (that one is «رئيس …» before the body: «رئيس حركة حماس»)."""
    k = next_word(toks, h.last, len(toks))
    body = next((g for g in after if g.first == k), None)
    if body is None or body is person or not body.actor or body.person or body.last >= person.first:
        return False
    return toks[body.last].word and toks[body.last].form in _OFFICE_HEADS


# indefinite offices in construct that open a person's title («رئيس الوزراء», «وزير الدفاع»)
_OFFICE_OPENS = frozenset(norm(w) for w in ("رئيس", "رئيسة", "وزير", "وزيرة", "زعيم", "زعيمة", "قائد", "نائب",
                                            "سفير", "مستشار", "مبعوث", "أمين", "مدير", "حاكم"))


def _and(t: Tok, W: Words) -> bool:
    """True for «و» alone or glued on a title («وفضيلة», «والرئيس»): another subject joined on."""
    if t.form == "و":
        return True
    rest = t.form[1:]
    return t.form.startswith("و") and (rest in _TITLE or rest in W["title"] or rest in W["head"])


# definite titles of an office that open a second person's name (as in `events`)
_OFFICE = frozenset(norm(w) for w in (
    "الرئيس", "الملك", "الأمير", "السلطان", "الوزير", "الوزيرة", "الزعيم", "السفير", "المبعوث", "الأمين"))
_OFFICE_HEADS = _OFFICE_OPENS | _OFFICE  # an office of either kind after a body opens the object's title
_IN = frozenset(norm(w) for w in ("في",))


def _chain_word(toks: list[Tok], k: int, W: Words) -> bool:
    """True for a word a title chain is made of: a title, a noun with the article or a clitic («الجالية»,
    «والأوقاف», «لشؤون», «بمنطقة»), «في», or the head of a construct right after a title («أمين سر»,
    «وكيل وزارة»)."""
    t = toks[k]
    if title_word(t, W) or has(t, W["head"]) or t.form in _IN or t.form[:1] in ("و", "ل", "ب") \
            or t.form.startswith("ال"):
        return True
    return k > 0 and toks[k - 1].word and (title_word(toks[k - 1], W) or has(toks[k - 1], W["head"]))


# words that open a title naming the holder's organisation or country
_LEADS = frozenset(norm(w) for w in (
    "رئيس", "رئيسة", "زعيم", "زعيمة", "أمين", "الأمين", "قائد", "مؤسس", "متحدث", "المتحدث", "ناطق",
    "الناطق", "قيادي", "القيادي", "عضو", "نائب", "مسؤول", "المسؤول", "مرشد", "المرشد", "مدير",
    "أمير", "ملك", "سلطان", "ولي", "وزير", "وزيرة", "حاكم"))
# words that may stand between the opening word and the organisation («الأمين العام لـ», «رئيس المكتب
# السياسي لـ», «المتحدث الرسمي باسم»)
_BETWEEN = frozenset(norm(w) for w in (
    "العام", "عام", "المكتب", "مكتب", "السياسي", "الرسمي", "رسمي", "باسم", "مجلس", "شورى", "الهيئة",
    "هيئة", "التنفيذية", "التنفيذي", "بارز", "البارز", "في", "سابق", "السابق", "الأعلى", "حزب", "حركة",
    "جماعة", "تنظيم", "جبهة", "دولة", "الوزراء", "العهد", "جمهورية", "مملكة", "سلطنة", "إمارة", "الخارجية",
    "الداخلية", "الدفاع", "إقليم", "اقليم", "ولاية", "مقاطعة", "منطقة", "محافظة", "اللجنة", "لجنة", "المجلس"))
_GAP = 4  # most words between the opening word and the organisation
# words that open a one-group title of the man himself, between commas («أحمد الطيب، شيخ الأزهر، …»)
_OWN_TITLE = frozenset(norm(w) for w in ("شيخ", "مفتي", "مرشد", "بطريرك", "إمام", "خطيب", "حاكم", "أمير", "ملك"))
_COMMAS = frozenset((",", "،"))


def own_sides(toks: list[Tok], groups: list[Group], persons: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each person named in the sentence → the names of the organisation (or country) his title right
    after the name gives («هنية رئيس حركة حماس» → {حماس}); a comma may stand between. A title of the
    person named after it («الأمين العام للأمم المتحدة بان كي مون») is that person's, not the first one's."""
    out: dict[str, frozenset[str]] = {}
    starts = {g.first: g for g in groups}
    for g in groups:
        if not g.person:
            continue
        k = g.last
        while k < len(toks) and not toks[k].word and toks[k].form in {",", "،"}:
            k += 1
        if k >= len(toks):
            continue
        if toks[k].form in _OWN_TITLE and k > g.last:
            own = _titled_self(toks, k, starts)  # «أحمد الطيب، شيخ الأزهر، …»: the man himself
            if own is not None:
                for n in g.names:
                    out[n] = out.get(n, frozenset()) | frozenset(own.names)
                continue
        if toks[k].form not in _LEADS:
            continue
        own = starts.get(k)  # «محلب، رئيس الوزراء المصري»: the title itself names his country
        for j in range(k + 1, min(k + 2 + _GAP, len(toks))):
            if own is not None:
                break
            if j in starts:
                own = starts[j]
                break
            # («نائب رئيس المكتب السياسي لحماس», «رئيس إقليم كردستان»: a title of titles)
            if not toks[j].word or (toks[j].form not in _BETWEEN and toks[j].form not in _LEADS):
                break
        if own is not None and not own.person and own.actor and not set(own.names) & persons \
                and not any(n.first == own.last and n.person for n in groups):
            names = set(own.names)
            while (nxt := starts.get(own.last)) is not None and nxt.is_loc and not nxt.person and not nxt.glued \
                    and not set(nxt.names) & persons:
                names |= set(nxt.names)  # «رئيس إقليم كردستان العراق»: the region's country, his too
                own = nxt
            for n in g.names:
                out[n] = out.get(n, frozenset()) | frozenset(names)
    return out


def _titled_self(toks: list[Tok], k: int, starts: dict[int, Group]) -> Group | None:
    """The person group a title word at token k opens, set off by commas after a person's name («أحمد الطيب،
    شيخ الأزهر، كبار العلماء»): the same man under his title, no party he addresses. None when it is not
    so set off."""
    own = starts.get(k)
    if own is None or not own.person or not (toks[k - 1].form in _COMMAS and not toks[k - 1].word):
        return None
    return own if own.last < len(toks) and toks[own.last].form in _COMMAS else None


def not_own_side(source: list[str], target: list[str], own: dict[str, frozenset[str]]) -> list[str]:
    """`target` without the organisations the source persons' titles name as their own."""
    mine = {n for s in source for n in own.get(s, ())}
    return [n for n in target if n not in mine]

"""The party an object pronoun of a statement stands for.

A demand, an accusation or a threat often names whom it is made of only by a pronoun: glued on the verb
(«واتهمها», «وطالبهم», «يطالبه», «وهددهم») or after a participle as «إياه» («متهما إياه», «داعيا إياها»,
«متوعدا إياهم»). Those verbs take a party, never a thing, as their object, so the pronoun stands for a
party named before it, in its sentence or the one before. Which party is read by agreement, not by
nearness alone: «ه» a man or a masculine body («الحزب», «النظام», «العراق»), «ها» a feminine body or a
state («الحكومة», «حركة حماس», «إيران») or a plural of things («القوات», «الدول»), «هم» a plural of persons
(«المسلحين», «الحوثيين», «عناصر التنظيم»). Walking back from the verb, the nearest party that agrees is
taken; a party that does not agree, a nisba («السوريين», «الإيرانية»), a place, a body a title word governs
(«رئيسا للمجلس») and a title's own words are passed over, and so is the doer unless he agrees too (then
nothing is read: the pronoun is no longer plain). A man, people, a woman or a thing no actor names that
agrees with the pronoun («المقيم», «مقاتلين», «الفتاة», «الخطة») may be what it stands for: then no party is
read (a wrong target is worse than none), unless an event told before names those words as a party, or
persons in the plural are told as members of a party named right after them («ثلاثة من قيادات حزب الله
… واتهمتهم», «عناصر من تنظيم داعش … وطالبهم», «أعضاء في حركة فتح … تتهمهم»): the party they belong to. No
party is read either across the opening of a quotation the verb stands in («وأضاف نيل: "… طالبه آخرون"»),
nor where the verb's subject bears a pronoun of the same kind («حين دعاه ممثله»). Dual and feminine plural
pronouns («هما», «هن») are left alone.

The party read as the doer may be what the pronoun stands for: a verb agrees with a subject named before it,
so a party before the verb whose gender the verb does not share but the pronoun does («تحدث الوزير عن إيران
التي اتهمها», «ويشجب إسرائيل ويطالبها», «إلى زعيم داعش أبو بكر البغدادي تطالبه») is its object, not its
doer (`referent_as_doer`). Only a party whose gender is sure is read so: a man, a word in ـة/ـات, a state,
a body a masculine head word names («حزب», «تنظيم»); a bare name («حماس», «طالبان») is not.

Deeds done to persons and meetings are read the same way, more narrowly: «هم» on an attack or coercion verb
(«وأجبرتهم على التراجع», «فاستهدفتهم الطائرات») or on the verbal noun of an arrest, killing or abduction
(«باعتقالهم», «وقتلهم»), and «ه», «ها», «هم» on a verb of receiving («استقبله»), stand for a party named
before them in their own sentence only («ه», «ها» on a deed are left alone: a man is read by
`events_carry.pronoun_victim`, and a town or a thing is as often meant). So is «هم» of an inquiry, after
«مع» right after its trigger or glued on its verb («وحققت معهم», «واستجوبتهم»): those questioned, the party
the members or supporters named before belong to («عددا من أنصار حركة حماس … واستجوبتهم»).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_carry import l_object_after, object_pronoun
from marsad.extract.events_followers import FOLLOWERS
from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, SENT_END, Tok, has
from marsad.extract.events_triggers import DONE_TO, Hit, trigger_reading

__all__ = ["pronoun_object", "referent_as_doer"]

# verbs and participles whose object is a party asked, accused or threatened, never a thing
_PARTY_VERBS = forms(
    "اتهم", "اتهمت", "يتهم", "تتهم", "نتهم", "اتهموا", "يتهمون",
    "طالب", "طالبت", "يطالب", "تطالب", "نطالب", "طالبوا", "يطالبون",
    "دعا", "دعت", "يدعو", "تدعو", "ندعو", "دعوا", "يدعون",
    "حث", "حثت", "يحث", "تحث", "حض", "حضت", "يحض", "تحض",
    "ناشد", "ناشدت", "يناشد", "تناشد", "ناشدوا", "يناشدون",
    "هدد", "هددت", "يهدد", "تهدد", "هددوا", "يهددون",
    "توعد", "توعدت", "يتوعد", "تتوعد", "توعدوا", "يتوعدون",
)
_PARTY_PARTICIPLES = forms(
    "متهما", "متهمة", "متهمين", "مطالبا", "مطالبة", "مطالبين", "داعيا", "داعية", "داعين",
    "مناشدا", "مناشدة", "مناشدين", "حاثا", "حاثة", "متوعدا", "متوعدة", "متوعدين", "مهددا", "مهددة", "مهددين",
    "محذرا", "محذرة", "محذرين",
)
_IYYA = {"اياه": "m", "اياها": "f", "اياهم": "pl"}  # «إياه», «إياها», «إياهم» (folded)
# verbs of asking whose party asked follows as «منه»: «طلبت منه الحصول على قرض»
_ASK_VERBS = forms("طلبت", "طلبوا", "يطلب", "تطلب", "يطلبون", "نطلب", "سنطلب")
_FROM = {"منه": "m", "منها": "f", "منهم": "pl"}
_SUFFIX = {"ه": "m", "ها": "f", "هم": "pl"}
_TYPES = frozenset(("DEMAND", "DISAPPROVE", "THREATEN"))
# deeds done to persons («وأجبرتهم», «فاستهدفتهم», «باعتقالهم»): only «هم» is read, as «ه»/«ها» often stand
# for a man the entity layer names (`pronoun_victim`), a town or a thing
_DEED_TYPES = frozenset(("ASSAULT", "COERCE"))
# meetings, whose object is always a party («استقبله», «يستقبلهم»; not «زارها», whose object is a place)
_MEET_TYPES = frozenset(("CONSULT",))
_WITH_TYPES = frozenset(("INVESTIGATE",))  # questioned «with» them: «وحققت معهم», «التحقيق معهم»
_WITH_THEM = forms("معهم")
_READ_TYPES = _TYPES | _DEED_TYPES | _MEET_TYPES | _WITH_TYPES  # the types whose object pronoun is read
_MEET_VERBS = forms("استقبل", "استقبلت", "استقبلوا", "يستقبل", "تستقبل", "يستقبلون")
_NOUN_PREFIXES = ("", "و", "ب", "ل", "وب", "ول", "فب")  # «باعتقالهم», «ولاعتقالهم» (after «ال» is folded away)

# states whose names are masculine («العراق يطالب»); any other state is feminine («إيران تطالب»)
_MASCULINE_STATES = forms("العراق", "الأردن", "لبنان", "اليمن", "السودان", "المغرب", "الصومال", "عراق", "أردن",
                          "يمن", "سودان", "مغرب")
# plurals of persons no table lists with the others (a sound plural in ـين/ـون is read by its ending)
_PEOPLE = forms("أهالي", "الأهالي", "سكان", "السكان", "أبناء", "الأبناء", "أعضاء", "الأعضاء", "قادة", "القادة",
                "نواب", "النواب", "رجال", "الرجال", "شباب", "الشباب", "ناس", "الناس")
# words in ـين/ـون that are no plural of persons
_NOT_PLURAL = forms("الذين", "اللذين", "بين", "حين", "الدين", "فلسطين", "البحرين", "الصين", "حسين", "ياسين",
                    "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "سنين", "المليون",
                    "مليون", "قانون", "القانون", "تشرين", "الاثنين", "اثنين", "يمين", "اليمين", "دون", "القانونين")
_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يات")
# head words of a masculine body («حزب العمال», «تنظيم داعش», «مجلس الأمن»)
_MASCULINE_HEADS = forms("حزب", "الحزب", "تنظيم", "التنظيم", "مجلس", "المجلس", "جيش", "الجيش", "النظام", "نظام",
                         "الاتحاد", "اتحاد", "التحالف", "تحالف", "الحرس", "حرس", "البرلمان", "برلمان", "الكونغرس",
                         "الكونجرس", "الائتلاف", "ائتلاف", "المكتب", "مكتب", "الادعاء", "البيت")
_OF = ("من", "في")  # «عشرة من عناصر داعش», «أعضاء في حركة فتح»: the body persons belong to follows
_TITLE_REACH = 6  # tokens between a title and the man it names
_REACH_WORDS = 60  # words walked back at most (the sentence of the verb and the one before)


def _pronoun(toks: list[Tok], h: Hit, b: int) -> str:
    """The class of the object pronoun of a party verb or participle: "m" («ه»), "f" («ها»), "pl» («هم»),
    "" where there is none or another (a dual, a feminine plural)."""
    tok = toks[h.first]
    if h.trig.type in _DEED_TYPES or h.trig.type in _MEET_TYPES:
        return _deed_pronoun(toks, h, b)
    if h.trig.type in _WITH_TYPES:  # «وحققت معهم», «واستجوبتهم»: those questioned
        if h.last < b and toks[h.last].form in _WITH_THEM:
            return "pl"
        glued = h.trig.pos == "v" and h.last - h.first == 1 and object_pronoun(tok, trigger_reading(tok, h.trig))
        return "pl" if glued and _SUFFIX.get(glued) == "pl" else ""
    if h.trig.pos == "v":
        reading = trigger_reading(tok, h.trig)
        if reading in _ASK_VERBS and h.last < b and toks[h.last].word:
            return _FROM.get(toks[h.last].form, "")  # «طلبت منه …»: the pronoun after «من» is asked
        if reading not in _PARTY_VERBS:
            return ""
        return _SUFFIX.get(object_pronoun(tok, reading), "")
    if h.last - h.first != 1 or not (tok.form.lstrip("و") in _PARTY_PARTICIPLES or tok.form in _PARTY_PARTICIPLES):
        return ""
    k = h.last
    return _IYYA.get(toks[k].form, "") if k < b and toks[k].word else ""


def _deed_pronoun(toks: list[Tok], h: Hit, b: int) -> str:
    """The class of the object pronoun of a deed done to persons or of a meeting: «هم» glued on the verb
    («وأجبرتهم», «استهدفتهم»), or on the verbal noun of an arrest, killing or abduction, where it is the one
    it befell («اعتقالهم», «باختطافهم»; not «قتلهم لـ», whose pronoun is the doer); for a meeting «ه», «ها»
    or «هم» on a verb of receiving («استقبله», «يستقبلهم»; not «زارها», whose object is a place). ""
    otherwise."""
    tok = toks[h.first]
    if h.last - h.first != 1:
        return ""  # a phrase («ألقوا القبض عليهم»): its own rules read it
    reading = trigger_reading(tok, h.trig)
    if h.trig.pos == "v":
        if h.trig.type in _MEET_TYPES and reading not in _MEET_VERBS:
            return ""
        cls = _SUFFIX.get(object_pronoun(tok, reading), "")
    elif h.trig.pos == "n" and h.trig.mode in DONE_TO and h.trig.type in _DEED_TYPES \
            and not l_object_after(toks, h, b):
        cls = next((_SUFFIX.get(tok.form[len(p) + len(reading):], "") for p in _NOUN_PREFIXES
                    if tok.form.startswith(p + reading)), "")
    else:
        return ""
    return cls if cls == "pl" or h.trig.type in _MEET_TYPES else ""


def _bare(form: str) -> str:
    """A folded word without a leading و/ف and a preposition glued on («وللحكومة» → «الحكومه»)."""
    f = form
    if f[:1] in ("و", "ف") and len(f) > 3:
        f = f[1:]
    if f[:2] == "لل" and len(f) > 4:
        return "ال" + f[2:]
    if f[:1] in ("ب", "ل", "ك") and f[1:3] == "ال":
        return f[1:]
    return f


def _raw(text: str, tok: Tok) -> str:
    return text[tok.start:tok.end]


def _people_word(tok: Tok, form: str, W: Words) -> bool:
    """True when a word names persons in the plural («المسلحين», «مقاتلو», «عناصر», «الأهالي», «أنصار»)."""
    if has(tok, W["people_nouns"]) or has(tok, W["plain_people"]) or has(tok, W["people"]) \
            or has(tok, W["member_nouns"]) or form in _PEOPLE or form in FOLLOWERS:
        return True
    return form.endswith(("ين", "ون")) and len(form) >= 5 and form not in _NOT_PLURAL


def _group_class(text: str, toks: list[Tok], g: Group, persons: frozenset[str], W: Words) -> str:
    """"m", "f" or "pl": what pronoun a party's mention is referred to by."""
    words = [k for k in range(g.first, g.last) if toks[k].word]
    if not words:
        return ""
    head = toks[words[0]]
    form = _bare(head.form)
    raw = _raw(text, head).rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if any(n in persons for n in g.names):
        before = words[0] - 1
        while before >= 0 and not toks[before].word:
            before -= 1
        if before >= 0 and _raw(text, toks[before]).endswith("ة") and (
                has(toks[before], W["person_nouns"]) or has(toks[before], W["person_title"])
                or has(toks[before], W["kin"]) or has(toks[before], W["title"])):
            return "f"  # «الناشطة فلانة», «الوزيرة فلانة»
        return "m" if sum(n in persons for n in g.names) == 1 else ""
    if _people_word(head, form, W):
        return "pl"
    if raw.endswith(("ة", "ات")):
        return "f"  # «الحكومة», «حركة حماس», «القوات»
    if g.is_loc:
        return "m" if form in _MASCULINE_STATES else "f"
    return "m"  # «الجيش», «حزب الله», «تنظيم داعش», «مجلس الأمن»


def _nisba(toks: list[Tok], g: Group, persons: frozenset[str]) -> bool:
    """True when a mention is only a relational adjective («السوريين», «الإيرانية», «قيادات حوثية»): every
    word is a nisba and none spells the name it stands for (not a man's name: «القصبي»)."""
    words = [toks[k].form for k in range(g.first, g.last) if toks[k].word]
    surface = " ".join(words)
    if g.nisba:
        return True
    if not words or any(n in persons for n in g.names) or not all(w.endswith(_NISBA_ENDS) for w in words):
        return False
    return not any(fold(n) in surface or set(fold(n).split()) & {_bare(w) for w in words} for n in g.names)


def _word_before(toks: list[Tok], k: int) -> int:
    """The word before token k, past quote marks («بالميليشيات «الإرهابية»»); -1 where a mark of another
    kind or nothing stands there."""
    j = k - 1
    while j >= 0 and not toks[j].word and toks[j].form in QUOTE_MARKS:
        j -= 1
    return j if j >= 0 and toks[j].word else -1


def _adjective(toks: list[Tok], g: Group, at: dict[int, Group], W: Words) -> bool:
    """True when a mention in nisba form stands after a definite noun no actor names, as its adjective
    («بالميليشيات «الإرهابية»»); not a movement's after the people it names («المسلحين الحوثيين»)."""
    words = [toks[k].form for k in range(g.first, g.last) if toks[k].word]
    if not words or not all(_bare(w).startswith("ال") and w.endswith(_NISBA_ENDS) for w in words):
        return False
    j = _word_before(toks, g.first)
    if j < 0 or j in at or not _bare(toks[j].form).startswith("ال"):
        return False
    return g.is_loc or not _people_word(toks[j], _bare(toks[j].form), W)


def _title_body(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when a body is the genitive of a title right before it («رئيسا للمجلس», «قائد الجيش»): the
    pronoun may stand for the title's holder."""
    j = _word_before(toks, g.first)
    return j >= 0 and has(toks[j], W["person_title"])


def _own_title(toks: list[Tok], k: int, at: dict[int, Group], persons: frozenset[str]) -> bool:
    """True when the title at token k is that of a man named with it: his name follows past definite words
    and bodies («المتحدث الرسمي لجامعة تبوك الدكتور محمد الثبيتي»), or stands right before it past a comma
    («محمد الثبيتي، المتحدث»)."""
    def named(g: Group | None) -> bool:
        return g is not None and any(n in persons for n in g.names)

    j = k + 1
    while j < len(toks) and j - k <= _TITLE_REACH:
        if named(at.get(j)):
            return True
        if j in at:
            j = at[j].last
            continue
        if toks[j].word and not _bare(toks[j].form).startswith("ال"):
            break
        if not toks[j].word and toks[j].form not in QUOTE_MARKS:
            break
        j += 1
    j = k - 1
    while j >= 0 and not toks[j].word and toks[j].form in CLAUSE_END:
        j -= 1
    return named(at.get(j))


def _blocks(text: str, toks: list[Tok], k: int, cls: str, at: dict[int, Group], persons: frozenset[str],
            W: Words) -> bool:
    """True when a word no actor names may be what the pronoun stands for: a person («المقيم», «الوزير»)
    for «ه»; a woman, a thing in ـة or a plural in ـات («الفتاة», «الخطة», «قيادات») or a noun with a
    feminine adjective («أطراف دولية») for «ها»; persons in the plural for «هم»."""
    tok = toks[k]
    form = _bare(tok.form)
    raw = _raw(text, tok)
    if cls == "pl":
        return _people_word(tok, form, W)
    if cls == "m":
        if raw.endswith("ة"):
            return False
        if has(tok, W["person_title"]):
            return not _own_title(toks, k, at, persons)
        return has(tok, W["person_nouns"]) or has(tok, W["kin"]) or has(tok, W["members"])
    j = _word_before(toks, k)
    if j >= 0 and toks[j].form == "في":
        return False  # «في المنطقة»: where, not whom
    if raw.endswith("ات") and len(form) >= 5:
        return True
    if raw.endswith("ة"):
        if not form.endswith("يه"):
            return form.startswith("ال") or has(tok, W["inanimate"])
        j = _word_before(toks, k)
        return j >= 0 and j not in at  # «أطراف دولية»: the noun the adjective agrees with
    return False


def _told_name(toks: list[Tok], k: int, b: int, told: list[str]) -> str | None:
    """The party an event told before names by the words from token k on («المسلحين», «مقاتلين سوريين»)."""
    for name in told:
        parts = fold(name).split()
        ws = [j for j in range(k, b) if toks[j].word][:len(parts)]
        if parts and len(ws) == len(parts) and all(_bare(toks[j].form) == _bare(p) or toks[j].form == p
                                                   for j, p in zip(ws, parts, strict=True)):
            return name
    return None


def _members_party(toks: list[Tok], k: int, b: int, at: dict[int, Group], persons: frozenset[str],
                   source: list[str]) -> list[str]:
    """The party persons in the plural at token k are told as members of, named right after them as
    their genitive or after «من», «في» («قيادات حزب الله», «عناصر من تنظيم داعش»); [] where none follows,
    or where it is a place, a nisba, a person or the doer."""
    j = k + 1
    if j < b and toks[j].word and toks[j].form in _OF:
        j += 1
    g = at.get(j)
    if g is None or g.first != j or not g.actor or g.is_loc or g.binding in ("mod", "skip", "loc"):
        return []
    if _nisba(toks, g, persons) or any(n in persons for n in g.names) or _is_source(toks, g, source):
        return []
    return list(g.names)


def _inside_quote(toks: list[Tok], k: int, first: int) -> bool:
    """True when the quote mark at token k opens a quotation the trigger at `first` stands in («وأضاف نيل:
    "… طالبه آخرون …"»): whoever is named outside it may be its speaker, whom a third person never means."""
    f = toks[k].form
    if f in ("«", "“"):
        return not any(toks[j].form in ("»", "”") for j in range(k + 1, first))
    if f == '"':
        return sum(toks[j].form == '"' for j in range(k, first)) % 2 == 1
    return f == ":"


def _subject_owner(toks: list[Tok], h: Hit, b: int, cls: str) -> bool:
    """True when the verb's subject right after it has a pronoun of the same kind («حين دعاه ممثله»,
    «يتهمه حلفاؤه»): the party named before is likely that pronoun's, and the object another."""
    if h.trig.pos != "v":
        return False
    j = h.last
    while j < b and (not toks[j].word or (h.trig.type in _WITH_TYPES and toks[j].form in _WITH_THEM)):
        j += 1  # «وحققت معهم»: the pronoun after «مع» is the object itself
    if j >= b:
        return False
    f = toks[j].form
    suffix = {"m": ("ه",), "f": ("ها",), "pl": ("هم",)}[cls]
    return f.endswith(suffix) and not (cls == "m" and f.endswith(("ها", "هم"))) and len(f) > 3


def _is_source(toks: list[Tok], g: Group, source: list[str]) -> bool:
    """True when a mention names the doer, or is part of the name the doer is called by («أعضاء الحزب»)."""
    if set(g.names) & set(source):
        return True
    words = [_bare(toks[k].form) for k in range(g.first, g.last) if toks[k].word]
    return bool(words) and any(" ".join(words) in fold(s) for s in source)


def pronoun_object(text: str, toks: list[Tok], lo: int, h: Hit, b: int, groups: list[Group],
                   persons: frozenset[str], source: list[str], told: list[str], W: Words) -> list[str]:
    """The party the object pronoun of a demand, accusation or threat stands for («وطالبهم», «متهما
    إياه»): the nearest party before the verb, from token `lo` (the start of the sentence before) on, that
    agrees with the pronoun, is not the doer and is no nisba, title word or place; [] where a word no actor
    names may be what the pronoun stands for (unless an event told before names it as a party: `told`), where
    the doer agrees too, where the verb's subject has an agreeing pronoun of its own, across the opening of a
    quotation the verb stands in, or where none agrees. `groups`: the mentions of both sentences. For a deed
    or a meeting (`_deed_pronoun`) the walk stops at the start of the verb's sentence."""
    if h.trig.type not in _READ_TYPES or not source:
        return []
    cls = _pronoun(toks, h, b)
    if not cls or _subject_owner(toks, h, b, cls):
        return []
    at = {k: g for g in groups for k in range(g.first, g.last)}
    seen = 0
    k = h.first - 1
    while k >= lo and seen < _REACH_WORDS:
        g = at.get(k)
        if g is not None:
            k = g.first - 1
            seen += 1
            if _is_source(toks, g, source):
                if _group_class(text, toks, g, persons, W) == cls:
                    return []  # the doer agrees too: whom the pronoun stands for is no longer plain
                continue
            if g.binding in ("mod", "skip", "loc") or g.visited or not g.actor:
                continue  # a title's words, whose side, a place
            if (g.is_loc and not g.force and not g.actor) or _nisba(toks, g, persons) or _adjective(toks, g, at, W):
                continue
            if _title_body(toks, g, W):
                continue  # «رئيسا للمجلس»: the holder of the title, whom the title word before tells
            if _group_class(text, toks, g, persons, W) == cls:
                # «المتحدث الرسمي لجامعة تبوك الدكتور محمد الثبيتي»: the man, not the body of his title
                who = [n for n in g.names if n in persons] or g.names
                return [n for n in who if n not in source]
            continue
        tok = toks[k]
        if not tok.word and (tok.form in QUOTE_MARKS or tok.form == ":") and _inside_quote(toks, k, h.first):
            return []
        if not tok.word and tok.form in SENT_END and h.trig.type not in _TYPES:
            return []  # a deed's, a meeting's or an inquiry's pronoun stands for someone in its own sentence
        if tok.word:
            seen += 1
            if _blocks(text, toks, k, cls, at, persons, W):
                name = _told_name(toks, k, b, told)  # «إن المسلحين هاجموا … وتوعدهم»: the attackers
                if name is not None and name not in source:
                    return [name]
                # «ثلاثة من قيادات حزب الله … واتهمتهم»: the party the persons are members of
                return _members_party(toks, k, b, at, persons, source) if cls == "pl" else []
        k -= 1
    return []


def _verb_gender(toks: list[Tok], h: Hit) -> str:
    """"m" or "f": the gender of the subject a party verb or participle agrees with («يطالب», «اتهم»,
    «داعيا» → "m"; «تطالب», «اتهمت», «داعية» → "f"); "" for a plural, a first person or another word."""
    tok = toks[h.first]
    if h.trig.pos == "v":
        reading = trigger_reading(tok, h.trig)
        if reading not in _PARTY_VERBS and reading not in _ASK_VERBS:
            return ""
        r = fold(reading)
        if r.endswith(("وا", "ون")) or r.startswith("ن"):
            return ""
        if r.startswith("ي"):
            return "m"
        if r.startswith("ت") and not r.startswith("توعد"):
            return "f"
        if r.startswith("تتوعد"):
            return "f"
        return "f" if r.endswith("ت") else "m"
    form = tok.form.lstrip("و")
    if form.endswith("ين"):
        return ""
    return "f" if form.endswith("ه") else "m"  # «داعية» folds to «داعيه»


def _sure_class(text: str, toks: list[Tok], g: Group, persons: frozenset[str], W: Words) -> str:
    """A party's pronoun class where its gender is sure: a man or woman, a word in ـة/ـات, a state, a body
    a masculine head word names; "" for a bare name («حماس») whose gender writers vary on."""
    cls = _group_class(text, toks, g, persons, W)
    if cls != "m" or any(n in persons for n in g.names) or g.is_loc:
        return cls
    words = [k for k in range(g.first, g.last) if toks[k].word]
    return cls if words and _bare(toks[words[0]].form) in _MASCULINE_HEADS else ""


def referent_as_doer(text: str, toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group],
                     persons: frozenset[str], source: list[str], W: Words) -> list[str]:
    """The doer of a demand, accusation or threat with an object pronoun when the party read as its doer is
    what the pronoun stands for («ووجه الشيخ عزام الخطيب رسالة إلى قائد الشرطة الإسرائيلية مطالبا إياه»):
    that party is named only before the verb in its sentence (from token `a`), of a sure gender the pronoun
    shares and the verb does not; the doer is the nearest party before it of a sure gender the verb shares.
    [] where the reading is not so, or no such doer is named (the doer read is then left alone)."""
    if h.trig.type not in _TYPES or not source:
        return []
    cls = _pronoun(toks, h, b)
    gender = _verb_gender(toks, h)
    if cls not in ("m", "f") or not gender or gender == cls:
        return []
    named = [g for g in groups if a <= g.first and g.last <= b and set(g.names) & set(source)]
    if not named or any(g.first >= h.first for g in named):
        return []  # named after the verb too: its subject there
    if not all(_sure_class(text, toks, g, persons, W) == cls for g in named):
        return []
    first = min(g.first for g in named)
    for g in sorted((g for g in groups if a <= g.first and g.last <= first), key=lambda g: -g.first):
        if set(g.names) & set(source) or not g.actor or g.binding in ("mod", "skip", "loc") or g.visited:
            continue
        if _nisba(toks, g, persons) or _adjective(toks, g, {k: x for x in groups for k in range(x.first, x.last)}, W):
            continue
        if _sure_class(text, toks, g, persons, W) == gender:
            return [n for n in g.names if n in persons] or list(g.names)
    return []

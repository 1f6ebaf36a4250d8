"""Actor names that are fragments, not a party's name (topic «garbage actor names»).

- `ali_start`: the entity layer reads «علي» (Ali) as the preposition «على» and leaves it out of a person's
  name: «الشيخ علي عتيق» → عتيق, «الدكتور علي بن ناصر الغفيص» → بن ناصر الغفيص; the name takes it back
  where the article spells the preposition «على» and a title or a lineage word tells a name;
- `platform`: a social platform or site («تويتر», «فيسبوك», «يوتيوب») is the channel people speak through,
  no party, unless named as a firm («شركة فيسبوك»);
- `clean_name`: a name without the words the readers ran on into it: a time word or a demonstrative at its
  end («منصور أول» of «أول من أمس», «… بشرورة هذا» of «هذا العام», «محكمة جنايات القاهرة الأربعاء») or a
  word of praise said of the party («الوزارة مشكورة»), an
  adverb at its start («مؤخرا أحمد أويحيى»), a second person's «و» + honorific at its end («سلمان بن
  عبدالعزيز وسمو»), a conjunction «و» glued to a first name («وخالد المطيري» → خالد المطيري), a word that
  introduces a name («ويدعى ريان …», «لذكرى براون»), a verb of doing on the deed («رهائن نفذتها»), a verb
  the trigger table knows opening a name («تتعاون وزارة الطاقة») and a glued «لـ» before a body's head
  («لبنك إنجلترا المركزي»); «الله» alone names no party, nor does a definite adjective alone («العامة»),
  one of degree or blame in particular («الشديدين» of «عن استنكاره وشجبه الشديدين», «المشين», «بشدة»);
- `title_of_next`: a cut title in the construct state («وزراء خارجية», «مجلس إدارة») written right before
  another name of the event is that name's title: the name holds its slot («عقد وزراء خارجية دول مجلس
  التعاون اجتماعا» → دول مجلس التعاون as the source); with no name after it, as the event's only name, it
  names no party («وأشاد سمو أمير منطقة القصيم» → no source, no event).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.entities import LINEAGE
from marsad.extract.events_lexicon import DAY_TIMES, Words, forms, lexicon
from marsad.extract.events_tokens import Tok, has
from marsad.model import Entity, Event

Mention = tuple[int, int, Entity]

__all__ = ["ali_names", "ali_repair", "ali_start", "clean_events", "clean_name", "platform", "title_of_next"]

_ALI = "علي"  # as written: «على» is the preposition


def ali_start(toks: list[Tok], text: str, s: int, W: Words) -> bool:
    """True when the person named from token s lost a first name «علي» right before it: «علي» is written
    with «ي» and the article writes the preposition «على» elsewhere, and the name opens with a lineage
    word («علي بن ناصر») or a definite title or adjective stands before «علي» («الشيخ علي عتيق», «السابق
    علي عبدالله صالح»), not a preposition or a verb of its own."""
    if s < 2 or not toks[s - 1].word or text[toks[s - 1].start:toks[s - 1].end] != _ALI:
        return False
    if "على" not in text:
        return False  # the article writes «علي» for the preposition too
    if toks[s].form in LINEAGE:
        return True
    before = toks[s - 2]
    return before.word and before.form.startswith("ال") and len(before.form) > 3 \
        and (has(before, W["bare_title"]) or _definite_title(before.form))


def _definite_title(form: str) -> bool:
    """True when a folded definite word is a title or a title's adjective before a name («المهندس»,
    «السابق», «القيادي», «الكاتب»): the class of such words, not any definite noun."""
    return form in _TITLE_BEFORE_NAME


_TITLE_BEFORE_NAME = frozenset(fold(w) for w in (
    "الشيخ", "الدكتور", "المهندس", "الأستاذ", "السيد", "النائب", "اللواء", "العميد", "العقيد", "المقدم",
    "الرائد", "النقيب", "الفريق", "الملازم", "الرقيب", "العريف", "الجندي", "الكاتب", "الصحفي", "الإعلامي",
    "الفنان", "الشاعر", "الداعية", "المحامي", "الباحث", "الخبير", "المستشار", "القيادي", "الناشط",
    "المواطن", "المعلم", "الطالب", "الزميل", "الإمام", "السابق", "المخلوع", "الأسبق", "الراحل", "المرحوم",
    "الشهيد", "الحاج", "المدعو", "القاضي", "الوزير", "الرئيس", "الأمير", "السفير", "المتحدث", "الناطق",
    "المفتي", "المحافظ", "الأمين", "المدير", "الرئيسي", "اليمني", "العراقي", "الإيراني", "اللبناني"))


def ali_end(toks: list[Tok], text: str, s: int, t: int, W: Words) -> bool:
    """True when the one-word person name at tokens [s, t), after a title, goes on with «علي» and one more
    word that ends the name before a colon or comma («المهندس عبدالله علي سابق:»)."""
    if t != s + 1 or s < 1 or not (has(toks[s - 1], W["bare_title"]) or _definite_title(toks[s - 1].form)):
        return False
    if t + 2 >= len(toks) or not toks[t].word or text[toks[t].start:toks[t].end] != _ALI or "على" not in text:
        return False
    last, after = toks[t + 1], toks[t + 2]
    return last.word and not last.form.startswith(("ال", "و", "ب", "ل")) and not after.word \
        and after.form in (":", "،", ",")


def ali_repair(toks: list[Tok], text: str, m: Mention, W: Words) -> Mention:
    """A person's mention with the «علي» the entity layer left out put back (`ali_start`, `ali_end`)."""
    s, t, e = m
    if e.label != "PER":
        return m
    if ali_start(toks, text, s, W):  # the span stays: how the name binds is read as before
        a = toks[s - 1]
        return (s, t, Entity(e.text, "PER", f"{text[a.start:a.end]} {e.canonical}", e.start, e.end, e.role))
    if ali_end(toks, text, s, t, W):
        z = toks[t + 1]
        return (s, t, Entity(e.text, "PER", f"{e.canonical} {text[toks[t].start:z.end]}", e.start, e.end, e.role))
    return m


_PLATFORMS = frozenset(fold(w) for w in (
    "تويتر", "تويتير", "فيسبوك", "فيس بوك", "الفيسبوك", "الفيس بوك", "يوتيوب", "اليوتيوب", "يوتوب", "إنستغرام",
    "انستغرام", "إنستجرام", "انستجرام", "انستقرام", "إنستقرام", "سناب شات", "سنابشات", "واتساب", "واتس اب",
    "الواتساب", "الواتس اب", "تيليجرام", "تليجرام", "تلغرام", "تيليغرام", "لينكد إن", "جوجل بلس", "ويكيبيديا",
    "تمبلر", "فايبر", "كيك"))


def platform(name: str) -> bool:
    """True when `name` is a social platform or a site people speak through («تويتر», «فيس بوك»); a firm
    named with its word («شركة فيسبوك») is none."""
    return fold(name) in _PLATFORMS


_TAIL_TIME = DAY_TIMES | forms("أول", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أيضا", "كذلك", "مؤخرا", "حاليا", "سابقا")
# a word of praise or thanks said of a party («وقعت الوزارة مشكورة», «قام المجلس مشكورا»): no word of its name
_TAIL_PRAISE = frozenset(fold(w) for w in (
    "مشكور", "مشكورة", "مشكورا", "مشكوراً", "المشكور", "المشكورة", "مشكورين", "مشكورون", "مشكورتين",
    "مأجور", "مأجورة", "مأجورا", "مأجوراً"))
_HEAD_ADVERB = frozenset(fold(w) for w in (
    "أيضا", "أيضاً", "كذلك", "مؤخرا", "مؤخراً", "حاليا", "حالياً", "سابقا", "سابقاً", "أمس", "اليوم", "بدوره",
    "بدورها", "بدورهم", "كما",
    # words that introduce a name («ويدعى ريان …», «المدعو …») or a dead man's memory («لذكرى براون»)
    "يدعى", "ويدعى", "تدعى", "وتدعى", "المدعو", "المدعوة", "يسمى", "ويسمى", "ذكرى", "لذكرى", "روح", "لروح"))
_JOINED_HONOR = frozenset(fold(w) for w in (
    "سمو", "معالي", "فخامة", "جلالة", "سماحة", "فضيلة", "صاحب", "ولي", "الأمير", "الشيخ", "الملك", "الرئيس",
    "نائب", "وزير", "رئيس"))


def clean_name(name: str) -> str:
    """`name` without the words the readers ran on into it (see the module doc); the name as it is when
    nothing is to be cut, and "" when nothing is left."""
    words = name.split()
    if words and _verb_first(words[0], words[1:]):
        words = words[1:]  # «تتعاون وزارة الطاقة», «وبارك»: the predicate's verb, no word of the name
    while len(words) > 1 and fold(words[0]) in _HEAD_ADVERB:
        words = words[1:]
    while len(words) > 1 and (fold(words[-1]) in _TAIL_TIME or fold(words[-1]) in _TAIL_PRAISE
                              or _joined_honor(words[-1]) or _deed_verb(words[-1])):
        words = words[:-1]
    if not words or (len(words) == 1 and (fold(words[0]) in _TAIL_TIME or fold(words[0]) in _LONE_WORDS)):
        return ""
    if len(words) > 1:
        words[0] = _unjoined_first(_unglued_head(words[0]))
    return " ".join(words)


def _verb_first(word: str, rest: list[str]) -> bool:
    """True when a name's first word is a verb the trigger table knows, no first name: «و»/«ف» on one
    («وبارك», «ويطالب الحزب»), or a present verb of five letters or more («تتعاون»), alone or before a
    definite word («تتعاون وزارة الطاقة» but «تامر حسني», «يزيد» stay)."""
    f = fold(word)
    first_names = gz.load().first_names
    joined = f[:1] in ("و", "ف") and len(f) > 4
    bare = f[1:] if joined else f
    if f in first_names or bare in first_names or not any(t.pos == "v" for t in lexicon().by_first.get(bare, ())):
        return False
    if joined:
        return True
    present = bare[:1] in ("ي", "ت") and len(bare) >= 5
    return present and (not rest or fold(rest[0]).startswith("ال") or fold(rest[0]) in _BODY_HEADS)


_BODY_HEADS = frozenset(fold(w) for w in (
    "بنك", "شبكة", "قناة", "صحيفة", "وكالة", "مصرف", "صندوق", "معهد", "مجموعة", "حكومة", "منظمة", "حزب", "حركة",
    "جماعة", "مجلس", "هيئة", "جمعية", "اتحاد", "لجنة", "جامعة", "شركة", "مؤسسة", "مركز", "وزارة", "محكمة"))


def _unglued_head(word: str) -> str:
    """A name's first word without a glued «لـ» before the head of a body's name («لبنك إنجلترا» → بنك …)."""
    f = fold(word)
    return word[1:] if f[:1] == "ل" and f[1:] in _BODY_HEADS else word


# words that alone name no party: God («سائلا الله»), and a definite adjective a name left behind
# («اتحاد موظفي القطاع العام» → العام, «المديرية العامة», «تأييدها القوي»)
_LONE_WORDS = frozenset(fold(w) for w in (
    "الله", "العام", "العامة", "القوي", "القوية", "الكبير", "الكبيرة", "الكبرى", "العليا", "الأعلى", "الخاص",
    "الخاصة", "الجديد", "الجديدة", "المؤقتة", "الوطني", "الوطنية", "الدولي", "الدولية", "السابق", "السابقة",
    "الحالي", "الحالية", "الأول", "الأولى", "الثاني", "الثانية", "الأخير", "الأخيرة",
    # degree and blame said of a condemnation or of its deed («عن استنكاره وشجبه الشديدين», «العمل الإرهابي
    # المشين الذي استهدف …»): no party
    "الشديد", "الشديدة", "الشديدين", "الشديدتين", "البالغ", "البالغة", "العميق", "العميقة", "المشين", "المشينة",
    "الشنيع", "الشنيعة", "البشع", "البشعة", "الغاشم", "الغاشمة", "الجبان", "الجبانة", "الآثم", "الآثمة",
    "الدنيء", "الدنيئة", "النكراء", "الوحشي", "الوحشية", "الهمجي", "الهمجية", "السافر", "السافرة", "الغادر",
    "الغادرة", "الخسيس", "الخسيسة", "المروع", "المروعة", "الإجرامي", "الإجرامية", "الدامي", "الدامية",
    "بشدة", "بأشد", "بقوة"))
_DEED_VERBS = frozenset(fold(w) for w in ("نفذ", "نفذت", "نفذوا", "ارتكب", "ارتكبت", "ارتكبوا", "شن", "شنت", "شنوا",
                                          "تبنى", "تبنت", "يشن", "تشن", "ينفذ", "تنفذ", "يرتكب", "ترتكب"))
_DEED_PRONOUNS = ("ه", "ها", "هم", "هما", "وه", "وها")


def _deed_verb(word: str) -> bool:
    """True when a word is a verb of doing with a pronoun for the deed («نفذتها», «شنه»): a relative clause
    on the deed («رهائن نفذتها مجموعة») that the name ran on into."""
    f = fold(word)
    return any(f.startswith(v) and f[len(v):] in _DEED_PRONOUNS for v in _DEED_VERBS)


def _joined_honor(word: str) -> bool:
    """True when a word is «و» on an honorific or title, which opens a second person («وسمو», «وولي»)."""
    f = fold(word)
    return f[:1] == "و" and f[1:] in _JOINED_HONOR


def _unjoined_first(word: str) -> str:
    """A name's first word without a glued «و» when what follows it is a first name and the word itself
    is none («وجاك» → جاك; «وليد» stays)."""
    f = fold(word)
    first = gz.load().first_names
    if f[:1] == "و" and len(f) > 3 and f not in first and f[1:] in first:
        return word[1:]
    return word


_CUT_HEADS = frozenset(fold(w) for w in (
    "وزراء", "وزير", "خارجية", "داخلية", "دفاع", "إدارة", "مجلس", "رئيس", "رؤساء", "أمير", "أمراء", "مدير",
    "مديرو", "مديري", "قادة", "قائد", "قوة", "قوات", "ممثلو", "ممثلي", "ممثل", "أعضاء", "عضو", "سفير", "سفراء",
    "نائب", "نواب", "وكيل", "محافظ", "محافظة", "منطقة", "وزارة", "أمين", "هيئة", "لجنة"))
_HONOR = frozenset(fold(w) for w in ("سمو", "معالي", "فخامة", "جلالة", "سماحة", "فضيلة", "سعادة"))


def cut_title(name: str) -> bool:
    """True when a name of two words or more is only a title cut in the construct state: no word with the
    article, its last a head of a title or a body that needs a genitive («وزراء خارجية», «مجلس إدارة»,
    «سمو أمير»)."""
    words = [fold(w) for w in name.split()]
    return len(words) >= 2 and all(not w.startswith("ال") for w in words) and words[-1] in _CUT_HEADS \
        and all(w in _CUT_HEADS or w in _HONOR for w in words)


def title_of_next(ev: Event, text: str) -> None:
    """A cut title among the event's names written right before another of its names in the event's
    sentence («وزراء خارجية دول مجلس التعاون») gives that name its slot; the cut title is dropped."""
    span = text[ev.start:ev.end] if ev.end else ""
    for side, other in ((ev.source, ev.target), (ev.target, ev.source)):
        for k, name in enumerate(list(side)):
            if not cut_title(name):
                continue
            held = next((o for o in [*side, *other] if o != name and f"{name} {o}" in span), None)
            if held is None:  # a cut title no name follows is no party where it is the event's only name
                side[k] = "" if len(ev.source) + len(ev.target) == 1 else name  # («وأشاد سمو أمير منطقة …»)
                continue
            side[k] = held
            if held in other:
                other.remove(held)
    ev.source[:] = [n for n in dict.fromkeys(ev.source) if n]
    ev.target[:] = [n for n in dict.fromkeys(ev.target) if n and n not in ev.source]


def ali_names(mentions: list[Mention], entities: list[Entity]) -> dict[str, str]:
    """The person names `ali_repair` gave back their «علي», by the entity layer's name: {«محمد»: «علي محمد»},
    for names a quote's speaker or a later step takes from the entity layer, not from the mentions."""
    at = {(e.start, e.end): e.canonical for e in entities if e.label == "PER"}
    out: dict[str, str] = {}
    for _, _, m in mentions:
        old = at.get((m.start, m.end))
        if m.label == "PER" and old and (m.canonical == f"{_ALI} {old}" or m.canonical.startswith(f"{old} {_ALI} ")):
            out[old] = m.canonical
    return out


def clean_events(events: list[Event], text: str, repaired: dict[str, str] | None = None) -> None:
    """Each event's names cleaned (`clean_name`), platforms dropped, a cut title replaced by the name it
    is written before (`title_of_next`), a name `ali_names` repaired given in full; names left empty or
    repeated go."""
    full = repaired or {}
    for ev in events:
        title_of_next(ev, text)
        if ev.claimed_by in full:
            ev.claimed_by = full[ev.claimed_by]
        for side in (ev.source, ev.target):
            kept = [c for c in (clean_name(full.get(n, n)) for n in side) if c and not platform(c)]
            side[:] = list(dict.fromkeys(kept))
        ev.target[:] = [n for n in ev.target if n not in ev.source]

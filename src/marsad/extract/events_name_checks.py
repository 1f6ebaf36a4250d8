"""Actor names that are a word of the sentence, not a party's name (topic «names», round 19).

Checks on each event's names once they are read, cleaned and completed, against the event's sentence:

- `verb_tail`: a name of a noun and a verb the readers ran on into («مسلحين قدموا من سورية», «مسلحا
  استهدف», «السيسي سلم», «وفد يضم») is cut before the verb where a word follows it: a past verb in the
  plural after a plural noun, or a verb the trigger table knows (also with the future «سـ»: «بلاتيني
  سيعلن») or a verb of being or holding after a word that is no first name nor «بن»/«آل» («خالد بن طالب»
  stays);
- `place_piece`: a one-word name no list holds that the article writes only as the second word of a
  place's name («ناحية بني سعد», «لكمة صلاح», «جبل الزيتون», «منطقة البساتين») names no party;
- `adjective_of_noun`: a one-word definite nisba no list holds that the sentence writes only right after
  a definite noun is that noun's adjective («المراجعة الداخلية», «المواقع الداخلية للقاعدة»), no body;
- `owned_noun`: a one-word name that is a noun with an owner's pronoun («زيارته», «مشاركتها») or an
  abstract noun («أهمية», «ضرورة», «مضمون») names no party;
- `body_adjectives`: a one-word definite name the sentence writes each time with the same agreeing
  adjectives after it, and a «لـ» complement after them, is the whole name cut short: «النيابة» +
  «العامة», «الهيئة» + «العامة للسياحة», «المندوب» + «الدائم للسعودية», «السلطات» + «المحلية»;
- `run_on_tail`: a name ends before words of the clause the readers ran on into: the object after a
  doer, a definite plural in «ـات» («مدير الإدارة ناجي الأحمدي العاملات» → ناجي الأحمدي, «وزارة العمل
  الشركات», «وتناشد أم آمنة الجهات المختصة»), a word that tells on whose behalf one speaks («رياض
  المالكي باسم»), or a preposition before the party's own channel («حركة المقاومة الشعبية على حسابها
  الرسمي»);
- `run_on_head`: a person's name starts after a place or a firm's name the title before it ended with
  («أمين منطقة الباحة عماد الزهراني» → عماد الزهراني, «مجموعة الجريسي عبدالرحمن الجريسي»);
- `participle_head`: a plural participle in the construct state («مالكي محطات الوقود», «حاملي الأسهم»)
  is no person's name («مالكي» is not «المالكي»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_lexicon import lexicon
from marsad.extract.ner_junk import NAME_LINKS
from marsad.model import Event

__all__ = ["adjective_of_noun", "body_adjectives", "check_names", "owned_noun", "participle_head", "place_piece",
           "run_on_head", "run_on_tail", "verb_tail"]

_AR = "\u0621-\u064a"
# heads of a place's name: the word after them is the place's own name, not a party
_PLACE_HEADS = frozenset(fold(w) for w in (
    "بني", "بنو", "لكمة", "ناحية", "قرية", "حي", "بلدة", "منطقة", "جبل", "وادي", "رأس", "شارع", "حارة",
    "مخيم", "عزلة", "قضاء", "ميدان", "ساحة", "جزيرة", "مديرية", "مركز", "هجرة", "نجع", "كفر", "تل", "عين"))
# words before a definite adjective that name a person's office or rank: the word after them is a name
# («الرئيس السيسي»), and «الله» of a compound first name («عبد الله الغامدي»)
_TITLE_BEFORE = frozenset(fold(w) for w in (
    "الرئيس", "الأمير", "الملك", "الشيخ", "الوزير", "السفير", "الدكتور", "المهندس", "الأستاذ", "السيد",
    "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "الإمام", "الداعية", "النائب",
    "الزعيم", "القائد", "المرشد", "الحاج", "المستشار", "القاضي", "المفتي", "الله", "الرحمن", "الدين"))
# heads of a body's name: a nisba after them is the body's own name («النادي الأهلي», «التيار الصدري»)
_BODY_BEFORE = frozenset(fold(w) for w in (
    "النادي", "الفريق", "الحزب", "الجيش", "المجلس", "الحرس", "الاتحاد", "الحركة", "الجبهة", "التحالف",
    "المعارضة", "الائتلاف", "التيار", "التنظيم", "الجماعة", "الحكومة", "المنتخب", "البنك", "الهلال",
    "الصليب", "الجامعة", "الشركة", "المؤسسة", "الهيئة", "الوكالة", "المنظمة", "الجمعية", "القوات"))
# verbs of being, doing and holding no trigger table lists («شرطيين تم نقلهما», «وفد يضم …»)
_AUX_VERBS = frozenset(fold(w) for w in (
    "تم", "يتم", "تمت", "كان", "كانت", "كانوا", "يضم", "تضم", "ضم", "ضمت", "قام", "قامت", "قاموا", "يقوم",
    "تقوم", "أصبح", "أصبحت", "بات", "باتت", "ظل", "ظلت", "يعتقد", "يبدو"))
# abstract nouns a reader may take for a party («ودعا إلى أهمية …», «وافق على مضمون المذكرة»)
_ABSTRACT = frozenset(fold(w) for w in (
    "أهمية", "ضرورة", "مضمون", "محتوى", "فحوى", "أحقية", "إمكانية", "جدوى", "مدى", "أولوية"))
_OWNER_ENDS = ("ته", "تها", "تهم", "تهما", "اته", "اتها")
_PREPS = frozenset(fold(w) for w in (
    "في", "على", "من", "إلى", "الى", "عن", "مع", "عند", "بعد", "قبل", "ضد", "حول", "خلال", "منذ", "لدى", "أن",
    "إن", "ان", "الذي", "التي", "الذين", "أو", "ثم", "قد", "لن", "لم", "لا"))


def _listed(name: str) -> bool:
    """True when the gazetteer lists the name, or lists it as a first name."""
    g = gz.load()
    return gz.key(name) in g.names or fold(name) in g.first_names


def _is_verb(word: str) -> bool:
    """True when the trigger table knows a written word as a verb («استهدف», «قدموا»), or as an imperfect
    verb with the future «سـ» glued to it («سيعلن» of «يعلن»)."""
    by_first = lexicon().by_first
    f = fold(word)
    if any(t.pos == "v" for t in by_first.get(f, ())):
        return True
    return f[:1] == "س" and f[1:2] in ("ي", "ت", "ن") and any(t.pos == "v" for t in by_first.get(f[1:], ()))


def verb_tail(name: str, span: str) -> str:
    """`name` without a last word that is a verb the readers ran on into (see the module doc): the
    sentence writes the name only with a word right after it, the verb's object or complement («سلم
    الأمير», «قدموا من»); a name before a mark ends there («ينم عن إيمان صادق،»)."""
    words = name.split()
    if len(words) < 2:
        return name
    after = _after_words(name, span)
    if not after or not all(after):
        return name
    last, before = fold(words[-1]), fold(words[-2])
    first_names = gz.load().first_names
    plural_past = len(last) >= 5 and last.endswith("وا") and before.endswith(("ين", "ون"))
    known = (_is_verb(words[-1]) or last in _AUX_VERBS) and before not in first_names and last not in first_names \
        and before not in NAME_LINKS  # «خالد بن طالب», «صالح آل طالب», «علي بن أبي طالب»
    return " ".join(words[:-1]) if plural_past or known else name


@lru_cache(maxsize=4096)
def _whole_words(name: str, clitic: bool) -> re.Pattern[str]:
    """`name` written as whole words, with a glued «و», «ف», «بـ» or «لـ» before it where `clitic`
    (compiled once per name: Python's own cache of 512 patterns churns on a long run of names)."""
    return re.compile(rf"(?<![{_AR}]){'[وفبل]?' if clitic else ''}{re.escape(name)}(?![{_AR}])")


def _before_words(name: str, text: str) -> list[str]:
    """The folded word written right before each place where `text` writes `name` as whole words; ""
    where a mark or nothing stands before it."""
    out = []
    for m in _whole_words(name, False).finditer(text):
        b = re.search(rf"([{_AR}]+) +$", text[:m.start()])
        out.append(fold(b.group(1)) if b else "")
    return out


def _after_words(name: str, text: str) -> list[str]:
    """The word written right after each place where `text` writes `name`, maybe with a glued «و», «ف»,
    «بـ» or «لـ» (only a space between); "" where a mark or nothing follows."""
    out = []
    for m in _whole_words(name, True).finditer(text):
        a = re.match(rf" +([{_AR}]+)", text[m.end():])
        out.append(a.group(1) if a else "")
    return out


def place_piece(name: str, text: str) -> bool:
    """True when a one-word name no list holds is written in the article only after a place's head
    («بني سعد», «ولكمة صلاح», «بمنطقة البساتين»)."""
    if " " in name or gz.key(name) in gz.load().names:
        return False
    before = _before_words(name, text)
    return bool(before) and all(b in _PLACE_HEADS or (b[:1] in ("و", "ب", "ل") and b[1:] in _PLACE_HEADS)
                                for b in before)


def adjective_of_noun(name: str, span: str) -> bool:
    """True when a one-word definite nisba no list holds is written in the sentence only right after a
    definite noun that is no title («المراجعة الداخلية»), as that noun's adjective."""
    f = fold(name)
    if " " in name or not f.startswith("ال") or not f.endswith(("يه", "ي")) or _listed(name):
        return False
    before = _before_words(name, span)
    return bool(before) and all(b.startswith("ال") and len(b) > 3 and b not in _TITLE_BEFORE
                                and b not in _BODY_BEFORE for b in before)


def owned_noun(name: str) -> bool:
    """True when a one-word name no list holds is an abstract noun («أهمية») or a noun in «ـة» with an
    owner's pronoun («زيارته», «مشاركتها»)."""
    f = fold(name)
    if " " in name or _listed(name):
        return False
    return f in _ABSTRACT or (len(f) >= 6 and not f.startswith("ال") and f.endswith(_OWNER_ENDS))


def participle_head(name: str, span: str) -> bool:
    """True when a one-word name no list holds is a plural participle «فاعلي»/«فاعلو» the sentence writes
    only before another word, in the construct state («مالكي محطات الوقود»)."""
    f = fold(name)
    if " " in name or _listed(name) or len(f) != 5 or f[1] != "ا" or f[-1] not in ("ي", "و"):
        return False
    after = _after_words(name, span)
    return bool(after) and all(a and fold(a) not in _PREPS for a in after)


# adjectives of a body's or a group's name that are no nisba («النيابة العامة», «الجهات المختصة»)
_ADJECTIVES = frozenset(fold(w) for w in (
    "العام", "العامة", "المختص", "المختصة", "المختصون", "المختصين", "المعني", "المعنية", "المعنيون",
    "المعنيين", "الدائم", "الدائمة", "الأعضاء", "العليا", "الأعلى", "الكبرى", "المستقلة", "المستقل",
    "المشتركة", "الموحدة", "المحلي", "المشغلة", "الرسمي", "المؤقتة", "المؤقت", "الحاكم", "الحاكمة",
    "الحر", "المسلحة", "المتحدة", "المركزي", "الخاصة", "المسؤولة", "المسؤول", "المسؤولون", "المسؤولين"))
_NOT_ADJECTIVES = frozenset(fold(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "الآن", "اليوم", "الأمس",
    "الماضي", "الماضية", "الحالي", "الحالية", "الجاري", "الجارية", "المقبل", "المقبلة", "الثاني", "الأول",
    "الأولى", "الثانية", "الثالث", "الثالثة", "الأخير", "الأخيرة", "السابق", "السابقة"))
_MAX_ADJ = 2


def _adjective_of(head: str, word: str) -> bool:
    """True when a definite word can be an adjective agreeing with a body's or group's head: a listed
    adjective, or a feminine or plural nisba («المحلية», «الحوثيين»): feminine after a feminine head or
    a plural in «ـات», a sound plural in the same case after one, only a listed masculine one after any
    other head; a masculine nisba after a masculine head may be the verb's object and is none."""
    h, w = fold(head), fold(word)
    if not w.startswith("ال") or len(w) < 5 or w in _NOT_ADJECTIVES or gz.key(word) in gz.load().names \
            or word.endswith("ى"):
        return False
    if not (w in _ADJECTIVES or w.endswith(("يه", "يين", "يون"))):
        return False  # a masculine nisba may be the object after its verb's doer («قطع الشباب الصحفي»)
    feminine = w.endswith("ه") or w in (fold("العليا"), fold("الكبرى"), fold("الأعضاء"))
    if h.endswith(("ه", "ات")):
        return feminine
    if h.endswith(("ون", "ين")):
        return w.endswith(h[-2:])  # the same case («المسلحون الحوثيون»; not «المسلحون الصحفيين», an object)
    return w in _ADJECTIVES and not w.endswith("ه")  # («اتهم الجيش الحوثيين»: an object)


def _tail_at(head: str, words: list[str]) -> list[str]:
    """The adjectives agreeing with `head` at the start of `words`, with a «لـ» complement after them
    («العامة للسياحة», «العامة لشؤون المعلمين»); [] when no adjective follows."""
    k = 0
    while k < min(len(words), _MAX_ADJ) and _adjective_of(head, words[k]):
        k += 1
    if k == 0:
        return []
    tail = words[:k]
    rest = [fold(w) for w in words[k:k + 2]]
    if rest and rest[0].startswith("لل") and len(rest[0]) > 4:
        tail.append(words[k])
    elif len(rest) == 2 and rest[0][:1] == "ل" and f"ا{rest[0]}" in _COMPLEMENT_HEADS and rest[1].startswith("ال"):
        tail += words[k:k + 2]  # «العامة لمجلس التعاون», «العامة لشؤون المعلمين»; not «المعنية المصرية لمحاولة التعرف»
    return tail


# heads of a body or a portfolio a «لـ» complement of a body's name opens with («لمجلس», «لشؤون»), folded with
# the article («لمجلس» → «المجلس»)
_COMPLEMENT_HEADS = frozenset(fold(w) for w in (
    "المجلس", "الشؤون", "الهيئة", "الوزارة", "الجامعة", "المنظمة", "الاتحاد", "الرابطة", "الجمعية", "المؤسسة",
    "الإدارة", "اللجنة", "المركز", "الشركة", "البنك", "الصندوق", "البرنامج", "المكتب", "الدول", "الأمم", "الحكومة"))


def body_adjectives(name: str, span: str) -> str:
    """A one-word definite name gone on over the adjectives and complement the sentence writes after it
    each time (see the module doc); the name as it is otherwise."""
    if " " in name or not fold(name).startswith("ال") or gz.key(name) in gz.load().names:
        return name
    tails = set()
    for m in re.finditer(rf"(?<![{_AR}]){re.escape(name)}(?![{_AR}])", span):
        words = re.match(rf"((?: +[{_AR}]+){{0,4}})", span[m.end():])
        tails.add(tuple(_tail_at(name, words.group(1).split() if words else [])))
    if len(tails) != 1:
        return name
    tail = tails.pop()
    return " ".join([name, *tail]) if tail else name


# words after a name that tell on whose behalf one speaks or acts («باسم الرئيس»), no word of the name
_BEHALF = frozenset(fold(w) for w in ("باسم", "نيابة", "بصفته", "بصفتها", "بدوره", "بدورها", "بدورهم"))
_KIN = frozenset(fold(w) for w in ("أم", "أبو", "ابو", "والد", "والدة", "ذوو", "ذوي"))
_CHANNEL_PREPS = frozenset(fold(w) for w in ("على", "عبر"))
_PRONOUNS = ("ها", "ه", "هم")


def _owned_word(word: str) -> bool:
    """True when a folded word of four letters or more ends in an owner's pronoun («حسابها», «موقعه»), not
    a name in «الله» («علي عبدالله صالح»: «علي» is then no preposition)."""
    return len(word) >= 5 and not word.startswith("ال") and word.endswith(_PRONOUNS) and not word.endswith("الله")


def run_on_tail(name: str) -> str:
    """`name` without the words of its clause the readers ran on into at its end (see the module doc)."""
    words = name.split()
    f = [fold(w) for w in words]
    for k in range(1, len(words) - 1):
        if f[k] in _CHANNEL_PREPS and _owned_word(f[k + 1]):
            return " ".join(words[:k])  # «… على حسابها الرسمي»
    if len(words) > 1 and f[-1] in _BEHALF:
        return " ".join(words[:-1])
    last, before = f[-1], f[-2] if len(words) > 1 else ""
    if len(words) > 2 and last.startswith("ال") and last.endswith("ات") and len(last) >= 6 \
            and (before.startswith("ال") or f[0] in _KIN) and gz.key(words[-1]) not in gz.load().names:
        return " ".join(words[:-1])  # «ناجي الأحمدي العاملات», «وزارة العمل الشركات», «أم آمنة الجهات»
    return name


_PLACE_KINDS = frozenset(("place", "city", "capital", "country"))


def run_on_head(name: str) -> str:
    """`name` from its person's first name on when a listed place stands before it, or from the second
    word when its first is its last again («الباحة عماد الزهراني», «الجريسي عبدالرحمن الجريسي»)."""
    words = name.split()
    if len(words) < 3:
        return name
    g = gz.load()
    entry = g.names.get(gz.key(words[0]))
    first = fold(words[0])
    place = entry is not None and entry.kind in _PLACE_KINDS and (first.startswith("ال") or entry.kind != "city")
    if place and fold(words[1]) in g.first_names:  # («جامعة نايف …» is a body: a city's name without «ال»)
        return " ".join(words[1:])
    title = first in _TITLE_BEFORE or first in g.title_heads or (first,) in g.titles
    if first == fold(words[-1]) and not title and fold(words[1]) in g.first_names:
        return " ".join(words[1:])  # («الشيخ صالح … آل الشيخ» keeps its title)
    return name


def _checked(name: str, span: str, text: str) -> str:
    """`name` as the checks leave it: cut at the right places, or "" when it names no party."""
    name = body_adjectives(run_on_head(run_on_tail(verb_tail(name, span))), span)
    if place_piece(name, text) or adjective_of_noun(name, span) or owned_noun(name) \
            or participle_head(name, span):
        return ""
    return name


def check_names(events: list[Event], text: str) -> None:
    """Each event's names checked (see the module doc); names left empty or repeated go."""
    for ev in events:
        span = text[ev.start:ev.end] if ev.end else text
        for side in (ev.source, ev.target):
            side[:] = list(dict.fromkeys(n for n in (_checked(x, span, text) for x in side) if n))
        ev.target[:] = [n for n in ev.target if n not in ev.source]

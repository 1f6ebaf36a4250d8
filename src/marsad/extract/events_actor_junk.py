"""Actor names that are junk and events of a wrong type the sentence plainly tells (topic «actor junk»).

Run from `events.extract_events` on each sentence's events once their names are read, cleaned and checked:

- `blessing_tail`: a name run on into the blessing said after it («ناصر العساف رحمه» of «رحمه الله», «…
  حفظه» of «حفظه الله», «عثمان رضي الله» of «رضي الله عنه») ends before the blessing;
- `crown_tail`: a name run on into the first word of «ولي العهد» / «ولي ولي العهد» («محمد بن سلمان بن عبد
  العزيز ولي») ends before it;
- `honorific_only`: a name that opens with an honorific with a pronoun («سموه سعادته» of «وأبدى سموه سعادته»,
  'his highness expressed his joy') names no one by itself: it is the person the article first named after
  that honorific («صاحب السمو الملكي الأمير فيصل بن مشعل»), and no party where none was;
- `edge_words`: a reporting verb run on into the front of a name («وأردفت السهلي») and a word run on into
  its end that is no part of it (an aside's «وهو», a statement's «شكره», «عن», a bare preposition or
  article: «صحافي ال», a relative pronoun and what follows it: «علي الذي» → علي) go;
- `front_preposition`: a name opening with a preposition of time or place («أمام أولاده», «خلال الاجتماع»)
  is no party, unless a listed name follows it;
- `function_word`: a relative, a demonstrative or a particle («ما» of «على ما اعتبره», «ذلك») is no party;
- `headline_verb`: a name gone on over a verb of a headline and the party after it («الجبير يلتقي كيري»)
  ends before the verb;
- `lam_person`: a person's name with the preposition «لـ» glued to it opens a second party, the one a deed
  is done for («… آل سعود لسامح شكري», «علي السيستاني للعبادي»): the name ends before it; a name that
  opens with it («لنوري المالكي») loses the «لـ»;
- `glued_place`: a listed place with a glued «لـ» or «بـ» run on into a name ends it («كارتر لأربيل» of «زيارة
  كارتر لأربيل» → كارتر) or, where it opens the name, goes with the titles after it («بجاكرتا البروفسور ويدي
  روسادا» → ويدي روسادا);
- `invocation`: a prayer's «الله» read as a name («داعين الله أن يحمي …», «والله الهادي إلى سواء السبيل») names no
  one: God's name opens no person's name, and a plural or accusative participle before it («داعين»,
  «سائلا») is no first part of a compound name («عبد الله», «نصر الله»);
- `speech_participle`: a participle of saying in the accusative («موضحا», «مؤكدا», «مشيرا»), alone or
  opening a phrase («مختتما حديثه»), is the speaker's manner, no party;
- `compound_first`: a person's name cut inside a compound first name («الدين الأصبحي» of «عز الدين
  الأصبحي», «الله الجابري» of «عبد الله الجابري») takes back the first part the span writes before it;
- `group_then_person`: a group's plural nisba run on into its leader's name («الحوثيين عبدالملك الحوثي»)
  leaves the person;
- `person_place`: a listed person's name run on into a listed place after it («أوباما أديس أبابا» of «وصل
  أوباما أديس أبابا») ends before the place;
- `title_holder`: a title cut short («سمو أمير» of «سمو أمير منطقة الرياض», «سمو ولي» of «سمو ولي ولي
  العهد») is the person the article names with that whole title, before it («الأمير محمد بن سلمان ولي ولي
  العهد») or after it («أمير منطقة الرياض الأمير فيصل بن بندر»); the title beside its own holder in the
  same event («محمد بن سلمان» and «وولي ولي العهد») goes;
- `title_body`: a title cut in the construct state («وزراء خارجية», «وزراء داخلية») no name of the event
  follows is the body or the states the span names right after it («وزراء خارجية دول مجلس التعاون لدول
  الخليج العربية» → مجلس التعاون الخليجي);
- `site_name`: in a visit (CONSULT) a site visited («لقصر أبا السعود التاريخي», «متحف …», «قلعة …») is no
  party met;
- `claim_speaker`: who an event is claimed by, cleaned the same way: a reporting verb run on into it goes
  («وتحدثت المصادر» → المصادر), an honorific is the person it stands for, a participle of saying is no one;
- `verbal_protest`: one person, a state or a body that «احتج على» something ('protested against') criticises
  it (DISAPPROVE); a street protest is done by a crowd;
- `accident_blast`: a blast with no doer in a sentence that tells an accident («انفجار أحد إطارات الشاحنة»,
  «تسرب الغاز», «ماس كهربائي») is no attack (no event).
"""

from __future__ import annotations

import re

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_garbage import cut_title
from marsad.extract.events_lexicon import lexicon
from marsad.model import Entity, Event

__all__ = [
    "accident_blast", "blessing_tail", "claim_speaker", "clean_junk", "compound_first", "crown_tail",
    "cut_title_words", "edge_words", "front_preposition", "function_word", "glued_place", "group_then_person",
    "headline_verb", "honored_person", "honorific_only", "invocation", "lam_person", "person_keys", "person_place",
    "site_name", "speech_participle", "title_body", "title_holder", "verbal_protest",
]

TITLE_REACH = 3  # words after a cut title that may complete it («أمير» + «منطقة الرياض»)
HOLDER_GAP = 12  # characters between a whole title and the holder's name after it («… الأمير »)

_BLESSINGS = frozenset(fold(w) for w in (
    "رحمه", "رحمها", "يرحمه", "يرحمها", "حفظه", "حفظها", "يحفظه", "يحفظها", "رعاه", "رعاها", "أيده", "ايده",
    "غفر", "طيب"))
_HONORIFICS = frozenset(fold(w) for w in (
    "سموه", "سموها", "معاليه", "معاليها", "سعادته", "سعادتها", "فضيلته", "فخامته", "فخامتها", "سماحته",
    "جلالته", "دولته"))
_FUNCTION_WORDS = frozenset(fold(w) for w in (
    "ما", "من", "الذي", "التي", "الذين", "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هو",
    "هي", "هم", "هما", "نحن", "أنا", "عما", "مما", "فيما", "بما", "لما", "كما", "إلى", "الى", "على", "في", "عن",
    "أن", "إن", "لن", "لم", "قد", "بعض", "جميع", "أي", "غير"))
# a site one visits, no party one meets («زار قصر …», «زيارة المتحف»)
_SITES = frozenset(fold(w) for w in (
    "قصر", "القصر", "متحف", "المتحف", "قلعة", "القلعة", "حديقة", "الحديقة", "منتزه", "المنتزه", "سوق", "السوق",
    "موقع", "الموقع", "معرض", "المعرض", "كورنيش", "الكورنيش", "مسجد", "المسجد", "جامع", "الجامع", "مشروع",
    "المشروع", "مصنع", "المصنع", "مستودع", "المستودع", "ميناء", "الميناء", "مطار", "المطار", "برج", "البرج"))
_PROTEST_VERBS = frozenset(fold(w) for w in (
    "احتج", "احتجت", "واحتج", "واحتجت", "يحتج", "تحتج", "ويحتج", "وتحتج", "فاحتج", "فاحتجت"))
# words that tell a crowd, who protest in the street
_CROWD = re.compile(r"(?:ون|ين|ات)$|^(?:و?(?:ال)?(?:مئات|آلاف|الاف|عشرات|سكان|أهالي|اهالي|عمال|طلاب|جماهير|حشود))")
# an accident: a tyre, a gas cylinder, a leak, a short circuit, a technical fault
_ACCIDENT = re.compile(
    r"(?<![\u0621-\u064a])(?:[وبلف]?(?:ال)?(?:إطار|اطار|إطارات|اطارات|أسطوانة|اسطوانة|أسطوانات|اسطوانات|"
    r"تسرب|تسربات|محول|المحول|بطارية|غلاية|سخان)|ماس كهربائي|تماس كهربائي|خلل فني|عطل فني)(?![\u0621-\u064a])")
# words that tell an attack, whatever else the sentence says
_ATTACK = re.compile(r"إرهاب|انتحار|مفخخ|ناسف|عبوة|هجوم|استهدف|قنبل|لغم|ألغام|صاروخ|قذيف|متفجر")
_WORD = re.compile(r"[\u0621-\u064a]+")
# participles of saying in the accusative ('explaining', 'stressing'): the manner of a speaker, never a party
_SPEECH_PARTICIPLES = frozenset(fold(w) for w in (
    "موضحا", "مؤكدا", "مشيرا", "مضيفا", "معتبرا", "معربا", "مبينا", "لافتا", "منوها", "مشددا", "مطالبا", "داعيا",
    "مبديا", "متسائلا", "مستدركا", "مختتما", "منبها", "محذرا", "مناشدا", "مستنكرا", "معلنا", "متابعا", "قائلا"))
# the second part of a compound first name («عز الدين», «عبد الله») and the first parts it takes
_SECOND_PARTS = frozenset(fold(w) for w in ("الدين", "الله", "الرحمن", "العزيز", "الإله", "الكريم", "الرحيم"))
_FIRST_PARTS = frozenset(fold(w) for w in (
    "عز", "نور", "صلاح", "علاء", "بهاء", "سيف", "شمس", "عماد", "تاج", "فخر", "محي", "محيي", "جمال", "كمال",
    "نصر", "شرف", "بدر", "حسام", "خير", "ضياء", "سعد", "زين", "عبد", "عبيد", "جار", "فتح", "نصر", "حسب", "فرج"))
BODY_REACH = 6  # words after a cut title in which the body it belongs to is named
# «دول» before the body a cut title belongs to («وزراء خارجية دول مجلس التعاون»)
_STATES_OF = frozenset(fold(w) for w in ("دول", "الدول", "بلدان"))
# bodies the gazetteer lists only in full, as a cut title's genitive names them
_SHORT_BODIES = {gz.key("مجلس التعاون"): "مجلس التعاون الخليجي"}
# verbs of reporting a reader may run on into the speaker («وتحدثت المصادر», «أفاد التقرير»)
_REPORTING = frozenset(fold(w) for w in (
    "تحدث", "تحدثت", "أفاد", "أفادت", "ذكر", "ذكرت", "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح",
    "أوضحت", "رأى", "رأت", "يرى", "ترى", "يقول", "تقول", "أشار", "أشارت", "أردف", "أردفت", "استطرد", "استطردت"))
# a person's title between a glued place and the person's name («بجاكرتا البروفسور ويدي …»)
_PERSON_TITLES = frozenset(fold(w) for w in (
    "البروفسور", "البروفيسور", "الدكتور", "السيد", "السيدة", "المهندس", "الأستاذ", "الشيخ", "الأمير", "الأميرة",
    "اللواء", "العميد", "الفريق", "العقيد", "المستشار", "القاضي"))
# an honorific with a pronoun and how the article writes it before a name
_HONORED = {fold(k): v for k, v in (
    ("سموه", "سمو|السمو|الأمير"), ("سموها", "سمو|السمو|الأميرة"), ("معاليه", "معالي"), ("معاليها", "معالي"),
    ("سعادته", "سعادة"), ("سعادتها", "سعادة"), ("فضيلته", "فضيلة|الشيخ"), ("فخامته", "فخامة"),
    ("فخامتها", "فخامة"), ("سماحته", "سماحة|الشيخ"), ("جلالته", "جلالة|الملك"), ("دولته", "دولة"))}
HONORED_GAP = 80  # characters from an honorific to the name it comes before («سمو أمير منطقة القصيم الأمير …»)
_TITLE_HONORS = frozenset(fold(w) for w in ("سمو", "معالي", "فخامة", "جلالة", "سماحة", "فضيلة", "سعادة"))
# heads of a title that needs what follows it («أمير منطقة …», «ولي العهد», «وزير الخارجية»)
_TITLE_HEADS = frozenset(fold(w) for w in (
    "أمير", "ولي", "وزير", "نائب", "رئيس", "محافظ", "سفير", "وكيل", "مدير", "أمين", "قائد"))
# a holder's title word between a whole title and the holder's name («… الأمير فيصل», «… الدكتور …»)
_NAME_TITLES = re.compile(r"^\s*[،,]?\s*(?:(?:صاحب السمو(?: الملكي)?|معالي|سمو|الأمير|الشيخ|الدكتور|د\.|المهندس|"
                          r"اللواء|الفريق|العميد|السيد|الأستاذ)\s+)*$")


# a blessing of two words said after a companion's or the Prophet's name: «عثمان رضي الله عنه»
_BLESSING_VERBS = frozenset(fold(w) for w in ("رضي", "رضى", "صلى", "صلي"))
_ALLAH = fold("الله")


def blessing_tail(name: str, span: str) -> str:
    """`name` without a last word that is a blessing («رحمه», «حفظه») the span writes with «الله» after it,
    or without the two words of «رضي الله» («عثمان رضي الله» of «قتلوا عثمان رضي الله عنه»)."""
    words = name.split()
    if len(words) > 2 and fold(words[-1]) == _ALLAH and fold(words[-2]) in _BLESSING_VERBS:
        return " ".join(words[:-2])
    if len(words) < 2 or fold(words[-1]) not in _BLESSINGS:
        return name
    if not re.search(rf"{re.escape(words[-1])}\s+(?:الله|اللّه)", span):
        return name
    return " ".join(words[:-1])


def crown_tail(name: str, span: str) -> str:
    """`name` without a last «ولي» the span goes on with «العهد» or «ولي العهد» after
    («محمد بن سلمان بن عبد العزيز ولي» of «… ولي ولي العهد»): the title, cut, not a word of the name."""
    words = name.split()
    if len(words) < 3 or fold(words[-1]) != fold("ولي"):
        return name
    if not re.search(re.escape(name) + r"\s+(?:ولي\s+)?العهد", span):
        return name
    return " ".join(words[:-1])


def honorific_only(name: str) -> bool:
    """True when a name opens with an honorific with a pronoun («سموه», «معاليه»): a subject that stands for
    someone named before, not a name («سموه سعادته»)."""
    words = name.split()
    return bool(words) and fold(words[0]).lstrip("و") in _HONORIFICS


def _whole_name(name: str) -> bool:
    """True when a person's name does not end cut short («عبدالله بن», «سلمان بن عبدالعزيز وسمو»)."""
    last = fold(name.split()[-1]) if name.split() else ""
    return bool(last) and last not in ("بن", "ابن", "ال", "أبو", "ابو", "بنت") and not (
        last.startswith("و") and last[1:] in _TITLE_HONORS)


def honored_person(name: str, at: int, text: str, people: list[Entity]) -> str:
    """The person an honorific with a pronoun opening `name` stands for: the first one the article names before
    `at` within a few words after that honorific written plain («سمو … الأمير فيصل بن مشعل»), the story's
    own dignitary; "" when none is."""
    words = name.split()
    pattern = _HONORED.get(fold(words[0]).lstrip("و")) if words else None
    if pattern is None:
        return ""
    for m in re.finditer(rf"(?<![\u0621-\u064a])[وبل]?(?:{pattern})(?![\u0621-\u064a])", text[:at]):
        near = [e for e in people if m.end() <= e.start <= m.end() + HONORED_GAP and e.end <= at
                and _whole_name(e.canonical)]
        if near:  # the story's own dignitary, named first («رفع سمو الأمير X التهنئة لـ… وسمو الأمير Y»)
            return min(near, key=lambda e: e.start).canonical
    return ""


def function_word(name: str) -> bool:
    """True when a one-word name is a relative, a demonstrative, a pronoun or a particle («ما», «ذلك»)."""
    words = name.split()
    return len(words) == 1 and fold(words[0]) in _FUNCTION_WORDS


def _present_verb(word: str) -> bool:
    """True when a word is an imperfect verb the trigger table knows («يلتقي», «يستقبل», «تبحث»)."""
    w = fold(word)
    return w[:1] in ("ي", "ت") and w not in gz.load().first_names \
        and any(t.pos == "v" for t in lexicon().by_first.get(w, ()))


def headline_verb(name: str) -> str:
    """`name` ended before a present verb a headline runs it on into («الجبير يلتقي كيري» → الجبير)."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if _present_verb(words[i]):
            return " ".join(words[:i])
    return name


def _lam_person(words: list[str], persons: dict[tuple[str, ...], str]) -> bool:
    """True when a name's words from here on are «لـ» glued to a person: the first word without it a listed
    first name, or the words without it a person the article names («لسامح شكري»); a word that is itself a
    listed first name or name stays («لبنى», «لينا»)."""
    word = words[0]
    w = fold(word)
    g = gz.load()
    if not w.startswith("ل") or len(w) < 4 or w in g.first_names or gz.key(word) in g.names \
            or gz.key(word) in persons:
        return False
    return w[1:] in g.first_names or gz.key(" ".join([word[1:], *words[1:]])) in persons


def lam_person(name: str, persons: dict[tuple[str, ...], str]) -> str:
    """`name` without a second person glued to it with «لـ» («… آل سعود لسامح شكري» → … آل سعود), or without
    the «لـ» it opens with («لنوري المالكي» → نوري المالكي); `persons`: `person_keys`."""
    words = name.split()
    if len(words) < 2:
        return name
    if _lam_person(words, persons):
        return " ".join([words[0][1:], *words[1:]])
    person = fold(words[0]) in gz.load().first_names
    for i in range(2, len(words)):
        if _lam_person(words[i:], persons) or (person and fold(words[i]).startswith("لل")):
            return " ".join(words[:i])  # «علي السيستاني للعبادي» → علي السيستاني
    return name


def _glued_place(word: str, persons: dict[tuple[str, ...], str]) -> bool:
    """True when a word is «لـ»/«بـ» glued to a place the gazetteer lists and is no listed name itself nor a
    person's name of the article («لأربيل»; «لبنان», «بلاتر» of «جوزيف بلاتر» stay)."""
    g = gz.load()
    if word[:1] not in ("ل", "ب") or len(word) < 5 or gz.key(word) in g.names or fold(word) in g.first_names \
            or gz.key(word) in persons:
        return False
    k = gz.key(word[1:])
    entry = g.names.get(k)
    return entry is not None and _town(k, entry)


def glued_place(name: str, persons: dict[tuple[str, ...], str]) -> str:
    """`name` without a glued place run on into it (see the module doc); `persons`: `person_keys`."""
    words = name.split()
    if len(words) < 2:
        return name
    if _glued_place(words[0], persons):
        rest = words[1:]
        while rest and fold(rest[0]) in _PERSON_TITLES:
            rest = rest[1:]
        titled = len(rest) < len(words) - 1
        return " ".join(rest) if rest and (titled or fold(rest[0]) in gz.load().first_names) else name
    for i in range(1, len(words)):
        if _glued_place(words[i], persons):
            return " ".join(words[:i])
    return name


def invocation(name: str) -> bool:
    """True when «الله» in a name is a prayer's, not part of a compound name (see the module doc):
    «الله الهادي», «داعين الله», «سائلا الله»."""
    words = [fold(w) for w in name.split()]
    for k, w in enumerate(words):
        if w.removeprefix("و") != _ALLAH:
            continue
        if k == 0:
            return True
        prev = words[k - 1]
        if len(prev) >= 4 and (prev.endswith(("ين", "ون")) or (prev.endswith("ا") and not prev.endswith("ها"))):
            return True
    return False


def speech_participle(name: str) -> bool:
    """True when a name is or opens with a participle of saying in the accusative («موضحا», «مؤكدًا»,
    «مختتما حديثه» 'closing his talk')."""
    words = name.split()
    return bool(words) and fold(words[0]).replace("\u064b", "") in _SPEECH_PARTICIPLES


def front_preposition(name: str) -> str:
    """`name` without a preposition of time or place it opens with («أمام أولاده» 'before his children',
    «خلال الاجتماع»): "" where no listed name is left, else that name («عقب الأمم المتحدة» → الأمم المتحدة)."""
    words = name.split()
    if len(words) < 2 or words[0] not in _FRONT_PREPS:
        return name
    rest = " ".join(words[1:])
    return rest if gz.key(rest) in gz.load().names else ""


def compound_first(name: str, span: str) -> str:
    """`name` with the first part of a compound first name it lost, where the span writes it right before
    («الدين الأصبحي» → عز الدين الأصبحي)."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) not in _SECOND_PARTS:
        return name
    m = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]+)\s+" + re.escape(name), span)
    if m is None:
        return name
    part = m.group(1)
    part = part[1:] if fold(part)[:1] == "و" and fold(part)[1:] in _FIRST_PARTS else part
    return f"{part} {name}" if fold(part) in _FIRST_PARTS else name


def group_then_person(name: str) -> str:
    """`name` from its person's first name on when a group's definite plural nisba stands before it
    («الحوثيين عبدالملك الحوثي» → عبدالملك الحوثي)."""
    words = name.split()
    if len(words) < 3:
        return name
    head = fold(words[0])
    if head.startswith("ال") and head.endswith(("يين", "يون")) and fold(words[1]) in gz.load().first_names:
        return " ".join(words[1:])
    return name


def _town(k: tuple[str, ...], entry: gz.GazEntry) -> bool:
    """True when a listed name is a country, a capital or a city whose name is no definite common noun
    («أربيل»; «الشهداء», 'the martyrs', is a city too)."""
    return entry.kind in ("country", "capital") or (entry.kind == "city" and not k[0].startswith("ال"))


def person_place(name: str, persons: dict[tuple[str, ...], str]) -> str:
    """`name` without a listed place it runs on into after a person the article names, that person's full
    name («أوباما أديس أبابا» → باراك أوباما); `persons`: `person_keys` of the article's people."""
    g = gz.load()
    k = gz.key(name)
    for i in range(1, len(k)):
        tail = g.names.get(k[i:])
        if k[:i] in persons and tail is not None and _town(k[i:], tail):
            return persons[k[:i]]
    return name


def person_keys(people: list[Entity]) -> dict[tuple[str, ...], str]:
    """The folded word tuples of people's names as written and in full, and of their last words, each with
    the person's full name."""
    keys: dict[tuple[str, ...], str] = {}
    for e in people:
        for n in (e.text, e.canonical):
            k = gz.key(n)
            for part in (k, k[-1:]) if k else ():
                keys.setdefault(part, e.canonical)
    return keys


def cut_title_words(name: str) -> list[str]:
    """The title words of a name that is only a title cut short, honorifics left out («سمو أمير» → [أمير],
    «سمو ولي» → [ولي], «وولي ولي العهد» → [ولي, ولي, العهد]); [] for a name with any other word."""
    words = name.split()
    if not words:
        return []
    if fold(words[0]).startswith("و") and fold(words[0])[1:] in _TITLE_HEADS:
        words = [words[0][1:], *words[1:]]
    folded = [fold(w) for w in words]
    rest = [w for w, f in zip(words, folded, strict=True) if f not in _TITLE_HONORS]
    if not rest or fold(rest[0]) not in _TITLE_HEADS:
        return []
    if len(rest) == 1:
        return rest
    return rest if rest == ["ولي", "ولي", "العهد"] else []


def _whole_titles(title: list[str], span: str) -> list[str]:
    """The title as the span goes on with it after the cut: longest first («أمير منطقة الرياض», «أمير منطقة»)."""
    m = re.search(r"(?<![\u0621-\u064a])" + r"\s+".join(map(re.escape, title)) +
                  rf"((?:\s+[\u0621-\u064a]+){{0,{TITLE_REACH}}})", span)
    if m is None:
        return []
    more = m.group(1).split()
    least = 0 if len(title) > 1 else 1
    return [" ".join([*title, *more[:k]]) for k in range(len(more), least - 1, -1)
            if k == 0 or not more[k - 1].startswith("ل")]


def title_holder(name: str, at: int, text: str, people: list[Entity]) -> str | None:
    """The person the article names with the whole title a cut title stands for (see the module doc), the
    naming nearest before `at` first; None when none is found."""
    title = cut_title_words(name)
    if not title:
        return None
    for whole in _whole_titles(title, text[at:]):
        found: list[tuple[int, str]] = []
        for m in re.finditer(re.escape(whole) + r"(?![\u0621-\u064a])", text):
            for e in people:
                if 0 <= m.start() - e.end <= 2 or (0 <= e.start - m.end() <= HOLDER_GAP + 20
                                                    and _NAME_TITLES.match(text[m.end():e.start])):
                    found.append((m.start(), e.canonical))
        if found:
            before = [f for f in found if f[0] <= at]
            return (before[-1] if before else found[0])[1]
    return None


def title_body(name: str, span: str) -> str:
    """The body a cut title belongs to, named right after it in the span («وزراء خارجية دول مجلس التعاون» →
    مجلس التعاون الخليجي); `name` itself when it is no cut title or no listed body follows it."""
    if not cut_title(name):
        return name
    m = re.search(r"(?<![\u0621-\u064a])" + re.escape(name) + rf"((?:\s+[\u0621-\u064a]+){{1,{BODY_REACH + 1}}})",
                  span)
    if m is None:
        return name
    words = m.group(1).split()
    if fold(words[0]) in _STATES_OF:
        words = words[1:]
    g = gz.load()
    for k in range(min(len(words), BODY_REACH), 0, -1):
        key = gz.key(" ".join(words[:k]))
        entry = g.names.get(key)
        if entry is not None and entry.label in ("ORG", "LOC"):
            return entry.canonical
        if key in _SHORT_BODIES:
            return _SHORT_BODIES[key]
    return name


def site_name(name: str) -> bool:
    """True when a name's head (with a glued «لـ», «بـ» or «و») is a site one visits («لقصر …», «متحف …»)."""
    words = name.split()
    if not words:
        return False
    head = fold(words[0])
    return head in _SITES or (head[:1] in ("ل", "ب", "و") and head[1:] in _SITES)


def claim_speaker(claimed: str | None, at: int, text: str, people: list[Entity]) -> str | None:
    """Who an event is claimed by, without a reporting verb run on into it, an honorific made the person it
    stands for; None when it names no one («موضحا», an honorific no one was called by)."""
    if not claimed:
        return claimed
    words = claimed.split()
    if fold(words[0]).lstrip("وف") in _REPORTING or fold(words[0]) in _REPORTING:
        words = words[1:]
    name = " ".join(words)
    if not words or speech_participle(name) or function_word(name):
        return None
    if honorific_only(name):
        return honored_person(name, at, text, people) or None
    return name


def verbal_protest(ev: Event) -> bool:
    """True when a PROTEST's trigger is the verb «احتج» and its doers are no crowd: one person, a state or a
    body that protests against something criticises it («واحتج لافروف على …», «احتجت الخارجية على …»)."""
    if ev.type != "PROTEST" or not ev.source:
        return False
    words = ev.trigger.split()
    if not words or fold(words[0]) not in _PROTEST_VERBS:
        return False
    return not any(_CROWD.search(fold(w)) for n in ev.source for w in n.split()[:1])


def accident_blast(ev: Event, span: str) -> bool:
    """True when an attack with no doer is a blast in a sentence that tells an accident and no attack
    («بسبب انفجار أحد إطارات الشاحنة», «انفجار ناتج عن تسرب الغاز»)."""
    if ev.type != "ASSAULT" or ev.source or "فجار" not in ev.trigger:
        return False
    return bool(_ACCIDENT.search(span)) and not _ATTACK.search(span)


# what a name may run on into after it: a pronoun opening an aside («وارمبي وهو مدرب …») or the noun of a
# statement with its pronoun («وجّه الدكتور العنزي شكره», «قدم X شكره وتقديره»)
# a relative pronoun opens the clause after a name, never a word of it
_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي",
                                         "اللاتي", "اللائي"))
# prepositions and particles, as written («على», not «علي»), that end no name: the cut head of a phrase
_TAIL_PARTICLES = frozenset((
    "ال", "في", "من", "إلى", "الى", "على", "مع", "ضد", "لدى", "حتى", "بين", "أو", "او", "ثم", "أن", "إن"))
# prepositions of time and place, as written («أمام», not «إمام»), that open no name
_FRONT_PREPS = frozenset((
    "أمام", "خلال", "بعد", "قبل", "عقب", "إثر", "اثر", "أثناء", "اثناء", "منذ", "وأمام", "وخلال", "وبعد", "وقبل"))
_TAIL_WORDS = frozenset(fold(w) for w in (
    "وهو", "وهي", "وهم", "وهما", "شكره", "شكرها", "شكرهم", "تقديره", "تقديرها", "تقديرهم", "ثناءه", "ثناءها",
    "امتنانه", "امتنانها", "تهنئته", "تهنئتها", "تعازيه", "تعازيها", "ترحيبه", "ترحيبها", "عن"))


def edge_words(name: str) -> str:
    """`name` without a verb of reporting run on into its front («وأردفت السهلي» → السهلي) and without a word
    run on into its end that is no part of a name: an aside's pronoun, a statement's noun with its pronoun
    or «عن» («العنزي شكره» → العنزي, «وارمبي وهو» → وارمبي, «نقابة الموظفين عن» → نقابة الموظفين; not «آي»
    of «إف بي آي» nor «علي» of «أحمد علي», which fold like particles); a relative pronoun and all after it go
    («علي الذي» → علي)."""
    words = name.split()
    if len(words) > 1 and (fold(words[0]) in _REPORTING or (fold(words[0])[1:] in _REPORTING
                           and fold(words[0])[:1] in ("و", "ف"))):
        words = words[1:]
    if len(words) > 1 and fold(words[-1]) in _TAIL_WORDS:
        words = words[:-1]
    while len(words) > 1 and words[-1] in _TAIL_PARTICLES:  # «صحافي ال», «مجموعة من»
        words = words[:-1]
    cut = next((k for k, w in enumerate(words) if k and fold(w) in _RELATIVES), len(words))
    return " ".join(words[:cut])  # «علي الذي» of «علي الذي أصيب …» → علي


def _fixed(name: str, span: str, ev: Event, persons: dict[tuple[str, ...], str]) -> str:
    """`name` as the rules leave it; "" when it names no party."""
    if function_word(name) or speech_participle(name) or invocation(name):
        return ""
    name = edge_words(front_preposition(name))
    if not name:
        return ""
    name = glued_place(lam_person(headline_verb(crown_tail(blessing_tail(name, span), span)), persons), persons)
    name = title_body(compound_first(name, span), span)
    name = person_place(group_then_person(name), persons)
    if ev.type == "CONSULT" and site_name(name):
        return ""
    return name


def _holders(ev: Event, text: str, people: list[Entity]) -> None:
    """The event's cut titles replaced by their holders (`title_holder`); a title whose holder the event
    names already goes; one whose holder is not found stays."""
    for side in (ev.source, ev.target):
        for k, name in enumerate(list(side)):
            holder = title_holder(name, ev.start, text, people)
            if holder is not None:
                side[k] = holder
    ev.source[:] = list(dict.fromkeys(ev.source))
    ev.target[:] = [n for n in dict.fromkeys(ev.target) if n not in ev.source]


def clean_junk(events: list[Event], text: str, entities: list[Entity] | None = None) -> list[Event]:
    """The events with junk names fixed or gone, verbal protests made criticism, accident blasts left out."""
    people = [e for e in entities or [] if e.label == "PER"]
    persons = person_keys(people)
    out = []
    for ev in events:
        span = text[ev.start:ev.end] if ev.end else text
        if accident_blast(ev, span):
            continue
        if verbal_protest(ev):
            ev.type, ev.mode = "DISAPPROVE", None
            told = next((e for e in events if e is not ev and e.type == "DISAPPROVE" and e.start == ev.start
                         and e.end == ev.end and e.source == ev.source), None)
            if told is not None:  # «واحتج X على ما اعتبره تدخلا»: one criticism
                told.target[:] = list(dict.fromkeys([*told.target, *ev.target]))
                continue
        _holders(ev, text, people)
        ev.claimed_by = claim_speaker(ev.claimed_by, ev.start, text, people)
        for side in (ev.source, ev.target):
            side[:] = [honored_person(n, ev.start, text, people) if honorific_only(n) else n for n in side]
        for side in (ev.source, ev.target):
            side[:] = list(dict.fromkeys(n for n in (_fixed(x, span, ev, persons) for x in side) if n))
        ev.target[:] = [n for n in ev.target if n not in ev.source]
        out.append(ev)
    return out

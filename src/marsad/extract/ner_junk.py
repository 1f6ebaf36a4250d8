"""Junk entity names: mentions that are no name, or names cut wrongly, fixed at the entity layer.

Applied by `ner_tagger.post_rules` (tags) and `entities._proclitic` (the proclitic of a first word):
- a person mention opening with a present-tense verb («وتتذكر العريني»: تـ/يـ + a stem that the
  vocabulary also knows with the other person prefix, تتذكر ↔ يتذكر, and as a past or first-person
  form, تذكر / نتذكر, and no name evidence) loses the verb; the rest stays a person when it is a
  name, else the mention is dropped;
- the bare word «مالي» tagged as the country is the adjective «financial» after a noun («مبلغ مالي»,
  «دعم مالي», «عجز مالي»): it is Mali only after a preposition, a direction or a state noun («في
  مالي», «شمال مالي», «حكومة مالي»), in a list of places, or at the start of a sentence;
- a foreign name whose first letter reads as a proclitic before «ال» («كاليفورنيا», «فالون») keeps it
  when the whole word is known (the vocabulary, a kNN or mined-lexicon name) and the stripped rest
  is no word of the vocabulary («اليفورنيا», «الون»);
- a person mention opening a sentence or clause with «و» + a news verb in the past («ودان أوباما»,
  «وأكد كيري»: and-condemned Obama) loses the verb; «دان» is also a given name, so the tagger may take
  the two words for one person;
- a short mention holding «يد» or «أيدي» (hand, hands) is no name: «على يد مسلحين», «على أيدي الحوثيين»
  name the doer after it; folded, «على» reads as the name «علي», and «على يد» tagged as a person became
  the victim of the deed told before it;
- a person's first word whose first letter reads as a proclitic keeps it (`keeps_name_letter`) where
  the rest names no person: «باهر محمد», «باولو جنتيلوني» are no ب + «أهر», «أولو» (towns the place lists
  know, words the vocabulary lacks, while it knows the whole word; «بيرام» is no بـ + the verb «يرام»: a
  rest in «يـ» with no name evidence, the whole word unknown to the vocabulary), and a «فـ» (then) stands at the
  head of a clause, never after a title or nisba in apposition («مستشار الأمن العراقي فالح الفياض», «الناشطة
  فاديا جاويش»);
- a person mention of three words or more run on into a definite noun, its verb's object («واستعرض الأمير
  خالد الفيصل البرنامج الذي …»), ends before it (`noun_tail`) where the noun has no name evidence, the
  longer form is written once in the article (a name written twice, «عبد الناصر العايد», is whole) and the
  article names the person without the noun elsewhere («خالد الفيصل»);
  else the fullest form made the noun part of every mention's name;
- a person or body mention of two words or more run on into the word after the name (`drop_run_on_tails`)
  ends before it: a verb («الملك سلمان بن عبد العزيز أنجز», «وفي يوم الخميس الملك سلمان استقبل», «محمد
  بخاري سيسافر», «وقال إن قصف ميليشيات الحوثي وصالح دمر الأحياء»: a past verb the trigger table or the
  news verbs know, a present verb, or a future «سـ» + a present verb), or «بـ» + a noun, the verb's
  complement, a noun the vocabulary also knows with the article or another clitic («وطالب الدكتور السدلان بوجوب», «استبق
  لقاءه كارتر بنشر نص رسالة», «وقضت المحكمة الاتحادية العليا بمعاقبتها»).
  A word with name evidence or a given name stays («ميشيل بلاتيني», «فلاديمير بوتين», «صالح بن طالب»), as
  does a word after «بن», «آل», «أبو» («علي بن أبي طالب»). Done before the consistency step, so that the
  verb is not tagged alone as the person elsewhere in the article («استقبل خادم الحرمين»).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_lexicon import lexicon as trigger_lexicon
from marsad.extract.ner_bio import set_span, spans
from marsad.extract.ner_features import clusters, knn_types, lexicon

NAME_TYPES = frozenset({"PER", "LOC", "ORG", "MISC"})
# folded words after which a bare «مالي» names the country (prepositions, directions, state nouns)
MALI_CUES = frozenset(fold(w) for w in (
    "في", "فى", "من", "إلى", "الى", "عن", "لدى", "مع", "بين", "داخل", "خارج", "شمال", "جنوب", "شرق",
    "غرب", "وسط", "بوسط", "بشمال", "بجنوب", "وشمال", "وجنوب", "حكومة", "شعب", "دولة", "لدولة",
    "جمهورية", "سلطات", "قوات", "جيش", "رئيس", "عاصمة", "مملكة", "حدود", "منتخب", "سفير", "سفارة",
    "وزير", "خارجية", "باماكو", "و", "أو", "او",
))
MALI = fold("مالي")
# given names that read as a present-tense verb («يزيد» / «تزيد»): never a verb opening a name
VERB_LIKE_NAMES = frozenset(fold(w) for w in ("يزيد", "يزن", "يمان", "تمام", "يسري", "يعرب", "تيم"))


def _name_evidence(w: str) -> bool:
    """True when a folded word has a name type in the kNN or mined lexicons or is a given name."""
    if w in gz.load().first_names:
        return True
    k = knn_types().get(w)
    if k is not None and k[0] in NAME_TYPES:
        return True
    return any(lab in NAME_TYPES for lx in ("ner_lexicon.tsv", "ner_selflex.tsv")
               for lab, _ in lexicon(lx).get(w, ()))


@lru_cache(maxsize=4096)
def present_verb(w: str) -> bool:
    """True when a folded word is a present-tense verb («تتذكر», «ويقول»): تـ/يـ + a stem that the
    vocabulary also knows with the other prefix and as a past or first-person form, and no name
    evidence for the word («يعاريف» is a name: «تعاريف» is a noun, «عاريف» no word)."""
    vocab = clusters()
    body = w[1:] if w[:1] in "وف" and len(w) > 4 and w[1:2] in "يت" else w
    if len(body) < 4 or body[0] not in "يت" or body in VERB_LIKE_NAMES or _name_evidence(body) or _name_evidence(w):
        return False
    other = ("ت" if body[0] == "ي" else "ي") + body[1:]
    if other not in vocab or _name_evidence(other):
        return False
    # the stem is also a past form or a first-person present («تذكر», «نتذكر», «اتذكر»): a verb
    return any(f in vocab for f in (body[1:], "ن" + body[1:], "ا" + body[1:]))


def _is_name_rest(fs: list[str], i: int, j: int) -> bool:
    """True when tokens i..j can stand as a person's name: one of them has name evidence or is
    unknown to the vocabulary (a rare name)."""
    vocab = clusters()
    return any(_name_evidence(fs[k]) or (fs[k] not in vocab and fs[k].isalpha()) for k in range(i, j))


def drop_verb_openers(folded: list[list[str]], tags: list[list[str]]) -> None:
    """A person mention opening with a present-tense verb loses it (in place)."""
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            if label != "PER" or j - i < 2 or not present_verb(fs[i]):
                continue
            ts[i] = "O"
            if _is_name_rest(fs, i + 1, j):
                set_span(ts, i + 1, j, "PER")
            else:
                for k in range(i + 1, j):
                    ts[k] = "O"


def _mali_country(fs: list[str], ts: list[str], i: int) -> bool:
    """True when the bare «مالي» at i names the country by its context."""
    if i == 0 or not any(c.isalpha() for c in fs[i - 1]):
        return True
    prev = fs[i - 1]
    if prev in MALI_CUES or ts[i - 1] != "O":
        return True
    nxt = fs[i + 1] if i + 1 < len(fs) else ""
    # a list of places: «مالي والنيجر», «النيجر مالي»
    return nxt[:1] == "و" and i + 1 < len(ts) and ts[i + 1][2:] == "LOC"


def drop_adjective_mali(folded: list[list[str]], tags: list[list[str]]) -> None:
    """The bare «مالي» tagged LOC after a noun is the adjective «financial»: untagged (in place)."""
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            if label == "LOC" and j - i == 1 and fs[i] == MALI and not _mali_country(fs, ts, i):
                ts[i] = "O"


# «يد», «أيدي»: the hand of «على يد X» (by X), never a name by itself
HANDS = frozenset(fold(w) for w in ("يد", "أيدي", "ايدي"))


def drop_hands(folded: list[list[str]], tags: list[list[str]]) -> None:
    """A mention of at most two words with «يد» or «أيدي» in it («على يد مسلحين»: by gunmen; folded
    «على» reads as the name «علي»): untagged (in place)."""
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, _label in spans(ts):
            if j - i <= 2 and any(fs[k] in HANDS for k in range(i, j)):
                ts[i:j] = ["O"] * (j - i)


# past-tense news verbs («دان», «أكد») that open a sentence after «و», before the speaker's name
SAID_VERBS = frozenset(fold(w) for w in (
    "دان", "أدان", "دعا", "قال", "أكد", "طالب", "أعلن", "أضاف", "أشار", "ندد", "رحب", "اتهم", "هدد",
    "رفض", "نفى", "أوضح", "شدد", "اعتبر", "استنكر", "انتقد", "حذر", "التقى", "استقبل", "بحث", "ناقش",
    "زار", "وصف", "أعرب", "عبر", "كشف", "ذكر", "تابع", "أشاد", "حث", "ناشد"))


def drop_said_openers(folded: list[list[str]], tags: list[list[str]]) -> None:
    """A person mention opening its sentence or clause with «و» + a past news verb («ودان أوباما»)
    loses the verb; the rest stays a person when it is a name, else the mention is dropped (in place)."""
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            w = fs[i]
            if label != "PER" or j - i < 2 or w[:1] != "و" or w[1:] not in SAID_VERBS \
                    or (i > 0 and any(c.isalpha() for c in fs[i - 1])):
                continue
            ts[i] = "O"
            if _is_name_rest(fs, i + 1, j):
                set_span(ts, i + 1, j, "PER")
            else:
                ts[i + 1:j] = ["O"] * (j - i - 1)


# verbs of being and doing a name runs on into that the trigger table lacks
_RUN_ON_VERBS = SAID_VERBS | frozenset(fold(w) for w in (
    "تم", "كان", "كانت", "قام", "قامت", "أصبح", "بات", "ظل", "أنجز", "أمضى", "قضى", "أصدر", "وجه", "تلقى",
    "رأس", "ترأس", "افتتح", "رعى", "زار", "غادر", "وصل"))
# words after which the next word is part of a person's name («بن طالب», «آل طالب», «أبي طالب»; also read by
# `events_name_checks`)
NAME_LINKS = frozenset(fold(w) for w in (
    "بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "ابو", "ابي", "أم", "عبد", "ولد", "بو"))


@lru_cache(maxsize=4096)
def _run_on_word(w: str) -> bool:
    """True when a folded word after a name is a verb or «بـ» + a noun, not a word of the name."""
    g = gz.load()
    if len(w) < 3 or w in g.first_names or (w,) in g.names:
        return False
    rest = w[1:]
    if w[0] == "س" and len(w) >= 5 and rest[0] in "يتن" and (present_verb(rest) or _trigger_verb(rest)):
        return True  # «سيعلن», «سيسافر»: the future of a present verb
    if _name_evidence(w):
        return False
    if w in _RUN_ON_VERBS or present_verb(w) or _trigger_verb(w):
        return True
    # «بوجوب», «بنشر», «بمعاقبتها»: بـ + a common noun, one the vocabulary also knows with the article or
    # another clitic («النشر», «ووجوب»); not a foreign name in «بـ» («بنزيمة», «بيرسي», «بوين»)
    if w[0] != "ب" or len(rest) < 3 or rest.startswith("ال") or _name_evidence(rest):
        return False
    noun, vocab = re.sub("ت(?:ه|ها|هم|هما)$", "ة", rest), clusters()
    return noun in vocab and any(p + noun in vocab for p in ("ال", "بال", "لل", "وال", "و", "ل"))


def _trigger_verb(w: str) -> bool:
    """True when the trigger table knows a folded word as a verb («استقبل», «دمر»)."""
    return any(t.pos == "v" for t in trigger_lexicon().by_first.get(w, ()))


def drop_run_on_tails(folded: list[list[str]], tags: list[list[str]]) -> None:
    """A person or body mention of two words or more whose last word is a verb or «بـ» + a noun the name
    ran on into ends before it (in place)."""
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            if label in ("PER", "ORG") and j - i >= 2 and fs[j - 2] not in NAME_LINKS and _run_on_word(fs[j - 1]):
                ts[j - 1] = "O"


def junk_rules(folded: list[list[str]], tags: list[list[str]]) -> None:
    """All tag-level junk-name rules of this module (in place)."""
    drop_run_on_tails(folded, tags)
    drop_verb_openers(folded, tags)
    drop_said_openers(folded, tags)
    drop_adjective_mali(folded, tags)
    drop_hands(folded, tags)


def keeps_clitic_letter(fw: str, form: str, known: set[str]) -> bool:
    """True when the first letter of a folded word must not be taken off as a proclitic before «ال»
    («كاليفورنيا», not كـ + «اليفورنيا»): the whole word is known (a word of the vocabulary or a
    name of the kNN or mined lexicons; for «و», a name only) and the rest is no word of the vocabulary."""
    if form in known or form in clusters():
        return False
    # «و» before the article is by far the most frequent clitic: only a known name keeps it («والتر»)
    return _name_evidence(fw) if fw[0] == "و" else fw in clusters() or _name_evidence(fw)


def keeps_name_letter(fw: str, plen: int, prev: str | None, known: set[str]) -> bool:
    """True when a person mention's folded first word `fw` must keep the `plen` letters read as its
    proclitic: the rest is no word of the vocabulary and no given name while the whole word is a word of
    it («باهر»: «اهر» only a town), or the letter is «ف» right after a definite word of the same
    clause, a title or a nisba in apposition («العراقي فالح»). `prev`: the folded word before, or None."""
    if plen != 1 or len(fw) < 4:
        return False
    rest, g = fw[1:], gz.load()
    if rest in known or rest in g.first_names:
        return False
    entry = g.names.get((rest,))
    if entry is not None and entry.label == "PER":
        return False
    vocab = clusters()
    if fw in vocab and rest not in vocab and not rest.startswith(("ال", "ل")):
        return True  # not «للعبادي», «بالفياض»: لـ/بـ + the article, rare names the vocabulary lacks
    if rest[:1] == "ي" and fw not in vocab and rest in vocab and not _name_evidence(rest):
        return True  # «رئيسها بيرام ولد الداه»: a name the vocabulary lacks, not بـ + the verb «يرام»
    if fw[0] != "ف" or prev is None or not prev.startswith("ال") or len(prev) <= 3:
        return False
    return not rest.startswith("ال") or _name_evidence(fw)  # «فالح» is a name, «فالمالكي» ف + المالكي


def noun_tail(words: tuple[str, ...], seen: Counter[tuple[str, ...]], folded_text: str) -> bool:
    """True when a person mention's folded `words` end in a definite noun no name: three words or more, the
    last «الـ» + a word with no name evidence, the words written once in the (folded) text and without that
    last word elsewhere as a person («خالد الفيصل البرنامج» beside «خالد الفيصل»; «عبد الناصر العايد»,
    written twice, is a name). `seen`: the article's person mentions."""
    last = words[-1] if words else ""
    if len(words) < 3 or not last.startswith("ال") or len(last) <= 4 or seen[words[:-1]] == 0:
        return False
    once = len(re.findall(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)", folded_text)) == 1
    return once and not _name_evidence(last)

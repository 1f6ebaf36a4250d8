"""Actor names cut short or standing for a named person.

Fixes on each event's names once a sentence's events are made, read against the sentence:

- `named_by_yudaa`: a role phrase followed in its clause by «يدعى»/«المدعو» and a name («قيادي آخر في
  التنظيم يدعى فلان الفلاني», «أحد المقيمين يدعى …») gives way to that name, which leaves the other side;
- `person_tail`: a person's name the entity layer cut before its last words goes on over them while
  they are name words (first names, «بن»/«آل» links, words of the surname clusters of the NER's word
  clusters): «محمد بن عبدالله» + «المرشد» → «محمد بن عبدالله المرشد»;
- `holder_after`: a role phrase with no name in it («المستشار», «سفير خادم الحرمين الشريفين») gives way to
  the person named after its complement in the same clause («… لدى كندا نايف بن بندر السديري», «… في
  وزارة الداخلية الدكتور حسين الثقفي»): a first name and the name words after it; a bare title, or a
  title word in the complement, takes the words right after it when the second is a name word or «بن»
  («النائبة سلمى الحربي», «… الدكتور أمين بن يوسف»);
- `person_head`: a person's name the entity layer cut after its first name takes it back («علي» +
  «دوابشة» → «علي دوابشة»); a compound first name goes on over its second half («سيف» + «الإسلام»);
- `body_tail`: a body's name of a head and an adjective the entity layer cut before its «لـ» complement
  goes on over it («الاتحاد العالمي» + «للمسلمين», «الشركة الكويتية» + «لنفط الخليج») unless a list
  names it whole («الاتحاد الأوروبي»).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.ner_features import clusters, knn_types, lexicon
from marsad.model import Event

__all__ = ["NAMED_BY", "body_tail", "common_accusative", "complete_names", "holder_after", "name_word",
           "named_by_yudaa", "person_head", "person_tail", "whole_word_at"]

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
# «يدعى» and its kin: the words after it are the name of the one just told of
NAMED_BY = frozenset(fold(w) for w in ("يدعى", "يُدعى", "ويدعى", "تدعى", "تُدعى", "وتدعى", "المدعو", "المدعوة",
                                      "يدعي", "ويدعي", "تدعي"))
# first names that are mostly a phrase before a name («المتحدث باسم الكرملين», «صباح الأحد»)
_PHRASE_NAMES = frozenset(fold(w) for w in ("باسم", "صباح", "مساء"))
_COMPOUND_ENDS = frozenset(fold(w) for w in ("الدين", "الإسلام"))  # second halves of compound first names
_LINKS = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "ابو", "عبد"))
# function words a name never goes on over («على» and «إلى» are told by their «ى»: folded, «على» is «علي»)
_STOP = frozenset(fold(w) for w in (
    "في", "من", "عن", "مع", "الذي", "التي", "وهو", "وهي", "هو", "هي", "قد", "لقد", "كان", "كانت",
    "أن", "إن", "أنه", "انه", "بعد", "قبل", "خلال", "أمس", "اليوم", "حيث", "كما", "ما", "لا", "لم", "لن", "عبر",
    "منذ", "حتى", "أو", "ثم", "بين", "عند", "لدى", "نحو", "ضد", "بشأن", "أي", "كل", "بعض", "هذا", "هذه", "ذلك",
    "يوم", "ليلة", "غدا"))  # a time word ends a name («رجلا يدعى ساوتي كوما يوم الأحد الماضي»)
_BODY_HEADS = frozenset(fold(w) for w in (
    "الاتحاد", "الشركة", "الوكالة", "المنظمة", "الهيئة", "المجلس", "اللجنة", "الجمعية", "المركز", "المؤسسة",
    "الرابطة", "الصندوق", "المرصد", "الائتلاف", "الجبهة", "المكتب", "البرنامج"))
# words a role's complement never holds: the clause has gone on to what the role holder did or said
_CLAUSE_WORDS = frozenset(fold(w) for w in (
    "عن", "أن", "بأن", "إن", "أنه", "الذي", "التي", "الذين", "وقال", "قال", "وأكد", "أكد", "خلال", "أمس",
    "اليوم", "مع", "ضد", "حيث", "بعد", "قبل", "منذ", "حول", "بشأن", "صباح", "مساء", "ظهر", "عصر", "ليلة", "يوم"))
# role nouns the word clusters put among names, and the modifiers a role takes after it
_ROLE_WORDS = frozenset(fold(w) for w in ("المشرف", "المنسق", "الممثل", "الوكيل", "المساعد", "المفوض", "المتحدث",
                                          "الأمين", "المدير", "الرئيس", "المستشار", "العضو", "المسؤول"))
_ROLE_MODIFIERS = frozenset(fold(w) for w in ("العام", "العامة", "المساعد", "التنفيذي", "الإقليمي", "الإعلامي",
                                              "السابق", "الأسبق", "الأعلى", "الفني", "الإداري"))
_QUANTITIES = frozenset(fold(w) for w in ("العديد", "الكثير", "الجميع", "البعض", "عدد", "عددا", "جميع", "بعض"))
_HOLDER_REACH = 12  # words between a role phrase and its holder's name
_MAX_TAIL = 3  # words a cut name may go on over
_YUDAA_REACH = 8  # words between a role phrase and «يدعى»
_SURNAME_SHARE = 0.85  # share of known person words that makes a word cluster a cluster of names
_CLUSTER_MIN = 20


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Folded words the gazetteer, the mined lexicon or the kNN types give as person names."""
    g = gz.load()
    knn = {w for w, v in knn_types().items() if v[0] == "PER"}
    mined = {w for w, v in lexicon().items() if any(lab == "PER" for lab, _ in v)}
    return frozenset(g.first_names | knn | mined)


@lru_cache(maxsize=1)
def _name_clusters() -> frozenset[str]:
    """Fine word clusters made mostly (`_SURNAME_SHARE`) of person words («الحربي», «العنزي», …)."""
    known = _person_words()
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for w, (_, fine) in clusters().items():
        total[fine] += 1
        hits[fine] += w in known
    return frozenset(f for f in total if total[f] >= _CLUSTER_MIN and hits[f] / total[f] >= _SURNAME_SHARE)


def _stop(word: str) -> bool:
    """True for a function word (`_STOP`, «على», «إلى»)."""
    return fold(word) in _STOP or word in ("على", "إلى", "الى")


def name_word(word: str) -> bool:
    """True when a written word can be a word of a person's name: a first name or a word of a name
    cluster, not a title, a function word or a word with a glued «و» conjunction before a name."""
    f = fold(word)
    g = gz.load()
    first = f in g.first_names and not word.endswith("ى")  # «علي», not «على»
    if not f or _stop(word) or (f,) in g.titles or f in g.title_heads or word.endswith("ى") \
            or (gz.is_stop(f, g) and not first):
        return False
    if (f.startswith("و") and f not in g.first_names) or len(f) < 2 or word.endswith("\u0640"):
        return False  # «وخالد», «وصاحب»: a second person; «ولي» of «ولي العهد»; «لـ»
    return f in g.first_names or clusters().get(f, ("", ""))[1] in _name_clusters()


def _words_after(span: str, end: int, n: int) -> list[re.Match[str]]:
    """Up to `n` words right after `end` in `span`, stopping at the first mark that is no space."""
    out: list[re.Match[str]] = []
    pos = end
    while len(out) < n:
        m = _WORD.match(span, pos + 1) if span[pos:pos + 1] == " " else None
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def _letter(text: str, k: int) -> bool:
    """True when `text` holds an Arabic letter (ء…ي) at index `k`."""
    return 0 <= k < len(text) and "\u0621" <= text[k] <= "\u064a"


def whole_word_at(name: str, text: str, pos: int = 0) -> tuple[int, int] | None:
    """The (start, end) of the first whole-word occurrence of `name` in `text` from `pos` on (no Arabic
    letter ء…ي right before or after it), or None: a plain search, no pattern compiled for each name."""
    k = text.find(name, pos)
    while k >= 0:
        end = k + len(name)
        if not _letter(text, k - 1) and not _letter(text, end):
            return k, end
        k = text.find(name, k + 1)
    return None


def _found(name: str, span: str) -> tuple[int, int] | None:
    """The (start, end) of the first whole-word occurrence of `name` in `span`."""
    return whole_word_at(name, span)


def _person_at(name: str, span: str) -> tuple[int, int] | None:
    """Where `name` stands in `span` when it is a person's name (its last word a name word, its first
    no body's head); None otherwise."""
    words = name.split()
    if not words or not name_word(words[-1]) or fold(words[0]) in _BODY_HEADS:
        return None
    return _found(name, span)


def person_tail(name: str, span: str) -> str:
    """`name` gone on over the name words the entity layer cut off after it (see the module doc); the
    name itself must be a person's (its last word a name word)."""
    m = _person_at(name, span)
    if m is None:
        return name
    tail: list[str] = []
    after = _words_after(span, m[1], _MAX_TAIL + 1)
    k = 0
    while k < len(after) and len(tail) < _MAX_TAIL:
        w = after[k].group()
        if fold(w) in _LINKS and k + 1 < len(after) and not _stop(after[k + 1].group()) \
                and not after[k + 1].group().startswith("لل"):
            tail += [w, after[k + 1].group()]
            k += 2
        elif fold(w) in _COMPOUND_ENDS:
            tail.append(w)  # «سيف» + «الإسلام», «نور» + «الدين»
            k += 1
        elif name_word(w) and fold(w) not in _LINKS and not _role_head(w, after[k + 1:]):
            tail.append(w)
            k += 1
        else:
            break
    return " ".join([name, *tail]) if tail else name


def person_head(name: str, span: str, text: str = "") -> str:
    """`name` with the first name the entity layer cut off before it («علي» + «دوابشة»): a listed first
    name written right before a person's name (its last word a name word); «على» is no name, nor is
    «علي» where the article (`text`) never writes «على» (the preposition may be spelled so)."""
    m = _person_at(name, span)
    if m is None:
        return name
    before = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]+) $", span[:m[0]])
    if before is None:
        return name
    word = before.group(1)
    f = fold(word)
    if f not in gz.load().first_names or word.endswith("ى") or _stop(word) or f in _PHRASE_NAMES:
        return name
    if word == "علي" and "على" not in (text or span):
        return name
    return f"{word} {name}"


def _role_head(word: str, after: list[re.Match[str]]) -> bool:
    """True for a role noun («المشرف», «المنسق») or a definite word before a role's modifier
    («… العام», «… المساعد»): a title after the name, not a surname."""
    f = fold(word)
    return f in _ROLE_WORDS or (f.startswith("ال") and bool(after) and fold(after[0].group()) in _ROLE_MODIFIERS)


def body_tail(name: str, span: str) -> str:
    """`name` gone on over its complement when it is a body's head and an adjective no list names whole
    (see the module doc): a definite «لل…» word and a nisba adjective after it («للطاقة الذرية»), or «لـ»
    and a construct with a definite genitive («لنفط الخليج», «لحقوق الإنسان»)."""
    words = name.split()
    g = gz.load()
    if len(words) != 2 or fold(words[0]) not in _BODY_HEADS or not words[1].startswith("ال"):
        return name
    k = gz.key(name)
    if k in g.names or k in g.extra or k in g.rule_extra:
        return name  # «الاتحاد الأوروبي لجهود السلام»: the body is named whole; «لـ» is the verbal noun's
    m = _found(name, span)
    if m is None:
        return name
    after = _words_after(span, m[1], 2)
    first = after[0].group() if after else ""
    second = after[1].group() if len(after) > 1 else ""
    if first.startswith("لل") and len(first) >= 5:
        nisba = fold(second)
        keep = nisba.startswith("ال") and nisba.endswith(("ي", "يه")) and not _stop(second)
        return " ".join([name, first, second] if keep else [name, first])  # not «للمسلمين المجتمع»
    if first.startswith("ل") and len(first) >= 4 and second.startswith("ال") and not _stop(second) \
            and not fold(first).endswith(("ه", "ها", "هم")):
        third = _words_after(span, after[1].end(), 1)
        nisba = fold(third[0].group()) if third else ""
        keep = nisba.startswith("ال") and nisba.endswith(("ي", "يه")) and not _stop(third[0].group())
        return " ".join([name, first, second, third[0].group()] if keep else [name, first, second])
    return name


def named_by_yudaa(name: str, span: str) -> str:
    """The name told after «يدعى» for a role phrase `name` written up to `_YUDAA_REACH` words before it
    in the same clause, else ""."""
    if not name or name_word(name.split()[-1]):
        return ""  # already a person's name
    m = _found(name, span)
    if m is None:
        return ""
    rest = span[m[1]:]
    cut = re.search(r"[.،,؛;:!؟?«»\"()]", rest)
    words = list(_WORD.finditer(rest[:cut.start()] if cut else rest))
    for k, w in enumerate(words[:_YUDAA_REACH + 1]):
        if fold(w.group()) in NAMED_BY:
            return " ".join(_name_run([x.group() for x in words[k + 1:k + 5]]))
        if not _in_role(w.group()):
            return ""
    return ""


def _in_role(word: str) -> bool:
    """True for a word that can go on a role phrase before «يدعى»: a definite word, «في»/«من», «آخر»
    («قيادي آخر في التنظيم», «أحد المقيمين العرب»); «المحكمة سيدة تدعى …» has an object between."""
    f = fold(word)
    return f.startswith(("ال", "بال", "لل")) or f in ("في", "من", "اخر", "اخري")


def _no_complement(word: str) -> bool:
    """True for a word a role's complement does not hold: an accusative with tanwin («فريقاً»), a noun or
    verb with an object pronoun («وصوله»)."""
    return word.endswith(("اً", "ًا", "ً")) or (fold(word).endswith(("ه", "ها", "هم")) and not word.endswith("ة"))


def common_accusative(word: str) -> bool:
    """True for an indefinite accusative in ـا of a common noun or adjective («اتصالا», «حكما», «احتجاجا»,
    «حاكما»): its stem takes the article in the word clusters' vocabulary («الاتصال»), and it is no
    first name of the gazetteer («زكريا»). Foreign names in ـا take no article («أوباما», «سيلفا»)."""
    f = fold(word).rstrip("ً")
    if not f.endswith("ا") or f.endswith(("وا", "ها", "نا")) or len(f) < 4 or f.startswith("ال") \
            or f in gz.load().first_names:
        return False
    return "ال" + f[:-1] in clusters()


def _first_name(word: str) -> bool:
    """True for a word that can open a person's name: a first name («عبدالغني» too), not definite, no
    glued «و», no common noun's accusative («وأجرى وزير الخارجية اتصالا هاتفيا»: `common_accusative`)."""
    f = fold(word)
    if f.startswith(("ال", "لل")) or _stop(word) or word.endswith("ى") \
            or (f.startswith("و") and f not in gz.load().first_names) or common_accusative(word):
        return False
    return f in _person_words() or (f.startswith("عبد") and len(f) > 5)


def _title(word: str) -> bool:
    """True for a word that opens a title cue, with or without its article («النائبة» as «نائبة», «عميد»
    as «العميد»)."""
    f = fold(word)
    g = gz.load()
    bare = f[2:] if f.startswith("ال") else "ال" + f
    return bool(gz.title_readings(f, g) or gz.title_readings(bare, g))


def holder_after(name: str, span: str) -> str:
    """The person named after the role phrase `name` in its clause (see the module doc), else ""."""
    words = name.split()
    if not words or any(name_word(w) for w in words) or not _title(words[0]):
        return ""
    m = _found(name, span)
    if m is None:
        return ""
    rest = span[m[1]:]
    cut = re.search(r"[.؛;:!؟?«»\"()]", rest)
    after = list(_WORD.finditer(rest[:cut.start()] if cut else rest))[:_HOLDER_REACH]
    for k, w in enumerate(after):
        word = w.group()
        if (_stop(word) and fold(word) not in ("في", "لدي")) or fold(word) in _CLAUSE_WORDS or _no_complement(word):
            return ""
        titled = (k == 0 and not rest[:w.start()].strip(" ") and len(words) == 1) \
            or (k > 0 and _title(after[k - 1].group()))
        if _first_name(word) or (titled and _bare_word(word) and not fold(word).startswith("ال")
                                 and k + 1 < len(after) and (name_word(after[k + 1].group())
                                                             or fold(after[k + 1].group()) in _LINKS)):
            run = _holder_run(rest, after[k:])
            if len(run) >= 2:
                return " ".join(run)
    return ""


def _holder_run(rest: str, after: list[re.Match[str]]) -> list[str]:
    """The name opened by the first of `after`: name words and «بن»/«آل» links while no mark parts them,
    and one last plain word the clause ends after («محمد سيد المحدثين إلى …»)."""
    run = [after[0].group()]
    prev = after[0]
    for n, x in enumerate(after[1:_MAX_TAIL + 2], start=1):
        if rest[prev.end():x.start()].strip(" ") or len(run) > _MAX_TAIL:
            break
        word = x.group()
        if name_word(word) or fold(word) in _LINKS:
            run.append(word)
        elif _plain_last(word) and (n + 1 >= len(after) or rest[x.end():after[n + 1].start()].strip(" ")
                                    or _stop(after[n + 1].group()) or fold(after[n + 1].group()) in _CLAUSE_WORDS):
            run.append(word)
            break
        else:
            break
        prev = x
    while run and fold(run[-1]) in _LINKS:
        run.pop()
    return run


def _bare_word(word: str) -> bool:
    """True for a word with no clitic preposition, no function or quantity word, no tanwin or object
    pronoun."""
    f = fold(word)
    glued = f.startswith(("ب", "ل", "ك", "لل")) and not f.startswith("ال")
    return not (_stop(word) or glued or f in _CLAUSE_WORDS or f in _QUANTITIES or _no_complement(word)
                or len(f) < 3)


def _plain_last(word: str) -> bool:
    """True for a word that can end a name the lists do not know: a bare word (`_bare_word`), no title."""
    return _bare_word(word) and (fold(word),) not in gz.load().titles


def _name_run(words: list[str]) -> list[str]:
    """The words of `words` up to the first function word, title or word with a glued preposition."""
    out: list[str] = []
    g = gz.load()
    for w in words:
        f = fold(w)
        glued = f.startswith(("بال", "لل")) or (f.startswith("و") and f not in g.first_names)
        if _stop(w) or (f,) in g.titles or (out and glued):
            break
        out.append(w)
    return out


def complete_names(events: list[Event], text: str) -> None:
    """Each event's names fixed by `named_by_yudaa`, `holder_after`, `person_head`, `person_tail` and
    `body_tail`; the name told after «يدعى» leaves the other side, a holder already a party of the event
    is another person, a person's name that went on over another party's name takes that party's place («مقتل محمد»
    + «علي عبدالرحيم الفرج»), and a word of a body's complement on the other side goes («الخليج» of
    «لنفط الخليج»)."""
    for ev in events:
        span = text[ev.start:ev.end] if ev.end else text
        for side, other in ((ev.source, ev.target), (ev.target, ev.source)):
            for k, name in enumerate(side):
                held = named_by_yudaa(name, span)
                if not held:  # a holder already a party of the event is another person
                    held = holder_after(name, span)
                    parties = ev.source + ev.target
                    held = "" if any(_part_of(p, held) or _part_of(held, p) for p in parties) else held
                if held:
                    other[:] = [n for n in other if not _part_of(n, held)]
                    side[k] = held
                    continue
                new = person_tail(person_head(name, span, text), span)
                swallowed = [n for n in other if new != name and not _part_of(n, name) and _part_of(n, new)]
                if new == name:  # a body's name: a word of its complement on the other side goes
                    new = body_tail(name, span)
                    other[:] = [n for n in other if _part_of(n, name) or not _part_of(n, new)]
                    side[k] = new
                elif swallowed:
                    other[:] = [new if n == swallowed[0] else n for n in other if n not in swallowed[1:]]
                    side[k] = ""
                else:
                    side[k] = new
            side[:] = [n for n in dict.fromkeys(side) if n]
        ev.target[:] = [n for n in ev.target if n not in ev.source]


def _part_of(name: str, longer: str) -> bool:
    """True when `name` is written as whole words inside `longer`."""
    return f" {name} " in f" {longer} "

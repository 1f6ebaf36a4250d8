"""The NER sequence tagger: a CRF over `ner_features`, plus document-level post-rules.

`tag_document` tags the sentences of one document (lists of tokens) with BIO tags over
PER, ORG, LOC, MISC. A second CRF stage over document features (`ner_doc.crfsuite`, trained
with `scripts/train_ner.py --stack`) is used when shipped; it is not, as it measured no gain.
After the CRF:
1. stoplist: a mention made only of stoplisted words (weekdays, أمس, وقف…) is dropped;
2. gazetteer: an untagged name of the club, company, bank, media, body, people and MISC lists
   that is not also a common word or place (`ner_gazetteer.FEATURE_LISTS`, not `weak`) is
   tagged with its label (ORG, PER, MISC); then an untagged strong gazetteer name (country,
   curated place or organisation) is tagged; a weak one (also a common word, such as فتح) only
   when the document names it unambiguously elsewhere. With `extend`, a name holding only
   shorter mentions of its type is tagged whole («حركة المقاومة الإسلامية حماس» rather than
   ANERcorp's bare «حماس»);
3. names: a known given name right after a title cue starts a person's name;
   then (`ner_titled`) after a title or role word a run of name words is a person, and a person
   mention cut before name words goes on over them;
4. titles and clubs: a quoted title after a work cue («برنامج « … »», «بعنوان " … "»), a
   model after a make («نيسان « أورفان »») or «طراز», and a stadium name are MISC; a place
   followed by a masculine nisba («ليون الفرنسي») is a club (ORG);
5. consistency: a word sequence tagged as a name once is tagged the same throughout the
   document, and the last word of a full person name stands for the person (أرسين فينغر … فينغر);
6. junk names (`ner_junk`, before and after 5): a present-tense verb opening a person's name is
   dropped («وتتذكر العريني»), and «مالي» after a noun is the adjective, not Mali («مبلغ مالي»).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract import ner_junk, ner_titled
from marsad.extract.ner_ali import join_ali
from marsad.extract.ner_bio import set_span, spans
from marsad.extract.ner_features import doc_features, sentence_features

MODEL_NAME = "ner.crfsuite"  # first stage; the second stage, when shipped, is ner_doc.crfsuite
STRONG_KINDS = {"country", "place", "org"}
CONNECTORS = {"ابو", "بن", "ابن", "عبد", "ام", "بنت", "ال", "دي", "فان", "فون"}
# Folded words that announce the quoted title of a work (a programme, film, book, song…): the
# title is a MISC mention («برنامج « حوار من القلب »», «رواية " أولاد حارتنا "»).
WORK_CUES = frozenset(fold(w) for w in (
    "برنامج", "برنامجا", "برنامجه", "برنامجها", "البرنامج", "عنوان", "فيلم", "فيلما", "فيلمه", "الفيلم",
    "مسلسل", "مسلسلا", "مسلسله", "المسلسل", "كتاب", "كتابا", "كتابه", "الكتاب", "رواية", "روايته",
    "الرواية", "مسرحية", "مسرحيته", "المسرحية", "أغنية", "أغنيته", "الأغنية", "ألبوم", "ألبومه",
    "الألبوم", "ديوان", "ديوانه", "الديوان", "قصيدة", "قصيدته", "القصيدة", "كتابها", "فيلمها",
    "روايتها", "أغنيتها", "ألبومها", "برنامجهم", "مسلسلها",
))
# An adjective that may stand between a work cue and the title («ببرنامج جديد « … »»).
NEW_WORDS = frozenset(fold(w) for w in ("جديد", "جديدا", "جديدة", "الجديد", "الجديدة", "الأخير", "الأخيرة"))
# Folded words for a model or make: a quoted name after them is a product (MISC; «من طراز " سوخوي "»).
MODEL_CUES = frozenset(fold(w) for w in ("طراز", "طرز", "موديل"))
# Words that continue a company's own name rather than name a model («تويوتا موتور»).
COMPANY_WORDS = frozenset(fold(w) for w in (
    "موتور", "موتورز", "كورب", "كوربوريشن", "جروب", "غروب", "القابضة", "انترناشونال",
    "إنترناشونال", "للسيارات", "السيارات", "اوتوموبيل", "إلكترونيكس", "الكترونيكس", "انك", "ليمتد",
))
# Folded words for a stadium: the name after them is a MISC mention (ANERcorp: «ملعب الحارثي»).
VENUE_CUES = frozenset(fold(w) for w in ("ملعب", "استاد", "ستاد", "ملاعب"))
TITLE_CUES = WORK_CUES | MODEL_CUES | VENUE_CUES
MAX_TITLE = 6  # longest quoted title, in tokens
OPENERS, CLOSERS = frozenset("«“"), frozenset("»”")


def model_path() -> Path:
    """Path of the shipped model file."""
    return Path(str(resources.files("marsad").joinpath("models", MODEL_NAME)))


@lru_cache(maxsize=4)
def _tagger(path: str) -> pycrfsuite.Tagger:
    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def tagger(path: str | None = None) -> pycrfsuite.Tagger:
    """The loaded CRF tagger (cached per path)."""
    return _tagger(path or str(model_path()))


def stage2_path(path: str) -> str:
    """The second-stage (document features) model beside a first-stage model."""
    p = Path(path)
    return str(p.with_name(p.stem + "_doc" + p.suffix))


@lru_cache(maxsize=4)
def _has(path: str) -> bool:
    return Path(path).exists()


def _free(tags: list[str], i: int, j: int, label: str) -> bool:
    """True when tokens i..j hold no mention, or only mentions of `label` lying inside them."""
    if i < len(tags) and tags[i].startswith("I-"):
        return False
    if j < len(tags) and tags[j].startswith("I-"):
        return False
    return all(t == "O" or t[2:] == label for t in tags[i:j])


def _misc_inside(tags: list[str], i: int, j: int) -> bool:
    """True when tokens i..j (two or more) hold only MISC mentions lying inside them: an organisation's
    name that holds a religion or a creed («جيش الإسلام», «أنصار الإسلام») takes them over; so does one
    that holds a place («ولاية سيناء», «فيلق القدس», «حركة أحرار الشام»: the group, not the place)."""
    return j - i > 1 and (_free(tags, i, j, "MISC") or _free(tags, i, j, "LOC"))


def _after_title(fs: list[str], i: int, g: gz.Gazetteers) -> bool:
    """True when a title cue (one to three words) ends right before token i."""
    for ln in (1, 2, 3):
        if i - ln >= 0 and any((f0, *fs[i - ln + 1:i]) in g.titles for f0 in gz.title_readings(fs[i - ln], g)):
            return True
    return False


def _name_word(f: str, g: gz.Gazetteers) -> bool:
    """Could this folded word continue a name (a word, not a stopword, title or nisba)?"""
    return (f.isalpha() and len(f) > 1 and not gz.is_stop(f, g) and (f,) not in g.titles
            and gz.nisba_country(f, g) is None)


def _stem_key(folded: list[str], i: int, j: int) -> tuple[str, ...]:
    """A mention's key: its folded words, the first without its proclitic (longest reading)."""
    first = gz.first_word_keys(folded[i])
    return (min(first, key=lambda x: len(x[0]))[0] if len(first) > 1 else folded[i], *folded[i + 1:j])


def _cue_before(fs: list[str], k: int, cues: frozenset[str]) -> bool:
    """True when token k (proclitic off or not) is one of `cues`."""
    return k >= 0 and any(f in cues for f, _ in gz.first_word_keys(fs[k]))


def quoted(fs: list[str], k: int, raw: list[str] | None = None) -> tuple[int, int] | None:
    """The (start, end) of the words inside quote marks opening at token k, if any.

    Quote marks are folded to «"» (« » “ ” too); two apostrophes («' '») count as one mark; with
    the unfolded tokens `raw`, a closing mark (» ”) opens nothing and an opening one (« “) closes
    nothing. The quoted words are 1 to `MAX_TITLE` tokens with no sentence punctuation.
    """
    n = len(fs)
    if fs[k] == '"' and not (raw and raw[k] in CLOSERS):
        i, close = k + 1, ('"',)
    elif fs[k] == "'" and k + 1 < n and fs[k + 1] == "'":
        i, close = k + 2, ("'",)
    else:
        return None
    for j in range(i + 1, min(i + MAX_TITLE, n - 1) + 1):
        if fs[j] in close:
            if raw and raw[j] in OPENERS:
                return None
            return (i, j) if all(fs[m] not in {".", "،", ",", "؟", "!", ":", '"'} for m in range(i, j)) else None
    return None


def _retag(ts: list[str], i: int, j: int, label: str) -> None:
    """Tag tokens i..j as one `label` mention unless a mention crosses the span's edges."""
    if (i < len(ts) and ts[i].startswith("I-")) or (j < len(ts) and ts[j].startswith("I-")):
        return
    set_span(ts, i, j, label)


def _title_cue(fs: list[str], k: int) -> bool:
    """True when a work, model or stadium cue ends right before token k (an adjective may follow it)."""
    if _cue_before(fs, k - 1, TITLE_CUES):
        return True
    return k >= 2 and fs[k - 1] in NEW_WORDS and _cue_before(fs, k - 2, WORK_CUES)


def work_titles(sents: list[list[str]], folded: list[list[str]], tags: list[list[str]],
                products: bool = True) -> None:
    """Quoted titles after a work, model or stadium cue, names after a stadium cue and (with
    `products`) models after a make («نيسان « X »», a mention «تويوتا X» split) become MISC (in place)."""
    g = gz.load()
    for raw, fs, ts in zip(sents, folded, tags, strict=True):
        if products:
            places = {i for i, _, _, e in gz.match(fs, g) if e.label == "LOC"}
            for i, j, _, e in gz.match_extra(fs, g):
                if e.kind != "company" or j >= len(fs):
                    continue
                q = quoted(fs, j, raw)
                if q:
                    _retag(ts, *q, "MISC")
                elif ts[i] == "B-ORG" and ts[j] == "I-ORG" and fs[j] not in COMPANY_WORDS and j not in places:
                    m = j
                    while m < len(ts) and ts[m] == "I-ORG":
                        m += 1
                    # «تويوتا وجنرال موتورز»: two companies; «نيسان أورفان»: a make and its model
                    set_span(ts, j, m, "ORG" if fs[j].startswith("و") else "MISC")
        for k in range(1, len(fs)):
            q = quoted(fs, k, raw)
            if q and _title_cue(fs, k):
                _retag(ts, *q, "MISC")
            elif _cue_before(fs, k - 1, VENUE_CUES) and ts[k][2:] in {"PER", "ORG"} and ts[k].startswith("B-"):
                j = k + 1
                while j < len(ts) and ts[j] == "I-" + ts[k][2:]:
                    j += 1
                set_span(ts, k, j, "MISC")


# Folded words of a sports report: only there is «ليون الفرنسي» a club. Elsewhere a region keeps
# its masculine nisba as a place: «الجولان السوري», «الجنوب اللبناني».
SPORT_CUES = frozenset(fold(w) for w in (
    "مباراة", "المباراة", "مباريات", "المباريات", "الدوري", "دوري", "بطولة", "البطولة", "كأس", "منتخب",
    "المنتخب", "مدرب", "المدرب", "لاعب", "اللاعب", "لاعبي", "لاعبو", "هدف", "الهدف", "هدفين", "أهداف",
    "الأهداف", "مرمى", "المرمى", "تعادل", "التعادل", "الشوط", "شوط", "النادي", "نادي", "فريق", "الفريق",
    "ملعب", "الملعب", "استاد", "ركلة", "ركلات", "الموسم", "الذهاب", "الإياب", "الكرة",
))


def _sports(folded: list[list[str]]) -> bool:
    """Whether the document reads as a sports report (at least two sports words)."""
    hits = 0
    for fs in folded:
        for f in fs:
            if any(k in SPORT_CUES for k, _ in gz.first_word_keys(f)):
                hits += 1
                if hits >= 2:
                    return True
    return False


def club_nisba(folded: list[list[str]], tags: list[list[str]]) -> None:
    """In a sports report, a place followed by a masculine nisba with the article is a club:
    «ليون الفرنسي» (in place).

    A town takes the feminine («ليون الفرنسية»); ANERcorp train tags the masculine pattern ORG
    49 times and LOC 10. Outside sports the pattern names a region («الجولان السوري»): left alone.
    """
    if not _sports(folded):
        return
    g = gz.load()
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            if (label == "LOC" and j < len(fs) and fs[j].startswith("ال") and fs[j].endswith("ي")
                    and gz.nisba_country(fs[j], g) is not None):
                set_span(ts, i, j, "ORG")


def post_rules(sents: list[list[str]], tags: list[list[str]], *, consistency: bool = True,
               gazetteer: bool = True, extend: bool = False, names: bool = True,
               surnames: bool = True, lists: bool = True, titles: bool = True, clubs: bool = True,
               folded: list[list[str]] | None = None) -> list[list[str]]:
    """Apply the stoplist, gazetteer and consistency rules to CRF tags (see module doc)."""
    g = gz.load()
    if folded is None:
        folded = [[fold(t) for t in s] for s in sents]
    tags = [list(t) for t in tags]
    # 1. stoplist
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, _ in spans(ts):
            if all(gz.is_stop(fs[k], g) for k in range(i, j)) or all(not any(c.isalnum() for c in fs[k])
                                                                     for k in range(i, j)):
                for k in range(i, j):
                    ts[k] = "O"
    # 2. gazetteer: first the name lists (clubs, companies, banks, media, bodies, then the rule-only
    # people and MISC lists; strong names only),
    # then the main gazetteer
    if gazetteer and lists:
        for fs, ts in zip(folded, tags, strict=True):
            for i, j, _, e in [*gz.match_extra(fs, g), *gz.match_rule_lists(fs, g)]:
                # a strong name also takes over a shorter mention of its type inside it
                # («الأمانة العامة لرابطة العالم الإسلامي»: not «لرابطة» alone)
                if not e.weak and (all(t == "O" for t in ts[i:j]) or (j - i > 1 and _free(ts, i, j, e.label))):
                    set_span(ts, i, j, e.label)
    matches = [gz.match(fs, g) for fs in folded]
    if gazetteer:
        strong_canon = {e.canonical for ms in matches for _, _, _, e in ms if not e.weak}
        for ts, ms in zip(tags, matches, strict=True):
            for i, j, _, e in ms:
                if e.kind not in STRONG_KINDS:
                    continue
                if not (_free(ts, i, j, e.label) if extend else all(t == "O" for t in ts[i:j])) \
                        and not (e.kind == "org" and not e.weak and _misc_inside(ts, i, j)):
                    continue
                if e.weak and e.canonical not in strong_canon:
                    continue
                set_span(ts, i, j, e.label)
    # 3. a known given name right after a title cue starts a person's name («برئاسة خليل الحية»)
    if names:
        for fs, ts in zip(folded, tags, strict=True):
            for i in range(1, len(fs)):
                if ts[i] != "O" or fs[i] not in g.first_names or not _after_title(fs, i, g):
                    continue
                j = i + 1
                limit = i + (3 if j < len(fs) and fs[j] in CONNECTORS else 2)
                while j < min(limit, len(fs)) and ts[j] == "O" and _name_word(fs[j], g):
                    j += 1
                set_span(ts, i, j, "PER")
        ner_titled.titled_names(sents, folded, tags)  # names after a role word; names cut short
    # 4. quoted titles of works and stadium names (MISC)
    if titles:
        work_titles(sents, folded, tags)
    if clubs:
        club_nisba(folded, tags)
    ner_junk.junk_rules(folded, tags)  # a verb opening a person's name, the adjective «مالي»
    join_ali(sents, tags)  # «انتقد علي الشهري»: the name «علي», not the preposition «على»
    # 5. consistency
    if consistency:
        seen: dict[tuple[str, ...], Counter[str]] = {}
        for fs, ts in zip(folded, tags, strict=True):
            for i, j, label in spans(ts):
                key_ = _stem_key(fs, i, j)
                if len(key_) == 1 and len(key_[0]) < 3:
                    continue
                seen.setdefault(key_, Counter())[label] += 1
                if surnames and label == "PER" and j - i >= 2:  # أرسين فينغر → later فينغر alone
                    last = fs[j - 1]
                    if len(last) >= 3 and last not in g.first_names and not gz.is_stop(last, g):
                        seen.setdefault((last,), Counter())["PER"] += 1
        if seen:
            maxlen = max(len(k) for k in seen)
            heads = {k[0] for k in seen}
            for fs, ts in zip(folded, tags, strict=True):
                i = 0
                while i < len(fs):
                    hit = 0
                    if not any(f in heads for f, _ in gz.first_word_keys(fs[i])):
                        i += 1
                        continue
                    for ln in range(min(maxlen, len(fs) - i), 0, -1):
                        key_ = _stem_key(fs, i, i + ln)
                        c = seen.get(key_)
                        if c and all(t == "O" for t in ts[i:i + ln]) and not gz.is_stop(fs[i], g):
                            set_span(ts, i, i + ln, c.most_common(1)[0][0])
                            hit = ln
                            break
                    i += hit or 1
        if names:
            ner_titled.kin_names(sents, folded, tags)  # «الساعدي» + «القذافي»: not «معمر القذافي»
        ner_junk.junk_rules(folded, tags)
        join_ali(sents, tags)  # «مقتل ابنه علي» + «الدوابشة», a surname this step tagged
    return tags


def tag_document(sents: list[list[str]], *, rules: bool = True, model: str | None = None,
                 consistency: bool = True, gazetteer: bool = True, extend: bool = False,
                 names: bool = True, surnames: bool = True,
                 folded: list[list[str]] | None = None) -> list[list[str]]:
    """BIO tags for each sentence of a document (token lists; `folded`: their folded forms)."""
    path = model or str(model_path())
    if folded is None:
        folded = [[fold(t) for t in s] for s in sents]
    feats = [sentence_features(s, fs) for s, fs in zip(sents, folded, strict=True)]
    t = tagger(path)
    tags = [list(t.tag(f)) if f else [] for f in feats]
    p2 = stage2_path(path)
    if _has(p2):
        t2 = tagger(p2)
        dfs = doc_features(sents, tags)
        tags = [list(t2.tag([a + b for a, b in zip(f, d, strict=True)])) if f else []
                for f, d in zip(feats, dfs, strict=True)]
    if not rules:
        return tags
    return post_rules(sents, tags, consistency=consistency, gazetteer=gazetteer, extend=extend, names=names,
                      surnames=surnames, folded=folded)

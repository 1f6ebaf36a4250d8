"""Person names after a title or role word, and person names the tagger cut short.

A post-rule of `ner_tagger.post_rules` (after its given-name rule, before consistency):
1. after a title or role cue («المهندس», «المواطن», «المتهم», «يدعى»; a nisba may stand between:
   «الرئيس الإيفواري»), a run of two or more untagged name words that holds a confident name word
   or opens with a rare word is a person («يدعى زبيدان المرهوني»); given names right before a
   person mention join it («الأميرة مشاعل بنت» + «عبدالمحسن بن عبدالعزيز»);
2. a person mention followed by name words is extended over them, up to `MAX_NAME` words, and
   over the person mention right after them («سليمان» + «هلال» + «الأسد»); a mention ending in a
   link takes in the person mention after it («نبيه آل» + «إبراهيم»), however long the name when that
   mention is its family name and a title («محمد بن سلمان بن عبد العزيز آل» + «سعود ولي ولي العهد»);
   a mention of given names only right after a title takes in the family name with the article after it
   («الشيخ عبدالله» + «السديرة», «العميد سمير» + «الحاج»; `family_after_title`), but not after a ruler's title, where
   such a word is mostly an adjective of a body named after him («جامعة الأمير سلطان الأهلية»);
3. after an honorific that only a name follows («الشيخ», «الدكتور», «المهندس», «الأستاذ», «السيد»), a run
   opened by a word typed only weakly as a person is a name too («الشيخ مساعد السديرة»: `HONORIFICS`);
4. a run of untagged name or rare words right before an age in brackets is a person («اعتقال صمويل دوبوسي
   (43 عاما)» → دوبوسي; «وتم إطلاق سراح ويب (50 عاما)»); a common noun there stops it («رجلا (33 عاما)»);
   so is one before a description of a person («ديلان روف المتهم بقتل …», «البالغ من العمر 26 عاما»);
5. after the consistency rule (`kin_names`), a bare family name that a fuller name of the document ends
   with takes in an untagged given name right before it: another member of the family («معمر القذافي» …
   «الساعدي القذافي»), not the fuller name's person.

A name word is a given name of first_names.txt, a word the mined NER lexicons or (read as no
proclitic on a known word) the kNN types type as a person with confidence, or a link
(«بن», «ابن», «آل», «أبو», «عبد» …) before one. Never a stopword, title, nisba, place or
organisation of the gazetteer, month or weekday, nor a verb form («أخلوا», «يبرمان», «يصل»),
an adjective without the article («اتفاقي»), a longer word with a pronoun suffix («خارجيتها»,
«خارجيته») or «باسم» (on behalf of). «علي» folds like the preposition «على»: it is a name word
only when spelt with a final ya (the entity layer still trims it at a name's end; the event
coder puts it back). Right after a cue, a rare word (outside the clusters and lexicons, no
article or proclitic) also counts, and a family name with the article may end the run: foreign
and tribal names are rare words. A word typed as a person only weakly (a middle share) never
opens a name: after a title it is mostly the title's own next word («نائب خادم», «رئيس أركان»).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.ner_bio import spans
from marsad.extract.ner_features import SELFLEX, clusters, knn_types, lexicon
from marsad.extract.ner_named_after import HEADS

MAX_NAME = 5  # words of a person's name at most (links included)
# links inside a name: they need a name word after them
LINKS = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "عبد", "ولد", "أم"))
# role nouns before a person's name that titles.txt does not list (it holds the titles proper)
ROLE_CUES = frozenset(fold(w) for w in (
    "المواطن", "المواطنة", "المقيم", "المقيمة", "المتهم", "المتهمة", "المشتبه", "المدان", "الطالب", "الطالبة",
    "الطفل", "الطفلة", "الشاب", "الشابة", "الفتاة", "الضحية", "القتيل", "المعارض", "المعارضة", "الداعية",
    "الزميل", "الزميلة", "المدعو", "المدعوة", "يدعى", "تدعى", "يدعي", "تدعي", "الروائي", "الروائية",
    "الإعلامي", "الإعلامية", "المذيع", "المذيعة", "المخرج", "المخرجة", "المغني", "المغنية", "النجم",
    "النجمة", "المهاجم", "المدافع", "الحارس", "الملحن", "المنتج", "الرسام", "الشيخة", "الإرهابي",
    "الانتحاري", "الجاني", "السجين", "المختطف", "الرهينة", "المرحوم", "الفقيد", "الراحل", "الراحلة",
))
# words of an age in brackets after a person's name («(43 عاما)»)
AGE_WORDS = frozenset(fold(w) for w in ("عاما", "عامًا", "عام", "سنة", "سنوات", "سنين"))
# honorifics before a person's own name only (no rank, office or qualifier comes after them)
HONORIFICS = frozenset(fold(w) for w in ("الشيخ", "الشيخة", "الدكتور", "الدكتورة", "المهندس", "المهندسة",
                                          "الأستاذ", "الأستاذة", "السيد", "السيدة"))
# rulers' titles: a definite word after «الملك فهد» is mostly an adjective of a body named after him
# («مطار الملك فهد الدولي», «قرارات الملك سلمان الداخلية»), not a family name
RULERS = frozenset(fold(w) for w in ("الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "العاهل", "خادم",
                                      "الشريفين", "العهد", "الإمام"))
# definite words after a titled name that describe the person or the time, not his family
# («الدكتور محمد المكلف بالملف», «الشيخ أحمد المعروف بـ…», «الشيخ زايد الكبير»)
_NOT_FAMILY = frozenset(fold(w) for w in (
    "السابق", "الأسبق", "المذكور", "المكلف", "المتقاعد", "المعروف", "الملقب", "المنتدب", "الماضي", "الحالي",
    "الجاري", "الأول", "الثاني", "الثالث", "الرابع", "الأخير", "الكبير", "الصغير", "الأكبر", "الأصغر", "الجديد",
    "المساء", "المقيم", "المتهم", "المصاب", "المتوفى", "المولود", "المنتخب", "المعين", "المنشق", "المفرج",
))
# definite participles that open a description of the person named before them, never a family name
# («يوسف عبد العزيز المولود في فلسطين», «الخليل بن أحمد المتوفى 175هـ»; not «الفائز», «المفرج»: names)
DESCRIBERS = frozenset(fold(w) for w in (
    "المولود", "المولودة", "المقيم", "المقيمة", "المعروف", "المعروفة", "الملقب", "الملقبة", "المكنى", "المكناة",
    "المتهم", "المتهمة", "المشتبه", "البالغ", "البالغة", "المتوفى", "المتوفاة"))
_ALI_RAW = "علي"
_BEHALF = fold("باسم")
_ABD = fold("عبد")
_MONTHS_AND_DAYS = frozenset(fold(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    "محرم", "صفر", "ربيع", "جمادى", "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "السبت", "الأحد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أمس", "اليوم", "غدا",
))


def _lexicon_type(f: str, g: gz.Gazetteers) -> str | None:
    """The type the given-name list, the mined lexicons or kNN give a folded word (confident only)."""
    if f in g.first_names:
        return "PER"
    for label, bucket in lexicon().get(f, ()):
        if bucket == "h":
            return label
    for label, bucket in lexicon(SELFLEX).get(f, ()):
        if bucket == "h":
            return label
    kn = knn_types().get(f)
    if kn is not None and kn[1] == "h" and not _clitic_reading(f):
        return kn[0]
    return None


def _clitic_reading(f: str) -> bool:
    """Whether a word reads as a proclitic on a known word («وسفير», «لمتابعته»): the kNN types,
    read off the contexts of the whole form, then tell of the word after the clitic."""
    return f[:1] in "وفبلك" and f[1:] in clusters()


def _excluded(f: str, g: gz.Gazetteers) -> bool:
    """Words never part of a person's name here: stopwords, titles, cues, nisbas, months, places."""
    if not f.isalpha() or len(f) < 2 or gz.is_stop(f, g):
        return True
    if any(k in g.title_heads or k in ROLE_CUES for k, _ in gz.first_word_keys(f)):
        return True  # «والأمير», «الأمين» (العام)
    if f in _MONTHS_AND_DAYS or f.endswith("وا") or gz.nisba_country(f, g) is not None:  # «أخلوا»: a verb
        return True
    if len(f) >= 5 and f.endswith(("ها", "هم", "هما", "ته")):  # «وزير خارجيتها»: a pronoun suffix
        return True
    if f[:1] in "يت" and f.endswith(("ان", "ون")) and len(f) >= 5:  # «يبرمان»: a verb
        return True
    if f == _BEHALF:  # «نتنياهو باسم الشعب»: «on behalf of», not the name Basim
        return True
    e = g.names.get((f,))
    return e is not None and e.label != "PER"


def name_word(f: str, raw: str, g: gz.Gazetteers) -> bool:
    """Whether a folded word (`raw` as written) is a person's name word."""
    if f == fold(_ALI_RAW):
        return raw.endswith("ي")  # «علي», not «على» («محمد على …»)
    if _excluded(f, g):
        return False
    if f not in g.first_names and f.endswith("ي") and not f.startswith("ال"):
        return False  # «اتفاقي», «رسمي»: an adjective without the article, whatever a lexicon says
    if f not in g.first_names and f[:1] in "يت" and len(f) <= 4 and knn_types().get(f) != ("PER", "h"):
        return False  # «خالد بحاح يصل»: a short imperfect verb, unless its contexts are a person's («ياسر»)
    return _lexicon_type(f, g) == "PER"


def rare_word(f: str, g: gz.Gazetteers) -> bool:
    """A word the clusters and lexicons do not know, without the article (nor a proclitic before it:
    «بالتعزير»): a foreign name, often."""
    return (len(f) >= 3 and not f.startswith(("ال", "و", "بال", "لل", "فال", "كال")) and not _excluded(f, g)
            and f not in clusters() and not _clitic_reading(f)
            and _lexicon_type(f, g) is None)


def weak_person(f: str) -> bool:
    """Whether a mined lexicon (high or middle share) or the kNN types (high) type a folded word as a person."""
    if knn_types().get(f) == ("PER", "h"):
        return True
    return any(label == "PER" and bucket in ("h", "m")
               for name in ("ner_lexicon.tsv", SELFLEX) for label, bucket in lexicon(name).get(f, ()))


def _family_word(f: str, g: gz.Gazetteers) -> bool:
    """A word with the article no list types as anything but a person: a family name after a given
    name that follows a cue («الشيخ مساعد السديرة»); not a dual or plural form («الحرمين»)."""
    return (f.startswith("ال") and len(f) >= 5 and not f.endswith(("ين", "ون", "ات")) and not _excluded(f, g)
            and _lexicon_type(f, g) in (None, "PER"))


def _name_end(fs: list[str], raw: list[str], ts: list[str], i: int, limit: int, g: gz.Gazetteers,
              rare: bool) -> int:
    """The end of the run of untagged name words from token i (links need a name word after them).

    With `rare` (right after a cue), rare words and weakly typed person words count too, and a
    family name with the article ends the run."""
    j = i
    while j < min(limit, len(fs)) and ts[j] == "O":
        if rare and j > i and _family_word(fs[j], g) and not name_word(fs[j], raw[j], g):
            return j + 1
        if fs[j] in LINKS and j + 1 < len(fs) and ts[j + 1] == "B-PER":
            return j + 1  # «مشاعل بنت» + «عبدالمحسن», a person the tagger found
        if fs[j] in LINKS and j + 1 < min(limit, len(fs)) and ts[j + 1] == "O":
            nxt = fs[j + 1]
            if name_word(nxt, raw[j + 1], g) or (fs[j] == "عبد" and nxt.startswith("ال") and not _excluded(nxt, g)):
                j += 2
                continue
            break
        if name_word(fs[j], raw[j], g) or (rare and (rare_word(fs[j], g) or (weak_person(fs[j])
                                                                             and not _excluded(fs[j], g)))):
            j += 1
            continue
        break
    return j


def cue_end(fs: list[str], i: int, g: gz.Gazetteers) -> bool:
    """Whether a title or role cue (one to three words, a nisba after it allowed) ends before token i."""
    k = i - 1 if i >= 2 and gz.nisba_country(fs[i - 1], g) is not None else i
    if k >= 1 and any(f in ROLE_CUES for f, _ in gz.first_word_keys(fs[k - 1])):
        return True
    for ln in (1, 2, 3):
        if k - ln >= 0 and any((f0, *fs[k - ln + 1:k]) in g.titles for f0 in gz.title_readings(fs[k - ln], g)):
            return True
    return False


def _set(ts: list[str], i: int, j: int) -> None:
    ts[i] = "B-PER"
    for k in range(i + 1, j):
        ts[k] = "I-PER"


def titled_names(sents: list[list[str]], folded: list[list[str]], tags: list[list[str]]) -> None:
    """Tag untagged names after a title or role cue as persons, and extend cut person mentions (in place)."""
    g = gz.load()
    for raw, fs, ts in zip(sents, folded, tags, strict=True):
        i = 1
        while i < len(fs):
            if ts[i] == "O" and ts[i - 1] == "O" and (name_word(fs[i], raw[i], g) or rare_word(fs[i], g)
                                                  or (weak_person(fs[i]) and not _excluded(fs[i], g))) \
                    and cue_end(fs, i, g):
                j = _name_end(fs, raw, ts, i, i + MAX_NAME, g, rare=True)
                # «الفريق أول صدقي» + «صبحي»: given names before a person mention join it
                if j < len(ts) and ts[j] == "B-PER" and j > i and _joinable(fs, ts, j, g) and all(
                        fs[m] in LINKS or name_word(fs[m], raw[m], g) for m in range(i, j)):
                    j = _span_end(ts, j)
                elif j - i < 2 or fs[j - 1] in LINKS or not (_named(fs, raw, i, j, g) or _honorific(fs, i)):
                    i += 1
                    continue
                _set(ts, i, j)
                i = j
                continue
            i += 1
        _aged(raw, fs, ts, g)
        _extend(raw, fs, ts, g)


def _age_at(fs: list[str], j: int) -> bool:
    """Whether an age in brackets opens at token j («(43 عاما)», «(21 سنة)»)."""
    return j + 3 < len(fs) and fs[j] == "(" and fs[j + 1].isdigit() and fs[j + 2] in AGE_WORDS and fs[j + 3] == ")"


def _described_at(fs: list[str], j: int) -> bool:
    """Whether a description of a person opens at token j (a comma before it allowed): «المتهم/المتهمة»
    + «بـ…» (accused of), «المشتبه به/بها», «البالغ/البالغة من العمر» or «البالغ 33 عاما» (aged)."""
    if j < len(fs) and fs[j] in ("،", ","):
        j += 1
    if j + 1 >= len(fs):
        return False
    w, nxt = fs[j], fs[j + 1]
    if w in _ACCUSED:
        return nxt.startswith("ب") and len(nxt) > 2
    if w in _SUSPECT:
        return nxt in ("به", "بها", "بهم")
    if w in _AGED:
        return (nxt == "من" and j + 2 < len(fs) and fs[j + 2] == _AGE) or (
            nxt.isdigit() and j + 2 < len(fs) and fs[j + 2] in AGE_WORDS)
    return False


_ACCUSED = frozenset(fold(w) for w in ("المتهم", "المتهمة"))
_SUSPECT = frozenset(fold(w) for w in ("المشتبه", "المشتبهة"))
_AGED = frozenset(fold(w) for w in ("البالغ", "البالغة"))
_AGE = fold("العمر")


def _loose_person(f: str) -> bool:
    """A word without the article that the kNN types as a person at any share («روف»): a name word only
    inside a run that holds a surer one («ديلان روف»)."""
    kn = knn_types().get(f)
    return kn is not None and kn[0] == "PER" and not f.startswith("ال")


def _aged(raw: list[str], fs: list[str], ts: list[str], g: gz.Gazetteers) -> None:
    """A run of untagged name or rare words right before an age in brackets is a person («اعتقال صمويل
    دوبوسي (43 عاما)», «وتم إطلاق سراح ويب (50 عاما)»); a common noun there is no name («اعتقلت رجلا (33
    عاما)», «وفاة طفلة (12 عاما)»), and the run stops at it (in place). So is such a run before a
    description of a person (`_described_at`: «اعتقلت الشرطة ديلان روف المتهم بقتل …», «أن إبراهيم البالغ
    من العمر 26 عاما»), where a word the kNN types only loosely as a person also counts beside a surer one
    («روف»), and a common noun before it is no name («شقيق المتهم»)."""
    for j in range(1, len(fs)):
        described = not _age_at(fs, j)
        if (described and not _described_at(fs, j)) or ts[j - 1] != "O":
            continue
        i = j
        sure = False
        while i > 0 and j - i < MAX_NAME and ts[i - 1] == "O" and len(fs[i - 1]) > 2:
            f = fs[i - 1]
            if name_word(f, raw[i - 1], g) or rare_word(f, g):
                sure = True
            elif not ((weak_person(f) or (described and _loose_person(f))) and not _excluded(f, g)):
                break
            i -= 1
        if i < j and not (i > 0 and ts[i - 1] != "O") and (sure or not described):
            _set(ts, i, j)


def _honorific(fs: list[str], i: int) -> bool:
    """Whether an honorific that only a name follows stands right before token i («الشيخ مساعد السديرة»,
    «الدكتور مساعد العيبان»): a weakly typed word after it is a given name, not a rank's qualifier
    («اللواء متقاعد …»)."""
    return i >= 1 and any(f in HONORIFICS for f, _ in gz.first_word_keys(fs[i - 1]))


def _named(fs: list[str], raw: list[str], i: int, j: int, g: gz.Gazetteers) -> bool:
    """A run that holds a name word or opens with a rare word («يدعى كرار المؤيد»); not one that only
    a weakly typed word opens («اللواء متقاعد الشريف»)."""
    return any(name_word(fs[m], raw[m], g) for m in range(i, j)) or rare_word(fs[i], g)


def _joinable(fs: list[str], ts: list[str], k: int, g: gz.Gazetteers) -> bool:
    """Whether the person mention at token k may join the name before it: not one that holds a
    conjunction before a name («سعيد وفريد ملولي»: two players)."""
    return not any(fs[m][:1] == "و" and fs[m] not in g.first_names and fs[m] not in LINKS
                   for m in range(k + 1, _span_end(ts, k)))


def _titled_name(fs: list[str], j: int, end: int, g: gz.Gazetteers) -> int:
    """The end of the title of two words or more that follows one or two name words in the person mention
    [j, end), or starts inside it («سعود ولي العهد», «سعود ولي» + «ولي العهد»): the family name a link
    needs, whatever the length of the whole name («محمد بن سلمان بن عبد العزيز آل» + «سعود ولي ولي العهد»),
    taken in with the title, which the entity layer cuts off; 0 when there is none."""
    for k in range(j + 1, min(end + 1, j + 3)):
        n = next((n for n in range(4, 1, -1) if tuple(fs[k:k + n]) in g.titles), 0)
        if n:
            clean = not any(fs[m][:1] == "و" and fs[m] not in g.first_names and fs[m] != fs[k]  # «ولي ولي العهد»
                            for m in range(j + 1, k))
            return k + n if clean else 0
    return 0


def _span_end(ts: list[str], i: int) -> int:
    """The end of the mention that starts at token i."""
    j = i + 1
    while j < len(ts) and ts[j].startswith("I-"):
        j += 1
    return j


def _extend(raw: list[str], fs: list[str], ts: list[str], g: gz.Gazetteers) -> None:
    """A person mention followed by untagged name words takes them in (and a person mention right
    after them: «سليمان» + «هلال» + «الأسد»)."""
    i = 0
    while i < len(ts):
        if ts[i] != "B-PER":
            i += 1
            continue
        j = _span_end(ts, i)
        if fs[j - 1] in LINKS and j < len(ts) and ts[j] == "B-PER":
            end = _span_end(ts, j)
            if end - i <= MAX_NAME + 1 and _joinable(fs, ts, j, g):
                _set(ts, i, end)  # «نورة بنت» + «عبدالرحمن بن سعود»
                continue
            if titled := _titled_name(fs, j, end, g):
                _set(ts, i, max(end, titled))  # «… عبد العزيز آل» + «سعود ولي» + «ولي العهد»
                continue
        k = _name_end(fs, raw, ts, j, i + MAX_NAME, g, rare=False)
        if k == j and family_after_title(raw, fs, ts, i, j, g):
            k = j + 1  # «الشيخ عبدالله» + «السديرة»
        if k > j:
            m = k
            if k < len(ts) and ts[k] == "B-PER" and _span_end(ts, k) - i <= MAX_NAME + 1 \
                    and _joinable(fs, ts, k, g):
                m = _span_end(ts, k)
            _set(ts, i, m)
            j = m
        i = j


def _given_only(fs: list[str], i: int, j: int, g: gz.Gazetteers) -> bool:
    """Whether tokens [i, j) are given names only («عبد» and the word after it allowed: «عبد المجيد», or
    written as one word: «عبداللطيف»), with no «بن» or «آل» and no family name («محمد بن راشد آل مكتوم» has
    his)."""
    return all(fs[m] in g.first_names or fs[m] == _ABD or (m > i and fs[m - 1] == _ABD)
               or (fs[m].startswith(_ABD + "ال") and len(fs[m]) > len(_ABD) + 3) for m in range(i, j))


def _ruler_or_body(fs: list[str], k: int, g: gz.Gazetteers) -> bool:
    """Whether token k is a ruler's title or follows a body's head («مستشفى الملك»): a name after it may name a
    body, and a definite word after the name is the body's adjective («مطار الملك فهد الدولي»)."""
    if k < 0:
        return False
    if any(f in RULERS for f, _ in gz.first_word_keys(fs[k])):
        return True
    return k >= 1 and any(f in HEADS for f, _ in gz.first_word_keys(fs[k - 1]))


def family_after_title(raw: list[str], fs: list[str], ts: list[str], i: int, j: int, g: gz.Gazetteers) -> bool:
    """Whether the untagged word at token j is the family name of the person mention [i, j): the mention
    holds given names only (`_given_only`), a title other than a ruler's ends right before it, with no
    body's head before the title («مسجد الشيخ زايد الكبير»), or a nationality does («المغربي عبد المجيد»),
    and the word is a family word with the article (`_family_word`) that is no given name of its own nor a
    word describing the person («المكلف», «السابق»)."""
    if j >= len(fs) or ts[j] != "O" or fs[j] in _NOT_FAMILY or not _family_word(fs[j], g) \
            or name_word(fs[j], raw[j], g):
        return False
    if not _given_only(fs, i, j, g):
        return False
    nisba = i >= 1 and fs[i - 1].startswith("ال") and gz.nisba_country(fs[i - 1], g) is not None
    if not cue_end(fs, i, g):
        return nisba  # «المغربي عبد المجيد» + «الطويل»: a nationality stands for the title
    k = i - 2 if nisba else i - 1  # the title's last word
    return not _ruler_or_body(fs, k, g)


# words that describe a ruler or leader before his bare family name («الرئيس المخلوع مبارك»), no given names
_DEPOSED = frozenset(fold(w) for w in ("المخلوع", "المعزول", "المقتول", "الهارب", "الراحل", "المغدور", "الشهيد"))


def _kin_given(f: str, raw: str, g: gz.Gazetteers) -> bool:
    """Whether a folded word right before a bare family name is a given name: a name word, or a word with
    the article that only a name can be there («الساعدي القذافي», «سيف الإسلام القذافي»: a definite noun
    heads no genitive, and an adjective does not go before the name it describes), not a title, role,
    nisba or describing word («العقيد القذافي», «الزعيم الليبي القذافي», «المخلوع مبارك»). Such a word is
    spelt «ال…ي» («الساعدي», «الهادي»), not as a verb of the eighth form («التقى العبادي», «التزم»)."""
    if name_word(f, raw, g):
        return True
    return (raw.startswith("ال") and raw.endswith("ي") and not raw.startswith("الت") and len(f) >= 6
            and _family_word(f, g) and f not in _NOT_FAMILY and f not in _DEPOSED and (f,) not in g.titles)


def kin_names(sents: list[list[str]], folded: list[list[str]], tags: list[list[str]]) -> None:
    """A bare family name that a fuller person's name of the document ends with, right after an untagged
    given name that is not that person's, names another member of the family: the given name (one or two
    words) joins the mention («معمر القذافي» … «إن الساعدي» + «القذافي»: Saadi, not Muammar; «حافظ» +
    «الأسد» after «بشار الأسد»), so that it is not read as the fuller name (in place)."""
    g = gz.load()
    given: dict[str, set[str]] = {}
    for fs, ts in zip(folded, tags, strict=True):
        for i, j, label in spans(ts):
            if label == "PER" and j - i >= 2:
                given.setdefault(fs[j - 1], set()).add(fs[j - 2])
    if not given:
        return
    for raw, fs, ts in zip(sents, folded, tags, strict=True):
        for i, j, label in spans(ts):
            if label != "PER" or j - i != 1 or fs[i] not in given or i == 0:
                continue
            k = i
            while k > 0 and i - k < 2 and fs[k - 1] not in given[fs[i]] and (
                    (ts[k - 1] == "O" and _kin_given(fs[k - 1], raw[k - 1], g))
                    or (k == i and ts[k - 1] == "B-MISC" and k >= 2 and ts[k - 2] == "O")):
                k -= 1  # «سيف» + «الإسلام» (a lone MISC mention, the second word of a given name) + «القذافي»
            if k < i and (name_word(fs[k], raw[k], g) or (k == i - 1 and ts[k] == "O")):
                _set(ts, k, j)

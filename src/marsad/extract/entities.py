"""Arabic named entities: PER, ORG, LOC, MISC mentions with exact spans and canonical names.

`extract_entities(text)` tokenises the text, splits it into sentences, tags them with the CRF
and its document rules (`ner_tagger`), then
- cuts a person span before «و» + a name («ميسي ونيمار»: `_split_coordinated`), and a span that joins
  two parties a verb names side by side (`_split_pairs`: «اتهم الحوثيون
  السعودية», «ولم تقصف تركيا داعش», «قال دمرداش لرويترز»; `_person_edges`: «دعا أوباما الكونغرس»);
- trims spans to the name (no proclitic before it when the bare word is a known name, but
  none taken off a known foreign name such as «كاليفورنيا», `ner_junk`; a «و» before a name that begins
  with «و» is the conjunction: «ووسام البريدي» → وسام البريدي; no stoplisted words at either end, no nisba
  after a place, no participle that opens a description after a person's name: «يوسف عبد العزيز المولود
  في فلسطين» → يوسف عبد العزيز);
- gives each mention a canonical name: a gazetteer's canonical form («حركة فتح» → فتح,
  «قطاع غزة» → غزة), else the fullest mention of the same person in the text
  (بوغدانوف → ميخائيل بوغدانوف; of two members of a family, the first named), a lone given name after
  a ruler's title with that title («الملك سلمان»), else the mention without its proclitic;
- ends a mention before a eulogy («ابن عمر رضي الله عنهما»: `_eulogies`);
- adds nisba adjectives outside names as LOC mentions of their country (الروسي → روسيا);
- resolves a role whose holder is unnamed to its country («وزير المخابرات في مصر»,
  «نائب وزير الخارجية الروسي»): a LOC mention over the role phrase, canonical the country,
  the phrase in `role`;
- makes a body or place named after a person one ORG or LOC («مركز الملك سلمان للإغاثة»,
  «شارع الأمير سلطان»; `ner_named_after`), so the person inside is no actor;
- mends town names that open with a landmark noun («خان بني سعد» is no person, «جسر الشغور» one place:
  `ner_place_heads`), and a person's name read after an administrative unit's noun («بولاية تنيسي»: the
  place تنيسي).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from marsad.clean.normalize import fold, raw_prefix_len
from marsad.extract import ner_gazetteer as gz
from marsad.extract import ner_junk
from marsad.extract.ner_ali import ali_name, is_ali, writes_maqsura
from marsad.extract.ner_bio import spans
from marsad.extract.ner_features import clusters, tokenize, word_rank
from marsad.extract.ner_named_after import named_bodies
from marsad.extract.ner_place_heads import HEADS as PLACE_HEADS
from marsad.extract.ner_place_heads import admin_heads, place_heads
from marsad.extract.ner_tagger import tag_document
from marsad.extract.ner_titled import DESCRIBERS, name_word, weak_person
from marsad.model import Entity

SENT_END = {".", "!", "?", "؟", "…"}
Tok = tuple[str, int, int]


def _sentences(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Tokens grouped into sentences: after . ! ? ؟ and at line breaks."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for k, t in enumerate(toks):
        if cur and "\n" in text[cur[-1][2]:t[1]]:
            out.append(cur)
            cur = []
        cur.append(t)
        if t[0] in SENT_END and not (k + 1 < len(toks) and toks[k + 1][1] == t[2]):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# heads that open the name of a body («جبهة النصرة», «حركة حماس»): a «و» or «ف» before one is a conjunction
_BODY_HEADS = frozenset(fold(w) for w in ("جبهة", "حركة", "حزب", "جماعة", "تنظيم", "تحالف", "منظمة", "مجلس",
                                          "هيئة", "جمعية", "اتحاد", "لجنة", "قوات", "جيش", "ميليشيا", "كتائب"))


# how many times more frequent than «و» + a word beginning with «و» the bare word must be for the «و» to be
# a conjunction: «وسام» ranks 10,323rd, «ووسام» 58,584th; the foreign «وود» (Wood) 29,638th, «ود» 16,509th
_WAW_SHARE = 2


def _conjoined_waw(fw: str) -> bool:
    """True when a folded word that opens with two «و» is the conjunction before a word that opens with
    «و» («ووسام», «ووليد», «ووكيله»): no Arabic word begins «وو», so only a foreign name does («وولتر»,
    «وولفغانغ», «وود»), and its rest is no commoner word of its own."""
    if not fw.startswith("وو") or len(fw) < 4:
        return False
    rank = word_rank()
    rest = rank.get(fw[1:])
    return rest is not None and rest * _WAW_SHARE < rank.get(fw, len(rank))


def _proclitic(fw: str, known: set[str], g: gz.Gazetteers) -> int:
    """Letters of proclitic to take off a mention's folded first word (0 when none)."""
    readings = gz.first_word_keys(fw)
    if len(readings) == 1 or fw in g.first_names or (fw,) in g.names:
        return 0
    vocab = clusters()
    for form, n in readings[1:]:
        if n == 0:
            continue
        if form in known or form in g.first_names or (form,) in g.names:
            return n
        if n == 1 and form.startswith("ال"):  # و/ب/ل/ف/ك + ال: a clitic, unless the word is a name
            return 0 if ner_junk.keeps_clitic_letter(fw, form, known) else n
        if n == 1 and fw[0] in "وفلب" and form in _BODY_HEADS:  # «وجبهة النصرة», «لمنظمة التحرير»
            return n
        if n == 1 and fw[0] == "و" and form in PLACE_HEADS:  # «إدلب وجسر الشغور»: a town's name after «و»
            return n
        if n == 1 and _conjoined_waw(fw):  # «ميساء مغربي ووسام البريدي»: و + «وسام»
            return n
        if fw not in vocab and form in vocab and len(form) >= 3:
            return n
    return 0


_Mention = tuple[int, int, int, str, int, str | None]


def _split_coordinated(raw: list[tuple[int, int, int, str]], folded: list[list[str]],
                       g: gz.Gazetteers) -> tuple[list[tuple[int, int, int, str]], set[str]]:
    """Person spans cut before a word «و» + a person's name inside them: two people joined by «و»
    («ميسي ونيمار», «روحاني وأوباما», «سعيد وفريد ملولي»): the word after «و» is a person's name word of
    the lists and lexicons (`ner_titled.name_word`, `weak_person`), a listed person, or a word the text tags
    alone as a person. A listed name that itself begins with «و» («وليد», «وسام») is not cut, nor one whose
    rest is no name («ويليامسون»). Also the names after «و» that open a mention now (their «و» a clitic)."""
    alone = {folded[si][i] for si, i, j, label in raw if label == "PER" and j - i == 1}
    out: list[tuple[int, int, int, str]] = []
    joined: set[str] = set()
    for si, i, j, label in raw:
        fs = folded[si]
        start = i
        for k in range(i + 1, j):
            w = fs[k]
            if label != "PER" or len(w) < 4 or w[0] != "و" or w in g.first_names or (w,) in g.names:
                continue
            e = g.names.get((w[1:],))
            if w[1:] in alone or name_word(w[1:], w[1:], g) or weak_person(w[1:]) \
                    or (e is not None and e.label == "PER" and not e.weak):
                out.append((si, start, k, label))
                start = k
                joined.add(w[1:])
        out.append((si, start, j, label))
    return out, joined


def _noun_tails(text: str, mentions: list[_Mention],
                surface: Callable[[int, int, int, int], tuple[int, int]]) -> list[_Mention]:
    """Person mentions without a common noun run on into their end (`ner_junk.noun_tail`)."""
    words = {id(m): tuple(fold(text[slice(*surface(m[0], m[1], m[2], m[4]))]).split()) for m in mentions}
    seen = Counter(words[id(m)] for m in mentions if m[3] == "PER")
    folded_text = " ".join(fold(text).split())
    return [(si, i, j - 1, label, plen, canon)
            if label == "PER" and canon is None and ner_junk.noun_tail(words[id(m)], seen, folded_text) else m
            for m in mentions for si, i, j, label, plen, canon in (m,)]


def _listed(fs: list[str], i: int, j: int, label: str, g: gz.Gazetteers) -> tuple[int, str] | None:
    """Proclitic letters and canonical name of a mention that a strong name list gives whole, after a
    proclitic («لرابطة العالم الإسلامي», «بمعمر القذافي» of the people list), or None."""
    for form, n in gz.first_word_keys(fs[i])[1:]:
        for names in (g.extra, g.rule_extra):
            e = names.get((form, *fs[i + 1:j]))
            if e is not None and not e.weak and e.label == label:
                return n, e.canonical
    return None


def _article_elided(fw: str, plen: int, known: set[str], g: gz.Gazetteers) -> bool:
    """True when a folded first word is «لـ» + a name with the article, whose «ا» the spelling drops
    («للشيعة», «وللمعارضة»): the surface after the proclitic reads «لشيعة», the name is «الشيعة»."""
    if plen < 1 or fw[plen - 1:plen + 1] != "لل":
        return False
    rest = fw[plen:]
    return rest not in known and rest not in g.first_names and (rest,) not in g.names


# «بن», «ابن», «بنت» (folded): the name after one is a parent's, not the person's own
LINEAGE = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))  # the words that link a name to its father's


def _before_title(fs: list[str], i: int, j: int, g: gz.Gazetteers) -> int:
    """End of a person's span before a title of two words or more that follows the name inside it
    («محمد بن سلمان … آل سعود ولي ولي العهد» ends at «سعود»); at least two name words stay."""
    for k in range(i + 2, j - 1):
        if any(tuple(fs[k:k + n]) in g.titles for n in range(2, j - k + 1)):
            return k - 1 if fs[k - 1] == fs[k] and k - 1 >= i + 2 else k
    return j


def _person_canonical(words: tuple[str, ...], persons: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The fullest person mention in the text containing `words` as a contiguous part, not as the
    parent's name after «بن» («سلمان بن عبدالعزيز» is not «محمد بن سلمان بن عبدالعزيز»). Where the
    fuller names are of different people of one family («معمر القذافي», «سيف الإسلام القذافي»), the
    first of them named in the text is meant, in its fullest form."""
    found = [(full, surface) for full, surface in persons if len(full) > len(words) and _holds(full, words)]
    if not found:
        return None
    first = found[0][0]
    return max((p for p in found if p[0] == first or _holds(p[0], first)), key=lambda p: len(p[0]))[1]


def _holds(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether `words` are a contiguous part of `full`, not a parent's name after «بن»."""
    return any(full[i:i + len(words)] == words and (i == 0 or full[i - 1] not in LINEAGE)
               for i in range(len(full) - len(words) + 1))


# rulers' titles that with a given name alone name one person («الملك سلمان», «السلطان قابوس»)
_RULER_TITLES = {fold(w): w for w in ("الملك", "الملكة", "السلطان", "الأمير", "الأميرة", "الشيخ", "الشيخة")}


def _ruler_named(fs: list[str], i: int, j: int, span_text: str, g: gz.Gazetteers) -> str | None:
    """«الملك سلمان» for a lone given name after a ruler's title («استقبل الملك سلمان», «وللملك سلمان»),
    where the text gives no fuller name: the given name alone is many people's, the title and name one's."""
    if j - i != 1 or i == 0 or fs[i] not in g.first_names:
        return None
    for form, _ in gz.first_word_keys(fs[i - 1]):
        if form in _RULER_TITLES:
            return f"{_RULER_TITLES[form]} {span_text}"
    return None


_ARABIC = re.compile("[\u0621-\u064a]")
# words right before a club's name («نادي الرياض», «لفريق ليفربول»); not «الفريق», a military rank
_CLUB_HEADS = frozenset(fold(w) for w in ("نادي", "لنادي", "ونادي", "بنادي", "فريق", "لفريق", "وفريق", "بفريق"))


def _club_reading(crf: str, e: gz.GazEntry, prev: str | None, g: gz.Gazetteers) -> bool:
    """Whether an exact gazetteer place is a club (ORG, as in ANERcorp) rather than its place.

    A place's name takes the gazetteer's type, but a club named after a town is the club
    - right after «نادي» or «فريق» (any place: «نادي الرياض», «نادي الكويت»);
    - where the CRF tagged it ORG and the name is only a generated town (GeoNames cities and
      capitals: «تغلب ليفربول على ...»). A curated place or a country the CRF calls ORG stays
      a place (the lists are authoritative there; روسيا is LOC whatever the tagger says).
    """
    if e.label != "LOC" or e.kind not in ("city", "capital", "place", "country"):
        return False
    if prev is not None and prev in _CLUB_HEADS:
        return True
    return crf == "ORG" and e.kind in ("city", "capital") and fold(e.canonical) not in g.country_names


def extract_entities(text: str) -> list[Entity]:
    """Named-entity mentions of `text`, in text order; `text[e.start:e.end] == e.text`."""
    g = gz.load()
    toks = tokenize(text)
    if not toks:
        return []
    sents = _sentences(text, toks)
    folded = [[fold(t[0]) for t in s] for s in sents]
    tags = tag_document([[t[0] for t in s] for s in sents], extend=True, folded=folded)
    place_heads(folded, tags)  # «تفجير خان بني سعد», «مدينة جسر الشغور»: a town, whole
    admin_heads(folded, tags)  # «بولاية تنيسي»: the state of Tennessee, no person

    # mentions as (sentence, i, j, label)
    raw: list[tuple[int, int, int, str]] = []
    for si, ts in enumerate(tags):
        for i, j, label in spans(ts):
            raw.append((si, i, j, label))
    gaz_at = [{(i, j): (p, e) for i, j, p, e in gz.match(fs, g)} for fs in folded]
    raw = _split_pairs(raw, folded, gaz_at)  # «هدد الحوثيون الجنيد»: a body, then another party
    raw, joined = _split_coordinated(raw, folded, g)  # «ميسي ونيمار»: two people
    # a bare form named elsewhere: لحماس → حماس; لهادي → هادي («عبد ربه منصور هادي»: a later word of a name)
    known = {folded[si][k] for si, i, j, _ in raw for k in range(i, j) if k == i or len(folded[si][k]) > 3}
    known = (known - {"و" + w for w in joined}) | joined  # «ونيمار»: نيمار after «و»

    def surface(si: int, i: int, j: int, plen: int) -> tuple[int, int]:
        s = sents[si]
        start = s[i][1] + raw_prefix_len(s[i][0], plen)
        return start, s[j - 1][2]

    mentions: list[tuple[int, int, int, str, int, str | None]] = []  # +proclitic letters, canonical
    titled: dict[tuple[int, int], int] = {}  # a person's (sentence, start) → the end of the title after the name
    # «علي» at a person's edge is the name, not «على», in a page that writes «ى» (`ner_ali`), or where only a name
    # can hold it; the page is scanned only when some person holds the word
    raw_words = [[t[0] for t in s] for s in sents]
    ali = any(label == "PER" and any(is_ali(t[0]) for t in sents[si][i:j]) for si, i, j, label in raw) \
        and writes_maqsura(raw_words)
    for si, i, j, label in raw:
        fs = folded[si]
        while i < j and gz.is_stop(fs[i], g) and not (gaz_at[si].get((i, j))) \
                and not (label == "PER" and ali_name(raw_words[si], fs, i, i, j, ali)):
            i += 1
        while j > i and gz.is_stop(fs[j - 1], g) and not (gaz_at[si].get((i, j))) \
                and not (label == "PER" and ali_name(raw_words[si], fs, j - 1, i, j, ali)):
            j -= 1
        if label == "PER" and j - i > 2 and fs[j - 1] in DESCRIBERS:
            j -= 1  # «يوسف عبد العزيز المولود في فلسطين»: the name, then «born in …»
        if label == "ORG" and j - i > 2 and (fs[j - 1],) in g.titles and gaz_at[si].get((i, j - 1)):
            j -= 1  # «بالجامعة العربية السفير محمد صبيح»: a listed body, then the title of its envoy
        if i >= j or not any(_ARABIC.search(fs[k]) for k in range(i, j)):
            continue  # a name in Arabic news has an Arabic word: markup or code («img src») is not one
        hit = gaz_at[si].get((i, j))
        if not hit and label == "PER" and (cut := _before_title(fs, i, j, g)) < j:
            titled[(si, i)] = j  # the title after the name still links a later «ولي العهد» to it
            j = cut
        if not hit and label == "LOC" and j - i > 1 and gz.nisba_country(fs[j - 1], g):
            j -= 1  # «عين العرب السورية»: the place is عين العرب, السورية a nisba of its own
            hit = gaz_at[si].get((i, j))
        if hit:
            plen, e = hit
            canon: str | None = e.canonical if e.kind != "nisba" else None
            if _club_reading(label, e, fs[i - 1] if i > 0 else None, g):
                label = "ORG"  # «تغلب ليفربول على ...», «نادي الرياض»: the club, named as its list has it
                club = g.extra.get((fs[i][plen:], *fs[i + 1:j]))
                canon = club.canonical if club is not None and club.label == "ORG" else None
            else:
                label = e.label  # an exact gazetteer name keeps its type (روسيا is a place)
        elif listed := _listed(fs, i, j, label, g):
            plen, canon = listed  # «لرابطة العالم الإسلامي» → رابطة العالم الإسلامي, as its list names it
        else:
            plen, canon = _proclitic(fs[i], known, g), None
            if label == "PER" and ner_junk.keeps_name_letter(fs[i], plen, fs[i - 1] if i else None, known):
                plen = 0  # «الكاتب باهر محمد»: a name, not ب + «أهر» (a town)
            if _article_elided(fs[i], plen, known, g):
                canon = "ا" + text[slice(*surface(si, i, j, plen))]
        mentions.append((si, i, j, label, plen, canon))

    mentions = _noun_tails(text, mentions, surface)  # «استعرض الأمير خالد الفيصل البرنامج»: خالد الفيصل

    # person names: fullest form in the text
    persons: list[tuple[tuple[str, ...], str]] = []
    for si, i, j, label, plen, _ in mentions:
        if label == "PER":
            a, b = surface(si, i, j, plen)
            words = fold(text[a:surface(si, i, titled.get((si, i), j), plen)[1]]).split()
            persons.append((tuple(words), text[a:b]))

    out: list[Entity] = []
    covered: set[tuple[int, int]] = set()
    for si, i, j, label, plen, canon in mentions:
        a, b = surface(si, i, j, plen)
        span_text = text[a:b]
        if canon is None and label == "PER":
            canon = _person_canonical(tuple(fold(span_text).split()), persons) \
                or _ruler_named(folded[si], i, j, span_text, g)
        out.append(Entity(span_text, label, canon or span_text, a, b))
        covered.update((si, k) for k in range(i, j))

    out = _family_names(text, sents, folded, out, covered, g)
    out += _roles_and_nisba(text, sents, folded, covered, out, g)
    out = _org_heads(text, sents, folded, out, g)
    out = named_bodies(text, sents, folded, out, g)  # «مركز الملك سلمان للإغاثة»: the body, not the king
    out.sort(key=lambda e: (e.start, -e.end))
    out = _claimed_lives(text, out)  # «وأودى بحياة عدد من رجال الأمن»: the verb, not Audi
    out = _eulogies(text, out)  # «عمر رضي الله عنه»: عمر, not «عمر رضي الله»
    return _person_edges(text, _lone_barak(text, _insisting(text, _place_words(text, _not_on_behalf(text, out)))), g)


_SPOKESMAN = frozenset(fold(w) for w in ("المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق",
                                          "ناطقة", "متحدثا", "ناطقا", "والمتحدث", "والناطق", "متحدثون",
                                          "متحدثين", "المتحدثون", "المتحدثين", "الناطقون", "ناطقون"))
# a word that may stand between the spokesman and «باسم» («متحدثون عسكريون أمس باسم الحكومة»)
_SPOKESMAN_MODS = frozenset(fold(w) for w in ("عسكري", "عسكريون", "عسكريين", "العسكري", "الرسمي", "رسمي",
                                               "أمس", "اليوم", "الإعلامي", "إعلامي"))
_PREV_WORDS = re.compile(r"(\S+)\s+(?:(\S+)\s+)?(?:(\S+)\s+)?$")
_PREV_WORD = re.compile(r"(\S+)\s+$")
_BEHALF = fold("باسم")


def _split_pairs(raw: list[tuple[int, int, int, str]], folded: list[list[str]],
                 gaz_at: list[dict[tuple[int, int], tuple[int, gz.GazEntry]]]) -> list[tuple[int, int, int, str]]:
    """Tagged spans cut in two where a listed body's name is followed at once by another party: a listed
    body or person, a country, or one word that ends a person's full name told elsewhere in the article
    («هدد الحوثيون الجنيد» after «عبدالقادر الجنيد», «اتهمت المفوضية الأوروبية جوجل», «وطالبت الولايات
    المتحدة ودول آسيان الصين»). A verb's subject and object stand side by side (VSO) and the tagger may read
    them as one name; a listed body's name (in the gazetteer or the bodies', clubs', companies' lists) is
    closed, so what follows it is no part of it. So is a country's before a listed body or person («ولم تقصف
    تركيا داعش»), and a person's last word that is «لـ/بـ/و» + a listed body, person or country is another
    party («وقال دمرداش لرويترز»)."""
    g = gz.load()
    surnames = {folded[si][j - 1] for si, i, j, label in raw if label == "PER" and j - i > 1}
    extra_at: dict[int, dict[tuple[int, int], tuple[int, gz.GazEntry]]] = {}
    out: list[tuple[int, int, int, str]] = []
    for si, i, j, label in raw:
        cut: tuple[int, str, str] | None = None
        if j - i > 1 and (i, j) not in gaz_at[si]:
            if si not in extra_at:  # the feature lists, read only for sentences with a span to cut
                extra_at[si] = {(a, b): (p, e) for a, b, p, e in gz.match_extra(folded[si], g)}
            if (i, j) in extra_at[si]:
                out.append((si, i, j, label))
                continue
            tail = gaz_at[si].get((j - 1, j))
            if label == "PER" and tail is not None and tail[0] > 0 and _other_party(tail[1], g):
                out += [(si, i, j - 1, "PER"), (si, j - 1, j, tail[1].label)]  # «قال دمرداش لرويترز»
                continue
            for k in range(j - 1, i, -1):
                head = gaz_at[si].get((i, k))
                if head is None and label == "ORG":  # a listed body («آسيان»), not a firm or a club: «فودافون
                    body = extra_at[si].get((i, k))  # قطر» names the firm's branch, «فارس» a man as often
                    head = body if body is not None and body[1].kind == "body" else None
                tail = gaz_at[si].get((k, j))
                if head is not None and _a_country(head[1], g) and tail is not None \
                        and tail[1].label in ("ORG", "PER") and _other_party(tail[1], g):
                    cut = (k, tail[1].label, "LOC")  # «ولم تقصف تركيا داعش»
                    break
                if head is None or head[1].label != "ORG" or head[1].kind == "nisba":
                    continue
                if tail is not None and tail[1].kind != "nisba" and tail[1].canonical != head[1].canonical and (
                        tail[1].label in ("ORG", "PER")  # not «تنظيم الدولة الإسلامية داعش»: one body
                        or (tail[1].label == "LOC" and label == "ORG" and _country_after(folded[si], k, tail[1], g))):
                    cut = (k, tail[1].label, "ORG")
                elif j - k == 1 and folded[si][k] in surnames:
                    cut = (k, "PER", "ORG")
                elif j - k == 1 and label == "ORG" and folded[si][k] in g.first_names:
                    cut = (k, "PER", "ORG")  # «باسم الحوثيين يحيى سريع»: the body, then a man's first name
                    if j < len(folded[si]) and _ARABIC.search(folded[si][j]) and not gz.is_stop(folded[si][j], g):
                        j += 1  # and his family name, which the tagger left out
                break
        if cut is None:
            out.append((si, i, j, label))
        else:
            out += [(si, i, cut[0], cut[2]), (si, cut[0], j, cut[1])]
    return out


def _other_party(e: gz.GazEntry, g: gz.Gazetteers) -> bool:
    """Whether a gazetteer name is a party of its own beside a name before it: a strong body, person or
    country, not a nisba, a town or a weak (common-word) name."""
    return not e.weak and e.kind != "nisba" and (e.label in ("ORG", "PER") or _a_country(e, g))


def _a_country(e: gz.GazEntry, g: gz.Gazetteers) -> bool:
    return e.label == "LOC" and e.kind != "nisba" and fold(e.canonical) in g.country_names


def _country_after(fs: list[str], k: int, entry: gz.GazEntry, g: gz.Gazetteers) -> bool:
    """Whether the place at token k after a body's name is a country of its own («اتهمت المفوضية الأوروبية
    مصر»). A country written as its nisba («السعودية») is one only after a masculine plural («اتهم الحوثيون
    السعودية»), which its adjective would agree with as «السعوديون»; after a singular it is mostly the
    body's adjective («أرامكو السعودية»)."""
    if fs[k] in g.nisba:
        return fs[k - 1].endswith(("ون", "ين")) and fold(g.nisba[fs[k]]) in g.role_places
    return fold(entry.canonical) in g.country_names


def _after_spokesman(text: str, start: int) -> bool:
    prev = _PREV_WORDS.search(text, max(0, start - 60), start)
    if not prev:
        return False
    words = [fold(w) for w in prev.groups() if w]
    for i in range(len(words) - 1, -1, -1):  # the nearest word first
        if words[i] in _SPOKESMAN:
            return True
        if words[i] not in _SPOKESMAN_MODS:
            return False
    return False


def _not_on_behalf(text: str, found: list[Entity]) -> list[Entity]:
    """«المتحدث باسم الحركة»: «باسم» after a spokesman is «on behalf of», not the name Basim, nor is
    «باسم X» there a person («المتحدث باسم القوات الجوية»), nor a later «X» linked to that person
    («… باسم التحالف … إن التحالف يرحب»)."""
    behalf = {e.canonical for e in found if e.label == "PER" and fold(e.text).split()[:1] == [_BEHALF]
              and _after_spokesman(text, e.start)}
    # the body after it is read by the event coder's own group words
    return [e for e in found if not (e.label == "PER" and e.canonical in behalf)]


_MISR = fold("مصر")
_ON = fold("على")
# words before «مصر على» that make it the participle «مُصِرّ» (insisting), not Egypt: a pronoun or a copula
_INSIST_BEFORE = frozenset(fold(w) for w in (
    "هو", "وهو", "فهو", "إنه", "انه", "أنه", "لأنه", "بأنه", "كان", "وكان", "ظل", "وظل", "مازال", "زال", "يزال",
    "أنا", "وأنا", "إنني", "لكنه", "ولكنه", "أصبح", "بات"))


def _insisting(text: str, found: list[Entity]) -> list[Entity]:
    """«وهو مصر على مواصلة إضرابه», «كان مصرا …»: «مصر» after a pronoun or a copula and before «على» is the
    participle «insisting», not Egypt («وأكدت مصر على ضرورة …» stays Egypt)."""
    out: list[Entity] = []
    for e in found:
        if e.label == "LOC" and fold(e.text) == _MISR:
            prev = _PREV_WORD.search(text, max(0, e.start - 20), e.start)
            nxt = _NEXT_WORD.match(text, e.end)
            if prev and nxt and fold(prev.group(1)) in _INSIST_BEFORE and fold(nxt.group(1)) == _ON:
                continue
        out.append(e)
    return out


_BARAK = fold("باراك")
_BARAK_TITLES = frozenset(fold(w) for w in ("الرئيس", "والرئيس", "للرئيس", "بالرئيس", "رئيس", "الأمريكي",
                                             "الأميركي", "السيد", "إيهود", "ايهود", "وزير", "الوزير", "الجنرال"))
_NEXT_WORD = re.compile(r"\s*(\S+)")


_CLAIMED = frozenset(fold(w) for w in ("أودى", "أودت", "وأودى", "وأودت"))


def _claimed_lives(text: str, found: list[Entity]) -> list[Entity]:
    """«أودى بحياة 5 أشخاص», «التفجير الذي أودى بأرواح …»: «أودى» (claimed the lives of) before «بحياة» or
    «بأرواح» is the verb, not the carmaker Audi («أودي»), whose folded spelling it shares."""
    out: list[Entity] = []
    for e in found:
        if fold(e.text) in _CLAIMED and (nxt := _NEXT_WORD.match(text, e.end)) \
                and fold(nxt.group(1)).startswith((fold("بحيا"), fold("بأرواح"))):
            continue
        out.append(e)
    return out


def _lone_barak(text: str, found: list[Entity]) -> list[Entity]:
    """A lone «باراك» is the name Barack/Barak only after a title or a first name («الرئيس باراك»,
    «إيهود باراك») or before «أوباما»; otherwise it is a common word, not a person."""
    out: list[Entity] = []
    for e in found:
        if e.label == "PER" and fold(e.text) == _BARAK:
            prev = _PREV_WORD.search(text, max(0, e.start - 20), e.start)
            nxt = _NEXT_WORD.match(text, e.end)
            if not ((prev and fold(prev.group(1)) in _BARAK_TITLES)
                    or (nxt and fold(nxt.group(1)).startswith(fold("أوباما")))):
                continue
        out.append(e)
    return out


# the sunset prayer and its call («صلاة المغرب», «أذان المغرب»), not Morocco
_PRAYER_WORDS = frozenset(fold(w) for w in ("صلاة", "لصلاة", "بصلاة", "وصلاة", "أذان", "لأذان", "وأذان", "بأذان"))
_MAGHRIB = fold("المغرب")


# common nouns of places the tagger may take for a name («بريف إدلب» → «بريف»): no place by themselves
_PLACE_NOUNS = frozenset(fold(w) for w in ("ريف", "محافظة", "مدينة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم",
                                           "حي", "مخيم", "ضاحية", "أطراف", "محيط"))
_MEDINA = fold("المدينة")
_MUNAWWARA = fold("المنورة")
# «اليمنى» (the right one) after a limb or a feminine noun («يده اليمنى», «الجهة اليمنى»), not Yemeni
_YEMENI = fold("اليمني")
_LIMBS = frozenset(fold(w) for w in ("يد", "قدم", "ساق", "رجل", "ذراع", "كتف", "أذن", "عين", "كلية", "ركبة"))
_LI_QUOTE = re.compile(r"ل[ـ]?\s*«\s*$")


def _right_side_of(word: str) -> bool:
    """True when a folded word names a limb, maybe with a pronoun («بقدمه», «ويدها», «لركبته») or is a
    definite feminine noun in «ة» («الجهة», «الناحية»): what «اليمنى» after it is the right one of."""
    stem = word.lstrip("وبل").removeprefix("ال")
    for limb in _LIMBS:
        bound = limb[:-1] + "ت" if limb.endswith("ه") else limb  # «ركبة» → «ركبته»
        if stem == limb or any(stem == bound + p for p in ("ه", "ها", "ي", "هما")):
            return True
    return word.endswith("ه") and word.startswith(("ال", "لل", "بال", "وال"))


def _place_words(text: str, found: list[Entity]) -> list[Entity]:
    """Place mentions that name no place here (a mention is dropped unless said otherwise):
    - a lone place noun with a clitic («بريف» in «بريف إدلب»: the place is the next name);
    - «المدينة» (the city) where the page never says «المنورة»: not Medina, no name at all;
    - «الشرق الأوسط» quoted after «لـ» («قال لـ«الشرق الأوسط»»): the newspaper, not the region;
    - «المغرب» after «صلاة» or «أذان»: the sunset prayer, not Morocco;
    - «اليمنى» after a limb or a feminine noun («بقدمه اليمنى», «الناحية اليمنى»): the right side, not
      Yemen (a Yemeni thing spelt with «ى» follows a masculine noun: «الرئيس اليمنى»)."""
    folded = fold(text)
    medina = _MUNAWWARA in folded
    out: list[Entity] = []
    for e in found:
        if e.label == "LOC":
            w = fold(e.text)
            if " " not in w and len(w) > 3 and w[1:] in _PLACE_NOUNS and w[0] in "وبلفك":
                continue
            if w == _MAGHRIB and (prev := _PREV_WORD.search(text, max(0, e.start - 20), e.start)) \
                    and fold(prev.group(1)) in _PRAYER_WORDS:
                continue
            if w == _YEMENI and e.text.endswith("ى") \
                    and (prev := _PREV_WORD.search(text, max(0, e.start - 20), e.start)) \
                    and _right_side_of(fold(prev.group(1))):
                continue
            if w.lstrip("وبلفك") == _MEDINA and e.canonical != e.text and not medina:
                continue
            if _LI_QUOTE.search(text, max(0, e.start - 4), e.start):
                out.append(Entity(e.text, "ORG", e.canonical, e.start, e.end, e.role))
                continue
        out.append(e)
    return out


# a eulogy after a name, «رضي الله عنه», «رضوان الله عليهم», «صلى الله عليه وسلم»: its first word or two may
# end a mention
_EULOGY_WORDS = "(?:رضي|رضى|رضوان|رحمة|رحمه|صلى|صلي|سلام|صلوات)"
_EULOGY_HEAD = re.compile(rf"\s*(?:\bو)?({_EULOGY_WORDS}(?:\s+الله)?)$")
_EULOGY = re.compile(rf"{_EULOGY_WORDS}\s+الله\s+(?:عليه|عليها|عليهم|عليهما|عليهن|عنه|عنها|عنهم|عنهما|عنهن)"
                     r"(?![\u0621-\u064a])")


def _eulogies(text: str, found: list[Entity]) -> list[Entity]:
    """Person and body mentions that ran on over a eulogy after a name («ابن عمر رضي الله عنهما», «رضوان
    الله عليهم»): the mention ends before it, and is dropped when nothing is left."""
    out: list[Entity] = []
    for e in found:
        m = _EULOGY_HEAD.search(e.text) if e.label in ("PER", "ORG") else None
        if m is None or not _EULOGY.match(text, e.start + m.start(1)):
            out.append(e)
            continue
        head = e.text[:m.start()].rstrip()
        if head:
            canon = e.canonical if e.canonical != e.text else head
            out.append(Entity(head, e.label, canon, e.start, e.start + len(head), e.role))
    return out


_HYPHEN = re.compile("-[\u0621-\u064a]?$")


def _person_edges(text: str, found: list[Entity], g: gz.Gazetteers) -> list[Entity]:
    """Person names cut or overrun at their edges:
    - a hyphenated name is one name («فرانك-فالتر شتاينماير», read as «فرانك» + «التر شتاينماير»
      with a proclitic stripped off «فالتر»): the two mentions join, and so do the mentions that
      took either half as their canonical form;
    - a name followed by a word the text names on its own as a group or place («شتاينماير
      الأكراد», الأكراد being an ORG elsewhere) or a listed body's whole name («دعا أوباما الكونغرس»,
      `_closed_body`) ends before that word."""
    pers = [e for e in found if e.label == "PER"]
    if not pers:
        return found
    rename: dict[str, str] = {}
    joined: dict[int, Entity] = {}
    gone: set[int] = set()
    for e1, e2 in pairwise(pers):
        if id(e1) in gone or e2.start <= e1.end or not _HYPHEN.match(text[e1.end:e2.start]):
            continue
        whole = text[e1.start:e2.end]
        canon = whole.replace("-", " ")
        rename[e1.canonical] = rename[e2.canonical] = canon
        joined[id(e1)] = Entity(whole, "PER", canon, e1.start, e2.end, e1.role)
        gone.add(id(e2))
    others = {fold(e.text): e for e in found if e.label in ("ORG", "LOC") and " " not in e.text.strip()}
    by_last = {fold(e.canonical).split()[-1]: e.canonical for e in pers if len(e.canonical.split()) > 1}
    out: list[Entity] = []
    for e in found:
        if id(e) in gone:
            continue
        e = joined.get(id(e), e)
        if e.label == "PER" and e.canonical in rename:
            e = Entity(e.text, "PER", rename[e.canonical], e.start, e.end, e.role)
        ws = e.text.split()
        listed = _closed_body(fold(ws[-1]), g) if e.label == "PER" and len(ws) >= 2 else None
        o = others.get(fold(ws[1])) if len(ws) == 2 else None
        if e.label == "PER" and _body_after_name(ws, o is not None, listed is not None):
            head = " ".join(ws[:-1])
            end = e.start + len(head)
            canon = by_last.get(fold(head), head)
            if listed is None or not _SENTENCE_START.search(text, 0, e.start):  # «صادق الكنيست …»: the verb
                out.append(Entity(head, "PER", rename.get(canon, canon), e.start, end, e.role))
            label, canon = (o.label, o.canonical) if o is not None else listed or ("ORG", ws[-1])
            out.append(Entity(ws[-1], label, canon, e.end - len(ws[-1]), e.end))
            continue
        out.append(e)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?؟\n])\s*$")


def _body_after_name(ws: list[str], other: bool, listed: bool) -> bool:
    """True when a person mention's last word is the verb's object, not a surname: a two-word mention
    ending in a word with «ال» that the text names alone or that is a listed body («شتاينماير الأكراد»,
    «دعا أوباما الكونغرس»), or a mention of any length ending in a listed body's whole name without
    «ال» («وهدد دونالد ترامب حماس», «وانتقد بايدن حماس», «داعش», «طالبان»)."""
    if fold(ws[-1]).startswith("ال"):
        return len(ws) == 2 and (other or listed)
    return listed


def _closed_body(w: str, g: gz.Gazetteers) -> tuple[str, str] | None:
    """Label and canonical name of a folded word that is a listed body's whole name and no family name
    («الكونغرس», «الكرملين», «الناتو», «الحوثيين»; not «الحوثي», a nisba a family also bears), or None:
    after a person's name it is the verb's object («دعا أوباما الكونغرس»), not the person's surname; a word
    opening the sentence before it is the verb of which it is the subject («صادق الكنيست على …»: ratified), and
    is dropped."""
    e = g.names.get((w,))
    if e is None or e.weak or e.kind != "org" or e.label != "ORG" or w.endswith("ي"):
        return None
    return e.label, e.canonical


def _family_names(text: str, sents: list[list[Tok]], folded: list[list[str]], found: list[Entity],
                  covered: set[tuple[int, int]], g: gz.Gazetteers) -> list[Entity]:
    """A person's name of two or more words the tagger cut before a family name of the nisba form
    («طاهر محمود» + «الأشرفي»): a word with the article ending in ـي right after it, not a
    country's nisba, a title or a stopword, joins the name (and its canonical form)."""
    by_end = {e.end: e for e in found if e.label == "PER" and len(e.text.split()) >= 2}
    if not by_end:
        return found
    out = list(found)
    for si, s in enumerate(sents):
        fs = folded[si]
        for k in range(1, len(s)):
            e = by_end.get(s[k - 1][2])
            w = fs[k]
            if e is None or (si, k) in covered or s[k][1] != e.end + 1 or not w.startswith("ال") \
                    or not (w.endswith("ي") or _patronymic_end(e, w, folded)) or len(w) < 4 \
                    or (len(w) < 5 and w.endswith("ي")) or gz.is_stop(w, g) \
                    or gz.nisba_country(w, g) is not None or (w,) in g.titles:
                continue
            name = text[e.start:s[k][2]]
            canon = e.canonical + text[e.end:s[k][2]] if e.canonical.endswith(e.text) else e.canonical
            out[out.index(e)] = Entity(name, "PER", canon, e.start, s[k][2], e.role)
            covered.add((si, k))
    return out


def _patronymic_end(e: Entity, w: str, folded: list[list[str]]) -> bool:
    """«أحمد بن إبراهيم» + «الملا»: after a patronymic, a word with the article that the text
    uses again on its own («وأكد الملا …») is the family name."""
    ws = fold(e.text).split()
    if len(ws) < 3 or ws[-2] not in ("بن", "ابن", "بنت"):
        return False
    return sum(f == w or f == "و" + w for fs in folded for f in fs) >= 2


# heads of a body named by its field and its country («مجلس علماء باكستان», «مركز التقدم الأمريكي»)
_ORG_GENITIVE = frozenset(fold(w) for w in ("مجلس", "مركز", "معهد", "مؤسسة", "جمعية", "رابطة", "هيئة", "اتحاد"))
# a think tank or NGO head may take a nisba; a council with a nisba is the state's («مجلس الوزراء السعودي»)
_ORG_NISBA = frozenset(fold(w) for w in ("مركز", "معهد", "مؤسسة", "جمعية", "رابطة"))


def _org_heads(text: str, sents: list[list[Tok]], folded: list[list[str]], found: list[Entity],
               g: gz.Gazetteers) -> list[Entity]:
    """A body the tagger missed: an organisation head, one or two plain words and then a country
    («مجلس علماء باكستان»: head, indefinite genitive, the country's name) or a nisba («مركز التقدم
    الأمريكي»: a think tank or NGO head, its field, the nisba). The place mention inside it gives
    way to the organisation."""
    by_start = {e.start: e for e in found}
    starts = {e.start for e in found}
    inside = [(e.start, e.end) for e in found]
    drop: set[int] = set()
    add: list[Entity] = []
    for si, s in enumerate(sents):
        fs = folded[si]
        for k in range(len(s) - 2):
            keys = [(f, p) for f, p in gz.first_word_keys(fs[k]) if f in _ORG_GENITIVE]
            if not keys or any(a <= s[k][1] < b for a, b in inside):
                continue
            head, plen = keys[0]
            for n in (1, 2):
                j = k + 1 + n
                if j >= len(s):
                    break
                words = fs[k + 1:j]
                if any(not w.isalpha() or gz.is_stop(w, g) or s[m][1] in starts
                       for m, w in zip(range(k + 1, j), words, strict=True)):
                    break
                e = by_start.get(s[j][1])
                if e is None or e.label != "LOC" or e.end != s[j][2]:
                    continue
                nisba = e.canonical != e.text and fold(e.text).endswith(("ي", "يه"))
                if nisba and head not in _ORG_NISBA:
                    break
                if not nisba and any(w.startswith("ال") for w in words):
                    break  # «مجلس الأمن باكستان»: a definite genitive is a name of its own
                a = s[k][1] + raw_prefix_len(s[k][0], plen)
                add.append(Entity(text[a:e.end], "ORG", text[a:e.end], a, e.end))
                drop.add(id(e))
                break
    if not add:
        return found
    return [e for e in found if id(e) not in drop] + add


def _title_before(fs: list[str], i: int, g: gz.Gazetteers) -> tuple[int, int] | None:
    """Start of a title cue run ending just before token i (several cues may chain), or None, with
    the letters of a plain proclitic glued to its first word («بوزير» → 1: the role is «وزير …»,
    the «بـ» is the sentence's preposition); a «لل» or «وال» stays on the role."""
    start = None
    k = i
    while k > 0:
        found = _title_ending(fs, k, g)
        m = k
        while found is None and m > 1 and fs[m - 1] in _TITLE_ADJECTIVES:  # «المستشار الثقافي للرئيس»
            m -= 1
            found = _title_ending(fs, m, g)
        if found is None:
            break
        at, f0, p = found
        if start is not None and fs[start[0]][:1] == "ل" and (f0, *fs[at + 1:m]) in _SOVEREIGNS:
            return start  # «ولي العهد للرئيس المصري»: a ruler is no one's aide; «للرئيس» is to whom
        start = (at, p if p and fs[at][p:] == f0 else 0)
        k = at
    return start


def _title_ending(fs: list[str], k: int, g: gz.Gazetteers) -> tuple[int, str, int] | None:
    """The longest title (up to 3 words) ending just before token k: its first token, that token's folded
    key and its proclitic letters; None when there is none."""
    for ln in (3, 2, 1):
        if k - ln < 0:
            continue
        keys = [(f0, p) for f0, p in gz.first_word_keys(fs[k - ln]) if (f0, *fs[k - ln + 1:k]) in g.titles]
        if keys:
            f0, p = min(keys, key=lambda x: x[1])
            return k - ln, f0, p
    return None


# words that qualify a title and stand between it and the title or nisba after it («المستشار الثقافي للرئيس
# الإيراني», «النائب الأول للرئيس السوداني», «الملحق العسكري الأمريكي»)
_TITLE_ADJECTIVES = frozenset(fold(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الأعلى", "العام", "العامة", "المساعد", "المساعدة", "الخاص",
    "الخاصة", "الشخصي", "الثقافي", "العسكري", "السياسي", "الإعلامي", "الاقتصادي", "القانوني", "الدبلوماسي",
    "الأمني", "الصحفي", "الرسمي", "الرسمية"))


# titles of rulers, who hold no title of another («مستشار للرئيس» does; «ولي العهد للرئيس» is two people)
_SOVEREIGNS = frozenset(tuple(fold(w) for w in t.split()) for t in (
    "ولي العهد", "ولي ولي العهد", "الملك", "الأمير", "السلطان", "الرئيس", "خادم الحرمين الشريفين", "العاهل",
    "أمير"))


def _roles_and_nisba(text: str, sents: list[list[Tok]], folded: list[list[str]],
                     covered: set[tuple[int, int]], found: list[Entity], g: gz.Gazetteers) -> list[Entity]:
    """Nisba LOC mentions and unnamed role holders resolved to their country."""
    out: list[Entity] = []
    by_start = {e.start: e for e in found}
    for si, s in enumerate(sents):
        fs = folded[si]
        for k in range(len(s)):
            if (si, k) in covered:
                continue
            nis = gz.inflected_nisba_country(fs[k], g)
            if nis is None:
                continue
            country, plen = nis
            title_at = _title_before(fs, k, g)
            named_next = k + 1 < len(s) and (si, k + 1) in covered and any(
                e.label == "PER" and e.start == s[k + 1][1] for e in found
            )
            if title_at is not None and not named_next:
                ti, tp = title_at
                a, b = s[ti][1] + raw_prefix_len(s[ti][0], tp), s[k][2]
                role = text[a:b]
                out.append(Entity(role, "LOC", country, a, b, role=role))
                continue
            a = s[k][1] + raw_prefix_len(s[k][0], plen)
            out.append(Entity(text[a:s[k][2]], "LOC", country, a, s[k][2]))
        # «وزير المخابرات في مصر»: title cue + في + a country, with no name after the title
        for k in range(2, len(s)):
            if fs[k - 1] != "في" or (si, k - 2) in covered:
                continue
            e = by_start.get(s[k][1])
            if e is None or e.label != "LOC" or fold(e.canonical) not in g.role_places:
                continue
            title_at = _title_before(fs, k - 1, g)
            if title_at is None:
                continue
            a = s[title_at[0]][1] + raw_prefix_len(s[title_at[0]][0], title_at[1])
            role = text[a:e.end]
            found.remove(e)
            out.append(Entity(role, "LOC", e.canonical, a, e.end, role=role))
    return out

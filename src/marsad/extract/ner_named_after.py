"""Bodies and places named after a person: «مركز الملك سلمان للإغاثة», «مستشفى الملك فهد».

An institution's head noun («مركز», «مستشفى», «جامعة», «مؤسسة», «جائزة», «صندوق» …) followed
by a person's name is the name of one body, not a mention of the person: the centre gives the
aid, not the king. The name after the head is
- a royal or honorific title («الملك», «الأمير», «الشيخ», «الإمام» …) and a given name, or
- a full personal name the tagger found, with a link («محمد بن راشد», «زايد آل نهيان»);
a given name may be «عبد» + a word and may go on with «بن»/«ابن»/«بنت» + a name and «آل» + a
family name. After it the body's name may take adjectives with the article («العالمي»,
«العسكري», «الثاني») and one «لل…» complement with a coordinated noun and adjectives
(«للإغاثة والأعمال الإنسانية», «للعلوم والتقنية»).

The whole is one ORG (streets, airports, ports, bridges, bases, squares, mosques and a city
without a «لل…» complement are LOC: «شارع الأمير سلطان», «مدينة الملك عبدالله الاقتصادية»),
and the person, place or body mentions inside it or cut across by it give way to it.
"""

from __future__ import annotations

from marsad.clean.normalize import fold, raw_prefix_len
from marsad.extract import ner_gazetteer as gz
from marsad.model import Entity

Tok = tuple[str, int, int]

# head nouns of a body named after a person (folded), with the label of the whole
_ORG_HEADS = ("مركز", "مستشفى", "مستشفيات", "جامعة", "مؤسسة", "مؤسسات", "جائزة", "برنامج", "صندوق", "مجمع",
              "كلية", "معهد", "مدرسة", "أكاديمية", "اكاديمية", "مكتبة", "كرسي", "جمعية", "مستشفي",
              "دارة", "مسابقة", "كأس")
_LOC_HEADS = ("مدينة", "قاعدة", "مطار", "ميناء", "شارع", "جسر", "حي", "ميدان", "ساحة", "مسجد", "جامع",
              "قصر", "منتزه", "حديقة", "استاد", "ستاد", "محطة", "نفق", "كورنيش")
HEADS: dict[str, str] = {fold(w): "ORG" for w in _ORG_HEADS} | {fold(w): "LOC" for w in _LOC_HEADS}
# a place head that names a body when a «لل…» complement follows («مدينة الملك عبدالعزيز للعلوم والتقنية»)
_BODY_WITH_COMPLEMENT = frozenset({fold("مدينة")})
# titles before the given name in such a name
TITLES = frozenset(fold(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام",
                                     "الملكة", "خادم"))
_SERVANT = fold("خادم")  # «خادم الحرمين الشريفين الملك عبدالله»: the title runs over two more words
_SERVANT_REST = (fold("الحرمين"), fold("الشريفين"))
_PARENT_LINKS = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))
_FAMILY = fold("آل")
_ABD = fold("عبد")
_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
_NISBA_ENDS = ("ي", "يه")  # folded «ـي», «ـية»: an adjective of the body («العالمي», «الطبية»)


def _name_word(w: str, tagged: bool, g: gz.Gazetteers) -> bool:
    """Whether a folded word may be a given or family name here (`tagged`: inside a PER mention)."""
    if not w.isalpha() or len(w) < 2 or gz.is_stop(w, g) or w in HEADS or w in TITLES:
        return False
    if tagged or w in g.first_names:
        return True
    return not w.startswith(("ال", "لل", "بال", "و", "ف"))  # «ومؤسسة», «فأخرت»: a clitic, no name


def _adjectives(fs: list[str], k: int) -> int:
    """Index after the adjectives with the article from k on («العسكري», «الدولي», «الثاني»)."""
    while k < len(fs) and fs[k].startswith("ال") and fs[k].endswith(_NISBA_ENDS) and len(fs[k]) > 4:
        k += 1
    return k


def _complement(fs: list[str], k: int) -> int:
    """Index after one «لل…» complement with adjectives and a noun coordinated to it from k on
    («للإغاثة والأعمال الإنسانية», «للعلوم والتقنية», «للحوار الوطني»); k when none."""
    if k >= len(fs) or not fs[k].startswith("لل") or len(fs[k]) < 5 or not fs[k].isalpha():
        return k
    k = _adjectives(fs, k + 1)
    if k < len(fs) and fs[k].startswith("وال") and len(fs[k]) > 4 and fs[k].isalpha() \
            and not gz.is_stop(fs[k][1:]) and fs[k][1:] not in _RELATIVES:  # «والذي»: no second field
        k = _adjectives(fs, k + 1)
    return k


def _name_end(fs: list[str], k: int, per: set[int], g: gz.Gazetteers, *, titled: bool) -> int | None:
    """Index after a person's name that starts at k, or None: a given name («عبد» + a word counts
    as one), «بن»/«ابن»/«بنت» + a name, «آل» + a family name. Without a title the first word lies
    in a PER mention and the name has a link."""
    def given(m: int) -> int | None:
        if m < len(fs) and fs[m] == _ABD and m + 1 < len(fs) and _name_word(fs[m + 1], m + 1 in per, g):
            return m + 2
        if m < len(fs) and _name_word(fs[m], m in per, g) and fs[m] not in _PARENT_LINKS and fs[m] != _FAMILY:
            return m + 1
        return None

    if not titled and k not in per:
        return None
    end = given(k)
    if end is None:
        return None
    linked = False
    while end + 1 < len(fs) and fs[end] in _PARENT_LINKS and (nxt := given(end + 1)) is not None:
        end, linked = nxt, True
    if end + 1 < len(fs) and fs[end] == _FAMILY and _name_word(fs[end + 1], True, g):
        end, linked = end + 2, True
    return end if titled or linked else None


def named_bodies(text: str, sents: list[list[Tok]], folded: list[list[str]], found: list[Entity],
                 g: gz.Gazetteers) -> list[Entity]:
    """`found` with each body or place named after a person made one mention (see the module doc)."""
    add: list[Entity] = []
    people = [e for e in found if e.label == "PER"]
    for s, fs in zip(sents, folded, strict=True):
        per: set[int] | None = None  # the sentence's tokens inside a person's name, once a head is found
        k = 0
        while k < len(s) - 1:
            hit = next(((f, p) for f, p in gz.first_word_keys(fs[k]) if f in HEADS), None)
            if hit is None:
                k += 1
                continue
            head, plen = hit
            if per is None:
                per = {m for m, t in enumerate(s) if any(e.start <= t[1] < e.end for e in people)}
            m = k + 1
            titled = fs[m] in TITLES
            if fs[m] == _SERVANT:
                titled = tuple(fs[m + 1:m + 3]) == _SERVANT_REST and m + 3 < len(fs) and fs[m + 3] in TITLES
                m += 3
            if titled:
                m += 1
            end = _name_end(fs, m, per, g, titled=titled) if m < len(fs) else None
            if end is None:
                k += 1
                continue
            after_adj = _adjectives(fs, end)
            stop = _adjectives(fs, _complement(fs, after_adj))
            label = HEADS[head]
            if label == "LOC" and head in _BODY_WITH_COMPLEMENT and stop > after_adj:
                label = "ORG"
            a = s[k][1] + raw_prefix_len(s[k][0], plen)
            b = s[stop - 1][2]
            add.append(Entity(text[a:b], label, text[a:b], a, b))
            k = stop
    if not add:
        return found
    out = [e for e in found if not any(e.start < n.end and n.start < e.end for n in add)
           or any(e.start <= n.start and n.end <= e.end and e.label != "PER" for n in add)]
    kept = {(e.start, e.end) for e in out}
    out += [n for n in add if not any(a <= n.start and n.end <= b for a, b in kept)]
    out += [p for e in found if (e.start, e.end) not in kept and (p := _place_after(text, e, add, g))]
    return out


def _place_after(text: str, e: Entity, add: list[Entity], g: gz.Gazetteers) -> Entity | None:
    """The place a mention cut by a named body ran on over («الملك فهد بجدة» read as a person «فهد
    بجدة»: «جدة» after the hospital's name), or None."""
    end = max((n.end for n in add if n.start < e.end and e.start < n.end), default=e.end)
    if end >= e.end:
        return None
    a = end + len(text[end:e.end]) - len(text[end:e.end].lstrip())
    words = [fold(w) for w in text[a:e.end].split()]
    for i, j, plen, entry in gz.match(words, g):
        if i == 0 and j == len(words) and entry.label == "LOC":
            start = a + raw_prefix_len(text[a:e.end].split()[0], plen)
            return Entity(text[start:e.end], "LOC", entry.canonical, start, e.end)
    return None

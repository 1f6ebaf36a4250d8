"""Short forms of a named organisation: a bare definite class noun («التنظيم», «الحركة», «الجماعة»,
«الحزب», «المنظمة», «الميليشيات») that stands for the organisation of that class the article named
before it («أعلن تنظيم داعش …» … «وقصفت طائرات التحالف مواقع للتنظيم»).

- `anaphor_key`: the anaphor a word reads as, with its clitics: «للتنظيم», «وللحركة», «للجنة» (ل + the
  article, whose alif the script drops) read as «التنظيم», «الحركة», «اللجنة»; «وبالحركة» as «الحركة»;
- `class_antecedent`: the organisation of the noun's class named last before it, or of those its sentence
  names, the one the article named most: one whose name holds the class word («حركة حماس», «حزب العمال
  الكردستاني», «جماعة الحوثي») or a known member of the class named alone («داعش», «طالبان», «الحوثيين»).
  With none named, «التنظيم», «الحركة», «الجماعة», «الحزب» and the militias stand for no one
  (`class_only`: never the ministry or the paper named most), and the other anaphors keep the caller's
  reading («المنظمة» may be «الأمم المتحدة»);
- `other_sense`: a class noun a word before it gives another sense («حرية الحركة», «صلاة الجماعة»);
- `attributed_with_lam`: the actor a deed is attributed to with «لـ» («تفجير انتحاري نسب للتنظيم»), its
  doer as with «إلى» (`events_agents.attribute`), never its target.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import bare_words, norm
from marsad.extract.events_tokens import SENT_END, Tok
from marsad.model import Entity

_MILITIAS = ("الحوثي", "الحوثيين", "الحوثيون", "الحشد", "الحشد الشعبي", "أنصار الله")

# the class words a name of each class holds, and members of the class often named without that word
_CLASSES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    norm(noun): (frozenset(norm(w) for w in heads), frozenset(norm(w) for w in members))
    for noun, heads, members in (
        ("التنظيم", ("تنظيم",), ("داعش", "القاعدة", "النصرة", "جبهة النصرة", "الدولة الإسلامية")),
        ("الحركة", ("حركة",), ("حماس", "فتح", "طالبان", "الشباب", "الجهاد الإسلامي", "أحرار الشام", "الحوثي",
                                "الحوثيين", "الحوثيون", "أنصار الله")),
        ("الجماعة", ("جماعة",), ("الحوثي", "الحوثيين", "الحوثيون", "الإخوان", "الإخوان المسلمون",
                                  "الإخوان المسلمين", "بوكو حرام", "أنصار الله")),
        ("الحزب", ("حزب",), ()),
        ("المنظمة", ("منظمة",), ("اليونسكو", "يونيسف", "اليونيسف", "أوبك", "الفاو")),
        *((noun, ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات"), _MILITIAS)
          for noun in ("الميليشيا", "الميليشيات", "المليشيا", "المليشيات")),
    )
}

# class nouns that stand for no organisation of another class («التنظيم» is no ministry named before):
# with none of their class named before they stand for no one
_STRICT = frozenset(norm(w) for w in ("التنظيم", "الحركة", "الجماعة", "الحزب", "الميليشيا", "الميليشيات",
                                      "المليشيا", "المليشيات"))

# a word with «و»/«ف» and «ب»/«ك» before the article, which still makes the noun definite
_DEFINITE_OPENINGS = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال")
_LAM_OPENINGS = ("لل", "ولل", "فلل")


def anaphor_key(tok: Tok, anaphora: dict[str, str]) -> str | None:
    """The anaphor of `anaphora` the word `tok` reads as, or None: one of its readings, or for «لل» (ل
    + the article: «للتنظيم», «وللحركة», «للجنة») the noun with the article; a key with the article
    needs it in the word («تنظيم» alone is no «التنظيم»)."""
    key = next((r for r in tok.reads if r in anaphora), None)
    form = tok.form
    if key is None:
        bare = form.lstrip("وف")
        if bare.startswith("لل"):
            key = next((k for k in ("ا" + bare[1:], "ال" + bare[1:]) if k in anaphora), None)
        return key
    if key.startswith("ال") and not form.startswith(_DEFINITE_OPENINGS + _LAM_OPENINGS):
        return None
    return key


def of_class(ent: Entity, key: str) -> bool:
    """True when the organisation `ent` is of the class of the anaphor `key`: its name holds the class
    word («حركة حماس» for «الحركة») or is a known member of it named alone («داعش» for «التنظيم»)."""
    heads, members = _CLASSES[key]
    if ent.label != "ORG":
        return False
    if any(_member_name(n) in members for n in (ent.canonical, ent.text)):
        return True
    return not (bare_words(ent.text) | bare_words(ent.canonical)).isdisjoint(heads)


# words that open a group's name before the name it is known by («ميليشيات الحوثي», «جماعة الحوثي»)
_GROUP_WORDS = frozenset(norm(w) for w in (
    "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "جماعة", "حركة", "تنظيم", "جبهة", "قوات", "مسلحي", "عناصر"))


def _member_name(name: str) -> str:
    """The name a group is known by, without a group word before it («ميليشيات الحوثي» → «الحوثي»)."""
    words = norm(name).split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in _GROUP_WORDS else " ".join(words)


def has_class(key: str) -> bool:
    """True when the anaphor `key` names a class `class_antecedent` knows («التنظيم», «الحركة» …)."""
    return key in _CLASSES


def class_only(key: str) -> bool:
    """True when the anaphor `key` stands only for an organisation of its class («التنظيم», «الحزب»);
    «المنظمة» may stand for one named without the word («الأمم المتحدة», «فيفا»)."""
    return key in _STRICT


def class_antecedent(key: str, ents: Iterable[Entity], before: int, toks: list[Tok]) -> str | None:
    """The canonical name of the organisation of the class of `key` named last before offset `before`,
    or, when its sentence also names another of the class, the one of them the article named most (the
    last named on ties): «مواقع الحزب» after a sentence on حزب العمال is that party, «وفد الحركة» after
    «أعلنت حماس عقب لقاء وفد منها مع وفد من حركة فتح» in a story on حماس is حماس. None when the article
    named none of that class before it (`ents` in any order)."""
    named = sorted((e for e in ents if e.start < before and of_class(e, key)), key=lambda e: e.start)
    if not named:
        return None
    opens = _sentence_start(toks, named[-1].start)
    times = Counter(e.canonical for e in named)
    last = {e.canonical: e.start for e in named}
    return max({e.canonical for e in named if e.start >= opens}, key=lambda c: (times[c], last[c]))


def _sentence_start(toks: list[Tok], at: int) -> int:
    """The offset where the sentence holding offset `at` starts (after the last sentence end before it)."""
    ends = [t.end for t in toks if t.end <= at and t.form in SENT_END]
    return ends[-1] if ends else 0


def attributed_with_lam(toks: list[Tok], k: int, b: int, groups: list[Group]) -> Group | None:
    """The actor a deed is attributed to with «لـ» right after the attribution verb at token k
    («تفجير نسب للتنظيم», «نسب لتنظيم داعش»), or None."""
    j = next((j for j in range(k + 1, min(b, k + 3)) if toks[j].word), None)
    if j is None or not toks[j].form.startswith("ل"):
        return None
    return next((g for g in groups if g.first == j and g.actor and not g.is_loc), None)


# words before a class noun that give it another sense: motion («حرية الحركة», «ناقل الحركة», «أفلام
# الحركة»), prayer and community («صلاة الجماعة», «أهل السنة والجماعة», «الفرد والجماعة»)
_OTHER_SENSE = {
    norm("الحركة"): frozenset(norm(w) for w in (
        "حرية", "سهولة", "انسيابية", "ناقل", "تعطيل", "بطء", "مرونة", "ذاتية", "خفة", "تقييد", "تسهيل",
        "شل", "فيلم", "أفلام", "مشاهد", "مسلسل", "قدرة", "تنظيم")),
    norm("الجماعة"): frozenset(norm(w) for w in ("السنة", "صلاة", "مفارقة", "الفرد", "لزوم", "روح")),
}


def other_sense(toks: list[Tok], i: int, key: str) -> bool:
    """True when the word before the class noun `key` at token i gives it a sense that names no
    organisation («حرية الحركة», «لانسيابية الحركة», «أهل السنة والجماعة», «صلاة الجماعة»)."""
    before = _OTHER_SENSE.get(key)
    if before is None or i == 0 or not toks[i - 1].word:
        return False
    prev = toks[i - 1]
    return not before.isdisjoint(prev.reads) or prev.form in before

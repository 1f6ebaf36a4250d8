"""The accused or threatened party named between an accusing or threatening verb and its «بـ» charge.

An accusation («اتهم X Y بـ…») and a threat («هدد X Y بـ…», «توعد X Y بـ…») name their second party as
the object that stands after the subject and right before the «بـ» phrase of what is charged or
threatened. Where the rules found the source and no target, that object is read here:
- an entity standing alone there is the party whatever the entity layer took it for: a capital or a
  country spelled in a way no gazetteer knows is no place in this slot («اتهمت كوريا الجنوبية بيونجيانج
  بزرع ألغام», «بعد اتهامه "بيونجيانج" بزرع …»);
- a noun phrase no entity covers is read as the party with a place glued by «بـ» after it («اتهم
  المقيم مستشفى خاصاً بجدة، بالتسبب في وفاة طفله», «اتهم X كتلا نيابية بعرقلة …»), a relative clause
  after it being only its description («أطرافا سياسية لم يسمها بالوقوف ضد …»);
- after «إلى» of «وجه» before the charge noun, the one charged («وجهت لجنة محلفين إلى ديلان روف الاتهام
  بارتكاب …»): an entity, or the words up to the charge;
- after «نسب … إلى» the party the deed is ascribed to: an entity, or a definite noun phrase that ends its
  clause («في هجوم جديد نسبته السلطات إلى التمرد الكردي، حسبما …»).
The subject («المقيم …، », a time word, «من جانبهم») is stepped over first, and so is a name told after
«يدعى» that the rules took for the target («اتهم أحد المقيمين يدعى فلان، مستشفى خاصاً بجدة، بـ»: `subject_named`).
The source must stand where a subject does (after the verb, before it in its sentence, or as the pronoun of
«اتهامه»), so that a subject carried from elsewhere is never read as the accused. Nothing is read when the «بـ»
phrase comes right after the subject («هدد أوباما باستخدام حق النقض»: the threat names no one), when a
preposition or a clause stands in the slot, or when the slot holds more than one party phrase.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon
from marsad.extract.events_phrases import noun_subject
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

# the verbs (folded, without «و»/«ف») whose object is the party charged or threatened before a «بـ» phrase
_ACCUSE = frozenset(fold(w) for w in (
    "اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون", "تتهمان", "يتهمان", "نتهم", "أتهم"))
_THREATEN = frozenset(fold(w) for w in (
    "هدد", "هددت", "يهدد", "تهدد", "هددوا", "يهددون", "توعد", "توعدت", "يتوعد", "تتوعد", "توعدوا", "يتوعدون"))
# the verbal noun of an accusation with its agent's pronoun: its object follows it («بعد اتهامه "بيونجيانج" بزرع»)
_ACCUSING_NOUN = frozenset(fold(w) for w in ("اتهامه", "اتهامها", "اتهامهم", "اتهامهما"))
# words in «بـ» that are no charge: adverbs, time and «between» («بشدة», «بعد», «بدوره»)
_NO_CHARGE = frozenset(fold(w) for w in (
    "بعد", "بين", "بشدة", "بقوة", "بدوره", "بدورها", "بدورهم", "بالفعل", "بشكل", "بحسب", "بناء", "بسبب",
    "بالمقابل", "بدون", "بينما", "بينهم", "بينها", "بالإضافة", "بخصوص", "بشأن"))
# asides that may stand between the subject and the object («اتهم المتمردون من جانبهم القوات …»)
_ASIDES = frozenset(fold(w) for w in ("أمس", "امس", "أيضا", "ايضا", "كذلك", "مجددا", "صراحة", "علنا"))
_ASIDE_PAIRS = frozenset((fold(a), fold(b)) for a, b in (
    ("من", "جانبه"), ("من", "جانبها"), ("من", "جانبهم"), ("من", "جهته"), ("من", "جهتها"), ("من", "جهتهم"),
    ("في", "المقابل")))
_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "لم", "ممن"))
_TO = frozenset(fold(w) for w in ("إلى", "الى"))
_WHERE = frozenset(fold(w) for w in ("في", "داخل", "ضمن", "من"))  # a phrase of where the party is
# «يدعى» and its kin: the name after it is the subject's own («أحد المقيمين يدعى فلان»)
_YUDAA = frozenset(fold(w) for w in ("يدعى", "يدعي", "ويدعى", "تدعى", "وتدعى", "المدعو", "المدعوة"))
REACH = 12  # words from the verb to the «بـ» charge
PLACE_WORDS = 4  # words of that phrase
PHRASE_WORDS = 3  # words of a plain noun phrase read as the party
_STOPS = frozenset(fold(w) for w in ("أن", "إن", "أنه", "أنها", "ما", "لا", "قد", "هو", "هي", "هم", "كل", "على",
                                     "عن", "إلى", "مع", "ضد", "الذي", "التي", "الذين", "فيما", "بينما", "حيث"))


def _bare(form: str) -> str:
    return form[1:] if form[:1] in ("و", "ف") and len(form) > 3 else form


def _frame(toks: list[Tok], h: Hit) -> bool:
    """True when trigger h is an accusing or threatening verb, or an accusation's verbal noun with its
    agent's pronoun."""
    if h.last - h.first != 1:
        return False
    f = _bare(toks[h.first].form)
    if h.trig.pos == "v":
        return (h.trig.type == "DISAPPROVE" and f in _ACCUSE) or (h.trig.type == "THREATEN" and f in _THREATEN)
    return h.trig.type == "DISAPPROVE" and f in _ACCUSING_NOUN


def _charge_at(toks: list[Tok], start: int, b: int, groups: list[Group]) -> int | None:
    """The token of the «بـ» phrase that opens what is charged or threatened, within `REACH` words of
    `start` in its sentence; None when a sentence or clause mark («؛», «:») comes first or none is there.
    A place glued by «بـ» («بجدة») says where the party is, not what it did; a name that begins with «ب»
    («بيونجيانج», «بندر») is none."""
    at = {g.first: g for g in groups}
    seen = 0
    k = start
    while k < b and seen <= REACH:
        t = toks[k]
        if not t.word:
            if t.form in SENT_END or t.form in ("؛", ";", ":"):
                return None
            k += 1
            continue
        g = at.get(k) or next((g for g in groups if g.first < k < g.last), None)
        if g is not None:
            if g.first == k and g.glued[:1] == "ب" and not (g.is_loc and not g.actor):
                return None  # «بالحكومة»: a party in «بـ», no charge this reading knows
            k = g.last
            seen += 1
            continue
        f = t.form
        if f.startswith("ب") and f not in _NO_CHARGE and len(f) > 2:
            return k
        seen += 1
        k += 1
    return None


def _past_source(text: str, toks: list[Tok], k: int, stop: int, source: list[str], groups: list[Group]) -> int:
    """The token after the source named at k (an entity group of the source, or the source's own words
    read off the text), else k."""
    for g in groups:
        if g.first <= k < g.last and set(g.names) & set(source):
            return g.last
    want = {fold(n) for n in source}
    words: list[str] = []
    for j in range(k, min(stop, k + 6)):
        if not toks[j].word:
            break
        words.append(fold(text[toks[j].start:toks[j].end]))
        if " ".join(words) in want:
            return j + 1
    return k


def _slot_start(text: str, toks: list[Tok], h: Hit, j: int, source: list[str], groups: list[Group],
                skip: frozenset[int]) -> int:
    """The first token of the object slot between trigger h and the charge at j: past the source when it
    follows the verb (the last source group before j), past marks, time words and asides."""
    k = h.last
    ends = [g for g in groups if h.last <= g.first and g.last <= j and set(g.names) & set(source)]
    if ends:
        last = max(ends, key=lambda g: g.last)
        k = last.last
        if toks[last.first - 1].form in _YUDAA:  # «يدعى إبراهيم محمد علي، …»: the name runs on to its comma
            comma = next((m for m in range(k, min(j, k + 3)) if toks[m].form in CLAUSE_END), None)
            k = comma if comma is not None else k
    else:
        while k < j and not toks[k].word:
            k += 1
        k = _past_source(text, toks, k, j, source, groups)
    while k < j:
        t = toks[k]
        mark = not t.word and (t.form in QUOTE_MARKS or t.form in CLAUSE_END or t.form in "()[]")
        if mark or k in skip or t.form in _ASIDES:
            k += 1
        elif k + 1 < j and (t.form, toks[k + 1].form) in _ASIDE_PAIRS:
            k += 2
        else:
            break
    return k


def _rest_ok(toks: list[Tok], k: int, j: int, groups: list[Group], skip: frozenset[int]) -> tuple[bool, int]:
    """Whether what stands between the party read (ending at k) and the charge at j is only marks, a
    place glued by «بـ», a short phrase of where it is («كتلا نيابية داخل التحالف الوطني») or a relative
    clause on the party; and the end of the glued place, if one follows."""
    at = {g.first: g for g in groups}
    end = k
    m = k
    while m < j:
        t = toks[m]
        if not t.word:
            if t.form in QUOTE_MARKS or t.form in CLAUSE_END:
                m += 1
                continue
            return False, end
        if m in skip or t.form in _ASIDES:  # «صباح الثلاثاء», «أمس»
            m += 1
            continue
        g = at.get(m)
        if g is not None and g.glued[:1] == "ب" and g.is_loc and not g.actor and m == end:
            m = end = g.last  # «مستشفى خاصاً بجدة»: where the party is
            continue
        if t.form in _WHERE:
            words = [q for q in range(m, j) if toks[q].word]
            return len(words) <= PLACE_WORDS and all(
                not toks[q].form.startswith(("ي", "ت")) or any(g.first <= q < g.last for g in groups)
                for q in words[1:]), end
        return (t.form in _RELATIVE), end  # «أطرافا سياسية لم يسمها بالوقوف …»: its description
    return True, end


def _plain_phrase(toks: list[Tok], k: int, j: int, groups: list[Group]) -> int:
    """The end of a plain noun phrase at k no reader of parties knows («كتلا نيابية», «مستشفى خاصاً»): a
    noun that is no verb, preposition or particle, and up to two words after it that are no verb either,
    up to the first mark, preposition, relative word or entity; k when none stands there."""
    m = k
    while m < j and m - k < PHRASE_WORDS:
        t = toks[m]
        if not t.word or any(g.first <= m < g.last for g in groups):
            break
        f = t.form
        if f in _WHERE or f in _RELATIVE or f in _STOPS or (f[:1] in ("ب", "ل", "و", "ف") and not f.startswith("ال")
                                                            and m > k):
            break
        if (f.startswith(("ي", "ت")) and not f.startswith(("تنظيم", "تيار", "تحالف", "تجمع"))) or len(f) < 3:
            if m == k:
                return k  # «تهدد», «يقوم»: a verb, no party
            break  # «أطرافا تعمل …»: a verb after the noun describes it
        m += 1
    return m


def _source_placed(text: str, toks: list[Tok], a: int, h: Hit, k: int, source: list[str],
                   groups: list[Group]) -> bool:
    """True when the source stands where the construction puts the subject: right after the verb (the slot
    was read past it), before the verb in its sentence, or as the pronoun of the accusing noun; not a source
    the rules carried from elsewhere, whose subject may be the very phrase in the slot."""
    if h.trig.pos != "v":
        return True
    if any(h.last <= g.first < k and set(g.names) & set(source) for g in groups):
        return True
    if _past_source(text, toks, h.last, k, source, groups) > h.last:
        return True
    return any(a <= g.first < h.first and set(g.names) & set(source) for g in groups) or any(
        fold(n) in fold(text[toks[a].start:toks[h.first].start]) for n in source)


def _attributed_to(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                   skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party a deed is ascribed to after the «إلى» of «نسب» («في هجوم نسبته السلطات إلى التمرد الكردي»):
    an entity there, or a noun phrase that ends the clause; [] for a pronoun («إليه») or anything else."""
    if not h.used or not has(toks[h.first], L.words["attrib_to"]):
        return []
    k = min(h.used)
    if toks[k].form not in _TO:
        return []
    k += 1
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        return [] if g.glued or not (g.actor or g.force) else [n for n in g.names if n not in source]
    end = _plain_phrase(toks, k, b, groups)
    if end - k < 2 or not toks[k].form.startswith("ال") or (end < b and toks[end].word):
        return []  # («إلى جهات خارجية تسعى …»: a phrase the clause goes on after)
    return [n for n in [text[toks[k].start:toks[end - 1].end]] if n not in source]


_CHARGE_VERB = frozenset(fold(w) for w in ("وجه", "وجهت", "يوجه", "توجه", "وجهوا", "يوجهون"))
CHARGED_REACH = 6  # words of the party between «إلى» and the charge noun


def _charged_to(text: str, toks: list[Tok], h: Hit, source: list[str], groups: list[Group]) -> list[str]:
    """The party a charge is laid on, named after «إلى» before the charge noun of «وجه» («وجهت لجنة محلفين
    إلى ديلان روف المشتبه بميوله العنصرية الاتهام بـ …», «ووجهت النيابة إلى محمد مرسي تهمة …»): an entity
    there, or the words up to the charge noun; [] when no «إلى» stands between the verb and the charge."""
    if not h.used or (toks[h.first].form not in _CHARGE_VERB and _bare(toks[h.first].form) not in _CHARGE_VERB):
        return []
    j = min(h.used)
    k = next((m for m in range(h.last, j) if toks[m].form in _TO), None)
    if k is None or not 0 < j - k - 1 <= CHARGED_REACH \
            or any(not toks[m].word and toks[m].form not in QUOTE_MARKS for m in range(k + 1, j)):
        return []
    g = next((g for g in groups if g.first == k + 1), None)
    if g is not None:
        return [n for n in g.names if n not in source] if g.actor and not g.is_loc else []
    return [n for n in [text[toks[k + 1].start:toks[j - 1].end]] if n not in source]


def accused_party(text: str, toks: list[Tok], a: int, h: Hit, b: int, source: list[str], groups: list[Group],
                  skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party an accusation or a threat at h names before its «بـ» charge, or a deed is ascribed to after
    «نسب … إلى» (see the module docstring); [] when none stands there as the construction requires."""
    if source and h.trig.type == "DISAPPROVE" and (to := _attributed_to(text, toks, h, b, source, groups, skip, L)):
        return to
    if source and h.trig.type == "DISAPPROVE" and (laid := _charged_to(text, toks, h, source, groups)):
        return laid  # «وجهت لجنة محلفين إلى ديلان روف الاتهام»
    if not source or not _frame(toks, h):
        return []
    ends = [g.last for g in groups if h.last <= g.first and set(g.names) & set(source)
            and sum(toks[m].word for m in range(h.last, g.first)) <= REACH]
    j = _charge_at(toks, min(ends) if ends else h.last, b, groups)
    if j is None:
        return []
    k = _slot_start(text, toks, h, j, source, groups, skip)
    if k >= j or not toks[k].word or not _source_placed(text, toks, a, h, k, source, groups):
        return []
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        if g.glued or g.last > j or set(g.names) & set(source):
            return []
        names, end = list(g.names), g.last
        ok, _ = _rest_ok(toks, end, j, groups, skip)
        return [n for n in names if n not in source] if ok else []
    if any(g.first < k < g.last for g in groups):
        return []
    names, end = noun_subject(text, toks, k, j, groups, L, skip)
    if not names and (end := _plain_phrase(toks, k, j, groups)) > k:
        names = [text[toks[k].start:toks[end - 1].end]] if end - k > 1 or toks[k].form.startswith("ال") else []
        end = end if names else k
    if names and end > k:
        ok, place_end = _rest_ok(toks, end, j, groups, skip)
        if not ok:
            return []
        if place_end > end and not any(g.first <= end - 1 < g.last for g in groups):
            names = [text[toks[k].start:toks[place_end - 1].end]]  # «مستشفى خاصاً بجدة»
        return [n for n in names if n not in source]
    return []



def subject_named(toks: list[Tok], groups: list[Group], target: list[str]) -> bool:
    """True when every name of `target` is told right after «يدعى»/«المدعو» («اتهم أحد المقيمين يدعى فلان،
    …»): the name of the subject just told of, not the accused, so the slot after it is still to read."""
    held = [g for g in groups if set(g.names) & set(target)]
    return bool(held) and all(g.first > 0 and toks[g.first - 1].form in _YUDAA for g in held) \
        and {n for g in held for n in g.names} >= set(target)

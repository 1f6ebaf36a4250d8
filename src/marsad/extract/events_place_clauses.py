"""Where an event happened, the finer points (hooks of `events_place.choose_location` and of the
groups of `events_actors`): a place told in a relative clause about another noun is not the event's
(«اعتقلت … بتهمة فرض الإضراب الذي دعا إليه الحزب في نيبال»), one about the event's own site or
place still is («في الجبال التي لجأ إليها المتمردون في شمال العراق»); a town the gazetteer does
not know, named after a place noun, bare, quoted or before «التابعة لـ» («في حي الجهوري», «في منطقة
«الضباب»», «ببلدة سروج التابعة لولاية شانلي أورفة»), is the place; a name's last word is kept
(«العكر الغربي», «خان آباد»); an arrest with no other place happened where its men were taken from
(«اعتقلت 60 شخصا من العاصمة كاتماندو»); a town with its country's adjective is the town («نابلس
الفلسطينية»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.model import Entity

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group

RELATIVE: frozenset[str] = frozenset(fold(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللذان", "اللتان"))
OWN_RELATIVE_WORDS = 2  # words between a trigger and its own relative clause («الهجوم الإرهابي الذي»)
RELATIVE_REACH = 10  # tokens between a relative pronoun and a place it holds

# nouns a town's name follows in the genitive («قرية العكر», «حي الجهوري», «محافظة تنومة»)
_HEADS = frozenset(fold(w) for w in (
    "قرية", "بلدة", "حي", "محافظة", "مدينة", "منطقة", "إقليم", "ولاية", "مديرية", "ناحية", "قضاء", "مخيم"))
_IN = frozenset(fold(w) for w in ("في", "وفي"))
# words after a place noun that name no town («منطقة اليورو», «منطقة الحدود», «مدينة الملك عبدالعزيز»)
_NO_NAME = frozenset(fold(w) for w in (
    "اليورو", "الشرق", "الخليج", "الحدود", "الملك", "الأمير", "الشيخ", "الإمام", "السفارات", "الدفاع", "الأمن",
    "السلام", "التنمية", "العملة", "الطفل", "الحادث", "الحادثة", "الانفجار", "التفجير", "الهجوم", "الاشتباك",
    "الاشتباكات", "الاشتباكات", "المعارك", "القتال", "العمليات", "الجريمة", "العمل", "الأعمال", "الحرم", "المشاعر",
    "الحج", "الألعاب", "المعارض", "الجامعة", "الصناعية", "الحرة", "الأمانة", "الإمارة", "المحافظة", "المنطقة",
    "المدينة", "البلدة", "القرية", "الحي", "الجزيرة", "العاصمة", "الشمال", "الجنوب", "الغرب", "الوسط",
    "النزاع", "الصراع", "الحرب", "المواجهات", "الأحداث", "المسجد", "الجريمه", "الاحتجاجات", "التظاهرات"))
# a name's last word after its first («العكر الغربي», «خان آباد», «ريف حلب الشمالي»)
_NAME_TAIL = frozenset(fold(w) for w in (
    "الغربي", "الشرقي", "الشمالي", "الجنوبي", "الغربية", "الشرقية", "الشمالية", "الجنوبية", "آباد", "أباد"))
_SUBJECT_TO = frozenset(fold(w) for w in ("التابعة", "التابع", "التابعتين", "التابعين"))  # «سروج التابعة لولاية …»


def outside_relatives(toks: list[Tok], groups: list[Group], h_first: int, h_last: int) -> list[Group]:
    """`groups` less the places told in a relative clause about another noun after the trigger
    («اعتقلت 60 شخصا بتهمة فرض الإضراب الذي دعا إليه الحزب في نيبال»: not where they were held);
    a relative clause right after the trigger tells of it («الهجوم الإرهابي الذي وقع في سوسة»)."""
    return [g for g in groups if not (g.is_loc and other_relative_at(toks, g, h_first, h_last) is not None)]


def other_relative_at(toks: list[Tok], g: Group, h_first: int, h_last: int,
                      reach: int = RELATIVE_REACH) -> int | None:
    """The relative pronoun standing between the trigger and `g`, past the trigger's own words, within
    `reach` tokens before `g` and with no clause mark between it and `g`; None when there is none."""
    if g.first < h_last:
        return None
    for r in range(g.first - 1, max(h_last, g.first - reach) - 1, -1):
        f = toks[r].form
        if f in CLAUSE_END or f in SENT_END:
            return None
        if f in RELATIVE:
            between = sum(1 for k in range(h_last, r) if toks[k].word)
            return r if between > OWN_RELATIVE_WORDS and not _of_place(toks, r) else None
    return None


_TIMES = frozenset(fold(w) for w in ("الوقت", "اليوم", "الأيام", "الساعة", "الساعات", "الفترة", "الأسبوع", "الشهر",
                                     "العام", "الليلة", "اللحظة", "الحين"))


def _of_place(toks: list[Tok], r: int) -> bool:
    """True when the relative pronoun at `r` describes the trigger's place, a noun after «في» or a «بـ»
    («في الجبال التي لجأ إليها المتمردون في شمال العراق»), not a time («في الوقت الذي …»)."""
    noun = r - 1
    while noun >= 0 and not toks[noun].word:
        noun -= 1
    if noun < 1 or toks[noun].form in _TIMES:
        return False
    f = toks[noun].form
    if toks[noun - 1].form in _IN or (f.startswith("بال") and f[1:] not in _TIMES):
        return True
    return any(_site(toks[k].form) for k in range(max(0, r - SITE_WORDS), r) if toks[k].word)


SITE_WORDS = 3  # words before a relative pronoun searched for the site it describes («منشأة سد الجبلين التي …»)
# sites and lands a deed is done to or in; a relative clause about one tells where it lies
_SITES = frozenset(fold(w) for w in (
    "مدينة", "بلدة", "منطقة", "محافظة", "قرية", "حي", "مخيم", "ميناء", "مطار", "مستشفى", "مقر", "مقار", "مركز",
    "مبنى", "قنصلية", "سفارة", "مسجد", "كنيسة", "مدرسة", "سجن", "فندق", "قاعدة", "معسكر", "موقع", "مواقع",
    "نقطة", "حاجز", "منزل", "منازل", "مخفر", "ثكنة", "مستودع", "محطة", "منشأة", "منشآت", "جبال", "جبل", "حقل",
    "مصفاة", "سد", "مجمع", "مناطق", "قرى", "بلدات", "أحياء", "مدن", "أراضي", "جزيرة", "ساحة", "شارع"))


def _site(form: str) -> bool:
    """True when a word (maybe with «ال», «و», «بـ», «لـ» glued) is a site or a land («المنشأة», «والجبال»)."""
    for pre in ("", "ال", "وال", "بال", "لل", "و", "ب", "ل"):
        if form.startswith(pre) and form[len(pre):] in _SITES:
            return True
    return False


def _name_at(toks: list[Tok], text: str, k: int, taken: set[int]) -> str | None:
    """The town named by the token at `k` (and a last word of its name after it), when the token is
    a definite noun no group holds and no common noun («حي الجهوري» → «الجهوري»), or any noun a
    word of belonging follows («بلدة سروج التابعة لولاية …»)."""
    if k < len(toks) and toks[k].form in _OPEN_QUOTES:
        return _quoted_name(toks, text, k, taken)
    if k >= len(toks) or k in taken or not toks[k].word:
        return None
    f = toks[k].form
    held = k + 1 < len(toks) and toks[k + 1].form in _SUBJECT_TO
    bare = not f.startswith("ال") and not held
    if bare and not (_feminine_head(toks[k - 1].form) and _bare_name(f)):
        return None
    if bare and k + 1 < len(toks) and toks[k + 1].form in _BACK_PRONOUNS:
        return None  # «في منطقة ينشط فيها التنظيم»: a verb of a relative clause, no name
    if (not bare and not held and len(f) < 5) or len(f) < 2 or f in _NO_NAME or any(c.isdigit() for c in f):
        return None
    end = k + 1
    if bare and end + 1 < len(toks) and toks[end + 1].form in _SUBJECT_TO and _held_name(toks, end, end + 1, taken):
        return text[toks[k].start:toks[end].end]  # «منطقة قلاج كورتك التابعة لبلدة …»: a name of two words
    if bare and f in _NAME_FIRST:  # «مديرية دار سعد», «منطقة رأس تنورة»: a name of two words
        if end >= len(toks) or end in taken or not toks[end].word or toks[end].form in _NO_NAME:
            return None
        end += 1
    if end < len(toks) and end not in taken and toks[end].form in _NAME_TAIL:
        end += 1
    return text[toks[k].start:toks[end - 1].end]


_FEMININE_HEADS = frozenset(fold(w) for w in ("قرية", "بلدة", "محافظة", "مدينة", "منطقة", "ولاية", "مديرية", "ناحية"))
# first words of a name of two words («دار سعد», «رأس تنورة», «سان دييغو», «خان آباد»)
_NAME_FIRST = frozenset(fold(w) for w in (
    "دار", "عين", "رأس", "دير", "جبل", "تل", "حفر", "خميس", "أبو", "أم", "بيت", "قصر", "حقل", "حوض", "سهل", "شرم",
    "خان", "سان", "سانت", "لوس", "لاس", "نيو", "نورث", "ليتل", "بئر", "وادي", "كفر", "باب", "بني", "آل"))
# bare words after a place noun that are no name («منطقة قرب …», «مدينة تقع …», «منطقة أمن», «مدينة تحت سيطرة …»)
_NO_BARE = frozenset(fold(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "وسط", "أحد", "غير", "لا", "ما", "قرب", "كانت", "كان", "منزل", "دول", "بين",
    "مرات", "لها", "له", "أسواق", "امتياز", "رجال", "أمن", "تقع", "يقع", "تبعد", "تسمى", "يسمى", "تدعى", "تخضع",
    "تسيطر", "يسيطر", "عدد", "عن", "على", "من", "إلى", "مع", "بعد", "قبل", "نحو", "حوالي", "فيها", "فيه", "بها",
    "به", "كل", "بعض", "أخرى", "آخر", "تضم", "يضم", "تشهد", "شهدت", "حدود", "أمس", "اليوم", "مثل", "تحت", "فوق",
    "خارج", "داخل", "ضمن", "عند", "لدى", "حيث", "دون"))


_BACK_PRONOUNS = frozenset(fold(w) for w in ("فيها", "فيه", "بها", "به", "منها", "عليها", "إليها", "لها"))


def _feminine_head(form: str) -> bool:
    """True when a place noun (maybe glued to «بـ») is feminine: a bare word after it that is no name
    would end in «ة» («منطقة عسكرية»)."""
    return form in _FEMININE_HEADS or (form[:1] == "ب" and form[1:] in _FEMININE_HEADS)


def _bare_name(form: str) -> bool:
    """True when a word with no article may be a town's name: no feminine or relational ending and no
    particle, verb or common noun a place noun is often followed by («محافظة تنومة» aside, «تبوك», «سجنان»)."""
    return len(form) >= 3 and not form.endswith(("ه", "ي", "ى", "ها", "هم", "هما")) and form not in _NO_BARE


_OPEN_QUOTES = frozenset("«\"“(")
_CLOSE_QUOTES = frozenset("»\"”)")
QUOTED_WORDS = 4  # words of a quoted town's name («في منطقة «الضباب»», «مدينة "لودر"»)


def _quoted_name(toks: list[Tok], text: str, k: int, taken: set[int]) -> str | None:
    """The town a place noun names in quotes from the mark at `k` («في منطقة «الضباب»» → «الضباب»),
    when no group holds its words and they are a few words with no figure."""
    end = k + 1
    while end < len(toks) and end - k <= QUOTED_WORDS and toks[end].word and end not in taken:
        end += 1
    if end == k + 1 or end >= len(toks) or toks[end].form not in _CLOSE_QUOTES:
        return None
    if any(c.isdigit() for j in range(k + 1, end) for c in toks[j].form) or toks[k + 1].form in _NO_NAME:
        return None
    return text[toks[k + 1].start:toks[end - 1].end]


def not_a_name(form: str) -> bool:
    """True when a word after a place noun names no town («الحدود», «تقع», «شمال»)."""
    return form in _NO_NAME or form in _NO_BARE


def head_at(toks: list[Tok], k: int) -> bool:
    """True when the token at `k` is a place noun after «في» or glued to «بـ» («في قرية», «ببلدة»)."""
    return _head_at(toks, k)


def _head_at(toks: list[Tok], k: int) -> bool:
    """True when the token at `k` is a place noun after «في» or glued to «بـ» («في قرية», «ببلدة»)."""
    f = toks[k].form
    if f[:1] == "ب" and f[1:] in _HEADS:
        return True
    return f in _HEADS and k > 0 and toks[k - 1].form in _IN


def place_noun_only(toks: list[Tok], g: Group) -> bool:
    """True when the place group `g` is a bare place noun the entity layer took for a name («في
    محافظة ماردين» read as «محافظة» and «ماردين»): it names no place."""
    if not g.place or g.last - g.first != 1:
        return False
    t = toks[g.first]
    forms = {t.form, *t.reads}
    return any(f in _HEADS or (f.startswith("ال") and f[2:] in _HEADS) for f in forms)


def unnamed_place(toks: list[Tok], text: str, groups: list[Group], lo: int, hi: int) -> str | None:
    """The first town in tokens [lo, hi) the gazetteer does not know, named after a place noun
    after «في» or glued to «بـ» («اشتباكات وقعت في حي الجهوري» → «الجهوري»); the search stops at a
    clause mark or a relative clause about another noun."""
    if not text:
        return None
    taken = {k for g in groups for k in range(g.first, g.last)}
    words = 0
    for k in range(lo, min(hi, len(toks)) - 1):
        f = toks[k].form
        if f in CLAUSE_END or f in SENT_END or (f in RELATIVE and words > OWN_RELATIVE_WORDS):
            return None
        words += toks[k].word
        if toks[k].word and _head_at(toks, k):
            name = _name_at(toks, text, k + 1, taken)
            if name is not None:
                return name
    return None


def name_after(toks: list[Tok], text: str, k: int, taken: set[int]) -> str | None:
    """The town the place noun before `k` names with the token at `k` (and a last word of its name),
    when it is one the gazetteer does not know («بلدة الغارية الغربية» → «الغارية الغربية»)."""
    return _name_at(toks, text, k, taken) if text and k > 0 else None


def held_town(toks: list[Tok], text: str, groups: list[Group], g: Group) -> str | None:
    """The town named right before «التابعة لـ» and the place `g` («ببلدة سروج التابعة لولاية شانلي
    أورفة» → «سروج»): the place the sentence names, `g` only holds it."""
    k = g.first - 1
    if k >= 0 and toks[k].form[:1] == "ل" and toks[k].form[1:] in _HEADS:
        k -= 1  # «لولاية»
    elif toks[g.first].form[:1] != "ل":
        return None
    if k < 1 or toks[k].form not in _SUBJECT_TO:
        return None
    taken = {j for p in groups for j in range(p.first, p.last)}
    for start in (k - 1, k - 2):  # «ببلدة سروج», «في منطقة قلاج كورتك»
        if start >= 1 and _head_at(toks, start - 1) and text and _held_name(toks, start, k, taken):
            return text[toks[start].start:toks[k - 1].end]
    before = next((p for p in groups if p is not g and p.is_loc and p.place and not p.nisba and p.last == k), None)
    return before.place if before is not None else None


def _held_name(toks: list[Tok], start: int, end: int, taken: set[int]) -> bool:
    """True when tokens [start, end) can be a town's name before «التابعة لـ»: words no group holds,
    with no figure, no common noun and no particle («قلاج كورتك»)."""
    return all(toks[j].word and j not in taken and not any(c.isdigit() for c in toks[j].form)
               and toks[j].form not in _NO_NAME and toks[j].form not in _NO_BARE for j in range(start, end))


def whole_name(toks: list[Tok], text: str, g: Group, place: str) -> str:
    """`place` with the last word of its name the group left out («العكر» + «الغربي», «خان» + «آباد»)."""
    k = g.last
    words = fold(place).split()
    if g.first > 0 and toks[g.first - 1].form.endswith("ريف"):
        return place  # «ريف درعا الشرقي»: the countryside's side, no part of the town's name
    if not text or k >= len(toks) or toks[k].form not in _NAME_TAIL or not words \
            or (words[-1] != toks[k - 1].form and words[-1] not in toks[k - 1].reads):
        return place
    return place + " " + text[toks[k].start:toks[k].end]


def named_in_quote(place: str | None, groups: list[Group], quoted: str) -> bool:
    """True when `place` is a town no group names, written in the quote («… فجر انتحاري حزامه في
    إقليم خان آباد»»): the quote's own place, which stays."""
    return place is not None and place not in {g.place for g in groups} and place in quoted


_ARREST_STEMS = tuple(fold(w) for w in ("اعتقل", "اعتقال", "قبض", "احتجز", "احتجاز", "أوقف", "توقيف"))
TAKEN_FROM_WORDS = 3  # words between an arrest and «من» and the place its men were taken from


def taken_from(toks: list[Tok], groups: list[Group], h_first: int, h_last: int, hi: int) -> Group | None:
    """The place after «من» a few words after an arrest with no other place («اعتقلت 60 شخصا من العاصمة
    كاتماندو» → كاتماندو): where they were taken."""
    if not any(s in toks[k].form for k in range(h_first, h_last) for s in _ARREST_STEMS):
        return None
    for g in groups:
        k = g.first - 1
        if k > 0 and (toks[k].form in _HEADS or toks[k].form == fold("العاصمة")):
            k -= 1  # «من العاصمة كاتماندو», «من مدينة …»
        if k < 0 or toks[k].form != "من":
            continue  # «من نازحي صلاح الدين»: whose people they are, not where they were taken
        if g.binding == "from" and g.is_loc and g.place and not g.nisba and h_last <= g.first < hi:
            words = sum(1 for k in range(h_last, g.first) if toks[k].word)
            if words <= TAKEN_FROM_WORDS + 2:  # «من» and a place noun («من العاصمة»)
                return g
    return None


def town_of(locs: list[Entity]) -> str | None:
    """The place a group of place mentions names: the last one written as a name, not as an adjective
    of its country («بمدينة نابلس الفلسطينية» → نابلس, not فلسطين); else the last one."""
    named = [e for e in locs if not _adjective_form(e)]
    return (named or locs)[-1].canonical if locs else None


def _adjective_form(e: Entity) -> bool:
    """A place mention spelled as an adjective of its place («الفلسطينية», «السورية»), even one that
    holds the place's name."""
    t = fold(e.text)
    return not e.role and t != fold(e.canonical) and t.endswith(("ي", "يه", "يين", "يون", "يات"))

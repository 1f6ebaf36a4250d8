"""The arrested told by a count the counted-people reader misses: the arrest's target.

An arrest names whom it took right after its verb (past the doer and time words), after its verbal noun
(past a doer in the genitive, «اعتقال الشرطة لشخصين»), or after «القبض على». Where no entity stands
there and the arrest has no target yet, these counts name the arrested (`counted_arrested`):
- a compound number in words and the people it counts («اعتقال اثني عشر شخصا», «خمسة وعشرين متهما»);
- an approximate number and «من» with a definite plural of people («اعتقال نحو 100 من المعلمين»);
- a dual noun of people, which counts two by itself («القبض على شخصين», «أوقفت الشرطة رجلين»);
- «مشتبه به» alone or after a number («اعتقال مشتبه به», «اعتقلت الشرطة أربعة مشتبه بهم»);
- one person by an indefinite noun in the genitive, after «على» or the verbal noun, with the nisba words that
  describe him («القبض على شاب سعودي», «اعتقال قيادي إرهابي»).
The word a trigger needed may be the noun a number before it counts («وأبعدت السلطات الكويتية 20 وافدا»), and
a doer named with its nisba («وأوقفت الشرطة الفرنسية …») is stepped over whole.
A count of things («اعتقال عشرات الساعات») is no one; a year or a span («اعتقل ثلاثة أعوام») is not people.
The one «عليه» stands for in «تم القبض عليه» (`pronoun_arrested`) is the person named nearest before it in its
sentence, or a suspect a definite noun names there («فر الجاني … وتم القبض عليه»), matched by number, never one
named inside an aside between dashes or brackets («صاحب السيارة -وهو أخ الشاب المتوفى- ألقي القبض عليه»).
A part of a group told right after the arrest by a pronoun or «هؤلاء» («فرت قيادات الحوثي فيما تم القبض على
عدد منهم», «اعتقال بعضهم») reads as «عليهم»: the group named nearest before it was arrested.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_phrases import counted_end
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.extract.numbers import analyse_word

# dual nouns of people: each counts two persons by itself («شخصين», «رجلين»)
DUAL_PEOPLE = forms("شخصين", "رجلين", "شابين", "امرأتين", "سيدتين", "فتاتين", "طفلين", "شقيقين",
                    "مواطنين", "مقيمين", "وافدين", "متهمين", "مشتبهين", "مطلوبين", "ناشطين", "صحفيين",
                    "جنديين", "شرطيين")
# (some read the same as their plurals, «متهمين»: either way they are people, and so the arrested)
# singular nouns of suspects a number from eleven to ninety-nine counts («أربعة عشر متهما»)
_SUSPECT_ONE = forms("متهما", "مشتبها", "مطلوبا", "عنصرا", "مسلحا", "مهربا", "مخالفا", "مقيما", "وافدا",
                     "مواطنا", "ناشطا", "متظاهرا", "جنديا", "شرطيا", "طالبا", "صحفيا", "إرهابيا")
# indefinite nouns of one person, as they stand after «على» or an arrest noun («القبض على شاب», «اعتقال
# قيادي إرهابي»); a nisba after one says whose or what he is («شاب سعودي»)
ONE_PERSON = forms("شاب", "رجل", "امرأة", "سيدة", "فتاة", "طفل", "مواطن", "مقيم", "وافد", "سائق", "قيادي",
                   "عنصر", "مسلح", "متهم", "مشتبه", "مطلوب", "إرهابي", "ناشط", "صحفي", "صحافي", "مهرب",
                   "لص", "مروج", "جندي", "ضابط", "شرطي", "معلم", "طبيب", "داعية")
_NISBA_RUN = 2  # nisba words that may describe him («قيادي حوثي بارز» stops at «بارز»)
# «مشتبه به»: the participle of suspecting with its «بـ» and a pronoun, one suspect or, after a number, the
# suspects it counts («اعتقال مشتبه به», «اعتقلت الشرطة أربعة مشتبه بهم», «اعتقال أربعين مشتبها بهم»)
_SUSPECTED = forms("مشتبه", "مشتبها")
_BY_HIM = forms("به", "بها", "بهم", "بهما", "بهن")
_ON = norm("على")
_OF = norm("من")
_FOR = "ل"  # «اعتقال الشرطة لشخصين»: the people the noun's doer took, after «لـ»
_NUMBER_RUN = 3  # number words that may stand before the counted noun («خمسة وعشرين»)
_LEAD = 8  # words past the trigger (its doer, time words, its needed words) before whom it took


def _number_word(form: str) -> bool:
    """True when a folded word is a number in words or digits, with «و» before it at most («وعشرين»)."""
    if form.isdigit():
        return True
    w = analyse_word(form)
    return w is not None and w.prole in ("", "conj") and w.kind != "scale"


def _nisba(form: str) -> bool:
    """True when a folded word is an indefinite nisba adjective («سعودي», «إرهابي», «فلسطينية»)."""
    return not form.startswith("ال") and len(form) >= 4 and form.endswith(("ي", "يه"))


def _people_plural(form: str) -> bool:
    """True when a folded word is a definite plural of people («المعلمين», «السودانيين»)."""
    return form.startswith("ال") and form.endswith(("ين", "يين", "ون")) and len(form) >= 6


def _suspected_end(toks: list[Tok], k: int, b: int) -> int | None:
    """The index after «مشتبه به» read at token k («مشتبها بهم»), or None."""
    if k + 1 < b and toks[k].form in _SUSPECTED and toks[k + 1].form in _BY_HIM:
        return k + 2
    return None


def _count_end(toks: list[Tok], k: int, b: int, W: Words) -> int | None:
    """The index after a count of people read at token k, or None."""
    if (end := counted_end(toks, k, b, W)) is not None:
        return end  # «ثلاثة أشخاص», «نحو 50 شخصا»
    if (end := _suspected_end(toks, k, b)) is not None:
        return end  # «مشتبه به»: one suspect
    j = k
    if j < b and toks[j].form in W["approx"]:
        j += 1
        if j < b and toks[j].form == _OF:
            j += 1
    run = j
    while run < b and run - j < _NUMBER_RUN and toks[run].word and _number_word(toks[run].form):
        run += 1
    if run > j and (end := _suspected_end(toks, run, b)) is not None:
        return end  # «أربعة مشتبه بهم», «40 مشتبها بهم»
    if run > j + 1:  # «اثني عشر شخصا», «خمسة وعشرين متهما»: the count's last word counts them
        end = counted_end(toks, run - 1, b, W)
        if end is not None:
            return end
        if run < b and toks[run].form in _SUSPECT_ONE:
            return run + 1
    if run == j + 1 and run + 1 < b and toks[run].form == _OF and _people_plural(toks[run + 1].form):
        return run + 2  # «نحو 100 من المعلمين»
    if run == j + 1 and toks[j].form.isdigit() and run < b and toks[run].form in _SUSPECT_ONE:
        return run + 1  # «24 متهما»: a number past ten counts a singular
    if j == k and k < b and toks[k].form in DUAL_PEOPLE:
        return k + 1  # «شخصين»
    return None


def _start(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
           skip: frozenset[int], W: Words) -> tuple[int, bool]:
    """Where the arrested are told: the first word past the trigger, the doer and time words (and «على»
    after «القبض»), with whether «لـ» may stand on it (after a verbal noun's doer)."""
    at = {i: g for g in groups for i in range(g.first, g.last)}  # «وأوقفت الشرطة الفرنسية»: the doer's rest too
    k = h.last
    glued = False
    if h.used and max(h.used) >= k:  # «ألقت دوريات الأمن … القبض على»: past the word the verb needed
        u = max(h.used)
        k = u if _count_end(toks, u, b, W) is not None else u + 1
        # «وأبعدت السلطات الكويتية 20 وافدا»: the word the verb needed is the noun a number before it counts
        k = next((st for st in range(max(h.last, u - _NUMBER_RUN), u)
                  if (end := _count_end(toks, st, b, W)) is not None and end > u), k)
    for _ in range(_LEAD):
        if k >= b:
            break
        g = at.get(k)
        if g is not None and set(g.names) & set(source):
            k, glued = g.last, h.trig.pos == "n"
        elif _count_end(toks, k, b, W) is not None:
            break  # «وأوقفت الشرطة شخصين»: the word the trigger needed is the count itself
        elif k in skip or k in h.used or not toks[k].word or toks[k].form in W["adverb"] or toks[k].form == _ON:
            k += 1
        else:
            break
    return k, glued


def counted_arrested(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
                     target: list[str], skip: frozenset[int], W: Words) -> list[str]:
    """The people a count names as those an arrest took («تم اعتقال اثني عشر شخصا», «القبض على شخصين»,
    «اعتقال نحو 100 من المعلمين», «اعتقال الشرطة لشخصين»); [] when the arrest has a target already or no
    such count stands where its object goes."""
    if target or h.trig.type != "COERCE" or h.trig.mode != "arrest":
        return []
    k, glued = _start(toks, h, b, groups, source, skip, W)
    if k >= b or not toks[k].word or any(g.first == k for g in groups):
        return []
    end = _count_end(toks, k, b, W)
    if end is None and glued and toks[k].form.startswith(_FOR) and toks[k].form[1:] in DUAL_PEOPLE:
        return [text[toks[k].start + 1:toks[k].end]]  # «اعتقال الشرطة لشخصين»
    if end is None and toks[k].form in ONE_PERSON and (h.trig.pos == "n" or toks[k - 1].form == _ON):
        end = k + 1  # «القبض على شاب», «اعتقال قيادي إرهابي»: one person no entity names
        while end < b and end - k <= _NISBA_RUN and toks[end].word and _nisba(toks[end].form) \
                and not any(g.first == end for g in groups):
            end += 1
    if end is None:
        return []
    return [text[toks[k].start:toks[end - 1].end]]


# the pronoun on «على» after «القبض» («تم القبض عليه»): whom it stands for, by number
_ON_HIM = forms("عليه", "عليها")
_ON_THEM = forms("عليهم", "عليهما")
_ARREST_WORD = norm("القبض")
# definite nouns of the arrested a report names before «تم القبض عليه», each by number
SUSPECT_ONE = forms("المتهم", "المتهمة", "الجاني", "الجانية", "المشتبه", "المطلوب", "القاتل", "السارق", "اللص",
                    "المهرب", "المروج", "الإرهابي", "الانتحاري", "السائق", "المعتدي", "الفاعل", "الشاب", "الرجل",
                    "المرأة", "الفتاة", "السيدة", "الطالب", "الطالبة", "المواطن", "المقيم", "الوافد", "العامل")
SUSPECTS = forms("المتهمين", "الجناة", "المشتبهين", "المطلوبين", "المهربين", "اللصوص", "الإرهابيين",
                 "المعتدين", "الفاعلين", "القتلة", "الشبان", "المسلحين")
_TO = norm("إلى")  # folded «الي»: a preposition that reads like a nisba with the article
_BACK_REACH = 12  # words back from «القبض عليه» to the one it stands for
_ASIDE_CLOSE = frozenset(("-", "–", "—", ")"))  # the end of an aside between dashes or brackets
_ASIDE_OPEN = frozenset(("-", "–", "—", "("))


def _on_pronoun(toks: list[Tok], h: Hit, b: int) -> str | None:
    """The folded pronoun-bearing «على» right after an arrest's «القبض» («القبض عليه»), or None; «عليهم» for
    a part of a group told by a pronoun or «هؤلاء» right after the arrest («تم القبض على عدد منهم»)."""
    for k in range(h.first + 1, min(b, h.after + 2)):
        if toks[k].form in _ON_HIM | _ON_THEM and toks[k - 1].form.endswith(_ARREST_WORD):
            return toks[k].form
    return _ON_THEM_FORM if _some_of_them(toks, h, b) else None


# a part of a group named before, right after an arrest: «عدد منهم», «بعضهم», «عددا من هؤلاء», «أحدهم»
_SOME = forms("عدد", "عددا", "بعض", "العديد", "عشرات", "مئات")
_SOME_OF_THEM = forms("بعضهم", "أحدهم", "عددهم")
_OF_THEM = forms("منهم", "منهن")
_THESE = forms("هؤلاء")
_ON_THEM_FORM = norm("عليهم")


def _some_of_them(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when a part of a group told by a pronoun or «هؤلاء» follows the arrest, past «على» («تم القبض
    على عدد منهم», «اعتقال بعضهم», «القبض على عدد من هؤلاء»): the arrested belong to a group named before."""
    ws = [k for k in range(h.after, min(b, h.after + 6)) if toks[k].word]
    if ws and toks[ws[0]].form == _ON:
        ws = ws[1:]
    if not ws:
        return False
    if toks[ws[0]].form in _SOME_OF_THEM:
        return True
    if toks[ws[0]].form not in _SOME or len(ws) < 2:
        return False
    if toks[ws[1]].form in _OF_THEM:
        return True
    return len(ws) > 2 and toks[ws[1]].form == _OF and toks[ws[2]].form in _THESE


_DIRECTED = forms("إلى", "على")  # «أحالت … 14 عنصرا على النيابة العامة بعد القبض عليهم»: where they were sent


def _directed(toks: list[Tok], k: int) -> bool:
    """True when the name at `k` is what «إلى», «على» or a glued «لـ» points to: where someone was sent or
    what was done to («أحالتهم على النيابة», «اعتدى على شاب ثم تم القبض عليه»), never the one arrested."""
    return (toks[k].form.startswith("ل") and not toks[k].form.startswith("ال")) or (
        k > 0 and toks[k - 1].form in _DIRECTED)


def pronoun_arrested(text: str, toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group],
                     source: list[str], target: list[str], forces: frozenset[str] = frozenset()) -> list[str]:
    """The one «عليه» stands for in «تم القبض عليه» where the arrest has no target: the person named nearest
    before it in its sentence, or the suspect a definite noun names there («البحث عن المتهم … تم القبض عليه»,
    «إن الجناة فروا لكن تم القبض عليهم»), matched by number; [] when none. Never a bare state force (`forces`:
    «والشرطة الآن في طور القبض عليهم»: who arrests), nor a name «إلى»/«على» points to."""
    if target or h.trig.type != "COERCE" or h.trig.mode != "arrest":
        return []
    on = _on_pronoun(toks, h, b)
    if on is None:
        return []
    many = on in _ON_THEM
    lo = max(a, h.first - _BACK_REACH)
    at = {g.first: g for g in groups}
    k = h.first
    while k > lo:
        k -= 1
        if toks[k].form in _ASIDE_CLOSE:  # «صاحب السيارة -وهو أخ الشاب المتوفى- ألقي القبض عليه»: not the aside
            k = next((j for j in range(k - 1, lo - 1, -1) if toks[j].form in _ASIDE_OPEN), lo)
            continue
        g = next((g for g in groups if g.first <= k < g.last), None)
        if g is not None:
            if g.actor and not g.is_loc and not set(g.names) & set(source) and (g.person != many) \
                    and not _directed(toks, g.first) and not set(g.names) <= forces:  # the police arrest
                return list(g.names)
            continue
        f = toks[k].form
        if ((f in SUSPECTS) if many else (f in SUSPECT_ONE)) and not _directed(toks, k):  # not «على العامل»
            end = k + 1
            while end < b and end - k <= _NISBA_RUN and end not in at and toks[end].form.startswith("ال") \
                    and toks[end].form.endswith("ي") and len(toks[end].form) > len(_TO):  # not «إلى»
                end += 1  # «الطالب السعودي»
            return [text[toks[k].start:toks[end - 1].end]]
    return []

"""Who appeals to whom, and whose a quoted body is.

- A demand or appeal verb («ناشد», «طالب», «دعا», «حث», «أهاب») that opens its clause right before a
  kin or family noun («والد», «أسرة», «عائلة», «ذوو», «أهالي») has that noun's phrase as its subject: the
  noun with the one whose family it is, and the name that says who he is («ناشدت والدة المواطن
  "العنزي"», «ناشد ذوو المواطن عوض حميد المطيري», «ناشد أهالي منطقة حلباء بمركز السرح»); the family
  appeals, the relative named inside the phrase is no party. The one asked is the first party after
  that phrase, past an aside set off by commas or dashes or naming an outlet («-عبر "سبق"-», «من خلال
  «المدينة»»): a name or a party phrase («الجهات المختصة», «المسؤولين بالمملكة», «مقام خادم الحرمين
  الشريفين») (`kin_appeal`). Not when the verb agrees with no such subject («ودعت أبناء شعبنا») or the
  phrase is oblique («وحث أولياء الدم الآخرين», «ذوي»): it is then the one asked.
- The one a demand verb asks may follow an aside that names the statement the demand was made in
  («ودعا في بيان له الحكومة إلى …», «وطالب، خلال كلمته في المؤتمر، الدول المانحة بـ», «وطالب X في
  تصريح نشرته الوكالة الرسمية إسرائيل بالتوقف»): the party right before the complement (`aside_addressee`).
- A body in quote marks after a definite title's «لـ» written apart («الأمين العام لـ"حزب الله" حسن نصر
  الله») joins the person named after it into one actor, as it does when unquoted (`join_quoted_owner`):
  it is whose officer he is, not a target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_tokens import QUOTE_MARKS, Tok, has

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group
    from marsad.extract.events_triggers import Hit
    from marsad.model import Event

def detached_preposition(toks: list[Tok], first: int) -> str:
    """The preposition («ل», «ب») written apart right before the quote marks that open the name at
    token `first` («لـ"حزب الله"», «لـ «داعش»»); "" when none."""
    k = first - 1
    if k < 0 or toks[k].word or toks[k].form not in QUOTE_MARKS:
        return ""
    while k >= 0 and not toks[k].word and toks[k].form in QUOTE_MARKS:
        k -= 1
    if k < 0 or not toks[k].word:
        return ""
    f = toks[k].form.rstrip("ـ")
    bare = f[1:] if f[:1] in ("و", "ف") and len(f) == 2 else f
    return f if bare in ("ل", "ب") else ""


def before_detached(toks: list[Tok], first: int) -> int:
    """Index of the word before a preposition written apart before the quoted name at `first`
    («العام» in «الأمين العام لـ"حزب الله"»); `first` - 1 when there is none."""
    if not detached_preposition(toks, first):
        return first - 1
    k = first - 1
    while k >= 0 and not toks[k].word:
        k -= 1
    return k - 1


# kin and family nouns whose phrase appeals for its relative («والد الأسير», «أسرة المفقود»)
_KIN = frozenset(norm(w) for w in (
    "والد", "والدة", "أسرة", "اسرة", "عائلة", "ذوو", "ذوي", "أهالي", "اهالي", "أسر", "اسر", "عائلات",
    "شقيق", "شقيقة", "أشقاء", "اشقاء", "أقارب", "اقارب", "زوجة", "أرملة", "ارملة", "أولياء", "اولياء",
    "الأسر", "الاسر", "الأهالي", "الاهالي", "العائلات", "أبناء", "ابناء"))
# kin nouns a feminine verb agrees with («ناشدت والدة», «طالبت الأسر»)
_FEMININE_KIN = frozenset(norm(w) for w in (
    "والدة", "أسرة", "اسرة", "عائلة", "شقيقة", "زوجة", "أرملة", "ارملة", "أسر", "اسر", "الأسر", "الاسر",
    "عائلات", "العائلات"))
_POSSESSORS = frozenset(norm(w) for w in ("ذوو", "ذوي"))
# what «ذوو» may be said of that is no relative: a quality («ذوو الإعاقة», «ذوي الدخل المحدود»)
_QUALITIES = frozenset(norm(w) for w in (
    "الإعاقة", "الاعاقة", "الإعاقات", "الاحتياجات", "الدخل", "الخبرة", "الخبرات", "الشأن", "العلاقة",
    "الاختصاص", "الهمم", "الكفاءة", "الكفاءات", "النفوذ", "الأمراض", "الامراض", "البشرة"))
_OBLIQUE_KIN = frozenset(norm(w) for w in ("ذوي",))  # «ناشد ذوي المفقودين»: the one asked, not the subject
_APPEAL_TYPES = frozenset({"DEMAND"})
_KIN_REACH = 9  # tokens of the kin phrase at most (noun, whose, his name, a place)
_ASIDE_REACH = 8  # words of an aside between the kin phrase and the one asked
_DASHES = frozenset(("-", "–", "—", "،", ",", "؛", ";"))


def _kin_word(toks: list[Tok], k: int) -> bool:
    """True when word k is a kin or family noun («والد», «وأسرة» never: the verb is right before); «ذوو» of
    a quality («ذوو الإعاقة», «ذوي الاحتياجات الخاصة») names people who have it, no family."""
    t = toks[k]
    if not (t.word and norm(t.form) in _KIN):
        return False
    return norm(t.form) not in _POSSESSORS or k + 1 >= len(toks) or norm(toks[k + 1].form) not in _QUALITIES


def kin_phrase_end(toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> int:
    """Index after the kin phrase opening at `k`: the kin noun and whose family it is (nouns up to the
    first definite one, its adjectives, a name in quote marks, a named person or place after it, a
    place after «بـ»), up to the first mark or word that opens another phrase. A named body, or a
    person named by a title («خادم الحرمين الشريفين»), is the one asked and ends it."""
    W = L.words
    at = {g.first: g for g in groups}
    j = k + 1
    definite = toks[k].form.startswith("ال")
    named = False  # a name said whose family it is: no adjective goes on after it
    while j < b and j - k < _KIN_REACH:
        t = toks[j]
        g = at.get(j)
        if g is not None:
            if not (g.person or g.is_loc) or g.force or (g.person and (has(t, W["title"]) or has(t, W["honorific"]))) \
                    or (g.is_loc and g.actor and definite):
                break  # «والد الأسير وزارة الداخلية»: a body after the phrase is the one asked
            j = g.last
            definite = named = True
            continue
        if not t.word:
            close = next((m for m in range(j + 1, min(b, j + 5)) if toks[m].form in QUOTE_MARKS), None) \
                if t.form in QUOTE_MARKS and definite else None
            if close is None or close == j + 1:
                break
            j = close + 1  # «والدة المواطن "العنزي"»: his name in quote marks
            named = True
            continue
        f = t.form
        if norm(f) in _STOPS:
            break
        dwelling = has(t, W["place"]) or norm(f[1:]) in _SETTLEMENTS
        if f[:1] == "ب" and not f.startswith("ال") and j - k > 1 and (dwelling or (
                (g2 := at.get(j + 1)) is not None and g2.is_loc)):
            j += 1 if at.get(j + 1) is not None or not dwelling else 2
            continue  # «أهالي منطقة حلباء بمركز السرح»: where they live
        if f[:3] == "وال" and definite and not named and not any(x.first == j for x in groups):
            j += 1  # «أهالي تلك الهجر والمراكز»: a place joined to whose people they are
            continue
        if f[:1] in ("ب", "ل", "و", "ف") and not f.startswith("ال"):
            break  # «بالتدخل»: what is asked for; «و»: another party
        if definite and (named or not (f.startswith("ال") and _adjective(f))):
            break  # «أسرة المفقود السلطات»: after a definite noun only its adjectives go on
        definite = definite or f.startswith("ال")
        j += 1
    return j


# places people live in, after «بـ» in the kin phrase («أهالي منطقة حلباء بمركز السرح»)
_SETTLEMENTS = frozenset(norm(w) for w in ("مركز", "هجرة", "قرية", "حي", "محافظة", "منطقة", "مدينة", "بلدة", "مخيم"))
# participles of belonging that open a description of the place ending at a comma («التابعة لمنطقة عسير،»)
_BELONGING = frozenset(norm(w) for w in ("التابع", "التابعة", "الواقع", "الواقعة", "التابعين"))
_STOPS = frozenset(norm(w) for w in ("إلى", "الى", "على", "أن", "ان", "بأن", "عبر", "في", "من", "خلال"))


def _adjective(f: str) -> bool:
    """True when a definite word reads as a participle describing the family before it («المتضررة»,
    «المنكوبة»); a nisba may be a body's («القنصلية السعودية»), so it is not taken."""
    return len(f) > 5 and f.startswith("الم") and f.endswith(("ة", "ه"))


def _skip_outlet(toks: list[Tok], j: int, b: int) -> int:
    """Index after an outlet aside at `j` («من خلال «المدينة»», «عبر "سبق"»); `j` when none."""
    k = j + 2 if j + 1 < b and toks[j].form == "من" and norm(toks[j + 1].form) == norm("خلال") else \
        j + 1 if j < b and norm(toks[j].form) == norm("عبر") else j
    if k == j or k >= b or toks[k].form not in QUOTE_MARKS:
        return j
    close = next((m for m in range(k + 1, min(b, k + 5)) if toks[m].form in QUOTE_MARKS), None)
    return close + 1 if close is not None else j


def _skip_aside(toks: list[Tok], j: int, b: int) -> int:
    """Index after a comma or dash aside at `j` («، عبر "سبق"،», «-عبر "سبق"-», «؛ التابع لمحافظة
    النماص،»): the first word after its closing mark; `j` when none or no closing mark within reach."""
    if j >= b or toks[j].word or toks[j].form not in _DASHES:
        return j
    mark = toks[j].form
    k = j + 1
    words = 0
    while k < b and words <= _ASIDE_REACH:
        t = toks[k]
        if not t.word and t.form in _DASHES and (t.form == mark or t.form in ("،", ",")):
            return k + 1
        words += t.word
        k += 1
    return j + 1 if words <= 2 else j


def complement_at(toks: list[Tok], k: int, b: int) -> bool:
    """True when the word at `k` opens a demand's complement (`events_addressees.complement_at`)."""
    from marsad.extract.events_addressees import complement_at as opens_complement

    return opens_complement(toks, k, b)


def kin_appeal(text: str, toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group],
               L: Lexicon) -> tuple[list[str], list[str]] | None:
    """Source and target of an appeal whose subject is a kin phrase right after the verb (see the
    module docstring); None when the verb is not followed by one, or the phrase cannot be its subject:
    the verb has its subject before it («وكانت الحكومة المحلية دعت أهالي الفلوجة»), a feminine verb
    before a masculine noun («ودعت أبناء شعبنا»), or the phrase is oblique («وحث أولياء الدم الآخرين»,
    «ذوي»): then it is the one asked."""
    from marsad.extract.events_phrases import opens_clause

    if h.trig.type not in _APPEAL_TYPES or h.trig.pos != "v" or h.last >= b or not _kin_word(toks, h.last):
        return None
    k = h.last
    if any(g.first <= k < g.last for g in groups) or not opens_clause(toks, a, h.first, L.words):
        return None  # the entity layer named the phrase itself; a subject before the verb
    kin = norm(toks[k].form)
    if kin in _OBLIQUE_KIN or (toks[h.last - 1].form.endswith("ت") and kin not in _FEMININE_KIN):
        return None
    end = kin_phrase_end(toks, k, b, groups, L)
    plain_end = toks[end - 1].word and not any(x.last == end for x in groups)  # not after a name
    if end <= k + 1 or any(_oblique_adjective(toks[m]) for m in range(k + 1, min(b, end + plain_end))):
        return None  # («الآخرين» right after the phrase describes it too)
    last = end - 1
    while last > k and not toks[last].word:
        last -= 1
    source = [" ".join(text[t.start:t.end] for t in toks[k:last + 1] if t.word)]
    inside = {n for g in groups if k <= g.first < end for n in g.names}
    j = _skip_outlet(toks, _skip_aside(toks, end, b), b)
    if j > end and complement_at(toks, j, b):
        j = end + 1  # «وناشد أهالي المركز، شركة الاتصالات، بسرعة …»: the commas set off the one asked
    if j < b and norm(toks[j].form) in _BELONGING:  # «… سراة عبيدة التابعة لمنطقة عسير، وزير …»
        j = next((m + 1 for m in range(j, min(b, j + _ASIDE_REACH)) if toks[m].form in ("،", ",")), j)
    return source, _asked(text, toks, j, b, groups, L, inside)


def _asked(text: str, toks: list[Tok], j: int, b: int, groups: list[Group], L: Lexicon,
           inside: set[str]) -> list[str]:
    """The one asked, at token `j`: a named party or a phrase that names one («الجهات المختصة»)."""
    from marsad.extract.events_phrases import noun_subject, party_phrase

    if j >= b or not toks[j].word:
        return []
    f = toks[j].form
    if f in ("مقام", "لمقام"):  # «مقام خادم الحرمين الشريفين»: the office of the one asked
        j += 1
    g = next((x for x in groups if x.first == j), None)
    if g is None and norm(f) not in _STOPS and f not in L.words["prep_any"]:
        # «القنصلية السعودية», «شركة الاتصالات السعودية»: a body named by the word before its name
        g = next((x for x in groups if x.first == j + 1 and not x.glued), None)
    if g is not None:
        return [n for n in g.names if n not in inside] if g.actor else []
    obj, _ = noun_subject(text, toks, j, b, groups, L)
    if obj and party_phrase(norm(obj[0]).split(), L.words):
        return obj
    return []


def join_quoted_owner(toks: list[Tok], groups: list[Group], W: Words) -> None:
    """Join a body named in quote marks after a definite title's «لـ» written apart to the person named
    right after the closing mark («الأمين العام لـ"حزب الله" حسن نصر الله»), as the two join when
    unquoted («الأمين العام لحزب الله حسن نصر الله»): one actor, the body and its officer; the body is
    no target."""
    i = 1
    while i < len(groups):
        prev, g = groups[i - 1], groups[i]
        between = range(prev.last, g.first)
        k = before_detached(toks, prev.first)
        if g.person and not prev.is_loc and detached_preposition(toks, prev.first).lstrip("وف") == "ل" \
                and k >= 0 and _definite_title(toks[k], W) and len(between) >= 1 \
                and all(not toks[m].word and toks[m].form in QUOTE_MARKS for m in between) \
                and prev.binding in (None, "target") and g.binding in (None, "target"):
            prev.first = k + 1  # from the «لـ», as «لحزب» when glued
            prev.last, prev.names, prev.binding = g.last, [*prev.names, *g.names], g.binding
            del groups[i]
            continue
        i += 1


def _definite_title(t: Tok, W: Words) -> bool:
    """True when a word is a definite title or head noun («العام» of «الأمين العام», «المنسق»)."""
    return t.word and t.form.lstrip("و").startswith("ال") and (has(t, W["title"]) or has(t, W["head"]))


# nouns of the statement an aside says the demand was made in («في بيان له», «خلال كلمته», «في تصريح صحفي»)
_STATEMENT_STEMS = tuple(norm(w) for w in (
    "بيان", "تصريح", "كلم", "حديث", "مؤتمر", "مقابل", "لقاء", "اتصال", "رسال", "خطاب", "ختام", "تغريد"))
_ASIDE_OPENERS = frozenset(norm(w) for w in ("في", "خلال", "عبر"))
# words that describe the statement in the aside («صحفي», «له»)
_STATEMENT_MODIFIERS = frozenset(norm(w) for w in (
    "له", "لها", "لهم", "صحفي", "صحفية", "صحافي", "صحافية", "خاص", "خاصة", "رسمي", "رسمية", "مشترك", "مشتركة",
    "اليوم", "أمس", "امس", "مقتضب", "مكتوب", "متلفز", "متلفزة", "هاتفي", "هاتفية", "ل", "لـ"))
_STATEMENT_REACH = 10  # tokens from the aside's opener to the demand's complement


def _statement_aside(toks: list[Tok], k: int, b: int) -> int | None:
    """Index of the statement noun when an aside naming the statement opens at `k` («، في تصريح صحفي،»,
    «في بيان له», «خلال كلمته»); None when none does."""
    if k < b and not toks[k].word and toks[k].form in ("،", ","):
        k += 1
    if k + 1 >= b or not toks[k].word or norm(toks[k].form) not in _ASIDE_OPENERS or not toks[k + 1].word:
        return None
    f = norm(toks[k + 1].form)
    return k + 1 if f.startswith(_STATEMENT_STEMS) else None


def _addressee_start(toks: list[Tok], s: int, c: int) -> int:
    """Index of the first word after the statement noun at `s` that no longer describes the statement
    (its adjectives, «له», an outlet in quote marks); `c` when none stands before `c`."""
    j = s + 1
    while j < c:
        t = toks[j]
        if not t.word:
            close = next((m for m in range(j + 1, c) if toks[m].form in QUOTE_MARKS), None) \
                if t.form in QUOTE_MARKS else None
            j = close + 1 if close is not None else j + 1
            continue
        if norm(t.form.rstrip("ـ")) not in _STATEMENT_MODIFIERS:
            return j
        j += 1
    return c


def aside_addressee(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                    L: Lexicon) -> list[str]:
    """The one a demand verb asks, named after an aside that tells the statement it was made in, right
    before the demand's complement («ودعا في بيان له الحكومة إلى …», «وطالب، خلال كلمته في المؤتمر،
    الدول العربية بـ», «وطالب X في تصريح نشرته الوكالة الرسمية إسرائيل بالتوقف»); [] when none, or
    when a target the rules found stands before the complement."""
    from marsad.extract.events_addressees import after_subject
    from marsad.extract.events_phrases import noun_subject, party_phrase

    if h.trig.type not in _APPEAL_TYPES or h.trig.pos != "v" or h.last >= b:
        return []
    s = _statement_aside(toks, h.last, b)
    if s is None and ev.source:
        s = _statement_aside(toks, after_subject(text, toks, h, b, ev, groups, frozenset(), L), b)
    if s is None:
        return []
    c = next((j for j in range(s + 1, min(b, s + _STATEMENT_REACH)) if toks[j].word and complement_at(toks, j, b)
              and toks[j - 1].form not in QUOTE_MARKS and norm(toks[j].form.rstrip("ـ")) not in ("ل", "ب")
              and not any(x.first == j for x in groups)), None)  # («بالقاهرة»: a place, no complement)
    if c is None or any(x.first < c and set(x.names) & set(ev.target) for x in groups):
        return []  # (a target named after the complement is what is asked for: «بدعم اليمن»)
    end = c
    while end > s and not toks[end - 1].word:
        end -= 1
    g = next((x for x in groups if s < x.first and x.last <= end and all(
        _adjective_after(toks[m]) for m in range(x.last, end))), None)  # («السلطات المحلية»)
    if g is not None and g.first > 0 and has(toks[g.first - 1], L.words["person_title"]):
        return []  # «وزير الداخلية»: a title's portfolio, not the one asked
    if g is not None:
        return [n for n in g.names if n not in ev.source] if g.actor else []
    comma = next((m for m in range(end - 1, s, -1) if toks[m].form in ("،", ",")), None)
    lo = comma + 1 if comma is not None else _addressee_start(toks, s, end)  # «، في تصريح صحفي، …»
    best: list[str] = []
    for j in range(end - 1, lo - 1, -1):  # the longest party phrase that ends at the complement
        if not toks[j].word or any(x.first <= j < x.last for x in groups):
            break
        if toks[j - 1].word and toks[j - 1].form in L.words["prep_any"]:
            continue  # «من مقر إقامته»: a preposition's object is no party asked
        obj, stop = noun_subject(text, toks, j, b, groups, L)
        if obj and obj[0] not in ev.source and party_phrase(norm(obj[0]).split(), L.words) \
                and all(_adjective_after(toks[m]) for m in range(stop, end)):
            best = [text[toks[j].start:toks[end - 1].end]]  # (its adjectives go on up to the complement)
        elif best:
            break
    return best


def _adjective_after(t: Tok) -> bool:
    """True when a definite word reads as an adjective of the party before it («المحلية», «المانحة»,
    «العربية»), not as the thing asked for («التدخل»)."""
    f = t.form
    return t.word and f.startswith("ال") and len(f) > 4 and (
        f.endswith(("ي", "ية", "يه", "يين", "يون")) or (f.startswith("الم") and f.endswith(("ة", "ه", "ين", "ون"))))


def _oblique_adjective(t: Tok) -> bool:
    """True when a definite word is a plural adjective in the oblique case («الآخرين», «المتضررين»): the
    phrase it describes is an object, not the subject («وحث أولياء الدم الآخرين»); a nisba plural in
    ـيين may be either."""
    f = t.form
    return t.word and f.startswith("ال") and len(f) > 5 and f.endswith("ين") and not f.endswith("يين")

"""Wrong parties: a named party word order takes for one role of a trigger that the grammar gives the
other role, or no role at all.

- a verb with an object pronoun and a body or person named right after it («… مسؤولين اتهمتهم وزارة العدل
  الأمريكية بالفساد»): the noun after the verb is its subject, since the pronoun holds the object, so the
  party that opens the clause before the verb is what the pronoun stands for, the one the deed was done to;
- an accusation verb with one party right after it and the charge right after that party («ويتهم مرسي
  ومن معه باختلاس التقارير», «اتهمت إيران بدعم …»), where no subject carries over from a verb before: an
  unvowelled passive, the party was accused, and no accuser is named (an active one names the accused
  between: «اتهم X Y بـ»);
- a verbal noun after «تم», «جرى» with no pronoun on it whose party was named before it («وقال المقدم X
  إن … وبناء على ذلك جرى البحث والتحري عن المتهم»): an agentless passive, so the party told earlier in
  the sentence (there the speaker) neither did it nor underwent it;
- the subject of a verb of saying after the trigger («… رفضها المنطقة العازلة، كما يقول القيادي المعارض
  X», «فيما رأى رئيس الاتحاد … X أن …»): who tells of the deed, no target of it;
- a masculine demand verb with a definite feminine body right after it and the thing asked after that
  («ودعا الحكومة إلى مكافحة …», «كما حث المديرية العامة للكهرباء على …»): the body is the one asked (a
  second noun after it, «وطالب الحكومة المجتمع الدولي», leaves the body the subject of a careless verb);
- a nominative plural in ـون right after a verb («ويدعو أربابها الضالون إلى …»): the verb's own unnamed
  subject, so no party named before it (the speaker of its quote) is its doer;
- an armed deed's party named after «بالتنسيق مع», «بالتعاون مع», «بدعم من», or guarding it («تحت حماية
  الشرطة», «بحراسة قوات الاحتلال») is a co-doer, a source; one
  named after «بالتزامن مع» only acted at the same time and is no party;
- a party named after «باسم», «واسم», «نيابة عن» («أعرب الملك باسمه واسم شعب وحكومة المملكة …») is the
  side the source speaks for: a source, not a target;
- an anaphor with a head word («الوزارة») is not given the entity of its kind named most when a body of
  that head the entity layer missed («وزارة الحج», written ten times) is written more often than it
  («وزارة الصحة», named once): it is left unresolved rather than given the wrong ministry.
"""

from __future__ import annotations

import bisect

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, bare_words, lexicon, norm
from marsad.extract.events_reversal import ASKED_TO
from marsad.extract.events_tokens import CLAUSE_END, PRONOUN_SUFFIXES, SENT_END, Tok, has, next_word
from marsad.extract.events_triggers import Hit
from marsad.model import Entity

# word classes a subject phrase may open with before the name it ends with («وزارة العدل الأمريكية»)
_HEAD_CLASSES = ("title", "head", "title_body", "force_noun")
SUBJECT_REACH = 3  # words between a verb and the name its subject phrase ends with («وزارة العدل الأمريكية»)
# words right after a verb that open no subject: prepositions, time words, particles
_NO_SUBJECT = frozenset(norm(w) for w in (
    "أمس", "اليوم", "أيضا", "عام", "العام", "منذ", "قبل", "بعد", "حين", "عندما", "إلا", "لا", "لم", "ما",
    "هو", "هي", "هم", "في", "من", "على", "إلى", "الى", "عن", "مع", "ضد", "حتى", "خلال", "لدى", "عند"))
# what may stand between the accused and the charge: «ومن معه», «ومن معهم»
_WITH_HIM = ((norm("ومن"), norm("معه")), (norm("ومن"), norm("معهم")), (norm("ومن"), norm("معها")))
# words after «بـ» that are no charge («اتهم X بأنه», «بين», «بعد»)
_NO_CHARGE = ("بين", "بعد", "بسبب", "بشأن", "بحق", "بان", "بانه", "بانها", "بانهم", "بما")


def _object_pronoun(toks: list[Tok], h: Hit, reading: str) -> bool:
    """True when the one-word verb trigger is its reading with an object pronoun glued on («اتهمتهم»)."""
    if h.trig.pos != "v" or h.last - h.first != 1 or not reading:
        return False
    form = toks[h.first].form
    start = next((len(p) for p in ("", "و", "ف") if form.startswith(p + reading)), None)
    return start is not None and form[start + len(reading):] in PRONOUN_SUFFIXES


def subject_after_pronoun(toks: list[Tok], h: Hit, reading: str, groups: list[Group], b: int,
                          W: Words) -> Group | None:
    """The party named right after a verb that carries an object pronoun («اتهمتهم وزارة العدل
    الأمريكية»): its subject, the pronoun being its object; None when the verb has no pronoun or no
    party follows it within a short noun phrase (no preposition, time word or mark between)."""
    if not _object_pronoun(toks, h, reading) or h.last >= b or not toks[h.last].word:
        return None
    first = toks[h.last].form
    if first in _NO_SUBJECT or first in W["prep_any"] or first in W["comp"] or first.isdigit():
        return None
    if first.startswith(("ب", "ل", "ك")) and not any(g.first == h.last for g in groups):
        return None  # «اتهمته بالفساد»: a charge, not a subject
    for g in groups:
        if g.first < h.last or g.first - h.last > SUBJECT_REACH:
            continue
        between = range(h.last, g.first)
        if any(not toks[k].word or toks[k].form in W["prep_any"] or toks[k].form in _NO_SUBJECT for k in between):
            return None
        if g.first > h.last and not any(has(toks[h.last], W[c]) for c in _HEAD_CLASSES):
            return None  # «رفضها تعرض قرى إقليم كردستان»: a verbal noun's object, not a body's name
        return g if g.actor and g.binding is None else None
    return None


def passive_accused(toks: list[Tok], h: Hit, g: Group, b: int, groups: list[Group], W: Words) -> bool:
    """True when an accusation verb without an object pronoun has party `g` right after it, agreeing with
    it, and the charge in «بـ» right after `g` («ويتهم مرسي ومن معه باختلاس», «اتهمت إيران بدعم الإرهاب»):
    a passive whose subject `g` was accused."""
    if h.trig.pos != "v" or h.trig.type != "DISAPPROVE" or h.last - h.first != 1:
        return False
    form = toks[h.first].form
    if form not in W["charge"] and not (form[:1] in ("و", "ف") and form[1:] in W["charge"]):
        return False
    if next_word(toks, h.last, b) != g.first or not _passive_agrees(h, g, toks[g.first].form):
        return False
    k = next_word(toks, g.last, b)
    k2 = next_word(toks, k + 1, b) if g.last <= k < b else b
    if k2 < b and (toks[k].form, toks[k2].form) in _WITH_HIM:
        k = next_word(toks, k2 + 1, b)
    if not (g.last <= k < b):
        return False
    t = toks[k].form
    if t[:1] != "ب" or len(t) <= 3 or t.startswith(_NO_CHARGE) or any(x.first <= k < x.last for x in groups):
        return False
    return not any(toks[j].form in CLAUSE_END or toks[j].form in SENT_END for j in range(g.last, k))


def _passive_agrees(h: Hit, g: Group, head: str) -> bool:
    """True when the party after an accusation verb agrees with it as its passive subject: not a definite
    feminine noun after a masculine verb («واتهم السلطات بالتقصير»: he accused them), not a person after a
    feminine one («اتهمت الرئيس بـ»: she or it accused him)."""
    w = h.trig.words[0]
    feminine = w.startswith("ت") or w.endswith("ت")
    if not feminine:  # «اتهم», «يتهم»
        return not (head.startswith(("ال", "وال")) and head.endswith(("ه", "ات")))
    return not g.person


def lookback_passive(toks: list[Tok], h: Hit, groups: list[Group], source: list[str], suffixed: bool) -> bool:
    """True when the source of a verbal noun after «تم», «جرى» was named before the trigger and the noun
    has no pronoun on it («وقال المقدم X إن … جرى البحث والتحري عن المتهم»): a party told earlier in the
    sentence, neither the doer of an agentless passive nor the one it was done to (a pronoun, «تم
    اعتقاله», stands for the one arrested)."""
    if suffixed:
        return False
    named = [g for g in groups if set(g.names) & set(source)]
    return bool(named) and all(g.last <= h.first for g in named)


# verbs of saying, past and present, whose subject after them is the speaker («كما يقول X», «حسبما قال X»)
_SAY = frozenset(norm(w) for w in (
    "قال", "قالت", "قاله", "قالته", "يقول", "تقول", "أضاف", "أضافت", "يضيف", "تضيف", "أوضح", "أوضحت", "يوضح",
    "توضح", "ذكر", "ذكرت", "ذكره", "يذكر", "تذكر", "أفاد", "أفادت", "يفيد", "تفيد", "صرح", "صرحت", "يصرح",
    "أكد", "أكدت", "يؤكد", "تؤكد", "يرى", "ترى", "رأى", "أشار", "أشارت", "يشير", "تشير"))
SPEAKER_REACH = 10  # words from a verb of saying to the name of its subject, past its titles
_SAY_LEADS = ("و", "ف", "كما", "حسبما", "وكما")


def _say_verb(t: Tok) -> bool:
    """True when the token is a verb of saying, bare or after «و», «ف», «كما», «حسبما» glued to it."""
    f = t.form
    return f in _SAY or any(f.startswith(p) and f[len(p):] in _SAY for p in _SAY_LEADS)


def speaker_after(toks: list[Tok], h: Hit, g: Group, groups: list[Group], W: Words) -> bool:
    """True when party `g`, after the trigger, is the subject of a verb of saying that stands between them,
    with only titles, the bodies and places they are of and nisbas between that verb and `g` (and one
    word of the name the entity layer left out, right before it): «… رفضها المنطقة العازلة، كما يقول
    القيادي المعارض في حلب أبو أحمد الحريتاني», «فيما رأى رئيس الاتحاد الدولي … لامين دياك». The one who
    tells of the deed is no party of it («يشير إلى السودان», «صرح X بأن بريطانيا», «أكدت مصادر نجاح
    القوات» are no speakers)."""
    if g.first < h.last:
        return False
    inside = {k for x in groups if x is not g for k in range(x.first, x.last)}
    for k in range(g.first - 1, max(h.last, g.first - SPEAKER_REACH) - 1, -1):
        t = toks[k]
        if not t.word:
            return False
        if _say_verb(t):
            return True
        if k in inside or any(has(t, W[c]) for c in _HEAD_CLASSES) or _nisba(t.form):
            continue
        if t.form == _IN and k + 1 in inside:
            continue  # «القيادي المعارض في حلب»: the place the title is of
        if k == g.first - 1 and t.form not in W["prep_any"] and t.form not in W["comp"] and t.form not in _NO_SUBJECT:
            continue  # «لامين دياك»: a first name the entity layer left out
        return False
    return False


_IN = norm("في")


def _nisba(form: str) -> bool:
    """True when the word is a definite adjective of origin or kind («السنغالي», «المعارض», «الرسمي»)."""
    return form.startswith("ال") and len(form) > 4 and (form.endswith(("ي", "يه")) or form in _TITLE_ADJECTIVES)


_TITLE_ADJECTIVES = frozenset(norm(w) for w in ("المعارض", "السابق", "الأسبق", "الحالي", "العام", "الأعلى"))


def drop_speakers(toks: list[Tok], h: Hit, groups: list[Group], target: list[str], W: Words) -> list[str]:
    """The targets of hit `h` without the speaker a verb of saying after the trigger names («كما يقول X»);
    a name another mention also holds stays."""
    off = [g for g in groups if speaker_after(toks, h, g, groups, W)]
    if not off:
        return target
    kept = {n for g in groups if g not in off for n in g.names}
    bad = {n for g in off for n in g.names} - kept
    return [n for n in target if n not in bad]


def _masculine_singular(h: Hit) -> bool:
    """True when the trigger is a verb in the masculine singular («دعا», «طالب», «يحث»), not «دعت»,
    «تطالب», «طالبوا»."""
    if h.trig.pos != "v":
        return False
    w = h.trig.words[0]
    if w.startswith("ي"):
        return not w.endswith(("ون", "ان"))
    if len(w) == 3 and w.endswith("ا"):
        return True  # «دعا» ends in «ا» yet is no dual
    if w[:2] == "نا" and len(w) == 4 and ("ي" + w[1:]) not in lexicon().by_first:
        return True  # «وناشد الحكومة»: a past whose root opens with ن (not «نامر», «نأمر» of «نحن»)
    return not w.startswith(("ت", "ن", "ا")) and not w.endswith(("ت", "وا", "ا", "تا"))


def feminine_body_object(toks: list[Tok], h: Hit, k0: int) -> bool:
    """True when a masculine singular verb has a definite feminine body noun right after it («ودعا
    الحكومة إلى مكافحة …», «كما حث المديرية على …»): its object, since a feminine subject would take
    «دعت»; the asker is told before."""
    if not _masculine_singular(h) or not (0 <= k0 < len(toks)):
        return False
    f = toks[k0].form
    if not (f.startswith(("ال", "وال")) and f.endswith("ه") and not f.endswith("اه") and len(f) > 4):
        return False
    return _thing_asked_after(toks, k0 + 1)




def _thing_asked_after(toks: list[Tok], k: int) -> bool:
    """True when, past up to two definite feminine adjectives from token k, «إلى», «على» or a verbal noun in «بـ»
    tells the thing asked («الحكومة إلى مكافحة», «المديرية العامة على بذل»); not a second noun, the object
    of a subject a careless masculine verb went with («وطالب الحكومة المجتمع الدولي»)."""
    seen = 0
    while k < len(toks) and toks[k].word and seen <= 2:
        f = toks[k].form
        if f in ASKED_TO or (f[:1] == "ب" and len(f) > 4 and not f.startswith(_NO_CHARGE)):
            return True
        if not ((f.startswith("ال") and f.endswith(("ه", "ي"))) or f.startswith("لل")):
            return False  # a feminine noun's adjectives agree with it («العامة», «الليبية»), «للكهرباء» says whose
        seen += 1
        k += 1
    return False


def unnamed_plural_subject(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> bool:
    """True when one of the two words right after a verb is a noun in the nominative plural ـون that names
    no entity («ويدعو أربابها الضالون إلى …», «وهاجم المسلحون …»): the verb has a subject of its own there,
    so no party named before it did it (not the speaker of the quote it stands in)."""
    if h.trig.pos != "v":
        return False
    starts = {k for g in groups for k in range(g.first, g.last)}
    k = h.last
    for _ in range(2):
        k = next_word(toks, k, b)
        if not (h.last <= k < b) or k in starts:
            return False
        if _nominative_plural(toks[k].form):
            return True
        k += 1
    return False


def _nominative_plural(f: str) -> bool:
    """True when a word reads as a sound masculine plural in the nominative: a participle in ـون
    («المسلحون», «مسلحون», «المتظاهرون») or a definite «فاعلون» («الحاضرون», «الضالون»); not a singular
    whose stem ends in «ون» («التعاون», «القانون»)."""
    if len(f) < 6 or not f.endswith("ون") or f[-3] == "ا" or f.endswith("انون"):
        return False
    return f.startswith(("الم", "م")) or (f.startswith("ال") and f[3] == "ا")


# a party named after these, with «مع» («بالتنسيق مع X») or «من» («بمساندة من X», «بدعم من X»), acted with
# the subject of an armed deed: a co-doer, not whom the deed was done to (a bare «بدعم X» may be a deed
# itself: «متهمة بدعم تمرد الحوثيين»)
_WITH_ALLY = frozenset(norm(w) for w in ("بالتنسيق", "بالتعاون", "بالاشتراك", "وبالتنسيق", "وبالتعاون"))
_AIDED_BY = frozenset(norm(w) for w in (
    "بمشاركة", "بمساندة", "بدعم", "بإسناد", "وبمشاركة", "وبمساندة", "وبدعم", "وبإسناد", "بغطاء", "وبغطاء"))
# a party guarding the doers («اقتحم مستوطنون باحات الأقصى تحت حماية الشرطة الإسرائيلية», «بحراسة قوات
# الاحتلال») acted with them: a co-doer, not whom the deed was done to
_GUARDED = frozenset(norm(w) for w in ("بحماية", "وبحماية", "بحراسة", "وبحراسة"))
_GUARD = frozenset(norm(w) for w in ("حماية", "حراسة"))
_UNDER = frozenset(norm(w) for w in ("تحت", "وتحت", "وسط"))
# a party named after «بالتزامن مع» only acted at the same time: no party of the deed
_MEANWHILE = frozenset(norm(w) for w in ("بالتزامن", "وبالتزامن", "تزامنا", "تزامناً"))
_OTHER_PREPS = frozenset(norm(w) for w in ("على", "في", "إلى", "الى", "عن", "ضد", "بين"))
ARMED_TYPES = frozenset(("ASSAULT", "FIGHT", "COERCE", "MOBILIZE"))  # deeds done with allies
ALLY_REACH = 4  # words from the marker to the name («بالتزامن مع تحليق مكثف لطيران التحالف»)
_WITH = norm("مع")
_FROM = norm("من")


def ally_marker(toks: list[Tok], g: Group, groups: list[Group], lo: int) -> str:
    """How the words before party `g` (from token lo) tie it to the deed: "ally" after «بالتنسيق مع»,
    «بمساندة من», «بدعم من», «تحت حماية» (a co-doer), "meanwhile" after «بالتزامن مع» (no party), ""
    otherwise. Only a short noun phrase, no mark, preposition or other party, may stand between the marker
    and the name."""
    inside = {k for x in groups if x is not g for k in range(x.first, x.last)}
    for k in range(g.first - 1, max(lo, g.first - ALLY_REACH - 2) - 1, -1):
        t = toks[k]
        if not t.word or k in inside or t.form in _OTHER_PREPS:
            return ""
        if t.form in _GUARDED or (t.form in _GUARD and k > lo and toks[k - 1].form in _UNDER):
            return "ally"  # «تحت حماية الشرطة الإسرائيلية»: they guarded the doers
        if t.form in (_WITH, _FROM) and k > lo and toks[k - 1].word:
            before = toks[k - 1].form
            if t.form == _WITH and before in _WITH_ALLY:
                return "ally"
            if t.form == _FROM and before in _AIDED_BY:
                return "ally"
            if t.form == _WITH and before in _MEANWHILE:
                return "meanwhile"
            return ""
    return ""


def allies_out_of_target(toks: list[Tok], h: Hit, groups: list[Group], lo: int, source: list[str],
                         target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an armed deed with a co-doer named after «بالتنسيق مع», «بدعم من» moved from
    the targets to the sources («وشنت قوات الجيش بالتنسيق مع المقاومة الشعبية هجوما على الحوثيين»), and a
    party named after «بالتزامن مع» dropped («قصفت المقاومة مواقع الحوثيين بالتزامن مع تحليق لطيران
    التحالف»); a name another mention holds as a plain target stays."""
    if not source or h.trig.type not in ARMED_TYPES:
        return source, target  # («المتهمين بالاشتراك مع مسلحي داعش»: what a charge tells of)
    kinds = {id(g): ally_marker(toks, g, groups, lo) for g in groups if g.first >= lo and set(g.names) & set(target)}
    marked = [g for g in groups if kinds.get(id(g))]
    if not marked:
        return source, target
    plain = {n for g in groups if g not in marked for n in g.names}
    allies = [n for g in marked if kinds[id(g)] == "ally" for n in g.names if n not in plain]
    off = {n for g in marked for n in g.names if n not in plain}
    return list(dict.fromkeys([*source, *allies])), [n for n in target if n not in off]


# a party named after these speaks through the source («أعرب الملك باسمه واسم شعب وحكومة المملكة …»)
_ON_BEHALF = frozenset(norm(w) for w in ("باسم", "واسم", "وباسم", "باسمه", "باسمها", "نيابة", "بالنيابة", "ونيابة"))
BEHALF_REACH = 6  # words from «باسم» to the name («واسم شعب وحكومة المملكة العربية السعودية»)


def on_behalf(toks: list[Tok], g: Group, groups: list[Group], lo: int) -> bool:
    """True when party `g` follows «باسم», «واسم», «نيابة عن» within a short noun phrase («باسمه واسم شعب
    وحكومة المملكة»), no mark, preposition or other party between: the side the source speaks for."""
    inside = {k for x in groups if x is not g for k in range(x.first, x.last)}
    for k in range(g.first - 1, max(lo, g.first - BEHALF_REACH - 1) - 1, -1):
        t = toks[k]
        if not t.word or k in inside or (t.form in _OTHER_PREPS and t.form != norm("عن")):
            return False
        if t.form in _ON_BEHALF:
            return True
    return False


def behalf_to_source(toks: list[Tok], groups: list[Group], lo: int, source: list[str],
                     target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target with the side a source speaks for («باسمه واسم شعب وحكومة المملكة») moved from
    the targets to the sources; a name another mention holds as a plain target stays."""
    marked = [g for g in groups if g.first >= lo and set(g.names) & set(target) and on_behalf(toks, g, groups, lo)]
    if not marked:
        return source, target
    plain = {n for g in groups if g not in marked for n in g.names}
    side = [n for g in marked for n in g.names if n not in plain]
    return list(dict.fromkeys([*source, *side])), [n for n in target if n not in side]


def entity_token_set(toks: list[Tok], ents: list[Entity]) -> set[int]:
    """The indices of the tokens that lie inside an entity the entity layer found (sorted by start)."""
    starts = [e.start for e in ents]
    out: set[int] = set()
    for k, t in enumerate(toks):
        j = bisect.bisect_right(starts, t.start) - 1
        if j >= 0 and ents[j].start <= t.start < ents[j].end:
            out.add(k)
    return out


def unnamed_body_named_more(toks: list[Tok], i: int, head: str, covered: set[int], counts: dict[str, int]) -> bool:
    """True when, before the anaphor at token i («وقد طالبت الوزارة»), a body of its head word that no
    entity covers (`covered`: the entities' tokens) and none of the entities counted for it (`counts`:
    canonical → times named) names («وزارة الحج», ten times) is written more often than the most named
    of them («وزارة الصحة», once): the anaphor most likely stands for that body, so it is left unresolved
    rather than given the wrong one. A body written in a form the entity layer missed («دول مجلس
    التعاون») counts for its entity."""
    known = {w for c in counts for w in bare_words(c)}
    seen: dict[str, int] = {}
    for k in range(i):
        t = toks[k]
        if not t.word or k in covered or head not in t.reads or k + 1 >= i or not toks[k + 1].word:
            continue
        if not (t.form == head or (t.form[1:] == head and t.form[0] in "وبلف")):
            continue  # «الوزارة» itself, an anaphor, names no body
        name = toks[k + 1].form
        if bare_words(name) & known:
            continue
        seen[name] = seen.get(name, 0) + 1
    return bool(seen) and max(seen.values()) > max(counts.values())

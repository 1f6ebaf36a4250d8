"""The parties of cooperation that word order leaves out or gets wrong: whom aid or backing goes to, whose
effort a praise commends, and the side a cooperation is against.

- a praise or a thanks whose object is an effort, a role or a stance («أشاد بجهود X», «ونوه بدور X», «عن
  تقديره لجهود X», «أثنى على مواقف X») commends the owner named after the noun, past honorifics
  («بجهود صاحب السمو الملكي الأمير سلطان بن سلمان»): he is the target (`praised_owner`);
- aid or backing given «لـ» or «إلى» a party named past the aid noun's own words («لتقديم مساعدات أمنية
  واقتصادية لحكومة الوحدة الوطنية الليبية», «قدمت … مساعدات بقيمة 5 ملايين دولار للشعب اليمني») goes to
  that party; a body or people noun with a nisba or a name after it stands for that party («للشعب اليمني»
  → اليمن, «للاجئين السوريين» → سوريا), people «في» a place for the place's country («للنازحين في عدن» →
  اليمن), and aid handed out goes «على» such people too («وزع … سلالا غذائية على اللاجئين السوريين»)
  (`aid_recipient`);
- a party named after «ضد» or a noun of fighting («لمواجهة», «في الحرب على») inside what is backed, helped
  or agreed on is the side the cooperation is against, never its target («أعرب عن ارتياحه لتطورات
  العمليات ضد الحوثيين», «وافقت تركيا على التعاون مع الولايات المتحدة في حربها ضد داعش»)
  (`opposed_parties`);
- an actor standing between a praise verb and the effort noun it needs is the verb's subject (VSO), not its
  target («وثمن وزراء خارجية لجنة المبادرة جهود الأمير …») (`subject_before_need`);
- «يتفق» that says someone shares a view («ويتفق فلان مع ذات الرأي») tells no agreement (`no_accord`; a thing in
  line with a norm, «بما يتفق مع أعلى معايير الجودة», is `events_topic_frames.conformity`'s).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_country import place_country
from marsad.extract.events_lexicon import IN, ON, WITH, Words, forms
from marsad.extract.events_phrases import party_phrase
from marsad.extract.events_tokens import (
    CLAUSE_END,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    THAT,
    Tok,
    clause_words,
    has,
)
from marsad.extract.events_triggers import Hit
from marsad.model import Event

COOPERATION_TYPES = frozenset(("SUPPORT", "AID", "AGREE", "COOPERATE"))
_GIVEN_TYPES = frozenset(("SUPPORT", "AID"))

# what a praise commends of its owner («بجهود X», «بدور X», «بمواقف X»)
_EFFORT = forms(
    "جهود", "جهد", "مجهود", "مجهودات", "دور", "أدوار", "موقف", "مواقف", "وقفة", "وقفات", "حرص", "اهتمام",
    "عناية", "رعاية", "مساندة", "مبادرة", "مبادرات", "إسهام", "إسهامات", "قدرة", "كفاءة", "تضحيات",
    "عطاء", "استجابة", "تعاون", "دعم")
_PRAISE_PREPS = ("ب", "ل", "وب", "ول")
# honorifics and ranks that stand between an effort noun and its owner's name («بجهود صاحب السمو الملكي الأمير»)
_HONOR = forms(
    "صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامة", "جلالة", "سعادة", "سماحة", "فضيلة", "مقام", "دولة",
    "الأمير", "الملك", "الرئيس", "الشيخ", "الدكتور", "الأستاذ", "الفريق", "اللواء", "العميد", "السيد")
# the head of a body whose country or ruler is named after it («حكومة المملكة», «قيادة خادم الحرمين»)
_BODY_HEADS = forms("حكومة", "قيادة", "شعب", "دولة", "جمهورية", "مملكة", "سلطنة", "إمارة")
PRAISE_REACH = 4  # words between a praise's trigger and the preposition of what it commends
OWNER_PHRASE = 4  # words of an owner no entity names («حكومة خادم الحرمين الشريفين»)
RELATIVE_REACH = 6  # words of a relative clause on the praise's subject before what it commends

# the «لـ»/«إلى» party aid or backing goes to; the heads that stand for a party named after them
_TO = forms("إلى", "الى")
_NOT_TO = forms(
    "لكن", "لكنه", "لكنها", "لم", "لن", "لا", "لدى", "لقد", "ليس", "لعل", "لأن", "لذلك", "لذا", "لما", "لو",
    "لها", "له", "لهم", "لنا", "لكم", "لمدة", "لصالح", "لتعزيز", "لدعم", "لمساعدة", "لمواجهة", "لمكافحة")
_RECIPIENT_HEADS = forms(
    "شعب", "الشعب", "حكومة", "الحكومة", "لاجئين", "اللاجئين", "نازحين", "النازحين", "المتضررين", "الأشقاء",
    "أشقاء", "جيش", "الجيش", "قوات", "القوات", "سلطات", "السلطات", "أهالي", "سكان", "أسر", "الأسر", "شعوب",
    "الشعوب", "دولة", "الدولة", "جمهورية")
_STOP = forms("في", "من", "عن", "مع", "منذ", "خلال", "بعد", "قبل", "عقب", "إثر", "حيث", "فيما", "بينما", "كما",
              "أو", "ثم", "حتى", "بهدف", "بغية", "من أجل")
AID_REACH = 8  # words between the aid noun and the «لـ»/«إلى» of whom it goes to
HEAD_REACH = 3  # words between a recipient head («لحكومة») and the name or nisba that says whose it is
# aid handed out: its receivers stand after «على» («وزع المركز سلالا غذائية على اللاجئين السوريين»)
_SITES = forms("محافظة", "مدينة", "منطقة", "مخيم", "مخيمات", "ولاية", "إقليم", "مديرية", "قرية")
_HAND_OUT = forms("وزع", "يوزع", "توزيع", "بتوزيع", "وتوزيع", "لتوزيع")

# what a cooperation is against («ضد داعش», «لمواجهة الإرهاب», «في حربها على …»)
_AGAINST = forms("ضد", "لمواجهة", "مواجهة", "ومواجهة", "لمحاربة", "محاربة", "ومحاربة", "لقتال", "قتال", "التصدي",
                 "للتصدي", "والتصدي", "لمكافحة", "مكافحة", "ومكافحة", "لدحر", "دحر", "لهزيمة", "هزيمة")
_WAR = forms("الحرب", "حرب", "حربها", "حربه", "حربهم", "الحملة", "حملة", "حملتها")
AGAINST_REACH = 3  # words between «ضد» and the party it names


def _group_at(groups: list[Group], k: int) -> Group | None:
    return next((g for g in groups if g.first == k), None)


def _honor(t: Tok, W: Words) -> bool:
    return has(t, _HONOR) or has(t, W["honorific"])


def _owner(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The actor named at token k or after honorifics, titles and a body's head there («صاحب السمو الملكي الأمير
    سلطان», «حكومة المملكة»)."""
    for j in clause_words(toks, k, b, 5):
        g = _group_at(groups, j)
        if g is not None:
            return g if g.actor and g.binding not in ("loc", "skip") else None
        t = toks[j]
        if not (_honor(t, W) or has(t, W["title"]) or t.form in _BODY_HEADS):
            return None
    return None


def praised_owner(text: str, toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group],
                  W: Words) -> list[str]:
    """Whom a SUPPORT praise or thanks at `h` commends through an effort noun after «بـ», «لـ» or «على»
    («وأشاد بجهود المملكة», «عن تقديرها لجهود دول الخليج والأردن», «ونوه بجهود صاحب السمو الملكي الأمير …»):
    the actor after the noun and its honorifics, and one joined to it by «و», else the body or people no
    entity names there («بجهود حكومة المملكة», «بدور رجال الأمن»); [] when none."""
    if h.trig.type != "SUPPORT":
        return []
    ws = clause_words(toks, h.after, b, PRAISE_REACH + RELATIVE_REACH + 2)
    own = {j for g in groups if set(g.names) & set(source) for j in range(g.first, g.last)}
    seen = 0  # words of neither the subject nor a relative clause on it
    rel = -1  # where a relative clause on the subject opened («ونوه X الذي يزور المملكة حاليا بجهود …»)
    for i, k in enumerate(ws):
        t = toks[k]
        if k in own:
            rel = -1
            continue
        if t.form in RELATIVE_PRONOUNS and (k - 1 in own or (i and ws[i - 1] in own)):
            rel = i
            continue
        noun = None
        if t.form in ON and i + 1 < len(ws):
            noun = ws[i + 1]  # «أثنى على دور …»
            if not has(toks[noun], _EFFORT) or toks[noun].form.startswith("ال"):
                return []
        elif any(t.form.startswith(p) and t.form[len(p):] in _EFFORT for p in _PRAISE_PREPS):
            noun = k
        elif any(t.form.startswith(p) and t.form[len(p):] in _HONOR for p in _PRAISE_PREPS):
            noun = k  # «عن شكره لمعالي وزير التعليم», «لسمو أمير منطقة جازان»: the honorific opens the party
        elif rel >= 0:
            if i - rel > RELATIVE_REACH:
                return []
            continue
        elif _group_at(groups, k) is not None or t.form.startswith(("ب", "ل")) or seen >= PRAISE_REACH:
            return []  # the praise names its object another way: the general rules read it
        if noun is None:
            seen += 1
            continue
        g = _owner(toks, noun + 1, b, groups, W)
        if g is None:
            return _owner_phrase(text, toks, noun + 1, b, groups, W)
        names = [n for n in g.names if n not in source]
        after = _group_at(groups, g.last)
        if after is not None and after.actor and after.glued.startswith("و") and after.binding not in ("loc", "skip"):
            names += [n for n in after.names if n not in source and n not in names]  # «… دول الخليج والأردن»
        return names
    return []


def _owner_phrase(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> list[str]:
    """A body, a title or people no entity names right at token k (past honorifics), up to a preposition, a
    clitic-glued word, a relative, a mark or a named entity, or with the place that ends a title («حكومة المملكة
    في …», «رجال الأمن الذين …», «لسمو أمير منطقة جازان»): [its text] when its head
    can name a party (`party_phrase`) and a word tells whose it is (not a bare «الدولة»), else []."""
    ws: list[int] = []
    for j in clause_words(toks, k, b, OWNER_PHRASE + 3):
        f = toks[j].form
        if not ws and _honor(toks[j], W):
            continue  # «لسمو أمير منطقة جازان»: the title after the honorific names him
        g = next((g for g in groups if g.first <= j < g.last), None)
        if g is not None:
            if ws and g.first == j and g.is_loc and not g.glued and not toks[ws[-1]].form.startswith("ال"):
                ws.append(g.last - 1)  # «أمير منطقة جازان»: the place ends the title
                break
            return []  # «بجهود دول الخليج»: a name the phrase would cut
        if len(ws) >= OWNER_PHRASE:
            break
        if f in W["prep_any"] or f in W["np_stop"] or f in RELATIVE_PRONOUNS or len(f) < 2 \
                or (f[:1] in ("ب", "ل") and not f.startswith("ال")) or (ws and f[:1] in ("و", "ف")) \
                or toks[j - 1].form in QUOTE_MARKS:  # (a first «و» is the word's own: «وزير التعليم»)
            break
        ws.append(j)
    if len(ws) < 2 or toks[ws[0]].form[0].isdigit() or not party_phrase([toks[j].form for j in ws], W):
        return []
    return [text[toks[ws[0]].start:toks[ws[-1]].end]]


def _head_owner(toks: list[Tok], k: int, b: int, groups: list[Group]) -> list[str]:
    """The name or nisba within `HEAD_REACH` words from token k that says whose a recipient head is («الشعب
    اليمني», «اللاجئين السوريين»: a place's nisba right after the head counts though no actor), or the country
    of the place «في» right after it names («للنازحين في عدن» → اليمن); [] when a preposition or a relative
    comes first."""
    for j in clause_words(toks, k, b, HEAD_REACH):
        at = j + 2 if j + 2 < b and toks[j + 1].form in _SITES else j + 1  # «في محافظة تعز»
        if j == k and toks[j].form in IN and (g := _group_at(groups, at)) is not None and g.is_loc:
            country = place_country(g.place or g.names[0]) if g.names else None  # «للنازحين في عدن» → اليمن
            return [country] if country else []
        if toks[j].form in _STOP or toks[j].form in RELATIVE_PRONOUNS or toks[j].form[:1] in ("ب", "ل"):
            return []
        g = _group_at(groups, j)
        if g is not None:
            named = g.actor or (g.is_loc and g.first == k)
            return list(g.names) if named and not g.glued and g.binding not in ("skip",) else []
    return []


def _recipient_at(toks: list[Tok], k: int, b: int, groups: list[Group], on: bool = False) -> list[str] | None:
    """The party a «لـ» or «إلى» at token k gives to: the actor it opens («لمصر», «إلى اليمن»), or the name or
    nisba after a body or people head it opens («للشعب اليمني», «لحكومة الوحدة الوطنية الليبية»); with `on`
    (aid handed out), a «على» before such a head too («على اللاجئين السوريين»); [] when it opens none of these,
    None when token k is no such preposition."""
    t = toks[k]
    if on and t.form in ON and k + 1 < b and toks[k + 1].form in _RECIPIENT_HEADS:
        return _head_owner(toks, k + 2, b, groups)
    if t.form in _TO:
        g = _group_at(groups, k + 1)
        return list(g.names) if g is not None and g.actor and not g.glued and g.binding not in ("skip",) else []
    bare = t.form[1:] if t.form[:1] in ("و", "ف") else t.form
    if not bare.startswith("ل") or bare.startswith("ال") or len(bare) < 3 or t.form in _NOT_TO or bare in _NOT_TO:
        return None
    g = _group_at(groups, k)
    if g is not None:
        return list(g.names) if g.actor and g.binding not in ("loc", "skip") else []
    # «للشعب» → «الشعب»; «للاجئين» (ل + اللاجئين, one lam written) → «لاجئين»
    heads = {"ال" + bare[2:], bare[1:]} if bare.startswith("لل") else {bare[1:]}
    if not heads & _RECIPIENT_HEADS:
        return []
    return _head_owner(toks, k + 1, b, groups)


def aid_recipient(toks: list[Tok], h: Hit, b: int, source: list[str], groups: list[Group]) -> list[str]:
    """Whom aid or backing at `h` goes to, named after «لـ» or «إلى» past the aid noun's own words (its
    adjectives, its amount: «مساعدات إنسانية بقيمة 5 ملايين دولار للشعب اليمني»), in its clause and before
    any preposition, relative or «أن» that starts another phrase; [] when none."""
    if h.trig.type not in _GIVEN_TYPES:
        return []
    on = h.trig.type == "AID" and has(toks[h.first], _HAND_OUT)
    for k in clause_words(toks, h.after, b, AID_REACH):
        t = toks[k]
        if t.form in RELATIVE_PRONOUNS or t.form in THAT or t.form in _STOP:
            return []
        got = _recipient_at(toks, k, b, groups, on)
        if got is None:
            continue
        return [n for n in got if n not in source]
    return []


def opposed_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of a cooperation's target that stand after «ضد», «لمواجهة» or a war noun and «على» («في
    حربها على داعش») after the trigger: the side it is against, not whom it helps or joins."""
    if ev.type not in COOPERATION_TYPES or not ev.target:
        return set()
    out: set[str] = set()
    for g in groups:
        if g.first < h.last or g.first >= b or not set(g.names) & set(ev.target):
            continue
        before = [k for k in range(max(h.last, g.first - 2 * AGAINST_REACH), g.first) if toks[k].word]
        before = before[-AGAINST_REACH:]
        if any(toks[k].form in CLAUSE_END for k in range(before[0] if before else g.first, g.first)):
            continue
        if any(has(toks[k], _AGAINST) for k in before) or (
                len(before) >= 2 and toks[before[-1]].form in ON and has(toks[before[-2]], _WAR)):
            out |= set(g.names)
    return out


# «بما يتفق مع …»: in line with; «يتفق مع ذات الرأي»: shares a view
_ACCORD_VERBS = forms("اتفق", "يتفق", "تتفق", "يتوافق", "تتوافق", "توافق", "اتفقت", "اتفقوا", "يتفقون")
_VIEW = forms("الرأي", "رأي", "رأيه", "الرأى", "وجهة", "ما", "ذلك", "هذا", "هذه", "كلام", "حديث", "طرح", "المعايير",
              "معايير", "أعلى", "أفضل", "الأنظمة", "الشريعة", "أحكام", "مبادئ", "تطلعات", "توجهات", "مقتضيات")
_SAME = forms("ذات", "نفس", "هذا", "هذه")
VIEW_REACH = 4  # words between «يتفق» and its «مع»
VSO_REACH = 10  # words between a praise verb and the effort noun it needs


def no_accord(toks: list[Tok], h: Hit) -> bool:
    """True when an AGREE verb of agreeing only says that someone shares a view («يتفق مع ذات الرأي …»); a
    thing in line with a norm («بما يتفق مع …») is `events_topic_frames.conformity`'s."""
    if h.trig.type != "AGREE" or h.trig.pos == "n" or not has(toks[h.first], _ACCORD_VERBS):
        return False
    ws = clause_words(toks, h.last, len(toks), VIEW_REACH + 2)
    i = next((i for i, k in enumerate(ws[:VIEW_REACH]) if toks[k].form in WITH), None)
    if i is None or i + 1 >= len(ws):
        return False  # («ويتفق سالم مع ذات الرأي»: the subject may stand before «مع»)
    w = toks[ws[i + 1]]
    return w.form in _VIEW or (w.form in _SAME and i + 2 < len(ws) and has(toks[ws[i + 2]], _VIEW))


def subject_before_need(toks: list[Tok], h: Hit, b: int, ev: Event,
                        groups: list[Group]) -> tuple[list[str], list[str]] | None:
    """Source and target of a praise verb whose needed noun comes after an actor the rules took for its target
    («وثمن وزراء خارجية لجنة المبادرة جهود الأمير …»): an actor between the verb and the noun it needs is its
    subject (VSO), and the one the rules took from before the verb is none; None when no such actor stands."""
    if ev.type not in _GIVEN_TYPES or h.trig.pos != "v" or not h.used or not ev.target:
        return None
    named = {k for g in groups for k in range(g.first, g.last)}
    need = next((k for k in clause_words(toks, h.last, b, VSO_REACH) if k not in named
                 and has(toks[k], _EFFORT)), None)  # (not «مبادرة» of «لجنة مبادرة السلام»: a name's word)
    if need is None or any(toks[k].form in RELATIVE_PRONOUNS for k in range(h.last, need)):
        return None
    between = [g for g in groups if h.last <= g.first and g.last <= need and g.actor and not g.is_loc
               and not g.glued and set(g.names) & set(ev.target)]
    if len(between) != 1 or set(between[0].names) & set(ev.source):
        return None
    if any(_to_someone(toks[k]) for k in range(h.last, between[0].first)):
        return None  # «قدم شكره للدكتور خالد …», «لوزير الصحة المهندس …»: the one thanked, after «لـ»
    doer = list(between[0].names)
    return doer, [n for n in ev.target if n not in doer]


def _to_someone(t: Tok) -> bool:
    """A word with «لـ» on a title or an honorific («للدكتور», «لوزير», «لمعالي»): the party it addresses."""
    f = t.form
    return t.word and f.startswith("ل") and (f.startswith("لل") or has(Tok(t.start, t.end, f[1:], True), _HONOR)
                                             or f[1:] in _TITLES)


_TITLES = forms("وزير", "وزيرة", "أمير", "رئيس", "محافظ", "مدير", "سفير", "نائب", "أمين", "قائد", "عميد", "وكيل")

"""The sides of armed conflict: who lost a seizure, and attacks that were fought back.

- a seizure (COERCE, mode seize) with a doer and no loser takes as its target the armed party its sentence
  names as the other side: after «بينها وبين» («سيطرت المقاومة على المدينة عقب اشتباكات بينها وبين
  الحوثيين»), after a battle noun and «مع»/«ضد» («بعد معارك عنيفة مع مليشيات الحوثي»), as the holder of
  the posts seized («السيطرة على مواقع المتمردين», «مواقع لقوات النظام»), after «من/تحت سيطرة»,
  «قبضة», «أيدي» («استعادة البلدة من سيطرة داعش»), as the one a place is held by («البلدات الخاضعة
  لجماعة الشباب»), or as the maker of counter-attacks («هجمات مضادة
  من قوات النظام»); a storming or a raid of posts («اقتحام مواقع الحوثيين») takes their holder the same way;
  not «طرد X»: the side driven out is named right after the verb;
- an attack by a named party whose sentence goes on to tell the other side fighting back (clashes «بينها
  وبين» its defenders, «واشتبكت مع …», counter-attacks, an exchange of fire) is a fight between armed
  parties (FIGHT), not one-sided violence; never one made from afar (strikes, shells) nor a killing, nor
  one whose other side are civilians («اندلعت مواجهات بينها وبين الشبان»), nor one on a civilian site
  («هاجموا فندقا … وتبادلوا إطلاق النار مع قوات») or on the police (one-sided in the gold); with no target
  read, that other side is its target;
- a battle noun told «بينها وبين X» («عقب اشتباكات بينها وبين الحوثيين») is fought by the party named last
  before it (the one the pronoun stands for) against X;
- a battle noun whose other side follows «مع»/«ضد» only after a place or a time («في مواجهات بمناطق متفرقة
  من مدينة تعز مع قوات المقاومة», «عقب اشتباكات قوية دارت خلال الساعات الماضية مع ميليشيات الحوثي») is
  fought against that side (`far_foe`), when no clause mark stands between.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

SEIZE = "seize"
_EXPEL = forms("طرد", "يطرد", "تطرد", "طردت", "طردوا", "دحر", "يدحر")  # verbs whose object is the side driven out
_BETWEEN_IT = forms("بينها", "بينه", "بينهم", "بينهما", "بينهن")  # «بينها وبين X»: it and X
_AND_BETWEEN = forms("وبين")
_WITH = forms("مع", "ضد")
_FROM = forms("من", "تحت")
_HOLD = forms("سيطرة", "قبضة", "أيدي", "ايدي", "براثن")  # «من سيطرة X», «تحت قبضة X»
_COUNTER = forms("مضادة", "المضادة", "مضاد", "المضاد")  # «هجمات مضادة من X»
# held by a side: «البلدات الخاضعة لجماعة الشباب», «المناطق الخاضعة لتنظيم داعش»
_SUBJECT_TO = forms("الخاضعة", "الخاضع", "خاضعة", "خاضع", "الخاضعتين", "الخاضعين")
_BY = forms("من", "لـ")
_POSTS = forms("مواقع", "موقع", "المواقع", "مقرات", "مقر", "مقرا", "موقعا", "معاقل", "معقل", "مراكز", "نقاط", "حواجز",
               "معسكر", "معسكرات", "ثكنات", "تحصينات", "تمركزات")
_CLASH_VERB = forms("اشتبك", "اشتبكت", "اشتبكوا", "واشتبك", "واشتبكت", "واشتبكوا", "فاشتبك", "فاشتبكت",
                    "فاشتبكوا", "يشتبك", "تشتبك", "يشتبكون")
_EXCHANGE = forms("تبادل", "وتبادل", "تبادلت", "وتبادلت", "وتبادلوا", "تبادلوا", "تبادلا", "وتبادلا")
_FIRE = forms("إطلاق", "اطلاق", "النار", "النيران")
# the other side of a clash that is no armed party («بينها وبين السكان»)
_UNARMED = forms("السكان", "سكان", "الشبان", "شبان", "الشباب", "المواطنين", "مواطنين", "الأهالي", "أهالي",
                 "المحتجين", "محتجين", "المتظاهرين", "متظاهرين", "السجناء", "المصلين", "المدنيين", "مدنيين",
                 "الطلاب", "طلاب", "عدد", "الفلسطينيين", "فلسطينيين", "المستوطنين", "الحجارة")
# civilian sites whose attack stays one-sided though its doers then clash with troops («هاجموا فندقا»)
_CIVIL_SITES = forms("فندق", "فندقا", "الفندق", "مسجد", "مسجدا", "المسجد", "جامع", "كنيسة", "الكنيسة", "مدرسة",
                     "المدرسة", "مستشفى", "المستشفى", "سوق", "السوق", "منزل", "منزلا", "المنزل", "منازل", "حافلة",
                     "الحافلة", "مطعم", "المطعم", "قرية", "القرية", "مخيم", "المخيم", "سفارة", "السفارة")
# police and security posts: an insurgents' attack on them is one-sided (ASSAULT) in the gold, as in
# `events_object_types`, even when the police fire back
_POLICE = forms("الشرطة", "شرطة", "الأمن", "أمن", "الأمنية", "أمنية", "مفوضية", "مخفر", "المخفر", "شرطي", "شرطيين")
_ATTACK = forms("هاجم", "يهاجم", "هاجمت", "هاجموا", "تهاجم", "يهاجمون", "وهاجم", "وهاجمت", "وهاجموا",
                "هجوم", "هجوما", "هجمة", "هجمات", "الهجوم", "الهجمات", "هجومها", "هجومه", "هجماتها", "هجماته",
                "بهجوم", "بهجمات", "وهجمات", "وهجوم")
_AFAR = forms("غارة", "غارات", "الغارة", "الغارات", "قصف", "القصف", "بقصف", "ضربات", "ضربة", "طيران", "الطيران",
              "طائرات", "الطائرات", "مقاتلات", "المقاتلات", "مروحيات", "صاروخ", "صواريخ", "بالصواريخ", "قذائف",
              "بقذائف", "مدفعية", "المدفعية", "جوية", "الجوية", "تفجير", "انتحاري", "مفخخة", "ناسفة", "عبوة")
SIDE_GAP = 2  # words a side's name may stand after its cue («مع مليشيات الحوثي», «بعد معارك عنيفة مع»)
POST_REACH = 6  # words after a seizure in which the posts seized stand («السيطرة على عدد من مواقع X»)
AFAR_REACH = 6  # words each side of an attack in which strikes or shells make it one from afar


def _side_starts(toks: list[Tok], a: int, b: int, lo: int, battle: frozenset[str]) -> list[int]:
    """Token indices, in tokens a..b, where the other side of a fight is named: after «بينها وبين», after a
    battle noun and «مع/ضد», after «من/تحت سيطرة» or «الخاضعة لـ», after «مضادة من»; only cues at or after token lo."""
    out: list[int] = []
    for k in range(max(a, lo), b - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.form in _BETWEEN_IT and nxt.form in _AND_BETWEEN:
            out.append(k + 2)
        elif has(t, battle):
            w = next((j for j in range(k + 1, min(b, k + 1 + SIDE_GAP)) if toks[j].form in _WITH), None)
            if w is not None:
                out.append(w + 1)
        elif (has(t, _HOLD) and k > a and (toks[k - 1].form in _FROM or t.form.startswith("ل"))) \
                or (t.form in _SUBJECT_TO and nxt.form.startswith("ل")):
            out.append(k + 1)
        elif t.form in _COUNTER and nxt.form in _BY:
            out.append(k + 2)
    return out


def _armed_side(toks: list[Tok], groups: list[Group], start: int, taken: list[str]) -> list[str]:
    """The names of the actor named at token `start` (or a word or two on), not a place nor a person alone
    nor a party already taken, with those joined to it by «و» («الحوثيين والقوات الموالية لصالح»); none
    when no such actor stands there."""
    side = next((g for g in groups if start <= g.first <= start + SIDE_GAP and _party(g)
                 and any(n not in taken for n in g.names)), None)
    if side is None:
        return []
    names = list(side.names)
    while True:
        joined = next((g for g in groups if g.first in (side.last, side.last + 1) and _party(g)
                       and (toks[g.first].form.startswith("و") or toks[side.last].form == "و")), None)
        if joined is None or joined is side:
            break
        names += joined.names
        side = joined
    return [n for n in dict.fromkeys(names) if n not in taken]


def _party(g: Group) -> bool:
    """True when a group may be a side of a fight: an actor, not a place nor one person alone."""
    return g.actor and not g.is_loc and g.binding != "loc" and not g.person


def _post_holder(toks: list[Tok], lo: int, hi: int, groups: list[Group], taken: list[str]) -> list[str]:
    """The armed party whose posts are named in tokens lo..hi («السيطرة على مواقع المتمردين الحوثيين», «مواقع
    لقوات النظام», «هاجمت X مقرا للفرقة 30»), with those joined to it by «و», stopping at a clause mark."""
    for k in range(lo, hi):
        if not toks[k].word:
            break
        if toks[k].form in _POSTS or has(toks[k], _POSTS):
            side = next((g for g in groups if k < g.first <= k + SIDE_GAP and all(t.word for t in toks[k + 1:g.first])
                         and _party(g)), None)
            if side is not None:
                return _armed_side(toks, groups, side.first, taken)
    return []


def seizure_loser(toks: list[Tok], h: Hit, a: int, b: int, groups: list[Group], source: list[str],
                  target: list[str], W: Words) -> list[str]:
    """The target of a seizure, or of a storming or a raid of posts, with a doer and none read: the armed side
    whose posts were taken («اقتحام مواقع الحوثيين»), or for a seizure the other side its sentence names
    (module docstring); else `target`."""
    if h.trig.type != "COERCE" or h.trig.mode not in (SEIZE, None) or not source or target:
        return target
    if any(norm(w) in _EXPEL for w in h.trig.words[:1]):
        return target  # «طرد الحوثي من …»: the one expelled is named right after the verb
    end = max([h.last, *(u + 1 for u in h.used)])  # past the words the trigger took («استعادت … السيطرة»)
    holder = _post_holder(toks, end, min(b, end + POST_REACH), groups, source)
    if holder or h.trig.mode != SEIZE:
        return holder or target
    for start in _side_starts(toks, a, b, a, W["battle"]):
        side = _armed_side(toks, groups, start, source)
        if side:
            return side
    return target


def _fought_back_at(words: list[Tok], at: int, battle: frozenset[str]) -> int | None:
    """Index in `words` of the first word naming the other side of a fight told after the attack at `at`
    (after «بينها وبين», «واشتبكت مع», «هجمات مضادة من», «وتبادل … إطلاق النار»); None when no fighting back is
    told."""
    for k in range(at + 1, len(words) - 1):
        t, nxt = words[k], words[k + 1]
        if t.form in _BETWEEN_IT and nxt.form in _AND_BETWEEN and any(has(x, battle) for x in words[max(0, k - 3):k]):
            return k + 2
        if t.form in _CLASH_VERB and nxt.form in _WITH:
            return k + 2
        if t.form in _COUNTER and any(x.form in _ATTACK for x in words[max(0, k - 2):k]):
            return k + 2 if nxt.form in _BY else k + 1
        if t.form in _EXCHANGE and any(x.form in _FIRE for x in words[k + 1:k + 4]):
            return k + 1
    return None


def _from_afar(words: list[Tok], at: int) -> bool:
    """True when strikes, shells, aircraft or a bomb are named near the attack: one-sided force from afar."""
    near = words[max(0, at - AFAR_REACH):at + AFAR_REACH + 1]
    return any(t.form in _AFAR or has(t, _AFAR) for t in near)


def fought_back(words: list[Tok], at: int, ev: Event, W: Words) -> bool:
    """True when an ASSAULT by a named party is an attack its sentence tells the other side fought back
    (module docstring): a FIGHT."""
    if ev.type != "ASSAULT" or not ev.source or ev.mode is not None:
        return False
    span = range(at, min(len(words), at + len(ev.trigger.split())))
    hit = next((k for k in span if words[k].form in _ATTACK), None)
    if hit is None or _from_afar(words, hit):
        return False
    side = _fought_back_at(words, hit, W["battle"])
    if side is None or side >= len(words):
        return False
    if any(t.form in _CIVIL_SITES or has(t, _CIVIL_SITES) for t in words[hit + 1:side]):
        return False  # «هاجموا فندقا … وتبادلوا إطلاق النار مع قوات»: the attack on the hotel stays one-sided
    if any(t.form in _POLICE or has(t, _POLICE) for t in words[hit + 1:side + 2]):
        return False  # «الهجوم على مركز الشرطة … تبادل إطلاق النار مع الشرطة»: told as one-sided in the gold
    return not any(t.form in _UNARMED for t in words[side:side + 2])


def attacked_side(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str], target: list[str],
                  W: Words) -> list[str]:
    """The target of an attack with a doer and none read, fought back by a side its sentence names («بعد
    سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام»): that side; else `target`."""
    if h.trig.type != "ASSAULT" or h.trig.mode is not None or not source or target:
        return target
    if toks[h.first].form not in _ATTACK or _from_afar(toks[:b], h.first):
        return target
    start = _fought_back_at(toks[:b], h.first, W["battle"])
    if start is None or any(t.form in _UNARMED for t in toks[start:start + 2]):
        return target
    if any(t.form in _CIVIL_SITES or has(t, _CIVIL_SITES) for t in toks[h.first + 1:start]):
        return target
    reach = min(b, h.last + POST_REACH + SIDE_GAP)  # past a subject after the verb («وهاجمت X الجمعة مقرا لـ»)
    return _post_holder(toks, h.last, reach, groups, source) or _armed_side(toks, groups, start, source) or target


BETWEEN_REACH = 3  # words after a battle noun in which «بينها وبين» stands («اشتباكات عنيفة دارت بينها وبين»)


def fight_between_it(toks: list[Tok], h: Hit, a: int, b: int, groups: list[Group], source: list[str],
                     target: list[str]) -> tuple[list[str], list[str]]:
    """Sides of a battle noun told «بينها وبين X» («سيطرت المقاومة على المدينة عقب اشتباكات بينها وبين
    الحوثيين»): the party named last before the noun (the one the pronoun stands for) and X with those joined
    to it; else `source` and `target`."""
    if h.trig.type != "FIGHT" or h.trig.pos != "n":
        return source, target
    k = next((k for k in range(h.last, min(b - 1, h.last + BETWEEN_REACH))
              if toks[k].form in _BETWEEN_IT and toks[k + 1].form in _AND_BETWEEN), None)
    if k is None or not all(t.word for t in toks[h.last:k]):
        return source, target
    other = _armed_side(toks, groups, k + 2, [])
    it = next((g for g in reversed(groups) if a <= g.first and g.last <= h.first and _party(g)
               and not set(g.names) & set(other)), None)
    if not other or it is None:
        return source, target
    return list(it.names), other


FOE_REACH = 12  # words after a battle noun in which «مع X» may stand past places and times


def far_foe(toks: list[Tok], h: Hit, groups: list[Group], hi: int, taken: list[str]) -> list[str]:
    """The other side of a battle noun named after «مع»/«ضد» past the place or time told after it (module
    docstring), within `FOE_REACH` words and before token `hi`, with no clause mark between, and those joined
    to it by «و»; none otherwise, or when the side is one of `taken`."""
    if h.trig.type != "FIGHT" or h.trig.pos != "n":
        return []
    end = min(hi, h.last + FOE_REACH)
    for k in range(h.last, end - 1):
        if toks[k].form in CLAUSE_END or toks[k].form in SENT_END:
            return []
        if toks[k].form in _WITH:  # the first «مع» only: «مع تنامي الفراغ» names no side
            return _armed_side(toks, groups, k + 1, taken)
    return []

"""Who arrested whom where an arrest is told in the passive, by a noun, or with a place beside the arrested.

- a police command the entity layer leaves unnamed, right after a verb of managing or the deed's verb («وتمكنت
  شرطة منطقة الرياض من القبض على …»), made the arrest or the seizure: the command and its place's country
  (`police_command`);
- a verb of pushing with the arrest's verbal noun after «إلى» names the one it pushed as the arrester
  («… ما دفع الشرطة الكينية إلى القبض على عشرة من السكان»: the police arrested, not the killers before);
- an unvowelled arrest verb after its patient and a relative pronoun or «كان» («خالد الذي كان قد اعتقل في
  باكستان», «وكان خالد اعتقل ثلاث سنوات في سجن طرة»), with no object after it, is a passive: the one named
  before it was arrested, and no one named before it arrested him (`passive_patient_before`); so was the one
  named before an unvowelled «حكم عليه بالسجن» sentenced (`sentenced_passive`);
- a place reached after «إلى» or «نحو» in an arrest's sentence («قبل إقلاع طائرتهم من نيروبي إلى جزيرة كريت
  اليونانية») is where the arrested were going, not whom the arrest took; a nisba right after it goes with it;
- an arrest noun governed by «بعد … من», «إثر» … in a sentence that tells a release («أعلنت السلطات الفرنسية
  إخلاء سبيل X بعد يومين من احتجازه») was done by the one who releases: the releaser held him;
- the one a pronoun on an arrest noun stands for («قامت الشرطة باعتقالها», «حتى اعتقاله») is the person named
  nearest before it in its sentence, not a place or a country named by a nisba (`held_possessor`);
- the people a number counts after an arrest verb and a pronoun for the operation («بعملية شملت 13 ولاية
  اعتقل فيها نحو 300 مشتبه») were arrested;
- so were the people a number counts after an arrest verb, its subject and the place it acts in («واعتقلت الشرطة
  بمحافظة الجيزة ثلاثة متهمين») (`counted_past_place`);
- the people an arrest verb's object pronoun stands for are those a number counts nearest before it («إطلاق 24 من
  السودانيين العاملين في التعدين، تحتجزهم السلطات المصرية») (`pronoun_held`);
- a verb of using or firing a means of force with «لتفريق» after it («واستخدم الأمن القنابل المسيلة للدموع لتفريق
  المتظاهرين») is riot control: the bare security body right after the verb did it, to the crowd it broke up
  (`dispersed_crowd`);
- the members a pronoun on «أفراد», «عناصر», «أعضاء» stands for after an arrest («القبض على أفرادها») belong
  to the organisation named before it in the sentence («شبكة تنظيم داعش التي … القبض على أفرادها»): it is
  the arrest's target.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_counted_members import counted_members, counted_taken
from marsad.extract.events_country import place_country
from marsad.extract.events_lexicon import DAY_TIMES, Words, forms, norm
from marsad.extract.events_phrases import counted_end
from marsad.extract.events_reported_passives import police_phrase
from marsad.extract.events_tokens import CLAUSE_END, PRONOUN_SUFFIXES, RELATIVE_PRONOUNS, SENT_END, Tok, has, next_word
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# verbs that push or drive someone to a deed: the one pushed («دفع الشرطة إلى القبض») does it
_PUSH = forms("دفع", "دفعت", "يدفع", "تدفع", "ودفع", "ودفعت", "اضطر", "اضطرت", "يضطر", "تضطر", "واضطر",
              "واضطرت")
_TO = forms("إلى", "الى")
PUSH_REACH = 6  # words between the verb of pushing and «إلى» (the one pushed, with its nisba)

# «كان» and «قد» between a passive verb and its patient («الذي كان قد اعتقل»)
_WAS = forms("كان", "كانت", "وكان", "وكانت", "فكان")
_QAD = forms("قد", "وقد")
_RELATIVE = RELATIVE_PRONOUNS
# what may follow a passive verb with no object: time words, «منذ», a span of time («ثلاث سنوات»)
_TIME = DAY_TIMES | forms("أيضا", "آنذاك", "منذ", "عام", "العام", "سنة", "حينها", "لاحقا", "مؤخرا")
_SPAN_UNITS = forms("سنوات", "سنة", "سنتين", "عاما", "أعوام", "عامين", "أشهر", "شهرا", "شهرين", "أيام", "يوما",
                    "يومين", "أسابيع", "أسبوعا", "أسبوعين", "ساعات", "ساعة", "ساعتين")
_NUMBER_WORDS = forms("ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني",
                      "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "بضع", "بضعة", "عدة")
# words that open what is no object after a verb: prepositions and the like («في», «بتهمة», «على خلفية»)
_NO_OBJECT = forms("في", "بتهمة", "بتهم", "على", "عقب", "إثر", "بعد", "قبل", "خلال", "أثناء", "لمدة", "حتى",
                   "بسبب", "بموجب", "لدى", "عند", "من", "مع", "إلى", "بين", "لأنه", "لانه", "لكنه", "ثم", "و",
                   "بناء", "وفق", "بحسب", "حسب")

# a place the arrested were bound for («إلى جزيرة كريت»)
_BOUND = forms("إلى", "الى", "نحو", "باتجاه")

# words that govern the arrest noun as a time before another deed («بعد يومين من احتجازه»)
_AFTER = forms("بعد", "إثر", "اثر", "عقب", "منذ")
RELEASE_REACH = 6  # words between «بعد» and the arrest noun («بعد يومين من احتجازه»)
# words of a release's trigger («إخلاء سبيل», «الإفراج عن»), besides the table's `senses_release`
_RELEASE = forms("إخلاء", "سبيل", "سراح", "سراحه", "الإفراج", "بالإفراج", "أفرجت", "أفرج", "أطلقت")

# members of a body, with a pronoun for it («القبض على أفرادها», «اعتقال عناصرها»)
_PLURAL_SUFFIXES = ("هم", "هن", "هما")  # (folded; a plural pronoun stands for many)
_MEMBERS = forms("أفرادها", "أفراده", "عناصرها", "عناصره", "أعضائها", "أعضائه", "أعضاءها", "أعضاءه")


def _words(toks: list[Tok], lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if toks[k].word]


def _arrest(h: Hit) -> bool:
    return h.trig.type == "COERCE" and h.trig.mode == "arrest"


def pushed_arrester(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> list[str]:
    """The party a verb of pushing drove to the arrest its verbal noun after «إلى» tells («ما دفع الشرطة
    الكينية إلى القبض على …»): the actor between the verb and «إلى»; [] when no such construction."""
    if h.trig.pos != "n":
        return []
    ws = _words(toks, a, h.first)
    if not ws or toks[ws[-1]].form not in _TO:
        return []
    to = ws[-1]
    push = next((k for k in reversed(ws[:-1][-PUSH_REACH:]) if toks[k].form in _PUSH), None)
    if push is None:
        return []
    mid = [g for g in groups if push < g.first and g.last <= to and g.actor and not (g.is_loc and not g.force)]
    if not mid:
        return []
    return list(mid[0].names)


def _no_object_after(toks: list[Tok], k: int, b: int, groups: list[Group]) -> bool:
    """True when, past time words and a span of time, what follows token k names no object: a preposition,
    a clause mark or the sentence's end («اعتقل ثلاث سنوات في سجن طرة», «اعتقل في 1985»)."""
    ws = _words(toks, k, b)
    i = 0
    while i < len(ws):
        f = toks[ws[i]].form
        if f in _TIME or f.isdigit():
            i += 1
            continue
        if (f in _NUMBER_WORDS or f.isdigit()) and i + 1 < len(ws) and toks[ws[i + 1]].form in _SPAN_UNITS:
            i += 2
            continue
        break
    if i == len(ws):
        return True
    nxt = ws[i]
    if any(g.first == nxt for g in groups):
        return False
    between = [toks[j] for j in range(ws[i - 1] + 1 if i else k, nxt)]
    if any(t.form in CLAUSE_END or t.form in SENT_END for t in between):
        return True
    f = toks[nxt].form
    return f in _NO_OBJECT or f.startswith(("بتهم", "بسبب"))


def passive_patient_before(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group]) -> Group | bool:
    """The patient of an unvowelled arrest verb told after it and a relative pronoun or «كان» («خالد الذي كان قد
    اعتقل في باكستان», «وكان خالد اعتقل ثلاث سنوات في …», «ونواز كان اعتقل …»), with no object after the
    verb: the group named before, which was arrested; True when the verb is such a passive after a relative
    pronoun but no group names its patient («الجاسوس الإسرائيلي الذي اعتقل في 1985»); False otherwise."""
    if not _arrest(h) or h.trig.pos != "v" or h.last - h.first != 1:
        return False
    form = toks[h.first].form.lstrip("وف")
    if form.startswith(("ي", "ت", "ن")) or form.endswith(("ت", "وا", "ا", *PRONOUN_SUFFIXES)):
        return False  # a present, a feminine or plural past, or a verb with its object pronoun: active
    if not _no_object_after(toks, h.last, b, groups):
        return False
    ws = _words(toks, a, h.first)
    i = len(ws)
    while i and toks[ws[i - 1]].form in _QAD:
        i -= 1
    was_after = bool(i) and toks[ws[i - 1]].form in _WAS
    if was_after:
        i -= 1
    if i and toks[ws[i - 1]].form in _RELATIVE:  # «X الذي (كان) (قد) اعتقل»
        end = ws[i - 1]
        return next((g for g in reversed(groups) if g.last <= end and end - g.last <= 1 and g.actor
                     and not g.is_loc), True)
    if was_after and i:  # «ونواز كان اعتقل»: the subject before «كان»
        end = ws[i]
        return next((g for g in reversed(groups) if g.last <= end and end - g.last <= 1 and g.actor
                     and not g.is_loc and g.first >= a), True)
    # «وكان خالد المري اعتقل …»: «كان», its subject, the verb
    g = next((g for g in groups if g.last <= h.first and _words(toks, g.last, h.first) == ws[i:]
              and ws[i:] == [k for k in ws if k >= g.last]), None)
    if g is None or not g.actor or g.is_loc or not g.person:
        return False
    before = [k for k in ws if k < g.first]
    while before and toks[before[-1]].form in _QAD:
        before.pop()
    return g if before and toks[before[-1]].form in _WAS and len(_words(toks, g.last, h.first)) <= 1 else False


def bound_places(toks: list[Tok], b: int, h: Hit, groups: list[Group], target: list[str]) -> set[str]:
    """Names of the places in an arrest's target that were only where the arrested were bound: after «إلى»
    («من نيروبي إلى جزيرة كريت اليونانية»), with a nisba right after such a place."""
    if not _arrest(h):
        return set()
    out: set[str] = set()
    prev: Group | None = None
    for g in groups:
        if g.first < h.last or not g.is_loc or g.force:
            prev = g if g.first >= h.last else prev
            continue
        k = g.first - 1
        while k >= 0 and not toks[k].word:
            k -= 1
        bound = k >= 0 and toks[k].form in _BOUND
        if not bound and prev is not None and prev.last == g.first and set(prev.names) <= out:
            bound = True  # «جزيرة كريت اليونانية»: the nisba of the place bound for
        if bound:
            out.update(g.names)
        prev = g
    return {n for n in out if n in target}


def releaser_held(toks: list[Tok], a: int, h: Hit, done: list[Event], W: Words) -> list[str]:
    """The party that releases someone in the sentence where his arrest is told by a noun after «بعد … من»
    («أعلنت السلطات الفرنسية إخلاء سبيل X بعد يومين من احتجازه»): the releaser held him; [] otherwise."""
    if not _arrest(h) or h.trig.pos != "n":
        return []
    ws = _words(toks, a, h.first)[-RELEASE_REACH:]
    if not any(toks[k].form in _AFTER for k in ws):
        return []
    rel = next((e for e in done if e.type == "RETREAT" and e.source
                and any(r in W["senses_release"] or r in _RELEASE for r in norm(e.trigger).split())), None)
    return list(rel.source) if rel is not None else []


def members_body(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], source: list[str]) -> list[str]:
    """The organisation whose members a pronoun stands for right after an arrest («الكشف عن شبكة تنظيم داعش
    … وإلقاء القبض على أفرادها»): the one named nearest before the arrest in its sentence, not its doer."""
    if not _arrest(h):
        return []
    k = h.after
    ws = _words(toks, k, b)[:2]
    if not ws or not any(toks[j].form.lstrip("و") in _MEMBERS or toks[j].form in _MEMBERS for j in ws):
        return []
    org = next((g for g in reversed(groups) if a <= g.first and g.last <= h.first and g.actor and not g.is_loc
                and not g.person and not set(g.names) & set(source)), None)
    return list(org.names) if org is not None else []


# a pronoun for the operation or the time the arrest was made in («اعتقل فيها نحو 300 مشتبه»)
_IN_IT = forms("فيها", "فيه", "خلالها", "خلاله", "حينها", "خلالهما", "فيهما")


def counted_after_aside(text: str, toks: list[Tok], b: int, h: Hit, W: Words) -> list[str]:
    """The people a number counts right after an arrest verb and a pronoun for the operation it was made in
    («بعملية شملت 13 ولاية اعتقل فيها نحو 300 مشتبه»): those arrested; [] when none stands there."""
    if h.trig.pos != "v":
        return []
    ws = _words(toks, h.last, b)
    i = 0
    while i < len(ws) and (toks[ws[i]].form in _IN_IT or toks[ws[i]].form in _TIME):
        i += 1
    if i == 0 or i == len(ws) or not any(toks[k].form in _IN_IT for k in ws[:i]):
        return []
    k = ws[i]
    end = counted_end(toks, k, b, W)
    if end is None:  # «نحو 300 مشتبه»: suspects, whom the table of counted people leaves out
        j = k + 1 if toks[k].form in W["approx"] else k
        if j + 1 < b and (toks[j].form.isdigit() or toks[j].form in _NUMBER_WORDS) and toks[j + 1].form in _SUSPECTS:
            end = j + 2
    return [text[toks[k].start:toks[end - 1].end]] if end is not None else []


def counted_past_place(text: str, toks: list[Tok], b: int, h: Hit, groups: list[Group], W: Words) -> str | None:
    """The people a number counts after an arrest verb, its subject and the place it serves or acts in
    («واعتقلت الشرطة بمحافظة الجيزة ثلاثة متهمين», «اعتقلت الشرطة في الجيزة 25 شخصا»): those arrested; None
    when no subject, place and count stand there in that order."""
    if h.trig.pos != "v":
        return None
    at = {g.first: g for g in groups}
    subject = at.get(next_word(toks, h.last, b))
    if subject is None or not subject.actor or (subject.is_loc and not subject.force):
        return None
    k = next_word(toks, subject.last, b)
    if k < b and toks[k].form == _IN:
        k = next_word(toks, k + 1, b)
    if k < b and k not in at and has(toks[k], W["place"]):
        k += 1  # «بمحافظة الجيزة»: the place noun before the name
    place = at.get(k)
    if place is None or not place.is_loc or place.force:
        return None
    k = next_word(toks, place.last, b)
    if k >= b:
        return None
    people = _counted_people(text, toks, k, b, W)
    if people is None and toks[k].form.isdigit() and k + 1 < b and toks[k + 1].form in _SUSPECTS:
        people = text[toks[k].start:toks[k + 1].end]  # «25 مشتبها»
    return people


_IN = norm("في")
_SUSPECTS = forms("مشتبه", "مشتبها", "متهم", "متهما", "متهمين", "مطلوب", "مطلوبا", "مطلوبين", "مشتبهين")


_SENTENCED = forms("حكم", "قضي")
_ON_HIM = forms("عليه", "عليها", "عليهم", "عليهما")


def sentenced_passive(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when an unvowelled sentencing verb has «عليه» right after it («وحكم عليه بالسجن المؤبد»): a passive,
    he was sentenced; a court that sentences is named right after the verb («حكمت المحكمة عليه»)."""
    if h.trig.type != "COERCE" or h.trig.pos != "v" or toks[h.first].form.lstrip("وف") not in _SENTENCED:
        return False
    ws = _words(toks, h.last, b)
    return bool(ws) and toks[ws[0]].form in _ON_HIM


# a crowd broken up («لتفريق المتظاهرين»), after the means of force used on it
_DISPERSE = forms("لتفريق", "تفريق", "بتفريق")
_FOR = forms("أجل", "بهدف", "بغية", "قصد")
_CROWD = forms("المتظاهرين", "المحتجين", "المعتصمين", "المتجمهرين", "متظاهرين", "محتجين", "معتصمين", "الحشود")
# a bare security body right after the verb: the force that used it («واستخدم الأمن القنابل المسيلة»)
_BARE_FORCE = {norm("الأمن"): "قوات الأمن", norm("الشرطة"): "الشرطة", norm("شرطة"): "الشرطة",
               norm("قوات الأمن"): "قوات الأمن", norm("رجال الأمن"): "قوات الأمن", norm("رجال الشرطة"): "الشرطة",
               norm("قوات الشرطة"): "الشرطة"}
FORCE_REACH = 6  # words from the means of force to «لتفريق»


def dispersed_crowd(text: str, toks: list[Tok], b: int, h: Hit, groups: list[Group]) -> tuple[list[str], list[str]]:
    """The force and the crowd of riot control told by a verb of using or firing a means of force and «لتفريق»
    («واستخدم الأمن القنابل المسيلة للدموع لتفريق المتظاهرين»): the bare security body right after the verb, and
    the crowd broken up (the purpose clause is no event of its own); ([], []) where neither is named."""
    if h.trig.type != "COERCE" or h.trig.pos != "v" or h.trig.mode is not None or not h.used:
        return [], []
    ws = _words(toks, h.last, b)
    force: list[str] = []
    if ws and not any(g.first == ws[0] for g in groups):
        name = _BARE_FORCE.get(" ".join(toks[k].form for k in ws[:2])) or _BARE_FORCE.get(toks[ws[0]].form)
        force = [name] if name else []
    after = [k for k in ws if k > max(h.used)][:FORCE_REACH]
    crowd: list[str] = []
    for i, k in enumerate(after):
        bare = toks[k].form == norm("تفريق")  # a bare «تفريق» only after «من أجل», «بهدف» …
        if toks[k].form not in _DISPERSE or (bare and not (i and toks[after[i - 1]].form in _FOR)):
            continue
        if i + 1 < len(after):
            nxt = after[i + 1]
            g = next((g for g in groups if g.first == nxt and g.actor), None)
            if g is not None:
                crowd = list(g.names)
            elif toks[nxt].form in _CROWD:
                crowd = [text[toks[nxt].start:toks[nxt].end]]
        break
    return force, crowd


# a number and the people it counts, with «من» between («24 من السودانيين»)
_OF = norm("من")
PRONOUN_REACH = 12  # words back from an arrest verb with an object pronoun to the people it stands for


def _counted_people(text: str, toks: list[Tok], k: int, b: int, W: Words) -> str | None:
    """The counted people read at token k («24 شخصا», «نحو 50 مدنيا», «24 من السودانيين»), or None."""
    end = counted_end(toks, k, b, W)
    if end is None and toks[k].form.isdigit() and k + 2 < b and toks[k + 1].form == _OF \
            and toks[k + 2].form.startswith("ال") and toks[k + 2].form.endswith(("يين", "ين")):
        end = k + 3  # «24 من السودانيين»
    return text[toks[k].start:toks[end - 1].end] if end is not None else None


def pronoun_held(text: str, toks: list[Tok], a: int, b: int, h: Hit, W: Words) -> tuple[str, int] | None:
    """The people an arrest verb's object pronoun stands for: those a number counts nearest before it in its
    sentence («إطلاق 24 من السودانيين العاملين في التعدين، تحتجزهم السلطات المصرية»), with the index of the
    number; None when none."""
    if h.trig.pos != "v" or not toks[h.first].form.endswith(("هم", "هن")):
        return None
    for k in reversed(_words(toks, a, h.first)[-PRONOUN_REACH:]):
        people = _counted_people(text, toks, k, b, W)
        if people is not None:
            return people, k
    return None


# verbs of managing or doing whose subject is the doer of the arrest noun after them («تمكنت شرطة جدة من القبض»)
_MANAGING = forms("تمكنت", "وتمكنت", "نجحت", "ونجحت", "استطاعت", "واستطاعت", "قامت", "وقامت", "باشرت", "وباشرت")


def police_command(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group]) -> tuple[list[str], int]:
    """A police command the entity layer leaves unnamed as the doer of an arrest or a seizure: «شرطة» and a
    place right after a verb of managing («وتمكنت شرطة منطقة الرياض من القبض على …») or right after the
    deed's own verb («وضبطت شرطة جدة …»): the command and the country of its place, with the index after its
    words; ([], -1) when none."""
    if h.trig.type != "COERCE" or h.trig.mode not in ("arrest", "seize"):
        return [], -1
    ws = _words(toks, a, h.first)
    starts = [k for i, k in enumerate(ws) if i and toks[ws[i - 1]].form in _MANAGING]
    if h.trig.pos == "v" and (after := _words(toks, h.last, b)[:1]):
        starts.append(after[0])  # «وضبطت شرطة جدة …»
    for k in starts:
        found = police_phrase(text, toks, k, h.first if k < h.first else b, groups)
        if found is not None:
            country = place_country(found[0].split(" ", 1)[1] if " " in found[0] else None)
            return [found[0], *([country] if country else [])], found[1]
    return [], -1


def held_possessor(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                   target: list[str]) -> Group | None:
    """The person a pronoun on an arrest noun stands for («بعد أن قامت شرطة … باعتقالها», «وكان حتى اعتقاله
    مراسلا …»): the one named nearest before it in its sentence, who was arrested; None when the noun bears no
    pronoun, names no one before it, or the target already holds a person of the sentence."""
    if h.trig.pos != "n" or h.last - h.first != 1 or not toks[h.first].form.endswith(PRONOUN_SUFFIXES) \
            or toks[h.first].form.endswith(_PLURAL_SUFFIXES):
        return None  # («توقيفهم»: many were held, not one person)
    persons = [g for g in groups if g.person and g.actor]
    if any(set(g.names) & set(target) for g in persons):
        return None
    return next((g for g in reversed(persons) if a <= g.first and g.last <= h.first
                 and not set(g.names) & set(source)), None)


def arrest_parties(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], done: list[Event],
                   W: Words, source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """The source and target of an arrest, read again by the constructions of this module (see its docstring)."""
    if sentenced_passive(toks, b, h):  # «X الذي اعتقل … وحكم عليه بالسجن»: X was sentenced, sentenced no one
        fronted = [n for n in source if text.find(n, toks[a].start, toks[h.first].start) >= 0]
        return [n for n in source if n not in fronted], [*fronted, *[n for n in target if n not in fronted]]
    force, crowd = dispersed_crowd(text, toks, b, h, groups)
    if force or crowd:
        return source or force, target or [n for n in crowd if n not in (source or force)]
    police, end = police_command(text, toks, a, b, h, groups)
    if police and all(n in police[0] for n in source):  # «شرطة موسكو»: the command, not its town, did it
        source = police
        people = _counted_people(text, toks, next_word(toks, end, b), b, W) if end > h.first else None
        if not target and people:
            target = [people]  # «واعتقلت شرطة جدة ثلاثة مقيمين»
    source, target = counted_taken(text, toks, h, source, target)  # «الداخلية : ضبط 44 عنصرا من الإخوان»
    if not target and (members := counted_members(toks, b, h, groups, W, source)):
        target = members  # «القبض على 5 من عناصر تنظيم داعش», «ضبط 13 من قيادات الجماعة»
    if not _arrest(h):
        return source, target
    if not source and (pushed := pushed_arrester(toks, a, h, groups)):
        source = pushed
        target = [n for n in target if n not in pushed]
    patient = passive_patient_before(toks, a, b, h, groups)
    if patient is not False:
        # the one named before the passive was arrested; no one named before it arrested him
        before = {n for g in groups if g.last <= h.first for n in g.names}
        fronted = [n for n in source if n in before or text.find(n, toks[a].start, toks[h.first].start) >= 0]
        took = list(patient.names) if isinstance(patient, Group) else fronted
        target = [*took, *[n for n in target if n not in took]]
        source = [n for n in source if n not in fronted and n not in took]
    bound = bound_places(toks, b, h, groups, target)
    if bound:
        target = [n for n in target if n not in bound]
    if not source and (releaser := releaser_held(toks, a, h, done, W)):
        source = releaser
        target = [n for n in target if n not in releaser]
    if not target and (counted := counted_after_aside(text, toks, b, h, W)):
        target = counted
    if not target and (past_place := counted_past_place(text, toks, b, h, groups, W)):
        target = [past_place]  # «واعتقلت الشرطة بمحافظة الجيزة ثلاثة متهمين»
    if not target and (held_people := pronoun_held(text, toks, a, b, h, W)) is not None:
        target = [held_people[0]]
        if not source:  # «178 شخصا كانت جماعة بوكو حرام تحتجزهم»: the subject between them and the verb
            source = next((list(g.names) for g in reversed(groups) if held_people[1] < g.first and g.last <= h.first
                           and g.actor and not (g.is_loc and not g.force)), [])
    if (held := held_possessor(toks, a, h, groups, source, target)) is not None:
        places = {n for g in groups if g.is_loc and not g.force for n in g.names}
        target = [*held.names, *[n for n in target if n not in held.names and n not in places]]
    if members := members_body(toks, a, b, h, groups, source):
        target = [*target, *[n for n in members if n not in target]]
    return source, target

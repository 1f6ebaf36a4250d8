"""Deeds of force or pressure whose doer is a thing, not a party: no event.

`figurative_force` (called by `events_spurious.wrong_sense`) drops a verb of coercion, assault, threat or
fighting whose subject is:
- a fact told before it, as «مما», «ما», «الأمر الذي», «وهو ما» («… مما أجبر الموظفين على مغادرة البلاد»,
  «ما قد يهدد المشروع»): a consequence, nobody forced or threatened anyone;
- an economic or abstract force (debts, a fall in prices, a tax, circumstances, worries; a law for a threat or a
  coercion: «وتشريعا بالقتل يهدد أي أسير»), right before the verb
  or right after a verb that carries its object as a pronoun («الدولة التي تحاصرها الديون», «تأثير هذه الضريبة
  سوف يجبر السكان», «أجبرتهم الظروف»; not after a word of cause: «بسبب الأزمة هاجم الجيش»), or a war or a
  disaster right after such a verb («ما دمرته الحرب»);
- a beast, right before or right after the verb («وهاجم الدب سائحا», «التمساح هاجم الصياد»), a herd of them
  too («مجموعة من الخنازير البرية قتلت رجلا»), and the beast after an attack noun («هجوم لهذه الحيوانات»): no
  party attacked.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import norm
from marsad.extract.events_scripture_law import LAWS
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit

_FORCE = frozenset(("COERCE", "ASSAULT", "FIGHT", "THREATEN"))

# «ما» (what) and its kin as the subject: a fact told before the verb («مما أجبر», «الأمر الذي يهدد»)
_FACT = frozenset(norm(w) for w in ("ما", "مما", "وما", "بما"))
_FACT_HEAD = frozenset(norm(w) for w in ("الأمر", "والأمر", "وهو", "وهذا", "هذا", "وذلك", "ذلك"))
_FACT_REL = frozenset(norm(w) for w in ("الذي", "ما"))
_PARTICLES = frozenset(norm(w) for w in ("قد", "سوف", "لقد", "ربما", "بات", "باتت"))

# economic and abstract forces that «force», «besiege» or «threaten» («تحاصرها الديون», «أجبرتهم الظروف»)
_FORCES = frozenset(norm(w) for w in (
    "الديون", "ديون", "الدين", "الأزمة", "الأزمات", "الازمة", "الظروف", "ظروف", "الضغوط", "ضغوط", "الضغط",
    "انخفاض", "تراجع", "ارتفاع", "هبوط", "تدهور", "الانخفاض", "التراجع", "الارتفاع", "الهبوط", "التدهور",
    "الضريبة", "ضريبة", "الفقر", "الحاجة", "الجوع", "البطالة", "الركود", "التضخم", "الخسائر", "العجز",
    "الهموم", "هموم", "المشاكل", "المشكلات", "الصعوبات", "الفشل", "الكوابيس", "الشكوك", "العزلة", "الإفلاس",
    "المرض", "الأمراض",
    "الإصابة", "الإصابات", "الإرهاق", "تأثير", "التأثير", "الغلاء", "أسعار", "الأسعار"))

# wars and disasters that destroy, only as the subject right after a verb with its object pronoun («ما دمرته الحرب»)
_DISASTERS = frozenset(norm(w) for w in ("الحرب", "الحروب", "الزلزال", "الحريق", "النيران", "الإعصار", "السيول"))

# beasts that attack or seize a man («هاجم الدب», «قبض التمساح»)
_BEASTS = frozenset(norm(w) for w in (  # no «الأسد», «النمر», «الفهد», «الذئاب» (names, «الذئاب المنفردة»)
    "التمساح", "التماسيح", "الدب", "الدببة", "القرش", "سمكة", "الكلب", "الكلاب", "الثعبان", "الأفعى", "الفيل",
    "الفيلة", "النحل", "الدبابير", "الضبع", "الضباع", "الخنزير", "الخنازير", "خنازير", "القرد", "القرود", "قرود",
    "الذئب", "الحيوان", "الحيوانات", "حيوانات", "البعوض", "الجراد", "النمل", "الثيران", "الأبقار", "العقرب",
    "العقارب", "الأفاعي", "الثعابين", "أسماك", "دبا", "تمساحا", "قرشا", "قردا", "ذئبا", "ثعبانا", "كلبا", "خنزيرا",
    "قرد", "دب", "كلب", "ذئب", "تمساح", "قرش", "ثعبان", "خنزير", "كلاب"))
_LAW_FORCE = frozenset(("THREATEN", "COERCE"))  # what a law, as a subject, «threatens» or «forces»
FORCE_REACH = 4  # words back from the verb searched for a force as its subject («تأثير هذه الضريبة سوف يجبر»)
BEAST_REACH = 6  # for a beast, past its adjectives («إن دبا أشيب واحدا على الأقل هاجم»)
# a group a beast is counted in: «من» after it is no cause («مجموعة من الخنازير البرية قتلت رجلا»)
_HERDS = frozenset(norm(w) for w in (
    "مجموعة", "قطيع", "سرب", "أسراب", "عدد", "عشرات", "مئات", "آلاف", "قطعان", "مجموعات"))

# words before a force that make it a cause or a setting, not the subject («بسبب الأزمة هاجم المحتجون»)
_CAUSE = frozenset(norm(w) for w in (
    "بسبب", "نتيجة", "جراء", "ظل", "وسط", "مع", "بعد", "رغم", "إثر", "اثر", "من", "في", "على", "عن", "إلى",
    "بفعل", "أمام", "لمواجهة", "مواجهة", "ضد", "حول", "بشأن"))

_RELATIVE = frozenset(norm(w) for w in ("التي", "الذي", "اللذين", "الذين", "اللتين"))

_OBJECT_PRONOUNS = tuple(norm(p) for p in ("ها", "هم", "هما", "هن", "ه", "ني", "نا", "كم"))


def _word_back(toks: list[Tok], a: int, k: int) -> int | None:
    """The word token at or before k, not before a, with no clause mark between (None when none)."""
    while k >= a and not toks[k].word:
        if toks[k].form in CLAUSE_END:
            return None
        k -= 1
    return k if k >= a else None


def _word_on(toks: list[Tok], k: int) -> int | None:
    """The word token at or after k, with no clause mark between (None when none)."""
    while k < len(toks) and not toks[k].word:
        if toks[k].form in CLAUSE_END:
            return None
        k += 1
    return k if k < len(toks) else None


def _fact_subject(toks: list[Tok], a: int, h: Hit) -> bool:
    """A verb whose subject is «ما», «مما», «الأمر الذي» or «وهو ما», past «قد», «سوف» («مما قد يهدد»):
    a fact is its doer."""
    k = _word_back(toks, a, h.first - 1)
    while k is not None and toks[k].form in _PARTICLES:
        k = _word_back(toks, a, k - 1)
    if k is None:
        return False
    if toks[k].form in _FACT:  # not «ما دمره الحوثيون»: a verb with its object pronoun has its subject after it
        return not toks[h.first].form.endswith(_OBJECT_PRONOUNS)
    if toks[k].form in _FACT_REL:
        j = _word_back(toks, a, k - 1)
        return j is not None and toks[j].form in _FACT_HEAD
    return False


def _plain_has(tok: Tok, cls: frozenset[str]) -> bool:
    """True when the token, bare or after «و»/«ف», is in `cls` (not after a glued preposition: «بالأزمة»)."""
    return tok.form in cls or (tok.form[:1] in "وف" and tok.form[1:] in cls)


def _thing_subject(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """A verb whose subject is a force or a beast: the word right after a verb that carries its object
    pronoun, or right after any verb for a beast, or a word up to four back (six for a beast), in its clause,
    before a verb not joined by «و»/«ف», past no name and not after a word of cause («تأثير هذه الضريبة سوف يجبر»)."""
    k = _word_on(toks, h.last)
    if k is not None and k not in covered and k not in h.used:
        if _plain_has(toks[k], _BEASTS):
            return True
        if toks[h.first].form.endswith(_OBJECT_PRONOUNS) and (_plain_has(toks[k], _FORCES)
                                                              or _plain_has(toks[k], _DISASTERS)):
            return True
    if toks[h.first].form[:1] in "وف":
        return False  # «دخلت مستنقع الفشل ويستهدف الجوار»: a joined verb's noun before it is the last verb's
    k2 = h.first - 1
    for step in range(BEAST_REACH):
        j = _word_back(toks, a, k2)
        if j is None or j in covered or (toks[j].form in _RELATIVE and toks[h.first].form.endswith(_OBJECT_PRONOUNS)):
            return False  # «الأزمة التي هددها …»: the noun before «التي» is the object
        law = h.trig.type in _LAW_FORCE and _plain_has(toks[j], LAWS)  # «وتشريعا بالقتل يهدد أي أسير»
        if (step < FORCE_REACH and (_plain_has(toks[j], _FORCES) or law)) or _plain_has(toks[j], _BEASTS):
            before = _word_back(toks, a, j - 1)
            return before is None or not _plain_has(toks[before], _CAUSE) or _herd_of(toks, a, before, j)
        k2 = j - 1
    return False


def _herd_of(toks: list[Tok], a: int, before: int, j: int) -> bool:
    """True when the beast at j follows «من» (at `before`) after a word of a group («مجموعة من الخنازير»,
    «سرب من الدبابير»): the herd is the doer."""
    if not _plain_has(toks[j], _BEASTS) or toks[before].form != norm("من"):
        return False
    g = _word_back(toks, a, before - 1)
    return g is not None and _plain_has(toks[g], _HERDS)


_THESE = frozenset(norm(w) for w in ("لهذه", "لهذا", "هذه", "هذا", "تلك", "لتلك"))


_FROM = norm("من")


def _beast_attack(toks: list[Tok], h: Hit, covered: set[int]) -> bool:
    """True when an attack noun (the trigger, or the attack noun it needed: «تعرضا لهجوم») is a beast's: the beast
    right after it, past «لهذه» or «من» («هجوم لهذه الحيوانات», «هجوم الدب», «هجمات للكلاب الضالة», «هجومين
    لأسماك القرش», «تعرضا لهجوم من قرد»)."""
    k = _word_on(toks, h.after)
    if k is not None and (toks[k].form in _THESE or toks[k].form == _FROM):
        k = _word_on(toks, k + 1)
    if k is None or k in covered:
        return False
    f = toks[k].form
    return f in _BEASTS or (f[:1] == "ل" and ("ال" + f[2:] in _BEASTS or f[1:] in _BEASTS)) \
        or _plain_has(toks[k], _BEASTS)


def figurative_force(toks: list[Tok], a: int, h: Hit, covered: set[int]) -> bool:
    """True when the verb of force or pressure `h` of the sentence starting at token a has a fact, an
    economic or abstract force or a beast as its doer (`covered`: tokens of names): no party acts."""
    if h.trig.type == "ASSAULT" and h.trig.pos == "n":
        return _beast_attack(toks, h, covered)
    if h.trig.type == "ASSAULT" and h.used and _beast_attack(toks, h, covered):
        return True  # «تعرضا لهجوم من قرد»: a verb whose needed word is the attack noun
    if h.trig.type not in _FORCE or h.trig.pos != "v":
        return False
    return _fact_subject(toks, a, h) or _thing_subject(toks, a, h, covered)

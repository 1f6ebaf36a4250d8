"""Criticism told by a pejorative description: «وصف X الهجوم بالعمل الإجرامي», «واصفا ذلك بأنه عمل استفزازي»,
«واعتبر X الإعلان تصعيدا خطيرا».

A describing verb (past «وصف», «اعتبر» or a circumstantial participle «واصفا», «معتبرا») whose predicate is a
word of blame is a DISAPPROVE of what it describes, however long the described deed's noun phrase: the
predicate is «بـ» with a blaming noun or adjective in its phrase («بالجريمة البشعة», «بالإجرامية»), or «بأنه»
with one right after it («بأنه تصعيد خطير»), or for «اعتبر» an indefinite blaming noun or adjective
(«سابقة خطيرة», «عملا إرهابيا»), never a clause after «أن». What is described must be a deed or an actor (a
deed noun, a pronoun or demonstrative pointing back, a named party), not a behaviour or habit («واصفا التفحيط
بأنه قضية خطيرة»). A present «اعتبر» tells a standing view («وتعتبر
أنقرة الحزب منظمة إرهابية»), a verbal noun («في معرض وصفه») no statement, and a verb in a relative clause
describes its noun: neither is a statement. Only a sentence with no DISAPPROVE trigger gets one («أدانت X
الهجوم ووصفته بأنه …» is one statement). The trigger table's own «وصف … بالإرهابي» row reaches six words.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Trigger, Words, forms
from marsad.extract.events_tokens import CLAUSE_END, RELATIVE_PRONOUNS, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

REACH = 40  # words after the verb within which its predicate is looked for
PHRASE = 3  # words of a «بـ» phrase («بالعمل الإجرامي المشين») searched for a blaming word
AFTER_THAT = 3  # words after «بأنه» searched for one

# past forms and participles of the describing verbs, and the present of «وصف» (a headline's tense; a present
# «اعتبر» mostly tells a standing view: «وتعتبر واشنطن الحزب منظمة إرهابية»); readings take clitics off
_DESCRIBE = forms("وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون", "واصفا", "واصفه", "واصفين")
_CONSIDER = forms("اعتبر", "اعتبرت", "اعتبروا", "معتبرا", "معتبره", "معتبرين")
_VERBS = _DESCRIBE | _CONSIDER  # a word with none of these readings is no describing verb (a quick test)
_PARTICIPLES = forms("واصفا", "واصفه", "واصفين", "معتبرا", "معتبره", "معتبرين")
_AS_THAT = forms("بأنه", "بأنها", "بأنهم", "بأنهما", "بأن")
_THAT = forms("أن", "ان", "إن", "بأن", "أنه", "أنها", "انه", "انها")
_NOUN_HEADS = forms("معرض", "سياق")  # «في معرض وصفه»: the verbal noun
# what points back at a deed or actor told before: «واصفا ذلك», «واصفا إياها», «هذا العمل»
_POINTING = forms("ذلك", "ذاك", "هذا", "هذه", "تلك", "هؤلاء", "إياه", "إياها", "إياهم", "إياهما", "إياهن")
# deed nouns (with or without «ال», a proclitic or a pronoun: readings): what an actor did or said
_DEEDS = forms("التفجير", "التفجيرات", "الهجوم", "الهجمات", "الحادث", "الحادثة", "الجريمة", "الاعتداء",
               "الاعتداءات", "القصف", "التصريحات", "التصريح", "القرار", "القرارات", "الإعلان", "الخطوة",
               "الإجراء", "الإجراءات", "العملية", "العمليات", "العمل", "الأعمال", "التصرف", "الفعل", "الموقف",
               "البيان", "الاقتحام", "الاغتيال", "الاستهداف", "الإعدام", "الحكم", "التهديد", "التهديدات",
               "الانفجار", "الغارة", "الغارات", "المجزرة", "الاحتلال", "الحصار", "الإساءة", "الرسوم", "الفيلم",
               "المقال", "الكلام", "الاتهامات", "الزيارة", "التدخل", "الخطاب", "الرد", "السياسة", "السياسات",
               "الطلب", "الطلبات", "المطالبة", "المطالب")

# words of blame (folded stems, with and without the article and ـة/ـا)
_BLAME_STEMS = (
    "إرهابي", "إجرامي", "جريمة", "جرائم", "مجزرة", "مذبحة", "جبان", "جبانة", "غادر", "غادرة", "خسيس", "خسيسة",
    "وحشي", "وحشية", "همجي", "همجية", "بربري", "بربرية", "شنيع", "شنيعة", "بشع", "بشعة", "مشين", "مشينة",
    "دنيء", "دنيئة", "آثم", "آثمة", "أثيم", "أثيمة", "استفزازي", "استفزازية", "استفزاز", "عدواني", "عدوانية",
    "عدوان", "اعتداء", "انتهاك", "انتهاكا", "خرق", "خرقا", "تصعيد", "تصعيدا", "إجرام", "عار", "مروع", "مروعة",
    "سافر", "سافرة", "مرفوض", "مرفوضة", "عبثي", "عبثية", "تحريضي", "تحريضية", "عنصري", "عنصرية", "إرهاب",
)
_BLAME = forms(*_BLAME_STEMS, *("ال" + w for w in _BLAME_STEMS), *(w + "ا" for w in _BLAME_STEMS))
_NEGATED_GOOD = forms("مقبول", "مقبوله", "مسؤول", "مسؤوله", "منطقي", "منطقيه", "قانوني", "قانونيه",
                      "مبرر", "مبرره", "أخلاقي", "أخلاقيه", "شرعي", "شرعيه")
_NOT = forms("غير")
_GRAVE = forms("سابقة", "سابقه", "الأمر", "بالأمر", "أمرا")  # «سابقة خطيرة», «بالأمر الخطير»
_SERIOUS = forms("خطيرة", "خطيره", "خطير", "الخطير", "الخطيرة", "خطيرا")


def _blames(toks: list[Tok], ks: list[int]) -> bool:
    """True when the words at ks hold a word of blame («الإجرامي», «غير مقبول», «سابقة خطيرة»)."""
    for n, k in enumerate(ks):
        t = toks[k]
        nxt = toks[ks[n + 1]] if n + 1 < len(ks) else None
        if has(t, _BLAME) or (has(t, _NOT) and nxt is not None and has(nxt, _NEGATED_GOOD)):
            return True
        if has(t, _GRAVE) and nxt is not None and has(nxt, _SERIOUS):
            return True
    return False


def _indefinite_blame(toks: list[Tok], ks: list[int]) -> int | None:
    """The place in ks of an indefinite word of blame (the predicate of «اعتبر»: «تصعيدا خطيرا»), not one that
    only describes the object («اعتبر الهجوم الإرهابي دليلا»)."""
    for n, k in enumerate(ks):
        f = toks[k].form.lstrip("وف")
        if f.startswith("ال") or f.startswith("بال") or f.startswith("لل"):
            continue
        nxt = toks[ks[n + 1]] if n + 1 < len(ks) else None
        if _blames(toks, [k] + ([ks[n + 1]] if nxt is not None else [])):
            return n
    return None


def _verb(toks: list[Tok], a: int, k: int, W: Words) -> str | None:
    """"describe" or "consider" when the token at k is a past describing verb or its participle, told as a
    statement (not a verbal noun, not in a relative clause); else None."""
    t = toks[k]
    kind = "describe" if has(t, _DESCRIBE) else "consider" if has(t, _CONSIDER) else None
    if kind is None:
        return None
    head = t.form[:max(0, len(t.form) - len(t.form.lstrip("وف")))]
    rest = t.form[len(head):]
    if rest[:1] in ("ب", "ل", "ك") or rest.startswith("ال"):
        return None  # «بوصفه», «لوصف», «الوصف»: a noun
    prev = next((j for j in range(k - 1, a - 1, -1) if toks[j].word), None)
    if prev is not None and (toks[prev].form in W["prep_any"] or has(toks[prev], _NOUN_HEADS)
                             or toks[prev].form in RELATIVE_PRONOUNS):
        return None
    return kind


def _deed_described(toks: list[Tok], k: int, span: list[int], found: list[Hit], covered: set[int],
                    participle: bool) -> bool:
    """True when what the verb at k describes (the words `span` before its predicate) is a deed or an actor:
    a pronoun on the verb («ووصفه»), «إياه», a demonstrative («ذلك», «هذا العمل»), a deed noun («الهجوم»,
    «التصريحات», any trigger's word) or a named party (past the subject right after a past verb) — not a
    behaviour or habit («واصفا التفحيط بأنه …»)."""
    bare = toks[k].form[1:] if toks[k].form[:1] in ("و", "ف") and len(toks[k].form) > 4 else toks[k].form
    if bare not in _DESCRIBE and bare not in _CONSIDER and bare.endswith(("ه", "ها", "هم", "هما")):
        return True  # «ووصفه بالعمل الجبان», «وصفتها بأنها …»
    deeds = {j for h in found for j in range(h.first, h.last) if j != k}
    subject_end = None
    if not participle and span and span[0] in covered:  # «وصف الوزير الهجوم …»: the subject is no object
        subject_end = span[0]
        while subject_end + 1 < len(toks) and subject_end + 1 in covered:
            subject_end += 1
    for j in span:
        if has(toks[j], _POINTING) or has(toks[j], _DEEDS) or j in deeds:
            return True
        if j in covered and (subject_end is None or j > subject_end):
            return True
    return False


def pejorative_hits(toks: list[Tok], a: int, b: int, hits: list[Hit], W: Words, verbal: frozenset[str],
                    found: list[Hit] | None = None, covered: set[int] | None = None,
                    present: frozenset[str] | None = None) -> list[Hit]:
    """DISAPPROVE triggers of sentence [a, b) told by a describing verb with a word of blame as its predicate
    (module docstring); none where the sentence has a DISAPPROVE trigger already, nor where what is described
    is no deed or actor (`_deed_described`). `verbal`: the types a statement verb tells, whose trigger ends the
    reach of the predicate; `found`: every trigger of the sentence; `covered`: the words of its mentions;
    `present`: the sentence's words (`sentence_readings`), when known."""
    if (present is not None and _VERBS.isdisjoint(present)) or any(h.trig.type == "DISAPPROVE" for h in hits):
        return []
    taken = {k for h in hits for k in range(h.first, h.last)}
    stops = sorted(h.first for h in hits if h.trig.type in verbal and h.trig.pos in ("v", "x"))
    for k in range(a, b):
        if k in taken or not toks[k].word or _VERBS.isdisjoint(toks[k].reads):
            continue
        kind = _verb(toks, a, k, W)
        if kind is None:
            continue
        end = min([b, *(s for s in stops if s > k)])
        ws = [j for j in range(k + 1, end) if toks[j].word and toks[j].form not in SENT_END][:REACH]
        if not ws:
            continue
        claim = next((n for n, j in enumerate(ws) if has(toks[j], _THAT) and not has(toks[j], _AS_THAT)), None)
        if claim is not None:
            ws = ws[:claim]  # «اعتبر X أن …»: a claim, not a predicate, follows
        if not ws:
            continue
        at = _described_ill(toks, ws) if kind == "describe" else _indefinite_blame(toks, ws)
        if at is None:
            continue
        pos = "x" if has(toks[k], _PARTICIPLES) else "v"
        if not _deed_described(toks, k, ws[:at], found or hits, covered or set(), pos == "x"):
            continue
        return [Hit(Trigger("DISAPPROVE", pos, (toks[k].form,), None, (), frozenset()), k, k + 1)]
    return []


def _described_ill(toks: list[Tok], ws: list[int]) -> int | None:
    """The place in ws of a «بـ» phrase with a word of blame («بالجريمة البشعة») or «بأنه» with one right after it
    («بأنه عمل استفزازي») is among the words ws after a describing verb."""
    for n, k in enumerate(ws):
        f = toks[k].form.lstrip("وف")
        if has(toks[k], _AS_THAT):
            if _blames(toks, ws[n + 1:n + 1 + AFTER_THAT]):
                return n
        elif f.startswith("ب"):
            phrase = [k]
            for j in ws[n + 1:n + PHRASE]:
                if any(not toks[i].word and (toks[i].form in CLAUSE_END or toks[i].form in SENT_END)
                       for i in range(phrase[-1] + 1, j)):
                    break
                phrase.append(j)
            if _blames(toks, phrase):
                return n
    return None


__all__ = ["pejorative_hits"]

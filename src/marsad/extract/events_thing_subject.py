"""A thing as the subject of a statement verb: a text speaks only for the body that issued it.

A law, a charter, a plan, a policy, a creed or an initiative (`standing_text` in event_words.tsv) that
«demands», «rejects», «condemns» or «threatens» («الإسلام يرفض العنف», «المبادرة تدعو إلى …», «سياسة الحزب التي
تطالب بـ …», «الدستور اليمني يرفض …») states what it holds: no party did anything on a date, no event.

A text a body issues (`issued_text`: a resolution, a statement, a report, a letter, a fatwa) stands for its
issuer, like a spokesman for his party:
- named in its phrase: the genitive or a nisba («قرار مجلس الأمن 2216 يطالب الحوثيين …», «تقرير هيومن رايتس
  ووتش دعا …»), after «الصادر عن», «من» or «لـ» («القرار الصادر عن مجلس الأمن يطالب إسرائيل …», «رسالة من زعيم
  الحوثيين تدعو …»): the issuer is the source, not the party the text addresses;
- an indefinite text right after a verb of issuing («أصدر داعش فتوى تحث طالبان …», «تتبنى الجمعية العامة قرارا
  يطالب اسرائيل …»): the verb's subject named beside it issued it;
- an indefinite text that no one is said to issue («وصدور تقرير يتهم سلطات المدينة …», «بيانات قوية تدين …»):
  no event;
- a definite text with no issuer in its phrase («وطالب القرار الدول المجاورة …»): the body the story named
  before (in this sentence before the text, or in the sentence before) when the rules read one; else none.

The text is the verb's subject when it stands right before it (past a relative pronoun, adjectives, a number,
its issuer), opening its clause or described by a present verb («تقرير يتهم»), or before «التي تمنع وترفض»; not
when the verb carries «و» after another clause («لصالح القرار وعارضته الولايات المتحدة»), is followed by «فيه»
(«مقالا يطالب فيه …»: where it is said), or a quotation opens between them. A statement of an issuer told
inside another statement of the sentence of the same type («وطالب X الحوثيين بتنفيذ قرار مجلس الأمن الذي يدعو
…») is that statement's topic, not an event (`events.extract_events`).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.events_actors import Group, definite_nisba
from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, RELATIVE_PRONOUNS, THAT, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# statement verbs whose subject may be a text
SPEECH_TYPES = frozenset(("DEMAND", "REJECT", "DISAPPROVE", "THREATEN"))
_ISSUED_BY = forms("عن", "من")  # «الصادر عن X», «رسالة من X»
_ISSUED = forms("الصادر", "الصادرة", "الصادرين", "الصادرتين", "صادر", "صادرة", "المقدم", "المقدمة")
_NUMBER_WORDS = forms("رقم", "الرقم")
_WHEREIN = forms("فيه", "فيها", "فيهما", "فيهم")  # «يطالب فيه»: in which
_OPENERS = forms("لأن", "لان", "كما", "بل", "ولكن", "لكن")  # words after which a clause opens
_IN = forms("في", "وفي", "عبر")  # «في بيان»: the statement a speaker spoke in  # «القرار رقم 2216»
# verbs and nouns of issuing: an indefinite text right after one is its subject's («أصدر X بيانا يدين …»)
_ISSUE = forms(*(p + v for p in ("", "و", "ف") for v in (
    "أصدر", "أصدرت", "أصدروا", "يصدر", "تصدر", "تبنى", "تبنت", "يتبنى", "تتبنى", "اعتمد", "اعتمدت", "يعتمد",
    "تعتمد", "أقر", "أقرت", "يقر", "تقر", "نشر", "نشرت", "ينشر", "تنشر", "بث", "بثت", "وزع", "وزعت", "قدم", "قدمت",
    "يقدم", "تقدم", "وجه", "وجهت", "بعث", "بعثت", "أرسل", "أرسلت", "تلا", "تلت", "كتب", "كتبت", "رفع", "رفعت",
    "أطلق", "أطلقت", "استصدار", "إصدار", "تبني", "اعتماد")))
_WALK = 7  # words back from the verb to the text it has as subject


@dataclass(slots=True)
class ThingSubject:
    """The text a statement verb has as its subject, right before it."""

    head: int  # the text noun's token
    issued: bool  # a text a body issues (`issued_text`), not a standing one (`standing_text`)
    issuer: list[str]  # the issuer named in its phrase, [] when none


def _definite(t: Tok) -> bool:
    """True when the word bears «ال» (also after «و», «ف», «ب»: «بالقرار», «للقانون»)."""
    f = t.form.lstrip("وفب")
    return f.startswith(("ال", "ل"))


def _is_text(t: Tok, W: Words) -> bool:
    """True when the word names a text, issued or standing (event_words.tsv)."""
    return has(t, W["issued_text"]) or has(t, W["standing_text"])


def thing_subject(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> ThingSubject | None:
    """The text right before a statement verb that is its subject, past a relative pronoun, adjectives, a
    number and the issuer named in its phrase («القانون الذي يطالب», «الإسلام يرفض», «قرار مجلس الأمن 2216
    يطالب», «القرار الصادر عن مجلس الأمن يطالب»), else None."""
    if h.trig.pos != "v" or h.trig.type not in SPEECH_TYPES or _in_which(toks, h):
        return None  # («مقالا يطالب فيه بـ …»: the text is where it is said)
    k, seen = h.first - 1, 0
    if _conjoined(toks[h.first], h):
        rel = _relative_verb_before(toks, a, h.first)  # «والتي تمنع وترفض …»: the first verb's subject
        if rel is None:
            return None  # («وصوتت 42 دولة لصالح القرار وعارضته الولايات المتحدة»: its own subject)
        k = rel
    at = {k: g for g in groups for k in range(g.first, g.last)}
    issuer: list[str] = []
    relative = False  # a relative pronoun seen: «القانون الذي يطالب …» wherever the text stands (so an
    # indefinite text a present verb describes: «وصدور تقرير يتهم …»)
    while k >= a and seen < _WALK:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in QUOTE_MARKS:
                return None  # («في بيان "رفض المتشددون …"»: a quotation opens, its verb has its own subject)
            k -= 1
            continue
        g = at.get(k)
        if g is not None:
            if g.glued.lstrip("و").startswith("ل"):
                return None  # («رسالة لخادم الحرمين دعاه فيها …»: to whom, or whose: no issuer read)
            if not g.actor or (g.is_loc and not g.nisba and not g.force and not definite_nisba(toks[g.first])):
                return None  # (a nisba: «الدستور اليمني», «مشروع القرار الأمريكي»)
            issuer = issuer or list(g.names)
            k, seen = g.first - 1, seen + 1
            continue
        if _is_text(t, W):
            issued = has(t, W["issued_text"])
            j = k - 1
            while j >= a and not toks[j].word:
                j -= 1
            if j >= a and j not in at and _is_text(toks[j], W):  # «مشروع القرار», «نص البيان»: the text's head
                k = j
            described = not issuer and not _definite(toks[k]) and toks[h.first].form.startswith(("ي", "ت"))
            if not relative and not described and not _opens_clause(toks, a, k):
                return None  # «رد فعل على قرارات العبادي طالب النائب …»: governed; the subject comes after
            return ThingSubject(k, issued, issuer)
        f = t.form
        if f.startswith("و") and f[1:] in RELATIVE_PRONOUNS:
            f = f[1:]  # «والتي»
        if not (f in RELATIVE_PRONOUNS or f in _ISSUED_BY or f in _ISSUED or f in _NUMBER_WORDS or f.isdigit()
                or (f.startswith("ال") and seen < 4 and not has(t, W["party"]))  # («المتظاهرون يرفضون»: people)
                or (f.endswith(("ي", "يه")) and len(f) > 3 and seen < 2)):  # «قرار عربي يدين»: an indefinite nisba
            return None
        relative = relative or f in RELATIVE_PRONOUNS
        k, seen = k - 1, seen + 1
    return None


def _conjoined(t: Tok, h: Hit) -> bool:
    """True when the verb carries «و»/«ف» («وطالب», «ويهدد»): it goes on with an earlier clause's subject."""
    return t.form != h.trig.words[0] and t.form.startswith(("و", "ف")) and t.form[1:].startswith(h.trig.words[0][:2])


def _relative_verb_before(toks: list[Tok], a: int, k: int) -> int | None:
    """The relative pronoun's token when a present verb stands right before token k and the pronoun right
    before that verb («التي تمنع وترفض»), else None."""
    words = [j for j in range(max(a, k - 4), k) if toks[j].word][-2:]
    if len(words) < 2 or any(not toks[j].word or toks[j].form in CLAUSE_END for j in range(words[0], k)):
        return None
    rel, verb = (toks[j].form for j in words)
    if verb.startswith(("ي", "ت")) and rel.removeprefix("و") in RELATIVE_PRONOUNS:
        return words[0]
    return None


def _in_which(toks: list[Tok], h: Hit) -> bool:
    """True when «فيه»/«فيها» follows the verb («تقريرا يطالب فيه بعض المواطنين …»): the text is where it is
    said, its subject another."""
    nxt = next((j for j in range(h.last, min(len(toks), h.last + 3)) if toks[j].word), None)
    return nxt is not None and toks[nxt].form in _WHEREIN


def _opens_clause(toks: list[Tok], a: int, k: int) -> bool:
    """True when the text at k opens its clause: the sentence's first word, after «إن»/«أن» or a mark, or with
    «و» on it («والقرار يطالب …»), not after a preposition or a noun that governs it."""
    f = toks[k].form
    if f.startswith(("ب", "ل", "ك")) and not f.startswith("ال"):
        return False
    j = k - 1
    if j < a:
        return True
    if not toks[j].word:
        return True
    return toks[j].form in THAT or toks[j].form in _OPENERS or (f.startswith("و") and not f.startswith("وب"))


def _issuing_subject(toks: list[Tok], a: int, head: int, groups: list[Group]) -> list[str] | None:
    """The names of the subject of a verb of issuing right before an indefinite text («أصدر داعش فتوى»,
    «تتبنى الجمعية العامة … قرارا», «أصدر مجلس الأمن الدولي أمس قرارا»); [] when the verb has no subject named
    beside it, None when no verb of issuing stands there."""
    words = [k for k in range(max(a, head - 10), head) if toks[k].word]
    verb = next((k for k in reversed(words) if has(toks[k], _ISSUE) or toks[k].form in _ISSUE), None)
    if verb is None:
        return None
    after = next((g for g in groups if verb < g.first < head and g.actor and not g.is_loc), None)
    if after is not None:
        return list(after.names)  # «أصدر داعش فتوى»
    before = [g for g in groups if a <= g.first and g.last <= verb and g.actor and not g.is_loc
              and not any(toks[j].word for j in range(g.last, verb))]
    return list(before[-1].names) if before else []  # «الجمعية العامة تتبنى قرارا», right before the verb


def text_roles(toks: list[Tok], a: int, h: Hit, ev: Event, groups: list[Group], prior: list[Group],
               W: Words) -> bool | None:
    """Set the source of a statement whose subject is a text to its issuer (`thing_subject`): True when set,
    False when the verb has no text for subject (nothing changed), None when the text speaks for no one named
    (a standing text, or an issued one whose issuer no rule reads): no event."""
    ts = thing_subject(toks, a, h, groups, W)
    if ts is None:
        return False
    if not ts.issued:
        return None
    issuer = ts.issuer
    head = toks[ts.head]
    if not issuer and not _definite(head):
        before = next((k for k in range(ts.head - 1, a - 1, -1) if toks[k].word), None)
        if head.form.startswith(("ب", "وب")) or (before is not None and toks[before].form in _IN):
            return False  # «وقالت حماس في بيان يدين …»: the speaker's own statement, as the rules read it
        issuer = _issuing_subject(toks, a, ts.head, groups) or []
        if not issuer:
            return None  # «وصدور تقرير يتهم …»: no one issued it
    if issuer:
        after = {n for g in groups if g.first >= h.last for n in g.names}  # a «subject» read after the verb: the one
        asked = [n for n in ev.source if n in after and n not in issuer]  # the text addresses («يطالب إسرائيل»)
        ev.source = list(issuer)
        ev.target = [n for n in dict.fromkeys([*asked, *ev.target]) if n not in issuer]
        return True
    # a definite text with no issuer named: the body told before it, not a party named after the verb
    named_before = {n for g in [*prior, *(g for g in groups if a <= g.first and g.last <= ts.head)] for n in g.names}
    return False if ev.source and all(n in named_before for n in ev.source) else None

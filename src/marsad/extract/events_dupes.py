"""One deed coded twice in one article: a later telling of a meeting told just before.

A meeting's nouns are most often plural and still name one meeting («محادثات», «مباحثات», «لقاءات»,
«اجتماعات»: talks), so a plural meeting noun that refers back («لقاءاتها مع المسؤولين», «اجتماعاته مع
الأحزاب», «محادثات بخاري مع نظيره») is the meeting told before, unlike a plural of other deeds
(«الهجمات»: attacks of a kind); told in the sentence right after the meeting, it is that meeting whoever
it names as the other side (`next_sentence`), unless told as the story's past (`told_of_another_time`).
A host's welcome read as a meeting («ورحب سموه بالفريق المحرج والوفد المرافق») right after the reception it
belongs to («استقبل الأمير … الفريق عثمان المحرج»), or naming one of its guests, is that reception
(`welcome_of_reception`).
The wishes and praise told right after a cable («وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن
أصدق التهاني») are the cable told again (`cable_wishes`).

A deed in a speaker's quoted words («واضاف المصدر "انها محاولة خطف فاشلة لطيارين روس"», «واضاف ان "موكلي اعتقل
بشكل غير قانوني"») that names no doer and has no date of its own, in an article whose own words tell a deed of its
type, is the speaker speaking of that deed, or of deeds of its kind, not another deed told (`quoted_mention`); and
a statement in quoted words that names no other party, by a speaker whose statement of its type the article tells
in its own words, is that statement told again («بناء على طلب من تركيا» … «وقال الحلف "طلبت تركيا الاجتماع …"»,
«قال كيري إنه توصل لاتفاق مع لافروف» … «"اعتقد أننا توصلنا لاتفاق"»: `quoted_restatement`)."""

from __future__ import annotations

from marsad.extract.events_lexicon import forms, norm
from marsad.model import Event

PLURAL_ONE_DEED = frozenset(("FIGHT", "CONSULT"))  # «المواجهات» is one clash, «محادثاته» one meeting


def plural_names_one_deed(event_type: str) -> bool:
    """True when a plural noun of this type («المواجهات», «محادثاته») names one deed, not deeds of a kind."""
    return event_type in PLURAL_ONE_DEED


def cable_wishes(ev: Event, out: list[Event], text: str, polities: frozenset[str],
                 told_to: dict[int, int]) -> Event | None:
    """The cable `ev` tells again, if any: the statement of its type told in the sentence right before
    (or right after the last sentence already taken into it: `told_to`, its id → that sentence's end),
    when its own sentence sends a cable («بعث الملك برقية تهنئة للرئيس …») and `ev`'s does not, and `ev`'s
    speaker is the sender or a country («وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن أصدق
    التهاني», «وعبر نائب خادم الحرمين الشريفين عن أبلغ التهاني», «وأشاد خادم الحرمين الشريفين بهذه
    المناسبة بتميز العلاقات»): the cable's words, one deed told again."""
    p = out[-1] if out else None
    end = told_to.get(id(p), p.end) if p is not None else 0
    if p is None or p.type != ev.type or p.negated != ev.negated or end > ev.start \
            or text[end:ev.start].strip():
        return None
    if not _cable(text[p.start:p.end]) or _cable(text[ev.start:ev.end]):
        return None
    return p if all(n in p.source or norm(n) in polities for n in ev.source) else None


def _cable(sentence: str) -> bool:
    """The sentence tells of a cable («برقية», «ببرقية», «برقيتين»)."""
    return any(w[len(c):].startswith(_CABLE) for w in norm(sentence).split() for c in ("", "و", "ب", "وب"))


_CABLE = norm("برقي")


def next_sentence(p: Event, ev: Event, text: str) -> bool:
    """`ev` is told in the sentence right after `p`'s («بزيارة إلى الكاميرون» … «وأوضحت الرئاسة أن محادثات
    بخاري مع نظيره …»): a meeting noun there that refers back is the meeting just told, whoever it
    names as the other side."""
    return bool(text) and p.end <= ev.start and not text[p.end:ev.start].strip()


def told_of_another_time(p: Event, ev: Event) -> bool:
    """`ev` is told as the story's past while `p` is news («وكانت الدول الثلاث أعلنت في نوفمبر 2012 بدء
    المفاوضات»: not the meeting the story tells)."""
    return ev.background and not p.background


def quoted_mention(ev: Event, out: list[Event]) -> bool:
    """True when `ev` stands in a speaker's quoted words (`claimed_by`), has no source and no date, and another
    event of its type in `out` is told outside quotes (module docstring)."""
    return bool(ev.claimed_by) and not ev.source and not ev.date \
        and any(p is not ev and p.type == ev.type and not p.claimed_by for p in out)


def quoted_restatement(ev: Event, out: list[Event]) -> bool:
    """True when `ev` stands in a speaker's quoted words (`claimed_by`) with a source and no target, and another
    event of its type in `out` is told outside quotes by one of its sources (module docstring)."""
    return bool(ev.claimed_by) and bool(ev.source) and not ev.target \
        and any(p is not ev and p.type == ev.type and not p.claimed_by and set(p.source) & set(ev.source) for p in out)


_WELCOME = forms("رحب", "يرحب", "رحبت", "ترحب")


def _welcome(ev: Event) -> bool:
    """True when the telling's trigger is a host's verb of welcoming («ورحب سموه بالفريق …»)."""
    w = norm(ev.trigger).split()[:1]
    return bool(w) and (w[0] in _WELCOME or (w[0][:1] in ("و", "ف") and w[0][1:] in _WELCOME))


def welcome_of_reception(events: list[Event], text: str) -> list[Event]:
    """The events without each meeting told by a host's welcome («ورحب سموه بالفريق المحرج») that a meeting told
    before by the same host names a guest of, or that stands in the sentence right after it: the reception
    told again, no meeting of its own."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "CONSULT" and _welcome(ev) and any(
                p.type == ev.type and p.negated == ev.negated and not _welcome(p) and set(p.source) & set(ev.source)
                and (set(p.target) & set(ev.target) or next_sentence(p, ev, text)) for p in out):
            continue
        out.append(ev)
    return out

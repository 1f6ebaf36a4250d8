"""Civic, religious and family notices: trigger words read in a sense that tells no political event.

News pages carry notices and greetings whose verbs are event triggers; the words around tell them apart:
- a prayer told with «دعا» past a long subject («ودعا الأمين العام للرابطة في ختام بيانه بأن يحفظ الله المملكة»,
  «ودعا سموه في اتصال هاتفي المولى عز وجل أن يتغمد الفقيد») asks God, not a party: no demand;
- a notice to applicants, candidates, shareholders or customers («دعت الجامعة المرشحين لمراجعة الجامعة»,
  «ودعت الشركة مساهميها لتحديث بياناتهم», «ودعت الجوازات الأشقاء اليمنيين ممن تنطبق عليهم الشروط») is a
  service notice, no demand; so is a public-service appeal to citizens to cooperate, call or register («ودعا
  مدير البلدية المواطنين للتعاون مع البلديات», «ونوه مدير المياه على جميع المواطنين …»; a warning to take care
  stays a demand), and an officer's call on his own staff to work hard («وحث منسوبي الإمارة على بذل الجهود»);
- «ودّعت» with a counted group or a group sent off as its object («ودعت المديرية الدفعة المشاركة», «ودعت
  الجمعية 27 مصابا») bids farewell, it calls on no one;
- a birth notice («رزق فلان بمولود اتفق وحرمه على تسميته») is no agreement.
A real demand on a party («دعا الأمين العام الأطراف إلى وقف القتال») has none of these words and stays.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import Tok, has
from marsad.model import Event

PRAYER_SPAN = 24  # words after «دعا» in which a prayer's «أن يحفظ الله» stands, past a long subject and an aside
GOD_GAP = 4  # words between «الله/المولى» and the «أن» of its prayer («المولى عز وجل أن»)
AUDIENCE_REACH = 8  # words after a demand in which its addressee stands, past the subject
URGED_REACH = 12  # words after «نوّه» in which «على» and the public urged stand, past a subject named at length
ACT_REACH = 4  # words after the addressee in which the act asked of it starts
FAREWELL_REACH = 8  # words after «ودعت» in which the group sent off stands
BIRTH_REACH = 12  # words around «اتفق» in which the newborn and its naming are told

COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})  # «أن», «بأن», «وأن», folded
TO = frozenset({"الي", "علي"})  # «إلى», «على», folded: the act asked starts here
_STANCE = forms("موقف", "موقفا", "مواقف")  # «بتسجيل موقف»: take a stand, not register


def civic_notice(ev: Event, words: list[Tok], at: int, W: Words) -> bool:
    """True when the event's trigger tells a prayer, a service notice or appeal, a farewell or a birth notice,
    not an event of its type."""
    if ev.type == "DEMAND":
        return prayed_to_god(words, at, W) or notice_audience(words, at, W) or service_appeal(words, at, W) \
            or staff_urged(words, at, W) or farewell(words, at, W)
    if ev.type == "SUPPORT":
        return urged_public(words, at, W)
    if ev.type == "AGREE":
        return birth_notice(words, at, W)
    return False


def _span(words: list[Tok], at: int, reach: int) -> list[Tok]:
    """Up to `reach` words after index `at`, past commas, stopping at any other clause mark."""
    out: list[Tok] = []
    for t in words[at + 1:]:
        if len(out) == reach or (not t.word and t.form not in ("،", ",")):
            break
        if t.word:
            out.append(t)
    return out


def prayed_to_god(words: list[Tok], at: int, W: Words) -> bool:
    """True when the demand's complement asks God: «أن/بأن» and a verb with «الله/المولى» right after it («بأن
    يحفظ الله المملكة»), or God named right before it («المولى عز وجل أن يتغمد»), before any «إلى/على» that
    would start an act asked of a party."""
    span = _span(words, at, PRAYER_SPAN)
    for k, t in enumerate(span):
        if t.form in TO:
            return False
        if t.form in COMPLEMENTIZERS:
            after = span[k + 1:k + 3]
            return any(has(w, W["senses_god"]) for w in after) or any(
                has(w, W["senses_god"]) for w in span[max(0, k - GOD_GAP - 1):k])
    return False


def _addressee(words: list[Tok], at: int, cls: frozenset[str]) -> int | None:
    """Index in the trigger's span of the first word of class `cls` before any «إلى/على», None when none."""
    span = _span(words, at, AUDIENCE_REACH)
    for k, t in enumerate(span):
        if t.form in TO:
            return None
        if has(t, cls) and not (k and t.form.startswith("و")):  # «الحرفيين والمهتمين»: a conjoined subject
            return k
    return None


def notice_audience(words: list[Tok], at: int, W: Words) -> bool:
    """True when the one asked is a notice's audience: applicants, candidates, those who wish or qualify,
    shareholders or customers («دعت الجامعة المرشحين لمراجعة الجامعة», «ودعت الوزارة من يرغب في التقدم»,
    «ممن تنطبق عليهم الشروط»)."""
    if _addressee(words, at, W["civic_audience"]) is not None:
        return True
    span = _span(words, at, AUDIENCE_REACH + 2)  # «… الأشقاء اليمنيين ممن تنطبق»: the clause after the addressee
    return any(t.form in ("من", "ممن") and has(nxt, W["civic_audience_verb"]) for t, nxt in pairwise(span))


def _act_after(words: list[Tok], at: int, k: int, cls: frozenset[str]) -> bool:
    """True when the act asked, in the few words after the addressee at span index `k`, is of class `cls` and
    opens with «لـ», «بـ» or after «إلى/على» («للتعاون», «إلى توخي الحذر»), not a place noun («المحافظة») nor a
    stand taken («مطالبا سكان المدينة بتسجيل موقف»)."""
    span = _span(words, at, AUDIENCE_REACH + ACT_REACH)
    return any(has(span[j], cls) and (span[j].form.startswith(("ل", "ب")) or span[j - 1].form in TO)
               and not (j + 1 < len(span) and span[j + 1].form in _STANCE)
               for j in range(k + 1, min(len(span), k + 1 + ACT_REACH)))


def service_appeal(words: list[Tok], at: int, W: Words) -> bool:
    """True when citizens are asked a public service's routine: to cooperate, get in touch, call or register
    («ودعا الحداد المواطنين للتعاون مع البلديات», «ودعت الشركة المشتركين لمراجعة الفرع»); a warning to take care
    («إلى توخي الحذر») stays a demand."""
    span = _span(words, at, AUDIENCE_REACH)
    k = next((i for i, t in enumerate(span) if has(t, W["civic_public"])), None)
    return k is not None and _act_after(words, at, k, W["civic_service_act"])


def urged_public(words: list[Tok], at: int, W: Words) -> bool:
    """True when «نوّه على» urges the public («ونوه مدير المياه بالأحساء على جميع المواطنين … بالمبادرة
    بالاتصال»): an appeal, no praise."""
    if not has(words[at], W["senses_noted"]):
        return False
    span = _span(words, at, URGED_REACH)
    return any(t.form in TO and any(has(w, W["civic_public"]) for w in span[k + 1:k + 3])
               for k, t in enumerate(span))


def _staff(span: list[Tok], k: int, W: Words) -> bool:
    """True when the word at `k` names an organisation's own staff («منسوبي», «الموظفين», «فريق العمل»)."""
    return has(span[k], W["civic_staff"]) or (
        has(span[k], W["civic_team"]) and k + 1 < len(span) and has(span[k + 1], W["civic_work"]))


def staff_urged(words: list[Tok], at: int, W: Words) -> bool:
    """True when an officer urges his own staff or team to work hard («وحث منسوبي الإمارة على بذل الجهود»,
    «دعا فريق العمل المشرف على الأعمال إلى المتابعة الدقيقة»)."""
    span = _span(words, at, AUDIENCE_REACH + ACT_REACH + 2)
    k = next((i for i in range(min(len(span), AUDIENCE_REACH)) if _staff(span, i, W)), None)
    return k is not None and any(has(t, W["civic_staff_act"]) for t in span[k + 1:])


def farewell(words: list[Tok], at: int, W: Words) -> bool:
    """True when «ودّعت» bids farewell: a counted group or a group sent off is its object («ودعت المديرية
    الدفعة المشاركة», «ودعت الجمعية 27 مصابا») and no «إلى/على» act is asked."""
    if not has(words[at], W["civic_farewell_verb"]):
        return False
    span = _span(words, at, FAREWELL_REACH)
    if any(t.form in TO for t in span):
        return False
    return any(t.form.isdigit() or has(t, W["civic_sent_off"]) for t in span)


def birth_notice(words: list[Tok], at: int, W: Words) -> bool:
    """True when «اتفق» tells parents naming a newborn («رزق فلان بمولود اتفق وحرمه على تسميته»)."""
    near = [t for t in words[max(0, at - BIRTH_REACH):at + BIRTH_REACH] if t.word]
    return any(has(t, W["civic_newborn"]) for t in near) and any(has(t, W["civic_naming"]) for t in near)

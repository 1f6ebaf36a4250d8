"""Names after the trigger that are no target: the one a deed is for, the side words were aimed at,
what a permission is for, what was agreed, and who only attended.

Six constructions name a party inside what a statement is about, not the one it is addressed or
aimed at:
- a demand to help someone («ودعا الرئيس المجتمع الدولي إلى دعم الحكومة اللبنانية», «وطالبت الحكومة
  الأمم المتحدة بمساعدة اللاجئين»): the one asked is named first, the one to be helped is only whom the
  help is for (`aided_parties`); with no one named before the help noun («دعا إلى دعم الحكومة») the
  one helped stays;
- a demand to stop or judge a harm done to someone («وطالب البرلمان المجتمع الدولي بوقف الانتهاكات بحق
  الشعب السوري»): those after «بحق» are its victims, not the one asked (`wronged_parties`); a
  punishment «بحق» someone («عقوبة رادعة بحق صياد») is asked against him, and he stays;
- a condemnation of someone's words or deeds «تجاه», «إزاء», «حيال» a third side («استنكر الأمين العام
  تصريحات نائب الرئيس العراقي تجاه المملكة»): the side is the injured one, the target is whose the words
  are (`aimed_at_parties`); with no party named before the preposition the side stays;
- an agreement to let someone do something («وافقت تركيا على السماح للجيش الأمريكي بشن ضربات على
  داعش»): the one let is the target, what he may do and to whom is not (`permitted_deed_parties`);
- what parties agreed together («اتفق الوزراء على وضع خطوات لدحر تنظيم داعش», «اتفقوا على تطويق الانتشار
  العسكري الإيراني»): the names after «على» and a verbal noun are the matter, not a party; a partner named
  with «مع» right after it stays, and so does the other side of what someone approves («وافقت الخارجية
  على صفقة للسعودية») (`agreed_content_parties`);
- those present at a meeting («استقبل الأمير … الوزير … بحضور ولي العهد»): the names after «بحضور» are
  no party of it, neither host nor guest, as long as a party is left (`attendees`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, clause_end, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_AID = forms("دعم", "مساعدة", "مساندة", "إغاثة", "اغاثة", "حماية", "نصرة", "تمويل")  # what is asked for someone
_ASK_MARK = forms("إلى", "الى")  # «إلى دعم»
_AID_OBJECT_REACH = 3  # tokens from a help noun to the first word of whom it helps («دعم الحكومة»)
_WRONGED = forms("بحق")  # «الانتهاكات بحق الفلسطينيين»: those a deed was done to
_WRONGS = forms("انتهاكات", "انتهاك", "جرائم", "جريمة", "اعتداءات", "اعتداء", "ممارسات", "مجازر", "مجزرة", "عنف",
                "تعذيب", "إعدامات", "اعدامات", "تنكيل", "قمع", "إساءات", "اساءات", "تمييز")  # harm done «بحق» someone
_WRONG_REACH = 3  # words back from «بحق» to the harm noun («الإعدامات الميدانية بحق»)
_TOWARD = forms("تجاه", "إزاء", "ازاء", "حيال")  # «تصريحات … تجاه المملكة»
_ALLOW = forms("السماح", "سماح", "يسمح", "تسمح", "سمح", "سمحت")  # «على السماح للجيش … بشن»
_LET_REACH = 3  # tokens from «السماح» to the name of the one let («السماح للجيش الأمريكي»)
_NOT_DEED = forms("بين", "بعد", "بها", "به", "بهم")  # a «بـ» word that opens no deed («بشن», «باستخدام»)
_AIMED_TYPES = frozenset(("DISAPPROVE", "REJECT", "PROTEST"))
_PERMIT_TYPES = frozenset(("AGREE", "SUPPORT", "COOPERATE"))


def _only_after(names: list[str], groups: list[Group], k: int, b: int) -> set[str]:
    """The names every mention of which in the sentence lies at or after token k."""
    out = set()
    for n in names:
        seen = [g for g in groups if n in g.names and g.first < b]
        if seen and all(g.first >= k for g in seen):
            out.add(n)
    return out


def _aid_noun(toks: list[Tok], start: int, end: int, groups: list[Group]) -> int | None:
    """The first help noun («دعم», «لدعم», «بمساعدة») in [start, end) that is no part of a name."""
    inside = {k for g in groups for k in range(g.first, g.last)}
    return next((k for k in range(start, end) if toks[k].word and k not in inside and has(toks[k], _AID)), None)


def _helped(groups: list[Group], k: int, end: int) -> list[Group]:
    """The groups the help noun at token k governs: the first one within reach and those joined to it
    with «و» right after it."""
    after = sorted((g for g in groups if k < g.first < end), key=lambda g: g.first)
    if not after or after[0].first - k > _AID_OBJECT_REACH:
        return []
    out = [after[0]]
    for g in after[1:]:
        if g.first - out[-1].last <= 1 and (g.glued.startswith("و") or g.first > out[-1].last):
            out.append(g)
        else:
            break
    return out


def aided_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names a demand's target holds that are only whom the help asked for is for («ودعا X
    المجتمع الدولي إلى دعم الحكومة اللبنانية»), when someone is named as asked before the help noun."""
    if ev.type != "DEMAND" or not ev.target:
        return set()
    start = h.after
    end = clause_end(toks, start, b)
    k = _aid_noun(toks, start, end, groups)
    if k is None:
        return set()
    own = {j for g in groups if set(g.names) & set(ev.source) for j in range(g.first, g.last)}
    words = [j for j in range(start, k) if toks[j].word and j not in own and not has(toks[j], _ASK_MARK)]
    if not words:
        return set()  # «دعا إلى دعم الحكومة»: nobody asked but the one helped
    helped: set[str] = set()
    while k is not None:  # «لدعم هذه الخطة وحشد … لدعم اليونسكو والسلطات اليمنية»
        helped |= {n for g in _helped(groups, k, end) for n in g.names}
        k = _aid_noun(toks, k + 1, end, groups)
    first = _aid_noun(toks, start, end, groups) or start
    return _only_after([n for n in ev.target if n in helped], groups, first, b)


def aimed_at_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of a condemnation's target named only after «تجاه», «إزاء», «حيال» when another target is
    named before it («استنكر … تصريحات المالكي تجاه المملكة»): the side the words were aimed at."""
    if ev.type not in _AIMED_TYPES or len(ev.target) < 2:
        return set()
    start = h.after
    p = next((k for k in range(start, b) if toks[k].word and has(toks[k], _TOWARD)), None)
    if p is None:
        return set()
    before = [g for g in groups if start <= g.first < p and set(g.names) & set(ev.target)]
    if not before or clause_end(toks, before[-1].last, p) < p:
        return set()  # the words' owner is named in the same clause, right before the preposition
    return _only_after(ev.target, groups, p, b)


def permitted_deed_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of an agreement's target named only in what it lets someone do («وافقت تركيا على السماح
    للجيش الأمريكي بشن ضربات ضد داعش»), after the «بـ» word that follows the one let."""
    if ev.type not in _PERMIT_TYPES or not ev.target:
        return set()
    end = clause_end(toks, h.after, b)
    k = next((j for j in range(h.first, end) if toks[j].word and has(toks[j], _ALLOW)), None)
    if k is None:
        return set()
    if k + 1 >= end or not toks[k + 1].form.startswith("ل"):
        return set()  # «السماح للجيش …», «السماح لهم»: the one let comes with «لـ»
    let = next((g for g in groups if k < g.first <= k + _LET_REACH), None)
    if let is None or not set(let.names) & set(ev.target):
        return set()
    deed = next((j for j in range(let.last, end) if toks[j].word and toks[j].form.startswith("ب")
                 and len(toks[j].form) >= 3 and toks[j].form not in _NOT_DEED), None)
    if deed is None:
        return set()
    return _only_after([n for n in ev.target if n not in let.names], groups, deed, b)


def _harm_before(toks: list[Tok], start: int, k: int) -> bool:
    """True when a noun of harm done («الانتهاكات», «الإعدامات الميدانية») stands within `_WRONG_REACH` words
    before the «بحق» at token k (not a sentence: «عقوبة رادعة بحق صياد» asks to punish him)."""
    words = [j for j in range(start, k) if toks[j].word][-_WRONG_REACH:]
    return any(has(toks[j], _WRONGS) for j in words)


def wronged_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of a demand's target named only after «بحق» in what it asks («وطالب البرلمان المجتمع
    الدولي بوقف الانتهاكات بحق الشعب السوري»): those a deed was done to, not the one asked."""
    if ev.type != "DEMAND" or not ev.target:
        return set()
    start = h.after
    out: set[str] = set()
    for k in range(start, b):
        if toks[k].word and has(toks[k], _WRONGED) and _harm_before(toks, start, k):
            end = clause_end(toks, k, b)
            inside = {n for g in groups if k < g.first < end for n in g.names}
            out |= _only_after([n for n in ev.target if n in inside], groups, k, b)
    return out


_ON = forms("على", "علي")  # «اتفقوا على تطويق …»: what is agreed
_WITH = forms("مع", "ومع")
_AGREED_STEMS = ("اتفق", "يتفق", "تتفق", "نتفق")  # «اتفقوا على», not «وافق على» (approve)
_PARTNER_REACH = 6  # tokens from «على» to a partner named with «مع» («اتفقت على هدنة مع المتمردين»)


def _mutual(t: Tok) -> bool:
    """True when the trigger is a verb of agreeing together («اتفق», «اتفقوا», «يتفق»), not of approving
    («وافق على صفقة للسعودية»: the other side of what is approved is its target)."""
    return any(r.startswith(_AGREED_STEMS) for r in (t.form, *t.reads))


def agreed_content_parties(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of an agreement's target named only in what was agreed («اتفق القادة على تطويق الانتشار
    العسكري الإيراني»: «على» and a verbal noun), not after «مع» (the other party, «على … مع الحوثيين»)."""
    if ev.type != "AGREE" or not ev.target or not ev.source or not _mutual(toks[h.first]):
        return set()
    start = h.after
    inside = {k for g in groups for k in range(g.first, g.last)}
    on = next((k for k in range(start, b) if toks[k].word and toks[k].form in _ON), None)
    if on is None or on + 1 >= b or on + 1 in inside or not toks[on + 1].word:
        return set()
    out = _only_after(ev.target, groups, on, b)
    return {n for n in out if not any(n in g.names and on < g.first <= on + _PARTNER_REACH
                                      and toks[g.first - 1].form in _WITH for g in groups)}


_PRESENCE = forms("بحضور", "وبحضور")  # «استقبل X Y بحضور Z»: Z only attended
_AFTER_PRESENCE = forms("اليوم", "أمس", "امس", "مساء", "صباح", "ديوان", "الديوان", "قصر", "القصر", "مكتبه", "مقر",
                        "المقر")  # a time or the venue: the names of those present have ended


def _presence_end(toks: list[Tok], at: int, b: int) -> int:
    """Where the names of those present after «بحضور» at token `at` end: at a time word or a word of the
    meeting's venue («… ولي العهد اليوم بالديوان الأميري الأمير نواف بن فيصل»: the guest comes after), else
    at the sentence's end."""
    return next((k for k in range(at + 1, b) if toks[k].word and (has(toks[k], _AFTER_PRESENCE)
                                                                  or toks[k].form in _AFTER_PRESENCE)), b)


def attendees(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> set[str]:
    """The names of a meeting's parties named only among those present («استقبل الأمير … الوزير … بحضور
    ولي العهد»): no party of the meeting; none when no one met is left («عقد اجتماعا بحضور مدير …»: he is
    the one met)."""
    if ev.type != "CONSULT" or not ev.target:
        return set()
    at = next((k for k in range(h.after, b) if toks[k].word and toks[k].form in _PRESENCE), None)
    if at is None:
        return set()
    end = _presence_end(toks, at, b)
    inside = {n for g in groups if at < g.first < end for n in g.names}
    present = _only_after([n for n in [*ev.source, *ev.target] if n in inside], groups, at, b)
    present = {n for n in present if all(g.first < end for g in groups if n in g.names and g.first > at)}
    return present if any(n not in present for n in ev.target) else set()

"""The parties of a meeting told by an honorific, a dual noun, beside a greeting or before «قد».

- the partner of a meeting told by an honorific after «مع» («وعقد جلالته اجتماعا مع سموه») is the last
  person named before it in the article after that honorific («صاحب السمو الملكي الأمير X») (`honored_partner`);
- the people whose greetings a guest brings («نقل سموه تحيات خادم الحرمين الشريفين الملك سلمان … إلى
  أخيه …») are no parties of the sentence's events: only the one greeted, after «إلى», is (`greeted_names`);
- a dual noun left standing as a party («الوزيران», «الرئيسين», «الطرفان») is the two parties of the last
  meeting or agreement told before it, or, for two people («الوزيران», «الزعيمان»), the two people last named
  together in one sentence before it (`pair_parties`);
- the subject told between «وكان» and «قد» («وكان أمير منطقة نجران قد استقبل الدكتور X») is the verb's source
  (a bare title: the person it stood beside before), and the name after the verb its object (`was_told_subject`),
  but not the agent of a passive marked by «على يد», «من قبل» («وكان الطفل قد قتل على يد مستوطنين»: they did it).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, Mention
from marsad.extract.events_lexicon import WITH, forms, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.model import Event

# an honorific pronoun → the words that call a person by it before his name («سموه» → «صاحب السمو …»)
_HONORED_BY = {norm(k): forms(*v) for k, v in (
    ("سموه", ("سمو", "السمو", "لسمو", "وسمو")), ("جلالته", ("جلالة", "الجلالة", "لجلالة", "وجلالة")),
    ("فخامته", ("فخامة", "الفخامة", "لفخامة", "وفخامة")), ("معاليه", ("معالي", "لمعالي", "ومعالي")),
    ("دولته", ("دولة",)))}
WITH_REACH = 3  # words between a meeting's trigger and «مع» of its honorific partner
HONORED_REACH = 10  # words between an honorific and the name it comes before («صاحب السمو الملكي الأمير X»)

_GREETINGS = forms("تحيات", "تحياته", "تحياتها", "تحياتهما", "تحية", "وتحيات", "تهاني", "وتهاني", "تمنيات")
_TO = forms("إلى", "الى", "لأخيه", "لاخيه")
GREETING_REACH = 40  # words from «تحيات» to the «إلى» of the one greeted

_MEETINGS = frozenset(("CONSULT", "AGREE", "COOPERATE"))
# dual nouns of two people («الوزيران»), whom the two people last named together may stand for
_PEOPLE_PAIRS = forms("الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "الزعيمان", "الزعيمين", "المسؤولان",
                      "الملكان", "الملكين", "الأميران", "الأميرين")
PAIR_REACH = 1500  # characters back from a dual noun's sentence to the meeting or people it stands for


def honored_partner(toks: list[Tok], b: int, last: int, ents: list[Mention], source: list[str]) -> list[str]:
    """The person an honorific after «مع» right after a meeting's trigger stands for («اجتماعا مع سموه»):
    the last person named before it in the article after that honorific, not the meeting's source; []
    when none."""
    ws = [k for k in range(last, b) if toks[k].word][:WITH_REACH + 1]
    at = next((k for k in ws if toks[k].form in WITH), None)
    if at is None or any(toks[j].form in CLAUSE_END or toks[j].form in SENT_END for j in range(last, at)):
        return []
    nxt = next((k for k in range(at + 1, b) if toks[k].word), None)
    calls = _HONORED_BY.get(toks[nxt].form) if nxt is not None else None
    if calls is None:
        return []
    for s, _, e in reversed(ents):
        if s >= at or e.label != "PER" or e.canonical in source:
            continue
        before = [k for k in range(max(0, s - 2 * HONORED_REACH), s) if toks[k].word][-HONORED_REACH:]
        if any(toks[k].form in calls for k in before):
            return [e.canonical]
    return []


def greeted_names(toks: list[Tok], a: int, b: int, groups: list[Group]) -> set[str]:
    """Names of the people whose greetings are brought («نقل تحيات X وY إلى Z»: X and Y), from «تحيات» to
    «إلى» or the end of the clause; set() when the sentence brings none."""
    out: set[str] = set()
    for k in range(a, b):
        if toks[k].form not in _GREETINGS:
            continue
        end, n = k + 1, 0
        while end < b and n < GREETING_REACH and toks[end].form not in _TO and toks[end].form not in SENT_END:
            n += toks[end].word
            end += 1
        if end < b and toks[end].form in _TO:  # a greeting told to the end of its span only
            out.update(n for g in groups if k < g.first and g.last <= end for n in g.names)
    return out


def drop_greeted(toks: list[Tok], a: int, b: int, groups: list[Group], ev: Event) -> None:
    """Take the people whose greetings are brought in the sentence out of an event's parties, unless also
    named outside the greeting (in place)."""
    greeted = greeted_names(toks, a, b, groups)
    if not greeted:
        return
    outside = {n for g in groups for n in g.names if n in greeted and not _in_greeting(toks, a, b, g)}
    gone = greeted - outside
    ev.source = [n for n in ev.source if n not in gone]
    ev.target = [n for n in ev.target if n not in gone]


def _in_greeting(toks: list[Tok], a: int, b: int, g: Group) -> bool:
    """True when a group stands between a «تحيات» and its «إلى»."""
    k = g.first - 1
    while k >= a and toks[k].form not in _TO and toks[k].form not in SENT_END:
        if toks[k].form in _GREETINGS:
            return True
        k -= 1
    return False


def is_pair(name: str, pair: frozenset[str]) -> bool:
    """True when a party's name is a dual noun of both parties («الوزيران», «الطرفين»)."""
    return norm(name).lstrip("وف") in pair


def pair_parties(name: str, at: int, told: list[Event], ents: list[Mention], toks: list[Tok],
                 sents: list[tuple[int, int]], pair: frozenset[str]) -> list[str]:
    """The two parties a dual noun standing as a party (`name`, in the sentence starting at character
    `at`) names: those of the last meeting or agreement told before, else for two people the two people
    last named together in one sentence before (only one of them named in the sentences between); []
    when none."""
    for e in reversed(told):
        if e.start >= at or at - e.start > PAIR_REACH:
            continue
        names = [n for n in dict.fromkeys([*e.source, *e.target]) if not is_pair(n, pair)]
        if e.type in _MEETINGS and len(names) >= 2:
            return names
    if norm(name).lstrip("وف") not in _PEOPLE_PAIRS:
        return []
    seen: set[str] = set()  # the one person named in the sentences between
    for a, b in reversed(sents):
        if toks[a].start >= at:
            continue
        if at - toks[a].start > PAIR_REACH:
            break
        people = list(dict.fromkeys(e.canonical for s, _, e in ents if a <= s < b and e.label == "PER"
                                    and not is_pair(e.canonical, pair)))
        people = [p for p in people if not any(p != q and p in q for q in people)]  # «تشاوش» of «تشاوش أوغلو»
        if len(people) == 2 and seen <= set(people):
            return people
        if len(people) == 1 and seen <= set(people):
            seen.update(people)  # «وقال تشاوش …» after the sentence naming both
            continue
        if people:
            return []
    return []


def resolve_pair(ev: Event, parties: list[str], pair: frozenset[str]) -> None:
    """Put the two parties a dual noun named in its place (in place): for a meeting the first is the
    source and the other the target, for any other event both are its source."""
    rest = [n for n in ev.target if not is_pair(n, pair) and n not in parties]
    if ev.type in _MEETINGS:
        ev.source, ev.target = parties[:1], [*parties[1:], *rest]
    else:
        ev.source, ev.target = list(parties), rest


def meeting_sides(toks: list[Tok], a: int, b: int, first: int, last: int, ev: Event, groups: list[Group],
                  ents: list[Mention], sents: list[tuple[int, int]], told: list[Event], pair: frozenset[str]) -> None:
    """Set an event's parties that a greeting, an honorific partner or a dual noun hides (in place;
    `first`, `last`: the trigger's tokens; `told`: the events told so far)."""
    was_told_subject(toks, a, first, last, ev, groups, ents)
    his_meeting_owner(toks, a, first, ev, groups)
    drop_greeted(toks, a, b, groups, ev)
    if ev.type in _MEETINGS and (partner := honored_partner(toks, b, last, ents, ev.source)):
        ev.target = [*partner, *[n for n in ev.target if n not in partner]]
    dual = next((n for n in [*ev.source, *ev.target] if is_pair(n, pair)), None)
    if dual is not None and (parties := pair_parties(dual, toks[a].start, told, ents, toks, sents, pair)):
        resolve_pair(ev, parties, pair)


# a meeting noun owned by one man's pronoun («واجتماعه مع الملك», «ولقائه بالرئيس»)
_HIS_MEETINGS = forms(*(c + w for c in ("", "و", "خلال") for w in (
    "اجتماعه", "لقائه", "لقاءه", "مباحثاته", "محادثاته", "مشاوراته", "زيارته", "اتصاله")))


# the nouns of a visit or meeting whose genitive is the man a later «واجتماعه» stands for («زيارة الأمير X للأردن»)
_VISIT_NOUNS = forms(*(c + w for c in ("", "و", "ب", "ل") for w in ("زيارة", "جولة", "لقاء", "اجتماع")))
OWNER_REACH = 8  # words between a visit noun and its genitive's name («زيارة صاحب السمو الملكي الأمير X»)


def his_meeting_owner(toks: list[Tok], a: int, first: int, ev: Event, groups: list[Group]) -> None:
    """The man a meeting noun's pronoun stands for is its source, not a country read before it («نتائج زيارة
    الأمير X للأردن واجتماعه مع الملك عبدالله»: X met him, the country he went to is the other side): the
    person named right after the visit noun told before it in the sentence, when the source read is only
    places (in place)."""
    if ev.type != "CONSULT" or not ev.source or toks[first].form not in _HIS_MEETINGS:
        return
    before = [g for g in groups if a <= g.first and g.last <= first]
    if not set(ev.source) <= {n for g in before if g.is_loc and not g.person for n in g.names}:
        return
    visit = next((k for k in range(first - 1, a - 1, -1) if toks[k].form in _VISIT_NOUNS), None)
    if visit is None:
        return
    reach = [k for k in range(visit + 1, first) if toks[k].word][:OWNER_REACH]
    man = next((g for g in before if g.person and g.first in reach), None)
    if man is None or set(man.names) & set(ev.target):
        return
    ev.target = list(dict.fromkeys([*ev.target, *ev.source]))
    ev.source = list(man.names)
    ev.target = [n for n in ev.target if n not in ev.source]


_WAS = forms("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت")
_ALREADY = forms("قد")
# particles that show what stands before «قد» is no subject of «كان» («كانت تتجاهل داعش أو قد تدعمه»)
_NO_SUBJECT = forms("أو", "او", "ثم", "لا", "لم", "ما", "أن", "ان", "إن", "وقد", "بل", "لكن")
WAS_REACH = 8  # words between «وكان» and «قد» («وكان أمير منطقة نجران قد استقبل …»)
HOLDER_GAP = 3  # tokens between a title and its holder's name named with it before («X، أمير منطقة نجران،»)


def was_subject(toks: list[Tok], a: int, first: int) -> tuple[int, int] | None:
    """The token span of the subject between «وكان» and «قد» right before a verb («وكان أمير منطقة نجران قد
    استقبل …»), or None when the verb is not so told."""
    ws = [k for k in range(a, first) if toks[k].word]
    if not ws or toks[ws[-1]].form not in _ALREADY or any(
            toks[j].form in CLAUSE_END or toks[j].form in SENT_END for j in range(ws[-1], first)):
        return None
    qad = ws[-1]
    for k in reversed(ws[-WAS_REACH - 2:-1]):
        if toks[k].form in CLAUSE_END or toks[k].form in SENT_END or toks[k].form in _NO_SUBJECT:
            return None
        if toks[k].form in _WAS:
            between = range(k + 1, qad)
            if not between or any(not toks[j].word and toks[j].form not in ("،", ",") for j in between):
                return None  # «كانت تتجاهل (داعش) أو قد تدعمه»: no subject between
            return k + 1, qad
    return None


def _holder_of_title(toks: list[Tok], a: int, span: tuple[int, int], ents: list[Mention]) -> list[str]:
    """The person an unnamed title (the tokens of `span`) stood beside earlier in the article («الأمير X،
    أمير منطقة نجران» → X); [] when it was never so named."""
    title = [toks[k].form for k in range(*span) if toks[k].word]
    if len(title) < 2:
        return []
    n = len(title)
    words = [k for k in range(a) if toks[k].word]
    for i in range(len(words) - n, -1, -1):
        if [toks[k].form.lstrip("و") for k in words[i:i + n]] != [w.lstrip("و") for w in title]:
            continue
        lo, hi = words[i], words[i + n - 1] + 1
        for s, e, ent in reversed(ents):
            if ent.label == "PER" and (0 <= lo - e <= HOLDER_GAP or 0 <= s - hi <= HOLDER_GAP):
                return [ent.canonical]
    return []


def was_told_subject(toks: list[Tok], a: int, first: int, last: int, ev: Event, groups: list[Group],
                     ents: list[Mention]) -> None:
    """The subject told between «وكان» and «قد» is the source of the verb after them, and a name after the
    verb its object («وكان أمير منطقة نجران قد استقبل الدكتور الغفيص»: the emir received him) (in place)."""
    span = was_subject(toks, a, first)
    if span is None:
        return
    inside = [g for g in groups if span[0] <= g.first and g.last <= span[1]]
    told = {n for g in inside for n in g.names}
    after = {n for g in groups if g.first >= last and not _agent_marked(toks, g) for n in g.names}
    moved = [n for n in ev.source if n in after and n not in told]
    if not moved or told & {*ev.source, *ev.target}:
        return  # («وكان X قد واجه انتقادات من Y»: the rules read X already)
    head = next((g for g in inside if g.first == span[0] and g.actor), None)  # «وكان كارتر قد زار …»
    subject = head.names if head is not None else [
        n for g in inside if g.actor and not g.is_loc for n in g.names]  # «وكان الوزير عادل X قد …»
    if not subject:  # «وكان أمير منطقة نجران قد …»: the one so called before
        subject = _holder_of_title(toks, a, span, ents)
    ev.source = subject
    ev.target = [*moved, *[n for n in ev.target if n not in moved and n not in subject]]


# the words that mark the agent of a passive before it: «على يد», «على أيدي», «من قبل», «بيد»
AGENT_HANDS = forms("يد", "أيدي", "ايدي", "قبل")
_AGENT_PREPS = forms("على", "من")
_BY_HAND = forms("بيد", "بأيدي", "بايدي")


def _agent_marked(toks: list[Tok], g: Group) -> bool:
    """True when «على يد», «على أيدي», «من قبل» or «بيد» stands right before group g: the agent of a passive."""
    k = g.first - 1
    if k < 1 or not toks[k].word:
        return False
    f = toks[k].form
    return f in _BY_HAND or (f in AGENT_HANDS and toks[k - 1].form in _AGENT_PREPS)

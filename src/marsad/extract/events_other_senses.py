"""Other senses of trigger words: events whose trigger is read in a sense that tells another deed or none.

A trigger word may have a sense that is no event of its type; the words around it tell which:
- a lone pledge («تعهد الرئيس بمواصلة الزحف», «تعهد بأن بلاده سترحل المهاجرين») is no agreement with anyone:
  a pledge to go on fighting or to punish («بمواصلة القتال», «بملاحقة», «بمحاسبة») is a threat (THREATEN),
  any other lone pledge no event; a pledge to cooperate, to keep a deal or a truce, or to refrain («تعهد بعدم
  التدخل») stays an agreement;
- «نوّه» with «إلى/لـ/على/أن» after it («نوهت للجميع», «نوه إلى أن») is 'noted, alerted', not praise
  («نوه بجهود …»);
- «دعا لـ X بالشفاء/بالرحمة» (and «داعيا له بالتوفيق») is a prayer, not a demand;
- a bare «طالب» counted («ألف وثلاثمائة طالب», «كل طالب») or paired with «طالبة» is a student, not «demanded»;
- a thing that «يدعو للفخر», «يدعو إلى القلق» or «تحض على العنف» stirs a feeling or hate: no one's demand;
- an attack («هاجم», «شن هجوما») with no word of arms in its sentence and none supposed («إذا هاجمها»), made on a
  government or a rival («شن هجوما عنيفا على الحكومة») or by an attacker who goes on to describe or fault its
  target («واصفا إياه بأنه …», «منتقدا …»), is criticism (DISAPPROVE);
- a death in a crash, a fall or a fire of an aircraft or a vehicle («تحطمت طائرة … مما أسفر عن مقتل خمسة
  جنود») is an accident, no attack, where no shooting down or attack is told;
- a killing or an abduction the police pursue («تحقق شرطة المدينة في مقتل طالب», «أطاح رجال الأمن بشاب كان السبب في
  اختطاف وابتزاز فتاة», «قتل شخصان طعنا»), with no word of politics or arms but the police's own, is a CRIME;
- a detention told as the prior state of prisoners released («سلموهم 30 أسيرا كانوا يحتجزونهم», «أطلقت سراح
  70 طفلا جرى توقيفهم») is no arrest of its own: the news is the release;
- «استجاب لنداء استغاثة» is a rescue answering a distress call, not an agreement;
- civic, religious and family notices (`events_civic_notices`) tell no event.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.events_civic_notices import civic_notice
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_object_types import ON, words_after
from marsad.extract.events_tokens import Tok, has, is_count
from marsad.extract.events_typing import (
    has_any,
    political_actor,
    sentence_words,
    sentenced,
    trigger_index,
)
from marsad.extract.numbers import analyse_word
from marsad.model import Event

PLEDGE_REACH = 12  # words after a pledge in which its «بـ/بأن» complement starts, past a subject named at length
COMP_REACH = 4  # words of a pledge's complement in which its deed is named
NOTED_REACH = 12  # words after «نوه» in which its complement («بجهود», «إلى أن») starts
PRAYER_REACH = 5  # words after «دعا» in which «لـ X بالشفاء» stands
VERBAL_REACH = 18  # words after an attack in which «واصفا إياه» tells it one of words
VERBAL_OBJECT_REACH = 4  # words after an attack in which «على» and a body of politics stand («هجوما عنيفا على الحكومة»)
CRASH_REACH = 20  # words before a killing in which the crash that caused it is told
RELEASE_REACH = 12  # words before a detention in which the release of those it held is told




def resense_events(events: list[Event], toks: list[Tok], L: Lexicon) -> list[Event]:
    """The events, less those whose trigger is read in a sense that is no event, and with the type of the
    deed its sense tells where that is another («تعهد بمواصلة الزحف» → THREATEN, «هاجم … واصفا إياه» →
    DISAPPROVE)."""
    out: list[Event] = []
    for ev in events:
        words = sentence_words(toks, ev)
        at = trigger_index(words, ev)
        if at is None:
            out.append(ev)
            continue
        sense = _sense(ev, words, at, L)
        if sense == "":
            continue
        if sense is not None:
            ev.type, ev.mode = sense, None
        out.append(ev)
    return out


def crash_death(ev: Event, toks: list[Tok], L: Lexicon) -> bool:
    """True when the telling is a death in a crash, no attack (`_accident`: «قتل 17 شخصا في تحطم مروحية»)."""
    if ev.type != "ASSAULT":
        return False
    words = sentence_words(toks, ev)
    at = trigger_index(words, ev)
    return at is not None and _accident(words, at, L.words)


def _sense(ev: Event, words: list[Tok], at: int, L: Lexicon) -> str | None:
    """The type the event's sense calls for, "" for no event, None to keep it as it is."""
    W = L.words
    if civic_notice(ev, words, at, W):
        return ""
    if ev.type == "AGREE":
        pledge = _lone_pledge(words, at, ev.target, W)
        if pledge is not None:
            return pledge
        if _distress_call(words, at, W):
            return ""
    if ev.type == "SUPPORT" and _noted(words, at, W):
        return ""
    if ev.type == "DEMAND" and (_prayer(words, at, W) or _student(words, at, W) or _stirs(words, at)):
        return ""
    if ev.type == "ASSAULT" and _described_target(words, at, norm(ev.trigger), W):
        return "DISAPPROVE"
    if ev.type == "ASSAULT" and _accident(words, at, W):
        return ""
    if ev.type == "ASSAULT" and _policed_crime(words, at, ev, L):
        return "CRIME"
    if ev.type == "COERCE" and _held_before_release(words, at, W):
        return ""
    return None


def _span_word(words: list[Tok], at: int, cls: frozenset[str], n: int = 6) -> int | None:
    """Index of the first word of a class among the trigger's first `n` words, None when there is none."""
    return next((k for k in range(at, min(len(words), at + n)) if has(words[k], cls)), None)


def _lone_pledge(words: list[Tok], at: int, target: list[str], W: Words) -> str | None:
    """THREATEN for a pledge to fight on or punish («تعهد بمواصلة الزحف», «تعهد بتقديم الجريمة إلى المحكمة»);
    "" for any other pledge of one's own deed («تعهد بالمضي قدما على نهج سلفه», «تعهد بأن بريطانيا سوف ترحل»);
    None for one to cooperate, to keep a deal or to provide («تعهد بالالتزام بالهدنة», «بتأمين الظروف») or one
    made to someone («تعهد له», «تعهد بتقديم الخطة إلى ماكين»)."""
    k = _span_word(words, at, W["senses_pledge"])
    if k is None:
        return None
    after = [t for t in words[k + 1:] if t.word][:PLEDGE_REACH + COMP_REACH]  # past commas: «تعهد، أمس، بأن»
    start = next((i for i, t in enumerate(after[:PLEDGE_REACH])
                  if t.form.startswith("ب") and len(t.form) > 2 and t.form not in ("بن", "بنت")), None)
    if start is None:
        return None
    if any(t.form.startswith("ل") and not t.form.startswith(("لل", "لت")) and len(t.form) <= 4
           for t in after[:start]):
        return None  # «تعهد له بـ»: a promise made to someone
    comp = after[start:start + COMP_REACH]
    if any(has(t, W["senses_pledge_keep"]) for t in after[start:start + PLEDGE_REACH]) or _promised_to(
            after[start:start + COMP_REACH + 2], target):
        return None
    if any(has(t, W["senses_pledge_force"]) for t in comp):
        return "THREATEN"
    return None if any(has(t, W["senses_pledge_give"]) for t in comp[:2]) else ""  # «بتأمين الظروف لـ»: aid


def _promised_to(comp: list[Tok], target: list[str]) -> bool:
    """True when a pledge's complement hands something to the event's target («بتقديم الخطة إلى ماكين»)."""
    names = {w for n in target for w in norm(n).split()}
    to = {norm("إلى"), norm("الى")}
    return any(t.form in to and nxt.form in names for t, nxt in pairwise(comp)) or any(
        t.form.startswith("ل") and t.form[1:] in names for t in comp)


def _distress_call(words: list[Tok], at: int, W: Words) -> bool:
    """True when «استجاب» answers a distress call («استجابت لنداء استغاثة من قارب»)."""
    return any(has(t, W["senses_distress"]) for t in words_after(words, at, 4))


def _noted(words: list[Tok], at: int, W: Words) -> bool:
    """True when «نوّه» takes «إلى/لـ/على/أن» before any «بـ» («نوهت للجميع», «نوه السفير إلى أن»): 'noted'."""
    k = _span_word(words, at, W["senses_noted"], 3)
    if k is None:
        return False
    after = words_after(words, k, NOTED_REACH)
    for i, t in enumerate(after):
        if t.form in W["senses_noted_comp"] or (i == 0 and t.form.startswith("لل") and len(t.form) > 4):
            return True
        if t.form in W["senses_noted_prep"]:  # «نوه إلى أن»: noted; «نوه إلى دعم الأمير»: praise
            return i + 1 < len(after) and after[i + 1].form in W["senses_noted_comp"]
        if t.form.startswith("ب") and len(t.form) > 2 and t.form not in ("بن", "بنت"):
            return False
    return False


def _prayer(words: list[Tok], at: int, W: Words) -> bool:
    """True when «دعا» is a prayer: «لـ X» and a blessing after it («داعيا للمصابين بالشفاء», «داعيا له
    بالتوفيق», «داعيا الله أن …»)."""
    after = words_after(words, at, PRAYER_REACH)
    return any(has(t, W["senses_blessing"]) for t in after) or bool(after and has(after[0], W["senses_god"]))


_STUDENT = frozenset(norm(w) for w in ("طالب",))
_SHE_STUDENT = frozenset(norm(w) for w in ("طالبة", "وطالبة", "أوطالبة"))
_EACH = frozenset(norm(w) for w in ("كل", "أي", "لكل", "بكل", "لأي"))


def _student(words: list[Tok], at: int, W: Words) -> bool:
    """True when a bare «طالب» is the noun 'student', not the verb 'demanded': counted («ألف وثلاثمائة طالب»,
    «300 طالب», «كل طالب») or paired with «طالبة» («لا يجتازها طالب أو طالبة»)."""
    if at >= len(words) or words[at].form not in _STUDENT:
        return False
    before = next((t for t in reversed(words[:at]) if t.word), None) if at and words[at - 1].word else None
    if before is not None and (is_count(before, W["quantity"]) or before.form in _EACH
                               or analyse_word(before.form) is not None):
        return True
    after = words_after(words, at, 2)
    return bool(after) and (after[0].form in _SHE_STUDENT or (
        after[0].form in ("او", "و") and len(after) > 1 and after[1].form in _SHE_STUDENT))


_PRESENT_CALL = frozenset(norm(w) for w in ("يدعو", "تدعو", "يحض", "تحض", "يحث", "تحث"))
# what a thing «calls for» when it is no one's call: a feeling («أمر يدعو للفخر», «الوضع يدعو إلى القلق»)
# or hate and violence it stirs («أفكار تحض على العنف والكراهية»)
_STIRRED = frozenset(norm(w) for w in (
    "القلق", "الفخر", "الاعتزاز", "التفاؤل", "التشاؤم", "الأمل", "التساؤل", "الاستغراب", "الدهشة", "العجب",
    "الحيرة", "الريبة", "الشك", "الأسف", "الحزن", "السخرية", "الضحك", "الاطمئنان", "الارتياح", "الخوف",
    "الإحباط", "الاستهجان", "التأمل", "الفرح", "السرور", "الغضب", "الاستياء", "الإعجاب", "الخجل", "الاشمئزاز",
    "العنف", "الكراهية", "الكراهيه", "الإرهاب", "التطرف", "الفتنة", "الطائفية", "القتل", "التعصب", "العنصرية"))
_TO = frozenset(norm(w) for w in ("إلى", "على"))


def _stirs(words: list[Tok], at: int) -> bool:
    """True when a present «يدعو/تدعو/يحض/يحث» is followed by a feeling or by hate it stirs («أمر يدعو للفخر»,
    «الوضع يدعو إلى القلق», «أفكار تحض على العنف»): what a thing is like, no one's call on anyone."""
    if at >= len(words) or words[at].form.lstrip("و") not in _PRESENT_CALL:
        return False
    after = words_after(words, at, 2)
    if not after:
        return False
    f = after[0].form
    if f in _TO and len(after) > 1:
        return after[1].form in _STIRRED
    return f.startswith("لل") and ("ال" + f[2:]) in _STIRRED


def _described_target(words: list[Tok], at: int, trigger: str, W: Words) -> bool:
    """True when an attack by words is told: no word of arms in its sentence and the attacker describes or faults
    its target right after («هاجم … حسن نصر الله، واصفاً إياه بأنه …»), or its target is a government, a rival or a
    body of politics («شن هجوما عنيفا على الحكومة», «على زميله»)."""
    k = _span_word(words, at, W["senses_attack"], len(trigger.split()) + 1)
    if k is None or _arms_told(words, W) or any(has(t, W["senses_if"]) for t in words[max(0, k - 3):k]):
        return False  # «إذا هاجمها النظام»: an attack supposed
    after = [t for t in words[k + 1:] if t.word][:VERBAL_REACH]
    if any(has(t, W["senses_describing"]) for t in after):
        return True
    near = words_after(words, k, VERBAL_OBJECT_REACH)
    return any(t.form in ON and has(nxt, W["senses_verbal_target"]) for t, nxt in pairwise(near))


def _arms_told(words: list[Tok], W: Words) -> bool:
    """True when a word of arms or of an armed party's posts stands in the sentence, other than a body named by
    a title («قائد الجيش»)."""
    ws = [t for t in words if t.word]
    return any((has(t, W["armed_cue"]) or has(t, W["senses_arms"])) and not (k and has(ws[k - 1], W["senses_title"]))
               for k, t in enumerate(ws))


def _accident(words: list[Tok], at: int, W: Words) -> bool:
    """True when a killing is caused by a crash, fall or fire of a craft or vehicle told in its sentence
    («تحطمت طائرة … مما أسفر عن مقتل»), with no attack, shooting down or shelling told."""
    if not has(words[at], W["killing"]):
        return False
    near = [t for t in words[max(0, at - CRASH_REACH):at] if t.word] + words_after(words, at, 8)
    if not any(has(t, W["senses_crash"]) for t in near):
        return False
    return not any(has(t, W["senses_downed"]) for t in words if t.word)


def _held_before_release(words: list[Tok], at: int, W: Words) -> bool:
    """True when a detention tells the prior state of those released in the same sentence: «كانوا يحتجزونهم»,
    «جرى توقيفهم» after a release («سلموهم 30 أسيرا», «أطلقت سراح 70 طفلا»)."""
    prev = [t for t in words[max(0, at - 2):at] if t.word]
    if not (prev and has(prev[-1], W["senses_prior"])):
        return False
    before = [t for t in words[max(0, at - RELEASE_REACH):at] if t.word]
    return any(has(t, W["senses_release"]) for t in before)


CASE_REACH = 3  # words before a killing in which «جريمة» or «قضية» tells it a criminal case («بجريمة قتل المبتعث»)
PROBE_REACH = 8  # words before a killing in which the police's inquiry into it is told («تحقق شرطة المدينة في مقتل»)


def _policed_crime(words: list[Tok], at: int, ev: Event, L: Lexicon) -> bool:
    """True when a deed is a crime the police pursue: a word of a criminal case («ابتزاز», «طعنا», «بجريمة قتل»)
    or the police's inquiry into it («تحقق شرطة المدينة في مقتل طالب») in its sentence, no word of political or
    armed violence but the police's own (the arresters: «أطاح رجال الأمن بشاب …»), and no polity, force or group
    among its actors."""
    W = L.words
    if any(political_actor(n, L) for n in (*ev.source, *ev.target)) or sentenced(words, at, W):
        return False  # «نفذ حكم القتل في الجاني»: a sentence carried out
    civil = [t for k, t in enumerate(words) if not _police_word(words, k, W)]
    if has_any(civil, W["political_cue"], L.phrases["political_cue"]) or any(has(t, W["forbidding"]) for t in words):
        return False
    near = [t for t in words[max(0, at - PROBE_REACH):at] if t.word]
    probe = any(has(t, W["senses_probe"]) for t in near) and any(has(t, W["senses_police"]) for t in near)
    case = any(has(t, W["senses_case"]) for t in near[-CASE_REACH:])
    return probe or case or has_any(words, W["crime_cue"], L.phrases["crime_cue"]) or any(
        has(t, W["senses_crime_word"]) for t in words)


def _police_word(words: list[Tok], k: int, W: Words) -> bool:
    """True when a word names the police or is the head of a police body («رجال» of «رجال الأمن»)."""
    return has(words[k], W["senses_police"]) or (k + 1 < len(words) and has(words[k + 1], W["senses_police"]))

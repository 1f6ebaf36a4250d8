"""The PLOVER type of a finished event where its trigger alone cannot decide it.

A trigger gives a type («اختطف» → ASSAULT, «احتجز» → COERCE, «هاجم» → ASSAULT); who did it to whom,
and what was hit, may make it another one:
- a detention of hostages («عملية احتجاز الرهائن») is an abduction (ASSAULT, mode abduct), not an
  arrest by the authorities;
- a strike foretold in the future under a condition or at whoever comes («فإن سلاح الجو سيقصف كل من يقترب»:
  `events_warned_strike`) is a threat (THREATEN), not an attack;
- a killing or an attack told as a criminal case, with a relative or a private person as doer or
  words of a criminal case («طعنات», «سكين», «السرقة») and no word of political or armed violence
  («إرهابي», «مسلحين», «قصف»), and no state, force or group among its actors, is a CRIME («قتل الأب
  نجله طعنا», «خالها خطفها»);
- an attack on words («هاجم تصريحات الوزير», «الهجوم على الاتفاق», «شن هجوما لاذعا»), or one made, with no
  word of arms in its sentence, by an attacker who accuses its target in the same breath («شن هجوما عنيفا
  على الرئيس، واتهمه …») or by a paper («هاجمت صحيفة …»), is criticism (DISAPPROVE), unless words of force
  stand next to «هاجم»/«شن»; so is one `events_verbal_attack` reads by a speaker, a medium or words of speech
  («فهاجم السلطة قائلا …», «هاجم رئيس الحركة …»), its speaker then the source, and so is a campaign of words
  `events_campaign_words` reads («بعد هجومهم الشرس على القرار», «الهجمة التي تعرض لها الوزير»);
- a killing told as a casualty of fighting («قتل 20 مسلحا في اشتباكات مع الجيش», «أسفرت المعارك عن
  مقتل», «معركة عنيفة قتل فيها», «فيما قتل من جانب المقاومة») is that fight (FIGHT), and no event of its own
  where the sentence names the fight;
- a protest said rather than staged («أبدى احتجاجه على», «استدعت سفيرها احتجاجا على تصريحات») is
  criticism (DISAPPROVE);
- an attack made on an armed party's posts («شن هجوما على مواقع للمسلحين», «هاجم معسكرا للجيش»), or one
  foiled there («أحبط الجيش هجوما على مواقعه»), is a fight between armed parties (FIGHT), not one-sided
  violence nor a foiled plot;
- a recognition denied («لا يعترف بشرعية الانتخابات») is a refusal (REJECT), not a negated backing;
- a pledge of aid («تعهدت واشنطن بتقديم مساعدات», «تعهد بتسليح القوات», «تعهد شركاؤها بمنحها») is aid
  pledged (AID), not an agreement;
- an authority's approval of its own measure («وافق الوزير على نزع ملكية», «وافق المجلس على تعديل المواد») is
  no accord between parties and no event.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import NamedTuple

from marsad.extract.events_battle_sides import fought_back
from marsad.extract.events_campaign_words import campaign_of_words
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_merge import merge
from marsad.extract.events_object_types import ON, is_fight, is_fight_casualty, local_visit, words_after
from marsad.extract.events_storming import armed_storming
from marsad.extract.events_tokens import CLAUSE_END, POSSESSIVE, Tok, has
from marsad.extract.events_type_fixes import type_fix
from marsad.extract.events_verbal_attack import force_near, speaker_as_source, verbal_attack
from marsad.extract.events_warned_strike import warned_strike
from marsad.model import Event

REACH = 3  # words after a trigger in which its object (hostages, words) is looked for
_ATTACK = frozenset(norm(w) for w in ("هاجم", "يهاجم", "هجوم", "هجوما", "هجمة", "هجمات", "الهجوم", "هاجمت", "هاجموا",
                                      "تهاجم", "يهاجمون", "هجومها", "هجومه", "هجماتها", "هجماته"))
_PASS = frozenset(norm(w) for w in ("على", "ضد", "بشدة", "عنيفا", "شرسا", "واسعا", "كبيرا"))
_WHO = frozenset(norm(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))  # «شقيقه … الذي قتل»: he underwent it
_ATTACK_VERB = frozenset(norm(w) for w in ("هاجم", "يهاجم", "هاجمت", "هاجموا", "تهاجم", "يهاجمون"))
VERB_REACH = 20  # words after «هاجم» in which its object may stand, past a subject named at length
_CAUSE = frozenset(norm(w) for w in ("بعد", "إثر", "عقب", "بسبب", "خلفية", "رفضا", "احتجاجا", "ردا", "بعدما"))


def retype_events(events: list[Event], toks: list[Tok], L: Lexicon) -> list[Event]:
    """The events, each with the type its actors and object call for where these overrule its trigger; one
    retyped into a type its sentence already has is merged into that event, or dropped when it is a casualty of
    the fight its sentence names; an attack on an armed party's posts stays a fight of its own."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "AGREE" and _own_measure_approved(toks, ev, L.words):
            continue  # «وافق الوزير على نزع ملكية 151 عقارا»: an authority's own measure, no accord between parties
        if ev.type == "CONSULT" and _local_visit(ev, toks):
            continue  # «زار المحافظ مستشفى المدينة»: a working visit, no second party
        words = sentence_words(toks, ev)
        fixed = type_fix(ev, words, trigger_index(words, ev))  # a welcome, an invitation, a conviction …
        if fixed is not None and fixed.drop:
            continue
        typed = Retype(fixed.type, fixed.mode) if fixed is not None else _retyped(ev, toks, L)
        if typed is None:
            out.append(ev)
            continue
        ev.type, ev.mode = typed.type, typed.mode
        same = next((p for p in [*out, *events] if p is not ev and p.type == ev.type and p.start == ev.start
                     and p.negated == ev.negated), None)
        if same is None or typed.apart:  # «اشتبك الجيش مع المتمردين بعد هجوم شنوه على ثكنة»: two fights
            out.append(ev)
        elif ev.type != "FIGHT":  # «هجوم … عبارة عن عملية احتجاز رهائن»: the one deed told twice
            merge(same, ev)
        # a casualty of a fight the sentence names is a figure of it, its dead no party («مقتل ثلاثة في اشتباكات»)
    return out


class Retype(NamedTuple):
    """The type and mode an event is to have, and whether it stays apart from an event of that type its sentence
    already has."""

    type: str
    mode: str | None
    apart: bool = False


def _retyped(ev: Event, toks: list[Tok], L: Lexicon) -> Retype | None:
    """The type and mode an ASSAULT, COERCE, PROTEST, pledge (AGREE) or denied SUPPORT event is to have instead of
    its trigger's, None to keep it."""
    if ev.type == "SUPPORT" and ev.negated and _denied_recognition(ev):
        ev.negated = False
        return Retype("REJECT", None)
    if ev.type == "AGREE" and _pledged_aid(toks, ev, L.words):
        return Retype("AID", None)
    if ev.type not in ("ASSAULT", "COERCE", "PROTEST"):
        return None
    words = sentence_words(toks, ev)
    at = trigger_index(words, ev)
    if at is None:
        return None
    if ev.type == "COERCE" and _hostage_taking(words, at, ev, L.words):
        return Retype("ASSAULT", "abduct")
    if armed_storming(words, at, ev, L.words):  # «اقتحم انتحاري بسيارة مفخخة نقطة تفتيش»: an armed attack
        return Retype("ASSAULT", None)
    if ev.type == "ASSAULT" and _in_words(words, at, ev, L.words):
        speaker_as_source(words, at, ev)  # «هاجمت الفنانة نادية الجندي الدراما …»: she, not the one attacked
        return Retype("DISAPPROVE", None)
    if ev.type == "ASSAULT" and warned_strike(words, at):  # «إذا لم … فإن سلاح الجو سيقصف كل من يقترب»
        ev.hedged = False  # the warning is made, whatever the strike it foretells
        return Retype("THREATEN", None)
    if ev.type == "ASSAULT" and _private_crime(words, at, ev, L):
        return Retype("CRIME", ev.mode)
    if ev.type == "ASSAULT" and (_battle_casualty(words, at, L.words) or is_fight_casualty(words, at, ev)):
        return Retype("FIGHT", None)  # «وقتلت البيشمركة 10 مسلحين»: the fight on the ground
    if fought_back(words, at, ev, L.words):  # «وهاجمت X مقرا … ووقعت اشتباكات بينها وبين المدافعين»
        return Retype("FIGHT", None, apart=True)
    if is_fight(words, at, ev, L.words):  # «شن هجمات على القوات العراقية»
        return Retype("FIGHT", None, apart=True)
    if ev.type in ("ASSAULT", "COERCE") and _attack_on_post(words, _attack_word(words, at, ev), L.words):
        return Retype("FIGHT", None, apart=True)  # a fight of its own beside one its sentence tells
    if ev.type == "PROTEST" and _spoken_protest(words, at, L.words):
        return Retype("DISAPPROVE", None)
    return None


def _local_visit(ev: Event, toks: list[Tok]) -> bool:
    """True when a CONSULT is a working visit to a site with no second party (events_object_types)."""
    words = sentence_words(toks, ev)
    at = trigger_index(words, ev)
    return at is not None and local_visit(words, at, ev)


def sentence_words(toks: list[Tok], ev: Event) -> list[Tok]:
    """The tokens of the event's sentence (words and clause marks), from the article's tokens."""
    lo = bisect_left(toks, ev.start, key=lambda t: t.start)
    hi = bisect_left(toks, ev.end, key=lambda t: t.start)
    return [t for t in toks[lo:hi] if t.word or t.form in CLAUSE_END]


def trigger_index(words: list[Tok], ev: Event) -> int | None:
    """Index in `words` of the first word of the event's trigger, None when it is not found."""
    trig = [w for w in norm(ev.trigger).split() if w in CLAUSE_END or any(c.isalnum() for c in w)]
    if not trig:  # «شن السيناتور … (جمهوري)، في مقابلة … «إن بي سي» هجوما»: past brackets and quotes
        return None
    n = len(trig)
    forms = [t.form for t in words]
    return next((i for i in range(len(forms) - n + 1) if forms[i:i + n] == trig), None)


def _attack_word(words: list[Tok], at: int, ev: Event) -> int:
    """Index of the word of attack in the event's trigger («هجوما» of «وشنت المرشحة هجوما»), else its first."""
    span = range(at, min(len(words), at + len(norm(ev.trigger).split())))
    return next((k for k in span if has(words[k], _ATTACK)), at)


def _in_words(words: list[Tok], at: int, ev: Event, W: Words) -> bool:
    """True when an attack is one of words: on words or in a sentence with no word of arms (`_attack_on_words`),
    unless a word of force stands next to it («وهاجم حشد … ورشقوه بالحجارة قائلين»), or by the cues of
    `events_verbal_attack` («فهاجم السلطة قائلا: نشجب الإرهاب …», «هاجم رئيس الحركة …»)."""
    k = _attack_word(words, at, ev)
    return (_attack_on_words(words, k, W) and not force_near(words, at)) or verbal_attack(
        words, at) or campaign_of_words(words, k, W)  # «بعد هجومهم الشرس على القرار», «الهجمة التي تعرض لها الوزير»


def _hostage_taking(words: list[Tok], at: int, ev: Event, W: Words) -> bool:
    """True when a detention holds hostages («احتجاز الرهائن», «احتجز ثلاثة رهائن»): an abduction."""
    return ev.mode == "arrest" and any(has(t, W["hostage"]) for t in words_after(words, at, REACH))


def _attack_on_words(words: list[Tok], at: int, W: Words) -> bool:
    """True when an attack trigger's object is something said or decided («هاجم تصريحات …», «الهجوم على
    الاتفاق») or its manner is of words («هجوما لاذعا», «هجوم إعلامي»)."""
    if not has(words[at], _ATTACK):
        return False
    after = words_after(words, at, REACH)
    if any(has(t, W["verbal_manner"]) for t in after):
        return True
    obj = next((t for t in after if t.form not in _PASS), None)
    return (obj is not None and has(obj, W["utterance"])) or (
        has(words[at], _ATTACK_VERB) and (_said_object(words, at, W) or _said_in(words, at, W))) or _accused_after(
        words, at, W)


# «شن هجوما»: an attack made, not named
_LAUNCH = frozenset(norm(w) for w in ("شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "بشن", "لشن"))
ACCUSE_REACH = 20  # words after an attack in which «واتهمه» tells it one of words (past a subject named at length)
BLAME_REACH = 8  # words after an attack in which a failing blamed («التقصير») tells it one of words


def _accused_after(words: list[Tok], at: int, W: Words) -> bool:
    """True when, in a sentence with no word of arms, the attacker accuses or mocks its target in the same
    breath («شن هجوما عنيفا على الرئيس، واتهمه بأنه فاقد للشرعية», «هاجمت رامز قائلة») or blames a failing
    («هجوما على الجهات المسؤولة بسبب التقصير»), or the attacker next to it is a paper or a writer («هاجمت
    صحيفة كيهان»)."""
    if any(has(t, W["armed_cue"]) for t in words if t.word):
        return False
    doer = [t for t in words[max(0, at - 2):at] if t.word] + words_after(words, at, 2)
    if any(has(t, W["verbal_doer"]) for t in doer):
        return True
    if not (has(words[at], _ATTACK_VERB) or any(has(t, _LAUNCH) for t in words[max(0, at - 3):at])):
        return False  # «أعلنت مسؤوليتها عن هجوم قندز، قائلة …»: an attack named, not made
    after = [t for t in words[at + 1:] if t.word][:ACCUSE_REACH]
    forms = [t.form for t in after]
    said = any(has(t, W["accuse_back"]) for t in after) or any(
        len(p) == 2 and any(tuple(forms[i:i + 2]) == p for i in range(len(forms) - 1))
        for p in (tuple(x.split()) for x in W["accuse_back"]))
    return said or any(has(t, W["blame"]) for t in after[:BLAME_REACH])


def _said_in(words: list[Tok], at: int, W: Words) -> bool:
    """True when «هاجم» is done in a book, a speech or an interview («هاجمه بعنف في كتابه», «هاجم الوزير في
    مؤتمر صحفي»)."""
    after = [t for t in words[at + 1:] if t.word][:REACH + 3]
    return any(t.form == "في" and has(nxt, W["speech_setting"]) for t, nxt in pairwise(after))


def _said_object(words: list[Tok], at: int, W: Words) -> bool:
    """True when the first thing said or decided after «هاجم» and its subject is its object («هاجم رئيس
    الاتحاد …، الذي خسر الانتخابات، ترشيح بلاتيني»), with no cause before it («بعد تصريحات …»)."""
    for t in [t for t in words[at + 1:] if t.word][:VERB_REACH]:
        if has(t, _CAUSE):
            return False
        if has(t, W["utterance"]):
            return True
    return False


def _private_crime(words: list[Tok], at: int, ev: Event, L: Lexicon) -> bool:
    """True when a deed is told as a private crime: a relative or private doer or a word of a criminal case
    in its sentence, no word of political or armed violence nor of a ruling («حرم قتل النفس»), and no polity,
    force or group among its actors."""
    W = L.words
    if has_any(words, W["political_cue"], L.phrases["political_cue"]) or any(has(t, W["forbidding"]) for t in words):
        return False
    if any(political_actor(n, L) for n in (*ev.source, *ev.target)) or sentenced(words, at, W):
        return False
    return _doer_near(words, at, W) or has_any(words, W["crime_cue"], L.phrases["crime_cue"]) or has_any(
        words, W["private_dispute"], L.phrases["private_dispute"])


def sentenced(words: list[Tok], at: int, W: Words) -> bool:
    """True when a killing is a sentence carried out («تنفيذ حكم القتل في الجاني», «الحكم بقتله تعزيرا»)."""
    near = [t for t in words[max(0, at - 2):at + 3] if t.word]
    return any(has(t, W["sentence_word"]) for t in near)


def _doer_near(words: list[Tok], at: int, W: Words) -> bool:
    """True when a private doer («المتهم», «لصوص») or a relative of someone in the story («خالها», «والد
    الضحية») stands in the trigger's clause."""
    lo = at
    while lo > 0 and words[lo - 1].word:
        lo -= 1
    hi = at
    while hi < len(words) - 1 and words[hi + 1].word:
        hi += 1
    if any(has(t, W["private_doer"]) for t in words[lo:hi + 1]):
        return True
    before = words[lo:at + 1]  # a relative is the doer before the deed, not one a relative clause tells of
    return any(_relative(t, nxt, W) and not any(x.form in _WHO for x in before[k + 1:])
               for k, (t, nxt) in enumerate(pairwise(before)))


def _relative(tok: Tok, nxt: Tok, W: Words) -> bool:
    """True when a kin noun has a pronoun («خالها», «والده») or is of the victim («والد الضحية»): someone's
    relative, not a name's genealogy («نجل ابن عم الرئيس»)."""
    kin = [r for r in tok.reads if r in W["kin"]]
    if not kin:
        return False
    if any(tok.form.endswith(r + p) for r in kin for p in POSSESSIVE):
        return True
    return has(nxt, W["victim"])


def has_any(words: list[Tok], cls: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when a word of the class, or one of its multi-word forms, occurs among `words`."""
    if any(has(t, cls) for t in words):
        return True
    forms = [t.form for t in words]
    return any(len(p) > 1 and any(tuple(forms[i:i + len(p)]) == p for i in range(len(forms) - len(p) + 1))
               for p in phrases)


def political_actor(name: str, L: Lexicon) -> bool:
    """True when an actor is a polity, a state force or a group the coder knows («الحوثي», «الشرطة»)."""
    n = norm(name)
    if n in L.polities or name in L.forces:
        return True
    return any(g.canonical == name for gs in L.actors.values() for g in gs)


BATTLE_REACH = 8  # words after a killing in which «في اشتباكات» tells it a casualty of fighting
RESULT_REACH = 10  # words before «أسفرت عن مقتل» in which the fighting that caused it is named


def _battle_casualty(words: list[Tok], at: int, W: Words) -> bool:
    """True when a killing is told as a casualty of fighting: «في/خلال/إثر» and a word of fighting soon after
    it («قتل 14 حوثيا في مواجهات مع المقاومة»), or the fighting as the cause before it («اشتباكات ... أسفرت
    عن مقتل»); never when civilians are the killed («مقتل مدنيين في المعارك»)."""
    if not has(words[at], W["killing"]):
        return False
    wider = words_after(words, at, BATTLE_REACH + 3)  # strikes may be named a little further on
    after = wider[:BATTLE_REACH]
    if any(has(t, W["people"]) for t in after[:3]) or any(t.form in _STRIKES for t in wider):
        return False  # civilians killed; or killed by strikes as well («في مواجهات وغارات لطائرات التحالف»)
    if any(has(t, W["amid"]) and any(has(x, W["battle"]) for x in after[k + 1:k + 3]) for k, t in enumerate(after)):
        return True
    before = [t for t in words[max(0, at - RESULT_REACH):at] if t.word]
    return (len(before) > 2 and before[-1].form in _RESULT_PREP and any(has(t, W["battle"]) for t in before)
            and any(has(t, _result_verbs(W)) for t in before)) or _killed_in_the_battle(words, at, W)


_IN_IT = frozenset(norm(w) for w in ("فيها", "خلالها", "فيه", "خلاله"))
_SIDE = frozenset(norm(w) for w in ("جانب", "صفوف", "طرف"))
IN_IT_REACH = 4  # words before «قتل فيها» in which the battle it points back to is named
SIDE_REACH = 25  # words before «قتل من جانب المقاومة» in which the battle of both sides is named


def _killed_in_the_battle(words: list[Tok], at: int, W: Words) -> bool:
    """True when a killing points back to the battle just named («بعد معركة عنيفة قتل فيها 16 مسلحا») or counts
    one side's dead of a battle told before it («معارك عنيفة … فيما قتل من جانب المقاومة ثمانية»)."""
    after = words_after(words, at, 2)
    if not after:
        return False
    if has(after[0], _IN_IT):
        near = [t for t in words[max(0, at - IN_IT_REACH):at] if t.word]
        return any(has(t, W["battle"]) for t in near)
    if after[0].form in ("من", "في") and len(after) > 1 and has(after[1], _SIDE):
        return any(has(t, W["battle"]) for t in words[max(0, at - SIDE_REACH):at] if t.word)
    return False


_RESULT_PREP = frozenset(norm(w) for w in ("عن", "إلى", "الى"))
_STRIKES = frozenset(norm(w) for w in ("غارات", "غارة", "وغارات", "وغارة", "قصف", "وقصف", "القصف", "والقصف",
                                       "ضربات", "وضربات", "الغارات", "والغارات"))


def _result_verbs(W: Words) -> frozenset[str]:
    """The verbs of the result phrases («أسفرت» of «أسفرت عن», «أدت» of «أدت إلى»)."""
    return frozenset(p.split()[0] for p in W["result"] if len(p.split()) == 2 and p.split()[1] in _RESULT_PREP)


def _spoken_protest(words: list[Tok], at: int, W: Words) -> bool:
    """True when a protest is said, not staged: «احتجاج» with a verb of saying or a diplomatic act in its
    sentence («أبدى احتجاجه على», «استدعت سفيرها احتجاجا على تصريحات») or owned by its speaker
    («احتجاجه على قرار»), and no march, strike or sit-in in the sentence."""
    if not has(words[at], W["protest_noun"]) or any(has(t, W["staged"]) for t in words if t.word):
        return False
    owned = any(words[at].form.endswith("احتجاج" + p) for p in POSSESSIVE)  # «احتجاجه»: a pronoun of its speaker
    near = [t for t in words[max(0, at - 6):at] if t.word]
    return owned or any(has(t, W["protest_said"]) for t in near)


POST_REACH = 7  # words after an attack in which the posts attacked stand («هجمات يشنها التنظيم على مواقعها»)
OWNER_REACH = 3  # words after a post in which its armed holder is named («مواقع عسكرية تابعة للحوثيين»)
_WEB = frozenset(norm(w) for w in ("الإلكتروني", "الالكتروني", "الرسمي", "الإلكترونية", "الالكترونية", "الرسمية"))


def _attack_on_post(words: list[Tok], at: int, W: Words) -> bool:
    """True when an attack's object is a post of an armed party: a camp or barracks («هجوم على معسكر»), or
    positions held by a force or an armed group («هجوما على مواقع للمسلحين», «مواقعهم»); the post is the
    word after the attack, one after «على/ضد», or the object of «هاجم» past its subject; never when strikes or
    shelling make it («غارات استهدفت مواقع»)."""
    if not has(words[at], _ATTACK) or _from_afar(words, at):
        return False
    after = words_after(words, at, POST_REACH)
    verb = has(words[at], _ATTACK_VERB)
    for k, t in enumerate(after):
        if not (has(t, W["camp"]) or has(t, W["post"])):
            continue
        if not (k == 0 or verb or after[k - 1].form in ON):
            return False  # «هجوم على المدنيين قرب معسكر»: a post named beside the object
        if has(t, W["camp"]):
            return True
        if any(t.form.endswith(p) for p in ("هم", "ها", "ه")):  # «مواقعهم»: an armed party's own, not a website's
            return not any(has(x, _WEB) for x in words_after(words, at + k + 1, 1))
        return any(has(x, W["post_holder"]) for x in words_after(words, at + k + 1, OWNER_REACH))
    return False


_AFAR = _STRIKES | frozenset(norm(w) for w in (
    "مقاتلات", "المقاتلات", "طائرات", "الطائرات", "طيران", "الطيران", "جوية", "الجوية", "جوي", "الجوي", "مدفعية",
    "المدفعية", "صواريخ", "بالصواريخ", "صاروخي", "صاروخية", "قذائف", "بقذائف"))
AFAR_REACH = 6  # words each side of an attack in which aircraft, strikes or shelling tell it one from afar


def _from_afar(words: list[Tok], at: int) -> bool:
    """True when an attack is made by aircraft, strikes or shells («واصلت مقاتلات تركية هجومها على مواقع»):
    one-sided force from afar, not a fight."""
    near = [t for t in words[max(0, at - AFAR_REACH):at] if t.word] + words_after(words, at, AFAR_REACH)
    return any(has(t, _AFAR) for t in near)


_RECOGNISE = frozenset(norm(w) for w in ("اعترف", "يعترف", "تعترف", "نعترف", "أعترف", "يعترفون", "الاعتراف",
                                         "بالاعتراف"))


def _denied_recognition(ev: Event) -> bool:
    """True when a backing denied is one of recognition («لا يعترف بشرعية», «رفض الاعتراف بـ»): a refusal."""
    return any(w in _RECOGNISE for w in norm(ev.trigger).split())


_PLEDGE = frozenset(norm(w) for w in ("تعهد", "تعهدت", "تعهدوا", "تعهدا", "تعهدتا", "يتعهد", "تتعهد", "نتعهد", "أتعهد",
                                      "يتعهدون", "تعهده", "تعهدها", "تعهدهم", "التعهد", "تعهدات"))
_GIVE = frozenset(norm(w) for w in ("تقديم", "توفير", "إرسال"))
_BACKING = frozenset(norm(w) for w in ("دعم", "الدعم", "دعما", "مساندة", "المساندة"))
PLEDGE_REACH = 8  # words after a pledge in which its «بـ» complement starts, past a subject named at length
AID_REACH = 4  # words of the complement in which the aid is named («بتقديم كل وسائل الدعم»)


def _pledged_aid(toks: list[Tok], ev: Event, W: Words) -> bool:
    """True when an agreement is a pledge of aid: the «بـ» complement of a pledge verb names aid («تعهدت بتقديم
    مساعدات», «بتسليح وتدريب القوات», «بمنحها») or backing given («بتقديم كل وسائل الدعم»); not a pledge to back a
    policy («تعهد بدعم الإجراءات») nor to take a case to court («تعهد بتقديم الجريمة إلى المحكمة»)."""
    words = sentence_words(toks, ev)
    at = trigger_index(words, ev)
    if at is None:
        return False
    span = range(at, min(len(words), at + len(norm(ev.trigger).split())))
    pledge = next((k for k in span if has(words[k], _PLEDGE)), None)
    if pledge is None:
        return False
    after = words_after(words, pledge, PLEDGE_REACH + AID_REACH)
    start = next((k for k, t in enumerate(after[:PLEDGE_REACH]) if t.form.startswith("ب") and len(t.form) > 3), None)
    if start is None:
        return False
    comp = after[start:start + AID_REACH]
    if any(has(t, W["pledged_aid"]) for t in comp):
        return True
    return has(comp[0], _GIVE) and any(has(x, _BACKING) for x in comp[1:])


_APPROVE = frozenset(norm(w) for w in ("وافق", "وافقت", "وافقوا", "يوافق", "توافق", "سيوافق", "ستوافق", "موافقة",
                                       "الموافقة", "موافقته", "موافقتها", "بالموافقة", "بموافقة"))
APPROVE_REACH = 12  # words after «وافق» in which its «على» stands, past a subject named at length


def _own_measure_approved(toks: list[Tok], ev: Event, W: Words) -> bool:
    """True when «وافق … على» approves a measure of the approver's own office («على نزع ملكية», «على تعديل
    المواد», «على ترشيح مجلس الإدارة»), with no deal, offer or request of another party in it («على مشروع اتفاق
    بين حكومة المملكة وحكومة …»)."""
    words = sentence_words(toks, ev)
    at = trigger_index(words, ev)
    if at is None or not has(words[at], _APPROVE):
        return False
    after = [t for t in words[at + 1:] if t.word][:APPROVE_REACH + 6]  # past a comma after a long subject
    on = next((k for k, t in enumerate(after[:APPROVE_REACH]) if t.form in ON), None)
    if on is None or on + 1 >= len(after) or not has(after[on + 1], W["own_measure"]):
        return False
    return not any(has(t, W["accord_object"]) for t in after[on + 1:on + 7])

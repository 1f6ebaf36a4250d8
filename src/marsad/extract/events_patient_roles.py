"""The patient taken as the doer: three constructions whose named party underwent the deed.

- an attack verb right after a weapon or attack noun that opens its subject («انفجار سيارة مفخخة يقودها
  انتحاري استهدفت تجمعا للقوات العراقية», «عبوة ناسفة استهدفت دورية للشرطة»): the verb's doer is that
  unnamed weapon, so no actor told earlier in the sentence (the reporting source, the dead counted before)
  is taken as its subject, and the force after it stays the target; so with a definite one whose relative
  clause ends before the verb («عشرات الغارات التي تلت ذلك استهدفت المتمردين الأكراد») (`weapon_subject`, read by
  `events_roles._order_roles`); so is a definite one right after the verb, its VSO subject, when a
  party follows it that is no nisba of it («واستهدفت الغارات المتمردين الأكراد», «وقصفت الطائرات الحربية
  الحوثيين»: the article closes the subject, the party is the object; not «وقصفت الطائرات الروسية …»)
  (`weapon_subject_after`); and an attack noun with the article takes no genitive after it, so such a
  party is no doer of the noun either (`definite_deed`); the noun is the subject of an attack verb right
  after it, whose object is the target («لكن الغارات استهدفت المتمردين الأكراد») (`object_of_own_verb`);
- a killing verb with an indefinite person right after it and no object after that person («وقتل شاب
  عراقي برصاص مسلحين مجهولين», «قتل طفل فلسطيني حرقا»): an unvowelled passive, the person was killed
  (`killed_indefinite`, read by `events_roles._order_roles`); an object after it tells the active reading
  («قتل رجل ثلاثيني زوجته»);
- a verb of forcing with «على» right after it («نحو مليون مصري أجبروا على العمل», «أن الرئيس أجبر على
  الاستقالة»): an unvowelled passive, since the active names whom it forced between («أجبرت الشرطة
  المتظاهرين على»), so the party taken as its subject was forced; a party after «تحت ضغط», «من قبل»
  forced it (`forced_passive`, read after `events._phrase_actors`).

Armed men after a mark of the killer («قتل شاب برصاص مسلحين») are not the dead of a fight (`agent_marked`,
read by `events_object_types.fighters_killed`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, Words
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, clause_words, has, next_word
from marsad.extract.events_triggers import Hit

_WEAPON_REACH = 5  # words before the verb where the weapon noun of its subject may stand


def weapon_subject(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> bool:
    """True when an attack verb has a weapon or attack noun as its subject right before it, in its clause
    and with no actor between («سيارة مفخخة يقودها انتحاري استهدفت»): no earlier actor is its subject."""
    form = toks[h.first].form
    if h.trig.pos != "v" or h.trig.type != "ASSAULT" or _conjoined(form, h) or form[:1] == "ل":
        return False  # («صد هجوم إرهابي … وقتل أحد العناصر»: a conjoined verb goes on with the subject before;
        # «ليقتل»: a purpose, the doer is the one told before)
    ends = {g.last for g in groups if g.actor}
    for k in clause_words(toks, h.first - 1, a - 1, _WEAPON_REACH, back=True):
        if k + 1 in ends or any(g.first <= k < g.last for g in groups if g.actor):
            return False  # «… القوات العراقية استهدفت»: a named subject
        word = toks[k].form
        if word.lstrip("وب") in W["attack_subject"] or word in W["attack_subject"]:
            return True  # (as written: «ألبسته حزاما ناسفا ليقتل نفسه», an object, is none)
        if _article_less(word) in W["attack_subject"] and _past_relative(toks, k, h.first, W):
            return True  # «عشرات الغارات التي تلت ذلك استهدفت المتمردين الأكراد»
    return False


def _article_less(word: str) -> str:
    """The word without «ال» (and one clitic before it): «والغارات» → «غارات»."""
    if word[:1] in _CLITICS and word[1:].startswith(_ARTICLE):
        word = word[1:]
    return word[len(_ARTICLE):] if word.startswith(_ARTICLE) else ""


def _past_relative(toks: list[Tok], k: int, v: int, W: Words) -> bool:
    """True when a relative pronoun stands right after the noun at k and a word of its clause stands
    between it and the verb at v («الغارات التي تلت ذلك استهدفت»): the verb is the noun's own, not the
    relative clause's («الهجوم الذي استهدف», whose doer may be told before)."""
    rel = next((j for j in range(k + 1, v) if toks[j].word), None)
    return rel is not None and toks[rel].form in W["relative"] and any(toks[j].word for j in range(rel + 1, v))


_WEAPON_WORDS = 3  # words the definite weapon subject (its noun and adjectives) may hold
_ARTICLE = "ال"


def weapon_subject_after(toks: list[Tok], h: Hit, g: Group, W: Words) -> bool:
    """True when an attack verb's VSO subject is a definite weapon or attack noun (with definite adjectives)
    right before the party `g` after the verb («واستهدفت الغارات المتمردين الأكراد»): the party is no
    genitive of it (a definite noun takes none) and no nisba of it, so it is the object."""
    if h.trig.pos != "v" or h.trig.type != "ASSAULT" or g.nisba:
        return False
    between = list(range(h.last, g.first))
    if not 1 <= len(between) <= _WEAPON_WORDS or any(not toks[k].word for k in between):
        return False
    if any(not toks[k].form.startswith(_ARTICLE) for k in between):
        return False
    head = toks[between[0]].form[len(_ARTICLE):]
    return head in W["attack_subject"] or toks[between[0]].form in W["weapon_craft"]


_CLITICS = ("و", "ف", "ب", "ك")  # one letter glued before the article («والغارات», «بالقصف»)


def definite_deed(toks: list[Tok], h: Hit) -> bool:
    """True when an attack noun of one word carries the article («الغارات», «والقصف», «للهجوم»): it takes
    no genitive, so a party right after it that is no nisba («استهدفت الغارات المتمردين») is not its doer."""
    if h.trig.pos != "n" or h.last - h.first != 1:
        return False
    form = toks[h.first].form
    return form.startswith((_ARTICLE, "لل")) or (form[:1] in _CLITICS and form[1:].startswith(_ARTICLE))


_OWN_VERB_REACH = 8  # words after the verb where its object may stand


def object_of_own_verb(toks: list[Tok], h: Hit, groups: list[Group], b: int, L: Lexicon) -> list[Group]:
    """The object of an attack verb right after an attack noun with the article, which is its subject
    («لكن الغارات استهدفت المتمردين الأكراد», «الهجوم استهدف مقر الحزب»; the verb is no deed of its own,
    `events.extract_events`): the first party after the verb in its clause, with those «و» joins to it."""
    if h.trig.type != "ASSAULT" or not definite_deed(toks, h) or h.last >= b or not toks[h.last].word:
        return []
    v = toks[h.last]
    if not any(t.pos == "v" and t.type == "ASSAULT" for r in v.reads for t in L.by_first.get(r, ())):
        return []
    stop = h.last + 1
    while stop < b and stop < h.last + 1 + _OWN_VERB_REACH and toks[stop].form not in CLAUSE_END \
            and toks[stop].form not in SENT_END:
        stop += 1
    objs = [g for g in groups if h.last < g.first < stop and g.actor and g.binding in (None, "target")]
    out = objs[:1]
    for g in objs[1:]:
        if g.glued.startswith("و") or toks[g.first].form.startswith("و") or toks[g.first - 1].form == "و":
            out.append(g)
        else:
            break
    return out


def _conjoined(form: str, h: Hit) -> bool:
    """True when the verb is glued to «و» or «ف» that is no letter of its own («وقتل», not «وقع»)."""
    return form[:1] in ("و", "ف") and h.trig.words[0][:1] != form[:1]


def forced_passive(toks: list[Tok], h: Hit, b: int, source: list[str],
                   target: list[str], W: Words) -> tuple[list[str], list[str]]:
    """Source and target of a verb of forcing with «على» right after it («أجبروا على العمل»): its subject
    was forced; a party after «تحت ضغط», «من قبل» in the clause forced it, else no one is named."""
    if h.trig.pos != "v" or h.trig.type != "COERCE" or not source or h.last - h.first != 1:
        return source, target
    if toks[h.first].form.lstrip("وف") not in W["forced_verb"]:
        return source, target  # («أجبرتهم على التقهقر»: the pronoun is the one forced, the subject forced it)
    nw = next_word(toks, h.last, b)
    if nw != h.last or toks[nw].form not in ("على", "علي"):
        return source, target
    marked = False
    for k in range(h.last, b):
        if toks[k].form in CLAUSE_END or toks[k].form in SENT_END:
            break
        if toks[k].word and has(toks[k], W["forced_agent"]) and (
                toks[k].form.lstrip("وب").startswith("ضغ") or toks[k - 1].form in ("من", "على", "علي")):
            marked = True  # «تحت ضغط الحوثيين», «من قبل المسلحين», «على يد …»
            break
    if marked:
        return [n for n in target if n not in source], list(source)
    return [], list(dict.fromkeys([*source, *target]))


def killed_indefinite(toks: list[Tok], h: Hit, g: Group, b: int, W: Words) -> bool:
    """True when a killing verb has the indefinite person `g` right after it and no object after that
    person (a preposition, «برصاص», a manner or time word, «وأصيب», the clause's end): he was killed."""
    if h.trig.pos != "v" or h.trig.mode != "kill" or g.first != next_word(toks, h.last, b):
        return False
    head = toks[g.first]
    if head.form.startswith("ال") or not has(head, W["killed_person"]):
        return False  # («قتل الجندي …», «قتل مسلح …»: told otherwise)
    k = next_word(toks, g.last, b)
    if k < g.last or k >= b:
        return True
    t = toks[k]
    if not t.word:
        return t.form in CLAUSE_END or t.form in SENT_END
    return (t.form in W["prep_any"] or has(t, W["prep_loc"]) or t.form in W["bare_kill_next"]
            or t.form in W["killed_next"] or (t.form[:1] == "ب" and len(t.form) > 4))


_AGENT_MARKS = frozenset(("برصاص", "بنيران", "بايدي", "يد", "قبل", "ايدي"))  # folded


def agent_marked(words: list[Tok], k: int) -> bool:
    """True when the word at k follows a mark of the killer («برصاص مسلحين», «على يد مسلحين»): the armed
    men named there did the killing, they are not its dead."""
    return k > 0 and words[k - 1].form in _AGENT_MARKS

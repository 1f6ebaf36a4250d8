"""Doers a text names by their kind only: a state's security body as the one that made an arrest.

- a state's security body named by its kind («سلطات الأمن», «أجهزة الأمن», «دوريات الأمن») is a force
  (`lang/ar/event_actors.tsv`), and stands for the country the story is about (`events_role_patients`);
  for an arrest or a seizure that is the country the article's places name, where its nisbas do not
  single one out: «إثيوبيي الجنسية» tells who was taken, «بمنطقة جازان» where (`place_counts`);
- «اعترف» in a criminal case or of a tie or part in a deed («اعترفوا بارتباطهم بتنظيم داعش», «اعترف بتورطه»)
  is a suspect's confession, and «اعترف … بوجود» or experts' «اعترف» an
  acknowledgement of a fact, not a party's concession to another (`confession_or_fact`): no event
  («وبالتحقيق معه اعترف بأنه طعنه», «واعترف المتهمان بأنه …», «واعترف المختصون بأن القطاع يعاني من نقص»);
- a body right after a verb of managing («تمكنت», «استطاعت», «نجحت») is that verb's subject, though a «من»
  stands before the verb («وبفضل من الله تمكنت سلطات الأمن من القبض على الجانيين»: «من الله» names no
  source of the arrest).
"""

from __future__ import annotations

from collections import Counter

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_country import place_country
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Entity, Event

# verbs of managing: the group right after one is its subject («تمكنت سلطات الأمن من القبض»)
_MANAGED = frozenset(fold(w) for w in (
    "تمكن", "تمكنت", "تمكنوا", "وتمكن", "وتمكنت", "وتمكنوا", "فتمكن", "فتمكنت", "استطاع", "استطاعت",
    "استطاعوا", "واستطاع", "واستطاعت", "نجح", "نجحت", "نجحوا", "ونجح", "ونجحت"))


def subject_of_managing(toks: list[Tok], first: int) -> bool:
    """True when the word right before a group starting at `first` is a past verb of managing («تمكنت
    سلطات الأمن»): the group is its subject, not named by a «من» further back («وبفضل من الله»)."""
    k = first - 1
    while k >= 0 and not toks[k].word:
        k -= 1
    return k >= 0 and toks[k].form in _MANAGED


def takes_by_force(ev: Event) -> bool:
    """True for an arrest or a seizure of people or goods («القبض على», «ضبط»; not of ground): the deed of
    the force of the place it is done in, whatever the nationality of those it takes."""
    return ev.type == "COERCE" and (ev.mode == "arrest" or (ev.mode == "seize" and "ضبط" in fold(ev.trigger)))


def place_counts(entities: list[Entity]) -> Counter[str]:
    """How often the article names each country by a place, not by a nisba («جازان» and «جيزان», not
    «إثيوبي الجنسية»: the suspects' nationality says nothing of where the arrest was made)."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e.label != "LOC" or gz.nisba_country(fold(e.text)):
            continue
        c = place_country(e.canonical)
        if c is not None:
            counts[c] += 1
    return counts


_ADMIT = frozenset(fold(w) for w in ("اعترف", "اعترفت", "اعترفوا", "اعترفا", "اعترفتا", "يعترف", "تعترف",
                                     "يعترفون", "اعتراف", "اعترافه", "اعترافها", "اعترافهم", "اعترافات",
                                     "اعترافاته", "اعترافاتهم"))
# words of a criminal case: its suspects, their questioning, their crime («وبالتحقيق معه اعترف», «المتهمان»)
_CASE = frozenset(fold(w) for w in (
    "المتهم", "المتهمان", "المتهمين", "المتهمون", "المتهمة", "متهم", "متهمين", "الجاني", "الجانيين",
    "الجانيان", "الجناة", "المشتبه", "المقبوض", "الموقوف", "الموقوفين", "الموقوفون", "الإرهابيون",
    "الإرهابيين", "التحقيق", "التحقيقات", "استجواب", "استجوابه", "استجوابها", "استجوابهم", "المحققين",
    "المحققون", "الجريمة", "جريمته", "جريمتهم", "بارتكاب", "بارتكابه", "نسب", "التهم", "بالتهم",
    "التهمة", "بالتهمة", "مواجهته", "بمواجهته", "مواجهتهم", "بمواجهتهم"))
# who acknowledges a fact of his field, not a party's concession («واعترف المختصون بأن …»)
_EXPERTS = frozenset(fold(w) for w in ("المختصون", "المختصين", "مختصون", "مختصين", "الخبراء", "خبراء",
                                       "الباحثون", "الباحثين", "باحثون", "المتخصصون", "المتخصصين"))
# a trial: a plea made before a court is told as the trial's news (`events_recent_past`), not a confession drawn out
_TRIAL = frozenset(fold(w) for w in ("محاكمة", "محاكمته", "محاكمتها", "محاكمتهم", "المحاكمة", "محاكمتهما"))
_EXISTENCE = frozenset(fold(w) for w in ("بوجود",))  # «اعترف بوجود تحديات»: a fact acknowledged
# a tie or a part in a deed confessed («اعترفوا بارتباطهم بتنظيم داعش», «اعترف بتورطه في تسهيل دخول الشاحنة»,
# «اعترفت بأنها ترتبط بجماعة …»): a suspect's confession, whoever tells it
_TIE = frozenset(fold(w) for w in (
    "تورط", "بتورط", "ارتباط", "بارتباط", "يرتبط", "ترتبط", "يرتبطون", "علاقة", "بعلاقة", "علاقات", "بعلاقات",
    "اشتراك", "باشتراك", "انتماء", "بانتماء", "ينتمي", "تنتمي", "ينتمون", "ضلوع", "بضلوع"))


def confession_or_fact(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when a CONCEDE trigger «اعترف» of the sentence [a, b) is a suspect's confession in a
    criminal case (a word of the case in its sentence, and no trial's: «اعترف المتهم … لدى بدء محاكمته» is
    the trial's news), a confessed tie or part in a deed («اعترفوا بارتباطهم بتنظيم داعش», «اعترف بتورطه»), or
    the acknowledgement of a fact (experts as its subject, «بوجود» after it): no party conceded to another."""
    if h.trig.type != "CONCEDE" or not has(toks[h.first], _ADMIT):
        return False
    ws = [t for t in toks[a:b] if t.word]
    if any(has(t, _CASE) for t in ws) and not any(has(t, _TRIAL) for t in ws):
        return True
    after = [t for t in toks[h.last:b] if t.word][:3]
    return any(has(t, _EXPERTS) or has(t, _EXISTENCE) or has(t, _TIE) for t in after)

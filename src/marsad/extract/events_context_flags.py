"""Hedged and negated flags a deed's wording sets, and deed words that are part of a name.

- A deed noun that is what another deed is for, after «من أجل», «لأجل», «بهدف», «بغية», «في سبيل»
  («كافح من أجل رفع الحظر»), or what someone proposes («اقترحت الهند على باكستان عقد اجتماع»), is not
  told as done: hedged (`purpose_or_proposal`).
- A deed someone is said able to do («العشائر القادرة على طرد العناصر الإرهابية») is not told as done
  either: hedged (`purpose_or_proposal`).
- A deed whose happening is denied («لا صحة لما تردد عن وقوع هجمات», «نافيا وقوع هجمات») is negated
  (`denied_happening`).
- A present verb, or a meeting noun, dated to a day after the article («يزور لبنان الأربعاء المقبل»,
  «اجتماع مشترك يعقد غدا») is scheduled, not done: hedged (`scheduled_ahead`).
- A deed noun right after «بني» («المكتب التعاوني ببني عدوان», «قبيلة بني حرب») names a tribe or a
  place: no deed (`tribe_name`).
- In an article that tells a punishment carried out («نفذت وزارة الداخلية حكم القتل قصاصا في …»), the
  deeds of the case told with it («أقدم / … على قتل …», «لإقدامه على قتل», «تمكنت سلطات الأمن من القبض
  على الجاني», «وأسفر التحقيق معه عن اتهامه») happened before the sentence: background
  (`case_of_the_punished`).
- A sentence that opens with a past year and a dash («1951 - اغتيال العاهل الأردني …»: an item of a
  «this day in history» list) tells history: its deeds are background, dated to that year
  (`history_year`).
"""

from __future__ import annotations

from datetime import date

from marsad.clean.normalize import digits_to_ascii
from marsad.extract.events_background import ongoing_verb
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words, dated_after
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

_FOR = forms("أجل", "لأجل", "ولأجل", "بهدف", "وبهدف", "بغية", "وبغية", "سبيل")  # «من أجل», «في سبيل»
_FOR_OPEN = {norm: forms("من", "ومن") for norm in forms("أجل")} | {
    norm: forms("في", "وفي") for norm in forms("سبيل")}  # the word a two-word purpose opens with
_PROPOSE = forms("اقترح", "واقترح", "اقترحت", "واقترحت", "اقترحوا", "يقترح", "ويقترح", "تقترح", "وتقترح",
                 "مقترحا", "مقترحة", "مقترحين", "اقتراح", "واقتراح", "باقتراح", "اقتراحه", "اقتراحها")
_DENY = forms("نفى", "ونفى", "نفت", "ونفت", "ينفي", "تنفي", "نافيا", "نافية", "نافياً", "نفي", "ونفي")
_NO = forms("لا", "ولا")
_TRUTH = forms("صحة")
_HAPPENING = forms("وقوع", "حدوث")
DENY_REACH = 6  # words from the denial to the deed
PROPOSE_REACH = 3  # words between a verb of proposing and the deed
_ABLE = forms("قادر", "قادرة", "قادرون", "قادرين", "القادر", "القادرة", "القادرون", "القادرين")
_ON = forms("على", "علي")
_DASHES = frozenset("-–—")
_SONS = forms("بني", "ببني", "لبني", "وبني", "بنو", "وبنو")
_MEETING = "CONSULT"


def purpose_or_proposal(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a deed stands right after a word of purpose («من أجل رفع الحظر», «بهدف عقد اجتماع»)
    or of ability («القادرة على طرد»), or up to `PROPOSE_REACH` words after a verb of proposing
    («اقترحت الهند على باكستان عقد اجتماع»)."""
    before = clause_words(toks, a, h.first, -1, 6)  # (a verbal noun may read as a past verb: «رفع»)
    if before and before[-1] == h.first - 1 and _purpose_word(toks, a, before[-1]):
        return True
    if len(before) >= 2 and before[-1] == h.first - 1 and toks[before[-1]].form in _ON \
            and toks[before[-2]].form in _ABLE:
        return True  # «القادرة على طرد»
    near = before[-4:]
    for i, k in enumerate(near):
        if toks[k].form in _PROPOSE:
            return len(near) - i - 1 <= PROPOSE_REACH  # «اقترحت الهند على باكستان عقد»
    return False


def _purpose_word(toks: list[Tok], a: int, k: int) -> bool:
    """True when token k is a word of purpose («بهدف», «بغية»), or «أجل», «سبيل» after its «من», «في»."""
    form = toks[k].form
    if form not in _FOR:
        return False
    opener = _FOR_OPEN.get(form)
    return opener is None or (k - 1 >= a and toks[k - 1].form in opener)


def denied_happening(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «وقوع», «حدوث» stands right before the deed and a denial («نفى», «نافيا», «لا صحة»)
    up to `DENY_REACH` words before it in its clause: what is said not to have happened."""
    before = clause_words(toks, a, h.first, -1, 10)
    if not before or before[-1] != h.first - 1 or toks[before[-1]].form not in _HAPPENING:
        return False
    near = before[-DENY_REACH - 1:-1]
    for i, k in enumerate(near):
        if toks[k].form in _DENY:
            return True
        if toks[k].form in _NO and i + 1 < len(near) and toks[near[i + 1]].form in _TRUTH:
            return True
    return False


def scheduled_ahead(toks: list[Tok], h: Hit, value: str | None, reference: date | None) -> bool:
    """True when the deed is a present verb or a meeting noun and its date begins after the article's
    day («يزور لبنان الأربعاء المقبل», «اجتماع مشترك يعقد غدا»): a deed to come."""
    if not dated_after(value, reference):
        return False
    return ongoing_verb(toks, h) or (h.trig.pos == "n" and h.trig.type == _MEETING)


def tribe_name(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a deed noun stands right after «بني», «بنو» («ببني عدوان», «قبيلة بني حرب»): a name."""
    return h.trig.pos == "n" and h.first - 1 >= a and toks[h.first - 1].form in _SONS


def history_year(toks: list[Tok], a: int, reference: date | None) -> str | None:
    """The year a sentence opens with, before a dash and a word, when it is earlier than the article's
    year («1951 - اغتيال العاهل الأردني …»; not «2014 - 2015»); None otherwise."""
    k = next((i for i in range(a, min(a + 3, len(toks))) if toks[i].word), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].form not in _DASHES:
        return None
    year = digits_to_ascii(toks[k].form)
    if len(year) != 4 or not year.isdigit():
        return None
    after = next((t.form for t in toks[k + 2:k + 4] if t.word), "")
    if digits_to_ascii(after).isdigit():
        return None  # «2014 - 2015»: a span of years, no list item
    last = reference.year - 1 if reference is not None else 2100
    return year if 1000 <= int(year) <= last else None


_EXECUTE = forms("تنفيذ", "وتنفيذ", "نفذت", "ونفذت", "نفذ", "ونفذ", "بتنفيذ", "بإنفاذ")
_RULING = forms("حكم", "الحكم", "حكما")
_CASE = forms("أقدم", "اقدم", "أقدما", "أقدموا", "لإقدامه", "لإقدامها", "لإقدامهما", "لإقدامهم", "لقيامه",
              "لقيامها", "لقيامهما", "لقيامهم", "الجاني", "الجانيين", "الجناة", "التحقيق", "صك")
RULING_REACH = 4  # words from «نفذت», «تنفيذ» to «حكم»


def punishment_carried_out(toks: list[Tok]) -> bool:
    """True when the text tells a sentence carried out: «تنفيذ» or «نفذت» with «حكم» up to
    `RULING_REACH` words on («نفذت وزارة الداخلية اليوم حكم القتل», «وتم تنفيذ حكم القتل»)."""
    words = [k for k, t in enumerate(toks) if t.word]
    return any(toks[k].form in _EXECUTE and
               any(toks[j].form in _RULING for j in words[i + 1:i + 1 + RULING_REACH])
               for i, k in enumerate(words))



def case_of_the_punished(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the deed (not the carrying out itself) is told in a sentence of the case story
    («أقدم / … على قتل», «لإقدامه على قتل», «القبض على الجاني», «أسفر التحقيق معه عن اتهامه»), or is
    the «القتل» of «حكم القتل» (a text with a punishment carried out is assumed)."""
    if any(toks[k].form in _EXECUTE or toks[k].form in _RULING for k in range(h.first, h.last)):
        return False  # «تنفيذ حكم القتل»: the news itself
    if h.first - 1 >= a and toks[h.first - 1].form in _RULING:
        return True
    return any(toks[k].form in _CASE for k in range(a, b))

"""A sentence that opens with a prepositional phrase, then its verb: «وفي ردود الأفعال على هذه
التغريدات طالب مغردون سعوديون بمحاسبة …».

Beyond the fixed linking phrases of `events_transitions`, news sentences often put a free
prepositional phrase first and the verb right after it, with no comma: «وفي ردود الأفعال طالب
ناشطون …», «وخلال الاجتماع أشاد أعضاء المجلس …», «وعلى مواقع التواصل استنكر مغردون …», «وبعد صلاة
الجمعة طالب الأهالي …». A phrase led by a preposition holds no subject of its own, so the verb still
opens its clause and the noun phrase after it is its subject (`events_phrases.opens_clause`).

The phrase is kept short (`MAX_WORDS`), with no punctuation, no complementizer or relative («على
الدول أن تدعم …»: the noun after «على» is the subject there; «في البيان الذي أصدره …») and no past
verb in ـت before the one it leads to («بعد مفاوضات استمرت ساعات ورفض …»); the verb is a past one (a
present after such a phrase, «وفي رمضان يطالب …», tells a habit more often than a deed).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok

MAX_WORDS = 7  # words of the fronted phrase («وفي ردود الأفعال على هذه التغريدات»)

# prepositions that open a fronted phrase (without «و»/«ف»)
_OPENERS = frozenset(norm(w) for w in (
    "في", "خلال", "بعد", "عقب", "إثر", "اثر", "وسط", "أمام", "على", "عبر", "قبل", "أثناء", "اثناء",
    "لدى", "عند", "حول", "منذ",
    # a topic phrase («وبشأن الأزمة السورية ندد كيري …», «وعن الاتفاق النووي انتقد …», «وحيال …»)
    "بشأن", "بخصوص", "حيال", "إزاء", "ازاء", "تجاه", "عن"))


def _bare(form: str) -> str:
    """A folded word without a leading «و»/«ف» («وفي» → «في»)."""
    return form[1:] if form[:1] in ("و", "ف") and len(form) > 2 else form


def after_fronted_phrase(toks: list[Tok], a: int, first: int, W: Words) -> bool:
    """True when the words of the sentence before the past verb at `first` are one prepositional phrase
    («وفي ردود الأفعال على هذه التغريدات طالب …»): no punctuation, clause word or other verb among them."""
    words = [toks[k] for k in range(a, first)]
    if not words or len(words) > MAX_WORDS or toks[first].form.startswith(("ي", "ت", "ن")):
        return False
    if any(not t.word for t in words) or _bare(words[0].form) not in _OPENERS:
        return False
    return not any(t.form in W["comp"] or _bare(t.form) in W["relative"] or t.form in W["subordinator"]
                   or _past_verb(t.form) for t in words)


def _past_verb(form: str) -> bool:
    """True when a folded word of the phrase reads as a past verb in ـت («بعد مفاوضات استمرت ساعات
    ورفض …»: a clause of its own, so the verb after it may be joined to it), not a plural in ـات or a
    definite noun («الكويت»)."""
    return len(form) >= 4 and form.endswith("ت") and not form.endswith("ات") and not form.startswith("ال")

"""Victims told as one or two people with no number: «قتل شرطي», «قتل شخصان», «مقتل جنديين تركيين».

News tells a death toll of one or two without a numeral: the dual noun counts two by itself («قتل شخصان
وأصيب تسعة آخرون برصاص مسلح», «مقتل شرطيين تركيين في هجوم»), and an indefinite singular noun of a person
counts one («قتل شرطي وأصيب آخر في هجوم نفذه ملثمون», «أدى الهجوم إلى مقتل جندي تركي وإصابة آخر»). These
are the people the attack was done to, just as «قتل ثلاثة جنود في هجوم» names its victims by their count
(`events_phrases.counted_end`); the gold pages name them so («شرطي», «جنديان»).

`few_people_end` reads such a phrase at a token: a dual noun of people (either case: «شخصان», «شخصين»)
or a singular noun of one person (`events_arrested_counts.ONE_PERSON`, «مدني»), with up to two nisba
adjectives after it that say whose people they are («جندي تركي», «شرطيين تركيين»), and a count joined to
it by «و» («مقتل ضابط وثلاثة جنود»). The phrase must end there: punctuation, a word opened by «و», «ف»
or a glued «بـ» («وأصيب آخر», «بالرصاص»), a preposition or a time word comes next; a noun after it
makes a construct or a clause of its own («سائق الشاحنة», «رجل أمن», «رجل عضته الأفعى»), which is left
alone.

It is read in three places, always where no target was found: right after a killing verb whose deed is
told after it (`events._phrase_actors`, beside the counted people), after a killing's verbal noun
(«مقتل شرطي»; not one a result phrase governs, whose deed is told before it), and in a result clause after
an attack («هجوم … أدى إلى مقتل شرطي», `events_missing_targets.result_people`) that names nothing after «على»
or «ضد» («هجوما على مركز شرطة مما أسفر عن مقتل ضابطين»: the site is its target, `aimed_at`).

After «على» an attack's target was read only as a site («غارات على قاعدة العند»); people a number counts, a
person described, or one or two people stand there too («أطلق مجهولون النار على مواطن وهو يقود سيارته», «ثم
أطلق النار على تسعة مشاركين»): `victim_phrase`, the test `events_phrases.attacked_site` is given for ASSAULT.
Fire opened on people is a deed done to them, never a trend, so after a shooting verb («فتح النار», «أطلق
الرصاص») a bare plural of people is its target too («فتح مسلح النار على المصلين», «أطلقوا النار على
المواطنين»): `fired_on`, for a trigger that needed a word of fire (`shooting`).

A target found so for one deed must not keep a later deed of the sentence from reading what it was made on:
the victims of other doers' deed told before say nothing of this one's (`other_doers`: «بمقتل مدني في قصف
شنه الحوثيون، في وقت شن طيران التحالف غارات على معسكر …»: the camp is still the raids' target).
"""

from __future__ import annotations

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_arrested_counts import DUAL_PEOPLE, ONE_PERSON
from marsad.extract.events_lexicon import Words, forms, lexicon, norm
from marsad.extract.events_phrases import NISBA_ENDS, counted, counted_end, described_person, people, people_only
from marsad.extract.events_tokens import Tok
from marsad.model import Event

# dual nouns of people in the nominative («قتل شخصان»); `DUAL_PEOPLE` spells the oblique («مقتل شخصين»)
_DUAL_NOM = forms("شخصان", "رجلان", "شابان", "امرأتان", "سيدتان", "فتاتان", "طفلان", "شقيقان", "مواطنان",
                  "مقيمان", "جنديان", "شرطيان", "ضابطان", "عنصران", "مدنيان", "صحفيان", "ناشطان")
_DUAL = DUAL_PEOPLE | _DUAL_NOM | forms("ضابطين", "عنصرين", "مدنيين", "طفلين")
_ONE = ONE_PERSON | forms("مدني")
_NISBA_RUN = 2  # adjectives that may say whose people they are («شرطيين تركيين»)
# words that may follow the phrase and end it: a place, a time, a cause («في», «أمس», «جراء», «متأثرا»)
_ENDERS = forms("امس", "اليوم", "جراء", "اثناء", "عندما", "حين", "متاثرا", "داخل", "قرب", "بعدما", "بينما",
                "فيما", "على", "الاقل", "صباح", "مساء", "ليل", "فجر", "الليله", "الثلاثاء", "الاربعاء",
                "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين")


def _nisba_word(t: Tok) -> bool:
    """True when an indefinite word reads as a nisba adjective («تركي», «تركيين», «فلسطينيان», «حوثي»)."""
    f = t.form
    if not t.word or f.startswith("ال") or len(f) < 4:
        return False
    stem = f[:-1] if f.endswith("يا") else f
    return gz.nisba_country(stem) is not None or f.endswith(NISBA_ENDS)


def _ends_here(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when the phrase ending before token k is whole: what follows cannot go on with it."""
    if k >= b or not toks[k].word:
        return True
    f = toks[k].form
    return f[:1] in ("و", "ف") or (f[:1] == "ب" and len(f) > 3) or f in W["prep_any"] or f in _ENDERS


def few_people_end(toks: list[Tok], k: int, b: int, W: Words) -> int | None:
    """The index after one or two people told without a number at token k («شرطي», «شخصان», «جندي
    تركي», «شرطيين تركيين»), or None."""
    if k >= b or not toks[k].word or (toks[k].form not in _DUAL and toks[k].form not in _ONE):
        return None
    end = _nisbas(toks, k + 1, b)
    if end < b and toks[end].form[:1] == "و" and len(toks[end].form) > 1:  # «ضابط وثلاثة جنود مصريين»
        glued = Tok(toks[end].start + 1, toks[end].end, toks[end].form[1:], True, (toks[end].form[1:],))
        more = counted_end([glued, *toks[end + 1:b]], 0, b - end, W)
        end = end + more if more is not None else end
    return end if _ends_here(toks, end, b, W) else None


def _nisbas(toks: list[Tok], k: int, b: int) -> int:
    """The index after up to `_NISBA_RUN` nisba adjectives from token k («تركي», «تركيين»)."""
    end = k
    while end < b and end - k < _NISBA_RUN and _nisba_word(toks[end]):
        end += 1
    return end


def victims_end(toks: list[Tok], k: int, b: int, W: Words) -> int | None:
    """The index after the people a count names at token k: a number and its noun («ثلاثة جنود»,
    `counted_end`), else one or two people with no number («شرطي», «جنديان»); None when neither."""
    n = counted_end(toks, k, b, W)
    return n if n is not None else few_people_end(toks, k, b, W)


def victim_phrase(name: str) -> bool:
    """True when a phrase names people an attack was made on, no entity naming them: people a number
    counts, a person described, or one or two people («تسعة مشاركين», «شاب أسود», «مواطن», «شخصين»), as
    they stand after «على» («أطلق مجهولون النار على مواطن»). A bare plural is left out: «الاعتداءات على
    المسلمين» is as often a trend as a deed."""
    ws = norm(name).split()
    return counted(name) or described_person(name) or (
        len(ws) <= 1 + _NISBA_RUN and bool(ws) and (ws[0] in _ONE or ws[0] in _DUAL))


_FIRE = forms("النار", "نار", "النيران", "نيران", "نيرانها", "نيرانه", "نيرانهم", "الرصاص", "رصاص")  # words of fire


def shooting(toks: list[Tok], used: set[int]) -> bool:
    """True when a trigger needed a word of fire («فتح مسلح النار», «أطلقوا الرصاص»): a shooting."""
    return any(toks[k].form in _FIRE for k in used)


def fired_on(name: str) -> bool:
    """True when a phrase after «على» names people a shooting was aimed at: any `victim_phrase`, or a
    bare plural of people («المصلين», «المواطنين», «الشرطيين»)."""
    return victim_phrase(name) or people(name) or bool(people_only([name], lexicon().words))


def other_doers(told: Event, ev: Event) -> bool:
    """True when an earlier telling and this one both name doers, none shared: two sides' deeds, so the
    victims told for the first say nothing of what the second was made on."""
    return bool(told.source and ev.source) and not set(told.source) & set(ev.source)


def aimed_at(toks: list[Tok], lo: int, hi: int) -> bool:
    """True when «على» or «ضد» stands between tokens lo and hi: the attack says what it was made on
    («هجوما على مركز شرطة»), which a result clause's dead do not replace."""
    return any(toks[k].form in _ON_AGAINST for k in range(lo, hi))


_ON_AGAINST = forms("على", "ضد")


def few_victims(text: str, toks: list[Tok], k: int, b: int, W: Words) -> list[str]:
    """The phrase of one or two people at token k, as the text writes it («جندي تركي»); [] when none."""
    end = few_people_end(toks, k, b, W)
    return [text[toks[k].start:toks[end - 1].end]] if end is not None else []

"""Attack nouns that name a campaign of words, not of arms: «هجومهم الشرس على القرار», «الهجمة التي تعرض لها الوزير».

Arabic news and columns call sharp criticism «هجوم» and, above all, «هجمة» (a campaign against a person, a
decision or a people's values). `events_typing` already reads an attack on words right after its noun
(«الهجوم على الاتفاق») and `events_other_senses` one on a government or a rival; both miss the shapes seen across
SaudiNewsNet opinion pieces and reports, which `campaign_of_words` reads, in a sentence with no word of arms
(no weapon, armed party, casualty or post: `arms_told`):
- the object after an adjective of harshness: «بعد هجومهم الشرس على القرار الاختياري», «هجمة شرسة على ثوابتها
  وقيمها» (a thing said or decided, or a value: faith, nation, identity);
- the campaign undergone by an office holder or a value: «الهجمة التي تعرض لها وزير التعليم», «الهجمة الشرسة
  التي تتعرض لها الأمة العربية»;
- the attack named with criticism, joined by «و»: «الكثير من الهجوم والانتقاد», «الانتقادات والهجوم».
A sentence that tells a weapon, a casualty or an armed party keeps the attack («صدت القوات الهجمة الشرسة التي شنها
مسلحو داعش», «قتل ثلاثة جنود في هجمة صاروخية»).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import Tok, has

# attack nouns, read through their clitics and suffixes («هجومهم», «الهجمة», «هجماتها»)
_NOUNS = forms("هجوم", "هجمة", "هجمه", "هجمات", "مهاجمة", "مهاجمه")
# adjectives of harshness and the prepositions between the noun and what it is on («الشرس على», «شرسة ضد»)
_BETWEEN = forms("الشرس", "شرس", "شرسا", "الشرسة", "شرسة", "الشرسه", "شرسه", "الشديد", "شديد", "شديدا", "الشديدة",
                 "شديدة", "العنيف", "عنيف", "عنيفا", "العنيفة", "عنيفة", "الكبير", "كبير", "كبيرا", "الكبيرة",
                 "كبيرة", "المتواصل", "المتواصلة", "الممنهج", "الممنهجة", "ممنهجة", "على", "ضد")
# values and beliefs a campaign is waged on («على ثوابتها وقيمها», «تتعرض لها الأمة»)
_VALUES = forms("ثوابت", "الثوابت", "قيم", "القيم", "الدين", "دين", "الإسلام", "الاسلام", "العقيدة", "عقيدة",
                "الهوية", "هوية", "الأمة", "الامة", "أمة", "المناهج", "مناهج", "الفكرة", "فكرة", "الثقافة", "ثقافة",
                "الشريعة", "الأخلاق", "السنة", "الدعوة", "التعليم", "المدارس", "المرأة", "الحجاب")
# offices whose holder undergoes a campaign («تعرض لها وزير التعليم»)
_OFFICES = forms("وزير", "الوزير", "وزيرة", "الوزيرة", "رئيس", "الرئيس", "أمين", "الأمين", "مدير", "المدير",
                 "الكاتب", "الكاتبة", "الداعية", "الشيخ", "المفتي", "النائب", "النائبة")
_WHICH = forms("التي", "الذي")
_UNDERGO = forms("تعرض", "تعرضت", "يتعرض", "تتعرض", "يتعرضون", "تعرضوا")
_TO_IT = forms("لها", "له", "لهم")
# words of criticism an attack noun is joined to («الهجوم والانتقاد»)
_CRITICISM = forms("انتقاد", "الانتقاد", "انتقادات", "الانتقادات", "النقد", "نقد", "التشكيك", "تشكيك", "التحريض",
                   "تحريض", "الاستهزاء", "السخرية", "التجريح", "الإساءة")
OBJECT_REACH = 4  # words after the noun in which adjectives, «على» and its object stand
UNDERGONE_REACH = 3  # words after the noun in which «التي تعرض لها» begins


def campaign_of_words(words: list[Tok], at: int, W: Words) -> bool:
    """True when the attack noun at `at` (words of a sentence) names a campaign of words: its object is a
    thing said or decided or a value, its undergoer an office holder or a value, or it is joined to criticism,
    and no word of arms stands in the sentence."""
    if not has(words[at], _NOUNS) or arms_told(words, W):
        return False
    return _words_object(words, at, W) or _undergone(words, at) or _with_criticism(words, at)


def arms_told(words: list[Tok], W: Words) -> bool:
    """True when a word of arms, an armed party or a post stands in the sentence («مسلحو», «صاروخية»)."""
    return any(t.word and (has(t, W["armed_cue"]) or has(t, W["senses_arms"])) for t in words)


def _after(words: list[Tok], at: int, reach: int) -> list[Tok]:
    """Up to `reach` words after index `at` in the sentence."""
    return [t for t in words[at + 1:] if t.word][:reach]


def _words_object(words: list[Tok], at: int, W: Words) -> bool:
    """«هجومهم الشرس على القرار», «هجمة شرسة على ثوابتها»: past harshness and «على», a thing said or a value."""
    for t in _after(words, at, OBJECT_REACH):
        if has(t, _BETWEEN):
            continue
        return has(t, W["utterance"]) or has(t, _VALUES)
    return False


def _undergone(words: list[Tok], at: int) -> bool:
    """«الهجمة التي تعرض لها وزير التعليم», «الهجمة الشرسة التي تتعرض لها الأمة»."""
    after = _after(words, at, UNDERGONE_REACH + 3)
    for i, t in enumerate(after[:UNDERGONE_REACH]):
        if has(t, _WHICH):
            rest = after[i + 1:i + 4]
            return (len(rest) == 3 and has(rest[0], _UNDERGO) and has(rest[1], _TO_IT)
                    and (has(rest[2], _OFFICES) or has(rest[2], _VALUES)))
        if not has(t, _BETWEEN):
            return False
    return False


def _with_criticism(words: list[Tok], at: int) -> bool:
    """«الهجوم والانتقاد», «الانتقادات والهجوم»: an attack named beside criticism, joined by «و»."""
    nxt = _after(words, at, 1)
    if nxt and nxt[0].form.startswith("و") and has(nxt[0], _CRITICISM):
        return True
    prev = [t for t in words[:at] if t.word][-1:]
    return bool(prev) and words[at].form.startswith("و") and has(prev[0], _CRITICISM)

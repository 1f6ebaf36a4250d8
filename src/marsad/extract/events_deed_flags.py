"""Background and hedged flags a deed's own construction sets.

- A sentence that opens with «وكان(ت)» and its subject, then a past verb with no «قد» («وكان بورزاكو،
  المدير العام السابق …، سلم نفسه في يونيو الماضي إلى الشرطة»), recalls the story's past: background
  (`bare_pluperfect`).
- A deed said to have been done «في السابق», «في وقت سابق» or «سابقا» («اختطفت في السابق بعض المواد»)
  is the story's past: background (`said_earlier`).
- A deed that is what someone seeks («تسعى المقاومة الشعبية في الوقت الراهن إلى بسط سيطرتها»), what a
  plan waits for («حتى يتم … طرد مقاتلي داعش», «لحين البت في توقيفه», «مهلة حتى يتراجع»), what someone
  warns of («حذر المشرعين من أن رفض الاتفاق …») or what a speaker hopes to do («آمل أن ألتقي …») is not
  told as done: hedged (`sought_or_awaited`).
- A deed noun dated to a day weeks before the article («محاكمة المتهمين في تفجير المسجد الذي وقع في 26
  يونيو»), or a week before it after «إثر», «بعد» («إثر هجوم انتحاري في 20 يوليو»), or after «بعد أيام
  من» («بعد أيام فقط من توقيع الاتفاق»), is the earlier deed the news follows: background
  (`earlier_cause`).
"""

from __future__ import annotations

from datetime import date

from marsad.extract.events_background import KANA, QAD, ongoing_verb, past_verb, said_today
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import RELATIVE_PRONOUNS, SENT_END, THAT, Tok
from marsad.extract.events_triggers import Hit

_NOT_PLUPERFECT = forms(  # words that open another clause between «وكان» and the deed
    "أن", "ان", "إن", "بأن", "الذي", "التي", "الذين", "حيث", "بينما", "فيما", "لكن", "ولكن", "عندما",
    "حين", "بعد", "قبل", "بعدما", "منذ", "يتوقع", "المقرر", "المتوقع", "المنتظر", "المفترض")
PLUPERFECT_REACH = 16  # words between a sentence's opening «وكان» and its past verb


def bare_pluperfect(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the sentence opens with «وكان(ت)» and the trigger is a past verb up to
    `PLUPERFECT_REACH` words on, with no «قد» and no other clause opened between («وكان بورزاكو …
    سلم نفسه في يونيو»; not «وكان من المقرر أن …», not a deed of «اليوم», «أمس»)."""
    words = [k for k in range(a, h.first) if toks[k].word]
    if len(words) < 2 or toks[words[0]].form not in KANA or len(words) > PLUPERFECT_REACH:
        return False
    if not past_verb(toks, h):
        return False
    if any(toks[k].form in QAD or toks[k].form in _NOT_PLUPERFECT for k in words[1:]):
        return False  # «وكان … قد»: `pluperfect_sentence` reads it
    if any(toks[k].form in SENT_END for k in range(a, h.first)):
        return False
    return not said_today(toks, a, h)


_EARLIER = forms("السابق", "سابق")  # «في السابق», «في وقت سابق»
_IN = forms("في", "وفي")
_TIME = forms("وقت", "مرحلة", "فترة")
_BEFORE_NOW = forms("سابقا", "سابقاً")
EARLIER_REACH = 4  # words after or before the trigger, in its clause, searched for «في السابق»


def said_earlier(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger's clause says its deed was done before: «في السابق», «في وقت سابق»,
    «سابقا» up to `EARLIER_REACH` words from it (not a present verb: «يعمل سابقا» is rare, «الرئيس
    السابق» is a title, not a time)."""
    if ongoing_verb(toks, h) or said_today(toks, a, h):
        return False  # «وقصف في وقت سابق من اليوم»: earlier today is news
    near = clause_words(toks, a, h.first, -1, 10)[-EARLIER_REACH:] \
        + clause_words(toks, a, h.last - 1, 1, 10)[:EARLIER_REACH]
    for k in near:
        form = toks[k].form
        if form in _BEFORE_NOW:
            return True
        if form in _EARLIER and k - 1 >= a and (toks[k - 1].form in _IN or (
                toks[k - 1].form in _TIME and k - 2 >= a and toks[k - 2].form in _IN)):
            return True
    return False


_SEEK = forms("يسعى", "تسعى", "يسعون", "تسعيان", "يسعيان", "ويسعى", "وتسعى", "ويسعون", "سعيا", "وسعيا",
               "سعي", "سعيها", "سعيه", "سعيهم", "وسعيها", "وسعيه")
SEEK_REACH = 8  # words before the deed, in its clause, searched for a verb of seeking
_TO = forms("إلى", "الى")
_UNTIL = forms("حتى", "وحتى", "كي", "لكي", "ريثما", "لحين", "حين")
_UNTIL_NOUN = forms("لحين", "ريثما")  # followed by a verbal noun: «لحين البت في توقيفه»
_LIGHT = forms("يتم", "تتم", "يجري", "تجري")
UNTIL_REACH = 5  # words before the deed searched for «حتى يتم», «لحين»
_WARN = forms("حذر", "وحذر", "حذرت", "وحذرت", "حذروا", "وحذروا", "يحذر", "ويحذر", "تحذر", "وتحذر",
               "محذرا", "محذرة", "محذرين", "محذرًا", "تحذيره", "تحذيرها", "حذرا")
_FROM = forms("من", "ومن")
WARN_REACH = 6  # words between a verb of warning and its «من»
_HOPE = forms("آمل", "امل", "أمل", "وآمل", "أتمنى", "اتمنى", "نتمنى", "يتمنى", "تتمنى", "نأمل", "يأمل",
               "تأمل", "أود", "نود", "يود", "أريد", "نريد", "أرجو", "نرجو")


def sought_or_awaited(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the deed (no past verb) is what someone seeks, awaits, warns of or hopes to do:
    «تسعى المقاومة … إلى بسط سيطرتها», «حتى يتم … طرد», «لحين البت», «حذر … من أن رفض الاتفاق»,
    «آمل أن ألتقي»."""
    before = clause_words(toks, a, h.first, -1, 10)
    if _hoped(toks, a, h, before) or _warned_of(toks, before, h.first) or _awaited(toks, h, before):
        return True
    if not past_verb(toks, h) and _hope_noun(toks, before[-HOPE_REACH:]):
        return True  # «أعرب عن أمله في إلقاء القبض على الجناة»
    return not past_verb(toks, h) and _sought(toks, h, before[-SEEK_REACH:])


def _sought(toks: list[Tok], h: Hit, before: list[int]) -> bool:
    """True when a verb of seeking stands before the deed with «إلى» after it and no relative clause
    between («تسعى المقاومة … إلى بسط سيطرتها»; not «وتسعى الحكومة التي تواصل مباحثاتها … إلى …»)."""
    seek = next((i for i in range(len(before) - 1, -1, -1) if toks[before[i]].form in _SEEK), None)
    if seek is None:
        return False
    between = [toks[k].form for k in before[seek + 1:]]
    return any(f in _TO for f in between) and not any(f in RELATIVE_PRONOUNS for f in between)


def _awaited(toks: list[Tok], h: Hit, before: list[int]) -> bool:
    """True when «حتى», «كي», «لحين» with a present verb («حتى يتم بشكل مشترك طرد …», «مهلة حتى
    يتراجع») or «لحين» with the deed noun («لحين البت») stand up to `UNTIL_REACH` words before the deed:
    what is waited for (a deed read as a past verb only after «يتم»: a verbal noun)."""
    near = before[-UNTIL_REACH:]
    for i, k in enumerate(near):
        form = toks[k].form
        last = i + 1 == len(near)
        nxt = toks[h.first].form if last else toks[near[i + 1]].form
        if form in _UNTIL_NOUN and last and h.trig.pos != "v":
            return True  # «لحين البت»
        if form not in _UNTIL:
            continue
        if nxt in _LIGHT:
            return True  # «حتى يتم … طرد»
        if _present(nxt) and not past_verb(toks, h) and (last or h.trig.pos != "v"):
            return True  # «مهلة حتى يتراجع»
    return False


def _present(form: str) -> bool:
    """A present verb form («يتراجع», «تنسحب»), not a past one («تمكنت», «تراجعوا»)."""
    return len(form) > 3 and (form[:1] == "ي" or (form[:1] == "ت" and not form.endswith(("ت", "وا"))))


def _warned_of(toks: list[Tok], before: list[int], first: int) -> bool:
    """True when a verb of warning and its «من» («حذر المشرعين من أن رفض …», «محذرا من شن …») stand
    before the deed in its clause, the «من» no more than `WARN_REACH` words after the verb and the deed
    right after «من» or «من أن» (not «حذر من أن داعش قتل …»: a deed told in what is warned of)."""
    if not before or not (before[-1] == first - 1 and (toks[before[-1]].form in _FROM or (
            toks[before[-1]].form in THAT and len(before) > 1 and toks[before[-2]].form in _FROM))):
        return False
    for i, k in enumerate(before):
        if toks[k].form in _WARN and any(toks[j].form in _FROM for j in before[i + 1:i + 1 + WARN_REACH]):
            return True
    return False


def _hoped(toks: list[Tok], a: int, h: Hit, before: list[int]) -> bool:
    """True when the trigger stands right after «أن» and a word of hope up to three words before it
    («آمل أن ألتقي», «نأمل أن نتعاون»; a first person verb folds like a past one: «التقي»)."""
    if not before or before[-1] != h.first - 1 or toks[before[-1]].form not in THAT:
        return False
    return any(toks[k].form in _HOPE for k in before[-4:-1])


# a noun of hope with its owner's pronoun («أمله», «أملها») and «في» or «أن» after it: what follows is hoped for
_HOPE_NOUNS = forms("أمله", "أملها", "أملهم", "أملهما", "أملنا", "أملي", "وأمله", "وأملها", "وأملهم", "وأملنا")
_HOPED_THAT = forms("في", "أن", "بأن")
HOPE_REACH = 6  # words between a noun of hope and the deed it hopes for


def _hope_noun(toks: list[Tok], before: list[int]) -> bool:
    """True when a noun of hope with «في» or «أن» right after it stands among the words `before` the deed,
    with no relative pronoun between («أعرب عن أمله في أن تتمكن الشرطة من القبض على الجناة»; not «أمله في
    الإفراج عن المعتقلين الذين اعتقلتهم الشرطة», a deed told in a relative clause)."""
    for i, k in enumerate(before[:-1]):
        if toks[k].form in _HOPE_NOUNS and toks[before[i + 1]].form in _HOPED_THAT:
            return not any(toks[j].form in RELATIVE_PRONOUNS for j in before[i + 1:])
    return False


_AFTER = forms("إثر", "اثر", "وإثر", "عقب", "وعقب", "أعقاب", "اعقاب", "بعد", "وبعد", "فبعد")
_SPAN_UNITS = forms("يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور",
                     "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "فقط", "نحو", "قرابة", "حوالي")
WEEK_DAYS = 7  # a deed noun after «إثر», «بعد» dated this many days before the article is its past
OLD_DAYS = 14  # and any deed noun dated to a day this many days before it


def earlier_cause(toks: list[Tok], a: int, h: Hit, value: str | None, reference: date | None) -> bool:
    """True when a deed noun is the earlier deed that came before the news: after «بعد أيام من», «بعد
    أسابيع فقط من» («بعد أيام فقط من توقيع الاتفاق»), or after «إثر», «عقب», «في أعقاب», «بعد» with a
    day or week more than `WEEK_DAYS` days before the article («إثر هجوم انتحاري في 20 يوليو» told
    on 6 August), or anywhere with a day more than `OLD_DAYS` days before it («محاكمة المتهمين في تفجير
    المسجد الذي وقع في 26 يونيو»)."""
    if h.trig.pos != "n":
        return False  # a verb or a participle («مثمنا»): the saying of the news, not a deed it recalls
    before = clause_words(toks, a, h.first, -1, 6)
    if len(before) >= 3 and before[-1] == h.first - 1 and toks[before[-1]].form in _FROM:
        k = len(before) - 2
        while k >= 0 and toks[before[k]].form in _SPAN_UNITS:
            k -= 1
        if k >= 0 and k < len(before) - 2 and toks[before[k]].form in _AFTER:
            return True  # «بعد أيام فقط من توقيع …»
    end = _day_end(value.split("T")[0]) if value and reference is not None else None
    if end is None or reference is None:
        return False
    if before and toks[before[-1]].form in _AFTER:
        return (reference - end).days > WEEK_DAYS
    return (reference - end).days > OLD_DAYS  # «تفجير مسجد الإمام الصادق الذي وقع في 26 يونيو الماضي»


def _day_end(value: str) -> date | None:
    """The last day of an ISO day or week («2015-07-20», «2015-W30»); None for a month, a year or
    anything unreadable (too wide to say the deed is over a week old)."""
    try:
        if "W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week), 7)
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None

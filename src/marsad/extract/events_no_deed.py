"""Triggers in words that tell no deed done (topic: not events; precision).

`no_deed_done` (called by `events_spurious.wrong_sense`) is true for a trigger:
- `in_whether_clause`: after «ما إذا», «عما إذا», «فيما إذا» in its clause («لم يحددوا بعد ما إذا كانوا
  سيصوتون بقبول أو رفض الاتفاق», «سئل عما إذا كان الاتفاق يزيد احتمالات أن تشن إسرائيل هجوما»): a deed
  wondered about, none told (the verb of a relative clause in it, «الذي توصلت إليه», is told, and so is a
  noun with no present or future verb before it: «ما إذا كانت الغارة تمت بطائرة»);
- `timing_topic`: a deed noun governed by a word of its time, feasibility or terms («عن توقيت رفع
  العقوبات», «موعد الاجتماع», «إمكانية شن هجوم»): the matter asked or spoken of, no deed;
- `in_sport_news`: a deed word of the kinds sport language borrows (a deal, a win over, praise, a meeting, a
  clash, control) in a sentence of sport news, told by its own words or by the sport words of the text
  («توصل النادي إلى اتفاق مع …», «بسط حامل اللقب سيطرته على المجموعة»): a match or a transfer, no political
  event;
- `site_visit`: a verb of visiting whose object is a site, a building or a place of heritage, no party
  («زار العيادة», «زيارة سموه لقصر … التاريخي», «أن يزور أوباما موقع التفجير»);
- `backs_whoever`: a present verb of backing whose object is «من» (whoever) and a present verb («المملكة تدعم
  وتؤيد من يسعى إلى …»): a stance told in general, no party backed;
- `approves_launch`: «وافق على إطلاق / تنظيم / تدشين / افتتاح / رعاية …»: a body's own events approved, no
  agreement with a party (a release, «إطلاق سراح», is still agreed);
- `ongoing_in_general`: a noun of consultation or backing qualified as ongoing by an adjective that agrees
  with it («بين دول الائتلاف تشاور وتنسيق مستمر»; not «المحادثات مستمرة»): how parties deal in general;
- `foreseen_meaning`: a future deed in the clause of «يعني أن» («استقبال جعجع يعني أن المملكة لن تسمح لإيران
  …»): a writer's reading;
- `foreseen_outcome`: a deed noun that is the subject of a future verb of consequence after it in its clause
  («الغارات الجوية الأمريكية على القوات الحكومية السورية ستزيد من زعزعة استقرار البلاد», «أي هجوم أمريكي على
  القوات السورية سيؤدي إلى تصعيد خطير», «أي هجوم واسع سيضعف جبهاته»): the deed is weighed for what it would bring, a
  supposed deed or the topic of a deed told elsewhere, none told here (a relative clause on the noun, «الهجوم
  الذي وقع أمس», tells it);
- `told_as_history`: a deed dated by an old year near it («عام 1860 عندما قامت الملكة بزيارته», «عام 217
  ق.م»): history, no news.
"""

from __future__ import annotations

import re

from marsad.extract.events_lexicon import HONORIFICS, ON, forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_MARKS, RELATIVE_PRONOUNS, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

_WHAT = forms("ما", "عما", "فيما", "عم")
_IF = forms("إذا", "اذا")
_BREAKS = CLAUSE_END | SENT_END | QUOTE_MARKS
WHETHER_REACH = 30  # words after «ما إذا» that its clause may span


_MONTHS_IN_Y = forms("يناير", "يونيو", "يونيه", "يوليو", "يوليه")


def _future_or_third(tok: Tok) -> bool:
    """True when the token reads as a future verb («سيصوتون», «ستشارك») or a present verb of the third person in
    «ي» («يقبل»; not a month, «يونيو»)."""
    f = tok.form.removeprefix("و").removeprefix("ف")
    if len(f) < 4 or has(tok, _MONTHS_IN_Y):
        return False
    return f[0] == "ي" or (f[0] == "س" and f[1] in "يتن")


def in_whether_clause(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «ما إذا» («عما إذا», «فيما إذا») stands before the trigger in its clause (from token a, no
    clause mark or quote between), within `WHETHER_REACH` words, and the trigger is no verb of a relative clause
    (a relative pronoun among the two words before it). A noun trigger is wondered about only after a present
    or future verb in the clause («ما إذا كانوا سيصوتون بقبول أو رفض الاتفاق»); else the whether asks of a deed
    told («ما إذا كانت الغارة تمت بطائرة», «ما إذا كان مرتبطا بهجوم سروج»)."""
    start = h.first
    while start > a and (toks[start - 1].word or toks[start - 1].form not in _BREAKS):
        start -= 1
    words = [k for k in range(start, h.first) if toks[k].word]
    if any(has(toks[k], RELATIVE_PRONOUNS) for k in words[-2:]):
        return False
    near = words[-WHETHER_REACH:]
    opens = [j for j, k in enumerate(near) if has(toks[k], _IF) and j > 0 and has(toks[near[j - 1]], _WHAT)]
    if not opens:
        return False
    if h.trig.pos == "v":
        return True
    return any(_future_or_third(toks[k]) for k in near[opens[-1] + 1:])  # «ما إذا كانوا سيصوتون بقبول أو رفض»


# words of the time, feasibility or terms of a deed spoken of (not its manner: «تحديد آلية التهريب» and
# «كيفية تنفيذ الهجوم» tell a deed done)
_TIMING = forms(
    "توقيت", "موعد", "مواعيد", "إمكانية", "امكانية", "إمكان", "امكان", "جدوى", "شروط", "بشروط")
# words between such a word and the deed noun that tell the deed as redone or carried out
_CARRIED = forms("إعادة", "اعادة", "تنفيذ", "شن", "استئناف")


def timing_topic(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger `h`, a noun or a past form read as a verbal noun (never a present verb), is the
    genitive of a word of `_TIMING`, past one word of `_CARRIED`
    («توقيت رفع العقوبات», «إمكانية إعادة فرضها»)."""
    if h.trig.pos == "v" and _present(toks[h.first]):
        return False
    k = h.first - 1
    if k >= a and toks[k].word and has(toks[k], _CARRIED):
        k -= 1
    return k >= a and toks[k].word and has(toks[k], _TIMING)


# words only news of matches uses: matches, coaches, goals, clubs (no governing body, ground or cup:
# «الفيفا», «ملعب», «كأس العالم» stand in news of graft, war or diplomacy too)
_SPORT = forms(
    "مباراة", "مباريات", "المباراة", "المباريات", "المدرب", "مدرب", "مدربا", "المرمى", "مرمى", "الشوط",
    "ركلة", "ركلات", "هدفين", "بهدفين", "هداف", "الهداف", "برشلونة", "ليفربول", "تشيلسي", "يوفنتوس", "بايرن",
    "أرسنال", "مانشستر")
# words news of matches shares with other news (a player, a national team or the elected, a forward or an
# attacker, a team, a guard, a deal, a round, points, a club, a league or a rotating chair, «الرئيس الدوري»),
# read as sport beside a word only it uses (no name of a club that is a common word: «الهلال الأحمر», «حركة
# الشباب», «الاتحاد الأوروبي», «السلم الأهلي»)
_SPORT_TOO = forms(
    "لاعب", "اللاعب", "لاعبا", "اللاعبين", "لاعبين", "لاعبي", "المنتخب", "منتخب", "المهاجم", "مهاجم", "فريق",
    "الفريق", "حارس", "حارسه", "صفقة", "انتقال", "التعاقد", "الجولة", "الموسم", "المجموعة", "النهائي", "نقاط",
    "رصيده", "اللقب", "لقب", "التعادل", "تعادل", "مدريد", "ريال", "الفوز", "فوزا", "هدفا", "أهداف", "القدم",
    "بطولة", "البطولة", "كأس", "النادي", "نادي", "الأندية", "أندية", "ملعب", "الملعب", "ملعبه", "الدوري", "دوري")
# kinds of deeds sport language borrows («اتفاق» on a transfer, «فوز على», «لقاء», «مواجهة»); control
# («سيطرته على المجموعة») only by its trigger (`_CONTROL`), never an arrest
_SPORT_TYPES = frozenset(("AGREE", "SUPPORT", "CONSULT", "FIGHT", "ASSAULT", "REJECT", "DEMAND", "THREATEN",
                          "RETREAT", "YIELD", "MOBILIZE"))
_CONTROL = "سيطر"
# kinds of force, told as sport only by the words of their own sentence («في محاولة لاستهداف نقاط التفتيش»
# in a text that also reports a match is an attack)
_FORCE = frozenset(("ASSAULT", "FIGHT", "COERCE"))
SPORT_IN_SENTENCE = 2  # distinct sport words that make a sentence one of sport news
SPORT_IN_ARTICLE = 4  # sport words that make a text one of sport news
SPORT_WORDS_IN_ARTICLE = 8  # sport words of either kind that make a text with one only sport uses on sport


def _sport_words(toks: list[Tok], a: int, b: int, cls: frozenset[str]) -> set[str]:
    """The distinct forms of the words of class `cls` in tokens [a, b)."""
    return {t.form for t in toks[a:b] if t.word and not cls.isdisjoint(t.reads)}


def _controls(toks: list[Tok], h: Hit) -> bool:
    """True when a word of the trigger or of its needed words is one of control («سيطرته», «يسيطر»)."""
    return any(_CONTROL in toks[k].form for k in range(h.first, h.after))


def in_sport_news(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when the trigger is of a kind sport language borrows and the sentence [a, b) is one of sport
    news: two distinct words only sport uses, or one and a word it shares; or a word of either kind in a text
    (`toks`) on sport: `SPORT_IN_ARTICLE` words only sport uses, or one and `SPORT_WORDS_IN_ARTICLE` sport words
    of either kind («وكانت المفاوضات قد توقفت بين الأهلي واللاعب» in a report of a transfer), this last for
    no kind of force (`_FORCE`)."""
    if h.trig.type not in _SPORT_TYPES and not (h.trig.type == "COERCE" and _controls(toks, h)):
        return False
    only, shared = _sport_words(toks, a, b, _SPORT), _sport_words(toks, a, b, _SPORT_TOO)
    if len(only) >= SPORT_IN_SENTENCE or (only and shared):
        return True
    if (not only and not shared) or h.trig.type in _FORCE:
        return False
    in_text = sum(1 for t in toks if t.word and not _SPORT.isdisjoint(t.reads))
    if in_text == 0:
        return False
    either = in_text + sum(1 for t in toks if t.word and not _SPORT_TOO.isdisjoint(t.reads))
    return in_text >= SPORT_IN_ARTICLE or either >= SPORT_WORDS_IN_ARTICLE


_VISIT = forms("زار", "زارت", "زاروا", "يزور", "تزور", "يزورون", "سيزور", "ستزور", "زيارة", "زيارته",
               "زيارتها", "زيارتهم", "بزيارة", "وزار", "وزارت")
# sites and buildings (never a party) that a visit may be to
_SITES = forms(
    "العيادة", "عيادة", "المستشفى", "مستشفى", "المتحف", "متحف", "المعرض", "معرض", "المسجد", "مسجد", "الجامع",
    "جامع", "المدرسة", "مدرسة", "المصنع", "مصنع", "المشروع", "مشروع", "الموقع", "موقع", "مواقع", "المواقع",
    "السوق", "سوق", "الحديقة", "حديقة", "المزرعة", "مزرعة", "المقبرة", "مقبرة", "المعالم", "معالم", "الجناح",
    "جناح", "المهرجان", "مهرجان", "الضريح", "ضريح", "القلعة", "قلعة", "المحمية", "محمية", "الشاطئ", "شاطئ")
_HERITAGE = forms("التاريخي", "التاريخية", "الأثري", "الأثرية", "التراثي", "التراثية")
HERITAGE_REACH = 4  # words after the visited noun in which a word of heritage marks it as a site


def _words_on(toks: list[Tok], h: Hit, b: int) -> list[int]:
    """The word tokens of the trigger's clause after it, up to the sentence end `b`."""
    return [k for k in clause_words(toks, 0, h.last - 1, 1, len(toks)) if k < b]


def site_visit(toks: list[Tok], b: int, h: Hit, covered: set[int]) -> bool:
    """True when a CONSULT trigger of visiting has as its first word after it (past names and honorifics,
    in its clause) a site (`_SITES`) or a noun followed by a word of heritage («لقصر أبا السعود التاريخي»)."""
    if h.trig.type != "CONSULT" or not any(has(toks[k], _VISIT) for k in range(h.first, h.last)):
        return False
    for k in _words_on(toks, h, b):
        t = toks[k]
        if has(t, _SITES) or has(t, _HERITAGE):  # «لقصر أبا السعود التاريخي», read as a name
            return True
        if k in covered or has(t, HONORIFICS):
            continue
        after = [toks[j] for j in range(k + 1, min(b, k + 1 + HERITAGE_REACH)) if toks[j].word]
        return any(has(w, _HERITAGE) for w in after)
    return False


_WHOEVER = forms("من", "لمن", "كل", "لكل")
_PRESENT_PREFIXES = "يتن"
_JOINED = "و"  # a present verb joined by «و» to the trigger («تدعم وتؤيد»)


def _present(tok: Tok) -> bool:
    """True when the token reads as a present verb of the third person or of «we» (in «ي», «ت», «ن», with
    «و» before it or not; not a past form in «ت» or «ن», «تمكنت», «نفذوا»)."""
    f = tok.form.removeprefix(_JOINED)
    return len(f) > 3 and (f[0] == "ي" or (f[0] in _PRESENT_PREFIXES and not f.endswith(("ت", "وا"))))


def backs_whoever(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when a present-tense SUPPORT verb has as its object «من» (or «كل من») and a present verb, past
    present verbs joined to it («تدعم وتؤيد من يسعى»)."""
    if h.trig.type != "SUPPORT" or h.trig.pos != "v" or not _present(toks[h.first]):
        return False
    k = h.last
    while k < b and toks[k].word and toks[k].form.startswith(_JOINED) and _present(toks[k]):
        k += 1
    if k < b and toks[k].word and has(toks[k], forms("كل", "لكل")):
        k += 1
    return k + 1 < b and toks[k].word and has(toks[k], _WHOEVER) and _present(toks[k + 1])


_APPROVE = forms("وافق", "ووافق", "وافقت", "ووافقت", "يوافق")
_LAUNCH = forms("إطلاق", "اطلاق", "تنظيم", "تدشين", "افتتاح", "رعاية", "انطلاق")
_RELEASE = forms("سراح")


def approves_launch(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when the AGREE verb «وافق» is followed in its clause by «على» and a word of launching or hosting
    that is no release («على إطلاق فعاليات الملتقى», not «على إطلاق سراح»)."""
    if h.trig.type != "AGREE" or not has(toks[h.first], _APPROVE):
        return False
    for k in _words_on(toks, h, b):
        if has(toks[k], ON):
            n = next((j for j in range(k + 1, b) if toks[j].word), None)
            m = next((j for j in range(n + 1, b) if toks[j].word), None) if n is not None else None
            return n is not None and has(toks[n], _LAUNCH) and not (m is not None and has(toks[m], _RELEASE))
    return False


_YEAR_FORM = re.compile(r"[وبفل]?(\d{2,4})(م)?")  # «1860», «و1517م»
_YEAR_BEFORE = forms("عام", "العام", "سنة", "السنة", "عامي", "منذ")  # not «في», «إلى»: «إلى 120 قتيلا»
_YEAR_AFTER = forms("م", "ميلادي", "ميلادية", "للميلاد")
_SPAN = forms(  # «منذ 1500 عام», «منذ 120 يوما»: a length of time
    "عام", "عاما", "سنة", "سنوات", "عقود", "قرن", "قرون", "يوم", "يوما", "أيام", "شهر", "شهرا", "أشهر", "ساعة")
_BEFORE_CHRIST = forms("ق")  # «217 ق.م»
MARKED_YEAR = 1000  # a number before «م» below it is a length in metres unless a word of dating precedes it
HISTORY_REACH = 15  # words on either side of the trigger in which an old year dates it
OLD_HIJRI = 1340  # a year below it is old in either calendar (1340 AH is 1921)
FIRST_GREGORIAN_ONLY, MODERN = 1441, 1900  # years in [1441, 1900) are no Hijri year yet, and old


def _old_year(toks: list[Tok], k: int) -> bool:
    """True when token k is a year of history: a number below `OLD_HIJRI`, or in [`FIRST_GREGORIAN_ONLY`,
    `MODERN`), after a word that dates («عام 1860», «سنة 268م», «منذ 1798») or, from `MARKED_YEAR` on, before
    «م» («1517م»); or any number before «ق» of «ق.م»; never a length of time («منذ 1400 عام»)."""
    m = _YEAR_FORM.fullmatch(toks[k].form)
    if m is None:
        return False
    nxt = next((toks[j] for j in range(k + 1, min(len(toks), k + 3)) if toks[j].word), None)
    if nxt is not None and has(nxt, _BEFORE_CHRIST):
        return True
    year = int(m.group(1))
    if not (100 <= year < OLD_HIJRI or FIRST_GREGORIAN_ONLY <= year < MODERN):
        return False
    if nxt is not None and has(nxt, _SPAN):
        return False
    prev = next((toks[j] for j in range(k - 1, -1, -1) if toks[j].word), None)
    if prev is not None and has(prev, _YEAR_BEFORE):
        return True
    marked = bool(m.group(2)) or (nxt is not None and has(nxt, _YEAR_AFTER))
    return marked and year >= MARKED_YEAR  # «200 م» is a height in metres


def told_as_history(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when an old year (`_old_year`) stands within `HISTORY_REACH` words of the trigger in its sentence
    [a, b) («عام 1860 عندما قامت الملكة فيكتوريا بزيارته», «معركة رفح عام 217 ق.م»): history, no news."""
    before = [k for k in range(a, h.first) if toks[k].word][-HISTORY_REACH:]
    after = [k for k in range(h.last, b) if toks[k].word][:HISTORY_REACH]
    return any(_old_year(toks, k) for k in (*before, *after))


_ONGOING = forms("مستمر", "المستمر", "مستمرة", "المستمرة", "دائم", "الدائم", "دائمة", "الدائمة", "متواصل",
                 "المتواصل", "مستمرين", "المستمرين", "دائمين", "الدائمين")

_DEALINGS = frozenset(("CONSULT", "SUPPORT"))


def ongoing_in_general(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when a trigger (a noun, or a form read as a verb too: «تشاور») is qualified as ongoing by the
    adjective after it, or after one noun joined to it by «و» («بين دول الائتلاف تشاور وتنسيق مستمر»,
    «التشاور الدائم»): how parties deal in general, no deed told. Only for consultation and backing
    (`_DEALINGS`): «تخوض معارك مستمرة» tells battles fought."""
    if h.trig.type not in _DEALINGS or h.after > h.last:  # «تعقد اجتماعات مستمرة»: a verb and its object
        return False
    nxt = [k for k in range(h.after, min(b, h.after + 3)) if toks[k].word]
    adj = nxt[0] if nxt and has(toks[nxt[0]], _ONGOING) else None
    if adj is None and len(nxt) > 1 and toks[nxt[0]].form.startswith("و") and has(toks[nxt[1]], _ONGOING):
        adj = nxt[1]
    # a definite noun before an indefinite adjective is the subject of a clause that tells talks going on
    # («المحادثات مستمرة»); the adjective agrees with the noun when it qualifies it
    return adj is not None and _definite(toks[h.first]) == _definite(toks[adj])


def _definite(tok: Tok) -> bool:
    """True when the token bears the article, past a clitic («التشاور», «والتنسيق», «بالتنسيق», «للتشاور»)."""
    return tok.form.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "وبال"))


_MEANS = forms("يعني", "تعني")
_THAT = forms("أن", "ان")
_WILL_NOT = forms("لن", "سوف")
MEANS_REACH = 6  # words between «يعني أن» and a deed foreseen in its clause


def foreseen_meaning(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger stands in the clause of «يعني أن» (within `MEANS_REACH` words, no clause mark
    between) and is told as future: a future form or «لن», «سوف» right before it («استقبال جعجع يعني أن المملكة
    لن تسمح لإيران …»): the writer's reading of what will be, no deed."""
    words: list[int] = []
    k = h.first - 1
    while k >= a and len(words) <= MEANS_REACH + 1:
        if not toks[k].word:
            if toks[k].form in _BREAKS:
                return False
        else:
            words.append(k)
        k -= 1
    means = next((j for j in range(len(words) - 1) if has(toks[words[j]], _THAT)
                  and has(toks[words[j + 1]], _MEANS)), None)
    if means is None:
        return False
    f = toks[h.first].form.removeprefix("و")
    future = (f[:1] == "س" and f[1:2] in ("ي", "ت", "ن")) or has(toks[h.first], _WILL_NOT)  # «لن تسمح»
    return future or (bool(words) and has(toks[words[0]], _WILL_NOT))


_OUTCOME = forms(*(f"س{p}{stem}" for p in "يت" for stem in (
    "ؤدي", "زيد", "صب", "هدد", "قوض", "عرض", "شعل", "دفع", "قود", "عزز", "ضعف", "نعكس", "فاقم", "زعزع", "ضر",
    "خدم", "سهم", "ساهم", "عقد", "جر")))  # «سيؤدي», «ستزيد», «ستصب», «سيهدد», «سيقوض», «سيعقد» …
_THAT_CLAUSE = forms("أن", "ان", "إن", "بأن", "أنه", "انه", "إنه", "أنها", "انها", "إنها")
OUTCOME_REACH = 8  # words from the deed noun to the verb of its outcome


def foreseen_outcome(toks: list[Tok], b: int, h: Hit) -> bool:
    """True when the trigger is a noun and a future verb of consequence («سيؤدي», «ستزيد», «ستصب») follows it in
    its clause within `OUTCOME_REACH` words, no relative pronoun or «أن»/«إن» between: the deed is the subject
    of what it would bring, no deed told (module docstring)."""
    if h.trig.pos != "n":
        return False
    seen = 0
    for k in range(h.after, b):
        t = toks[k]
        if not t.word:
            if t.form in _BREAKS:
                return False
            continue
        if has(t, RELATIVE_PRONOUNS) or has(t, _THAT_CLAUSE):
            return False
        if has(t, _OUTCOME) or t.form.removeprefix("و") in _OUTCOME:
            return True
        seen += 1
        if seen >= OUTCOME_REACH:
            return False
    return False


def no_deed_done(toks: list[Tok], a: int, b: int, h: Hit, covered: set[int]) -> bool:
    """True when the trigger `h` of the sentence [a, b) (`covered`: tokens of names) tells no deed done: a
    deed wondered about or timed, sport news, a visit to a site, backing of whoever, an approval of a launch,
    dealings in general, a reading of what will be, a deed weighed for its outcome, history (module docstring)."""
    return in_whether_clause(toks, a, h) or timing_topic(toks, a, h) or in_sport_news(toks, a, b, h) \
        or site_visit(toks, b, h, covered) or backs_whoever(toks, b, h) or approves_launch(toks, b, h) \
        or told_as_history(toks, a, b, h) or ongoing_in_general(toks, b, h) or foreseen_meaning(toks, a, h) \
        or foreseen_outcome(toks, b, h)

"""Verbal attacks that the words-of-arms test of `events_typing` misses: «هاجم» and «شن … هجوما» said of words.

Arabic news uses the vocabulary of assault for sharp criticism: «هاجم الوزير سياسة الحكومة», «شن النائب
هجوما حادا على رئيس الوزراء». PLOVER reads these as DISAPPROVE (the speaker criticises the party named), not
ASSAULT. `events_typing` already retypes an attack on words («هاجم تصريحات …», «هجوما لاذعا») and one whose
attacker accuses its target in a sentence with no word of arms at all. That sentence-wide test fails where the
criticism itself speaks of violence («هاجم السلطة الفلسطينية قائلا: نشجب الإرهاب …», «هاجم حزب الشعوب
لالتزامه الصمت إزاء استشهاد اثنين من رجال الشرطة»), and it misses cues seen across SaudiNewsNet articles:
- a word of speech after the verb, within twenty words: «ويصفه بالفاشل», «ووصفها بأسوأ …», «قائلا»,
  «متهمة إياها», «بانتقادات لاذعة», «واصفا»;
- the medium named before the verb, which no word of force overrules: «تصريحات ترامب التي هاجم فيها ماكين»,
  «أصدر بيانا يهاجم فيه داعش», or between «شن» and its noun: «شن في مقابلة تلفزيونية هجوما على …»;
- the medium named after the verb or its noun («هاجم ترامب منافسيه في خطاب ألقاه», «وشن نتنياهو هجوما على إيران
  في خطابه»), or opening the sentence («وفي رسالته إلى الناخبين، … ويهاجم الصين»), where no word of force
  stands next to the attack;
- a speaker right after the verb as its subject: a minister, a deputy, a president, a singer, a writer
  («هاجم رئيس حركة التغيير … من يضعون العراقيل», «شن نواب وسياسيون كويتيون هجوما على النائب …», «هاجمت صحيفة
  «كيهان» …»);
- a statement as its object: «هاجم الوزير … أقوال وزير الخارجية».
Here only the deed's own words veto it (and they veto `events_typing`'s test too), unless a tone adjective
follows the attack noun («هجوما حادا»): eight words either side of the verb that tell arms, armed doers,
the hurt, a post, a place or a vehicle, or a beast («هاجم مسلحون حاجزا», «هاجمت قوات الأمن أنصار الحزب
بالعصي», «إذ هاجم اللص وأسقطه أرضا», «هاجم قرد أحد المنتزهات»).
`speaker_as_source` then makes the person named after the speaker's title the source, where the attack's
reading took him for the one attacked («هاجمت الفنانة نادية الجندي الدراما …»: she criticises, no one hits her).
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import Tok, has
from marsad.model import Event

_VERBS = forms("هاجم", "يهاجم", "هاجمت", "هاجموا", "تهاجم", "يهاجمون", "ليهاجم", "فهاجم")
_LAUNCH = forms("شن", "شنت", "شنوا", "يشن", "تشن", "يشنون")
_NOUNS = forms("هجوم", "هجوما", "الهجوم")
_NOUN_REACH = 17  # tokens after «شن» in which its noun may stand, past a subject named at length

# tone adjectives only words have («هجوما حادا», «هجوما لاذعا»)
_TONE = forms("حاد", "حادا", "لاذع", "لاذعا", "كلاميا", "إعلاميا", "لفظيا")

# speech right after the attack: the attacker's words, his description or charge of the one attacked
_SPEECH = forms("قائلا", "قائلة", "قائلين", "واصفا", "واصفة", "واصفين", "وصفه", "وصفها", "وصفهم", "يصفه",
                "يصفها", "يصفهم", "متهما", "متهمة", "متهمين", "منتقدا", "منتقدة", "ساخرا", "ساخرة", "انتقادات",
                "بانتقادات", "بعبارات", "بكلمات", "بألفاظ", "بشدة", "تعليقات", "معبرا", "معبرة")

# the medium words are said in («عبر لقاء تلفزيوني», «في تغريدة»)
_MEDIA = forms("تغريدة", "تغريدات", "تغريداته", "تغريداتها", "تويتر", "مقابلة", "لقاء", "مؤتمر", "خطاب", "خطابه",
               "كلمة", "كلمته", "مقال", "مقاله", "مقالة", "برنامج", "برنامجه", "حسابه", "حسابها", "صفحته", "تصريح",
               "تصريحات", "تصريحاته", "تصريحاتها", "بيان", "بيانا", "بيانه", "تعليقات", "تعليق", "حوار", "حديث",
               "رسالة", "رسالته", "رسالتها", "خطبة", "خطبته", "كلمتها", "خطابها", "مقابلته", "مقابلتها")
_MEDIA_LINK = forms("في", "عبر", "خلال", "على", "ب")
_RELATIVE = forms("التي", "الذي")
# links that put the words after the attack in a medium («… في كلمة أمام أنصاره», «عبر تويتر»): not «على» or
# «ب», which also lead to the place or the arms of a deed («هجوما على مؤتمر»)
_MEDIA_AFTER_LINK = forms("في", "عبر", "خلال")
_MEDIA_AFTER_REACH = 10  # words after the verb (or its noun) in which the medium may be named
_FRAME_LINK = forms("في", "وفي", "خلال", "وخلال")  # a sentence opened on its medium: «وفي رسالته …»

# what is said or done as a stand: an object only words attack («هاجم أقوال …», «هاجم سياسة …»)
_STANDS = forms("أقوال", "اقوال", "تصريحات", "تصريح", "سياسة", "سياسات", "موقف", "مواقف", "قرار", "قرارات",
                "الدور", "دور", "فكرة", "الاتفاق", "اتفاق", "الإعلام", "الصحافة", "خطاب", "أداء", "فتوى", "فتاوى",
                "آراء", "رأي", "دعوات", "دعوة", "مقترح", "اقتراح", "تقرير", "الفيلم", "فيلم", "المسلسل", "كتاب",
                "الاجتماعات", "المفاوضات", "ترشيح", "ترشح", "قانون", "مشروع")

# speakers: a title or a body of people who speak, right after the verb as its subject
_SPEAKERS = forms("الوزير", "الوزيرة", "وزير", "وزيرة", "الرئيس", "رئيس", "رئيسة", "النائب", "نائب", "النواب",
                  "نواب", "السيناتور", "المرشح", "المرشحة", "مرشح", "الملياردير", "الكاتب", "الكاتبة", "كاتب",
                  "الكتاب", "كتاب", "الصحفي", "الصحافي", "الصحفية", "الإعلامي", "الإعلامية", "الفنان", "الفنانة",
                  "الممثل", "الممثلة", "المغني", "المغنية", "المطرب", "المطربة", "الملحن", "الداعية", "المتحدث",
                  "الناطق", "زعيم", "الزعيم", "السياسي", "سياسيون", "المغردون", "مغردون", "ناشطون", "الناشط",
                  "الناشطة", "الكتل", "الصحف", "وسائل", "المحلل", "الأكاديمي", "الدكتور", "المفتي", "الأمين",
                  "المستشار", "عضو", "أعضاء", "المدرب", "مدرب", "اللاعب", "النجم", "النجمة", "المذيع", "المذيعة",
                  "الإعلاميون", "كتّاب", "حزب", "الحزب", "رئيسا", "المرشد", "ممثل", "صحيفة", "الصحيفة", "جريدة",
                  "الجريدة")

# words opening a clause of their own: a word of force before them is another deed's
_OPENERS = forms("فيما", "بينما", "حين", "حينما", "عندما", "كما", "وفيما", "وبينما")

# the deed's own words that tell force: armed doers, arms, the hurt, a post or a vehicle as the object
_FORCE = forms(
    "مسلح", "مسلحون", "مسلحين", "مسلحو", "مسلحي", "مسلحة", "مسلحتان", "مسلحتين", "العصي", "بالعصي", "سكين",
    "بسكين", "السكاكين", "بالسكاكين", "الحجارة", "بالحجارة", "الأسلحة", "بالأسلحة", "أسلحة", "السلاح", "بالسلاح",
    "الرصاص", "بالرصاص", "النار", "النيران", "قنابل", "بالقنابل", "قذائف", "بقذائف", "صواريخ", "بالصواريخ",
    "مقتل", "قتل", "قتلى", "جرحى", "إصابة", "إصابات", "أسقطه", "أرضا", "بالضرب", "انتحاري", "انتحاريان",
    "انتحاريون", "مفخخة", "دبابات", "دبابة", "طائرة", "طائرات", "مروحية", "مروحيتان", "مقاتلات", "غارة", "غارات",
    "حاجز", "حاجزا", "نقطة", "موقع", "موقعا", "مواقع", "مقر", "مقرا", "مقرات", "ثكنة", "قافلة", "دورية", "مركز",
    "مركزا", "سفينة", "بلدة", "قرية", "مدينة", "منزل", "منزلا", "منازل", "سيارة", "حافلة", "قوات", "عناصر",
    "مقاتلي", "مقاتلو", "مقاتلين", "مقاتلون", "جنود", "الجيش", "جيش", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
    "كمين", "هاون", "مدفعية", "إرهابية", "الإرهابيين", "إرهابيون", "المتمردون", "المتمردين", "متمردون", "متطرفون",
    "مستوطنون", "المستوطنون", "حشد", "حشدا", "اللص", "مهاجم", "المهاجم", "بوحشية", "الحرس", "الدرك", "جبهة",
    "تنظيم", "داعش", "الحوثيين", "الحوثيون", "طالبان", "الشرطة", "شرطيا", "ضابطا", "سائق", "سائقا", "محطة",
    "الجسم", "الخلايا", "الفيروس", "فيروس", "سمكة", "قرش", "قرد", "دب", "نمر", "كلب", "أسماك", "الطيور")


def verbal_attack(words: list[Tok], at: int) -> bool:
    """True when the attack told at `words[at]` («هاجم», «يهاجم», «شن» of «شن … هجوما») is one of words
    by the cues above and no word of force stands next to it."""
    verb = words[at]
    launch = has(verb, _LAUNCH)
    if not (has(verb, _VERBS) or launch):
        return False
    noun = next((k for k in range(at + 1, min(len(words), at + _NOUN_REACH)) if has(words[k], _NOUNS)), None)
    if launch and noun is None:
        return False
    end = noun if noun is not None else at
    if _medium_before(words, at):
        return True  # «أصدر بيانا يهاجم فيه داعش»: said in a statement, whoever it is said of
    if force_near(words, at):
        return False
    if _spoken(words, end) or _speaker_after(words, at) or _medium_after(words, end) or _framed(words, at):
        return True
    if launch:
        return any(has(words[k], _MEDIA_LINK) and has(words[k + 1], _MEDIA) for k in range(at + 1, end))
    return _stand_object(words, at)


def _spoken(words: list[Tok], after: int) -> bool:
    """True when a word of speech follows within twenty words («… قائلا», «ويصفه بالفاشل»)."""
    return any(has(t, _SPEECH) for t in [t for t in words[after + 1:] if t.word][:20])


def _medium_after(words: list[Tok], end: int) -> bool:
    """True when the medium is named within ten words after the verb or its noun («هاجم ترامب منافسيه في خطاب
    ألقاه», «وشن نتنياهو هجوما على إيران في خطابه», «هاجم روحاني في تصريحاته منتقدي الاتفاق»)."""
    after = [t for t in words[end + 1:] if t.word][:_MEDIA_AFTER_REACH]
    return any(has(a, _MEDIA_AFTER_LINK) and has(b, _MEDIA) for a, b in pairwise(after))


def _framed(words: list[Tok], at: int) -> bool:
    """True when the sentence opens on the medium its words are said in («وفي رسالته إلى الناخبين، يعد ترامب
    … ويهاجم الصين والمكسيك», «وفي كلمة له أمام البرلمان هاجم …»)."""
    first = [t for t in words[:at] if t.word][:2]
    return len(first) == 2 and has(first[0], _FRAME_LINK) and has(first[1], _MEDIA)


def _medium_before(words: list[Tok], at: int) -> bool:
    """True when the medium is named right before the verb («أصدر بيانا يهاجم فيه») or, up to four words
    back, by a relative clause on it («تصريحات ترامب التي هاجم فيها», «تغريداته التي هاجم فيها»)."""
    before = [t for t in words[max(0, at - 6):at] if t.word]
    if before and has(before[-1], _MEDIA):
        return True
    return len(before) >= 2 and has(before[-1], _RELATIVE) and any(has(t, _MEDIA) for t in before[-5:-1])


def _stand_object(words: list[Tok], at: int) -> bool:
    """True when a word of a stand or a statement is the object within the verb's clause («هاجم الوزير …،
    أقوال وزير الخارجية», «وهاجم الدور الأوروبي»)."""
    return any(has(t, _STANDS) for t in words[at + 1:at + 16])


def _speaker_after(words: list[Tok], at: int) -> bool:
    """True when the word right after the verb is a speaker's title or a speaking body («هاجم رئيس حركة
    التغيير …», «شن نواب، وسياسيون كويتيون، هجوما على …»)."""
    nxt = next((t for t in words[at + 1:at + 3] if t.word), None)
    return nxt is not None and has(nxt, _SPEAKERS)


def force_near(words: list[Tok], at: int) -> bool:
    """True when a word of force stands next to the attack at `words[at]`: from eight words before it (or its
    clause's opener) to eight after it or its noun («وهاجم حشد غاضب النائب … ورشقوه بالحجارة قائلين …»); only
    for the verbs «هاجم» and «شن», not for an attack noun («الهجوم على الاتفاق»)."""
    if not (has(words[at], _VERBS) or has(words[at], _LAUNCH)):
        return False
    noun = next((k for k in range(at + 1, min(len(words), at + _NOUN_REACH)) if has(words[k], _NOUNS)), None)
    if noun is not None and noun + 1 < len(words) and has(words[noun + 1], _TONE):
        return False  # «شن الفريق حفتر القائد العام للجيش … هجوما حادا على قطر»: the tone tells words
    end = noun if noun is not None and has(words[at], _LAUNCH) else at
    return _forceful(words, _clause_start(words, at), end + 9)


def _clause_start(words: list[Tok], at: int) -> int:
    """Index eight words before the verb, or after the opener of its clause when nearer («… بقتل رئيس
    المجلس، فيما هاجمت الكتل البرلمانية …»: the killing is another clause's)."""
    lo = max(0, at - 8)
    return next((k + 1 for k in range(at - 1, lo - 1, -1) if has(words[k], _OPENERS)), lo)


def _forceful(words: list[Tok], lo: int, hi: int) -> bool:
    """True when a word of force stands among words[lo:hi]."""
    return any(t.word and has(t, _FORCE) for t in words[max(0, lo):min(len(words), hi)])


def speaker_as_source(words: list[Tok], at: int, ev: Event) -> None:
    """Make the person named as the subject of a verbal attack its source: a name among the event's targets
    after a speaker's title right after the verb («هاجمت الفنانة نادية الجندي الدراما …», «شن السيناتور بوب
    كوركر هجوما …», «هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، السلطة»), which the attack's reading took
    for the one attacked; not where the source it found is named there already: the name after it is
    then the one attacked («وهاجم وزير الخارجية المصري سامح شكري إيران»)."""
    if not _speaker_after(words, at):
        return
    near = [t for t in words[at + 1:at + 10] if t.word][:7]
    if any(_named_at(near, norm(name).split()) for name in ev.source):
        return  # «وهاجم وزير الخارجية المصري سامح شكري إيران»: the subject is found, the name after it attacked
    for name in ev.target:
        if _named_at(near, norm(name).split()):
            ev.source = [name]
            ev.target = [n for n in ev.target if n != name]
            return


def _named_at(near: list[Tok], parts: list[str]) -> bool:
    """True when the words of a name stand in sequence among `near`."""
    n = len(parts)
    return n > 0 and any(all(near[i + j].form == parts[j] for j in range(n)) for i in range(len(near) - n + 1))

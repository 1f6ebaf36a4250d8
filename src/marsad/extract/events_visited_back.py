"""A visit verb whose object is a pronoun standing for a place or a website (precision).

News Arabic names what was visited first and comes back to it with a pronoun on the verb: a relative
clause on a site («مدونة "كريبز أون سيكيوريتي" الذي زارته "العربية.نت"», «المستشفيات التي زارتها
ماكدونالدز», «المواقع السياحية التي يزورها»), or a clause joined to one that tells how many come to it
(«للموقع الذي أسسه في 2001 ويزوره شهرياً 124 مليوناً», «جبل القارة … ويزوره عشرات الآلاف من المواطنين»).
No party met another there: a reader, a tourist or a crowd went to a place or opened a page, and
CONSULT (meetings, talks, visits between parties) has no event to tell.

`visited_site_back` is true for a CONSULT trigger that is one word, a visit verb with an object pronoun
(«زارته», «يزورها», «ويزوره»), when a site or web word stands among the few words before it in its
sentence, or a count of visitors comes right after it («يزوره ٤٠٠ يومياً», «يزوره ملايين»). A visit to a
person told with a pronoun («المحامية التي زارته في السجن», «وزاره الرئيس في منزله») names no site and is
left alone, and so is a visit whose object is spelled out («زار الوزير المستشفى»: `events_no_deed`).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import PRONOUN_SUFFIXES, SENT_END, Tok, clause_words, has
from marsad.extract.events_triggers import Hit

# the visit verbs, bare of the object pronoun that this module looks for («زارت|ه», «يزور|ها», «زارو|ه»)
_VISIT_BARE = forms("زار", "زارت", "زارو", "يزور", "تزور", "يزورون", "سيزور", "ستزور", "نزور")
# sites, buildings and web pages: what a visit may be to with no party in it
_SITES = forms(
    "الموقع", "موقع", "للموقع", "المواقع", "مواقع", "المدونة", "مدونة", "الصفحة", "صفحة", "المنتدى", "منتدى",
    "المتحف", "متحف", "المعرض", "معرض", "المستشفى", "مستشفى", "المستشفيات", "مستشفيات", "المسجد", "مسجد",
    "الجامع", "جامع", "الحديقة", "حديقة", "المتنزه", "متنزه", "الشاطئ", "شاطئ", "الجبل", "جبل", "القلعة", "قلعة",
    "المعالم", "معالم", "المعلم", "معلم", "السوق", "سوق", "المهرجان", "مهرجان", "المركز", "مركز", "المكتبة",
    "مكتبة", "المحمية", "محمية", "الضريح", "ضريح", "المزار", "مزار", "الأماكن", "أماكن", "الأمكنة", "المناطق")
# counts of visitors right after the verb («يزوره عشرات الآلاف», «يزوره شهرياً 124 مليوناً»)
_MANY = forms("عشرات", "مئات", "آلاف", "الآلاف", "ألوف", "ملايين", "الملايين", "مليون", "ألف", "الاف", "الالاف",
              "أكثر", "نحو", "حوالي", "قرابة")
_PER = forms("يوميا", "شهريا", "سنويا", "أسبوعيا")  # how often, before the count («ويزوره شهرياً 124 مليوناً»)
SITE_REACH = 8  # words before the verb in which the site it comes back to stands


def _visit_with_pronoun(tok: Tok) -> bool:
    """True when the token is a visit verb carrying an object pronoun («زارته», «ويزورها»)."""
    form = tok.form.removeprefix("و")
    return any(form.endswith(s) and form[: -len(s)] in _VISIT_BARE for s in PRONOUN_SUFFIXES)


def _site_before(toks: list[Tok], a: int, k: int) -> bool:
    """True when a site word stands among the `SITE_REACH` words before token k, within its sentence."""
    return any(has(toks[j], _SITES) for j in clause_words(toks, k - 1, a - 1, SITE_REACH, SENT_END, back=True))


def _many_after(toks: list[Tok], k: int, b: int) -> bool:
    """True when a count of visitors follows token k («يزوره عشرات», «ويزوره شهرياً 124 مليوناً»)."""
    words = [t for t in toks[k + 1:b] if t.word][:2]
    for t in words:
        if has(t, _PER):
            continue
        return t.form.isdigit() or has(t, _MANY)
    return False


def visited_site_back(toks: list[Tok], a: int, b: int, h: Hit) -> bool:
    """True when a one-word CONSULT visit verb with an object pronoun comes back to a site named before it
    in the sentence [a, b), or is followed by a count of visitors («الذي زارته العربية.نت», «ويزوره ملايين»)."""
    if h.trig.type != "CONSULT" or h.last - h.first != 1 or not _visit_with_pronoun(toks[h.first]):
        return False
    return _site_before(toks, a, h.first) or _many_after(toks, h.first, b)

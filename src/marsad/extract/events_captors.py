"""Whom a demand to free captives is made of: the one who holds them.

A demand for the release of captives («طالبوا بالإفراج عن المختطفين», «دعا إلى إطلاق سراح المعتقلين»,
«مطالبا بإعادته سالما») is made of whoever holds them, though the demand names no one it asks. With no
target, that party is
- the one the captives are said to be held by, after the release word in its sentence: «المختطفين لدى
  جماعة الحوثي», «المعتقلين في سجون الحوثيين», «الذين تحتجزهم الميليشيات» (a named group right after
  such a word), or the state a nisba right after it names («في السجون اللبنانية», «المعتقلات الإسرائيلية»);
- else the doer of the abduction or arrest told in the same sentence or the one before (a COERCE with a
  source that is not the demand's own, or an abduction);
- else, for captives named by a plain noun («ودعا المحتجون إلى سرعة الإفراج عن المختطفين»), the holder the
  story named last after such a word in an earlier sentence («أهالي المختطفين قسرا لدى ميليشيات التمرد
  الحوثي», «المعتقلين الذين تحتفظ بهم الحركة») (`held_in`, kept sentence by sentence by the caller).

A release done («أطلقت حماس سراح ثلاث مجندات إسرائيليات», «أفرجت إسرائيل عن 90 أسيرا فلسطينيا») with no
target frees the country the captives' nisba names, right after the release word past a count and one noun
(`freed_nisba`): the release is that country's gain, not the freer's own.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_country import nisba_of
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_tokens import SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.extract.numbers import analyse_word
from marsad.model import Event

# words of freeing captives («بالإفراج», «إطلاق سراح», «بإعادته سالما»)
_RELEASE = forms("الإفراج", "إفراج", "سراح", "الإطلاق", "إطلاق", "تحرير", "إعادته", "إعادتهم", "إعادتها")
# words after which the holder of the captives is named
_HELD_BY = forms("لدى", "سجون", "معتقلات", "قبضة", "تحتجزهم", "تحتجزه", "تحتجزها", "يحتجزهم", "يحتجزه",
                 "اختطفتهم", "اختطفهم", "اعتقلتهم", "اعتقلهم", "تعتقلهم", "يعتقلهم", "خطفتهم", "خطفهم",
                 "تحتفظ", "يحتفظ", "تختطفهم", "يختطفهم")
# plain nouns of captives a demand to free names («الإفراج عن المختطفين»): they are the story's captives
_CAPTIVES = forms("المختطفين", "المخطوفين", "المعتقلين", "المحتجزين", "الأسرى", "الرهائن", "المختطفات",
                  "المعتقلات", "المحتجزات")
_RELEASE_REACH = 8  # words after the demand (past its subject) in which the release word stands
_HOLDER_REACH = 12  # words after the release word in which the holder is named
_FREEING = (norm("سراح"), norm("فرج"))  # a release's trigger words hold one of these («أطلقت سراح», «أفرجت عن»)
_FREED_REACH = 2  # words (a noun, an adjective) between the release word, past a count, and the captives' nisba


def _words(toks: list[Tok], k: int, b: int, n: int) -> list[int]:
    """Indices of the next n words from token k, within the sentence."""
    out: list[int] = []
    while k < b and len(out) < n:
        if not toks[k].word and toks[k].form in SENT_END:
            break
        if toks[k].word:
            out.append(k)
        k += 1
    return out


def _holder_after(toks: list[Tok], k: int, b: int, groups: list[Group]) -> Group | None:
    """The named group the holder word at token k names («لدى جماعة الحوثي», «تحتفظ بهم الحركة»), within three
    words after it, or None."""
    return next((g for g in groups if k < g.first <= k + 3 and g.actor and not g.is_loc
                 and g.first < b), None)


def _nisba_after(toks: list[Tok], k: int, groups: list[Group]) -> Group | None:
    """The country a nisba right after the holder word at token k names («في السجون اللبنانية», «المعتقلات
    الإسرائيلية»): that state holds the captives; None when no such adjective follows."""
    f = toks[k + 1].form if k + 1 < len(toks) else ""
    if not (f.startswith("ال") and f.endswith(("يه", "ي"))):
        return None
    return next((g for g in groups if g.first == k + 1 == g.last - 1 and g.place is not None), None)


def held_in(toks: list[Tok], a: int, b: int, groups: list[Group], present: frozenset[str] | None = None) -> list[str]:
    """The last holder sentence [a, b) names after a word of holding that follows a noun of captives
    within three words («أهالي المختطفين قسرا لدى ميليشيات التمرد الحوثي», «المعتقلين الذين تحتفظ بهم الحركة
    المتمردة»), or []. `present`: the sentence's words (`sentence_readings`), when known."""
    found: list[str] = []
    if present is not None and _HELD_BY.isdisjoint(present):
        return found
    for k in range(a, b):
        if not (toks[k].word and (has(toks[k], _HELD_BY) or toks[k].form in _HELD_BY)):
            continue
        back = [i for i in range(max(a, k - 6), k) if toks[i].word][-3:]
        if not any(has(toks[i], _CAPTIVES) or toks[i].form in _CAPTIVES for i in back):
            continue
        g = _holder_after(toks, k, b, groups)
        if g is not None:
            found = list(g.names)
    return found


def captor(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group], earlier: list[Event],
           story_holder: list[str] | None = None) -> list[str]:
    """Who holds the captives a demand for their release with no target asks to free (module docstring);
    `story_holder`: the holder an earlier sentence named (`held_in`)."""
    if ev.type != "DEMAND" or ev.target or not ev.source:
        return []
    rel = next((k for k in _words(toks, h.last, b, _RELEASE_REACH) if has(toks[k], _RELEASE)), None)
    if rel is None:
        return []
    for k in _words(toks, rel + 1, b, _HOLDER_REACH):
        if has(toks[k], _HELD_BY) or toks[k].form in _HELD_BY:
            g = next((g for g in groups if k < g.first <= k + 2 and g.actor and not g.is_loc), None)
            g = g or _nisba_after(toks, k, groups)
            if g is not None and not set(g.names) & set(ev.source):
                return list(g.names)
    for e in reversed(earlier):
        held = e.type == "COERCE" or (e.type == "ASSAULT" and e.mode == "abduct")
        if e is not ev and held and e.source and not set(e.source) & set(ev.source):
            return list(e.source)
    nw = next(iter(_words(toks, rel + 1, b, 2)), None)
    if nw is not None and toks[nw].form.lstrip("وف") in ("عن", "سراح"):
        nw = next(iter(_words(toks, nw + 1, b, 1)), None)
    captives = nw is not None and (has(toks[nw], _CAPTIVES) or toks[nw].form in _CAPTIVES)
    if captives and story_holder and not set(story_holder) & set(ev.source):
        return list(story_holder)  # «ودعا المحتجون إلى سرعة الإفراج عن المختطفين»: the story's holder
    return []


def freed_nisba(toks: list[Tok], h: Hit, b: int, ev: Event) -> list[str]:
    """The country the nisba of the captives a release with a source and no target frees names («أطلقت
    حماس سراح ثلاث مجندات إسرائيليات», «أفرجت إسرائيل عن 90 أسيرا فلسطينيا», «الإفراج عن الأسرى
    الفلسطينيين»): within two words after the release word and a count; [] when none, or when it is the
    freer's own."""
    if ev.type != "RETREAT" or ev.target or not ev.source \
            or not any(w in toks[k].form for k in range(h.first, h.after) for w in _FREEING):
        return []  # «انسحبت بوسطن الأمريكية»: a withdrawal frees no one
    near = _words(toks, h.after, b, _FREED_REACH + 2)
    if near and (toks[near[0]].form.isdigit() or analyse_word(toks[near[0]].form) is not None):
        near = near[1:]  # «ثلاث مجندات», «90 أسيرا»
    for k in near[1:_FREED_REACH + 1]:
        hit = nisba_of(toks[k].form)
        if hit is not None and hit[1] == 0:
            return [] if any(hit[0] in n for n in ev.source) else [hit[0]]
    return []


__all__ = ["captor", "freed_nisba", "held_in"]

"""The other party of a deal, talks or blame, where the words that name it read as no name.

- «مجموعة 5+1» (also «(5+1)», ««5 + 1»», «1+5»): the six world powers facing Iran. The «+» is no word,
  so no row of `event_actors.tsv` can hold the name; `numbered_powers` reads it off the tokens as the
  group actor «القوى الكبرى» (the spelled-out forms, «مجموعة الخمسة زائد واحد», «مجموعة الدول الست»,
  are rows of the table).
- «حمّل X Y المسؤولية», «محملا Y مسؤولية»: the one blamed (Y) stands right before the blame word. A
  name there that was read as the subject is the target when the words before it name a party to take
  its place («وحمّل الأمين العام إسرائيل المسؤولية» → الأمين العام blames إسرائيل), or when another
  source stays; a phrase of a party there is the target where none is named («محملا الحكومة المركزية
  في بغداد مسؤولية») (`blame_roles`). Not where a «لـ» party follows the blame word («حمّلت الحكومة
  المسؤولية لداعش»: the name before it blames), nor a subject's own nisba («حمّلت الهيئة الكويتية
  مسؤولية … إلى …»), nor a place after «في».
- «بين تنظيم "داعش" والميليشيات الكردية»: a party joined by «و» after a quoted name; the closing quote
  mark stands between the name and the «و» (`past_marks`), so the reader of «بين X وY» steps over it.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, Mention
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import noun_subject, party_phrase
from marsad.extract.events_tokens import QUOTE_CLOSE, QUOTE_OPEN, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Entity, Event

POWERS = "القوى الكبرى"  # the canonical name of the six world powers (`event_actors.tsv`)
_GROUP = norm("مجموعة")
_PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول")
_OPENERS = QUOTE_OPEN | {"("}
_CLOSERS = QUOTE_CLOSE | {")"}
_NUMBERS = (("5", "+", "1"), ("1", "+", "5"))


def _group_word(t: Tok) -> int:
    """The length of the proclitic before «مجموعة» in token t («ومجموعة» → 1), or -1 when t is no
    form of «مجموعة»."""
    if not t.word:
        return -1
    if t.form == _GROUP:
        return 0
    return next((len(p) for p in _PROCLITICS if t.form == p + _GROUP), -1)


def _numbers_end(toks: list[Tok], k: int) -> int:
    """The index after «5+1» (or «1+5») when it starts at token k, maybe after an opening quote or
    bracket; -1 otherwise."""
    while k < len(toks) and toks[k].form in _OPENERS:
        k += 1
    for seq in _NUMBERS:
        if all(k + j < len(toks) and toks[k + j].form == w for j, w in enumerate(seq)):
            return k + len(seq)
    return -1


def numbered_powers(toks: list[Tok], text: str, ments: list[Mention]) -> list[Mention]:
    """«مجموعة 5+1» as the group actor «القوى الكبرى», one mention per occurrence no other mention
    overlaps («التوصل إلى اتفاق بين إيران ومجموعة 5+1» → إيران and القوى الكبرى)."""
    if not any(t.form == "+" for t in toks):
        return []  # no «+»: no «5+1» (most texts; the walk below is per token)
    taken = {k for s, t, _ in ments for k in range(s, t)}
    out: list[Mention] = []
    for i, tok in enumerate(toks):
        pre = _group_word(tok)
        if pre < 0:
            continue
        end = _numbers_end(toks, i + 1)
        if end < 0 or any(k in taken for k in range(i, end)):
            continue
        start = tok.start + pre if text[tok.start:tok.start + pre] == tok.form[:pre] else tok.start
        close = end
        while close < len(toks) and toks[close].form in _CLOSERS and close - end < 1:
            close += 1  # «(5+1)»: the closing bracket belongs to the name
        stop = toks[close - 1].end
        out.append((i, close, Entity(text[start:stop], "ORG", POWERS, start, stop)))
    return out


def past_marks(toks: list[Tok], k: int, b: int) -> int:
    """Token k, or the first token after the closing quote marks at k («داعش" والميليشيات»), before
    `b`."""
    while k < b and toks[k].form in QUOTE_CLOSE:
        k += 1
    return k


_BLAME = frozenset(norm(w) for w in ("مسؤولية", "المسؤولية", "مسئولية", "المسئولية"))
_BLAMING = ("حمل", "يحمل", "تحمل", "محمل")  # «حمّل», «وحمّلت», «يحمّلون», «محمّلا»
_PLACE_MARK = frozenset(norm(w) for w in ("في", "داخل"))


def _blame_word(toks: list[Tok], h: Hit) -> int:
    """The index of the blame word («المسؤولية») of a blaming verb or participle («حمّل», «محملا»), or
    -1 when h is no such trigger."""
    head = toks[h.first].form
    bare = head[1:] if head[:1] in ("و", "ف") else head
    if not bare.startswith(_BLAMING):
        return -1
    return min((k for k in h.used if toks[k].form in _BLAME), default=-1)


def _in_place(toks: list[Tok], k: int, groups: list[Group]) -> bool:
    """True when the group starting at token k is a place after «في», maybe joined by «و» to places
    before it («في بغداد», «في الولايات المتحدة الأمريكية وأوروبا»)."""
    ends = {g.last: g for g in groups}
    while k > 0:
        prev = toks[k - 1].form
        if prev in _PLACE_MARK:
            return True
        g = ends.get(k)
        if g is not None and toks[k].form.startswith("و"):
            k = g.first  # «… الأمريكية وأوروبا»: the place joined before it
            continue
        return False
    return False


def _group_before(toks: list[Tok], m: int, groups: list[Group]) -> Group | None:
    """The actor group ending right before token m (closing quote marks between), not a place after
    «في» («الحكومة المركزية في بغداد مسؤولية»)."""
    k = m
    while k > 0 and toks[k - 1].form in QUOTE_CLOSE:
        k -= 1
    g = next((g for g in groups if g.last == k and g.actor), None)
    return None if g is None or _in_place(toks, g.first, groups) else g


def _words_before(text: str, toks: list[Tok], k: int, end: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The one to three words [k, end) as a phrase naming a party («الأمين العام»), or [] when they are
    more, hold a name or punctuation, or name no party."""
    ws = toks[k:end]
    if not 1 <= len(ws) <= 3 or not all(t.word for t in ws) or any(k <= g.first < end for g in groups):
        return []
    forms = [t.form for t in ws]
    return [text[ws[0].start:ws[-1].end]] if party_phrase(forms, L.words) else []


def _told_to_after(toks: list[Tok], m: int, b: int, groups: list[Group]) -> bool:
    """True when a party glued to «لـ» follows the blame word at m, maybe after one adjective («حمّلت
    الحكومة المسؤولية الكاملة لداعش»): the blamed one stands there, not before the blame word."""
    return any(m < g.first < min(b, m + 3) and g.glued.startswith("ل") for g in groups)


def blame_roles(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
           skip: frozenset[int], L: Lexicon) -> tuple[list[str], list[str]] | None:
    """(source, target) of a blaming verb or participle with the one blamed right before its blame
    word («وحمّل الأمين العام إسرائيل المسؤولية» → ([الأمين العام], [إسرائيل]); «محملا الحكومة
    مسؤولية» → target «الحكومة»); None when the words tell nothing new."""
    m = _blame_word(toks, h)
    if m < 0 or _told_to_after(toks, m, b, groups):
        return None
    g = _group_before(toks, m, groups)
    if g is not None:
        if g.first == h.first + 1 and h.trig.pos == "v" and not set(g.names) & set(ev.source):
            return None  # «وحمّلت الحكومة المسؤولية»: only the subject stands there
        hit = [n for n in g.names if n not in ev.target]
        said = norm(text[toks[g.first].start:toks[g.last - 1].end])
        if not hit or any(norm(n).endswith(" " + said) for n in ev.source):
            return None  # «حمّلت الهيئة العامة للرياضة الكويتية مسؤولية … إلى …»: the subject's own nisba
        source = [n for n in ev.source if n not in g.names]
        if not source:  # «وحمّل الأمين العام إسرائيل المسؤولية»: the words before the one blamed
            source = _words_before(text, toks, h.first + 1, g.first, groups, L)
        return (source, [*ev.target, *hit]) if source else None
    if ev.target:
        return None
    k = h.first + 1
    seated = next((g for g in groups if g.first == k and set(g.names) & set(ev.source)), None)
    if seated is not None:
        k = seated.last  # «حمّل الجيش متشددين …»: past the named subject
    for _ in range(2):
        names, end = noun_subject(text, toks, k, m, groups, L, skip)
        if not names or end > m:
            return None
        if end < m and toks[end].form in _PLACE_MARK and any(g.first == end + 1 and g.last == m for g in groups):
            end = m  # «محملا الحكومة المركزية في بغداد مسؤولية»: the body, then where it sits
        if end == m:
            if h.trig.pos == "v" and k == h.first + 1 and not ev.source:
                return None  # «وحملت الجامعة المسؤولية»: the phrase may be the subject
            phrase = [n for n in names if n not in ev.source and party_phrase(norm(n).split(), L.words)]
            return (ev.source, phrase) if phrase else None
        if h.trig.pos != "v" or any(n in ev.source for n in names):
            return None
        k = end  # «حمل سكان آخرون قوة … المسؤولية»: past the unnamed subject
    return None

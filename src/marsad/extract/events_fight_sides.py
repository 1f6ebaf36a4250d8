"""The sides of a fight (FIGHT) that `events_agents._between` and the roles miss or confuse.

- `second_side`: the other side of «بين X … وY» where X's backers or partners stand between, told
  by «وبين» («بين المقاومة الشعبية المسنودة بقوات الجيش الوطني وبين الميليشيات الحوثية», «بين الجيش
  السوري ومقاتلي حزب الله ومسلحين موالين لهما، وبين مقاتلي جيش الفتح») or by a comma and «و» after
  the backers («بين المقاومة المدعومة بقوات الجيش وطائرات التحالف، والمتمردين الحوثيين»);
- `allies`: whoever fights beside the doer («إلى جانب X», «بجانب X», «إلى جوار X», «جنبا إلى جنب مع X»),
  and the parties joined to X by «و», is on the doer's side, never the one fought («يشارك حزب الله في القتال
  إلى جانب قوات النظام», «قاتل إلى جانب حركة طالبان وتنظيم القاعدة»);
- `among_them`: «بينهم» before a number counts some of the dead («قتل 28 شخصا، بينهم 17 من الحوثيين»),
  it is no «بين» of a fight's sides.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_phrases import is_number
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok

_AND_BETWEEN = norm("وبين")
_FROM = norm("من")
_COMMAS = frozenset(("،", ","))
_SECOND_REACH = 25  # tokens after the first side searched for «وبين» or «، و»
_BACKED = tuple(norm(w) for w in (
    "المدعوم", "مدعوم", "المسنود", "مسنود", "بدعم", "بمساندة", "بإسناد", "مدعوما", "مسنودا"))


def _joined_run(toks: list[Tok], first: Group, groups: list[Group]) -> list[Group]:
    """`first` and the groups joined to it by a bare «و» or a glued one («الحوثيين وقوات صالح»)."""
    out = [first]
    for g in groups:
        if g.first < out[-1].last or g is out[-1] or not g.actor:
            continue
        gap = [toks[k] for k in range(out[-1].last, g.first) if toks[k].word]
        glued = toks[g.first].form.startswith("و") and toks[g.first].form[1:] in toks[g.first].reads
        if (not gap and glued) or [t.form for t in gap] == ["و"] or (
                len(gap) == 1 and gap[0].form[:1] == "و" and _fighters(gap[0])):  # «من الحوثي ومقاتلي صالح»
            out.append(g)
        elif g.first > out[-1].last + 3:
            break
    return out


def second_side(toks: list[Tok], last: int, groups: list[Group], b: int) -> list[Group]:
    """The groups of the second side of a fight «بين X …» whose first side ends at token `last`: the
    party right after «وبين» (within three words), or the party whose word carries «و» right after a
    comma that closes X's backers («المدعومة بقوات …، والمتمردين»), or the fighters whose head noun
    carries «و» after a backer told by «من» («المدعوم من تركيا وقوات سوريا الديمقراطية»); [] when none is
    told so. The search stops at the end of the sentence and at a clause mark that is no comma."""
    backed = backed_from = False
    for k in range(last, min(b, last + _SECOND_REACH)):
        t = toks[k]
        if t.form in SENT_END or (t.form in CLAUSE_END and t.form not in _COMMAS):
            return []
        if not t.word:
            if t.form in _COMMAS and backed:
                nw = next((j for j in range(k + 1, min(b, k + 3)) if toks[j].word), None)
                if nw is None or not toks[nw].form.startswith("و") or toks[nw].form[1:] not in toks[nw].reads:
                    continue
                at = (nw, nw + 1) if _fighters(toks[nw]) else (nw,)  # «، والمتمردين الحوثيين»
                g = next((g for g in groups if g.first in at and g.actor and not g.is_loc), None)
                if g is not None:
                    return _joined_run(toks, g, groups)
            continue
        if t.form.startswith(_BACKED):
            backed = True
            nw = next((j for j in range(k + 1, min(b, k + 3)) if toks[j].word), None)
            backed_from = backed_from or (nw is not None and toks[nw].form == _FROM)
        elif backed_from and t.form[:1] == "و" and t.form[1:] in _FIGHTERS:
            # «بين الجيش الوطني المدعوم من تركيا وقوات سوريا الديمقراطية»: a state backs; the fighters after it fight
            g = next((g for g in groups if g.first in (k, k + 1) and g.actor and not g.is_loc), None)
            if g is not None:
                return _joined_run(toks, g, groups)
        if t.form == _AND_BETWEEN:
            ws = [j for j in range(k + 1, min(b, k + 8)) if toks[j].word][:3]
            g = next((g for g in groups if ws and ws[0] <= g.first <= ws[-1] and g.actor and not g.is_loc), None)
            return _joined_run(toks, g, groups) if g is not None else []
    return []


_BESIDE = forms("جانب", "جوار")  # «إلى جانب», «إلى جوار»
_BY = forms("بجانب", "بجوار")
_TO = forms("إلى", "الى")
_SIDE_BY_SIDE = norm("جنب")  # «جنبا إلى جنب مع X»
_WITH = norm("مع")


# the head noun a fighting party's name may follow («إلى جانب المتمردين الحوثيين», «بين المقاومة …، وعناصر داعش»)
_FIGHTERS = forms("المتمردين", "المتمردون", "متمردي", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "الميليشيات",
                  "المليشيات", "قوات", "عناصر", "مقاتلي", "مسلحي", "جنود", "وحدات", "فصائل", "رجال", "مسلحين",
                  "المسلحين", "مقاتلين", "المقاتلين")


def _fighters(t: Tok) -> bool:
    """True when the word is a fighters' head noun, a «و» glued on or not («وعناصر»)."""
    return t.form in _FIGHTERS or (t.form[:1] == "و" and t.form[1:] in _FIGHTERS)


def beside(toks: list[Tok], g: Group) -> bool:
    """True when «إلى جانب», «بجانب» or «جنبا إلى جنب مع» stands right before group g (a fighters' head
    noun between: «إلى جانب المتمردين الحوثيين»)."""
    ws = [j for j in range(max(0, g.first - 6), g.first) if toks[j].word]
    if ws and _fighters(toks[ws[-1]]):
        ws.pop()
    if not ws:
        return False
    w1 = toks[ws[-1]]
    if w1.form in _BY or (w1.form in _BESIDE and len(ws) > 1 and toks[ws[-2]].form in _TO):
        return True
    return w1.form == _WITH and len(ws) > 1 and toks[ws[-2]].form == _SIDE_BY_SIDE \
        and len(ws) > 2 and toks[ws[-3]].form in _TO


# words that may stand right before a verb whose subject follows it («حيث يقاتل X», «كما تقاتل»)
_BEFORE_VSO = forms("حيث", "فيما", "بينما", "كما", "إذ", "اذ", "الذي", "التي", "الذين", "أن", "ان", "إن", "لا",
                    "لم", "قد", "ما", "هو", "هي", "وهو", "وهي", "ثم", "بعدما", "عندما", "حين", "حينما", "لكن")


def object_first(toks: list[Tok], h_first: int, h_last: int, verb: bool, source_first: int | None) -> bool:
    """True when the party right after a verb trigger is its object, its subject the noun right before it
    («ميليشيا تقاتل بوكو حرام إلى جانب الجيش»: the militia fights Boko Haram): a bare verb (no «و», «ف»)
    after a word that is no particle, the party's first word right after the verb."""
    if not verb or source_first is None or h_first == 0:
        return False
    prev, t = toks[h_first - 1], toks[h_first]
    nw = next((j for j in range(h_last, len(toks)) if toks[j].word), None)
    return prev.word and prev.form not in _BEFORE_VSO and t.form[:1] not in ("و", "ف") and nw == source_first


def allies(toks: list[Tok], groups: list[Group], a: int, b: int) -> list[str]:
    """The names of the sentence [a, b) that `beside` marks, with the parties joined to them by «و»: those
    who fight beside another party («قاتل إلى جانب حركة طالبان وتنظيم القاعدة»: both)."""
    out: list[str] = []
    for g in groups:
        if a <= g.first < b and g.actor and beside(toks, g):
            out.extend(n for x in _joined_run(toks, g, groups) if x.first < b for n in x.names if n not in out)
    return out


# words telling of the dead and wounded of a fight («قتل», «مقتل», «لقي … مصرعه», «القتلى والجرحى من X»)
_FALLEN = forms("لقي", "لقى", "لقوا", "قتل", "وقتل", "مقتل", "بمقتل", "قتلى", "القتلى", "قتيل", "قتيلا", "جرحى",
                "الجرحى", "مصرعه", "مصرعهم", "مصرعها", "حتفه", "حتفهم", "أصيب", "وأصيب", "إصابة", "سقط", "سقوط",
                "قتلوا", "أصيبوا")
_OF = forms("من", "في", "صفوف")  # «عشرة من عناصر X», «قائد في فيلق الشام», «في صفوف X»
_FALLEN_REACH = 16  # words before a battle noun searched for its dead


def fallen_sides(toks: list[Tok], h_first: int, lo: int, groups: list[Group], taken: list[str]) -> list[list[str]]:
    """The sides of a battle noun whose dead or wounded the words before it name («لقي جندي بالجيش الليبي
    مصرعه جراء الاشتباكات مع …», «سقط عشرات القتلى من ميليشيات صالح في المواجهات مع …», «قتل تسعة من
    ميليشيات الحوثي واثنان من رجال المقاومة في مواجهات»): each party (not a place, not one person, not one of
    `taken`) after the first word of death, marked by «من», «في», «صفوف» or a glued «بـ», with the parties
    joined to it, one side each; [] when none. Only from token `lo` on and within `_FALLEN_REACH` words of
    the noun, no sentence end between."""
    ws = [k for k in range(max(lo, h_first - 3 * _FALLEN_REACH), h_first) if toks[k].word][-_FALLEN_REACH:]
    d = next((k for k in ws if toks[k].form in _FALLEN), None)
    if d is None or any(toks[k].form in SENT_END for k in range(d, h_first)):
        return []
    sides: list[list[str]] = []
    seen = set(taken)
    for g in groups:
        if not d < g.first < h_first or not g.actor or (g.is_loc and not g.force) or g.person \
                or set(g.names) & seen:
            continue
        prev = next((toks[j] for j in range(g.first - 1, d, -1) if toks[j].word), None)
        headed = prev is not None and _fighters(prev) and prev.form[:1] != "و" \
            and toks[max(d, g.first - 2)].form in _OF  # «تسعة من مسلحي الحوثي»
        if (prev is not None and prev.form in _OF) or headed or g.glued.lstrip("و")[:1] == "ب":
            side = [n for x in _joined_run(toks, g, groups) for n in x.names if n not in seen]
            if side:
                sides.append(side)
                seen.update(side)
    return sides


_AMONG = forms("بينهم", "بينهن", "وبينهم", "ومنهم")  # «قتل 28 شخصا، بينهم 17 من الحوثيين»: among them


def among_them(toks: list[Tok], k: int, b: int) -> bool:
    """True when the token at k is «بينهم» and a number comes right after it («28 شخصا، بينهم 17 من الحوثيين
    وقوات صالح»): some of the people counted before, not the sides of a fight."""
    nw = next((j for j in range(k + 1, b) if toks[j].word), None)
    return toks[k].form in _AMONG and nw is not None and is_number(toks[nw].form)

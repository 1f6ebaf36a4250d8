"""A former office holder's title stands for the man, never for his country.

The entity layer reads a title with a nisba («الرئيس الفرنسي», «وزير الخارجية الأمريكي») as a role
of the nisba's country, and the event coder then gives the deed to that country (or to whoever holds
the title now, named with it elsewhere). With «السابق», «الأسبق», «المخلوع» … right after it
(«الرئيس الفرنسي السابق، نيكولا ساركوزي، … معلنا دعمه») the holder has left office and acts for no
state: the title is a mention of the person named next in its sentence (also across an apposition:
«… السابق وزعيم حزب …، نيكولا ساركوزي»), else of the titled man himself, as written
(«الرئيس الفرنسي السابق»).
"""

from __future__ import annotations

import re

from marsad.clean.normalize import fold
from marsad.model import Entity

# the words that make a title a former one (`former` of event_words.tsv, less «المنتهية ولايته»)
FORMER = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "المخلوع", "المخلوعة",
                                     "المعزول", "الراحل", "الراحلة", "المستقيل", "المقال"))
NAME_REACH = 90  # characters after the former title searched for the holder's name
_NEXT_WORD = re.compile(r"[ \t]*([\u0621-\u064a\u0640]+)")
_SENT_END = re.compile(r"[.!?؟…\n]")
_CLAUSE_WORDS = frozenset(fold(w) for w in ("إن", "أن", "أنه", "إنه", "الذي", "التي", "الذين", "قال", "وقال",
                                            "فإن", "لكن", "ولكن", "بينما", "حيث", "عندما"))


def _apposed(between: str) -> bool:
    """True when a name after a former title is its holder's: right after it or a word or two on
    («السابق علي صالح» with «علي» left out of the name, «السابق في الرياض جيمس سميث»), or after a comma
    that closes the words on him («السابق وزعيم حزب الجمهوريين، نيكولا ساركوزي»); never across a sentence
    end, complementiser or relative («السابق، إن الرئيس باراك أوباما …»: the name is another's)."""
    if not between.strip():
        return True
    words = re.findall(r"[\u0621-\u064a]+", between)
    if _SENT_END.search(between) or any(fold(w) in _CLAUSE_WORDS for w in words):
        return False
    return between.rstrip().endswith(("،", ",")) or (len(words) <= 2 and not re.search(r"[،,؛;:]", between))


def former_roles(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with each country role followed by a word of `FORMER` made a person: the one named
    after it in apposition (within `NAME_REACH`), else the title and its «السابق» as written; a
    title right before the name makes one mention with it."""
    people = sorted((e for e in entities if e.label == "PER" and not e.role), key=lambda e: e.start)
    out: list[Entity] = []
    joined: dict[int, Entity] = {}  # a name right after a former title, by id: the title and the name
    for e in entities:
        m = _NEXT_WORD.match(text, e.end) if e.label == "LOC" and e.role else None
        if m is None or fold(m.group(1)) not in FORMER:
            out.append(e)
            continue
        end = m.end(1)
        held = next((p for p in people if end < p.start <= end + NAME_REACH and _apposed(text[end:p.start])), None)
        if held is not None and not text[end:held.start].strip():  # «الرئيس الأمريكي الأسبق بيل كلينتون»
            joined[id(held)] = Entity(text[e.start:held.end], "PER", held.canonical, e.start, held.end)
            continue
        title = text[e.start:end]
        bare = "ال" + title[2:] if title.startswith(("لل", "ال")) else title  # «للرئيس اليمني السابق»
        out.append(Entity(title, "PER", held.canonical if held else bare, e.start, end))
    return [joined.get(id(e), e) for e in out]

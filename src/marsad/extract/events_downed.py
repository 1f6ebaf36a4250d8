"""A craft shot down with no one named who downed it.

«أسقط» and «إسقاط» are an attack only with a craft right after them (`event_triggers.tsv`: «أعلن حزب الله إسقاط
مسيرة إسرائيلية», «أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة»); «إسقاط النظام», «إسقاط التهم» are none). A
downing whose doer the rules find nowhere («… على إثر إعلانها أن قواتها أسقطت طائرة تجسس هندية», a claim told
as the cause of another deed) is a craft lost, not a party's deed: no event. A downing and another attack, each
on a party named, are two deeds (`events_merge`: «أسقطت قواتها طائرة تجسس هندية» … «بدأ الجيش الباكستاني
القصف … على قرى»).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_phrases import counted
from marsad.model import Event

_DOWN = tuple(fold(w) for w in ("أسقط", "إسقاط", "يسقط", "تسقط"))


def downing(ev: Event) -> bool:
    """True when `ev` is an ASSAULT told by «أسقط»/«إسقاط» (a craft shot down)."""
    if ev.type != "ASSAULT" or not ev.trigger:
        return False
    first = fold(ev.trigger).split()[0]
    return first.lstrip("وفب").startswith(_DOWN)


def unclaimed_downing(ev: Event) -> bool:
    """True when `ev` is a craft shot down with no source and no people it killed («اسقاط طائرة تجارية …، مما
    أسفر عن مقتل 298 شخصا» stays: the deaths are told)."""
    return not ev.source and downing(ev) and not any(counted(n) for n in ev.target)

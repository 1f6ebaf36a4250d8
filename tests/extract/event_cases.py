"""Helpers for the event tests: entities built by hand from (mention, canonical, label) specs, and the
one catalogue of the specs the tests share (each mention form under its own name: «تركيا» is TURKEY,
«التركي» TURKISH_DEF, «تركي» TURKISH)."""

from __future__ import annotations

import re
from datetime import date

from marsad.extract.events import extract_events
from marsad.extract.events_eval import run_article
from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_mentions import entity_tokens
from marsad.extract.events_tokens import split_sentences, tokens
from marsad.extract.events_triggers import find_triggers
from marsad.extract.times import extract_times
from marsad.model import Entity, Event, Quote

Spec = tuple[str, str, str]  # mention, canonical, label

# The shared specs, by name. A form with a glued preposition («لليمن», «لروسيا», «لأمم المتحدة») is
# the span the entity layer gives for it.
ALGERIAN = ("الجزائرية", "الجزائر", "LOC")
AMMAN = ("عمان", "عمان", "LOC")
ANKARA = ("أنقرة", "تركيا", "LOC")
ARAB_LEAGUE = ("جامعة الدول العربية", "جامعة الدول العربية", "ORG")
ARAB_LEAGUE_SHORT = ("الجامعة العربية", "جامعة الدول العربية", "ORG")
ASSAD_FORCES = ("قوات الأسد", "النظام السوري", "ORG")
BAHRAIN = ("البحرين", "البحرين", "LOC")
BOGDANOV = ("ميخائيل بوغدانوف", "ميخائيل بوغدانوف", "PER")
BOKO_HARAM = ("بوكو حرام", "بوكو حرام", "ORG")
COALITION = ("التحالف العربي", "التحالف العربي", "ORG")
DARAA = ("درعا", "درعا", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
EGYPTIAN = ("المصري", "مصر", "LOC")
FRENCH = ("الفرنسية", "فرنسا", "LOC")
HADI = ("عبد ربه منصور هادي", "عبد ربه منصور هادي", "PER")
HAMAS = ("حماس", "حماس", "ORG")
HEZBOLLAH = ("حزب الله", "حزب الله", "ORG")
HOUTHI = ("الحوثيين", "الحوثي", "ORG")
HOUTHIS_NOMINATIVE = ("الحوثيون", "الحوثيين", "ORG")
HOUTHI_FORCES = ("قوات الحوثي", "الحوثي", "ORG")
HOUTHI_GROUP = ("جماعة الحوثي", "الحوثي", "ORG")
HOUTHI_MILITIA = ("المليشيات الحوثية", "الحوثي", "ORG")
INDIAN = ("الهندية", "الهند", "LOC")
INTERIOR_MINISTRY = ("وزارة الداخلية", "وزارة الداخلية", "ORG")
IRAQ = ("العراق", "العراق", "LOC")
IRAQI = ("العراقي", "العراق", "LOC")
ISIS = ("داعش", "داعش", "ORG")
ISIS_TANZIM = ("تنظيم داعش", "داعش", "ORG")
JORDANIAN = ("الأردنية", "الأردن", "LOC")
KASSERINE = ("القصرين", "القصرين", "LOC")
KENYAN = ("الكينية", "كينيا", "LOC")
KURDISTAN = ("إقليم كردستان", "كردستان", "LOC")
KUWAIT = ("الكويت", "الكويت", "LOC")
LIBYA = ("ليبيا", "ليبيا", "LOC")
LYON = ("ليون", "ليون", "LOC")
MILITIA = ("الميليشيات", "الحوثي", "ORG")
NIGERIAN = ("النيجيرية", "نيجيريا", "LOC")
NUSRA = ("جبهة النصرة", "جبهة النصرة", "ORG")
PAKISTANI = ("الباكستانية", "باكستان", "LOC")
PALESTINIANS = ("فلسطينيين", "فلسطين", "LOC")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
QATAR = ("قطر", "قطر", "LOC")
REGIME = ("قوات النظام", "النظام السوري", "ORG")
RUSSIAN = ("الروسي", "روسيا", "LOC")
SALEM = ("سالم الحربي", "سالم الحربي", "PER")
SAUDI = ("السعودية", "السعودية", "LOC")
SECURITY_FORCES = ("قوات الأمن", "قوات الأمن", "ORG")
SEPARATISTS = ("انفصاليون", "الانفصاليون", "ORG")
SHABAAB = ("حركة الشباب", "الشباب", "ORG")
SOMALIA = ("الصومال", "الصومال", "LOC")
SUDANESE = ("السودانية", "السودان", "LOC")
SYRIA = ("سوريا", "سوريا", "LOC")
TO_RUSSIA = ("لروسيا", "روسيا", "LOC")
TO_YEMEN = ("لليمن", "اليمن", "LOC")
TUNISIAN = ("التونسية", "تونس", "LOC")
TUNISIAN_FORCES = ("القوات التونسية", "تونس", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
TURKISH = ("تركي", "تركيا", "LOC")
TURKISH_DEF = ("التركي", "تركيا", "LOC")
UKRAINE = ("أوكرانيا", "أوكرانيا", "LOC")
UN = ("لأمم المتحدة", "الأمم المتحدة", "ORG")
US = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
WASHINGTON = ("واشنطن", "الولايات المتحدة", "LOC")
YEMEN = ("اليمن", "اليمن", "LOC")
YPG = ("وحدات حماية الشعب", "وحدات حماية الشعب", "ORG")


def ents(text: str, specs: list[Spec]) -> list[Entity]:
    """Every whole mention of each spec (a proclitic before it allowed), longest specs first."""
    out: list[Entity] = []
    taken: set[int] = set()
    for mention, canonical, label in sorted(specs, key=lambda s: -len(s[0])):
        for m in re.finditer(re.escape(mention), text):
            if taken & set(range(m.start(), m.end())):
                continue
            out.append(Entity(mention, label, canonical, m.start(), m.end()))
            taken |= set(range(m.start(), m.end()))
    return sorted(out, key=lambda e: e.start)


def run(text: str, specs: list[Spec], ref: date | None = None, quotes: list[Quote] | None = None,
        body_names: bool = False) -> list[Event]:
    """The events of `text` with the spec entities (and its times and background against a reference date).
    The tests of who acts read the actors without the state bodies' own words beside their countries
    (`events_body_names`, tested with `body_names=True`)."""
    return extract_events(text, ents(text, specs), extract_times(text, ref) if ref else [], quotes, reference=ref,
                          body_names=body_names)


def one(evs: list[Event], typ: str) -> Event:
    """The first event of type `typ` (the test fails, listing what was found, if none)."""
    hits = [e for e in evs if e.type == typ]
    assert hits, f"no {typ} in {[(e.type, e.trigger) for e in evs]}"
    return hits[0]


def names(ev: Event) -> list[str]:
    """The source and target names of an event."""
    return [*ev.source, *ev.target]


def quote_of(text: str, speaker: str) -> list[Quote]:
    """The one quote of `text` (between its first and last «"»), said by `speaker`."""
    q0 = text.index('"') + 1
    return [Quote(text[q0:text.rindex('"')], speaker, q0, text.rindex('"'))]


def mentions(text: str, specs: list[Spec]) -> list[Spec]:
    """The actor mentions the event coder reads in `text`: (text, label, canonical) of each."""
    toks = tokens(text)
    found = entity_tokens(toks, [t.start for t in toks], ents(text, specs), text, lexicon())
    return [(e.text, e.label, e.canonical) for _, _, e in found]


def triggers(text: str) -> list[tuple[str, str | None]]:
    """(type, mode) of the triggers the table finds in `text`, sentence by sentence."""
    L = lexicon()
    toks = tokens(text)
    return [(h.trig.type, h.trig.mode) for a, b in split_sentences(text, toks) for h in find_triggers(toks, a, b, L)]


def trigger_types(text: str) -> list[str]:
    """The types of the triggers the table finds in `text`."""
    return [t for t, _ in triggers(text)]


PROBE_DAY = "2024-12-07"  # the publication date the 2024-style probes are read on


def coded(text: str, kind: str) -> list[Event]:
    """The events of type `kind` the whole pipeline (entities, times, quotes, events) codes in a probe text."""
    return [e for e in run_article(text, PROBE_DAY) if e.type == kind]


def coded_one(text: str, kind: str) -> Event:
    """The one event of type `kind` coded in a probe text (the test fails, listing what was coded, if not one)."""
    evs = coded(text, kind)
    assert len(evs) == 1, [(e.type, e.source, e.target) for e in run_article(text, PROBE_DAY)]
    return evs[0]

"""Events of the shared gold pages (checked with ../shared/tools/check_gold.py, real entity layer)
and precision/recall of extract_events on our own SaudiNewsNet gold pages (tests/gold/events)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events
from marsad.extract.events_eval import evaluate, format_report
from marsad.extract.gold import EXAMPLES, SHARED, SNN_PATH
from marsad.extract.quotes import extract_quotes
from marsad.extract.times import extract_times
from marsad.model import Article

CHECK = SHARED / "tools" / "check_gold.py"
GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"
needs_shared = pytest.mark.skipif(not CHECK.exists(), reason="../shared (examples, tools) is absent")
needs_snn = pytest.mark.skipif(not SNN_PATH.exists(), reason="../shared SaudiNewsNet data is absent")
HELD_OUT = Path(__file__).resolve().parents[1] / "gold" / "events-test"
# Dev set, 19 pages (tests/gold/events, used to tune the coder): triples P=0.800 R=0.696 F1=0.744,
# events P=0.800 R=0.696 F1=0.744, location P=0.647 R=0.611 (after the actor work: group actors,
# nominal and passive constructions; before it P=0.758 R=0.543 F1=0.633, and before the precision
# work triples F1 0.311, events F1 0.388). The entity layer moves these by a few points.
TRIPLE_F1_FLOOR = 0.65
EVENT_F1_FLOOR = 0.65
EVENT_P_FLOOR = 0.70


@dataclass(frozen=True)
class DevSet:
    """A dev set annotated after the first: its least pages, outlets and event types, and the
    floors of its triples F1 and precision."""

    name: str
    pages: int
    outlets: int
    types: int
    f1_floor: float
    p_floor: float

    @property
    def dir(self) -> Path:
        return GOLD.parent / self.name


# Each set was annotated before the coder was run on it; in order, as they came.
DEV_SETS = [
    # Second dev set, 8 pages annotated before the coder was run on them (tests/gold/events-dev2), used
    # to tune it alongside the first: triples P=0.429 R=0.290 F1=0.346 before that work (events P=0.571
    # R=0.387), P=0.750 R=0.600 F1=0.667 after it (events P=0.792 R=0.633); the first dev set went to
    # triples P=0.833 R=0.761 F1=0.795 with it.
    DevSet("events-dev2", pages=8, outlets=8, types=8, f1_floor=0.60, p_floor=0.68),
    # Third dev set, 10 pages from outlets and types the first two lack (almadina, sabq, was; SANCTION,
    # AID, RETREAT, PROTEST, THREATEN …), annotated before the coder was run on them
    # (tests/gold/events-dev3): triples P=0.321 R=0.231 F1=0.269 before the generalisation work (events
    # P=0.393 R=0.282), P=0.593 R=0.410 F1=0.485 after it, the other two dev sets unchanged.
    DevSet("events-dev3", pages=8, outlets=7, types=10, f1_floor=0.65, p_floor=0.75),
    # Fourth dev set, 8 pages from the outlets the others use least (was, 3alyoum, alwatan, okaz, sabq,
    # alyaum, almadina), annotated before the coder was run on them (tests/gold/events-dev4): triples
    # and events P=0.276 R=0.242 F1=0.258 fresh, P=0.345 R=0.303 F1=0.323 after the fourth round of
    # general fixes (dev3 went to P=0.655 R=0.487 with them, dev and dev2 unchanged).
    DevSet("events-dev4", pages=8, outlets=7, types=8, f1_floor=0.48, p_floor=0.48),
    # Fifth dev set, 8 pages from eight outlets (aljazirah, okaz, aawsat, 3alyoum, alyaum, alwatan, was,
    # alweeam), annotated before the coder was run on them (tests/gold/events-dev5): triples and events
    # P=0.571 R=0.400 F1=0.471 fresh, P=0.692 R=0.600 F1=0.643 after the fifth round of general fixes.
    DevSet("events-dev5", pages=8, outlets=7, types=8, f1_floor=0.68, p_floor=0.72),
    # Sixth dev set, 8 pages from eight outlets (okaz, alriyadh, alweeam, was, aljazirah, alyaum, aawsat,
    # 3alyoum), annotated before the coder was run on them (tests/gold/events-dev6): triples P=0.667
    # R=0.431 F1=0.524 fresh (events P=0.697 R=0.451), P=0.862 R=0.490 F1=0.625 after the sixth round of
    # general fixes (quotes as clauses, «بين X من جهة، وY», the matter pronoun, speech after a colon …),
    # P=0.889 R=0.627 F1=0.736 after the seventh (actor coverage; dev4 went to P=0.483 R=0.424 F1=0.452).
    DevSet("events-dev6", pages=8, outlets=8, types=8, f1_floor=0.70, p_floor=0.85),
    # Seventh dev set, 8 pages from eight outlets (aawsat, aleqtisadiya, aljazirah, alriyadh, alwatan,
    # alweeam, alyaum, 3alyoum), annotated before the coder was run on them (tests/gold/events-dev7):
    # triples P=0.520 R=0.542 F1=0.531 fresh, P=0.560 R=0.583 F1=0.571 after the eighth round of general
    # fixes (repelling an attack, a military campaign, a prayer is no demand, «المتحدث باسم» …).
    DevSet("events-dev7", pages=8, outlets=8, types=7, f1_floor=0.60, p_floor=0.62),
    # Eighth dev set, 8 pages from eight outlets (alwatan, okaz, 3alyoum, sabq, aljazirah, aleqtisadiya,
    # alriyadh, alyaum), annotated before the coder was run on them (tests/gold/events-dev8): triples
    # P=0.290 R=0.265 F1=0.277 fresh, P=0.323 R=0.294 F1=0.308 after the ninth round of general fixes
    # (two deeds of one agent, a condemned deed with its doer, «ثلاثة من زعماء», «نسب إلى» …), P=0.412
    # R=0.412 F1=0.412 after the tenth (two bodies in a row, «من مواقع X», «في حالة تأهب», «أوقفت 320 شخصا» …).
    DevSet("events-dev8", pages=8, outlets=8, types=7, f1_floor=0.55, p_floor=0.65),
    # Ninth dev set, 6 pages from six outlets (alweeam, alriyadh, 3alyoum, okaz, alyaum, aleqtisadiya),
    # annotated before the coder was run on them (tests/gold/events-dev9): triples P=0.562 R=0.429
    # F1=0.486 fresh, P=0.737 R=0.667 F1=0.700 after the eleventh round of general fixes (a conjoined verb
    # takes the earlier verb's subject, declaring a truce, a reservation, returning fire, a relative clause on the doer …).
    DevSet("events-dev9", pages=6, outlets=6, types=7, f1_floor=0.78, p_floor=0.85),
    # Tenth dev set, 5 pages from five outlets (aawsat, aljazirah, okaz, aleqtisadiya, alweeam), annotated
    # before the coder was run on them (tests/gold/events-dev10): triples P=0.385 R=0.250 F1=0.303 fresh.
    DevSet("events-dev10", pages=5, outlets=5, types=5, f1_floor=0.50, p_floor=0.70),
    # Eleventh dev set, 7 pages from seven outlets (aawsat, alriyadh, alwatan, alweeam, aleqtisadiya,
    # alyaum, okaz), annotated before the coder was run on them (tests/gold/events-dev11): triples
    # P=0.387 R=0.293 F1=0.333 fresh (P=0.419 R=0.317 F1=0.361 once «اليمن» was added as a name of the
    # pro-Hadi forces, as the force-with-nisba convention has it), P=0.677 R=0.512 F1=0.583 after the
    # thirteenth round of general fixes («طلب من Y», receiving aid, seizing and retaking ground, forcing,
    # a fight/arrest/withdrawal with no party is background, «رئيس الجمهورية», a charge tells no deed …);
    # with it dev3 went to P=0.759 R=0.564, dev4 P=0.517 R=0.455, dev7 P=0.625 R=0.625, dev10 P=0.643
    # R=0.450, the first dev set to P=0.846 R=0.717 (from P=0.814 R=0.761).
    DevSet("events-dev11", pages=7, outlets=7, types=10, f1_floor=0.58, p_floor=0.68),
    # Twelfth dev set, 7 pages from seven outlets (almadina, aawsat, aleqtisadiya, okaz, alweeam, was,
    # alriyadh), annotated before the coder was run on them (tests/gold/events-dev12): triples P=0.542
    # R=0.351 F1=0.426 fresh, P=0.591 R=0.351 F1=0.441 after the fourteenth round of general fixes (a
    # party-less deed dated by a month or a year is history, a later bare telling inside a country is the
    # first one, a present verb after an indefinite noun describes it, «بقصف أهداف لـX» …).
    DevSet("events-dev12", pages=7, outlets=7, types=10, f1_floor=0.52, p_floor=0.62),
    # Thirteenth dev set, 7 pages from seven outlets (alweeam, alriyadh, sabq, almadina, alyaum, okaz,
    # aljazirah; arrests of cells, a ban on Rohingya fishermen, a threat to an ambassador, a PKK ambush,
    # a row between Iraqi leaders), annotated before the coder was run on them (tests/gold/events-dev13):
    # triples P=0.167 R=0.097 F1=0.122 fresh, P=0.312 R=0.161 F1=0.213 after the fifteenth round of
    # general fixes (bare state bodies placed in the story's country, a ministry or intelligence service
    # with a nisba, «بحق N عنصرا من X», possessive verbal nouns of support, verb agreement, a verbal attack).
    DevSet("events-dev13", pages=7, outlets=7, types=12, f1_floor=0.27, p_floor=0.38),
    # Fourteenth dev set, 8 pages from eight outlets (aljazirah, alweeam, alriyadh, aleqtisadiya, alwatan,
    # aawsat, 3alyoum, okaz; Turkish strikes on the PKK, Germany freeing an Al Jazeera journalist, Ferguson,
    # Taiwan's students, Houthi abductions, the UAE on the EU and Iran, Egyptian journalists on the Duma
    # arson), annotated before the coder was run on them (tests/gold/events-dev14): triples P=0.319
    # R=0.231 F1=0.268 fresh (commit 1d20e69), P=0.347 R=0.262 F1=0.298 after the sixteenth round
    # (actors, precision, a corpus review of the trigger lexicon, retellings, cross-sentence speakers),
    # which never looked at it. Every other set's floor was raised with that round (dev triples over the
    # thirteen sets P=0.705 R=0.540 → P=0.762 R=0.602). Then a round on its own errors (crowds of
    # journalists and students, a body head for its members, a statement speaking for its author, the
    # victim of an arrest or abduction, sentencing, thanks, suing …): P=0.522 R=0.369 F1=0.432.
    DevSet("events-dev14", pages=8, outlets=8, types=12, f1_floor=0.38, p_floor=0.45),
    # Fifteenth dev set, 8 pages from eight outlets (aawsat, alriyadh, 3alyoum, aljazirah, alwatan,
    # almadina, alyaum, okaz; Burundi before the election, Susiya's demolition, Al-Aqsa stormed, a Tebu and
    # Tuareg truce, a Mogadishu hotel bombing, IS threatening a Croatian hostage, Jordan's border, the
    # HDP's call for a truce), annotated before the coder was run on them (tests/gold/events-dev15):
    # triples P=0.294 R=0.196 F1=0.235 fresh (commit 6137934); P=0.324 R=0.216 F1=0.259 after the
    # dev14 round, which never looked at it; P=0.432 R=0.314 F1=0.364 after a round on its own errors (a
    # branch named with a nisba, «بين X وY» after a deed noun, a ministry with no country, a quoted
    # restatement, «قال X: إنه …», a conditional threat that demands).
    DevSet("events-dev15", pages=8, outlets=8, types=12, f1_floor=0.32, p_floor=0.38),
    # Sixteenth dev set, 8 pages from eight outlets (aawsat, alyaum, alriyadh, alwatan, aleqtisadiya,
    # aljazirah, alweeam, almadina; Turkish strikes on the PKK, shelling in eastern Ukraine, Abu Marzouk on a
    # unity government, a Houthi leader arrested in Aden, the resistance's sweep of Aden, attacks in Kabul,
    # Taiz's clashes, Zarif before the Majlis), annotated before the coder was run on them
    # (tests/gold/events-dev16): triples P=0.457 R=0.246 F1=0.320 fresh (commit 81656c7); P=0.737 R=0.431
    # F1=0.544 after two rounds on its own errors (18: siding participles, counted members, taking ground,
    # surrender, appeals; 19: victims in a result clause, negated claims, «شدد على ضرورة»), which left the
    # fifteen earlier sets at 304/553/427 (P=0.712 R=0.550) and dev17 unchanged.
    DevSet("events-dev16", pages=8, outlets=8, types=15, f1_floor=0.48, p_floor=0.65),
    # Seventeenth dev set, 8 pages from eight outlets (aawsat, alyaum, alriyadh, aljazirah, alwatan, okaz,
    # almadina, alweeam; a world brief, the EU on Libya's Skhirat talks, Carter and Netanyahu on the Iran
    # deal, Iran's Sunni detainees, Egyptian fishermen tried in Khartoum, Malaysian students on the Asir
    # bombing, Rouhani and Khamenei, Turkey's Incirlik agreement), annotated while round 19 ran, which never
    # saw it (tests/gold/events-dev17): triples P=0.273 R=0.158 F1=0.200 at 81656c7, P=0.286 R=0.158
    # F1=0.203 after rounds 18 and 19 (12/76/42): what the rounds tuned on dev16 carried to unseen pages.
    DevSet("events-dev17", pages=8, outlets=8, types=17, f1_floor=0.27, p_floor=0.35),
    # (dev17 after the eighth session's noun-phrase actors: triples P=0.327 R=0.210 F1=0.256, 16/76/49; after
    # the ninth session, which read its errors with dev18's and dev19's: P=0.396 R=0.250 F1=0.306, 19/76/48.)
    # Eighteenth dev set, 8 pages from eight outlets (alyaum, aleqtisadiya, aawsat, okaz, alriyadh, alwatan,
    # aljazirah, almadina; hate crimes after Charleston, Marib's resistance thanking the kingdom, al-Nusra
    # kidnapping Division 30, clashes in Sanaa and Qataba, Obama on the Iran deal and war, Turkish artillery on
    # the PKK in Iraq, Sirnak soldiers and the EU, Pollard's parole; 93 events), annotated blind during the
    # eighth session (tests/gold/events-dev18): triples P=0.302 R=0.172 F1=0.219 at the session's start
    # (fd02073), P=0.321 R=0.194 F1=0.242 after its noun-phrase actors, which never saw it (18/93/56);
    # P=0.310 R=0.194 F1=0.238 (18/93/58) at the session's end.
    DevSet("events-dev18", pages=8, outlets=8, types=17, f1_floor=0.28, p_floor=0.37),
    # Nineteenth dev set, 8 pages from eight outlets (alriyadh, aawsat, sabq, alwatan, 3alyoum, alweeam, alyaum,
    # okaz; the Knesset's force-feeding law, Tunisia's takfir law, a Jeddah hospital withholding a body,
    # Nujaifi on Iran and Anbar, the Ashley Madison hackers, the shelling of Fua and Kafraya, Mohammed Allan's
    # hunger strike, Abadi abolishing the vice-presidencies; 78 events), annotated blind at the end of the
    # eighth session (tests/gold/events-dev19): triples P=0.160 R=0.103 F1=0.125 at the session's start
    # (fd02073), P=0.151 R=0.103 F1=0.122 after the work it never saw (8/78/53): nothing carried over; then
    # P=0.210 R=0.154 F1=0.178 (12/78/57) after the SVO noun phrases, the merges and the lexicon coverage
    # (the lexicon work never saw it either). The ninth session read dev17-19's errors: dev18 then P=0.410
    # R=0.269 F1=0.325 (25/93/61), dev19 P=0.310 R=0.231 F1=0.265 (18/78/58).
    DevSet("events-dev19", pages=8, outlets=8, types=17, f1_floor=0.22, p_floor=0.26),
    # Twentieth dev set, 8 pages from eight outlets (3alyoum, alriyadh, aleqtisadiya, alyaum, aawsat, okaz,
    # alwatan, aljazirah; Kerry before Congress on the Iran deal, Nujaifi on the Sitra bombing, Greek
    # austerity, Tunisia's emergency, attacks in Istanbul and Sirnak, Mladenov and Abbas, Iraq's displaced,
    # pro-Gaddafi protests in Libya; 82 events), annotated blind at the start of the ninth session
    # (tests/gold/events-dev20) and read in aggregate only during it: triples P=0.159 R=0.085 F1=0.111 at
    # the session's start (4a4c3db, 8/82/44 on type and actors), P=0.222 R=0.122 F1=0.158 at its end
    # (11/82/45), its details having been printed once by mistake midway (no rule was written from them).
    DevSet("events-dev20", pages=8, outlets=8, types=15, f1_floor=0.10, p_floor=0.15),
    # Twenty-first dev set, 8 pages from eight outlets (alwatan, aawsat, aljazirah, alriyadh, sabq, alyaum, okaz,
    # alweeam; Houthi mines and fighting in Aden, Baida and Marib, Amano before the Senate and the Majlis, Abadi's
    # travel ban and the Diyala bombings, the Taliban in Badakhshan and Faryab, Obama's Iran deal critics, Saadeh
    # before a Jordanian court, the coalition at Mokha and Bab al-Mandab, Salehi on the Majlis; 74 events),
    # annotated blind during the ninth session (tests/gold/events-dev21) and read in aggregate only: triples
    # P=0.200 R=0.122 F1=0.151 both at the session's start (4a4c3db) and after its work (10/74/45 on type and
    # actors); at its end P=0.204 R=0.122 F1=0.152 (9/74/44): nothing it did carried over.
    DevSet("events-dev21", pages=8, outlets=8, types=18, f1_floor=0.13, p_floor=0.18),
    # Twenty-second dev set, 8 pages from eight outlets (aawsat, alyaum, okaz, alwatan, alriyadh, alweeam, 3alyoum,
    # almadina; al-Nusra and Division 30's second group, the UAE's trial of 41, Dempsey and Abadi on Iran,
    # Arsal and the hostages' families, Cavusoglu on the battle against IS, Sarkhi on Iran in Iraq, clerics on
    # al-Aqsa, security officials on the Asir bombing; 69 events; the last two from a draw of five-keyword
    # pages, the six-keyword draw having run out), annotated blind at the end of the ninth session and read in
    # aggregate only: triples P=0.102 R=0.087 F1=0.094 at the session's start (4a4c3db, 8/69/59 on type and
    # actors), P=0.152 R=0.130 F1=0.141 at its end (9/69/59 on type and actors).
    DevSet("events-dev22", pages=8, outlets=8, types=16, f1_floor=0.08, p_floor=0.10),
    # Twenty-third dev set, 8 pages from eight outlets (aawsat, alwatan, alyaum, okaz, sabq, aleqt, aljazirah,
    # alriyadh; the Lafayette cinema shooting, Pakistan, India and the UN observers, US training in Ukraine and
    # an MH17 tribunal, the Faryab market bombing, the PA and the Duma settlers, Turkish tanks and the Syrian
    # Kurds, the failed Aleppo attack and al-Ghab, Beirut's rubbish and Naameh; 57 events, 12 types; five from
    # the five-keyword draw), annotated blind at the start of the tenth session and read in aggregate only:
    # triples P=0.188 R=0.158 F1=0.171 at the session's start (abb8aa1, 10/57/48 on type and actors), P=0.176
    # R=0.158 F1=0.167 at its end (10/57/51: the session's rules added events there, no match).
    DevSet("events-dev23", pages=8, outlets=8, types=12, f1_floor=0.14, p_floor=0.15),
    # Twenty-fourth dev set, 8 pages from eight outlets (aawsat, alwatan, alyaum, aljazirah, almadina, aleqt,
    # alweeam, alriyadh; Italy's arrests of IS supporters, Iraq's protests and Abadi's reforms, Mullah Omar's
    # family and Mansour, the Bahraini community on Iran, Carter and King Salman, Saif al-Islam's death sentence,
    # the Ain Defla ambush, Arab and Islamic bodies on the Duma arson; 64 events, 12 types; five from the
    # five-keyword draw), annotated blind at the end of the tenth session and read in aggregate only: triples
    # P=0.238 R=0.156 F1=0.189 at the session's start (abb8aa1, 11/64/42 on type and actors), P=0.233 R=0.156
    # F1=0.187 at its end (11/64/43).
    DevSet("events-dev24", pages=8, outlets=8, types=12, f1_floor=0.15, p_floor=0.19),
    # Twenty-fifth to twenty-seventh dev sets, 8 pages each from eight outlets (a fresh draw of five-keyword
    # pages, seed 2525, split three ways between three helpers who never ran the coder; 68, 65 and 59 events),
    # annotated blind at the start of the eleventh session. dev25's errors were read during it; dev26 and
    # dev27 were read in aggregate only. At the session's start (b41ffc4), on type and actors: dev25 12/68/44,
    # dev26 8/65/40, dev27 10/59/41; triples P=0.250 R=0.162 F1=0.196, P=0.150 R=0.092 F1=0.114 and
    # P=0.220 R=0.153 F1=0.180.
    DevSet("events-dev25", pages=8, outlets=8, types=12, f1_floor=0.16, p_floor=0.20),
    DevSet("events-dev26", pages=8, outlets=8, types=15, f1_floor=0.09, p_floor=0.12),
    DevSet("events-dev27", pages=8, outlets=8, types=14, f1_floor=0.15, p_floor=0.18),
    # Twenty-eighth to thirtieth dev sets, 8 pages each from eight outlets (a second fresh five-keyword draw,
    # seed 2828, split three ways; 53, 76 and 75 events), annotated blind during the eleventh session and
    # read in aggregate only. At the session's start (b41ffc4), on type and actors: dev28 5/53/35, dev29
    # 9/76/50, dev30 21/75/61; triples P=0.114 R=0.075 F1=0.091, P=0.140 R=0.092 F1=0.111 and P=0.328
    # R=0.267 F1=0.294. dev28 at the seventeenth session's start (f0e1fe3): triples 3/53/32 (F1 0.071), at
    # its end 3/53/34 (F1 0.069: two more system events, no match lost), so its floor is 0.06.
    DevSet("events-dev28", pages=8, outlets=8, types=12, f1_floor=0.06, p_floor=0.08),
    DevSet("events-dev29", pages=8, outlets=8, types=14, f1_floor=0.09, p_floor=0.11),
    DevSet("events-dev30", pages=8, outlets=8, types=15, f1_floor=0.25, p_floor=0.28),
    # (Eleventh session's slip: a search by file name for the Ahmed Mansour page of dev14 also printed the
    # misses and extras of one page each of dev24, dev26, dev28 and dev29, all about Mullah Mansour or
    # other Mansours; no rule was written from them.)
]

# Held-out set, 8 pages annotated before the coder was changed and never used to tune it
# (tests/gold/events-test), scored once after the actor work: triples P=0.579 R=0.478 F1=0.524,
# events P=0.579 R=0.478 F1=0.524, location P=0.500 R=0.500 (before it: triples and events
# P=0.316 R=0.261 F1=0.286; before the precision work: triples F1 0.231, events F1 0.308); scored
# once more after the dev2 work: triples and events P=0.556 R=0.435 F1=0.488 (no gain carried over),
# once after the dev3 work: the same, P=0.556 R=0.435 F1=0.488; and once after the dev4 work:
# triples and events P=0.600 R=0.522 F1=0.558; and once after the dev5 work: P=0.619 R=0.565 F1=0.591;
# and once after the dev6 work: P=0.600 R=0.522 F1=0.558 (no gain carried over); and once after the
# actor-coverage work: the same, P=0.600 R=0.522 F1=0.558; after the dev7 work and every later
# round: P=0.650 R=0.565 F1=0.605; at the start of the dev11 round the same, and after it P=0.684
# R=0.565 F1=0.619; at the start and at the end of the dev12 round the same, P=0.684 R=0.565 F1=0.619;
# at the start and at the end of the dev13 round the same again, P=0.684 R=0.565 F1=0.619; after the
# sixteenth round P=0.667 R=0.522 F1=0.585 (one match lost to the precision rules, one system event
# more from the lexicon review); the same after the dev14 and dev15 rounds.
HELD_OUT_TRIPLE_F1_FLOOR = 0.40
HELD_OUT_EVENT_F1_FLOOR = 0.40


def article(role: str, title: str | None, text: str, ref: date) -> dict[str, Any]:
    ents = extract_entities(text)
    times = extract_times(text, ref)
    quotes = extract_quotes(text, ents)
    a = Article(role=role, title=title, text=text, entities=ents, times=times, quotes=quotes)  # type: ignore[arg-type]
    a.events = extract_events(text, ents, times, quotes)
    return a.to_dict()


def run_check(gold: Path, record: dict[str, Any], tmp_path: Path) -> str:
    rec = tmp_path / "record.json"
    rec.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(CHECK), str(gold), str(rec), "--only=events"],
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout
    return res.stdout


@needs_shared
def test_seed_page(tmp_path: Path) -> None:
    raw = (EXAMPLES / "arabi21-hamas-bogdanov.txt").read_text(encoding="utf-8")
    main = raw[:raw.index("المصدر: عربي21")].strip()
    emb = raw[raw.index("نقلت صحيفة"):raw.index("مقالات مشابهة")].strip()
    title = 'تقدم في مفاوضات غزة.. و"حماس" قد تتنازل عن بعض الشروط'
    ref = date(2024, 12, 7)
    record = {"articles": [article("main", None, main, ref), article("embedded", title, emb, ref)]}
    out = run_check(EXAMPLES / "arabi21-hamas-bogdanov.expected.json", record, tmp_path)
    assert "7 passed, 0 failed" in out


@needs_shared
def test_suruc_page(tmp_path: Path) -> None:
    rec = json.loads((EXAMPLES / "almadina-suruc.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record = {"articles": [article("main", rec["title"], rec["content"].strip(), date(2015, 7, 21))]}
    out = run_check(EXAMPLES / "almadina-suruc.expected.json", record, tmp_path)
    assert "3 passed, 0 failed" in out


def _well_formed(pages: list[Path]) -> tuple[set[str], set[str], set[str]]:
    outlets: set[str] = set()
    types: set[str] = set()
    urls: set[str] = set()
    for p in pages:
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["source_url"].startswith("http") and len(g["published"]) == 10
        outlets.add(g["source"])
        urls.add(g["source_url"])
        for a in g["articles"]:
            for ev in a["events"]:
                types.update(ev["type"] if isinstance(ev["type"], list) else [ev["type"]])
                if "source" in ev or "target" in ev:  # without either, the actors match in either role
                    assert len(ev["actors"]) == len(ev.get("source", [])) + len(ev.get("target", []))
    return outlets, types, urls


def test_own_gold_pages_are_well_formed() -> None:
    pages = sorted(GOLD.glob("snn-*.expected.json"))
    assert len(pages) >= 15
    outlets, types, _ = _well_formed(pages)
    assert len(outlets) >= 8 and len(types) >= 10


def test_held_out_pages_are_well_formed_and_disjoint() -> None:
    pages = sorted(HELD_OUT.glob("snn-*.expected.json"))
    assert len(pages) >= 8
    outlets, types, urls = _well_formed(pages)
    assert len(outlets) >= 8 and len(types) >= 8
    _, _, dev_urls = _well_formed(sorted(GOLD.glob("snn-*.expected.json")))
    assert not urls & dev_urls


def _urls(d: Path) -> set[str]:
    return _well_formed(sorted(d.glob("snn-*.expected.json")))[2]


@pytest.mark.parametrize("dev", DEV_SETS, ids=lambda d: d.name)
def test_dev_pages_are_well_formed_and_disjoint(dev: DevSet) -> None:
    pages = sorted(dev.dir.glob("snn-*.expected.json"))
    assert len(pages) >= dev.pages
    outlets, types, urls = _well_formed(pages)
    assert len(outlets) >= dev.outlets and len(types) >= dev.types
    others = _urls(GOLD) | _urls(HELD_OUT)
    for earlier in DEV_SETS[:DEV_SETS.index(dev)]:
        others |= _urls(earlier.dir)
    shared = bool(urls & others)  # a bare flag: the held-out pages stay unseen
    assert not shared


@needs_snn
@pytest.mark.parametrize("dev", DEV_SETS, ids=lambda d: d.name)
def test_dev_pages_floor(dev: DevSet) -> None:
    res = evaluate(sorted(dev.dir.glob("snn-*.expected.json")))
    print(format_report(res))
    assert res["pages"] >= dev.pages
    assert res["triples"]["f1"] >= dev.f1_floor
    assert res["triples"]["precision"] >= dev.p_floor


@needs_snn
def test_own_gold_pages_floor() -> None:
    res = evaluate(sorted(GOLD.glob("snn-*.expected.json")))
    report = format_report(res, by_type=True)
    print(report)
    assert res["pages"] >= 15
    # The types' triples add up to the whole, and each type has its line.
    for k in ("matched", "gold", "system"):
        assert sum(s[k] for s in res["by_type"].values()) == res["triples"][k]
    assert len(res["by_type"]) >= 8 and all(f"  {t} " in report for t in res["by_type"])
    assert res["triples"]["f1"] >= TRIPLE_F1_FLOOR
    assert res["events"]["f1"] >= EVENT_F1_FLOOR
    assert res["events"]["precision"] >= EVENT_P_FLOOR


@needs_snn
def test_held_out_pages_floor() -> None:
    """Pages never used to tune the coder: a regression floor, not a target."""
    res = evaluate(sorted(HELD_OUT.glob("snn-*.expected.json")))
    print(format_report(res))
    assert res["pages"] >= 8
    assert res["triples"]["f1"] >= HELD_OUT_TRIPLE_F1_FLOOR
    assert res["events"]["f1"] >= HELD_OUT_EVENT_F1_FLOOR


@needs_shared
def test_whole_events_are_what_check_gold_passes() -> None:
    """`whole` counts the gold events check_gold.py passes (type, actors, place and date); it can only
    be below `events`, which leaves place and date out."""
    golds = sorted(EXAMPLES.glob("*.expected.json"))
    res = evaluate(golds)
    assert res["whole"]["matched"] <= res["events"]["matched"]
    assert res["whole"]["gold"] == res["events"]["gold"] == 10
    assert res["whole"]["matched"] == 10  # both shared pages pass check_gold --only=events
    assert "  whole " in format_report(res)

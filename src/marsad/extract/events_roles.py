"""Who did what to whom: the source and target actors of one trigger.

By word order first: the subject is taken before the verb when it opens its clause (SVO), else
after it (VSO, not an oblique plural «الحوثيين»), else the nearest free actor earlier in the
sentence unless the verb has an unnamed subject («ودعت الحكومة المحلية»); a relative clause
(«التي تقاتل تنظيم داعش») has the noun before it as subject; a definite feminine noun right after a
masculine verb («دعا أمس الحكومة …») is its object; a killing told with a count or with
no object («قتل 47 متمردا», «الذي قتل في …») has victims and no agent (but a count after a surrender or
a protest names its doers: «استسلم العشرات من الحوثيين»), nor has a relative clause whose
verb has an unnamed subject of its own («الذي ألقى مسلحون القبض عليه»); a meeting noun with a
possessor met the actor after it («لقائه أمس في الرياض مبعوث …»); a fight's party is never the one it
fights; a verb with a plural suffix has its subject in it, so the noun after it is its object («طردوا
أيضا الحوثيين»), and the noun a deed noun's table row needs is what it is done to («تفريق المتظاهرين»).
Agreement limits the subject told before: a plural verb («استولوا», «يرفضون») never has one person,
a feminine one («استقبلت») never a man named with a masculine title («الدكتور X»), before it or after it
(«إن القوى الجنوبية اعتقلت القائد فلان»: he is its object); the holder of a title that opens the clause with
the body it is of and that body's description is its subject, not the body («وكان زعيم الحزب المقرب من
الأكراد صلاح الدين دمرتاش دعا», `events_framed_subject.title_holder`); a verb opening its sentence with no
subject goes on with the story's person only where they agree («وعبرت» not with a man the story never names
after a feminine title or verb, «واعترفوا» not with one person: `carried_disagrees`); «لكن» and a count
after the verb («زاره أكثر من مليون») open a subject of their own; a nisba after an object in ـين
(«التقى مسؤولين عراقيين») is no subject; the genitive of a verbal noun may stand past a partitive and a head noun
(«اعتقال أحد قادة بوكو حرام»: the group is still the one arrested); a place right after a visit noun is
where it went («بعد زيارة مصر»), a capital after a meeting noun where it was held («اجتماع الدوحة»); a person
a statement verb's title chain ends with, past the body or place the title is of («دعا المتحدث باسم المقاومة
في عدن علي الأحمدي …»), is its holder and a source (`chain_holder`), the bodies the chain names no target.
Then the constructions of `events_agents` that mark an agent.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from marsad.extract.events_actors import (
    Group,
    clause_initial,
    l_marked,
    member_noun,
    name_opens_with_waw,
    names_of,
    only_conj,
    titles_only,
    without_portfolio,
)
from marsad.extract.events_agents import AFTER_WINDOW, marked_roles, pronoun_word
from marsad.extract.events_battle_sides import far_foe
from marsad.extract.events_demand import body_subject_before, counted_protesters
from marsad.extract.events_described_subject import described_subject
from marsad.extract.events_dual_verbs import past_period_end
from marsad.extract.events_framed_subject import framed_subject, title_holder
from marsad.extract.events_lexicon import Lexicon, Words, lexicon, norm
from marsad.extract.events_missing_agents import (
    consent_pp,
    deed_pps,
    doer_after_adjuncts,
    open_no_clause,
    past_adjuncts,
    pp_subject,
)
from marsad.extract.events_modality import first_person
from marsad.extract.events_patient_roles import (
    definite_deed,
    killed_indefinite,
    object_of_own_verb,
    weapon_subject,
    weapon_subject_after,
)
from marsad.extract.events_phrases import QUANTITIES, party_phrase
from marsad.extract.events_picks import (
    counted_clause_subject,
    drop_non_parties,
    force_with_nisba,
    member_conjunct,
    own_subject_after_that,
)
from marsad.extract.events_reversal import (
    DONE_TO,
    accused_pronoun,
    addressee_next,
    asked_genitive,
    passive_charge,
    passive_subject,
    resumptive_object,
)
from marsad.extract.events_site_owner import counted_craft, hit_unit_nisba, killed_unit_nisba
from marsad.extract.events_tokens import (
    CLAUSE_END,
    POSSESSIVE,
    SENT_END,
    THAT,
    Tok,
    clause_end,
    has,
    is_count,
    next_word,
    prefix,
)
from marsad.extract.events_triggers import Hit, Site, trigger_reading
from marsad.extract.events_wrongparty import (
    allies_out_of_target,
    behalf_to_source,
    drop_speakers,
    passive_accused,
    subject_after_pronoun,
    unnamed_plural_subject,
)

# a definite noun with «و» or a preposition glued on, between a name and a relative pronoun: the relative's head
_OWN_HEADS = ("وال", "بال", "لل", "وبال", "ولل", "كال", "فال")


def roles(text: str, toks: list[Tok], h: Hit, hits: list[Hit], groups: list[Group], L: Lexicon,
          site: Site) -> tuple[list[str], list[str]]:
    """Source and target names of hit `h`: by word order, then by constructions that mark an agent."""
    source, target, has_subject = _order_roles(toks, h, hits, groups, L, site)
    needed = _needed_object(h, groups)
    if needed and set(needed) & set(source):  # «تفريق المتظاهرين»: the noun the deed needs is done to
        source = [n for n in source if n not in needed]
        target = list(dict.fromkeys([*needed, *target]))
    spoke = bool(source)
    source, target = marked_roles(text, toks, h, groups, L, site, source, target, has_subject, hits)
    if source and not spoke and not site.participle and asked_after_verb(toks, h, site.b, groups, L):
        # «نناشد شركة الكهرباء الاهتمام …», «وناشد وزارة الإسكان بإطلاق …»: the words after the verb the entity
        # layer did not name are the one asked; the asker is the speaker, told before
        source, target = [], [*source, *(n for n in target if n not in source)]
    target = _outside_charge(toks, h, groups, target, site.b, L.words)
    target = drop_speakers(toks, h, groups, target, L.words)  # «… رفضها المنطقة العازلة، كما يقول X»
    source, target = allies_out_of_target(toks, h, groups, site.a, source, target)  # «بالتنسيق مع X»
    source, target = behalf_to_source(toks, groups, site.a, source, target)  # «باسمه واسم شعب المملكة»
    return drop_non_parties(toks, h, groups, L, source, target)  # «الحدود مع سوريا», «إعلان القاهرة»


def _outside_charge(toks: list[Tok], h: Hit, groups: list[Group], target: list[str], b: int,
                    W: Words) -> list[str]:
    """The targets of an accusation verb without the parties its charge names («اتهمت واشنطن تركيا
    بمساعدة تنظيم داعش», «اتهم X مؤلفه Y بتعميق الشرخ بين الولايات المتحدة وإسرائيل»): the one accused
    stands before the «بـ» of the charge; who the charge tells of is no target of the accusation."""
    if h.trig.pos != "v" or h.trig.type != "DISAPPROVE" or not has(toks[h.first], W["charge"]):
        return target
    accused = next((g for g in groups if g.first >= h.last and set(g.names) & set(target)), None)
    if accused is None:
        return target
    cw = next_word(toks, accused.last, b)
    if not (accused.last <= cw < b and toks[cw].form[:1] == "ب" and not toks[cw].form.startswith(("بين", "بعد"))
            and len(toks[cw].form) > 3 and not any(g.first == cw for g in groups)):
        return target
    inside = {n for g in groups if g.first > cw for n in g.names}
    before = {n for g in groups if h.last <= g.first <= accused.first for n in g.names}
    return [n for n in target if n not in inside or n in before]


def first_person_verb(toks: list[Tok], h: Hit, L: Lexicon) -> bool:
    """True when a verb trigger is in the first person: a present in «ن»/«أ» of a present in «ي» the table
    lists («نناشد», «نطالب», «أطالب», «أدعو»), or a past in «ـنا» («طالبنا»). Its subject is the speaker,
    never a noun after it."""
    if h.trig.pos != "v":
        return False
    reading = trigger_reading(toks[h.first], h.trig)
    return first_person(toks[h.first], reading, L.by_first) or (
        reading[:1] == "ا" and ("ي" + reading[1:]) in L.by_first)


def asked_after_verb(toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon) -> bool:
    """True when a demand verb cannot have the noun right after it as its subject: the verb is in the
    first person («نناشد شركة الكهرباء», «أطالب الهيئة»: we or I ask), or the noun disagrees with it in
    gender («وناشد وزارة الإسكان بـ»: a ministry would take «ناشدت»). That noun is the one asked."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v":
        return False
    return first_person_verb(toks, h, L) or addressed_object(toks, h, b, groups, L)


def _needed_object(h: Hit, groups: list[Group]) -> list[str]:
    """The names of an actor that is the word a deed noun's table row needs after it («تفريق
    المتظاهرين», «ضبط عصابة …»): its genitive object, what the deed is done to, not its doer."""
    if h.trig.pos != "n" or not h.used:
        return []
    return names_of([g for g in groups if g.first in h.used and g.actor])


def _order_roles(toks: list[Tok], h: Hit, hits: list[Hit], groups: list[Group], L: Lexicon,
                 site: Site) -> tuple[list[str], list[str], bool]:
    """Source and target by word order, and whether a subject was found before the trigger."""
    W = L.words
    a, b, c_lo, c_hi, nxt = site.a, site.b, site.c_lo, site.c_hi, site.nxt
    reading, suffixed, participle, verbish = site.reading, site.suffixed, site.participle, site.verbish
    lookback, rel = site.lookback, site.rel
    source: list[str] = []
    target: list[str] = []
    suffix_obj: list[Group] = []
    sided: list[Group] = []  # a party the possessor of a verbal noun is told to stand with
    undergone: list[str] = []  # the one a pronoun on an arrest's or killing's verbal noun stands for
    weapon_obj: list[Group] = []  # the object after a weapon noun that is the verb's subject (`weapon_subject_after`)
    before = [g for g in groups if g.last <= h.first]
    after = [g for g in groups if g.first >= h.last]
    free = [g for g in after if g.binding is None and g.actor and (not g.is_loc or g.first < nxt)]
    # the subject of a clause that opens with a noun (SVO)
    subj_lo = c_lo
    closed = open_no_clause(toks, h.first, c_lo, groups, W) if verbish else frozenset()
    for k in range(c_lo, h.first):
        if toks[k].word and toks[k].form in W["comp"] and k not in closed:  # («التحالف الذي تقوده الولايات
            subj_lo = k + 1  # المتحدة نفذ»: a relative clause that closes before the verb opens none)
    subj = [g for g in before if g.first >= subj_lo and g.binding is None and g.actor
            and clause_initial(toks, subj_lo, g.first, groups, W)] if verbish else []
    framed = False
    if verbish and not subj and not rel:  # «وزير الخارجية الأردني، ناصر جودة، انتقد …»: told before the commas
        subj = framed_subject(toks, a, h, c_lo, reading, suffixed, groups, hits, W)
        framed = bool(subj)  # (a verb between is a relative aside's: «…، الذي يزور طهران حاليا، دعا»)
    plural = _plural_verb(reading, h, L)
    feminine = _feminine_verb(h, L)
    subj = [g for g in subj if (framed or not any(x.first > g.last and x.last <= h.first and x.trig.pos == "v"
                                                  for x in hits)) and agrees(toks, h, g, suffixed)
            and not (plural and g.person and len(subj) == 1)]
    if verbish and not rel and not any(g.person for g in subj) and (
            held := title_holder(toks, subj_lo, h, groups, hits, W)) is not None and agrees(toks, h, held, suffixed):
        subj = [held]  # «وكان زعيم الحزب المقرب من الأكراد صلاح الدين دمرتاش دعا»: the title's holder
    window_end = min(b, h.last + AFTER_WINDOW)
    objs: list[Group] = []
    if rel:  # «وحدات حماية الشعب، التي تقاتل تنظيم داعش»: the noun before the relative acts
        k = h.first - 1
        while k > a and toks[k].form not in W["relative"]:
            k -= 1
        subj = [g for g in before if g.last <= k and k - g.last <= 3 and g.actor
                and not _event_head(toks, g.last, k, L)
                and not any(toks[j].form.startswith(_OWN_HEADS) or toks[j].form in THAT for j in range(g.last, k))
                ][-1:]  # «والصحفيين والشخصيات التي رفضت»: a noun conjoined after it heads the relative; «قائد
        # الشرطة إن المسلحين الذين اعتقلتهم»: a clause opens after the name, the relative is on a noun of it;
        # «التقى هادي بالمبعوث الأممي الذي ينتقد …»: a noun with a preposition heads it
        objs = [g for g in after if g.first < min(nxt, c_hi) and g.binding in (None, "target")]
        lo = h.last
        if suffixed and not objs and (lo := past_adjuncts(toks, h.last, b, W, False)) > h.last:
            objs = [g for g in after if lo <= g.first < clause_end(toks, lo, b) and g.binding in (None, "target")]
            # «الذي استقبله، صباح أمس، الرئيس التونسي»: its subject after a time aside between commas
        if suffixed and objs and titles_only(toks, lo, objs[0].first, W):
            subj, objs = objs[:1], subj  # «الجريمة التي نفذها مستوطنون», «التي تحاصرها قوات …»
        elif subj and _unnamed_doer(toks, h, b, groups, W):
            subj, objs = [], subj  # «القذافي الذي ألقى مسلحون القبض عليه»: he underwent it
        elif subj and resumptive_object(toks, h, reading, b, W):
            subj, objs = [g for g in objs if g.first == h.last][:1], subj  # «الذي اغتالته يد الغدر»: he underwent it
    pw = pronoun_word(toks, h.first, W) if verbish else None  # «فإنها دعت», «ولكنها تتهم السلطات»
    pron = pw is not None and pw >= a and not (toks[pw].form.endswith("نه") and toks[h.first].form.endswith("ت"))
    # («أنه قصفت قوات النظام …»: «ـه» before a feminine verb is the matter, not the subject)
    if rel and h.trig.mode in DONE_TO and _bare_kill(toks, h, b, W):
        target = names_of(subj)  # «شقيقه شون الذي قتل في حادث سير»: he was killed
    elif rel:
        source, target = names_of(subj), names_of(objs)
    elif pron and not subj:  # «فإنها دعت حزب العمال»: the pronoun is the subject, told before
        prior = [g for g in before if g.binding is None and g.actor and pw is not None and g.last <= pw
                 and not (plural and g.person)  # «وقال كولو إنهم استولوا»: «هم» is no one person
                 and not (feminine and g.person and _male_title(toks, g, a, W))]
        source = names_of(prior[-1:])
        target = names_of([g for g in after if g.first < min(nxt, window_end) and g.binding in ("target", None)])
    elif subj and h.trig.mode == "kill" and (_counted(toks, subj_lo, subj[0].first, W)
                                            or _bare_kill(toks, h, b, W)):
        target = names_of(subj)  # «أن 488 عنصرا من قوات الأمن … قتلوا»: they were killed
    elif passive_subject(toks, h, subj, _bare_kill(toks, h, b, W), W):
        target = names_of(subj)  # «إن أحمد سعيد اعتقل في عمان»: he was arrested
    elif subj and (post := subject_after_pronoun(toks, h, reading, groups, b, W)) is not None:
        source, target = list(post.names), names_of(subj)  # «مسؤولين اتهمتهم وزارة العدل»: they underwent it
    elif subj:
        source = names_of(subj)
        objs = [g for g in after if g.first < min(nxt, window_end) and g.binding in (None, "target")]
        target = names_of(objs)
        if len(subj) > 1 and not target and (h.trig.type in W["mutual_types"] or _reciprocal(toks, h, W)):
            source, target = _mutual(subj)
    else:
        passive = False
        if verbish:
            pps = (deed_pps(h.trig.type, W) or consent_pp(h.trig.type, toks, h.last)) \
                and h.trig.mode not in DONE_TO  # a preposition with a pronoun may
            # stand before its subject (not «قتل فيها 20 شخصا»: a passive, the victims after it)
            nw = next_word(toks, past_adjuncts(toks, h.last, b, W, pps), b)  # («وتظاهر أمس المئات»)
            counted = _counted_subject(toks, h, b, groups, W) if h.trig.type in W["intransitive_types"] else None
            counted = counted or counted_protesters(toks, h, b, groups, W)  # «وتظاهر عشرات الأكراد»
            passive = counted is None and (
                (nw > h.last - 1 and is_count(toks[nw], W["quantity"]) and h.trig.type not in W["needs_source"])
                or (h.trig.mode in DONE_TO and _bare_kill(toks, h, b, W)
                    and not doer_after_adjuncts(toks, h.last, b, groups, W)))  # «واعتقلت أمس الشرطة»
            # («استنكر عدد من أعضاء …»: a statement's count is who made it, not what underwent it)
            we = reading[:1] == "ن" and ("ي" + reading[1:]) in L.by_first  # «ندين»: the speaker is the subject
            gen = [g for g in free if g.first < min(nxt, window_end) and not passive and not we
                   and not participle]  # «…، مطالبا وزارة الخارجية بـ»: a participle's subject is told before
            if pps and not passive and not we and not participle \
                    and (g0 := pp_subject(toks, h.last, b, groups, W)) is not None and agrees(toks, h, g0, suffixed):
                gen = [g0, *(g for g in gen if g.first > g0.first)]  # «وشن عليها الجيش السوري غارات» (not
                # «التي هاجم فيها المملكة»: a feminine noun after a masculine verb is its object)
            if gen and gen[0].oblique and gen[0].first == next_word(toks, h.last, b):
                gen = []  # «يقاتل الحوثيين»: the object, the subject told before («انسحبت ميليشيات
                # الحوثيين»: a genitive after a head noun, the subject)
            adj = past_adjuncts(toks, h.last, b, W, pps)  # «واعتقلت أمس الشرطة»: a time word may stand before it
            lo = past_each_of(toks, adj, b)  # «وقعت كل من مصر والسودان»: «كل من» opens the subject
            gen = gen[:1] if gen and (titles_and_mods(toks, lo, gen[0], groups, W) or _named_holder(
                toks, lo, gen[0], W) or force_with_nisba(toks, lo, gen[0], W)
                or described_subject(toks, lo, gen[0], groups, W, h.trig.type in W["needs_source"])) else []
            # («واتهم السيناتور الجمهوري جيمس ريش …»: a description the title list lacks, `events_described_subject`)
            if gen and _object_member(toks, lo, gen[0], W):
                gen = []  # «واعتقلت عنصرا في كتائب القسام»: the member is the object, his body no subject
            if gen and adj > h.last and not agrees(toks, h, gen[0], suffixed):
                gen = []  # «التي هاجم فيها المملكة»: a feminine noun after a masculine verb is its object
            if gen and body_subject_before(toks, h, gen[0], groups):
                gen, lookback = [], False  # «ودعت الحكومة الحوثيين»: the body noun is the subject, the name its object
            elif gen and weapon_subject(toks, a, h, groups, W):
                gen, lookback = [], False  # «إن طائرات حربية قصفت ميليشيات الحوثي»: the craft did it, to the name
            elif gen and weapon_subject_after(toks, h, gen[0], W):
                weapon_obj, gen, lookback = gen[:1], [], False  # «واستهدفت الغارات المتمردين الأكراد»: the craft
                # did it, to the name (which may stand past the attack noun's own hit)
            if gen and gen[0].nisba and _oblique_head(toks, h.last, gen[0]):
                gen = []  # «التقى مسؤولين عراقيين»: the nisba of an object in ـين, not the subject
            if gen and _feminine_after(toks, h, gen[0]):
                gen = []  # «دعا أمس الحكومة التركية …»: a feminine noun after a masculine verb is its object
            elif gen and feminine and gen[0].person and _male_title(toks, gen[0], h.last, W):
                gen = []  # «إن القوى الجنوبية اعتقلت القائد فلان»: a titled man after a feminine verb, its object
            elif gen and addressed_object(toks, h, b, groups, L):
                gen, lookback = [], True  # «وطالب قوات التحالف بـ», «وحثت المجلس على»: asked; the asker told before
            if gen and _plural_suffix(reading, h, L):
                gen = []  # «طردوا أيضاً الحوثيين»: the subject is in the suffix, the noun after it the object
            if counted is not None:  # «استسلم العشرات من الحوثيين»: some of them did it
                gen = [counted]
            gen += [g for g in free if gen and g.first > gen[0].first]
        else:
            nw1 = next_word(toks, h.last, b)
            nw2 = next_word(toks, nw1 + 1, b)
            gen = [g for g in free if g.first == nw2 and g.is_loc and g.actor  # «الغارات الجوية الأمريكية»
                   and (toks[nw1].form.startswith("ال")  # «غارات جوية سعودية»: indefinite, as its noun is
                        or (nw1 >= h.last and not toks[h.first].form.lstrip("وفبل").startswith("ال")
                            and toks[nw1].word and not any(x.first == nw1 for x in groups)))
                   and has(toks[h.first], W["agent_l"])]
            nw0 = next_word(toks, h.last, b)
            if nw0 < b and toks[nw0].form in W["partitive"] and (nw_head := next_word(toks, nw0 + 1, b)) < b \
                    and has(toks[nw_head], W["head"]):
                nw0 = nw_head  # «اعتقال أحد قادة بوكو حرام»: one of its leaders, the group still the genitive
            gen = gen or [g for g in free if g.first == next_word(toks, h.last, b)
                   or (has(toks[nw0], W["head"]) and g.first == next_word(toks, nw0 + 1, b))] or [
                g for g in after if h.trig.mode in DONE_TO and g.actor and _member_in(toks, nw0, b, W) == g.first]
            # («اغتيال قيادي في حركة حماس», «اعتقال عضوين في تنظيم داعش»: the member's body underwent it)
            if gen and not gen[0].nisba and not gen[0].is_loc and h.trig.type == "ASSAULT" and definite_deed(toks, h):
                gen = []  # «واستهدفت الغارات المتمردين»: a noun with the article takes no genitive after it
            if gen and hit_unit_nisba(toks, h, gen[0], b, W):
                # «استهداف جنود إسرائيليين»: whose the soldiers hit were (`events_site_owner`); «استهداف دبابات
                # إسرائيلية», read as the country's force, is what was hit
                suffix_obj, gen = (gen[:1] if gen[0].force else suffix_obj), []
            elif not gen and (craft := counted_craft(toks, h, free, b, W)) is not None:
                suffix_obj = [craft]  # «استهداف 3 دبابات إسرائيلية»: the same past a count
            if not gen and (unit := killed_unit_nisba(toks, h, free, b, W)) is not None:
                gen = [unit]  # «مقتل ثلاثة جنود أتراك»: whose the dead soldiers were (`events_site_owner`)
            if gen and not suffixed and h.trig.type == "CONSULT" and not gen[0].force and not gen[0].nisba:
                # («زيارة لوفد فرنسي»: the nisba tells whose delegation visits)
                visit = has(toks[h.first], W["visit"])
                if visit and (gen[0].is_loc or (not gen[0].person and l_marked(toks, gen[0], W))):
                    suffix_obj, gen = gen[:1], []  # «بعد زيارة مصر», «بزيارة لعائلة …»: whom the visit went to
                elif gen[0].is_loc and any(norm(n) in L.capitals for n in gen[0].names):
                    gen = []  # «اجتماع الدوحة», «محادثات فيينا»: where they met, neither party
            if suffixed and gen:  # «زيارتهما روسيا»: the pronoun is the agent, the noun after it the object
                suffix_obj, gen = gen[:1], []
            elif suffixed and h.trig.type == "CONSULT":  # «خلال لقائه أمس في الرياض مبعوث الأمم المتحدة»
                suffix_obj = _met_after(toks, h, b, after, W)
        patient = next((g for g in after if gen and gen[0].first < g.first < min(c_hi, gen[0].last + 10)
                        and l_marked(toks, g, W)), None) if not verbish else None
        by_l = gen and not verbish and patient is None and _l_after(toks, gen[0].last, c_hi, W)
        if by_l and h.trig.mode in ("kill", "abduct", "arrest"):
            # «اعتقال تونس لبعض قيادات فجر ليبيا», «اعتقال الشرطة التركية لعدد من عناصر داعش»: the genitive
            # did it to the people after «لـ»
            k = gen[0].last
            source = list(gen[0].names)
            target = names_of([g for g in after if k <= g.first < min(c_hi, k + 6) and g.actor][:1])
        elif gen and patient is not None and h.trig.mode in ("kill", "abduct", "arrest"):
            source, target = list(gen[0].names), list(patient.names)  # «قتل سليمان … للعقيد حسان الشيخ»
        elif gen and not verbish and asked_genitive(toks, h, gen[0], b, groups):
            target = names_of(gen[:1])  # «مطالبة حزب العمال بإبعاد قواعده»: the one asked, not the asker
            if lookback:
                source = names_of([g for g in before if g.binding is None and g.actor][-1:])
        elif gen and not verbish and h.trig.mode in ("arrest", "kill", "abduct") and not any(
                g.binding == "target" and g.first > gen[0].first for g in after if g.first < c_hi):
            target = names_of(gen[:1])  # «توقيف سليمان», «اغتيال الشيخ»: who was arrested or killed
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor]
                source = names_of(prior[-1:])
        elif gen and (carried := _carried_subject(toks, h, groups, gen[0], site, W)) is not None:
            source = list(carried.names)  # «وتعرض أبو مازن لقضية المصالحة واتهم حماس»: حماس is the object
            target = names_of([g for g in after if g.first < min(nxt, window_end)
                               and g.binding in (None, "target")])
        elif gen and verbish and killed_indefinite(toks, h, gen[0], b, W):
            target = names_of(gen[:1])  # «وقتل شاب عراقي برصاص مسلحين»: he was killed, by no one named here
        elif gen and verbish and passive_accused(toks, h, gen[0], b, groups, W):
            target = names_of(gen[:1])  # «ويتهم مرسي ومن معه باختلاس»: he was accused, by no one named
        elif gen:
            src = [gen[0]]
            for g in gen[1:]:  # «X وY»: an explicit «و» joins a second subject, adjacency does not
                if only_conj(toks, src[-1].last, g.first) and (
                        g.glued.startswith("و") or (toks[g.first].form.startswith("و") and not (
                            not g.glued and has(toks[g.first], W["title"]))  # «وزير الخارجية …» is no «و»
                                                    and not name_opens_with_waw(toks, g))  # «طهران واشنطن»
                        or any(toks[k].form == "و" for k in range(src[-1].last, g.first))):
                    src.append(g)
                elif verbish and member_conjunct(toks, src[-1].last, g.first, W):
                    src.append(g)  # «قوات الجيش وعناصر من المقاومة»: a second subject, not the object
            chained: list[Group] = []  # the bodies a title chain names before its holder: no target
            if verbish and not src[0].person and h.trig.type in W["needs_source"] and (
                    holder := chain_holder(toks, lo, src[-1], gen, groups, hits, W)) is not None:
                chained = [g for g in gen if src[-1].last <= g.first < holder.first]
                src.append(holder)  # «دعا المتحدث باسم المقاومة في عدن علي الأحمدي المجتمع …»: the title's holder
            source = names_of(src)
            if verbish:  # VSO: the object comes after the subject's title chain
                window_end = min(b, max(window_end, src[-1].last + AFTER_WINDOW))
            rest = [g for g in after if g.first < min(nxt, window_end) and g not in src and g not in chained
                    and g.binding in (None, "target")]
            target = names_of(rest)
            if len(src) > 1 and not target and (h.trig.type in W["mutual_types"] or _reciprocal(toks, h, W)):
                source, target = _mutual(src)  # «التقى مودي ونواز شريف»: one party each
        else:
            if passive:  # «قتل 47 متمردا … في معارك»: the victims are the subject, the agent unsaid
                lookback = False
                window_end = min(window_end, c_hi, h.last + 6)
            elif verbish and not participle and (_unnamed_subject(toks, a, b, h, groups, W)
                                                 or counted_clause_subject(toks, c_lo, h.first, groups, W)
                                                 or unnamed_plural_subject(toks, h, b, groups)
                                                 or weapon_subject(toks, a, h, groups, W)):
                lookback = False  # «ودعت الحكومة المحلية …», «أن أحد رجال الأمن قتل»: told, not named
            elif suffixed and not verbish and own_subject_after_that(toks, a, h.first, groups, W):
                lookback = False  # «أن شابا مغربيا اختنق أثناء محاولة تهريبه»: the pronoun is that noun
            elif not verbish and h.trig.type == "FIGHT" and (any(
                    g.binding == "target" for g in after if g.first < min(c_hi, h.last + 6))
                    or far_foe(toks, h, groups, min(c_hi, nxt), [])):
                lookback = True  # «بعد معارك ضارية مع المتمردين»: the clause's subject fought them
            if lookback:
                prior = [g for g in before if g.binding is None and g.actor and agrees(toks, h, g, suffixed)
                         and not (plural and g.person)  # «ناقشوا», «يرفضون»: a plural, not one person
                         and not (feminine and g.person and _male_title(toks, g, a, W))  # «واستهدفت»: not «الرئيس X»
                         and (verbish or suffixed or g.first >= c_lo or h.trig.type == "FIGHT")
                         and not (verbish and _closed_relative(toks, g, h, W))]
                if participle:  # «…، مطالبين بـ»: the sentence's subject
                    # («…، فيما دانت قيادة الإقليم القصف …، مطالبة بوقفه»: that of the clause «فيما» opens)
                    lo_p = _while_clause(toks, a, h.first, hits)
                    firsts = [_first_subject(toks, lo, h, prior, hits, W) for lo in dict.fromkeys((lo_p, a))]
                    prior = next((f for f in firsts if f), [])
                    # «تنديدا لاغتيال الشيخ»: a deed's object; «شن X هجوما …، داعيا»: a verb's subject
                if h.trig.type == "FIGHT" and not verbish:  # «أن المقاومة أسرت الإيرانيين خلال الاشتباكات مع …»
                    lead = [g for g in prior if g.first >= subj_lo
                            and clause_initial(toks, subj_lo, g.first, groups, W)]
                    prior = lead[:1] or prior
                    # «… المتمردين … بعد مواجهات مع الحوثيين»: none fights itself
                    foes = {n for g in after if g.binding == "target" and g.first < min(c_hi, h.last + 6)
                            for n in g.names} | set(far_foe(toks, h, groups, min(c_hi, nxt), []))
                    prior = [g for g in prior if not set(g.names) & foes]
                if suffixed and not verbish:  # «محاسبة إسرائيل على عدوانها»: the pronoun's nearest antecedent,
                    near = [g for g in before if g.actor and g.binding in (None, "target") and g.first >= c_lo]
                    free_near = [g for g in near if g.binding is None]  # not one after a preposition:
                    prior = free_near or near or prior  # «وقوف الكويت إلى جانب المملكة وتأييدها»: الكويت
                    if free_near and h.trig.type in W["beneficiary_types"]:  # … and المملكة whom it backs
                        sided = [g for g in near if g.binding == "target" and g.first > free_near[-1].last]
                if prior:
                    source = names_of([prior[-1]])
                    if suffixed and not verbish and ((h.trig.mode in DONE_TO and not _object_next(toks, h, b))
                                                     or accused_pronoun(toks, h, b, groups)):
                        undergone = names_of([g for g in before if g.actor and g.binding in (None, "target")
                                              and g.first >= c_lo][-1:]) or source
            if verbish:
                weapon_obj = weapon_obj or [g for g in after[:1] if g.actor and g.binding is None
                                            and weapon_subject_after(toks, h, g, W)]
                target = names_of(weapon_obj + [g for g in after if g.first < min(nxt, window_end)
                                                and g.binding in ("target", None) and g not in weapon_obj])
            else:
                r0, r1 = _short_relative(toks, h.last, min(b, h.last + 6), W)
                target = names_of(suffix_obj + [g for g in after if g.first < min(c_hi, h.last + 6 + r1 - r0)
                                                and g.binding == "target" and not r0 <= g.first < r1])
                if not target and sided:
                    target = names_of(sided)
                if not target:  # «في مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة» (`events_battle_sides`)
                    target = far_foe(toks, h, groups, min(c_hi, nxt), source)
                if not target:  # «الغارات استهدفت المتمردين»: the object of the verb the noun is the subject of
                    target = names_of(object_of_own_verb(toks, h, groups, b, L))
    if verbish and not target and h.trig.mode in DONE_TO:
        # «اغتالت إسرائيل عضوا في حركة الجهاد», «قتل الجيش عنصرين في حزب الله»: the member's body underwent it
        ends = [h.last, *(g.last for g in after if set(g.names) & set(source))]
        at = _member_in(toks, next_word(toks, max(ends), b), b, W)
        target = names_of([g for g in after if g.first == at and g.actor][:1])
    if passive_charge(toks, h, b, groups, W):  # «أن يتهم بالمحاباة»: he was accused, no accuser named
        source, target = [], names_of(subj) or target
    if undergone and not target:  # «بعد يومين من احتجازه»: with no object named, he was held, he held no one
        source, target = [], undergone  # («باختطافها للصحفي»: with one, the pronoun is the doer)
    return source, target, bool(subj)


def _l_after(toks: list[Tok], k: int, hi: int, W: Words) -> bool:
    """True when the word at token k, right after a deed noun's genitive, is people or a quantity of
    them with a glued «لـ» («لبعض», «لعدد», «لقيادي»): the ones the deed was done to follow (not
    «لمدة أسبوع»: how long)."""
    if not (k < hi and toks[k].word and toks[k].form[:1] == "ل" and not toks[k].form.startswith("ال")):
        return False
    word = toks[k].form[1:]
    return word in QUANTITIES or party_phrase([word], W)


def _counted_subject(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> Group | None:
    """The group a count right after an intransitive verb takes its members from («استسلم العشرات من
    الحوثيين», «انسحب 20 مسلحا من الحركة»): its subject, not victims of a passive."""
    nw = next_word(toks, h.last, b)
    if nw < h.last or not is_count(toks[nw], W["quantity"]):
        return None
    k = next((j for j in range(nw + 1, min(b, nw + 4)) if toks[j].form == "من"), None)
    if k is None or any(toks[j].form in CLAUSE_END for j in range(nw, k)):
        return None
    return next((g for g in groups if k < g.first <= k + 2 and g.actor and not g.is_loc), None)


def _object_next(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when a noun that may be an object follows a verbal noun: marked by لـ or definite
    («باختطافها للصحفي», «اعتقالهم الناشط»): its pronoun is then the doer."""
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return False
    f = toks[nw].form
    return f.startswith(("ال", "لل")) or (f[:1] == "ل" and len(f) > 3)


def _closed_relative(toks: list[Tok], g: Group, h: Hit, W: Words) -> bool:
    """True when `g` stands in a relative clause that a comma closes before the verb («المعتقلين الذين
    تحتفظ بهم الحركة كرهائن، ودعوا إلى …»): the subject of that clause only, not of the verb after it."""
    k = g.first - 1
    seen = 0
    while k >= 0 and seen < 4 and toks[k].form not in CLAUSE_END:
        if toks[k].word:
            if toks[k].form in W["relative"]:
                break
            seen += 1
        k -= 1
    else:
        return False  # no relative pronoun opens g's clause
    return any(toks[j].form in CLAUSE_END for j in range(g.last, h.first))


# time words («أمس», «فجر», a weekday): no part of a name or of a title chain (`_unnamed_doer`, `chain_holder`)
_WHEN = frozenset(norm(w) for w in ("أمس", "اليوم", "مساء", "صباح", "الليلة", "فجر", "ظهر", "الأحد", "الاثنين",
                                    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))


def _unnamed_doer(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> bool:
    """True when a relative clause's verb has its own subject that names no one, right after it
    («مسلحون», «مجهولون»), and a pronoun back to the noun before the relative comes soon after
    («الذي ألقى مسلحون القبض عليه»): the noun underwent the deed, it did not do it."""
    nw = next_word(toks, h.first + 1, b)
    if nw <= h.first or any(g.first <= nw < g.last for g in groups) or not has(toks[nw], W["unnamed"]):
        return False
    if toks[nw].form.startswith("ال"):
        return False  # «التي دعت الحكومة …»: a definite noun may name the antecedent's object
    ws = [k for k in range(nw + 1, min(b, nw + 6)) if toks[k].word][:4]
    return any(toks[k].form.endswith(POSSESSIVE) and len(toks[k].form) <= 6 for k in ws)


def _met_after(toks: list[Tok], h: Hit, b: int, after: list[Group], W: Words) -> list[Group]:
    """Whom a meeting noun with a possessor met («لقائه أمس في الرياض مبعوث الأمم المتحدة»): the
    first free actor after it past only time words, a place set off by «في» and titles."""
    k = h.last
    seen = 0
    while k < b and seen < 8:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return []
            k += 1
            continue
        g = next((g for g in after if g.first == k), None)
        if g is not None:
            if g.binding == "loc":
                k = g.last
                continue
            return [g] if g.binding is None and g.actor else []
        if not (t.form == "في" or has(t, _WHEN) or has(t, W["title"]) or has(t, W["head"])):
            return []
        seen += 1
        k += 1
    return []


_WHILE = frozenset(norm(w) for w in ("فيما", "وفيما", "بينما", "وبينما"))


def _while_clause(toks: list[Tok], a: int, hi: int, hits: list[Hit]) -> int:
    """The first token after the last «فيما/بينما» before token `hi` that a verb hit follows at once
    («…، فيما دانت قيادة الإقليم …»: a clause of its own, whose subject a participle after it goes on
    with); `a` when there is none."""
    for k in range(hi - 1, a, -1):
        if toks[k].form in _WHILE and any(x.first == k + 1 and x.trig.pos == "v" for x in hits):
            return k + 1
    return a


def _first_subject(toks: list[Tok], lo: int, h: Hit, prior: list[Group], hits: list[Hit], W: Words) -> list[Group]:
    """The first of `prior` within the first ten words from token `lo` with no hit before it that is not its
    own verb: the subject of the clause that opens at `lo`, as one group or none."""
    opening = [k for k in range(lo, h.first) if toks[k].word][:10]
    return [g for g in prior if opening and lo <= g.first <= opening[-1] and not any(
        lo <= x.first < g.first and not _verb_of(toks, x, g, W) for x in hits)][:1]


def _verb_of(toks: list[Tok], x: Hit, g: Group, W: Words) -> bool:
    """True when hit `x` is a verb and `g` its subject right after it (only titles between:
    «شن النائب أسامة النجيفي هجوما»)."""
    return x.trig.pos == "v" and x.last <= g.first and titles_only(toks, x.last, g.first, W)


def _short_relative(toks: list[Tok], lo: int, hi: int, W: Words) -> tuple[int, int]:
    """The span of a short relative clause on the doer after an event noun («غارات شنتها مقاتلات
    التحالف الذي تقوده السعودية على مواقع الحوثيين»): the pronoun and the two words after it, which
    neither name the target nor use up the words the target may stand in; (lo, lo) when none."""
    for k in range(lo, hi):
        if toks[k].form in W["relative"]:
            words = [j for j in range(k + 1, len(toks)) if toks[j].word][:2]
            return k, (words[-1] + 1 if words else k + 1)
    return lo, lo


_NOT_VERBS = frozenset(("في", "من", "على", "عن", "الى", "إلى", "مع", "بعد", "قبل", "خلال", "منذ", "اذ", "إذ",
                        "لكن", "كما", "قد", "لم", "لن", "ان", "أن", "إن", "هو", "هي", "ذلك", "هذا", "هذه"))


def _carried_subject(toks: list[Tok], h: Hit, groups: list[Group], first: Group, site: Site,
                     W: Words) -> Group | None:
    """The subject of a sentence-opening verb carried over to a verb conjoined to it in the same
    clause («وتعرض أبو مازن لقضية المصالحة واتهم حماس …»): the name right after the conjoined
    verb is then its object, not a new subject; so past a comma when the verb is the first one said again
    («اعتقلت الشرطة X، واعتقلت Y»)."""
    if h.trig.pos != "v" or not prefix(toks[h.first], site.reading).startswith("و") or site.rel \
            or site.participle:
        return None  # («عندما وجهت وزارة العدل اتهامات»: the «و» of «وجه» is its root's, no «و» joins it)
    words = [k for k in range(site.a, h.first) if toks[k].word]
    if len(words) < 3:
        return None
    k0 = words[0]
    form = toks[k0].form
    again = _same_verb(form, toks[h.first].form)  # «اعتقلت الشرطة X، واعتقلت Y»: the verb said again
    if not again and (form[:1] not in ("و", "ف") or len(form) < 4 or form[1:] in _NOT_VERBS
                      or has(toks[k0], W["comp"])):
        return None
    g0 = next((g for g in groups if g.first > k0), None)
    if g0 is None or g0 is first or g0.first != words[1] or g0.last > h.first or g0.binding is not None \
            or not g0.actor or (g0.is_loc and not again) or (g0.first < site.c_lo and not again):
        return None
    marks = SENT_END if again else CLAUSE_END | SENT_END
    if any(not toks[k].word and toks[k].form in marks for k in range(g0.last, h.first)):
        return None
    return g0


def _same_verb(first: str, verb: str) -> bool:
    """True when the verb glued to «و» is the sentence's first word said again («اعتقلت …، واعتقلت»,
    «وقصفت … وقصفت»): the same deed of the same subject, told of another object."""
    return len(verb) > 4 and verb[:1] == "و" and first.removeprefix("و").removeprefix("ف") == verb[1:]


def _event_head(toks: list[Tok], lo: int, k: int, L: Lexicon) -> bool:
    """True when an event noun stands between an actor and the relative pronoun at k: the relative
    clause is on the event («أدان مجلس علماء باكستان حادث التفجير الذي استهدف …»), not on the actor."""
    for j in range(lo, k):
        t = toks[j]
        if t.word and any(trig.pos == "n" and len(trig.words) == 1 for r in t.reads
                          for trig in L.by_first.get(r, ())):
            return True
    return False


_EACH_OF = (norm("كل"), norm("من"))


def past_each_of(toks: list[Tok], k: int, b: int) -> int:
    """The token after «كل من» when these are the next two words from token k («وقعت كل من مصر
    والسودان»: each of the parties named after them); else k."""
    w1 = next_word(toks, k, b)
    w2 = next_word(toks, w1 + 1, b) if k <= w1 < b else b
    if w2 < b and (toks[w1].form, toks[w2].form) == _EACH_OF:
        return w2 + 1
    return k


_EACH_OF_OBJECT = (norm("كلا"), norm("من"))


def each_of_object(toks: list[Tok], k: int) -> bool:
    """True when «كلا من» (accusative) are the two words right before token k («دعا بارزاني كلا من الحكومة
    التركية وحزب العمال إلى …»): each of the verb's objects, not where someone comes from."""
    ws = [j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].word][:2]
    return len(ws) == 2 and (toks[ws[1]].form, toks[ws[0]].form) == _EACH_OF_OBJECT


def _member_in(toks: list[Tok], k: int, b: int, W: Words) -> int:
    """Where the body starts when a members' noun at k is told with «في» («اغتيال قيادي في حركة حماس»,
    «اعتقال عضوين في الحزب»): the body stands for the member, as «أحد قادة حماس» does; -1 when not."""
    if k >= b or not toks[k].word or not member_noun(toks[k], W):
        return -1
    j = next_word(toks, k + 1, b)
    return next_word(toks, j + 1, b) if k < j < b and toks[j].form == "في" else -1


def _object_member(toks: list[Tok], lo: int, g: Group, W: Words) -> bool:
    """True when a members' noun in the accusative opens the words after a verb, before the body at `g`
    («عنصرا في», «قياديا في», «عضوين في»): the verb's object, the body only whose he is."""
    k = next_word(toks, lo, g.first)
    if not lo <= k < g.first:
        return False
    f = toks[k].form
    nouns = W["head"] | W["members"]
    return (f.endswith("ا") and f[:-1] in nouns) or (f.endswith("ين") and f[:-2] in nouns)


def titles_and_mods(toks: list[Tok], lo: int, g: Group, groups: list[Group], W: Words) -> bool:
    """True when only titles, and the places or bodies they are of, stand between a verb and the
    name at `g` («دان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا …»). A body named by its own
    head noun right after a definite word is that word's object, no title's holder («وانتقد الرئيس حزب …»)."""
    if head_after_definite(toks, lo, g, W):
        return False
    if titles_only(toks, lo, g.first, W, person=not g.is_loc and not g.force):
        return True
    mods = [x for x in groups if x.binding == "mod" and lo <= x.first and x.last <= g.first]
    if not mods:
        return False
    inside = {k for x in mods for k in range(x.first, x.last)}
    ws = without_portfolio([toks[k] for k in range(lo, g.first) if toks[k].word and k not in inside], W)
    return len(ws) <= 7 and all(has(t, W["title"]) or has(t, W["head"]) or t.form in _STATE_HEADS for t in ws)


def head_after_definite(toks: list[Tok], lo: int, g: Group, W: Words) -> bool:
    """True when the group at `g` opens with its own head noun («حزب», «حركة», «جماعة») right after a
    definite word from `lo` on («الرئيس حزب العدالة», «الإصدار حركة طالبان»): a definite noun heads no
    construct, so the body is a second noun phrase, not the holder of a title before it (a glued «لـ» links
    a chain: «عضو المجلس السياسي لجماعة الحوثي علي العماد»)."""
    prev = next((k for k in range(g.first - 1, lo - 1, -1) if toks[k].word), None)
    return prev is not None and toks[prev].form.startswith("ال") and toks[g.first].form in W["name_head"]


_STATE_HEADS = frozenset(("مملكه", "جمهوريه", "دوله", "اماره", "سلطنه"))
# words that link a title to the body or the place it is of («المتحدث باسم المقاومة في عدن», «نائب الحزب عن مدينة»)
_CHAIN_LINKS = frozenset(norm(w) for w in ("في", "عن", "باسم", "بإسم", "لدى", "مدينة", "منطقة", "محافظة", "ولاية"))
_PLACE_NOUNS = frozenset(norm(w) for w in ("مدينة", "منطقة", "محافظة", "ولاية"))
CHAIN_REACH = 10  # words of a title chain before its holder's name


def chain_holder(toks: list[Tok], lo: int, last: Group, gen: list[Group], groups: list[Group], hits: list[Hit],
                 W: Words) -> Group | None:
    """The person a title chain that opens right after the verb ends with, past the body or place the title is of
    set off by «في», «عن» or «باسم» («دعا المتحدث باسم المقاومة في عدن علي الأحمدي …», «طالب نائب حزب الشعب
    الجمهوري عن مدينة إسطنبول، محمود تانال، بـ…»): the title's holder, a source, not the one addressed. Only
    titles, their links, definite words and the chain's own mentions stand between (a link after the last
    mention: else the entity layer would have joined a holder named right after it); a comma only right before
    the name, no time word («وأعدم تنظيم داعش أمس الشيخ فلان»: a new party)."""
    if lo >= len(toks) or not (has(toks[lo], W["title"]) or has(toks[lo], W["head"])):
        return None
    p = next((g for g in gen if g.first > last.first and g.person), None)
    if p is None or p.glued.lstrip("ف")[:1] in ("و", "ل", "ب") or toks[p.first].form[:1] == "و":
        return None
    if not any(toks[k].form in _CHAIN_LINKS for k in range(last.last, p.first)):
        return None
    inside = {k for g in groups if g.last <= p.first for k in range(g.first, g.last)}
    words = 0
    for k in range(lo, p.first):
        t = toks[k]
        if not t.word:
            if t.form in ("،", ",") and any(toks[j].word for j in range(k + 1, p.first)):
                return None
            continue
        words += 1
        if words > CHAIN_REACH or t.form in _WHEN or any(x.first == k and x.trig.pos == "v" for x in hits):
            return None
        if k in inside or has(t, W["title"]) or has(t, W["head"]) or t.form in _CHAIN_LINKS \
                or t.form.lstrip("بل").startswith("ال") or (k > lo and toks[k - 1].form in _PLACE_NOUNS):
            continue  # («في محافظة إب»: a place's name after its noun, though no entity names it)
        return None
    return p


def _named_holder(toks: list[Tok], a: int, g: Group, W: Words) -> bool:
    """«دعا ينس شتولتينبيرج الأمين العام لحلف الأطلسي»: a name the entity layer missed, then its
    title and the organisation the title is of (its «لـ» links it to the title, not a target)."""
    if g.binding is not None or g.glued.lstrip("وف")[:1] != "ل":
        return False
    ws = [k for k in range(a, g.first) if toks[k].word]
    name = 0
    while name < len(ws) and not (has(toks[ws[name]], W["title"]) or has(toks[ws[name]], W["head"])):
        name += 1
    return 1 <= name <= 3 and len(ws) - name >= 1 and titles_only(toks, ws[name], g.first, W)


def _mutual(parties: list[Group]) -> tuple[list[str], list[str]]:
    """A conjoined subject of a mutual act: the first party is the source, the others the target."""
    source = names_of(parties[:1])
    return source, [n for n in names_of(parties[1:]) if n not in source]


def _reciprocal(toks: list[Tok], h: Hit, W: Words) -> bool:
    """«تبادلت X وY الاتهامات»: a reciprocal verb of a type that then goes both ways."""
    return h.trig.type in W["reciprocal_types"] and has(toks[h.first], W["reciprocal"])


def _unnamed_subject(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group],
                     W: Words) -> bool:
    """True when the verb has a subject that names no entity: a noun of `unnamed` or a count right after
    it («ودعت الحكومة المحلية»), or a noun opening its clause after a complementizer («أن أحد رجال
    الأمن قتل»), so no earlier actor may be taken as its subject."""
    starts = {g.first for g in groups}
    nw = next_word(toks, h.last, b)
    if nw >= h.last and nw not in starts and (has(toks[nw], W["unnamed"]) or is_count(toks[nw], W["quantity"])):
        return True  # («زاره أكثر من مليون مشاهد»: a count is the subject, no one named before)
    comp = next((k for k in range(h.first - 1, max(a, h.first - 12) - 1, -1)
                 if toks[k].word and ((toks[k].form in W["comp"] and toks[k].form not in W["relative"])
                                      or toks[k].form in _BUT)), None)
    if comp is None or toks[comp].form.endswith(("ه", "ها", "هم", "نا")):
        return False
    ws = [k for k in range(comp + 1, h.first) if toks[k].word]
    if ws and len(ws) <= 4 and any(g.actor and g.binding is None and g.last == ws[-1] + 1 for g in groups):
        return False  # «أن علماء وشعب باكستان يقفون»: the subject's genitive names its actor
    if ws and toks[comp].form in _BUT and toks[ws[0]].form.endswith(("ها", "هم", "هما")):
        return False  # «لكن برلمانها يدعم»: its owner, named before, speaks through it
    return bool(ws) and not has(toks[ws[0]], W["filler"]) and ws[0] not in starts


# «لكن», like «إن», takes a noun as its clause's subject («لكن النائب العام رفض الطلب»)
_BUT = frozenset(("لكن", "ولكن"))


def _bare_kill(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """A killing, arrest or abduction verb with no object after it («قتل في الرياض», «الذي اعتقل في 1985»):
    a passive."""
    k = past_period_end(toks, h.last)  # «اعتقل الشهر الماضي في …»
    if k >= b:
        return True
    t = toks[k]
    if not t.word:
        return t.form in CLAUSE_END or t.form in SENT_END or t.form in ("(", ")", "-")
    return t.form in W["prep_any"] or has(t, W["prep_loc"]) or t.form in W["bare_kill_next"]


def _counted(toks: list[Tok], lo: int, first: int, W: Words) -> bool:
    """True when a number or a quantity word opens the subject («488 عنصرا من …»)."""
    ws = [t for t in toks[lo:first] if t.word][:2]
    return any(is_count(t, W["quantity"]) for t in ws)


def after_relative(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when a relative pronoun («التي», «الذي») stands within two words before the trigger."""
    prev = [toks[k] for k in range(max(a, h.first - 3), h.first) if toks[k].word][-2:]
    return any(t.form in W["relative"] for t in prev)


_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "ولل")


def masculine_verb(h: Hit) -> bool:
    """True when the trigger is a verb in the masculine singular («هدد», «يهدد»): not «هددت», «تهدد»,
    «هددوا», «يهددون» (a past verb that opens with ت, «تظاهر», is left undecided)."""
    if h.trig.pos != "v":
        return False
    w = h.trig.words[0]
    if w.startswith("ي"):
        return not w.endswith(("ون", "ان"))
    if nun_past_stem(w):
        return True  # «ناشد»: a past whose root opens with ن, not «نطالب»
    return not w.startswith(("ت", "ن", "ا")) and not w.endswith(("ت", "وا", "ا", "تا"))


def nun_past_stem(w: str) -> bool:
    """True when a trigger form that opens with «نا» is a masculine singular past of the table («ناشد», «ناقش»),
    not a present of «نحن» («نأمر», folded «نامر», whose «يأمر» the table lists) nor «ناشدت», «ناشدوا»."""
    return w[:2] == "نا" and len(w) == 4 and ("ي" + w[1:]) not in lexicon().by_first


def _plural_suffix(reading: str, h: Hit, L: Lexicon) -> bool:
    """True when a verb's reading is a form of the table's verb with a plural subject suffix («طردوا»,
    «يطالبون», «دعوا»; not «تعاون», whose «ون» is its own): a verb before its subject stays singular,
    so a noun after this one is its object."""
    if h.trig.pos != "v" or not reading.endswith(("وا", "ون")) or len(reading) < 4:
        return False
    stem = reading[:-2]
    return any(t.type == h.trig.type and t.pos == "v" for s in (stem, stem + "ا") for t in L.by_first.get(s, ()))


def _plural_verb(reading: str, h: Hit, L: Lexicon) -> bool:
    """True when the trigger is a verb with a plural subject suffix («أطلقوا», «ناقشوا», «يرفضون»;
    not «تعاون», «يتعاون», whose «ون» is their own): its subject is more than one person."""
    if h.trig.pos != "v":
        return False
    return (len(reading) >= 4 and reading.endswith("وا")) or _plural_suffix(reading, h, L)


def plural_opener(toks: list[Tok], h: Hit, b: int, L: Lexicon) -> bool:
    """True when a conjoined verb with a plural subject suffix opens its clause with a noun after it
    («… ودعوا المجتمع الدولي إلى …», «وطالبوا السلطة بوقف …»): a verb before its subject stays singular,
    so the noun is its object and its subject is those the story told of before."""
    if h.trig.pos != "v" or not toks[h.first].form.startswith(("و", "ف")):
        return False
    if not _plural_verb(trigger_reading(toks[h.first], h.trig), h, L):
        return False
    nw = next_word(toks, h.last, b)
    return nw >= h.last and toks[nw].word and toks[nw].form.startswith("ال") \
        and toks[nw].form not in L.words["prep_any"]


def _feminine_verb(h: Hit, L: Lexicon) -> bool:
    """True when the trigger is a verb in the feminine singular: a past in ـت or a present in تـ of the
    table's verb of that type («استهدفت», «تدعم»; not «تعاون», a past of its own)."""
    if h.trig.pos != "v":
        return False
    w = h.trig.words[0]

    def listed(form: str) -> bool:
        return any(t.type == h.trig.type and t.pos == "v" for t in L.by_first.get(form, ()))

    return (w.startswith("ت") and listed("ي" + w[1:])) or (len(w) > 3 and w.endswith("ت") and listed(w[:-1]))


def man_for_feminine(toks: list[Tok], a: int, h: Hit, names: list[str], groups: list[Group], L: Lexicon) -> bool:
    """True when the trigger is a feminine singular verb and `names` are a man's, named with a masculine
    title («وأعلن الرئيس X … وطالبت …»): he is not its subject."""
    return _feminine_verb(h, L) and any(g.person and set(g.names) & set(names) and _male_title(toks, g, a, L.words)
                                        for g in groups)


def carried_disagrees(toks: list[Tok], h: Hit, names: list[str], persons: Collection[str], text: str,
                      L: Lexicon) -> bool:
    """True when a verb that opens its sentence with no subject cannot go on with `names`, the person or
    people the story told of before: a feminine singular verb and only men («وأشار مايك هاوز إلى …. وعبرت
    بعض منظمات حماية السائقين عن اعتراضها»: the organisations, not he), or a verb with a plural subject
    suffix and one person («… حين أمسكهم جنود النظام. واعترفوا عليه»). A woman («وقالت لينش …», «وزيرة
    العدل لوريتا لينش») may take a feminine verb."""
    if h.trig.pos != "v" or not names or not all(n in persons for n in names):
        return False
    if _feminine_verb(h, L) or _feminine_form(toks[h.first], h, L):
        return not any(_woman(n, text) for n in names)
    return len(names) == 1 and _plural_verb(trigger_reading(toks[h.first], h.trig), h, L)


def _feminine_form(tok: Tok, h: Hit, L: Lexicon) -> bool:
    """True when the verb's own word, past its «و»/«ف», is the trigger's reading with a feminine «ت» after a past
    stem of the table («وعبرت» of «عبر عن», «ودعت»), when the trigger is a phrase `_feminine_verb` cannot read."""
    reading = trigger_reading(tok, h.trig)
    return len(reading) > 3 and reading.endswith("ت") and any(
        t.type == h.trig.type and t.pos == "v" for t in L.by_first.get(reading[:-1], ()))


def _woman(name: str, text: str) -> bool:
    """True when the story writes a word of `name` right after a feminine title or reporting verb («وزيرة
    العدل لوريتا لينش», «وقالت لينش»), within three words."""
    words = [w for w in name.split() if len(w) > 2]
    return any(re.search(_WOMAN_CUE + r"\s+(?:\S+\s+){0,3}?" + re.escape(w) + r"(?!\w)", text) for w in words)


_WOMAN_CUE = r"(?<!\w)[وف]?(?:ال)?(?:السيدة|سيدة|وزيرة|رئيسة|مستشارة|سفيرة|مفوضة|نائبة|أميرة|ملكة|دكتورة|" \
    r"متحدثة|مديرة|ناشطة|محامية|قالت|أكدت|أضافت|أعلنت|أوضحت|أشارت|اعتبرت|صرحت|ذكرت|شددت|لفتت)"


def addressed_object(toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon) -> bool:
    """True when the noun right after the verb disagrees with it in gender, so it is the verb's object
    and its subject is told before («وطالب قوات التحالف بالاستمرار», «وحثت الرئيس على …»)."""
    w = h.trig.words[0] if h.trig.pos == "v" else ""
    masculine = masculine_verb(h) or (len(w) == 3 and w.endswith("ا"))  # «دعا» ends in «ا» yet is no dual
    feminine = _feminine_verb(h, L) or (len(w) == 3 and w.endswith("ت") and any(  # «حثت», «دعت» of «دعا»
        t.type == h.trig.type and t.pos == "v" for stem in (w[:-1], w[:-1] + "ا") for t in L.by_first.get(stem, ())))
    return addressee_next(toks, h, b, groups, L.words["quantity"], masculine, feminine, L.words["men_in_ta"])


def _male_title(toks: list[Tok], g: Group, a: int, W: Words) -> bool:
    """True when the nearest title before a person's name, past nisbas and other titles, is masculine
    («الرئيس السوداني عمر البشير», «المهندس خالد»; not «الأستاذة عائشة»): a man, never the subject of a
    feminine verb."""
    k = g.first - 1
    seen = 0
    while k >= a and seen < 4:
        t = toks[k]
        if not t.word:
            return False
        if has(t, W["title"]):
            return not t.form.endswith(("ه", "ات")) and t.form not in _PREPOSITIONS
        if not (t.form.startswith("ال") and t.form.endswith(("ي", "يه"))):
            return False  # only nisbas («السوداني») stand between a title and its holder
        k -= 1
        seen += 1
    return False


_PREPOSITIONS = frozenset(("في", "من", "عن", "على", "الى", "إلى", "مع"))


def _oblique_head(toks: list[Tok], lo: int, g: Group) -> bool:
    """True when the last word before a nisba group, after a verb, is a plural in ـين with no article
    («مسؤولين عراقيين», «ممثلين أمريكيين»): an object's case, so the nisba describes the object; a
    subject would read «مسؤولون»."""
    ws = [k for k in range(lo, g.first) if toks[k].word]
    if not ws:
        return False
    f = toks[ws[-1]].form
    return len(f) > 4 and f.endswith("ين") and not f.startswith(("ال", "وال")) and not f.endswith("يين")


def _feminine_after(toks: list[Tok], h: Hit, g: Group) -> bool:
    """True when a masculine singular verb («دعا», «هدد») has a definite feminine singular noun right
    after it, only time words between («دعا أمس الحكومة التركية …»): its object, since a feminine
    subject would take «دعت»."""
    w = h.trig.words[0]
    if not (masculine_verb(h) or (h.trig.pos == "v" and len(w) == 3 and w.endswith("ا"))):
        return False  # «دعا» ends in «ا» yet is no dual
    if any(toks[k].word and not has(toks[k], _WHEN) for k in range(h.last, g.first)):
        return False
    head = toks[g.first].form
    return head.startswith(_DEFINITE) and head.endswith("ه")


def agrees(toks: list[Tok], h: Hit, g: Group, suffixed: bool = False) -> bool:
    """False when a masculine singular verb cannot have the group as its subject: the group opens
    with a definite feminine noun («الشرطة الكورية …», «السلطات», «الحكومة») that is no name.
    A trigger read with a pronoun glued to it («رفضها», «قصفها») may be a verbal noun: left undecided."""
    if suffixed or not masculine_verb(h):
        return True
    head = toks[g.first].form
    return not (head.startswith(_DEFINITE) and head.endswith(("ه", "ات")))

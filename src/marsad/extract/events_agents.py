"""Agents marked by a construction, after word order has had its say.

An organisation the entity layer missed, read off the words after the verb («عقد مجلس … اجتماعا»; it ends at
an indefinite accusative after a definite word or a nisba: «وأصدرت محكمة الجنايات حكما بسجن …», «أصدرت محكمة
نمساوية أحكاما»; a court stands for the state its nisba names: «محكمة نمساوية» → النمسا);
«تم اعتقال X» (no agent told); «من قبل X», «على يد X»; «قصف شنه الحوثيون» (a verb of doing with a
pronoun for the deed); «الصحفي يُخطف من قبل X» (the subject of a passive underwent it); «اتهام X بـ…»
(X is accused); a light verb's subject («تمكنت X من القبض»), also of a bare verb form that is the noun it
governs («قررت الحكومة فرض عقوبات», «بدأت الحكومة عقد اجتماعات»), and the genitive of a noun of going on
(«احتجاجا على مواصلة قوات الأمن اعتقال …»); «غارات للطيران التركي»;
«تعرض X لهجوم من Y» (Y did it to X); «تلقى X اتصالا من Y»; «حصلت X على مساعدات من Y» (Y gave, X
got); «طلبت X من Y» (Y is asked); «بين X وY» (also «بين ممثلين عن X ووفد من Y», and an unnamed Y:
«بين قوات الأمن ومقاتلين»; a fight's other party past the first's adjective or place, «بين الجيش النيجيري
النظامي وجماعة بوكو حرام», not past a backer); whom a fight was with, unnamed, after «مع»/«ضد» («واشتبك مع
قوات الحكومتين»); the party right after a bare «قتال» is the one fought («بدأت القوات قتال داعش»), and with no
one fighting named the war against it is a topic, no fight («انضمت العشائر إلى قتال داعش»);
«زيارة لـX» (X visits);
«هجوم شنته X … على Y» (Y, after the doer, is the target); «…، داعيا البرلمان» (the body called on);
«تم الاتفاق مع مدير …» (a title holder the entity layer missed is the partner); «شدد على ضرورة التزام
X» (only X, the party asked to act, is the target); «هجوم … أدى إلى مقتل عشرين من عناصر X» (X, the
victims of a result clause, is the target); «لكنها تبنت الاعتداء» (the pronoun's antecedent claims it);
«أن تنظيم داعش يقف وراء الاعتداء» (the one who stands behind a deed did it, `stands_behind`).
`attribute` gives an assault with no agent the actor it is attributed to («نسبته … إلى تنظيم داعش»,
«أعلن … مسؤوليته»); a negated claim («ولم تعلن X مسؤوليتها») gives none.
"""

from __future__ import annotations

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Group, clause_initial, definite_nisba, l_marked, names_of, titles_only
from marsad.extract.events_age_asides import age_aside_end
from marsad.extract.events_armed_heads import armed_head_start
from marsad.extract.events_assault import agent_after_from, conjoined_start, next_to_noun, only_marks, victims_of_noun
from marsad.extract.events_both_sides import TWO_SIDES
from marsad.extract.events_fight_sides import allies, among_them, fallen_sides, object_first, second_side
from marsad.extract.events_framed_subject import framed_before
from marsad.extract.events_lexicon import Lexicon, Words, forms, norm
from marsad.extract.events_light_nouns import light_noun_doer
from marsad.extract.events_missing_agents import past_adjuncts, pp_subject
from marsad.extract.events_modality import negation
from marsad.extract.events_name_completion import common_accusative
from marsad.extract.events_nominal import belonging_body, people_body
from marsad.extract.events_other_party import past_marks
from marsad.extract.events_phrases import (
    NISBA_ENDS,
    joined_party,
    noun_subject,
    party_phrase,
    prep_party,
    site,
    unnamed,
)
from marsad.extract.events_short_forms import attributed_with_lam
from marsad.extract.events_statement_doer import doer_is_patient
from marsad.extract.events_tokens import (
    CLAUSE_END,
    SENT_END,
    Tok,
    has,
    match_seq,
    next_word,
    phrase_edges,
    prefix,
    previous_word,
)
from marsad.extract.events_triggers import Hit, Site, deed_verb, done_with, trigger_reading
from marsad.extract.events_wrongparty import feminine_body_object, lookback_passive
from marsad.extract.numbers import analyse_word
from marsad.model import Event

_OPEN = frozenset(("(", "«", '"', "“"))
_CLOSE = frozenset((")", "»", '"', "”"))
AFTER_WINDOW = 30  # words after a verb searched for its subject and objects
_SIDE = norm("جهة")  # «من جهة … من جهة أخرى»: the two sides of a fight
_COMMAS = frozenset(("،", ","))
# what an attack hits («بقصف أهداف لتنظيم داعش»): a «لـ» after one of these names its owner, not the attacker
STRUCK = frozenset(norm(w) for w in (
    "أهداف", "هدف", "مواقع", "موقع", "مقرات", "مقار", "مراكز", "مركز", "قواعد", "قاعدة", "معاقل", "معقل",
    "منازل", "مخازن", "تجمعات", "تحصينات", "مواقعا", "أهدافا", "تجمع", "تجمعا", "معسكرا", "معسكرات", "ثكنات"))


def marked_roles(text: str, toks: list[Tok], h: Hit, groups: list[Group], L: Lexicon, site: Site,
                 source: list[str], target: list[str], has_subject: bool,
                 hits: list[Hit] | None = None) -> tuple[list[str], list[str]]:
    """Source and target as constructions that mark an agent or a party change them."""
    W = L.words
    a, b, c_lo, c_hi, nxt, verbish, rel = site.a, site.b, site.c_lo, site.c_hi, site.nxt, site.verbish, site.rel
    trig_tok = toks[h.first]
    after = [g for g in groups if g.first >= h.last]
    if not source and verbish and not has_subject and not rel and not site.participle:
        # «عقد مجلس الشؤون السياسية والأمنية اجتماعا»
        source, s_end = _span_actor(text, toks, h, groups, W, b)
        if source and feminine_body_object(toks, h, next_word(toks, h.last, b)):
            source, target = [], [*source, *target]  # «ودعا الحكومة إلى …»: the one asked, not the asker
        inside = {n for g in groups if h.last <= g.first < s_end for n in g.names}
        target = [n for n in target if n not in source and n not in inside]
        if source and not target and h.trig.type in W["needs_source"] and not h.used:
            # «وطالب البرلمان العربي المجتمع الدولي بالتدخل»: the object right after the body's name
            target = [n for n in noun_subject(text, toks, s_end, b, groups, L)[0] if n not in source]
    elif site.participle and not target:  # «…، داعيا البرلمان إلى مساءلة …»: the body it calls on
        target = _called_body(text, toks, h, groups, W, b)
        source = [n for n in source if n not in target]
    if h.trig.pos != "v" and _passive_noun(toks, a, h, W):  # «تم اعتقال سليمان»: no agent told
        if source and lookback_passive(toks, h, groups, source, site.suffixed):
            source = []  # «وقال المقدم X إن … جرى البحث عن المتهم»: X is no party of it
        if source and not target:
            target = source
        source = []
    if source and h.trig.pos == "v" and h.trig.type in UNDERGONE and (has_subject or any(
            h.last <= g.first < h.last + _PASSIVE_REACH and set(g.names) & set(source) for g in groups)):
        # «الصحفي يُخطف من قبل التنظيم», «اختطف الصحفي على يد التنظيم»: a passive verb's agent after
        # «من قبل», «على يد»; its subject (not one told in an earlier clause) underwent the deed
        by = [n for n in _agent_by(toks, h, c_hi, groups, L, reach=_PASSIVE_REACH) if n not in source]
        if by:
            source, target = by, [*source, *(n for n in target if n not in by)]
    if source and h.trig.pos != "v" and h.trig.type in UNDERGONE and all(
            g.last <= h.first for g in groups if set(g.names) & set(source)):
        # «أصيب جنديان إسرائيليان في عملية طعن نفذها فلسطيني»: the doer a verb of doing names after the
        # deed did it; the party told before underwent it
        by = [n for n in _agent_verb(text, toks, a, h, c_hi, groups, L) if n not in source]
        if by:
            source, target = by, [*source, *(n for n in target if n not in by)]
    if not source:  # «إيقاف إطلاق النار من قبل الميليشيات», «قتل على يد مسلحين»
        by = _agent_by(toks, h, c_hi, groups, L, text) or _agent_verb(text, toks, a, h, c_hi, groups, L)
        if by and doer_is_patient(h, site):  # «ودان الوزراء الهجمات من قبل القاعدة»: القاعدة is condemned
            target, by = [*by, *(n for n in target if n not in by)], []
        if by:
            source, target = by, [n for n in target if n not in by]
            if not target:  # «هجوما بدأته تركيا منذ أيام على المقاتلين الأكراد»: the target after the doer
                target = _after_doer(toks, h, c_hi, groups, by)
    if not source and (h.trig.pos != "v" or _bare_noun(toks, h, site, groups, W)):
        # «تمكنت فرقة من الهيئة من القبض على …»; «قررت الحكومة فرض عقوبات»: a bare verb form is the noun
        owner = light_noun_doer(toks, site.a, h, groups)  # «في المدعو X لإقدامه على قتل Y»: X did it
        source = owner if owner is not None else _light_subject(text, toks, c_lo, h, groups, W, a, hits or [])
        target = [n for n in target if n not in source]
    if h.trig.pos == "n" and h.trig.type in _BEHIND_TYPES and (behind := stands_behind(toks, a, h, groups)):
        source = behind  # «أن تنظيم داعش يقف وراء الاعتداء الانتحاري»: who stands behind it did it
        target = [n for n in target if n not in behind]
    # «غارات للطيران التركي», «هجوم لداعش»: لـ after a nominal attack names its agent
    if h.trig.pos == "n" and has(trig_tok, W["agent_l"]):
        nw = next_word(toks, h.last, b)
        # «غارات جوية لطيران التحالف», but not «بقصف أهداف لتنظيم داعش»
        near = (nw, next_word(toks, nw + 1, b)) if nw < b and not _struck(toks[nw], W) else (nw,)
        lg = next((g for g in after if g.first in near and g.actor and g.glued.lstrip("وف")[:1] == "ل"), None)
        if lg is not None:
            source = list(lg.names)
            target = [n for n in target if n not in source]
    if not source and h.trig.pos == "n" and h.trig.type in ("ASSAULT", "FIGHT") and \
            (fg := agent_after_from(toks, h.first, h.after, b, groups, W)) is not None:
        # «في غارة من طائرات التحالف»: «من» and a party after an attack noun name its agent
        source = list(fg.names)
        target = [n for n in target if n not in source]
    if h.trig.type == "CONSULT" and h.trig.pos == "n" and has(trig_tok, W["visit"]):
        # «خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن»: لـ after a visit names the visitor
        nw = next_word(toks, h.last, b)
        lg = next((g for g in after if g.actor and not g.is_loc and g.person and l_marked(toks, g, W)
                   and (g.first == nw or titles_only(toks, nw, g.first, W))), None) if nw >= h.last else None
        # (only a person: «بزيارة لعائلة الدوابشة» is a visit paid to the family)
        if lg is not None and not set(lg.names) & set(source):
            target = [n for n in [*source, *target] if n not in lg.names]
            source = list(lg.names)
    if source and h.trig.pos == "n" and (acc := _accused(toks, h, after, W, b)) is not None:
        # «اتهام الوزير بالتقصير»: the genitive of an accusation noun, with the charge after it, is the accused
        source, target = [n for n in source if n not in acc.names], [*acc.names, *target]
    if suffered(toks, h, W):  # «تعرضت قوات الأمن لهجوم من الحوثيين»: the subject suffered it
        end = max(h.used) + 1
        stop = next((k for k in range(end, min(b, end + 4)) if toks[k].form in CLAUSE_END), min(b, end + 4))
        by_g = [g for g in groups if end <= g.first < stop and g.actor]
        victims = [g for g in groups if h.last <= g.first < end and g.actor and g.binding in (None, "target")]
        nw = next_word(toks, h.last, b)
        if nw < end and nw not in h.used and not any(g.first <= nw < g.last for g in groups):  # («واجه انتقادات»)
            source = []  # «تعرضت مناطق في محيط دوما لقصف»: the noun after the verb is what suffered it
        target = list(dict.fromkeys([*source, *names_of(victims)]))
        # «تعرضا لإطلاق نار من قبل مسلحين مجهولين»: people no entity names, after «من قبل», did it
        source = names_of(by_g[:1]) or _agent_by(toks, h, c_hi, groups, L, text)
        target = [n for n in target if n not in source]
    # «تلقى X اتصالا من Y»: Y made the call; «حصلت X على مساعدات من Y»: Y gave, X got
    if h.trig.type in W["receive_types"] and has(trig_tok, W["receive"]):
        reach = min(b if h.trig.type in W["gift_types"] else nxt, h.last + AFTER_WINDOW)
        caller = [g for g in after if g.binding == "from" and g.actor and g.first < reach]
        if caller:
            source, target = names_of(caller[:1]), [*source, *target]
        elif h.trig.type in W["gift_types"]:
            source, target = [], [*source, *target]
    if h.trig.type == "DEMAND" and (asker := request_from(toks, h, after, b)) is not None:
        # «أفرجت ألمانيا عنه بناء على طلب من مصر»: Egypt asked, Germany was asked
        target = [n for n in [*source, *target] if n not in asker.names]
        source = list(asker.names)
    if h.trig.type == "DEMAND" and has(trig_tok, W["ask"]):  # «طلبت X من Y أن …»: Y is asked
        asked = next((g for g in after if g.actor and g.binding == "from" and g.first - h.last <= 8
                      and toks[g.first - 1].form == "من" and g.first < nxt), None)
        if asked is not None:
            target = [*asked.names, *target]
            source = [n for n in source if n not in asked.names]
    site_by = _agent_site(toks, h, groups, L, b) if h.trig.type in W["site_types"] else None
    if site_by is not None:  # «قصف … من مواقع قوات الأسد»: they shelled from there
        moved = [n for g in after for n in g.names if n in source]
        source, target = list(site_by.names), [*moved, *target]
    if source and h.trig.type in W["beneficiary_types"]:  # «أعربت السعودية عن دعمها لليمن»: for Yemen
        end = h.after
        words = [k for k in range(end, c_hi) if toks[k].word][:3]
        lg = next((g for g in after if words and end <= g.first <= words[-1] and g.actor
                   and l_marked(toks, g, W) and not set(g.names) & set(source)), None)
        if lg is not None:
            target = [*target, *lg.names]
    if not target and h.trig.type in W["partner_types"]:  # «تم الاتفاق مع مدير الأشغال العامة»
        target = [n for n in _titled_partner(text, toks, h, groups, W, b) if n not in source]
    need = next((k for k in sorted(h.used) if has(toks[k], W["necessity"])), None)
    if h.trig.type == "DEMAND" and need is not None:  # «شدد على ضرورة التزام إسرائيل …»: who is to do it
        target = [n for n in _demanded(toks, need, groups, W, b) if n not in source]
    if h.trig.type == "ASSAULT" and h.trig.pos != "v":  # «وأصيب جنديان في هجوم لحماس»: the wounded
        hurt = [n for n in victims_of_noun(toks, c_lo, h.first, groups, W) if n not in source]
        target = [*target, *(n for n in hurt if n not in target)]
    if not target and h.trig.type in W["result_types"]:  # «هجوم … أدى إلى مقتل عشرين من عناصر الشرطة»
        target = [n for n in _result_victims(toks, h, groups, L, nxt) if n not in source]
    # «بين X وY»: both parties
    side1, side2 = _between(toks, h, groups, b, W, text, L)
    if side1 and side2 and not (len(source) == 1 and source[0] in side1):
        source, target = side1, side2  # «اشتباكات بين X من جهة، وY من جهة أخرى»: the parties it names
    elif side1 and (not source or (len(side1) > 1 and set(source) <= set(side1)) or (
            h.trig.pos == "n" and not set(source) & set(side1))):
        # «مقتل ستة في اشتباكات بين قوات الأمن ومقاتلين»: a deed noun's «بين» names its parties, not whoever
        # the clause tells of
        between = side1 + side2  # «جندي تركي … في تبادل لإطلاق النار بين الجيش التركي وداعش»: the pair it names
        source, target = between[:1], between[1:] + target
    if h.trig.type == "FIGHT" and not side2 and (fought := _fought(toks, h, groups)) is not None:
        source = [n for n in source if n not in fought.names]  # «في قتال داعش»: whom the fight is against
        target = [*fought.names, *(n for n in target if n not in fought.names)]
        if not source:
            return [], []
    doer_at = next((g.first for g in groups if set(g.names) & set(source)), None)
    if h.trig.type == "FIGHT" and source and \
            (beside_doer := [n for n in allies(toks, groups, c_lo, c_hi) if n in target]) \
            and not object_first(toks, h.first, h.last, h.trig.pos == "v", doer_at):
        # «يشارك حزب الله في القتال إلى جانب قوات النظام»: who fights beside the doer is on its side
        source, target = [*source, *beside_doer], [n for n in target if n not in beside_doer]
    if not source and h.trig.type == "FIGHT" and h.trig.pos == "n" \
            and (sides := fallen_sides(toks, h.first, a, groups, target)):
        # «لقي جندي بالجيش مصرعه جراء الاشتباكات مع X»: the side of the dead
        source, target = sides[0], [*target, *(n for side in sides[1:] for n in side)]
    if source and not target and h.trig.type == "FIGHT":  # «واشتبك مع قوات الحكومتين»: whom it fought
        target = [n for n in _fight_partner(text, toks, h, groups, L, b, source) if n not in source]
    own = {norm(n) for n in source}  # «الغارات التركية … تنفيه أنقرة»: a capital is its country, no target of it
    target = [n for n in dict.fromkeys(target) if n not in source and L.capitals.get(norm(n)) not in own]
    if site.suffixed and _charge_on_owner(toks, h, site.reading, b, groups):
        source, target = [], [*source, *target]  # «بسبب اتهامه بارتكاب جرائم»: he is the one accused
    return source, target


_HASTEN_TO = frozenset(norm(w) for w in ("إلى", "الى", "في"))


# verbal nouns of going on and starting: their genitive, whatever marks the phrase they open, did the deed they
# govern («احتجاجا على مواصلة قوات الأمن اعتقال النشطاء»: the forces go on arresting them)
_LIGHT_NOUNS = frozenset(norm(w) for w in ("مواصلة", "استمرار", "استئناف", "بدء"))
# words that may stand between a light verb's subject and the verbal noun it governs («بدأ الوزير أمس في عقد»)
_TO_NOUN = frozenset(norm(w) for w in ("في", "على", "أمس", "امس", "اليوم", "أيضا", "ايضا", "مجددا", "رسميا"))


def _bare_noun(toks: list[Tok], h: Hit, site: Site, groups: list[Group], W: Words) -> bool:
    """True when a verb trigger written bare («فرض», «عقد»: no clitic, no ending) is the verbal noun a light
    verb governs: right after the light verb's subject (past only the words of `_TO_NOUN`: «قررت الحكومة
    فرض عقوبات», «بدأت الحكومة في عقد اجتماعات») or right after the light verb itself («الحكومة قررت فرض»);
    not a verb of its own clause («أعلنت الشرطة أنها اعتقلت رجلا هدد بقتل …»)."""
    if toks[h.first].form != site.reading:
        return False
    k = h.first - 1
    while k >= site.c_lo and (not toks[k].word or toks[k].form in _TO_NOUN):
        if not toks[k].word and not only_marks(toks, k, k + 1):
            return False
        k -= 1
    if k < site.c_lo:
        return False
    if has(toks[k], W["light"]):
        return True
    g = next((g for g in groups if g.last == k + 1 and g.actor), None)
    return g is not None and any(has(toks[j], W["light"]) for j in range(max(site.c_lo, g.first - 3), g.first)
                                 if toks[j].word)


def _hastens(toks: list[Tok], k: int, h: Hit, W: Words) -> bool:
    """True when token k is a verb of hastening or taking part (`hasten`: «سارع», «بادر», «شارك») and the
    verbal noun of `h` comes right after «إلى» or «في» («سارع X إلى انتقاد …»)."""
    if not has(toks[k], W["hasten"]) or h.first - 1 <= k:
        return False
    prev = toks[h.first - 1]
    return prev.word and prev.form in _HASTEN_TO


def _opens_subclause(toks: list[Tok], c_lo: int, g: Group, lv: int, W: Words,
                     groups: list[Group] | None = None) -> bool:
    """True when group g stands right before the light verb at lv and right after a clause opener, with at
    most «كان» between («… بينما كانت الشرطة تحاول تفريق …»): the subject of that inner clause (SVO)."""
    if g.last != lv and not (groups is not None and only_marks(toks, g.last, lv)):
        return False  # («و”جبهة النصرة” استأنفت»: quote marks may close the name)
    k = conjoined_start(toks, g, groups) - 1  # «أن الفصائل الإسلامية وجبهة النصرة استأنفت»: the pair opens it
    if groups is not None:
        k = armed_head_start(toks, c_lo, k, W)  # «إن المسلحين الحوثيين قاموا باختطاف …»: the head opens it
    if k >= c_lo and toks[k].word and toks[k].form.lstrip("وف") in ("كان", "كانت"):
        k -= 1
    return k >= c_lo and toks[k].word and (toks[k].form in W["clause_opener"] or (
        groups is not None and toks[k].form in W["comp"]))  # «أن الفصائل … استأنفت استهداف …»


def attempts(toks: list[Tok], k: int, h: Hit, groups: list[Group], W: Words) -> bool:
    """True when token k is a verb of trying (`attempt`: «حاول», «تحاول») whose object is the verbal noun
    of `h`: right after it, or after its subject («كانت الشرطة تحاول تفريق المتظاهرين», «حاولت قوات الأمن
    اعتقاله»)."""
    if not has(toks[k], W["attempt"]) or k >= h.first:
        return False
    return h.first == k + 1 or any(g.first == k + 1 and g.last == h.first for g in groups)


# «بها», «به» right after a light verb: its deed is a noun told before it («زيارة يقوم بها X»), none after
_DONE_WITH_IT = forms("بها", "به", "بهم", "بهما")


def _light_subject(text: str, toks: list[Tok], c_lo: int, h: Hit, groups: list[Group],
                   W: Words, a: int = 0, hits: list[Hit] | None = None) -> list[str]:
    """The subject of a light verb («تمكن», «قام», «أعلن») that governs a verbal noun: the first
    free actor between them (VSO), else one opening the light verb's clause (SVO), also before an
    apposition set off by commas («أن ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح، قامت بقصف»)."""
    if h.first >= 2 and toks[h.first - 1].form == "من" and toks[h.first - 2].form in _COMMAS:
        c_lo = _aside_start(toks, h.first - 2)  # «وتمكنت المقاومة، المدعومة بقوات التحالف، من صد …»
    elif c_lo > a and toks[c_lo - 1].form in _COMMAS and not any(toks[k].word for k in range(c_lo, h.first)):
        c_lo = _aside_start(toks, c_lo - 1)  # «أعلنت كتائب القسام، الجناح العسكري لحركة حماس، استهداف …»
        close = next((k for k in range(c_lo, h.first) if toks[k].form in _COMMAS), None)
        if c_lo > a and toks[c_lo - 1].form in _COMMAS and close is not None:
            c_lo = min(c_lo, _aside_start(toks, close))  # a second aside: «…، الجناح العسكري لحركة حماس، أمس الأحد،»
    lv = next((k for k in range(h.first - 1, max(c_lo, h.first - 14) - 1, -1)
               if toks[k].word and (has(toks[k], W["light"]) or _hastens(toks, k, h, W)
                                    or attempts(toks, k, h, groups, W))), None)
    if lv is None or "ال" in prefix(toks[lv], next(r for r in toks[lv].reads if r in W["light"] or r in W["hasten"]
                                                   or r in W["attempt"])):
        return []
    if has(toks[lv], W["claim"]) and _negated_claim(toks, c_lo, lv, W):
        return []  # «ولم تعلن حركة طالبان مسؤوليتها عن الهجوم»: no one claimed it, no one is its agent
    if lv + 1 < h.first and toks[lv + 1].form in _DONE_WITH_IT:
        return []  # «زيارة يقوم بها أوباما لكينيا التي تشهد اشتباكات»: the light verb's deed is the noun before it
    mid = [g for g in groups if lv < g.first and g.last <= h.first and g.actor and (g.binding is None or (
        g.first == lv + 1 and toks[lv].form in _LIGHT_NOUNS and g.binding == "target"))]
    # («احتجاجا على مواصلة قوات الأمن اعتقال …»: the «على» before the noun of going on marks no target)
    if (g0 := pp_subject(toks, lv + 1, h.first, groups, W)) is not None:  # «أعلنت فيه قوات التحالف تنفيذ»
        mid = [g0, *(g for g in mid if g.first > g0.first)]
    if mid and titles_only(toks, past_adjuncts(toks, lv + 1, h.first, W), mid[0].first, W):
        return list(mid[0].names)
    if not mid and pronoun_before(toks, lv, W):  # «لكنها تبنت الاعتداء»: the one told of before
        return names_of([g for g in groups if g.last < lv and g.binding is None and g.actor][-1:])
    if not mid:  # «تمكنت فرقة من هيئة الأمر بالمعروف … في محافظة تنومة من القبض»: a body the entity layer missed
        named = _missed_body(text, toks, lv + 1, h.first, groups, W)
        if named:
            return named
    if not mid and (framed := framed_before(toks, a, lv, c_lo, groups, hits or [], W)):
        return list(framed[0].names)
    pre = [g for g in groups if c_lo <= g.first and g.last <= lv and g.binding is None and g.actor
           and (clause_initial(toks, c_lo, g.first, groups, W) or _opens_subclause(
               toks, c_lo, g, lv, W, groups if next_to_noun(toks, lv, h.first) else None))]
    if not pre:  # «كما بعث الأمير محمد بن نايف برقية … عبر فيها عن أبلغ التهاني»: the clause's VSO subject
        pre = [g for g in groups if c_lo <= g.first and g.last <= lv and g.binding is None and g.actor
               and sum(1 for k in range(c_lo, g.first) if toks[k].word and not (
                   has(toks[k], W["filler"]) or has(toks[k], W["title"]) or has(toks[k], W["head"]))) == 1][:1]
    return names_of(pre[-1:])


def _aside_start(toks: list[Tok], k: int) -> int:
    """The start of the clause before an aside that the comma at token k closes («وتمكنت المقاومة، المدعومة
    بقوات التحالف، من …»): past the comma that opens the aside, up to the previous clause mark; k + 1 when
    no comma opens one within a few words."""
    j = next((j for j in range(k - 1, max(-1, k - 8), -1) if toks[j].form in CLAUSE_END or toks[j].form in SENT_END),
             None)
    if j is None or toks[j].form not in _COMMAS:
        return k + 1
    return next((i + 1 for i in range(j - 1, -1, -1) if toks[i].form in CLAUSE_END or toks[i].form in SENT_END), 0)


def pronoun_word(toks: list[Tok], k: int, W: Words) -> int | None:
    """The index of the word right before token k when it is «لكن» or a complementiser carrying a
    pronoun («لكنها», «فإنه», «أنهم»): the verb at k has that pronoun's antecedent as its subject; else None."""
    j = k - 1
    while j >= 0 and not toks[j].word and toks[j].form not in CLAUSE_END:
        j -= 1
    if j < 0 or not toks[j].word:
        return None
    f = toks[j].form
    return j if (f.lstrip("و").startswith("لكن") or has(toks[j], W["comp"])) and f.endswith(("ها", "ه", "هم")) \
        else None


def pronoun_before(toks: list[Tok], k: int, W: Words) -> bool:
    """True when `pronoun_word` finds a pronoun-bearing «لكن» or complementiser right before token k."""
    return pronoun_word(toks, k, W) is not None


def _missed_body(text: str, toks: list[Tok], lo: int, hi: int, groups: list[Group], W: Words) -> list[str]:
    """An organisation named in [lo, hi) after head nouns and «من» («فرقة من هيئة …»), opening with an
    organisation head and running to «في», «من» or a clause end (up to 7 words)."""
    ws = [k for k in range(lo, hi) if toks[k].word]
    i = 0
    while i < len(ws) and (has(toks[ws[i]], W["head"]) or toks[ws[i]].form == "من"):
        i += 1
    if i == len(ws) or not has(toks[ws[i]], W["org_head"]) or any(g.first <= ws[i] < g.last for g in groups):
        return []
    k0 = ws[i]
    end = k0
    for k in range(k0, hi):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                break
            continue
        if k > k0 and (t.form in ("في", "من") or any(g.first == k for g in groups)):
            break
        end = k
    if end == k0 or end - k0 > 7:
        return []
    return [text[toks[k0].start:toks[end].end]]


# adjectives of a body other than a nisba («المجلس الأعلى», «الهيئة العامة», «القيادة المشتركة»)
_BODY_ADJECTIVES = forms("الأعلى", "العام", "العامة", "الموحد", "الموحدة", "المشترك", "المشتركة", "المستقل",
                         "المستقلة", "الدائم", "الدائمة", "الكبير", "الكبرى", "الحاكم", "الحاكمة", "المؤقت", "المؤقتة",
                         "الانتقالي", "المركزي", "الجديد", "الجديدة", "الخاص", "الخاصة", "العليا", "المختص",
                         "المختصة", "المعني", "المعنية", "الموسع", "الموسعة", "الحر", "الحرة")


def _span_actor(text: str, toks: list[Tok], h: Hit, groups: list[Group], W: Words,
                b: int) -> tuple[list[str], int]:
    """An organisation the entity layer missed, right after the verb and opening with an
    organisation head («مجلس», «نقابة»): its words, as written, are the actor — up to the verb's
    needed word («عقد مجلس الشؤون السياسية والأمنية اجتماعا»), else through definite words and a
    nisba («أدانت نقابة الصحفيين اليمنيين قرار …»). Also the token index after it."""
    k0 = next_word(toks, h.last, b)
    if k0 < h.last or not has(toks[k0], W["org_head"]) or any(g.first == k0 for g in groups):
        return [], 0
    f = toks[k0].form
    if f[:1] in ("ب", "ل", "ك") and f not in W["org_head"] and f not in W["bl_nouns"]:
        return [], 0  # «اجتمع بالمجلس الوطني», «طالبنا باللجنة الوطنية»: a preposition's noun is no subject
    if toks[k0 - 1].form in _OPEN:  # «دعا (تحالف دعم الإخوان) …»: the name is bracketed
        close = next((k for k in range(k0 + 1, min(b, k0 + 8)) if not toks[k].word), b)
        if close < b and toks[close].form in _CLOSE and close - k0 >= 2:
            return [text[toks[k0].start:toks[close - 1].end]], close
    end = min(h.used) if h.used else b
    ws = [k0]
    k = k0 + 1
    adjective = False  # a nisba after the name's first definite word seen
    object_seen = False  # an indefinite accusative after a definite word: the verb's object
    while k < end and len(ws) < 6:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                break
            k += 1
            continue
        g = next((g for g in groups if g.first == k), None)
        if g is not None:
            if not g.is_loc:
                return [], 0
            ws.append(g.last - 1)
            k = g.last
            if not h.used:
                break
            continue
        if (toks[ws[-1]].form.startswith(("ال", "وال")) or (len(ws) > 1 and _nisba_country(toks[ws[-1]].form))) \
                and common_accusative(t.form):
            # «وأصدرت محكمة الجنايات حكما بسجن …», «أصدرت محكمة نمساوية أحكاما بالسجن»: the name ends at the
            # verb's object, after a definite word or an indefinite nisba
            object_seen = True
            break
        if not h.used and not t.form.startswith(("ال", "وال")):
            break
        if t.form in W["comp"] or has(t, W["prep_any"]):
            break  # «… المجلس العملية التي وصفها»: a relative pronoun ends the name; «الهيئة إلى»: a preposition
        if toks[k0].form.startswith(("ال", "وال")) and (t.form in W["not_nisba"] or (
                t.form.startswith("ال") and not t.form.endswith(NISBA_ENDS) and t.form not in W["title"]
                and (party_phrase([t.form], W) or t.form not in _BODY_ADJECTIVES))):
            # «دان المجلس العملية», «دان المجلس الهجوم», «طالب البرلمان العربي المجتمع الدولي»: a definite
            # head takes adjectives only (a nisba, «الهيئة العامة للشباب», «المجلس الأعلى»), not a noun
            break
        if adjective and t.form.startswith("ال") and not t.form.endswith(NISBA_ENDS) \
                and t.form not in _BODY_ADJECTIVES:
            break  # «استنكر مجمع الفقه الإسلامي الدولي التفجير»: after the name's adjectives, the object
        adjective = adjective or (len(ws) > 1 and t.form.startswith(("ال", "وال")) and t.form.endswith(NISBA_ENDS))
        ws.append(k)
        k += 1
    while len(ws) > 1 and (has(toks[ws[-1]], W["title"]) or toks[ws[-1]].form in ("غدا", "الليله")):
        ws.pop()  # «تعقد لجنة مبادرة السلام العربية غداً اجتماعاً»: a time word is no part of the name
    if (h.used and k < end and not object_seen) or len(ws) < 2:
        return [], 0
    name = [text[toks[ws[0]].start:toks[ws[-1]].end]]
    if toks[k0].form in _COURT:  # «قضت محكمة مصرية بسجن …»: a court stands for the state its nisba names
        name += [c for w in ws[1:] if (c := _nisba_country(toks[w].form)) and c not in name][:1]
    return name, ws[-1] + 1


_COURT = forms("محكمة", "المحكمة", "ومحكمة", "والمحكمة")


def _nisba_country(form: str) -> str | None:
    """The country an indefinite or definite nisba adjective names («نمساوية» → النمسا, «المصرية» → مصر)."""
    hit = gz.nisba_country(form)
    return hit[0] if hit else None


def _called_body(text: str, toks: list[Tok], h: Hit, groups: list[Group], W: Words, b: int) -> list[str]:
    """A definite body the entity layer missed right after a participle («داعيا البرلمان العراقي
    إلى …»): its head and the definite adjectives after it, up to a preposition."""
    k0 = next_word(toks, h.last, b)
    if k0 < h.last or not toks[k0].form.startswith("ال") or not has(toks[k0], W["org_head"]) \
            or any(g.first <= k0 < g.last for g in groups):
        return []
    end = _definite_run(toks, k0, groups, W, min(b, k0 + 4))
    return [text[toks[k0].start:toks[end].end]]


def _definite_run(toks: list[Tok], k0: int, groups: list[Group], W: Words, b: int) -> int:
    """The last of the definite words right after `toks[k0]` (before `b`), up to a preposition or
    a word of a known group: a head's adjectives or complements («مدير الأشغال العامة»)."""
    end = k0
    for k in range(k0 + 1, b):
        t = toks[k]
        if not t.word or not t.form.startswith("ال") or has(t, W["prep_any"]) \
                or any(g.first <= k < g.last for g in groups):
            break  # «إلى» folds to «الى»: a preposition, no adjective
        end = k
    return end


def _titled_partner(text: str, toks: list[Tok], h: Hit, groups: list[Group], W: Words, b: int) -> list[str]:
    """A title holder the entity layer missed after «مع» right after an agreement or a meeting
    («تم الاتفاق مع مدير الأشغال العامة»): the title and the definite words after it, as written."""
    end = h.after
    k = next_word(toks, end, b)
    if k < end or toks[k].form != "مع":
        return []
    k0 = next_word(toks, k + 1, b)
    if k0 <= k or not has(toks[k0], W["title"]) or toks[k0].form.startswith("ال") \
            or any(g.first <= k0 < g.last for g in groups):
        return []
    last = _definite_run(toks, k0, groups, W, min(b, k0 + 5))
    return [text[toks[k0].start:toks[last].end]] if last > k0 else []


def _struck(t: Tok, W: Words) -> bool:
    """A word naming what an attack hits («أهداف», «مواقع», a place noun): a «لـ» after it («بقصف
    أهداف لتنظيم داعش») says whose it is, the target's owner, not the attacker («غارات جوية لطيران
    التحالف»)."""
    return has(t, STRUCK) or has(t, W["place"])


def _passive_noun(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A verbal noun right after «تم», «يتم», «جرى»: a passive, its agent unsaid."""
    prev = [t for t in toks[max(a, h.first - 2):h.first] if t.word][-1:]
    return bool(prev) and has(prev[0], W["passive"])


def _phrase_end(toks: list[Tok], h: Hit, reach: int, hi: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Where the first of `phrases` that starts within `reach` words after the trigger (and ends
    before `hi`) ends; 0 when none does. An age aside («البالغ من العمر 18 عاما», «(30 عاما)») counts
    no word of the reach."""
    k, end = h.last, min(hi, h.last + reach)
    firsts = phrase_edges(phrases)[0]
    while k < end:
        if (past := age_aside_end(toks, k, hi)) > k:  # «مقتل الشاب … البالغ من العمر 18 عاما برصاص الشرطي»
            end, k = min(hi, end + past - k), past
            continue
        if toks[k].word and not firsts.isdisjoint(toks[k].reads):
            for p in phrases:
                e = match_seq(toks, k, p, hi)
                if e > 0:
                    return e
        k += 1
    return 0


def _demanded(toks: list[Tok], k: int, groups: list[Group], W: Words, b: int) -> list[str]:
    """The party a necessity noun at k asks to act: the subject after «أن» and its verb («ضرورة أن
    تنسحب إسرائيل»), else the agent right after the verbal noun («ضرورة التزام إسرائيل بـ»); none when
    the deed's doer is not named («ضرورة حل مشكلة الرواتب»)."""
    w1 = next_word(toks, k + 1, b)
    if w1 <= k or toks[w1].form in CLAUSE_END:
        return []
    at = next_word(toks, w1 + 1, b)
    if toks[w1].form in W["comp"]:  # «ضرورة أن تلتزم إسرائيل»: past the verb
        at = next_word(toks, at + 1, b)
    g = next((g for g in groups if g.first == at and g.actor and g.binding in (None, "target")), None)
    return list(g.names) if g is not None and at > w1 else []


RESULT_REACH = 25  # words between an attack and the clause that tells what it caused


def _result_victims(toks: list[Tok], h: Hit, groups: list[Group], L: Lexicon, hi: int) -> list[str]:
    """The parties a result clause after an attack names as its dead or wounded («… أدى إلى مقتل
    عشرين من عناصر الشرطة», «ما أسفر عن إصابة جنود من الجيش»), up to the clause's end or a «في»
    that says where or in what they fell; the phrase must come before the next trigger (`hi`)."""
    e = _phrase_end(toks, h, RESULT_REACH, hi, L.phrases["result"])
    if e == 0 or e >= len(toks) or not toks[e].word or not has(toks[e], L.words["harm"]):
        return []
    stop = next((k for k in range(e + 1, len(toks)) if toks[k].form in CLAUSE_END or toks[k].form in SENT_END
                 or (toks[k].word and has(toks[k], L.words["prep_loc"]))), len(toks))
    return names_of([g for g in groups if e < g.first < stop and g.actor and g.binding in (None, "target", "from")])


def _accused(toks: list[Tok], h: Hit, after: list[Group], W: Words, b: int) -> Group | None:
    """The genitive right after an accusation noun with no pronoun on it, when the charge follows it with
    «بـ» («اتهام الوزير بالتقصير», «اتهامات للحكومة بالفساد»): the party accused, not the accuser."""
    if not has(toks[h.first], W["charge"]) or toks[h.first].form.endswith(("ه", "ها", "هم")):
        return None
    nw = next_word(toks, h.last, b)
    g = next((g for g in after if g.first == nw and g.actor and not g.is_loc), None)
    if g is None:
        return None
    cw = next_word(toks, g.last, b)
    return g if cw < b and toks[cw].form.startswith("ب") and len(toks[cw].form) > 3 else None


_CHARGE_NOUNS = frozenset(norm(w) for w in ("اتهام", "إدانة"))


def _charge_on_owner(toks: list[Tok], h: Hit, reading: str, b: int, groups: list[Group]) -> bool:
    """True when an accusation noun with a pronoun on it has the charge right after it in «بـ»
    («اتهامه بارتكاب جرائم», «إدانته بالقتل»): the pronoun is the accused, as the genitive is for
    `_accused` (his accusing someone names the accused after it: «اتهامه لإيران بـ», «اتهامه "بيونجيانج"
    بزرع»)."""
    if h.trig.pos != "n" or h.last - h.first != 1 or reading not in _CHARGE_NOUNS or h.last >= b:
        return False
    t = toks[h.last]
    return t.word and t.form[:1] == "ب" and not t.form.startswith(("بين", "بعد")) \
        and not any(g.first == h.last for g in groups)


def suffered(toks: list[Tok], h: Hit, W: Words) -> bool:
    """A verb of undergoing with its deed after it («تعرض الرئيس لهجوم», «واجه انتقادات»): its subject
    suffered the deed, and whoever did it is named after it, if at all."""
    return bool(h.used) and has(toks[h.first], W["undergo"])


_PASSIVE_REACH = 8  # tokens after a verb where «من قبل», «على يد» names the agent of its passive
UNDERGONE = frozenset(("ASSAULT", "COERCE"))  # deeds done to someone, whose doer and victims are read off the words


def _agent_by(toks: list[Tok], h: Hit, c_hi: int, groups: list[Group], L: Lexicon, text: str = "",
              reach: int = 8) -> list[str]:
    """The actor after «من قبل», «على يد» within `reach` tokens after the trigger, in its clause; with
    `text`, people no entity names there too («مقتل شاب اسود برصاص شرطي ابيض»)."""
    e = _phrase_end(toks, h, reach, c_hi, L.phrases["agent_by"])
    if e == 0:
        return []
    g = people_body(toks, e, c_hi, groups, L.words) or next(
        (g for g in groups if e <= g.first <= e + 2 and g.actor), None)  # «من قبل مجموعة من مسلحي X»: X
    if g is not None:
        return list(g.names)
    if not text or h.trig.type not in UNDERGONE:
        return []  # («احتجاجات بعد مقتل شاب برصاص شرطي»: the shot is the killing's, not the protest's)
    names = noun_subject(text, toks, e, c_hi, groups, L)[0]
    return names if names and _doer(names[0], L) else []  # «برصاص شرطي أبيض»; «بجرار مفخخ»: no one


def _doer(name: str, L: Lexicon) -> bool:
    """True when a phrase no entity names can be the doer of a deed: people («مسلحون متشددون», «50
    شخصا») or a doer noun («شرطي أبيض», «انتحاري»), not a site or a thing."""
    head = norm(name).split()[0]
    doers = L.words["doer_nouns"]
    return (unnamed(name) and not site(name)) or head in doers or head[2:] in doers


def _agent_site(toks: list[Tok], h: Hit, groups: list[Group], L: Lexicon, b: int) -> Group | None:
    """The actor after «من مواقع», «من مناطق» later in the trigger's sentence: where the attack came
    from, so who made it («القصف الذي تعرض له مخيم درعا من مواقع قوات الأسد»); None after a count or a
    partitive («دمرت طائرات التحالف عددا من مواقع التنظيم»: the posts hit, not where fire came from)."""
    e = _phrase_end(toks, h, 30, b, L.phrases["agent_site"])
    if e == 0:
        return None
    k = e - 1
    while k > h.last and toks[k].form != "من":
        k -= 1
    prev = k - 1
    while prev >= h.last and not toks[prev].word:
        prev -= 1
    if prev >= h.last and (toks[prev].form in L.words["partitive"] or toks[prev].form in L.words["quantity"]
                           or toks[prev].form in _ALL_OF or analyse_word(toks[prev].form) is not None):
        return None  # «دمرت طائرات التحالف عددا من مواقع التنظيم»: some of the posts hit, not where fire came from
    return next((g for g in groups if e <= g.first <= e + 1 and g.actor and not g.is_loc), None)


_ALL_OF = frozenset(norm(w) for w in ("جميع", "كافة", "العديد", "الكثير", "عديد", "كثير", "عددًا"))


def _agent_verb(text: str, toks: list[Tok], a: int, h: Hit, c_hi: int, groups: list[Group],
                L: Lexicon) -> list[str]:
    """«قصف شنه الحوثيون», «الجريمة التي نفذها مستوطنون», «هجوم شنه مسلحون متشددون»: a nominal deed,
    then a verb of doing with a pronoun for it, then its doer; «بعد هجوم شنته على قرية»: the doer told
    before."""
    W = L.words
    if h.trig.pos == "v":
        return []
    places = _place_words(toks, h.last, c_hi, groups)  # «في انفجار سيارة مفخخة في بغداد تبناه»
    ws = [k for k in range(h.last, c_hi) if toks[k].word and k not in places][:4]
    for k in ws:
        t = toks[k]
        hit = deed_verb(t, W)
        if hit is None and (by := done_with(toks, k, c_hi)) is not None:
            hit, k = ("", ""), by  # «زيارة يقوم بها الرئيس …»: the pronoun for the deed is on «بـ»
        if hit is None:
            if any(r in W["agent_verb"] for r in t.reads):
                return []  # a verb of doing with no pronoun for the deed: it is not about it
            continue
        g = next((g for g in groups if g.first > k and g.actor), None)
        if g is not None and _told_where(toks, g):
            g = None  # «في هجوم شنه مسلحون في أفغانستان»: where they did it, not who
        if g is not None and titles_only(toks, k + 1, g.first, W):
            return list(g.names)
        body = belonging_body(toks, k + 1, c_hi, groups, W)
        if body is not None:
            return list(body.names)  # «نفذه مسلحون ينتمون إلى X», «نفذه شخص ينتمي إلى X»: X did it
        names = noun_subject(text, toks, k + 1, c_hi, groups, L)[0]
        if names and _doer(names[0], L):
            return names  # «في هجوم شنه مسلحون متشددون»: people no entity names did it
        if hit[0].endswith("ت") or hit[1].startswith(("ت", "و")):
            prior = [g for g in groups if a <= g.first and g.last <= h.first and g.binding is None and g.actor]
            return names_of(prior[-1:])  # «سيطرت المقاومة … بعد هجوم شنته»: she did it
        return []
    return []


_IN = frozenset(norm(w) for w in ("في", "فى"))


def _told_where(toks: list[Tok], g: Group) -> bool:
    """True when place group g is told after «في» or with «بـ» glued to it («في أفغانستان», «بالعراق»):
    where a deed was, no doer."""
    if not g.is_loc:
        return False
    prev = previous_word(toks, 0, g.first, frozenset())
    return g.glued.lstrip("و")[:1] == "ب" or (prev is not None and toks[prev].form in _IN)


def _place_words(toks: list[Tok], lo: int, hi: int, groups: list[Group]) -> frozenset[int]:
    """The tokens of the places told between `lo` and `hi` with their «في» («في انفجار سيارة مفخخة في بغداد
    تبناه …»): where the deed was, stepped over on the way to the verb of doing that names its doer."""
    out: set[int] = set()
    for g in groups:
        if lo <= g.first < hi and g.is_loc and g.binding == "loc":
            out.update(range(g.first, g.last))
            prev = g.first - 1
            if prev >= lo and toks[prev].form in _IN:
                out.add(prev)
    return frozenset(out)


_BEHIND_TYPES = frozenset(("ASSAULT", "COERCE", "FIGHT", "CRIME"))
_STAND = forms("يقف", "تقف", "وقف", "وقفت", "يقفون", "وقفوا", "يقفان", "تقفان", "وقفا")
_BEHIND = forms("وراء", "خلف")
_THIS = forms("هذا", "هذه", "هذين", "هاتين", "هؤلاء")


def stands_behind(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> list[str]:
    """The party that «يقف وراء» or «يقف خلف» a deed noun names (after «أن»: «أن تنظيم داعش يقف وراء
    الاعتداء الانتحاري», «ويقف تنظيم داعش خلف الهجوم»): the actor right before the verb (its adjectives
    between), or between it and «وراء»; [] when none is named there («من يقف وراء الهجمات»: who did it is
    asked, not told)."""
    ws = [k for k in range(a, h.first) if toks[k].word]
    if ws and toks[ws[-1]].form in _THIS:
        ws.pop()  # «وراء هذه الهجمات»
    if len(ws) < 2 or toks[ws[-1]].form not in _BEHIND:
        return []
    v = ws[-2]
    if not _stand(toks[v]):  # «ويقف تنظيم داعش وراء …»: the subject between the verb and «وراء»
        g = next((g for g in groups if g.last == ws[-1] and _party(g)), None)
        k = g.first - 1 if g is not None else -1
        while k >= a and not toks[k].word:
            k -= 1
        return list(g.names) if g is not None and k >= a and _stand(toks[k]) else []
    g = next((g for g in groups if a <= g.first and g.last <= v and _party(g)
              and all(not toks[k].word or definite_nisba(toks[k]) for k in range(g.last, v))), None)
    return list(g.names) if g is not None else []  # («تنظيم داعش الإرهابي يقف وراء …»: its adjective between)


def _stand(t: Tok) -> bool:
    """True when the word is «يقف», «وقف» … (a «و» or «ف» glued on or not)."""
    f = t.form
    return f in _STAND or (f[:1] in ("و", "ف") and f[1:] in _STAND)


def _party(g: Group) -> bool:
    """True when group g names a party (a person, a body, a force or a country), not a town."""
    return g.actor and (not g.is_loc or g.force or g.binding != "loc")


_DOER_REACH = 8  # tokens after the doer of a nominal deed searched for its target


def _after_doer(toks: list[Tok], h: Hit, c_hi: int, groups: list[Group], doer: list[str]) -> list[str]:
    """The target of a nominal deed whose doer a verb of doing names after it («هجوم شنته تركيا
    أمس على المقاتلين الأكراد»): a party marked as a target (على, ضد …) soon after the doer, in
    the clause."""
    d = next((g for g in groups if g.first >= h.last and set(g.names) & set(doer)), None)
    if d is None:
        return []
    tg = next((g for g in groups if d.last <= g.first < min(c_hi, d.last + _DOER_REACH)
               and g.binding == "target" and g.actor), None)
    return [n for n in tg.names if n not in doer] if tg is not None else []


_FOE_PREPS = frozenset(("مع", "ضد"))
_PARTNER_REACH = 3  # words between a fight and the «مع»/«ضد» that names whom it fought («اشتباكات عنيفة مع»)


_FIGHTING = norm("قتال")


def _fought(toks: list[Tok], h: Hit, groups: list[Group]) -> Group | None:
    """The party named right after «قتال» with no article («في قتال داعش», «بقتال تنظيم الدولة»): the
    verbal noun of «قاتل» takes the one fought as its genitive, never the one fighting."""
    if h.trig.pos != "n" or h.last - h.first != 1 or trigger_reading(toks[h.first], h.trig) != _FIGHTING \
            or "ال" in prefix(toks[h.first], _FIGHTING):
        return None
    return next((g for g in groups if g.first == h.last and g.actor and not g.is_loc), None)


def _fight_partner(text: str, toks: list[Tok], h: Hit, groups: list[Group], L: Lexicon, b: int,
                   source: list[str]) -> list[str]:
    """Whom a fight was with, named by a phrase no entity covers after «مع» or «ضد» within a few
    words of the trigger, past its subject («واشتبك التنظيم مع قوات الحكومتين», «معارك عنيفة ضد
    المسلحين»); [] when none."""
    k, seen = h.after, 0
    while k < b and seen <= _PARTNER_REACH:
        t = toks[k]
        if not t.word:
            return []
        if t.form in _FOE_PREPS:
            return prep_party(text, toks, k, b, groups, L)
        g = next((g for g in groups if g.first == k), None)
        if g is not None and set(g.names) <= set(source):
            k = g.last  # the subject after the verb
            seen += 1
            continue
        if t.form in L.words["prep_any"] or g is not None:
            return []
        seen += 1
        k += 1
    return []


_BETWEEN_NEAR = 8  # tokens after a trigger searched for «بين»
_BETWEEN_REACH = 12  # … after a fight, whose place may stand first («اشتباكات ليلية وقعت في حي … بين X وY»)


def _between(toks: list[Tok], h: Hit, groups: list[Group], b: int, W: Words, text: str = "",
             L: Lexicon | None = None) -> tuple[list[str], list[str]]:
    """«بين X وY» after a trigger of `between_types`: both parties (not a place after في). With «X من
    جهة، وY من جهة أخرى» the two sides are told apart: (X's side, Y's side); else (all parties, []);
    an unnamed party joined after the last named one is a party too («بين قوات الأمن ومقاتلين»); a fight
    «بين الطرفين» names its sides before, not in the words after (`events_both_sides`)."""
    if h.trig.type not in W["between_types"]:
        return [], []
    reach = _BETWEEN_REACH if h.trig.type == "FIGHT" else _BETWEEN_NEAR  # a fight's place may come first
    for k in range(h.last, min(b, h.last + reach)):
        if toks[k].word and "بين" in toks[k].reads and not among_them(toks, k, b):
            if h.trig.type == "FIGHT" and k + 1 < b and toks[k + 1].form in TWO_SIDES \
                    and not any(g.first == k + 2 for g in groups):
                return [], []  # «اشتباكات بين الطرفين منذ زحف الحوثيين»: the sides told before (`events_both_sides`)
            gs = [g for g in groups if k < g.first <= k + 4 or (
                k + 4 < g.first <= k + 7 and toks[g.first - 1].form == "من"
                and not any(toks[j].form in CLAUSE_END for j in range(k, g.first)))]
            # («بين أفراد يعتقد أنهم من المقاومة الشعبية وجماعة الحوثيين»: some of a named body)
            if not gs:
                return [], []
            out = [gs[0]]
            for g in groups:
                if g.first >= out[-1].last and g is not out[-1] and _joined(toks, out[-1].last, g.first, W):
                    out.append(g)
            side = _other_side(toks, out[-1].last, groups, b, W)
            if not side and h.trig.type == "FIGHT":  # «بين X المسنودة بقوات الجيش وبين Y»
                side = second_side(toks, out[-1].last, groups, b)
            keep = [g for g in out if not g.is_loc or g.binding != "loc" or (
                g is not out[0] and _delegates(toks, g.first))]  # «وممثلين عن حكومة كابول»
            if side:
                return names_of(keep), names_of(side)
            after = past_marks(toks, out[-1].last, b)  # «بين تنظيم "داعش" والميليشيات» (`events_other_party`)
            more = joined_party(text, toks, after, b, groups, L) if L is not None else []
            if not more and len(out) == 1 and h.trig.type == "FIGHT" \
                    and (far := _far_conjunct(toks, out[0], groups, b, W)) is not None:
                more = far.names  # «بين الجيش النيجيري النظامي وجماعة بوكو حرام»
            return names_of(keep) + [n for n in more if n not in names_of(keep)], []
        if toks[k].form in CLAUSE_END and toks[k].form not in _COMMAS:
            return [], []  # «تصاعدت حدة المعارك، ليلة السبت، بين X وY»: a comma may set off a time
    return [], []


_FAR_REACH = 6  # words between the first party of a fight's «بين» and the «و» of the other
_BACKED = tuple(norm(w) for w in ("المدعوم", "مدعوم", "المسنود", "مسنود", "بدعم", "بمساندة", "بإسناد"))


def _far_conjunct(toks: list[Tok], first: Group, groups: list[Group], b: int, W: Words) -> Group | None:
    """The other party of a fight «بين X … وY» when X's adjective, place or backer stands before «و»
    («بين الجيش النيجيري النظامي وجماعة بوكو حرام», «بين المقاومة الشعبية في تلك المديرية والحوثيين»,
    «بين القوات الامنية المشتركة وعناصر تنظيم الدولة»): the first party (not a place) within
    `_FAR_REACH` words of the clause whose «و» is glued to it or to the head noun right before it
    («وعناصر تنظيم داعش»). Not past a backer («المقاومة المدعومة بقوات الجيش وطائرات التحالف»: the «و» may
    go on with the backers)."""
    for g in groups:
        if g.first < first.last or g is first:
            continue
        gap = [k for k in range(first.last, g.first) if toks[k].word]
        if len(gap) > _FAR_REACH or any(toks[k].form in CLAUSE_END or toks[k].form in SENT_END
                                        or toks[k].form.startswith(_BACKED) for k in range(first.last, g.first)):
            return None
        if not g.actor or g.is_loc:
            continue
        lead = toks[gap[-1]] if gap and gap[-1] == g.first - 1 else None
        if and_glued(toks[g.first]) or (lead is not None and (
                lead.form == "و" or (and_glued(lead) and has(lead, W["head"])))):
            return g
    return None


def and_glued(t: Tok) -> bool:
    """True when «و» is glued to the token's word («والحوثيين», «وعناصر»; not «وزارة»)."""
    return t.form.startswith("و") and t.form[1:] in t.reads


_REQUEST = norm("طلب")


def request_from(toks: list[Tok], h: Hit, groups: list[Group], b: int) -> Group | None:
    """The one who made a request, named by «من» right after the request noun («بناء على طلب من
    مصر»), or a word later, past a word of its kind («نزولا عند طلب من حركة طالبان أفغانستان»), or None."""
    if h.trig.pos != "n" or toks[h.last - 1].form != _REQUEST:
        return None
    nw = next_word(toks, h.last, b)
    if nw >= b or toks[nw].form != "من":
        return None
    named = next_word(toks, nw + 1, b)
    later = next_word(toks, named + 1, b)
    return next((g for g in groups if g.first == named and g.actor), None) \
        or next((g for g in groups if g.first == later and g.actor), None)


_AND_BETWEEN = norm("وبين")


def _other_side(toks: list[Tok], k: int, groups: list[Group], b: int, W: Words) -> list[Group]:
    """After the first side of «بين X من جهة، وY …»: the groups of the second side (Y and those joined
    to it), when «من جهة» closes the first."""
    ws = [j for j in range(k, min(b, k + 6)) if toks[j].word and toks[j].form not in CLAUSE_END]
    if len(ws) < 3 or toks[ws[0]].form != "من" or toks[ws[1]].form != _SIDE:
        return []
    nxt = ws[2]
    if toks[nxt].form == _AND_BETWEEN and len(ws) > 3:  # «… من جهة، وبين Y من جهة ثانية»
        nxt = ws[3]
    first = next((g for g in groups if g.first >= nxt and g.first <= nxt + 3 and g.actor
                  and _joined(toks, nxt, g.first, W)), None)
    if first is None:
        return []
    out = [first]
    for g in groups:
        if g.first >= out[-1].last and g is not out[-1] and _joined(toks, out[-1].last, g.first, W):
            out.append(g)
    return out


_DELEGATES = frozenset(norm(w) for w in (
    "ممثلين", "ممثلي", "ممثلون", "ممثل", "قياديين", "قيادات", "مسؤولين", "مسؤولي", "وفد", "وفدي", "وفود"))


def _delegates(toks: list[Tok], first: int) -> bool:
    """True when «ممثلين عن», «وفد من» … stands right before token `first` (a place noun between)."""
    ws = [t for t in toks[max(0, first - 4):first] if t.word]
    return any(has(t, _DELEGATES) for t in ws[-3:]) and any(t.form in ("من", "عن") for t in ws[-2:])


def _joined(toks: list[Tok], a: int, b: int, W: Words) -> bool:
    """«X وY», «X وتنظيم Y», «X وممثلين عن Y»: only a conjunction, titles and who speaks for Y
    between two actors."""
    ws = [toks[k] for k in range(a, b) if toks[k].word]
    if len(ws) > 3:
        return False
    if all(t.form == "و" or has(t, W["title"]) for t in ws):
        return True
    return bool(ws) and ws[0].form.startswith("و") and (has(ws[0], _DELEGATES) or has(ws[0], W["head"])) \
        and all(t.form in ("من", "عن") for t in ws[1:])


def _negated_claim(toks: list[Tok], a: int, lv: int, W: Words) -> bool:
    """True when a negation («لم», «ولم», «لن») stands right before the claim verb at `lv`."""
    prev = next((toks[j] for j in range(lv - 1, a - 1, -1) if toks[j].word), None)
    return prev is not None and negation(prev, W)


def _attribute_to(e: Event, names: list[str]) -> None:
    """Give the deed `e` the doer it is attributed to, unless it is a fight against that very party («في
    المعركة ضد تنظيم داعش … الاعتداء الذي نسب إلى تنظيم داعش»: the attack is Daesh's, the fight is against it)."""
    if e.type == "FIGHT" and set(names) & set(e.target):
        return
    e.source = list(names)
    e.target = [n for n in e.target if n not in e.source]


def attribute(toks: list[Tok], a: int, b: int, groups: list[Group], evs: list[Event],
              W: Words) -> None:
    """«نسبته … إلى تنظيم داعش»: an assault with no agent gets the actor it is attributed to."""
    need = [e for e in evs if e.type in ("ASSAULT", "FIGHT") and not e.source]
    if not need:
        return
    for k in range(a, b):  # «وأعلن تنظيم داعش مسؤوليته عنه»
        if toks[k].word and has(toks[k], W["claim_what"]):
            lv = next((j for j in range(k - 1, max(a, k - 8) - 1, -1) if toks[j].word and has(toks[j], W["claim"])),
                      None)
            if lv is not None and _negated_claim(toks, a, lv, W):
                continue  # «ولم تعلن حركة طالبان مسؤوليتها عن الهجوم»: no one claimed it
            g = next((g for g in groups if lv is not None and lv < g.first and g.last <= k and g.actor), None)
            if g is not None:
                for e in need:
                    _attribute_to(e, g.names)
                return
    for k in range(a, b):
        if toks[k].word and has(toks[k], W["attrib_to"]):
            lam = attributed_with_lam(toks, k, b, groups)  # «نسب للتنظيم» (`events_short_forms`)
            if lam is not None:
                for e in need:
                    _attribute_to(e, lam.names)
                return
            for j in range(k + 1, min(b, k + 10)):
                if toks[j].word and ("الي" in toks[j].reads):
                    g = next((g for g in groups if j < g.first <= j + 3), None)
                    if g is not None:
                        for e in need:
                            _attribute_to(e, g.names)
                        return

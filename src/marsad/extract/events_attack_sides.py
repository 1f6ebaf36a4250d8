"""Who attacked whom, where word order reads an attack's sides wrong.

- A verb of doing or going on (`carry_on`: «قام بـ», «واصل», «استأنف», «استمر في», «بدأ») whose object is an
  attack's verbal noun («قامت القوات العراقية بقصف تنظيم داعش», «وواصلت المقاتلات التركية قصف حزب العمال»,
  «وتستمر المقاومة الشعبية في استهداف المسلحين الحوثيين»): the verb's subject, before it (SVO) or after it
  (VSO), did the deed. The noun, with no article and no pronoun, is in construct with what it was done to:
  the party right after it, or the owner of the sites it names («قصف مواقع الحوثيين», «استهداف مقر لتنظيم
  داعش») — not with its doer, as a party after a bare deed noun is read elsewhere («قصف الحوثيين» alone is
  the Huthis' shelling). An unvowelled «قصف» right there is that noun, not a verb. With a pronoun on the noun
  («واصلت ميليشيات الحوثي قصفها للأحياء», «كثف المسلحون الحوثيون والقوات الموالية لصالح هجومهم») the pronoun is
  the verb's subject, which did it, also across an aside set off by commas («استأنف طيران التحالف، لردع
  المتمردين …، قصفه»); after «قام بـ» («قامت القوات بقصفها») it is what was hit.
- A repelled attack («صدت قوات الجيش هجوما شنه مسلحو حركة الشباب», «تصدت المقاومة والجيش أمس لهجمات شنها
  الحوثيون»): the side that repelled it fought the attacker, the party the attack noun names as its own
  (genitive, «لـ») or after a verb of doing with a pronoun for it («شنه», «نفذته»), which is the target.
- The one who reports an attack or a fight in the clause «أن»/«إن» opens after a verb of saying («قالت وزارة
  الداخلية التركية إن انفجارا في بلدة سروج أسفر عن …», «وأعلن مكتب التحقيقات أن المسلح قتل خلال تبادل إطلاق نار
  مع الشرطة») did not do it: no source from the reporter, unless it tells of itself («أعلنت القوات أنها مسؤولة عن
  الهجوم»), of its own operation («أعلن الجيش أن عملية عسكرية …») or, an armed body, of a strike («أعلنت وزارة
  الدفاع الأمريكية أن غارة جوية …»).
- The owner of what an attack hit, a pronoun on it says whose it is («قالت الفرقة إن مقاتلي النصرة هاجموا
  مقرها», «اتهمت الحكومة الأوكرانية الانفصاليين باستهداف مواقعها»): the party named nearest before that is not
  the doer is the target.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, names_of
from marsad.extract.events_assault import conjoined_start, only_marks
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_own_fighters import own_fighters_after
from marsad.extract.events_tokens import CLAUSE_END, POSSESSIVE, Tok, has, next_word, prefix
from marsad.extract.events_triggers import Hit, Site, deed_verb

DEED_TYPES = frozenset(("ASSAULT", "FIGHT"))
CARRY_REACH = 12  # words from the verb of doing to the verbal noun it governs
ATTACKER_REACH = 4  # words after a repelled attack's noun searched for its attacker
# words that may stand between the verb of doing and its verbal noun besides its subject and a date
_BETWEEN = frozenset(norm(w) for w in ("في", "فيه", "فيها", "أيضا", "ايضا", "مجددا", "أمس", "امس", "اليوم",
                                       "الليلة", "صباح", "مساء", "فجر", "ظهر", "بدورها", "بدوره", "قد", "وقد"))
_OPENERS = frozenset(norm(w) for w in ("و", "كان", "كانت", "وكان", "وكانت", "فقد", "وقد", "قد"))
_WITH_BI = frozenset(norm(w) for w in ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "قيام"))
_REPEL = frozenset(norm(w) for w in ("صد", "صدت", "صدوا", "يصد", "تصد", "يصدون", "التصدي", "تصدى", "تصدت",
                                     "تصدوا", "يتصدى", "تتصدى", "يتصدون"))
# verbs of saying and reporting: their subject tells of a deed in the clause «أن»/«إن» opens, it did not do it
_REPORT = frozenset(norm(w) for w in (
    "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "أفاد", "أفادت",
    "أفادوا", "يفيد", "تفيد", "ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر", "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "أوضح",
    "أوضحت", "يوضح", "توضح", "أشار", "أشارت", "يشير", "تشير", "أضاف", "أضافت", "كشف", "كشفت", "يكشف", "تكشف", "نقل",
    "نقلت", "زعم", "زعمت", "يزعم", "تزعم", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "رأى", "يرى", "ترى", "أورد", "أوردت",
    "صرح", "صرحت", "لفت", "لفتت", "بينت", "تابع", "تابعت", "أبلغ", "أبلغت", "حذر", "حذرت", "يحذر", "تحذر"))
# operations a body runs: the one who tells of its own («أعلن الجيش أن عملية عسكرية …») is their doer
_OPERATION = frozenset(norm(w) for w in ("عملية", "عمليات", "العملية", "العمليات", "حملة", "حملات", "الحملة",
                                         "الحملات"))
# what an attack is aimed at, with a pronoun for whose it is («مواقعها», «دورياته», «قواتها»)
_OWNED = frozenset(norm(w) for w in ("قوات", "جنود", "عناصر", "أفراد", "رجال", "منسوبي", "آليات", "عربات",
                                     "أراضي", "منشآت", "مصالح", "سفن"))
_TO_OWNED = frozenset(norm(w) for w in ("على", "ضد", "أحد", "إحدى", "احد", "احدى"))
TITLE_REACH = 6  # title words between a verb of saying and the name of its subject
OWNED_REACH = 4  # words after an attack's trigger searched for the owned thing it hit
# air and artillery strikes, and the armed bodies whose statements about strikes tell of their own side's
# («أعلنت وزارة الدفاع الأمريكية أن غارة جوية لقوات الائتلاف …»)
_STRIKE = frozenset(norm(w) for w in ("غارة", "غارات", "الغارة", "الغارات", "ضربة", "ضربات", "الضربة", "الضربات",
                                      "قصف", "القصف"))
_ARMED = frozenset(norm(w) for w in ("الدفاع", "الجيش", "جيش", "القوات", "قوات", "العسكري", "العسكرية", "الحربية",
                                     "البنتاغون", "البنتاجون", "التحالف"))
_BY = frozenset(norm(w) for w in ("من",))
_STOP = frozenset(norm(w) for w in ("على", "في", "ضد", "قرب", "عند", "داخل", "بين"))


def attack_sides(toks: list[Tok], h: Hit, groups: list[Group], site: Site, spans: list[tuple[int, int]],
                 W: Words, source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an attack or fight `h` where a construction says who did it to whom (see the
    module docstring): a deed carried by a verb of doing, a repelled attack, a reported deed, an owned site hit.
    `spans`: the character spans of the sentence's dates, which may stand between a verb of doing and its noun."""
    if h.trig.type not in DEED_TYPES:
        return source, target
    source, target = carried_deed_sides(toks, h, groups, site, spans, W, source, target)
    source, target = repelled_sides(toks, h, groups, site, W, source, target)
    source, target = reported_sides(toks, h, groups, site, W, source, target)
    return source, owned_target(toks, h, groups, site, W, source, target)


def carried_deed_sides(toks: list[Tok], h: Hit, groups: list[Group], site: Site, spans: list[tuple[int, int]],
                       W: Words, source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of an attack noun governed by a verb of doing or going on (`carry_on`): the verb's
    subject did it, the party the noun is in construct with underwent it."""
    if h.trig.pos not in ("n", "v"):
        return source, target
    if _pronoun_on(toks[h.first], site):
        return own_carried_sides(toks, h, groups, site, spans, W, source, target)
    tok = toks[h.first]
    pre = prefix(tok, site.reading)
    if pre not in ("", "ب") or (h.trig.pos == "v" and tok.form != pre + site.reading):
        return source, target  # «القصف»: no construct; «لقصف»: a purpose; «قصفت»: a verb
    lv = _carrying_verb(toks, site.c_lo, h, groups, spans, W)
    if lv is None or (pre == "ب") != has(toks[lv], _WITH_BI):
        return source, target  # «قام» takes its deed with «بـ» («قامت … بقصف»), the others without
    doers = _doers(toks, site.c_lo, lv, h.first, groups, W)
    if not doers:
        return source, target
    doer = names_of(doers)
    patient = _patient(toks, h, site.b, groups, W)
    suffered = [n for n in (patient.names if patient is not None else []) if n not in doer]
    if suffered:
        return doer, [*suffered, *(n for n in target if n not in doer and n not in suffered)]
    after = {n for g in groups if g.first >= h.last for n in g.names}
    if source and set(source) <= after and not set(source) & set(doer):
        # «وقامت القوات بقصف تنظيم داعش …» read with the party after the noun as its doer
        return doer, [*source, *(n for n in target if n not in source and n not in doer)]
    if not source:
        return doer, [n for n in target if n not in doer]
    return source, target


def own_carried_sides(toks: list[Tok], h: Hit, groups: list[Group], site: Site, spans: list[tuple[int, int]],
                      W: Words, source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source of an attack noun with a pronoun on it, the object of a verb of going on («واصلت ميليشيات الحوثي
    قصفها للأحياء», «كثف المسلحون الحوثيون والقوات الموالية لصالح هجومهم», «استأنف طيران التحالف، لردع
    المتمردين …، قصفه»): the pronoun is the verb's subject, which did it (not «قامت القوات بقصفها»: after «بـ»
    the pronoun is what was hit)."""
    if prefix(toks[h.first], site.reading) != "":
        return source, target  # (an unvowelled «قصفه» after such a verb is the noun too)
    lv = _carrying_verb(toks, site.c_lo, h, groups, spans, W)
    lv = lv if lv is not None else _carrying_verb_past_aside(toks, site.a, h, W)
    if lv is None or has(toks[lv], _WITH_BI):
        return source, target
    doers = _doers(toks, site.a if lv < site.c_lo else site.c_lo, lv, h.first, groups, W)
    if lv < site.c_lo or any(toks[k].form in ("،", ",") for k in range(lv, h.first)):
        doers = _subject_after(toks, lv, h.first, groups, W)
    doer = names_of(doers)
    if not doer or doer == source:
        return source, target
    return doer, [n for n in [*source, *target] if n not in doer and n in target]


def _carrying_verb_past_aside(toks: list[Tok], a: int, h: Hit, W: Words) -> int | None:
    """The verb of going on nearest before an aside set off by commas that ends right before the verbal noun
    («استأنف طيران التحالف، لردع المتمردين …، قصفه»); its subject must stand right after it (`_subject_after`)."""
    k = h.first - 1
    while k >= a and not toks[k].word and toks[k].form not in ("،", ","):
        k -= 1
    if k < a or toks[k].form not in ("،", ","):
        return None
    return next((j for j in range(k - 1, a - 1, -1) if toks[j].word and has(toks[j], W["carry_on"])), None)


def _subject_after(toks: list[Tok], lv: int, hi: int, groups: list[Group], W: Words) -> list[Group]:
    """The subject right after the verb at lv (VSO), before the first comma: its first party and the parties
    joined to it by «و»."""
    comma = next((k for k in range(lv, hi) if toks[k].form in ("،", ",")), hi)
    out: list[Group] = []
    for g in groups:
        if not (lv < g.first and g.last <= comma and _party(g)):
            continue
        if not out:
            if any(toks[k].word and toks[k].form not in _BETWEEN and not has(toks[k], W["force_noun"])
                   and not has(toks[k], W["people_nouns"]) for k in range(lv + 1, g.first)):
                return []
        elif not (toks[g.first].form.startswith("و") or g.glued.startswith("و")):
            continue
        out.append(g)
    return out


def _pronoun_on(tok: Tok, site: Site) -> bool:
    """True when a pronoun is glued to the trigger's reading («قصفها», «هجومهم»; not the accusative «انفجارا»)."""
    rest = tok.form[tok.form.find(site.reading) + len(site.reading):] if site.reading in tok.form else ""
    return rest in POSSESSIVE


def _carrying_verb(toks: list[Tok], c_lo: int, h: Hit, groups: list[Group], spans: list[tuple[int, int]],
                   W: Words) -> int | None:
    """The verb of doing or going on whose object is the verbal noun at `h.first`: the nearest `carry_on` word
    before it in its clause, with only its subject (and the forces or people it heads), a date, «في» and
    adverbs between."""
    in_group = {k for g in groups for k in range(g.first, g.last)}
    seen = 0
    for k in range(h.first - 1, c_lo - 1, -1):
        t = toks[k]
        if not t.word:
            if t.form in ("،", ",") or only_marks(toks, k, k + 1):
                continue
            return None
        if has(t, W["carry_on"]):
            return k
        seen += 1
        if seen > CARRY_REACH:
            return None
        if k in in_group or t.form in _BETWEEN or t.form.isdigit() or any(s <= t.start < e for s, e in spans) \
                or has(t, W["force_noun"]) or has(t, W["people_nouns"]):  # «طائرات التحالف», «مسلحو الحوثي»
            continue
        return None
    return None


def _doers(toks: list[Tok], c_lo: int, lv: int, first: int, groups: list[Group], W: Words) -> list[Group]:
    """The subject of the verb at lv: the parties between it and the verbal noun (VSO), else the parties
    joined by «و» that end right before it and open its clause (SVO: «أن ميليشيات الحوثي وصالح قامت …»,
    «وكان الحوثيون قاموا …»)."""
    between = [g for g in groups if lv < g.first and g.last <= first and _party(g)]
    if between:
        return between
    g = next((g for g in groups if c_lo <= g.first and g.last <= lv and (g.last == lv or only_marks(toks, g.last, lv))
              and _party(g)), None)
    if g is None:
        return []
    start = conjoined_start(toks, g, groups)
    k = start - 1
    while k >= c_lo and not toks[k].word and toks[k].form not in CLAUSE_END:
        k -= 1  # quote marks before the name
    if k >= c_lo and not (toks[k].word and (toks[k].form in _OPENERS or has(toks[k], W["that"])
                                            or has(toks[k], W["clause_opener"]))):
        return []  # «متمردين اكراد قاموا»: the name is only part of the subject
    return [x for x in groups if start <= x.first and x.last <= g.last and _party(x)]


def _party(g: Group) -> bool:
    """True when group g names a party (a person, a body, a force or a country), not a town."""
    return g.actor and (not g.is_loc or g.force or g.binding != "loc") and g.binding not in ("skip", "mod")


def _patient(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words) -> Group | None:
    """The party the verbal noun of `h` is in construct with: the one right after it («قصف حزب العمال»), or
    the one right after a site noun after it («قصف مواقع الحوثيين», «استهداف مقر لتنظيم داعش»)."""
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return None
    g = next((g for g in groups if g.first == nw), None)
    if g is None and has(toks[nw], W["site_nouns"]) and not toks[nw].form.startswith("ال"):
        nw2 = next_word(toks, nw + 1, b)
        g = next((g for g in groups if g.first == nw2), None) if nw2 > nw else None
    return g if g is not None and _party(g) else None


def repelled_sides(toks: list[Tok], h: Hit, groups: list[Group], site: Site, W: Words,
                   source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of a repelled attack («صدت X هجوما شنه Y», «تصدت X لهجوم Y»): X, who repelled it, stays
    the source; Y, the attacker the attack noun names, is the target."""
    if h.trig.type != "FIGHT" or not h.used or not has(toks[h.first], _REPEL):
        return source, target
    u = min(h.used)  # the attack noun the repelling verb needed
    attacker = [n for n in _attacker(toks, u, site.c_hi, groups, W) if n not in source]
    if not attacker or not source:
        return source, target
    return source, [*attacker, *(n for n in target if n not in attacker)]


def _attacker(toks: list[Tok], u: int, hi: int, groups: list[Group], W: Words) -> list[str]:
    """The party an attack noun at token u names as its doer: right after it («هجوم داعش», «لهجوم لداعش»),
    after «من» or a verb of doing with a pronoun for it («هجوما شنه مسلحو حركة الشباب»), past up to two
    adjectives («لهجوم عنيف شنه …»); none once «على», «في» or a clause mark comes («… على مواقعها»)."""
    k = u + 1
    seen = 0
    while k < hi and seen < ATTACKER_REACH:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END:
                return []
            k += 1
            continue
        g = next((g for g in groups if g.first == k), None)
        if g is not None:
            return list(g.names) if _party(g) and g.binding != "loc" else []
        if deed_verb(t, W) is not None or t.form in _BY:
            nxt = next((g for g in groups if g.first > k), None)
            return list(nxt.names) if nxt is not None and nxt.first - k <= 3 and _party(nxt) else []
        if t.form in _STOP or t.form.lstrip("و") in _STOP:
            return []
        seen += 1
        k += 1
    return []


def reported_sides(toks: list[Tok], h: Hit, groups: list[Group], site: Site, W: Words,
                   source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """No source for an attack or fight noun from the one who reports it: the subject of a verb of saying
    (`_REPORT`) with «أن»/«إن» between it and the noun («وقالت وزارة الخارجية الأميركية إن الهجمات التي
    حدثت في فرنسا …», «وأعلن مكتب التحقيقات أن مطلق النار قتل خلال تبادل إطلاق نار مع الشرطة»); not for
    an operation a body tells of («أعلن الجيش أن عملية عسكرية …»), a strike an armed body tells of («أعلنت
    وزارة الدفاع الأمريكية أن غارة جوية …»), a noun with a pronoun («هجومها»), a speaker who tells of itself
    («أعلنت القوات أنها مسؤولة عن الهجوم»), or a party a construction names after the noun too."""
    if h.trig.pos != "n" or _pronoun_on(toks[h.first], site) or not source or has(toks[h.first], _OPERATION):
        return source, target
    reporters: set[str] = set()
    for g in groups:
        if g.last > h.first or not set(g.names) & set(source):
            continue
        comp = next((k for k in range(g.last, h.first) if toks[k].word and has(toks[k], W["that"])), None)
        if comp is not None and (toks[comp].form.endswith(POSSESSIVE) or own_fighters_after(toks, comp, h.first, W)):
            continue  # «أعلنت القوات الأمريكية أنها مسؤولة عن الهجوم», «أن مقاتليها خاضوا …»: it tells of itself
        if comp is not None and _reports(toks, site.a, g, comp, groups, W) \
                and not (has(toks[h.first], _STRIKE) and _armed_body(toks, site.a, g)):
            reporters |= set(g.names)
    if not reporters:
        return source, target
    after = {n for g in groups if g.first >= h.last and _party(g) and g.binding != "loc" for n in g.names}
    return [n for n in source if n not in reporters or n in after], target


def _armed_body(toks: list[Tok], a: int, g: Group) -> bool:
    """True when group g, with the two words before it, names an armed body («وزارة الدفاع الأمريكية», «الجيش»)."""
    return any(toks[k].word and toks[k].form.lstrip("وف") in _ARMED for k in range(max(a, g.first - 2), g.last))


def _reports(toks: list[Tok], a: int, g: Group, comp: int, groups: list[Group], W: Words) -> bool:
    """True when group g is the subject of a verb of saying whose complement «أن»/«إن» stands at token comp:
    the verb before it, past the titles and names of its holder («وقالت وزارة الداخلية إن …», «وقال رئيس
    الوزراء التركي أحمد داود أوغلو إن …»), or between it and «أن» («الوزارة قالت إن …»)."""
    in_group = {k for x in groups for k in range(x.first, x.last)}
    k = g.first - 1
    seen = 0
    while k >= a and seen <= TITLE_REACH and (not toks[k].word or k in in_group or has(toks[k], W["title"])
                                              or has(toks[k], W["head"]) or has(toks[k], W["org_head"])
                                              or toks[k].form.startswith("ال")):  # «وزارة الداخلية التركية»
        seen += toks[k].word
        k -= 1
    if k >= a and has(toks[k], _REPORT):
        return True
    return any(toks[j].word and has(toks[j], _REPORT) for j in range(g.last, comp))


def owned_target(toks: list[Tok], h: Hit, groups: list[Group], site: Site, W: Words,
                 source: list[str], target: list[str]) -> list[str]:
    """The target of an attack aimed at something a pronoun says whose it is («اتهمت الحكومة الأوكرانية
    الانفصاليين باستهداف مواقعها», «قالت الفرقة إن مقاتلي النصرة هاجموا مقرها», «بضربة جوية استهدفت مقرهم»):
    the party the pronoun stands for, the nearest named before the attack that is not its doer."""
    k = owned_word(toks, h, groups, site.b, W, source)
    if k is None:
        return target
    owner = next((g for g in reversed(groups) if site.a <= g.first and g.last <= h.first and _party(g)
                  and g.binding != "loc" and not set(g.names) & set(source)), None)
    if owner is None:
        return target
    word = norm(toks[k].form)
    kept = [n for n in target if n not in owner.names and word not in norm(n).split()]  # not «أحد مراكزه»
    return [*owner.names, *kept]


def owned_word(toks: list[Tok], h: Hit, groups: list[Group], b: int, W: Words, source: list[str]) -> int | None:
    """The token of the thing an attack hit with a possessive pronoun on it («مواقعها», «أحد مراكزه», «على
    قواتها»), right after the trigger, its doer named after a verb («هاجم مسلحون مقرها») or «على»; None
    when the word there is anything else."""
    in_source = {k for g in groups if set(g.names) & set(source) for k in range(g.first, g.last)}
    k = max([h.last - 1, *h.used]) + 1
    seen = 0
    while k < b and seen < OWNED_REACH:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END:
                return None
            k += 1
            continue
        if k in in_source or t.form in _TO_OWNED:
            seen += 1
            k += 1
            continue
        reading = next((r for r in t.reads if r in W["site_nouns"] or r in _OWNED), None)
        if reading is None or not t.form.endswith(POSSESSIVE) or t.form.endswith(reading):
            return None
        if reading in _OWNED and h.trig.pos == "v" and seen == 0:
            return None  # «حيث يعتدي عناصرها على المتظاهرين»: its members did it, the verb's subject
        return k
    return None

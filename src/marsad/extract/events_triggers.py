"""Trigger words found in a sentence, and the ones that tell no new event.

`find_triggers` matches the trigger table on token readings: a form after the article, بـ, a
preposition or لـ + past form, or with an accusative ـا («طالباً»), is a noun, never a verb, and so is a
form with «و» right after a noun trigger a preposition governs when a noun row reads it («في اشتباكات
وقصف لطائرات التحالف»); a row
may need a word that follows within its window or be cancelled by one right after it; a named entity
counts as one word of that window («هنأت … الملك سلمان بن عبدالعزيز آل سعود بمناسبة …»).
`drop_topics` removes what another trigger is about («دعا إلى وقف القصف») and attacks named after
a foiling; `refers_back` and `definite_noun` spot nouns that name an event told before; `untold` spots a
deed only asked about or aimed at («هل هاجمت …؟», «بهدف قتال داعش»); `only_mentioned` also drops a kind of
deed («سياسات قتل …»), one only sought («لاستئناف المحادثات»), one only named («كل عملية», «تأجيل المفاوضات»),
counted in a statistic, or «استهدف» for whom a course or drive is meant; in a sentence of sport, drama or song
(`pastime_sentence`) only attacks, arrests, crimes and inquiries are triggers. A `Site`
is one trigger in its sentence, as actor choice (`events_roles`) sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from marsad.extract.events_accuse import charged_deed, verb_stem_before_pronoun
from marsad.extract.events_dual_verbs import dual_past
from marsad.extract.events_expressed import expressed_by_many
from marsad.extract.events_lexicon import NEEDS_WINDOW, PRESENT, Lexicon, Trigger, Words, forms, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, clause_of, has, match_seq, prefix, word_before
from marsad.extract.events_told_arrests import arrest_past_topic, topic_word
from marsad.extract.ner_gazetteer import nisba_country

NOTS_WINDOW = 3  # words after a trigger searched for a word that cancels it
TOPIC_REACH = 20  # tokens after a complement-taking trigger within which a verbal noun is its topic
# endings of an indefinite plural or feminine noun («مجموعات», «أنشطة», «مسلحين»), which a present verb
# right after it may describe with no relative pronoun
NOUN_ENDINGS = tuple(norm(e) for e in ("ات", "ة", "ون", "ين"))
_CLAUSE_THAT = forms("أن", "بأن", "وأن", "فأن", "لأن")  # «إن» folds as «أن»
HIS_COUNTRY = forms("بلاده", "بلادها", "بلادهم", "وبلاده", "وبلادها")  # «his/her/their country»


@dataclass(slots=True)
class Hit:
    """A trigger matched in the text: its first token, the token after it, and its needed words."""

    trig: Trigger
    first: int
    last: int  # exclusive, trigger words only
    used: set[int] = field(default_factory=set)

    @property
    def after(self) -> int:
        """Index of the first token after the trigger and the words it needed."""
        return max([self.last - 1, *self.used]) + 1


@dataclass(frozen=True, slots=True)
class Site:
    """One trigger in its sentence: what choosing its actors needs to know."""

    a: int  # the sentence: tokens [a, b)
    b: int
    c_lo: int  # the trigger's clause: tokens [c_lo, c_hi)
    c_hi: int
    nxt: int  # the first token of the next trigger in the sentence (b when none)
    reading: str  # the reading of the trigger's first token that the trigger table matched
    suffixed: bool  # a pronoun is glued to the end of that reading
    participle: bool  # a circumstantial participle («…، مطالبة «شركاءنا» بـ»)
    verbish: bool  # a verb, or a noun used as one
    lookback: bool  # an actor told before the trigger may be its subject
    rel: bool  # a relative pronoun stands right before the trigger («التي تقاتل»)


def find_triggers(toks: list[Tok], a: int, b: int, L: Lexicon, inner: frozenset[int] = frozenset()) -> list[Hit]:
    """Triggers of the sentence [a, b), left to right, no token in two; the first fitting table row wins.
    A token that a BLOCK row fits («تحقيق السلام», «حشد من المواطنين») is no trigger at all. `inner`: the
    tokens of named entities after their first, which a row's window for its needed word counts as one
    word with it («جدد وزير الخارجية رياض ياسين دعوته»)."""
    hits: list[Hit] = []
    used: set[int] = set()
    firsts = L.by_first.keys()
    for i in range(a, b):
        t = toks[i]
        if not t.word or firsts.isdisjoint(t.reads) or i in used or _named_body(toks, a, i, L.words):
            continue  # (a quick test first: no reading opens a row)
        reads = [r for r in t.reads if r in L.by_first]
        if not reads or (any(_fit(toks, i, trig, b) for r in t.reads for trig in L.blocks.get(r, ()))
                         and not expressed_by_many(toks, i, b)):  # «وعبر عدد من النواب عن اعتراضهم»: not «via»
            continue
        if _student(toks, i, b):
            continue  # «قتل طالب جزائري»: a student, not «طالب» (demanded)
        for r in reads:
            cands = L.by_first[r]
            hit = None
            head = t.form[:max(0, t.form.find(r))]
            nominal = "ال" in head or head.endswith("لل") or "ب" in head or "ك" in head or (
                head.endswith("ل") and r[:1] not in PRESENT + "ا") or (
                t.form[len(head):] == r + "ا" and not dual_past(toks, a, i, r)) or (  # «طالباً»: a noun, not «طالب»
                i > a and toks[i - 1].word and toks[i - 1].form in L.words["prep_any"]) or (  # «على قتل»
                has(t, L.words["noun_reads"]))  # «وزارته»: his ministry
            # «في اشتباكات وقصف لطائرات …»: a form joined to a governed noun trigger that a noun row reads
            nominal = nominal or (head in ("و", "ف") and any(c.pos == "n" for c in L.by_first[r])
                                  and _after_governed_noun(toks, a, i, hits, L))
            # «أثناء قصفها مدينة» (`noun_after`): the verbal noun with its doer's pronoun, not «قصفها» (shelled it),
            # where the table has the noun; but «عند خطفهم» (when they were taken) keeps its pronoun the one it was
            # done to, as the verb's object
            after_noun = i > a and toks[i - 1].word and toks[i - 1].form.removeprefix("و") in L.words["noun_after"] \
                and t.form != head + r and any(c.pos == "n" for c in cands)
            after_rel = i > a and toks[i - 1].word and toks[i - 1].form in L.words["not_after"]
            # «مكتب تحقيقات الطيران أعلن …»: the office's name, no inquiry opened
            office = i > a and toks[i - 1].word and toks[i - 1].form in L.words["probe_office"]
            for trig in cands:
                if nominal and trig.pos == "v":  # «القصف», «بقتل»: a noun, not the verb
                    continue
                if after_noun and trig.pos == "v" and trig.mode not in DONE_TO:
                    continue
                if after_rel and trig.type == "AGREE":  # «بما يتفق مع»: in keeping with
                    continue
                if office and trig.type == "INVESTIGATE":
                    continue
                fit = _fit(toks, i, trig, b, inner)
                if fit is None:
                    continue
                hit = Hit(trig, i, fit[0], fit[1])
                break
            if hit:
                used.update(range(hit.first, hit.last))
                used.update(hit.used)
                hits.append(hit)
                break
    if hits and pastime_sentence(toks, a, b, L.words):
        return [h for h in hits if h.trig.type in _REAL_IN_PLAY]
    return hits


def _after_governed_noun(toks: list[Tok], a: int, i: int, hits: list[Hit], L: Lexicon) -> bool:
    """True when the word at i comes right after a noun trigger a preposition governs («في اشتباكات
    وقصف لطائرات التحالف»): joined by «و» to that noun, it is a noun too, not the verb «وقصف»."""
    if not hits or hits[-1].trig.pos != "n" or hits[-1].after != i:
        return False
    k = hits[-1].first - 1
    return k >= a and toks[k].word and toks[k].form in L.words["prep_any"]


# modes of deeds done to someone: a pronoun on their verbal noun is the one it befell; unvowelled, their
# verb is a passive when nothing follows it («قتل في الرياض», «الذي اعتقل في 1985»)
DONE_TO = frozenset(("kill", "abduct", "arrest"))
PASTIME_WORDS = 2  # distinct words of sport, drama, song or verse (`pastime`) that make a pastime sentence
_REAL_IN_PLAY = frozenset(("ASSAULT", "COERCE", "CRIME", "INVESTIGATE"))  # deeds a pastime sentence may tell


def pastime_sentence(toks: list[Tok], a: int, b: int, W: Words) -> bool:
    """True when the sentence [a, b) holds two distinct words of sport, drama, song or verse («وافق النادي
    على إعارة اللاعب», «اجتمع فيه حشد من نجوم الدراما في المسلسل»): its deals, talks, demands, praise
    and apologies are play; only its attacks, arrests, crimes and inquiries are kept (`_REAL_IN_PLAY`)."""
    seen: set[str] = set()
    for t in toks[a:b]:
        if t.word:
            seen.update(r.removeprefix("ال") for r in t.reads if r in W["pastime"])
    return len(seen) >= PASTIME_WORDS


_TALIB = frozenset(norm(w) for w in ("طالب", "وطالب", "فطالب"))


def _student(toks: list[Tok], i: int, b: int) -> bool:
    """True when «طالب» has an indefinite nisba right after it («طالب جزائري», «طالب سعودي»): the
    noun «student», as the table's BLOCK row says for a few such words."""
    if toks[i].form not in _TALIB or i + 1 >= b or not toks[i + 1].word:
        return False
    nxt = toks[i + 1].form
    return not nxt.startswith("ال") and nxt.endswith("ي") and nisba_country(nxt) is not None


def _fit(toks: list[Tok], i: int, trig: Trigger, b: int,
         inner: frozenset[int] = frozenset()) -> tuple[int, set[int]] | None:
    """Where row `trig` matched at token i ends and the tokens of its needed word, or None when its
    words do not follow, a cancelling word does or none of its needed words does. A named entity
    counts as one word of the window for the needed word (`inner`: its tokens after the first)."""
    j = match_seq(toks, i, trig.words, b) if len(trig.words) > 1 else i + 1
    if j < 0:
        return None
    if not trig.nots and not trig.needs:
        return j, set()
    win = list(islice((k for k in range(j, b) if toks[k].word), trig.window))
    reach = trig.window if not trig.needs and trig.window < NEEDS_WINDOW else NOTS_WINDOW
    if trig.nots and any(has(toks[k], trig.nots) for k in win[:reach]):  # a row's own window
        return None
    if not trig.needs:
        return j, set()
    for k in list(islice((k for k in range(j, b) if toks[k].word and k not in inner), trig.window)) if inner else win:
        reads = toks[k].reads
        for need in trig.needs:
            if need[0] not in reads:  # (a word token: what `match_seq` would find at once)
                continue
            e = match_seq(toks, k, need, b)
            if e > 0:
                if trig.nots and _cancelled_after(toks, e, b, trig):
                    return None  # «عبرت عن أسفها لفقدان الشاب»: a cancelling word right after the needed one
                return j, set(range(k, e))
    return None


def _cancelled_after(toks: list[Tok], e: int, b: int, trig: Trigger) -> bool:
    """True when one of the row's cancelling words is among the `NOTS_WINDOW` words right after its
    needed word ends at token e («أعرب … عن أسفه لوفاة …»)."""
    return any(has(toks[k], trig.nots) for k in [k for k in range(e, b) if toks[k].word][:NOTS_WINDOW])


def _named_body(toks: list[Tok], a: int, i: int, W: Words) -> bool:
    """True when token i opens the quoted name of a body («تحالف «فجر ليبيا»», «حركة "أنصار الله"»):
    a name, not a deed."""
    return i - 2 >= a and not toks[i - 1].word and toks[i - 1].form in ("«", '"', "“") \
        and toks[i - 2].word and has(toks[i - 2], W["org_head"])


def trigger_reading(tok: Tok, trig: Trigger) -> str:
    """The reading of the token that the trigger matched (its folded form if none)."""
    return trig.words[0] if trig.words[0] in tok.reads else tok.form


_DEED_PRONOUNS = ("ه", "ها", "هم", "هما", "ته", "تها", "وه", "وها")


def deed_verb(tok: Tok, W: Words) -> tuple[str, str] | None:
    """A verb of doing with a pronoun for the deed («شنته», «نفذها», «وشنوه»): (the verb, the rest
    after it), a leading و/ف set aside; None for any other word."""
    if not tok.form.endswith(_DEED_PRONOUNS):
        return None  # (a quick test: no pronoun for the deed ends it)
    forms = (tok.form[1:], tok.form) if tok.form[:1] in ("و", "ف") and len(tok.form) > 3 else (tok.form,)
    for form in forms:  # «وشنوه»: a leading و; «وجهها»: a verb that opens with و
        for v in W["agent_verb"]:
            stem = verb_stem_before_pronoun(v)  # «تبنى» + «ه» → «تبناه»
            if form.startswith(stem) and form[len(stem):] in _DEED_PRONOUNS:
                return v, form[len(stem):]
    return None


_DO = frozenset(norm(w) for w in ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون"))
_WITH_IT = frozenset(norm(w) for w in ("بها", "به", "بهما"))


def done_with(toks: list[Tok], k: int, c_hi: int) -> int | None:
    """The index of «بها» when token k is «قام» and «بها»/«به» follows it («زيارة يقوم بها X»: a verb
    of doing whose pronoun for the deed is on the preposition); else None."""
    if toks[k].form not in _DO:
        return None
    nw = next((j for j in range(k + 1, c_hi) if toks[j].word), None)
    return nw if nw is not None and toks[nw].form in _WITH_IT else None


def agent_clause(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """A nominal deed told with its doer («هجوما بدأته تركيا», «الغارات التي شنتها إسرائيل», «التفجير
    الذي قام به تنظيم داعش»): a verb of doing with a pronoun for the deed, on it or on «بـ» after
    «قام», within three words after it."""
    if h.trig.pos != "n":
        return False
    return any(deed_verb(toks[k], W) or done_with(toks, k, b) is not None
               for k in [k for k in range(h.last, b) if toks[k].word][:3])


def drop_topics(toks: list[Tok], a: int, b: int, hits: list[Hit], W: Words,
                kept: set[int] | None = None, charged: set[int] | None = None,
                asked: set[int] | None = None) -> list[Hit]:
    """Drop nominal triggers that are the topic of an earlier complement-taking trigger in the
    same clause («دعا إلى وقف القصف», «ندد بالهجوم»), and what a refusal governs («رفض أن يوقف»).
    A condemned deed told with its doer («أدان هجوما بدأته تركيا») is kept too, its id put in
    `kept`: the caller drops it when no doer is found after all. A deed an accusation charges («اتهمت
    الحكومة الحوثيين بقصف …») is kept as well, its id put in `charged`, with the same proviso. A deed a
    request asks of its addressee by a verb form («طلبت تركيا من الحلف عقد اجتماع», `asked_deed`) is kept,
    its id put in `asked`: the caller makes no event of it, but the request's words end where it starts."""
    keep: list[Hit] = []
    muted: set[int] = set()  # a standing position: no event, but what it governs is no event either
    comp = {c.upper() for c in W["comp_types"]}
    foiled = [x.last for x in hits if has(toks[x.first], W["foil"])]
    for h in hits:
        drop = False
        if h.trig.type == "ASSAULT" and any(0 <= h.first - e <= 10 for e in foiled):
            continue  # «إحباط … لعدد من الهجمات التي كانت تستهدف …»: it did not happen
        if h.trig.type == "ASSAULT" and h.trig.pos != "v" and any(
                toks[k].word and has(toks[k], W["plan"]) for k in range(max(a, h.first - 3), h.first)):
            continue  # «يشتبه بتخطيطه لتنفيذ هجمات»: planned, not done
        if h.trig.type == "ASSAULT" and h.trig.pos != "v" and _planned(toks, a, b, h, W):
            continue  # «يخططون لارتكاب اعتداءات … من خلال استهداف مسؤولين»: the means of a planned deed
        if h.trig.pos == "n" and h.first > a and toks[h.first - 1].form in CLAUSE_END \
                and has(toks[h.first], W["participle"]):
            keep.append(h)  # «…، مطالبة بضرورة الالتزام»: a circumstantial participle, its own deed
            continue
        lo, _ = clause_of(toks, a, b, h.first)
        last_v = next((p for p in reversed(keep) if p.trig.pos != "n"), None)
        last = keep[-1] if keep else None
        conj = toks[h.first].form.startswith("و")
        if any(toks[k].word and has(toks[k], W["stance"]) for k in range(max(lo, h.first - 5), h.first)) or (
                conj and h.trig.pos != "n" and last_v is not None and id(last_v) in muted) or (
                conj and last is not None and id(last) in muted and h.first - last.last <= 2
        ):  # «… التي تدين …، وترفض …», «بقتل الأطفال ومصادرة الأراضي»: the conjoined trigger too
            muted.add(id(h))  # «مجددا موقف المنظمة التي تدين …»: a standing position, not an event
            keep.append(h)
            continue
        setting = False
        if h.trig.pos == "n":
            before = [t for t in toks[max(a, h.first - 2):h.first] if t.word][-1:]
            setting = any(has(t, W["setting"]) for t in before)
            scope = _list_start(toks, a, b, lo, h.first)  # «تناول … الإبادة، والتهجير، واستهداف …»: every item
            scope = past_aside(toks, a, b, scope, W)  # «بحث X، خلال اتصال هاتفي، الحرب … والمعركة ضد داعش»
            if not setting and any(topic_word(toks, k, W) for k in range(scope, h.first)) \
                    and not arrest_past_topic(toks, scope, h.first, h.trig.type, h.trig.mode, W):
                continue  # (not «المتهم بسرقة المحل تم القبض عليه»: a verb tells the arrest, `events_told_arrests`)
        for p in keep:
            if p.trig.type.upper() not in comp or setting or (
                    p.trig.type == "DISAPPROVE" and accused_deed(toks, h)):  # «عقب لقائه»: the occasion
                continue
            if asked_deed(toks, p, h, hits, W):  # «طلب العراق من الولايات المتحدة شن غارات»: asked, not done
                if asked is not None:
                    asked.add(id(h))
                else:
                    drop = True
                break
            if charged_deed(toks, a, b, p, h, W):  # «اتهمت الحكومة الحوثيين بقصف …»: the deed charged
                if charged is not None:
                    charged.add(id(h))
                continue
            lo, hi = clause_of(toks, a, b, p.first)
            if h.trig.pos == "n" and p.first < h.first and h.first - p.last <= TOPIC_REACH and not any(
                    x.trig.pos != "n" and p.first < x.first < h.first for x in hits):
                hi = max(hi, h.first + 1)  # «دعت حزب العمال، التركي المحظور، إلى «إبعاد ساحة المعركة»»
            if lo <= h.first < hi and (h.trig.pos != "v" or (p.trig.type == "REJECT" and h.first - p.last <= 3)):
                drop = True
                if p.trig.type == "DISAPPROVE" and h.trig.type in ("ASSAULT", "FIGHT", "COERCE") \
                        and agent_clause(toks, h, b, W):
                    drop = False
                    if kept is not None:
                        kept.add(id(h))
                break
        if not drop:
            keep.append(h)
    return [h for h in keep if id(h) not in muted]


_FROM = norm("من")
_THAT_ASKED = forms("أن", "بأن")  # «طلب من X أن يشن»: what is asked, in the subjunctive
# words that open another clause without a mark («طلب … من المواطنين الابتعاد ثم قصف الطيران الموقع»)
_CLAUSE_LINKS = forms("ثم", "حيث", "بعد", "بعدما", "قبل", "عندما", "حين", "حينما", "لكن", "ولكن", "بينما", "فيما",
                      "كما", "إذ", "حتى", "لما", "وقد", "قد")
ASKED_REACH = 6  # tokens between «من» and the deed a request asks («من مجلس الأمن الدولي أن يعقد»)


def asked_deed(toks: list[Tok], p: Hit, h: Hit, hits: list[Hit], W: Words) -> bool:
    """True when the verb-row trigger `h` tells what the demand `p` asks of its addressee, in the same clause with
    no other trigger, clause link or saying verb between: after «أن» within `ASKED_REACH` tokens of any demand
    («وحث الملك المجتمع الدولي على أن يدعم الشعب السوري», «طلب العراق من الولايات المتحدة أن تشن غارات»), or
    after a request's «من Y» in the bare form a verbal noun shares with the verb («وطلبت روسيا من مجلس الأمن عقد
    اجتماع», «شن غارات»; not «ثم قصفت»): a deed asked for, not done. (A noun trigger there is a topic already:
    `drop_topics`.)"""
    if p.trig.type != "DEMAND" or h.trig.pos == "n" or h.first <= p.last or h.first - p.last > 2 * ASKED_REACH:
        return False
    if any(toks[k].form in CLAUSE_END or toks[k].form in SENT_END or toks[k].form in _CLAUSE_LINKS
           or has(toks[k], W["say"]) for k in range(p.last, h.first)) \
            or any(p.first < x.first < h.first for x in hits if x is not h):
        return False
    if toks[h.first - 1].form in _THAT_ASKED:
        return h.first - p.last <= ASKED_REACH or any(toks[k].form == _FROM for k in range(p.last, h.first))
    if not has(toks[p.first], W["ask"]):
        return False
    m = next((k for k in range(p.last, h.first) if toks[k].form == _FROM), None)
    return m is not None and m - p.last <= ASKED_REACH and h.first - m <= ASKED_REACH \
        and toks[h.first].form == trigger_reading(toks[h.first], h.trig)


def _list_start(toks: list[Tok], a: int, b: int, lo: int, first: int) -> int:
    """The start of the clause a list item belongs to, the item's clause starting at `lo` (its noun at
    `first`): back over earlier items while each clause opens with the item itself, a «وال» noun or
    «بما في ذلك» («تناول … الإبادة، والتهجير، واستهداف المدنيين»; not «ورغم …»)."""
    while lo > a and lo < len(toks) and toks[lo].word and (
            lo == first or toks[lo].form.startswith("وال") or toks[lo].form in ("بما", "ومنها", "منها")):
        s = clause_of(toks, a, b, lo - 1)[0]
        if s == lo - 1:
            break
        lo = s
    return lo


_ASIDE_COMMAS = frozenset(("،", ","))


def past_aside(toks: list[Tok], a: int, b: int, lo: int, W: Words) -> int:
    """The start of the clause before an aside of setting set off by commas right before `lo` («بحث أوباما
    ونظيره التركي، خلال اتصال هاتفي الأربعاء، الحرب في سوريا»: the aside opens with a word of `setting`),
    so that a topic word before the aside governs the noun after it; `lo` when no such aside stands there."""
    if lo - 2 <= a or toks[lo - 1].form not in _ASIDE_COMMAS:
        return lo
    s = clause_of(toks, a, b, lo - 2)[0]
    if s - 2 <= a or toks[s - 1].form not in _ASIDE_COMMAS:
        return lo
    first = next((t for t in toks[s:lo - 1] if t.word), None)
    if first is None or not has(first, W["setting"]):
        return lo
    before = clause_of(toks, a, b, s - 2)[0]
    opener = next((t for t in toks[before:s - 1] if t.word), None)
    # (not «بعد الاطلاع على …، وبعد النظر في …، قرر المجلس الموافقة»: asides one after another, no main clause)
    return lo if opener is None or has(opener, W["setting"]) else before


def _planned(toks: list[Tok], a: int, b: int, h: Hit, W: Words) -> bool:
    """A nominal attack in the clause of a verb of planning, up to ten words after it («كانوا يخططون
    لارتكاب اعتداءات في المغرب … من خلال استهداف …»): part of the plan, not a deed done."""
    lo, _ = clause_of(toks, a, b, h.first)
    ws = [t for t in toks[lo:h.first] if t.word][-10:]
    return any(r in W["plan"] and r[:1] in "يتخ" for t in ws for r in t.reads)  # not «لشن»: a purpose


def accused_deed(toks: list[Tok], h: Hit) -> bool:
    """A verbal noun after بـ with a pronoun («باستهدافها»): what an accusation charges."""
    tok = toks[h.first]
    if h.trig.pos != "n" or not tok.form.startswith(("ب", "وب")):
        return False
    reading = trigger_reading(tok, h.trig)
    return tok.form.endswith(("ها", "هم", "ه", "نا")) and len(reading) < len(tok.form) - 1


def definite_noun(tok: Tok, h: Hit) -> bool:
    """A nominal trigger with the article: alone (no actor) it names an event told before."""
    return h.trig.pos == "n" and tok.form.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "كال"))


def refers_back(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A nominal trigger after a demonstrative («هذا التفجير») or in the genitive of a deed's toll or
    victims («عدد قتلى هجمات بوكو حرام», «حصيلة الهجوم», «لضحايا الهجوم») names an event already told."""
    if h.trig.pos == "v":
        return False
    prev = [toks[k] for k in range(max(a, h.first - 2), h.first) if toks[k].word][-1:]
    return any(has(t, W["demonstrative"]) for t in prev) or (h.first > a and _toll_of(toks[h.first - 1], W))


def _toll_of(t: Tok, W: Words) -> bool:
    """True when t is a deed's toll or victims in construct with the noun after it: a `toll_head` word with
    no article («حصيلة الهجوم», «لضحايا التفجير»; not «أسر الضحايا مطالبتها», whose «الضحايا» ends a phrase)."""
    return t.word and any(r in W["toll_head"] and "ال" not in prefix(t, r) for r in t.reads)


_SERIES = frozenset(norm(w) for w in ("في", "من", "سلسلة", "سلسة"))  # «الأخير في سلسلة هجمات»


def ranked(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A nominal trigger ranked against others by a copula or demonstrative («وهو أحدث هجوم»,
    «ويعد هذا أول هجوم», «والحادث هو الأخير في سلسلة هجمات»): it restates a deed already told (or
    names past ones to compare it with), unless none was told before."""
    if h.trig.pos == "v":
        return False
    ws = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    j = len(ws) - 1
    while j >= 0 and ws[j].form in _SERIES:
        j -= 1
    if j < 0 or not has(ws[j], W["superlative"]):
        return False
    return any(has(t, W["demonstrative"]) or has(t, W["copula"]) for t in ws[max(0, j - 2):j])


def only_mentioned(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A trigger that only names a kind of deed or a source of what is known, telling none: an item of
    the «من» list that explains «ما» («ما ارتكبته الميليشيات من تدمير وقتل», «ما تعرضوا له من قتل
    ونهب»; not «ما حدث أمس من تفجير», which tells the deed), or a nominal trigger right after a word
    that cites it («بحسب التحقيقات», «نتائج التحقيقات»)."""
    ws = [k for k in range(max(a, h.first - 8), h.first) if toks[k].word]
    if not ws:
        return False
    j = len(ws) - 1  # back over the items before it («من تدمير وتخريب وقتل»)
    while j >= 0 and toks[ws[j]].form.startswith("و") and not toks[ws[j]].form.startswith("وال"):
        j -= 1
    if 1 <= j < len(ws) - 1 and toks[ws[j]].form != "من":
        j -= 1  # the first item
    if j >= 0 and toks[ws[j]].form == "من" and not toks[h.first].form.lstrip("و").startswith("ال"):
        before = ws[max(0, j - 6):j]
        at = next((i for i, k in enumerate(before) if toks[k].form in W["what"]), None)
        if at is not None and not any(has(toks[k], W["happen"]) for k in before[at:]):
            return True
    return (h.trig.pos != "v" and has(toks[ws[-1]], W["per_source"])) or untold(toks, a, h) \
        or kind_of_deed(toks, a, h, W) or sought(toks, a, h, W) or named_only(toks, a, h, W) \
        or counted(toks, a, h, W) or outreach_aim(toks, a, h, W)


def named_only(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A deed right after a word that names it without telling it (`named_head`): every such deed, none
    but it, one called off or held as one («بعد كل عملية إرهابية», «ليس له طلب غير القتل», «تأجيل
    المفاوضات», «فتعتبر سرقة», «على ذمة التحقيقات»)."""
    return h.first > a and toks[h.first - 1].word and has(toks[h.first - 1], W["named_head"])


STAT_REACH = 5  # words before a trigger searched for a word of a statistic


def counted(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A deed counted in a statistic named up to five words before it, in its clause («هناك إحصائية لمن
    تم القبض عليهم»): a tally of deeds, none told."""
    return word_before(toks, a, h.first, W["statistic"], STAT_REACH)


OUTREACH_REACH = 8  # words before «استهدف» searched for the course or drive it belongs to
_TARGETED = norm("ستهدف")  # the stem of «استهدف», «تستهدف», «يستهدفون»


def outreach_aim(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """«استهدف» after a course, drive or programme in its clause («حملة للتبرع بالدم استهدفت منسوبي
    الجوازات», «دورة تدريبية … تستهدف 6672 من منسوبي الوزارة»): whom it is meant for, no attack."""
    return h.trig.pos == "v" and _TARGETED in trigger_reading(toks[h.first], h.trig) \
        and word_before(toks, a, h.first, W["outreach"], OUTREACH_REACH)


def kind_of_deed(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A deed noun right after a noun naming a kind, a policy or a wish («سياسات قتل أطفال الشوارع»,
    «آلة قتله», «رغبة بالقتال»): it names a kind of deed, it tells none. (Right after such a noun a
    bare form is a noun in construct, even one the table reads as a verb: «سياسات قتل».)"""
    if h.first <= a:
        return False
    prev = toks[h.first - 1]  # indefinite, in construct: not «وزير الثقافة» (a title) before «دعم»
    return prev.word and any(r in W["kind_head"] and "ال" not in prefix(prev, r) for r in prev.reads)


def sought(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A deed noun right after a verbal noun of helping it along, that noun with ل or after an aim word
    («لدعم المحادثات بين …», «لاستئناف محادثات السلام», «بهدف إحياء المفاوضات»): sought, not done."""
    if h.trig.pos == "v" or h.first <= a:
        return False
    prev = toks[h.first - 1]
    if not prev.word or not has(prev, W["aim_noun"]):
        return False
    if prev.form.startswith(("ل", "ول", "فل")):
        return True
    return h.first - 2 >= a and toks[h.first - 2].form in _AIM


def untold(toks: list[Tok], a: int, h: Hit) -> bool:
    """A deed the sentence does not tell as done: asked about («هل هاجمت تركيا مواقع داعش؟») or the aim
    of another deed («يدربون مجموعة بهدف قتال داعش»); not a definite deed noun, which names a deed told
    before. (A condition, «إذا وافق», «في حال هاجمت», is kept and hedged: `events_modality`.)"""
    if definite_noun(toks[h.first], h):
        return False  # «هل كرس اللقاء …؟», «إذا ما جاء التفجير …»: a deed told before, spoken of again
    return asked(toks, a, h) or aimed(toks, a, h)


_ASK = frozenset(norm(w) for w in ("هل", "وهل", "فهل"))
_OR_ASK = frozenset(norm(w) for w in ("أم", "ام"))  # a sentence opening «أم» is a question's other half
ASK_REACH = 60  # tokens after a trigger searched for the question mark that ends its sentence


def asked(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger's sentence is a yes-no question («هل حصلت تركيا على تنازل أميركي …؟») or the
    other half of one («أم من يوصف بالعقلاني … بقيامه بقتل أهله …؟»): «هل» before the trigger, or «أم» opening
    the sentence, and a question mark ending it."""
    first = next((k for k in range(a, h.first) if toks[k].word), None)
    opens_or = first is not None and toks[first].form in _OR_ASK
    if not opens_or and not any(toks[k].form in _ASK for k in range(a, h.first)):
        return False
    for k in range(h.last, min(len(toks), h.last + ASK_REACH)):
        if toks[k].form in SENT_END:
            return toks[k].form in ("?", "؟")
    return False


_AIM = frozenset(norm(w) for w in (
    "بهدف", "وبهدف", "بغية", "وبغية", "لغرض", "بقصد", "سعيا", "الرامية", "الهادفة", "لحين", "ريثما"))
TO = frozenset(norm(w) for w in ("إلى", "الى", "ل"))  # «إلى» and a lone «لـ»


def aimed(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a verbal noun is what another deed aims at («بهدف قتال داعش», «بغية تحرير»,
    «الجهود الرامية إلى استئناف المحادثات»): it is not done yet."""
    if h.trig.pos == "v":
        return False
    ws = [k for k in range(max(a, h.first - 3), h.first) if toks[k].word]
    if ws and toks[ws[-1]].form in TO:
        ws = ws[:-1]
    return bool(ws) and toks[ws[-1]].form in _AIM


def in_name(toks: list[Tok], h: Hit, W: Words) -> bool:
    """A definite nominal trigger right after the head of a body's name («جماعة الاعتصام», «حركة
    المقاومة») or of an office («مكتب التحقيقات», «لهيئة التحقيق والادعاء العام», «قسم
    التحقيقات»): a word of the name, not an event."""
    if h.trig.pos == "v" or h.first == 0 or not toks[h.first].form.startswith("ال"):
        return False
    prev = toks[h.first - 1]
    return prev.word and (has(prev, W["name_head"]) or _office(prev))


_OFFICE = frozenset(norm(w) for w in (
    "مكتب", "قسم", "إدارة", "هيئة", "دائرة", "شعبة", "مديرية", "جهاز", "وكالة", "أقسام", "إدارات", "مكاتب"))


def _office(tok: Tok) -> bool:
    """The head of an office's name, a conjunction or preposition glued on («لهيئة», «ومكتب»)."""
    form = tok.form
    return any(form.startswith(pre) and form[len(pre):] in _OFFICE for pre in ("", "و", "ل", "ب", "ف", "ول", "وب"))


def describes_indefinite(toks: list[Tok], a: int, h: Hit, hits: list[Hit], covered: set[int]) -> bool:
    """A present verb right after an indefinite plural or feminine noun that names no actor
    («دعا مجموعات تدعم الاتفاق», «تقوم بأنشطة تهدد النظام العام»): a relative clause with no
    relative pronoun, which describes the thing and tells no event; so does a participle right after
    an indefinite plural in ـات («أطلقوا هتافات منددة بالغارات»). «بلاده» right after «أن/إن» is the
    subject of the words said («وقال الوزير إن بلاده ترفض …»), no thing described."""
    adjective = h.trig.pos == "x" and len(h.trig.words) == 1  # «هتافات منددة بالغارات»: a participle agreeing
    if (h.trig.pos != "v" and not adjective) or h.first - 1 <= a:
        return False
    verb, k = toks[h.first], h.first - 1
    if (not adjective and verb.form[:1] not in PRESENT[:2]) or not toks[k].word or k in covered:
        return False
    if adjective and not toks[k].form.endswith(norm("ات")):
        return False
    noun = toks[k]
    definite = any(r.startswith("ال") for r in (noun.form, *noun.reads))  # «والجماعات», «للمجموعات»
    if definite or noun.form.startswith("لل") or not noun.form.endswith(NOUN_ENDINGS) or len(noun.form) < 4:
        return False
    if noun.form in HIS_COUNTRY and k - 1 > a and toks[k - 1].form in _CLAUSE_THAT:
        return False  # «وقال الوزير إن بلاده ترفض …»: the speaker's country opening his words, no thing described
    return not any(x.first <= k < max(x.last, x.first + 1) for x in hits)


def describes_thing(toks: list[Tok], a: int, h: Hit, hits: list[Hit], covered: set[int], W: Words) -> bool:
    """A verb in a relative clause on a plain noun («المجموعات العسكرية التي تدعمها الولايات
    المتحدة», «الشركات التي تتعاون معها»): it describes the thing, it tells no event. A relative
    clause on an event noun («الهجوم الذي استهدف»), on a named actor («وحدات حماية الشعب، التي
    تقاتل») or on «الأمر», which stands for what was said before it («الأمر الذي رفضته المقاومة»), is kept."""
    if h.trig.pos != "v":
        return False
    k = h.first - 1
    while k > a and not toks[k].word:
        k -= 1
    if k > a + 1 and toks[h.first].form.startswith("و") and toks[k].form not in W["relative"]:
        j = k - 1  # «التي تمنع وترفض …»: a verb conjoined to the relative clause's verb is in it
        while j > a and not toks[j].word:
            j -= 1
        if toks[j].form in W["relative"] and not toks[k].form.startswith("ال") and k not in covered:
            k = j
    if k <= a or toks[k].form not in W["relative"]:
        return False
    if _clause_head(toks, a, k):
        return False
    heads = [j for j in range(max(a, k - 6), k) if toks[j].word and toks[j].form[:1].isalpha()][-3:]
    if not heads:
        return False
    if any(j in covered for j in heads):
        return False
    return not any(x.first <= j < max(x.last, x.first + 1) for x in hits for j in heads)


# «الأمر» before a relative pronoun stands for the whole clause before it, no thing: «…، الأمر الذي ندد
# به معارضوه», «وهو الأمر الذي انتقده الوزير» (which the minister criticised)
_CLAUSE_HEADS = frozenset(norm(w) for w in ("الأمر", "والأمر", "فالأمر"))


def _clause_head(toks: list[Tok], a: int, rel: int) -> bool:
    """True when the word right before the relative pronoun at `rel` is «الأمر»: the relative clause
    tells what was done about what the sentence said before, it describes no thing."""
    k = rel - 1
    while k >= a and not toks[k].word:
        k -= 1
    return k >= a and toks[k].form in _CLAUSE_HEADS

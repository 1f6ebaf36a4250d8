"""Entity mentions as token ranges, with the actors the entity layer does not give.

News outlets are dropped (they report, never act); group actors of `event_actors.tsv` («قوات
التحالف», «المقاومة الشعبية», «الحوثيين») are added, some only in a story about their context,
and a force with a nisba stands for its country («قوات الأمن التونسية» → تونس); anaphors
(«الحركة», «معاليه») stand for the entity of their kind named most so far, and a bare definite title
(«وقال الوزير») for the one person named with that title before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Mention
from marsad.extract.events_assault import past_force_adjectives
from marsad.extract.events_body_names import seat_country
from marsad.extract.events_carry import construct_titles
from marsad.extract.events_demand import definite_head_then_name
from marsad.extract.events_garbage import LINEAGE, ali_repair
from marsad.extract.events_honored import honored_antecedent, subject_slot
from marsad.extract.events_lexicon import FORCE, GroupActor, Lexicon, Words, bare_words, norm
from marsad.extract.events_names import conjunct_cut, name_tail_cut, nisba_run_on, other_body, quoted_outlet, verb_cut
from marsad.extract.events_other_party import numbered_powers
from marsad.extract.events_plural_adjectives import agreeing_adjectives
from marsad.extract.events_role_antecedents import (
    DELEGATION,
    ROLE_ANAPHORS,
    delegation_antecedent,
    most_named,
    named_rebels,
    named_so_far,
    nearest_antecedent,
    stands_alone,
)
from marsad.extract.events_short_forms import anaphor_key, class_antecedent, class_only, has_class, other_sense
from marsad.extract.events_tokens import CLAUSE_END, QUOTE_CLOSE, QUOTE_OPEN, Tok, has, previous_word
from marsad.extract.events_wrongparty import entity_token_set, unnamed_body_named_more
from marsad.model import Entity

_TOLD_TO = ("لـ«", "ل«", 'لـ"', 'ل"', "لـ“", "ل“")


def _told_to(text: str, start: int) -> bool:
    """True when a name opens right after «لـ» and an opening quote («لـ«الشرق الأوسط»», but also
    «موالية لـ"هادي"»): with a newspaper's name, the paper something was told to."""
    before = text[max(0, start - 3):start].replace(" ", "")
    return before.endswith(_TOLD_TO)


def entity_tokens(toks: list[Tok], starts: list[int], entities: list[Entity], text: str,
                  L: Lexicon, home: frozenset[str] = frozenset()) -> list[Mention]:
    """Entities (and anaphors resolved to the entity of their kind named most) as token ranges;
    `home`: context words the publisher adds to the story («السعودية» for a Saudi outlet)."""
    out: list[Mention] = []
    covered: set[int] = set()
    outlets = frozenset(L.phrases.get("outlet", ()))
    lens = sorted({len(o) for o in outlets})
    for e in sorted(entities, key=lambda x: x.start):
        if e.label == "MISC" and _body_before(toks, starts, e):
            e = Entity(e.text, "ORG", e.canonical, e.start, e.end, e.role)  # تحالف «فجر ليبيا»
        if e.label == "MISC" or e.text.rstrip().endswith(("اً", "ًا", "ً")):
            continue  # «لوجيستياً»: an accusative adverb or adjective (tanwin), never a name
        name = tuple(norm(e.canonical).split())
        if any(name[:n] in outlets for n in lens) or (name and name[-1] in L.words["outlet_end"]):
            continue  # «رويترز», «الوئام», «سني نيوز», «واشنطن بوست»: they report, never act
        if _told_to(text, e.start) and norm(e.canonical) in L.words["saudi_outlet"]:
            continue  # «قالت مصادر لـ«الشرق الأوسط» إن …»: the paper told, not the region
        s = bisect.bisect_right(starts, e.start) - 1
        if s < 0 or toks[s].end <= e.start:
            s += 1
        t = bisect.bisect_left(starts, e.end)
        if s >= t:
            continue
        out.append((s, t, e))
        covered.update(range(s, t))
    out = _quoted_bodies(toks, text, _surnames(toks, _halves(toks, _family_places(toks, _tidy(toks, text, out, L)), L)))
    covered = {k for s, t, _ in out for k in range(s, t)}
    extra = _group_actors(toks, text, out, L, home)
    if extra:
        gone = {id(x[2]) for x in extra if x[1] < 0}
        extra = [x for x in extra if x[1] >= 0]
        out = sorted([x for x in out if id(x[2]) not in gone] + extra, key=lambda x: x[0])
        covered.update(k for s, t, _ in extra for k in range(s, t))
    out = sorted(out + numbered_powers(toks, text, out), key=lambda x: x[0])  # «مجموعة 5+1» (`events_other_party`)
    out = named_rebels(_story_forces(_state_bodies(toks, text, out, L), L))  # `events_role_antecedents`
    covered = {k for s, t, _ in out for k in range(s, t)}
    if L.anaphora:
        ordered = sorted(entities, key=lambda x: x.start)  # group actors never stand for «التنظيم»
        named_at = entity_token_set(toks, ordered)
        named = ordered + [m[2] for m in out]  # names and group actors, no anaphor
        base = list(out)  # the mentions before any anaphor: whom an honorific pronoun may stand for
        keys = L.anaphora.keys()
        for i, tok in enumerate(toks):
            if not tok.word or i in covered or (keys.isdisjoint(tok.reads) and "لل" not in tok.form[:3]):
                continue  # (a quick test: no reading is an anaphor, nor is the word one after «لل»)
            key = anaphor_key(tok, L.anaphora)  # «للتنظيم», «وبالحركة» (`events_short_forms`)
            if key is None:
                continue
            if not stands_alone(toks, i, key) or other_sense(toks, i, key):  # «حرية الحركة» (`events_short_forms`)
                continue  # «رئيس الشركة», «الشركة السعودية للكهرباء» (`events_role_antecedents`)
            label = L.anaphora[key]
            head = L.anaphora_heads.get(key)  # «المجلس»: a council named before
            if key == DELEGATION:  # «الوفد»: the party of the delegation named before (`events_role_antecedents`)
                party = delegation_antecedent(toks, i, out)
                if party is not None:
                    out.append((i, i + 1, Entity(tok.form, party.label, party.canonical, tok.start, tok.end)))
                continue
            if key in ROLE_ANAPHORS:  # «الشركة»: the nearest company named (`events_role_antecedents`)
                near = nearest_antecedent(toks, i, out, head or "")
                counts = {near: 1} if near else {}
            elif (honored := honored_antecedent(toks, base, i, key, subject_slot(toks, i))) is not None:
                counts = {honored: 1}  # «سموه»: someone called «سمو» before (`events_honored`)
            else:  # the entity of that kind named most so far, latest on ties
                near = class_antecedent(key, named, tok.start, toks) if has_class(key) else None
                if near is None and class_only(key):
                    continue  # «التنظيم» with no تنظيم named before: no ministry named before
                counts = {near: 1} if near else named_so_far(ordered, tok.start, _of_kind(label, head))
            best = most_named(counts)
            if best is not None:
                if head is not None and unnamed_body_named_more(toks, i, head, named_at, counts):
                    continue  # «وزارة الحج» written ten times, «وزارة الصحة» named once: not that one
                out.append((i, i + 1, Entity(tok.form, label, best, tok.start, tok.end)))
    out = construct_titles(toks, _bare_titles(toks, out, L), L.words)
    out.sort(key=lambda x: x[0])
    return out


def _of_kind(label: str, head: str | None) -> Callable[[Entity], bool]:
    """Whether an entity is of an anaphor's kind: its label, and its head word where the anaphor has
    one («المجلس»: a council)."""
    return lambda e: e.label == label and (head is None or head in bare_words(e.canonical))


def _bare_titles(toks: list[Tok], ents: list[Mention], L: Lexicon) -> list[Mention]:
    """Bare definite titles of `_TITLES` («وقال الوزير», «ودعا المفتي») as mentions of the person they
    stand for (`_title_holder`); a title no one was named with is left to the phrase readers."""
    covered = {k for s, t, _ in ents for k in range(s, t)}
    out = list(ents)
    for i, tok in enumerate(toks):
        if not tok.word or i in covered:
            continue
        title = next((_TITLES[r] for r in tok.reads if r in _TITLES), None)
        if title is None or not tok.form.lstrip("وف").startswith(("ال", "لل")):
            continue
        held = _title_holder(toks, ents, i, title, L)
        if held is not None:
            out.append((i, i + 1, Entity(tok.form, "PER", held, tok.start, tok.end)))
    return out


# a bare definite title and the title word that stands right before the name of the person it is
# («وزير الخارجية عادل الجبير» … «وقال الوزير»); «الرئيس» only as it stands («رئيس الوزراء» is another)
_TITLES = {norm(k): norm(v) for k, v in (
    ("الوزير", "وزير"), ("الوزيرة", "وزيرة"), ("الرئيس", "الرئيس"), ("المفتي", "مفتي"),
    ("السفير", "سفير"), ("المحافظ", "محافظ"), ("المتحدث", "متحدث"), ("المبعوث", "مبعوث"))}


def _title_holder(toks: list[Tok], ents: list[Mention], i: int, title: str, L: Lexicon) -> str | None:
    """The person a bare definite title at token i stands for («وقال الوزير», «ودعا المفتي»): the one
    person named before it with that title right before the name, in the same sentence («وزير الخارجية
    عادل الجبير», «المفتي العام للمملكة الشيخ عبدالعزيز آل الشيخ»); None when two were so named
    («الرئيس الأمريكي باراك أوباما» … «الرئيس الكيني أوهورو كينياتا» … «زيارة الرئيس»). None as well when
    a name or a nisba follows the title (it is that one's title: «الرئيس الأمريكي باراك أوباما»), a
    definite word describes it («الرئيس المخلوع»: another one), a title or a head word comes right before
    it (another office: «نائب الرئيس», «مستشار الوزير») or no one was so named."""
    nxt = i + 1
    while nxt < len(toks) and not toks[nxt].word and toks[nxt].form not in CLAUSE_END:
        nxt += 1
    if nxt < len(toks) and toks[nxt].word and (any(s <= nxt < t for s, t, _ in ents) or (
            toks[nxt].form.startswith("ال") and toks[nxt].form not in L.words["prep_any"])):
        return None
    prev = i - 1
    if prev >= 0 and toks[prev].word and (has(toks[prev], L.words["title"]) or has(toks[prev], L.words["head"])):
        return None
    people = [x for x in ents if x[1] <= i and x[2].label == "PER"]
    named = {k for s, t, _ in people for k in range(s, t)}
    held = {e.canonical for s, _, e in people if _titled(toks, s, title, named, L)}
    return held.pop() if len(held) == 1 else None


def _titled(toks: list[Tok], s: int, title: str, named: set[int], L: Lexicon) -> bool:
    """True when `title` opens the title chain right before the name at token s («وزير الداخلية وقتها
    الدكتور جون ريد», «مفتي عام المملكة رئيس هيئة كبار العلماء … الشيخ عبدالعزيز آل الشيخ»): within
    `_TITLE_REACH` words, crossing no other person, clause end or preposition but «في»; the title with
    the article only within three words of the name («الرئيس المصري عبد الفتاح السيسي»)."""
    k, seen = s - 1, 0
    while k >= 0 and seen < _TITLE_REACH and toks[k].form not in _STOPS and k not in named:
        t = toks[k]
        if t.word:
            seen += 1
            if (t.form in L.words["prep_any"] and t.form != "في") or t.form in L.words["comp"]:
                return False
            if title in t.reads and (seen <= 3 or title.startswith("ال") or not t.form.lstrip("وف").startswith("ال")):
                return True
        k -= 1
    return False


_STOPS = CLAUSE_END | {".", "!", "؟", "?"}  # a title is named in the clause of its name
_TITLE_REACH = 14  # words from a title to the name it comes before («المفتي العام للمملكة الشيخ X»)


_BODIES = frozenset(("تحالف", "جيش", "حركه", "جماعه", "تنظيم", "حزب", "جبهه", "ميليشيا", "ميليشيات",
                     "مليشيا", "مليشيات", "كتايب", "كتيبه", "لواء", "ايتلاف", "منظمه", "فصيل", "تيار", "شركه"))


def _body_before(toks: list[Tok], starts: list[int], e: Entity) -> bool:
    """A name the entity layer left unlabelled (MISC) right after a body word, often quoted,
    names that body: «تحالف «فجر ليبيا»», «حركة "أحرار الشام"», a company «شركة فويلينج الإسبانية» (the
    company is the party, not its nisba's country)."""
    k = bisect.bisect_right(starts, e.start) - 1
    if k >= 0 and toks[k].end > e.start:
        k -= 1
    while k >= 0 and not toks[k].word and toks[k].end > e.start - 4:
        k -= 1
    return k >= 0 and toks[k].word and toks[k].end >= e.start - 4 and \
        any(r in _BODIES for r in toks[k].reads)




def _same(a: Mention | None, b: Mention) -> bool:
    """True when `a` is the mention `b`: its entity over the same tokens (compared so, not by the tuple's
    identity, which a compiled build does not keep)."""
    return a is not None and a[2] is b[2] and a[:2] == b[:2]


def _quoted_bodies(toks: list[Tok], text: str, ents: list[Mention]) -> list[Mention]:
    """A quoted name of up to four words that a body word opens («“جيش الإسلام”») or follows
    («تحالف «فجر ليبيا»») names an organisation, whatever the entity layer read inside it."""
    at = {k: x for x in ents for k in range(x[0], x[1])}
    out = list(ents)
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.word or tok.form not in QUOTE_OPEN:
            continue
        j = i + 1
        while j < n and toks[j].word and j - i <= 5:
            j += 1
        if j >= n or j - i - 1 < 1 or j - i - 1 > 4 or toks[j].form not in QUOTE_CLOSE:
            continue
        inside = {id(at[k][2]): at[k] for k in range(i + 1, j) if k in at}
        if any(x[2].label == "PER" or x[0] < i + 1 or x[1] > j or (x[0], x[1]) == (i + 1, j)
               for x in inside.values()):
            continue  # a person, a mention across the quote, or the whole name already found
        lead = any(r in _BODIES for r in toks[i + 1].reads) and j - i - 1 >= 2
        k = i - 1
        before = k >= 0 and toks[k].word and toks[k].end >= tok.start - 1 and any(r in _BODIES for r in toks[k].reads)
        if not (lead or before):
            continue
        for x in inside.values():
            out.remove(x)
        name = text[toks[i + 1].start:toks[j - 1].end]
        out.append((i + 1, j, Entity(name, "ORG", name, toks[i + 1].start, toks[j - 1].end)))
    out.sort(key=lambda x: x[0])
    return out


_HALVES = {"الجنوبي": "الجنوبية", "الجنوبيه": "الجنوبية", "الشمالي": "الشمالية", "الشماليه": "الشمالية"}


# heads of a body's or a ruler's name: a «ل», «ب» or «و» glued before one is a preposition or a conjunction
_GLUE_HEADS = frozenset(fold(w) for w in (
    "منظمة", "حزب", "جبهة", "حركة", "جماعة", "تنظيم", "تحالف", "مجلس", "هيئة", "جمعية", "اتحاد", "لجنة",
    "جامعة", "شركة", "مؤسسة", "مركز", "وزارة", "سلطان", "شيخ", "أمير", "ملك", "رئيس"))
# words that never end a person's name: a pronoun, a lineage link whose name was cut off, a second
# person's honorific joined by «و» («سلمان بن عبدالعزيز وسمو ولي العهد»)
_NO_NAME_END = frozenset(fold(w) for w in (
    "هي", "هو", "هم", "هما", "بن", "ابن", "بنت", "وسمو", "ولسمو", "ومعالي",
    "ولمعالي", "وفضيلة", "والأمير", "والشيخ", "وصاحب"))


def _unglued(canonical: str, form: str) -> str:
    """A name whose first word keeps a glued «ل», «ب» or «و» before the head of a body's name or a
    first name («لمنظمة التحرير» → منظمة التحرير, «للشيخ …» → الشيخ …); else the name as it is."""
    words = canonical.split()
    f0 = fold(words[0]) if len(words) > 1 else ""
    rest = f0[1:]
    if f0[:1] not in ("ل", "ب", "و") or f0 in gz.load().first_names or len(rest) < 3 \
            or not (rest in _GLUE_HEADS or rest in gz.load().first_names):
        return canonical
    head = ("ال" + words[0][1:]) if form.startswith("لل") and not words[0].startswith("لل") else words[0][1:]
    return " ".join([head, *words[1:]])


_KUNYA_CUT = frozenset(("أبا", "أبو", "ابو", "آل"))  # as written: «آبي» (Abe) is a name


def _name_end(canonical: str) -> str:
    """A person's name without the words that never end one («محمد هي» → محمد)."""
    words = canonical.split()
    while len(words) > 1 and (fold(words[-1]) in _NO_NAME_END or words[-1] in _KUNYA_CUT):
        words.pop()
    return " ".join(name_tail_cut(words))


def _tidy(toks: list[Tok], text: str, ents: list[Mention], L: Lexicon) -> list[Mention]:
    """Mentions whose names the entity layer left with a glued preposition or a stray last word; a
    person's name cut right after a lineage word («عبدالرحمن بن» before «ملجم») takes the next word."""
    out: list[Mention] = []
    for m in ents:
        s, t, e = ali_repair(toks, text, m, L.words)  # «الشيخ علي عتيق»: the name keeps «علي»
        if e.label == "LOC" and quoted_outlet(toks, s, t, L.words):
            continue  # «التقت "الرياض"»: the newspaper, no party
        if (nisba := nisba_run_on(text, toks, s, t, e)) is not None:
            out.append(nisba)  # «مروحيتين أميركيتين هاجمتا»: the nisba, no person
            continue
        name = verb_cut(_unglued(e.canonical, toks[s].form)) if e.label in ("ORG", "PER") else e.canonical
        last = name.split()[-1]
        if e.label == "PER" and last == e.text.split()[-1] and (fold(last) in LINEAGE or last in _KUNYA_CUT) \
                and t < len(toks) and toks[t].word and toks[t].start - e.end <= 1:
            nxt = toks[t]
            out.append((s, t + 1, Entity(text[e.start:nxt.end], "PER", f"{name} {text[nxt.start:nxt.end]}",
                                         e.start, nxt.end, e.role)))
            continue
        if e.label == "PER":
            name = _name_end(conjunct_cut(name))
        out.append((s, t, e if name == e.canonical else replace(e, canonical=name)))
    return out




def _family_places(toks: list[Tok], ents: list[Mention]) -> list[Mention]:
    """A place right after a person named by «X بن Y» is that person's family name («عبدالله بن محمد
    السويد»): the person's mention takes it, and no place is named."""
    out: list[Mention] = []
    for s, t, e in ents:
        prev = out[-1] if out else None
        if prev is not None and e.label == "LOC" and prev[2].label == "PER" and prev[1] == s and t == s + 1 \
                and not e.role and len(ws := fold(prev[2].text).split()) >= 3 and ws[-2] in LINEAGE \
                and (fold(e.text) == fold(e.canonical) or fold(e.text).startswith("ال")):  # not «للقاهرة»
            p = prev[2]
            out[-1] = (prev[0], t, Entity(f"{p.text} {e.text}", "PER", f"{p.canonical} {e.text}", p.start, e.end))
            continue
        out.append((s, t, e))
    return out




def _halves(toks: list[Tok], ents: list[Mention], L: Lexicon) -> list[Mention]:
    """A nisba followed by «الجنوبي/الشمالي» names the divided country's half when that is a
    polity («الجيش الكوري الجنوبي» → كوريا الجنوبية), not the whole."""
    out: list[Mention] = []
    for s, t, e in ents:
        nxt = toks[t] if t < len(toks) and toks[t].word else None
        half = _HALVES.get(nxt.form) if nxt is not None and e.label == "LOC" else None
        if nxt is not None and half and norm(f"{e.canonical} {half}") in L.polities \
                and fold(e.text).endswith(("ي", "يه")):
            out.append((s, t + 1, Entity(f"{e.text} {nxt.form}", "LOC", f"{e.canonical} {half}",
                                         e.start, nxt.end, e.role)))
        else:
            out.append((s, t, e))
    return out


_NAME_LINKS = frozenset(("بن", "ابن", "بنت", "ابو", "أبو", "عبد", "ال", "ابي", "أبي", "ولد"))


def _surnames(toks: list[Tok], ents: list[Mention]) -> list[Mention]:
    """A later word that is the surname of a person named before in full stands for that person
    («برناردينو ليون … وأدان ليون»), also where the entity layer read it as a place or missed it.
    Surnames that are a patronymic's or kunya's second part («محمد بن سلمان» → سلمان) are not used."""
    first_at: dict[str, tuple[int, Entity]] = {}
    for _s, t, e in ents:
        ws = norm(e.canonical).split()
        if e.label != "PER" or len(ws) < 2 or len(ws[-1]) < 3 or ws[-2] in _NAME_LINKS:
            continue
        first_at.setdefault(ws[-1], (t, e))
    if not first_at:
        return ents
    out = []
    for s, t, e in ents:  # «بين كيري ولافروف» read as one name: two persons named before
        forms = [toks[k].form for k in range(s, t) if toks[k].word]
        if e.label == "PER" and len(forms) == 2 and forms[1][:1] == "و" and forms[0] in first_at \
                and forms[1][1:] in first_at and t - s == 2:
            a_, b_ = first_at[forms[0]][1], first_at[forms[1][1:]][1]
            out.append((s, s + 1, Entity(forms[0], "PER", a_.canonical, toks[s].start, toks[s].end)))
            out.append((s + 1, t, Entity(forms[1], "PER", b_.canonical, toks[s + 1].start + 1, toks[s + 1].end)))
        else:
            out.append((s, t, e))
    ents = out
    by_start = {x[0]: x for x in ents}  # the same tuples as `covered`, compared by identity
    covered = {k: x for x in ents for k in range(x[0], x[1])}
    out = list(ents)
    for i, tok in enumerate(toks):
        if not tok.word:
            continue
        form = tok.form[1:] if tok.form[:1] in ("و", "ف") and tok.form[1:] in first_at else tok.form
        hit = first_at.get(form)
        if hit is None or hit[0] > i:
            continue
        cur = covered.get(i)
        if cur is not None and not (cur[2].label == "LOC" and cur[1] - cur[0] == 1 and _same(by_start.get(i), cur)):
            continue  # a place read off the same word gives way; any other mention stays
        if cur is not None:
            out.remove(cur)
        person = hit[1]
        out.append((i, i + 1, Entity(tok.form, "PER", person.canonical, tok.start, tok.end)))
    out.sort(key=lambda x: x[0])
    return out


POSTED_AT = frozenset(norm(w) for w in ("لدى", "ولدى"))  # «السفير الأمريكي لدى المملكة»: where an envoy is posted


def _group_actors(toks: list[Tok], text: str, ents: list[Mention], L: Lexicon,
                  home: frozenset[str] = frozenset()) -> list[Mention]:
    """Group actors of `event_actors.tsv` («قوات التحالف», «المقاومة الشعبية») as ORG mentions.

    A place, nisba or person mention inside one after its first word gives way (returned as `(0, -1,
    entity)` markers to drop, by identity): «قوات صالح» are the forces, not Saleh; an organisation the
    entity layer found, a person read from the row's first word, or a mention running past it wins.
    """
    if not L.actors:
        return []
    at: dict[int, Mention] = {}
    for x in ents:
        for k in range(x[0], x[1]):
            at[k] = x
    words: set[str] | None = None
    joined = ""
    out: list[Mention] = []
    i = 0
    n = len(toks)
    heads = L.actors.keys()
    while i < n:
        tok = toks[i]
        if not tok.word or (heads.isdisjoint(tok.reads) and not tok.form.startswith(("لل", "ولل", "فلل"))):
            i += 1  # (a quick test: no reading opens a row, nor does one after «لل»)
            continue
        keys = [r for r in tok.reads if r in L.actors]
        if tok.form.startswith(("لل", "ولل", "فلل")):  # «للحوثيين»: لـ + الـ
            keys += ["ال" + r for r in tok.reads if "ال" + r in L.actors]
        if not keys:
            i += 1
            continue
        hit: tuple[GroupActor, int, str] | None = None
        for key in keys:
            for act in L.actors[key]:
                if hit is not None and len(act.words) <= len(hit[0].words):
                    continue
                j = i + 1
                ok = True
                for w in act.words[1:]:
                    if j >= n or not toks[j].word or (w != toks[j].form and w not in toks[j].reads):
                        ok = False
                        break
                    j += 1
                if not ok:
                    continue
                if act.context and norm(act.canonical) in home and _kingdom_named(toks, j):
                    continue  # «المملكة المغربية», «المملكة المتحدة»: that kingdom's own name, no anaphor
                if act.context:
                    if words is None:
                        words = {r for t in toks if t.word for r in t.reads} | home
                        joined = " " + " ".join(t.form for t in toks if t.word) + " "
                    if not any((c in words) if " " not in c else (f" {c} " in joined) for c in act.context):
                        continue
                    if any((c in words) if " " not in c else (f" {c} " in joined) for c in act.unless) \
                            and not home_outnumbers(toks, act, home):
                        continue  # «المملكة» in a story that names another kingdom
                hit = (act, j, key)
        if hit is None:
            i += 1
            continue
        act, j, key = hit
        if act.context and not act.force and len(act.words) == 1 and other_body(toks, j, j in at):
            i = j  # «التحالف الوطني»: another body than the story's coalition
            continue
        if _members_of_body(toks, i, L):
            i = j  # «نقابة الصحفيين», «اتحاد الطلاب»: whose body it is, the body acts
            continue
        if act.court and _sent_to(toks, i, key, L):
            i = j  # «إحالة المتهمين إلى النيابة العامة»: where the case goes, no party
            continue
        if act.title and i > 0 and toks[i - 1].form in L.words["envoy"] and j < n and toks[j].form in POSTED_AT:
            i = j  # «سفير خادم الحرمين الشريفين لدى سلطنة عمان الدكتور X»: X, named after the posting, acts
            continue
        if act.bare and i > 0 and _person_title(toks, i):
            i += 1  # «رئيس الحكومة الإيطالية»: the head names whose office, the title holder acts
            continue
        if act.party:  # «المعارضة الإسرائيلية»: a party of its own, only with its country's nisba
            end = None if _headed(toks, i, L) else _party_nisba(toks, j, at)
            if end is not None:
                out += [(0, -1, at[j][2]), _party_mention(toks, text, i, end, key)]
            i = end or j
            continue
        if _seat_as_place(toks, i, act, L.words):
            i = j  # «مؤتمر صحافي في قصر قرطاج»: where it happened, no party
            continue
        if act.bare and not _portfolio_ministry(toks, i, j, L.words):
            i += 1  # «السياسة الخارجية الأمريكية», «الدفاع الجوي الروسي»: no ministry
            continue
        label, canon = "ORG", act.canonical
        j = _past_adjectives_to_nisba(toks, j, at, L) if act.force else agreeing_adjectives(toks, j, at)
        nisba = at.get(j) if act.force and j < n else None
        if nisba is not None and _served_place(text, toks[j], nisba[2], L):
            nisba = None  # «قوات الأمن بشمال سيناء»: where the force serves, not whose force it is
        if nisba is None and act.force and j + 1 < n and toks[j].form == "في" and not has(tok, L.words["weapon_craft"]):
            there = at.get(j + 1)  # «السلطات في زيمبابوي», «قوات الأمن في البحرين»: that country's force
            if there is not None and there[0] == j + 1 and norm(there[2].canonical) in L.polities:
                nisba = there
                j += 1
        if nisba is not None and nisba[0] == j and nisba[2].label == "LOC" \
                and (toks[j - 1].form == "في" or not definite_head_then_name(toks[j - 1], toks[j], nisba[2])):
            # («ودعت الحكومة إيران»: a definite noun and a name after it are two parties)
            j = nisba[1]  # «قوات الأمن السعودية», «للطيران التركي»: the force of the nisba's country
            label, canon = "LOC", nisba[2].canonical
        elif act.bare:
            i += 1
            continue
        inside = {id(at[k][2]): at[k] for k in range(i, j) if k in at}
        if any(x[2].label == "ORG" or (x[2].label == "PER" and x[0] == i) for x in inside.values()) or any(
                x[0] < i or x[1] > j for x in inside.values()):
            # a body the entity layer found wins; a person only where the row starts with the name: a
            # person inside it after its head is whose forces they are («القوات الموالية للرئيس هادي»)
            i = j
            continue
        out += [(0, -1, x[2]) for x in inside.values()]
        first = key[2:] if key not in tok.reads else key
        pos = tok.form.find(first)
        raw = text[tok.start:tok.end]
        pre = tok.form[:pos] if pos > 0 else ""
        start = tok.start + len(pre) if raw.startswith(pre) else tok.start
        role = FORCE if label == "LOC" else None
        if act.title:  # «خادم الحرمين الشريفين»: a role of its country, like «وزير الخارجية السعودي»
            label, role = "LOC", text[start:toks[j - 1].end]
        out.append((i, j, Entity(text[start:toks[j - 1].end], label, canon, start, toks[j - 1].end, role)))
        i = j
    return out


def _headed(toks: list[Tok], i: int, L: Lexicon) -> bool:
    """True when a title or head noun stands right before token i («زعيم المعارضة الإسرائيلية يائير
    لابيد»): its holder, named next, acts."""
    k = previous_word(toks, 0, i, frozenset())
    return k is not None and (_person_title(toks, i) or has(toks[k], L.words["head"]))


def _party_nisba(toks: list[Tok], j: int, at: dict[int, Mention]) -> int | None:
    """The end of the one-word country nisba right after a party row ending at token j («المعارضة
    الإسرائيلية»), or None when none follows: without one the row names no party of its own."""
    m = at.get(j)
    if m is None or m[0] != j or m[1] != j + 1 or m[2].label != "LOC" or not toks[j].form.startswith("ال") \
            or not toks[j].form.endswith(("ية", "يه")):
        return None
    return j + 1


def _party_mention(toks: list[Tok], text: str, i: int, end: int, key: str) -> Mention:
    """A party row from token i with its nisba up to `end` as one ORG mention named by its own words
    («المعارضة التركية»), not by the nisba's country."""
    tok = toks[i]
    first = key[2:] if key not in tok.reads else key
    pos = tok.form.find(first)
    pre = tok.form[:pos] if pos > 0 else ""
    start = tok.start + len(pre) if text[tok.start:tok.end].startswith(pre) else tok.start
    name = text[start:toks[end - 1].end]
    return i, end, Entity(name, "ORG", name, start, toks[end - 1].end)


def _kingdom_named(toks: list[Tok], j: int) -> bool:
    """True when the word right after a row standing for the publisher's own country names which state it
    is: a nisba («المملكة المغربية», «المملكة الأردنية الهاشمية») or «المتحدة» («المملكة المتحدة»)."""
    if j >= len(toks) or not toks[j].word:
        return False
    f = toks[j].form
    if f in (norm("العربية"), "العربية"):  # «المملكة العربية السعودية»: the row's own kingdom
        return False
    return f.startswith("ال") and (f.endswith(("يه", "ية")) or f in (norm("المتحدة"), "المتحدة"))


def home_outnumbers(toks: list[Tok], act: GroupActor, home: frozenset[str]) -> bool:
    """True when a row standing for the publisher's own country («المملكة» → السعودية in a Saudi
    paper) has its context words named in the story, and at least as often as the words that would
    block it: «وأدانت البحرين» once in a story on the attack in Saudi Arabia, or «الصحيفة البريطانية»,
    does not make the Saudi paper's «تضامنها مع المملكة» Bahrain's or Britain's kingdom."""
    if norm(act.canonical) not in home:
        return False
    ws = [t for t in toks if t.word]

    def named(cues: tuple[str, ...]) -> int:
        at: set[int] = set()
        for c in cues:
            parts = c.split()
            for k in range(len(ws) - len(parts) + 1):
                if parts[0] in ws[k].reads and all(ws[k + n].form == w or w in ws[k + n].reads
                                                   for n, w in enumerate(parts[1:], 1)):
                    at.add(k)
        return len(at)

    own = named(act.context)
    return own > 0 and own >= named(act.unless)


def _served_place(text: str, tok: Tok, e: Entity, L: Lexicon) -> bool:
    """True when a place glued to «ب» after a force is where it serves («قوات الأمن بشمال سيناء»,
    «الشرطة بمحافظة الجيزة»), not a country or capital standing for the force («قوات الأمن بالبحرين»)."""
    return text[tok.start:e.start] in ("ب", "وب") and norm(e.canonical) not in L.polities


def _past_adjectives_to_nisba(toks: list[Tok], j: int, at: dict[int, Mention], L: Lexicon) -> int:
    """Where a force's nisba starts when adjectives of the force stand before it («الطيران الحربي
    الروسي»: the nisba after «الحربي»); j when no place mention starts right after them."""
    k = past_force_adjectives(toks, j, L.words)
    nisba = at.get(k) if k > j else None
    return k if nisba is not None and nisba[0] == k and nisba[2].label == "LOC" else j


def _phrase_at(toks: list[Tok], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The end of the longest of `phrases` read at token i (its first word may carry a proclitic), or i."""
    best = i
    for ph in phrases:
        j = i
        for w in ph:
            if j >= len(toks) or not toks[j].word or (w != toks[j].form and (
                    j > i or w not in toks[j].reads)):
                break
            j += 1
        else:
            best = max(best, j)
    return best


def _state_bodies(toks: list[Tok], text: str, ments: list[Mention], L: Lexicon) -> list[Mention]:
    """A state body of `state_body` («المخابرات العامة», «وزارة الداخلية») with a nisba right after it
    stands for the nisba's country («وزارة الداخلية العراقية» → العراق), as a force; a bare one the
    entity layer left unnamed («المخابرات») becomes a bare force, for `_story_forces` to place."""
    phrases = L.phrases.get("state_body", ())
    if not phrases:
        return ments
    firsts = frozenset(ph[0] for ph in phrases)
    at: dict[int, Mention] = {k: x for x in ments for k in range(x[0], x[1])}
    drop: set[int] = set()
    new: list[Mention] = []
    i = 0
    while i < len(toks):
        if not toks[i].word or firsts.isdisjoint(toks[i].reads):
            i += 1
            continue
        j = _phrase_at(toks, i, phrases)
        inside = {id(at[k][2]): at[k] for k in range(i, j) if k in at}
        if j == i or any(x[2].label != "ORG" or x[0] < i or x[1] > j for x in inside.values()):
            i = max(j, i + 1)
            continue
        nis = at.get(j)
        if nis is not None and nis[0] == j and nis[2].label == "LOC" and nis[2].role is None \
                and norm(nis[2].canonical) in L.polities and _nisba_form(nis[2]):
            drop.update(inside)
            drop.add(id(nis[2]))
            new.append((i, nis[1], Entity(text[toks[i].start:toks[nis[1] - 1].end], "LOC",
                                          nis[2].canonical, toks[i].start, toks[nis[1] - 1].end, FORCE)))
        elif not inside:
            new.append((i, j, Entity(text[toks[i].start:toks[j - 1].end], "ORG", _BARE_BODY,
                                     toks[i].start, toks[j - 1].end)))
        i = j
    if not new:
        return ments
    return sorted([x for x in ments if id(x[2]) not in drop] + new, key=lambda x: x[0])


def _nisba_form(e: Entity) -> bool:
    """A place mention spelled as a relational adjective («العراقية», «الأردني»), not as the place."""
    t = fold(e.text)
    if t.startswith("ال") and t.endswith("يه"):
        return True  # «وزارة الداخلية السعودية»: a definite feminine nisba, though the country is named so too
    return t != fold(e.canonical) and t.endswith(("ي", "يه", "يين", "يون", "يات"))


_BARE_BODY = "جهاز الدولة"  # a bare state body's name until `_story_forces` places it


def _story_forces(ments: list[Mention], L: Lexicon) -> list[Mention]:
    """A bare state force («الشرطة», «المخابرات», «القوات الأمنية») stands for the story's country when
    the page makes it plain: the forces it names with a nisba that share a word with it («الشرطة
    الكورية الجنوبية» for «الشرطة») are all of one country, or every force named with a nisba and
    every country named is that one country. Otherwise it stays as it is (an unnamed body is dropped)."""
    forces = [(bare_words(e.text), norm(e.canonical), e.canonical, s) for s, _, e in ments if e.role == FORCE]
    if not forces:
        return [x for x in ments if x[2].canonical != _BARE_BODY]
    named = {L.capitals.get(norm(e.canonical), norm(e.canonical)) for _, _, e in ments
             if e.label == "LOC" and norm(e.canonical) in L.polities}
    alone = {f[1] for f in forces}
    bare = L.forces | {_BARE_BODY}
    out: list[Mention] = []
    for s, t, e in ments:
        if e.role is None and e.label == "ORG" and e.canonical in bare:
            heads = bare_words(e.text)
            kin = {f[1]: f[2] for f in forces if f[0] & heads}
            if len(kin) > 1:
                near = [f for f in forces if f[0] & heads and f[3] < s]
                kin = {near[-1][1]: near[-1][2]} if near else kin
            if len(kin) == 1:
                e = Entity(e.text, "LOC", next(iter(kin.values())), e.start, e.end, FORCE)
            elif not kin and len(alone) == 1 and named <= alone:
                e = Entity(e.text, "LOC", forces[0][2], e.start, e.end, FORCE)
            elif e.canonical == _BARE_BODY:
                continue
        out.append((s, t, e))
    return out


_PERSON_TITLES = frozenset(("رئيس", "رييس", "رئيسه", "وزير", "وزيره", "نائب", "سفير", "مساعد", "مستشار", "مبعوث"))


_SPOKEN_FOR = frozenset(norm(w) for w in ("باسم", "بلسان"))  # «المتحدث باسم …», «الناطق بلسان …»
# words the title list allows between a title and its holder that are no title («وأعلنت أمس الخارجية التركية»)
_ADVERBS = frozenset(norm(w) for w in ("أمس", "اليوم", "مساء", "صباح", "أيضا", "بدوره", "بدورها", "مجددا",
                                       "رسميا", "بوضوح", "كل", "نفسه"))


def _portfolio_ministry(toks: list[Tok], i: int, j: int, W: Words) -> bool:
    """Whether a row at token i ending before j, when it is a ministry's portfolio alone
    (`ministry_portfolio`: «الخارجية», «الدفاع»), names the ministry: a definite feminine nisba right after
    it («وأعلنت الدفاع الروسية»), and no word before it that it qualifies or hangs on: a noun («السياسة
    الخارجية الأمريكية», «قوات الدفاع», «منظومة الدفاع الروسية», «مقر الخارجية الأفغانية»: its building),
    a title («وكيل الخارجية البحرينية», «الناطق بلسان الخارجية التركية»), «في» («مسؤول في الخارجية
    الأمريكية»). True for any other row."""
    if j != i + 1 or not has(toks[i], W["ministry_portfolio"]):
        return True
    nisba = toks[j].form if j < len(toks) and toks[j].word else ""
    if not (nisba.startswith("ال") and nisba.endswith(("يه", "ية"))):
        return False
    if i == 0 or not toks[i - 1].word:
        return True  # «…، الخارجية التركية»: nothing before it in its clause
    p = toks[i - 1]
    return not (p.form.startswith("ال") or p.form.endswith(("ة", "ه"))  # «منظومة الدفاع», «وزراة» (a typo)
                or has(p, W["org_head"]) or has(p, W["head"]) or has(p, W["force_noun"])
                or has(p, W["site_nouns"]) or has(p, W["meeting_room"])  # «قرب مقر الخارجية الأفغانية»: a building
                or p.form in _SPOKEN_FOR  # «الناطق بلسان الخارجية التركية»: the spokesman's title
                or has(p, W["prep_loc"])  # «مسؤول في الخارجية الأمريكية»: whose ministry he serves in
                or (has(p, W["title"]) and p.form not in _ADVERBS))  # «وكيل الخارجية البحرينية السفير …»


def _seat_as_place(toks: list[Tok], i: int, act: GroupActor, W: Words) -> bool:
    """Whether a seat of power's row (`events_body_names.seat_country`) at token i is only the place named
    after a preposition of place («في قصر قرطاج», «بقصر بعبدا», «داخل البيت الأبيض»)."""
    if seat_country(act.canonical) is None:
        return False
    f = toks[i].form
    if f.startswith(("بال", "وبال", "فبال")) or (i > 0 and toks[i - 1].word and has(toks[i - 1], W["prep_loc"])):
        return True
    return f.startswith("ب") and f[1:] in toks[i].reads and not f.startswith("ال")


def _person_title(toks: list[Tok], i: int) -> bool:
    """True when a person's title stands right before token i («رئيس», «وزير», «نائب» …)."""
    k = i - 1
    while k >= 0 and not toks[k].word:
        k -= 1
    return k >= 0 and any(r in _PERSON_TITLES for r in toks[k].reads)


_BEFORE = frozenset(norm(w) for w in ("أمام", "لدى", "ولدى"))  # «مثل أمام النيابة العامة»: brought before it


def _sent_to(toks: list[Tok], i: int, key: str, L: Lexicon) -> bool:
    """True when the body whose name token i opens (read as `key`) is where a case goes or is brought:
    after «إلى», «أمام», «لدى», or with «لـ»/«بـ»/«كـ» glued to it («إحالتهم للنيابة العامة», «بالنيابة»)."""
    form = toks[i].form
    if form.startswith(("لل", "ولل", "فلل")):
        return True
    glued = form[: len(form) - len(key)] if form.endswith(key) else ""
    if any(c in glued for c in "بلك"):
        return True
    k = i - 1
    return k >= 0 and toks[k].word and (toks[k].form in L.words["to"] or toks[k].form in _BEFORE)


def _members_of_body(toks: list[Tok], i: int, L: Lexicon) -> bool:
    """True when token i opens the genitive of a body's head right before it, with no article on the
    head («نقابة الصحفيين», «اتحاد الطلاب»): the group names whose body it is, not who acts."""
    k = i - 1
    if k < 0 or not toks[k].word or toks[k].form.startswith(("ال", "وال")) or toks[i].form[:1] in "بلك":
        return False
    return any(r in L.words["org_head"] for r in toks[k].reads)

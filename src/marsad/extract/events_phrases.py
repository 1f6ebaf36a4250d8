"""Actors the entity layer does not name, read as the noun phrase right after a verb.

A statement verb that opens its clause («ودعا الطالب عبدالله السراري إلى …», «وفيما دعت بعض
الأطراف الحكومة …», «وطالب الحكومة المجتمع الدولي بـ…») has its subject right after it (VSO).
When the rules of `events_roles` find none there, the subject is read off the words themselves:
- a head noun chain: an indefinite head with what it is of («بعض الأطراف», «وزراء خارجية …»), or a
  definite noun with its nisba adjectives («الحكومة الإسرائيلية»);
- a chain that runs into a named entity stands for it: a person after a bare role word
  («الطالب عبدالله السراري»), any entity after an indefinite head («وزراء خارجية الاتحاد
  الأوروبي» → الاتحاد الأوروبي);
- it ends at punctuation, an indefinite accusative of a common noun («مسؤولون اتصالا»), «يدعى» (the name is
  after it), a preposition, a particle or clitic-glued preposition («لتركيا», «بضرورة»),
  a time word and a second definite noun that is no adjective (the object: «الحكومة المجتمع الدولي»);
- a part of a group is read whole («مجموعة من الأفغانيين», «100 من الصيادين المصريين», with its size:
  «عدد كبير من النواب»), and so are
  people a number counts with whose they are («نحو 50 شخصا من أهالي الفلوجة»: `counted`);
- a site an attack is done to («المستشفى», «دورية»: `site`) ends a subject and may be an object;
- anaphors, bare titles, deed nouns and lone indefinite singulars name no one.
Read again after the subject, the same reader gives the object; `events` also uses it for a subject
fronted after «إن»/«أن» and for the unnamed speaker a pronoun after a reporting verb stands for.
Its word lists are classes of `lang/ar/event_words.tsv` (np_stop, partitive, bl_nouns, bare_title,
clause_opener). A verb after a bare linking phrase («وفي ذات السياق انتقد …», `events_transitions`) opens
its clause as well, and so does one after a fronted prepositional phrase («وفي ردود الأفعال على هذه
التغريدات طالب مغردون …», `events_fronted_phrase`). A site noun after «أهالي»/«سكان» is the place they
are of («أهالي المناطق الجنوبية»), not what they did it to.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Group
from marsad.extract.events_demand import body_then_party
from marsad.extract.events_fronted_phrase import after_fronted_phrase
from marsad.extract.events_lexicon import Lexicon, Words, lexicon, norm
from marsad.extract.events_name_completion import NAMED_BY, common_accusative
from marsad.extract.events_names import title_goes_on
from marsad.extract.events_role_antecedents import ROLE_ANAPHORS
from marsad.extract.events_tokens import QUOTE_MARKS, Tok, has, tokens
from marsad.extract.events_transitions import after_transition
from marsad.extract.numbers import analyse_word

# heads whose genitive is a place, not what they did it to («أهالي المناطق الجنوبية», «سكان المباني»)
_OF_PLACE = frozenset(norm(w) for w in ("أهالي", "سكان", "أهل", "قاطني"))
MAX_WORDS = 4  # words of an unnamed subject («بعض الأطراف», «حلفاء غربيون»)

# Word endings of a nisba adjective (folded: ة → ه): «الإسرائيلية», «الغربيون», «الدولي».
NISBA_ENDS = ("ي", "يه", "يون", "يين", "يان", "يتين")  # a nisba adjective's endings (folded)


def opens_clause(toks: list[Tok], a: int, first: int, W: Words) -> bool:
    """True when the verb at `first` opens its sentence or clause, alone or after an opener word
    (`clause_opener`: «وفيما دعت …»), or after a subordinator anywhere (`subordinator`: «… عندما رفضت»)."""
    k = first - 1
    while k >= a and toks[k].word and toks[k].form in W["clause_opener"]:
        if toks[k].form in W["subordinator"] and not toks[first].form.startswith("ي"):
            return True  # «… عندما رفضت هيئة محلفين»: a subordinator opens a clause wherever it stands (a
            # present after it, «عندما يرفض القادة …», tells a habit more often than a deed)
        k -= 1
    # «وفي ذات السياق عبر عدد من النواب …»: a linking phrase, then the verb (`events_transitions`)
    # «وفي ردود الأفعال على هذه التغريدات طالب مغردون …»: a fronted prepositional phrase (`events_fronted_phrase`)
    return k < a or not toks[k].word or after_transition(toks, a, first) or after_fronted_phrase(toks, a, first, W)


def joined_verb(toks: list[Tok], a: int, first: int, W: Words) -> bool:
    """True when the verb at `first` is joined by «و» to the clause before it, within its sentence
    («قال إردوغان إن … ودعا البرلمان»): it shares that clause's subject, so the noun after it is its object."""
    return first > a and toks[first].form.startswith("و") and toks[first - 1].word \
        and toks[first - 1].form not in W["clause_opener"] and toks[first - 1].form not in W["comp"]


def noun_subject(text: str, toks: list[Tok], start: int, b: int, groups: list[Group], L: Lexicon,
                 skip: frozenset[int] = frozenset(), victims: bool = False) -> tuple[list[str], int]:
    """The subject of a verb whose words end before `start`, read as a noun phrase (see the module
    docstring), and the index of the token after it: an entity's names where the phrase runs into
    one, else the phrase's own words; ([], start) when none stands there. `skip`: token indices of
    time expressions to step over. Called again after a subject, it reads the object
    («وطالب الحكومة المجتمع الدولي بـ»); `victims`: the object of an attack or arrest, where people
    keep the nisba that says whose they are («مدنيين فلسطينيين»; a subject's nisba names its country)."""
    W = L.words
    at = {g.first: g for g in groups}
    k = start
    while k < b and k in skip:
        k += 1
    words: list[Tok] = []
    definite = False
    n = counted_end(toks, k, b, W)
    if n is not None and _glued_count(text, toks, k, b, W):
        return [], start  # «اتهامات لتسعة مسؤولين»: people after a preposition, no subject or object
    if n is not None:  # «نحو 50 شخصا من أهالي الفلوجة», «ثمانية عناصر»: people a number counts
        end = _whose(toks, n, b, at, W)
        return [text[toks[k].start:toks[end - 1].end]], end
    part = some_of(toks, k, b, W)
    sized = not part and _sized_part(toks, k, b, W)  # «عدد كبير من ضباط الحرس»: a part with its size
    head_n = 3 if sized else 2  # the words of the part before its group: «عدد من», «عدد كبير من»
    part = part or sized
    if part:  # «مجموعة من الأفغانيين», «100 من الصيادين المصريين»: some of a group
        words, k = list(toks[k:k + head_n]), k + head_n
    while k < b:
        t = toks[k]
        g = at.get(k)
        if g is not None:
            if (victims or part) and words and people_nisba(text, words, t, g, definite):
                words.append(t)  # «مدنيين فلسطينيين», «المدنيين العراقيين»: whose people, an adjective
                # (a subject's too when some of them are counted: «عدد من المغردين السعوديين»)
                k = g.last
                if len(words) >= MAX_WORDS + 2 * (head_n - 2):
                    break
                continue
            if words and t.form[:1] in ("ب", "ل") and not t.form.startswith("ال"):
                break  # «حلفاء غربيون لتركيا»: whose allies, not who
            if words and g.glued.startswith(("و", "ف")):
                break  # «الحوثين وقوات صالح»: «و» joins another party
            if not words or g.binding in ("loc", "skip"):
                return [], start  # the rules read an entity here; a place is where, not who
            if part and len(words) == head_n:  # «مجموعة من الأفغانيين»: the part, as the text says it
                return [text[words[0].start:toks[g.last - 1].end]], g.last
            if definite and t.form.startswith("ال") and not t.form.endswith(NISBA_ENDS):
                break  # «بعض الأطراف الحكومة الإسرائيلية»: a second definite noun is the object
            if body_then_party(words, t, g):
                break  # «ودعت الحكومة الحوثيين»: a bare body noun is the subject, the name after it another party
            if definite and len(words) > 1 and all(plural_adjective(words[0].form, w.form) for w in words[1:]):
                break  # «الداعيتين المتشددين انجيم شوداري»: the people and their adjective, then their names
            if definite and t.form in W["name_head"] and words[-1].form.startswith("ال"):
                break  # «واتهم الإصدار حركة طالبان»: a body named by its own head noun is no title's holder
            person = not g.is_loc and not g.force and definite and len(words) == 1
            return (list(g.names), g.last) if (not definite or person) and g.actor else ([], start)
        if not t.word or k in skip:
            break
        f = t.form
        bare = f.lstrip("وف") if len(f) > 3 else f
        if f in W["np_stop"] or bare in W["np_stop"] or f in W["prep_any"] or f.isdigit() or f in W["quantity"] \
                or f in W["statement"] or f in W["comp"] or f in W["blame_words"]:
            break  # («حمّل متشددين أكرادا مسؤولية الهجوم»: the blame is what they were given, not who they are)
        glued = f[:1] in ("ب", "ل") and not f.startswith("ال") and f not in W["bl_nouns"]
        if words and glued:
            break  # «لتركيا», «بضرورة»: a preposition glued on
        if words and _head(f) in W["site_nouns"] and not (len(words) == 1 and words[0].form in _OF_PLACE):
            break  # «هاجم مسلحون مجهولون دورية»: what they attacked, not who
        if words and f[:1] in ("و", "ف") and not f.startswith(("وزير", "وزار", "وكال", "وفد")) \
                and not _joined_adjective(words[-1].form, f, W):
            break  # «… والحكومة»: another party, or a new clause
        if words and definite and f not in W["def_adjective"] \
                and not (f.startswith("ال") and f.endswith(NISBA_ENDS) and f not in W["not_nisba"]) \
                and not plural_adjective(words[-1].form, f):  # «النواب المحافظين», «المواطنين الأجانب»
            break  # «الحكومة المجتمع الدولي», «المجلس العملية»: after a definite noun only its adjectives go on
        if words and not definite and not f.startswith("ال") and _verb_like(t.form):
            break  # «مواقع خصصت لإسكان …», «معارضة تعمل»: a verb after an indefinite noun describes it
        if words and not definite and f.startswith("ال") and _sound_plural(words[-1].form):
            break  # «نواب محافظون الرئيس»: a plural in ـون/ـين is in no construct; a definite noun after is the object
        if words and not definite and not part and not f.startswith("ال") and not _nisba(text, t) \
                and len(words) >= 2:
            break
        if words and f in NAMED_BY:
            break  # «اعتقلت الشرطة رجلا يدعى X»: the verb «يدعى» ends the phrase; the name after it is told there
        if words and common_accusative(f) and not words[-1].form.endswith(("ا", "ين")):
            break  # «وأجرى مسؤولون اتصالا»: an indefinite accusative is the verb's object, not the subject's word
            # (after an accusative or oblique it may agree with it: «إن مسلحين أكرادا قتلوا»)
        if words and case_clash(words[-1].form, f):
            break  # «مسلحون مجهولون مدنيين»: an adjective agrees in case; the oblique plural is the object
        if not words and _conjunct(f):
            return [], start  # «ويتهم رئيس الشركة ومديره المالي»: «و» joins a second subject, not an object
        if not words and (glued or _deed(t, L) or _known(t, L)):
            return [], start  # «وناقش اللقاء …»: a meeting noun is what was said, not who
        words.append(t)
        definite = definite or f.startswith("ال")
        k += 1
        if len(words) >= MAX_WORDS + 2 * (head_n - 2):
            break
    if part and len(words) == head_n:
        return [], start
    if words and (holder := _title_holder(toks, words[0], k, b, groups, W)) is not None:
        return list(holder.names), holder.last  # «استنكر قائد قوة أمن المنشآت … العميد X»: X, not the title
    if not words or not (len(words) > 1 or words[0].form.startswith("ال") or people(words[0].form)):
        return [], start  # a lone indefinite singular («مسؤول», «شخص») names no one; «مسلحون» do
    if len(words) == 1 and words[0].form in W["bare_title"]:
        return [], start  # «وأيد الشيخ …»: a bare title stands for someone named before, not for a new actor
    if not party_phrase([t.form for t in words], W):
        return [], start  # «محاولات التدخل», «القرار», «تتدخل وزارة الرياضة»: no one
    return [text[words[0].start:words[-1].end]], k


TITLE_REACH = 10  # words from where a title phrase was cut to the person who holds it


def _joined_adjective(before: str, f: str, W: Words) -> bool:
    """True when `f` is a definite nisba with «و» joined to the definite nisba `before` («الخبير الاجتماعي
    والبيئي», «المحلل السياسي والاستراتيجي»): a second adjective of the same noun, not another party."""
    def nisba(w: str) -> bool:
        return w.startswith("ال") and w.endswith(NISBA_ENDS) and w not in W["not_nisba"] and len(w) > 5
    return f.startswith("وال") and nisba(before) and nisba(f[1:])


def people_nisba(text: str, words: list[Tok], t: Tok, g: Group, definite: bool) -> bool:
    """True when the one-word nisba group `g` at token t is an adjective of the people noun `words`
    read so far («مدنيين فلسطينيين», «المدنيين العراقيين»): it agrees in the article, has no clitic and
    the phrase before it names people."""
    return (g.nisba or g.is_loc) and not g.force and g.last - g.first == 1 and not g.glued \
        and t.form.startswith("ال") == definite \
        and _nisba(text, t) and people(text[words[0].start:words[-1].end])


def _title_holder(toks: list[Tok], head: Tok, k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The person a title phrase cut short at token k leads to («قائد قوة أمن المنشآت بمنطقة المدينة
    المنورة العميد عبدالله العتيبي», «سفير خادم الحرمين الشريفين لدى دولة الكويت الدكتور X»): the first
    named person within `TITLE_REACH` words, with no punctuation, clause word or verb between; None when
    the phrase is no title («قوات الأمن») or none stands there."""
    bare = head.form.lstrip("وف") if len(head.form) > 3 else head.form
    if _head(bare) not in W["person_title"] and bare not in W["bare_title"]:
        return None
    seen = 0
    while k < b and seen <= TITLE_REACH:
        g = next((x for x in groups if x.first == k), None)
        if g is not None and g.person and g.actor and g.binding in (None, "target"):
            return g
        if g is not None:  # «بمنطقة تبوك»: a place or body named inside the title
            seen += 1
            k = g.last
            continue
        t = toks[k]
        if title_goes_on(toks, k, W):
            seen += 1
            k += 1
            continue  # «لجنة الفواكه والخضار», «بالجامعة»: still the title
        if not t.word:
            if t.form not in QUOTE_MARKS and t.form not in "()":
                return None
        elif t.form in W["comp"] or t.form in W["statement"] or t.form.lstrip("وف") in W["relative"] \
                or _verb_like(t.form) or (seen and t.form[:1] in ("و", "ف") and not t.form.startswith(
                    ("وزير", "وزار", "وكال", "وفد"))) \
                or (t.form[:1] == "ب" and not t.form.startswith("ال") and not has(t, W["place"])):
            return None  # («وأشاد المدير العام بقرار …»: what he praised; «بمنطقة المدينة» goes on with the title)
        seen += t.word
        k += 1
    return None


_DEMONSTRATIVES = frozenset(norm(w) for w in ("هؤلاء", "هذه", "هذا", "تلك", "ذلك", "أولئك"))
_NAME_STARTS = frozenset(norm(w) for w in ("أبو", "أبي", "أبا", "أم", "بن", "ابن"))
# quantities before the party they count («بعض الأطراف», «عدد من المشايخ»)
QUANTITIES = frozenset(norm(w) for w in ("أحد", "إحدى", "الكثير", "كثير", "بعض", "جميع", "كل", "معظم", "أغلب",
                                          "عدد", "عددا", "العديد", "عشرات",
                                          "العشرات", "مئات", "آلاف", "مختلف", "كافة"))


def party_phrase(forms: list[str], W: Words) -> bool:
    """True when a noun phrase no entity names is headed by a word that can name a party: people
    («المدنيين», «مسلحون»), a body («اللجنة المركزية», «الوفد»), a title («وزير الثقافة») or a
    quantity of them («بعض الأطراف», «عدد من المشايخ»); not a deed, a thing or a verb («محاولات
    التدخل», «القرار», «البطاطا», «يقدم طاقة»)."""
    i = 0
    if len(forms) > 1 and forms[0] in _DEMONSTRATIVES:
        i = 1  # «هؤلاء الإرهابيين»
    if len(forms) > i + 1 and forms[i] in QUANTITIES:
        if len(forms) > i + 3 and forms[i + 1] in _SIZE and forms[i + 2] == "من":
            i += 1  # «عدد كبير من النواب»: its size
        i += 2 if len(forms) > i + 2 and forms[i + 1] == "من" else 1
    head = forms[i]
    if people(" ".join(forms[i:])):
        return True
    bare = head[1:] if head[:1] in ("و", "ف") and len(head) > 3 else head
    if not bare.startswith("ال") and (bare in _NAME_STARTS or bare in gz.load().first_names):
        return True  # a name the entity layer missed: «أبو بصير ناصر الوحيشي», «ندى السكيت»
    forms_of: set[str] = set()
    for word in {head, bare}:  # «وزير» and «والوزير»: a «و» may be the word's own
        stem = _head(word)
        forms_of |= {word, stem, stem[:-1] if stem.endswith("ه") else stem,  # «متحدثة» → «متحدث»
                     stem[:-2] if len(stem) >= 5 and stem.endswith(("ان", "ين", "ات")) else stem}  # «الوزيران»,
        # «الموظفات»: a dual or a feminine plural of a party word
        if len(stem) >= 5 and stem.endswith(("ات", "تان", "تين")):  # «الحكومات», «الشركتان»: of a word in ة
            forms_of.add(stem[:-3 if stem.endswith(("تان", "تين")) else -2] + "ه")
        if len(forms) > i + 1 and len(stem) >= 5 and stem.endswith("ي"):
            forms_of.add(stem[:-1])  # «مديري الجامعات», «معلقي»: a plural in construct
    party = W["party"]
    return any(w in party or "ال" + w in party for w in forms_of)


_IN, _RIGHT = norm("في"), norm("حق")  # «في حق X»: against X, as «بحق X»


def oblique_people(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon,
                   skip: frozenset[int] = frozenset(), victims: bool = False) -> list[str]:
    """People no entity names after a preposition that follows a deed at token k, with at most a time
    word, an adverb or a manner word («بالضرب») between: «اتهامه لبعض قادة السنة», «تضامنهم مع سكان
    القرية», «واعتدوا بالضرب على الطاقم الطبي»; [] when none stands there or they are no people.
    `victims`: the deed is an attack or an arrest, whose victims keep the nisba that says whose they are
    («ارتكبت مجزرة بحق مدنيين فلسطينيين»)."""
    W = L.words
    for _ in range(3):
        if k >= b or not toks[k].word:
            return []
        t = toks[k]
        if t.form in W["prep_target"] and t.form not in ("بين", "عن", "إلى", "الى"):
            return people_only(noun_subject(text, toks, k + 1, b, groups, L, skip, victims)[0], W)
        if t.form == _IN and k + 2 < b and toks[k + 1].form == _RIGHT:  # «مجزرة في حق المدنيين»: as «بحق»
            return people_only(noun_subject(text, toks, k + 2, b, groups, L, skip, victims)[0], W)
        bare = _unglued(text, t)
        if bare is not None and bare.form.startswith("ال") and t.form.startswith("بال") \
                and bare.form[2:] not in W["people"] and bare.form[2:] not in W["plain_people"]:
            k += 1  # «بالضرب»: how it was done
            continue
        if bare is not None:
            lone = [*toks[:k], bare, *toks[k + 1:]]
            names = noun_subject(text, lone, k, b, groups, L, skip)[0]
            if t.form.startswith("لل"):  # «للمتظاهرين»: the article's alif is dropped after «لـ»
                names = ["ا" + n for n in names]
            return people_only(names, W)
        if k in skip or t.form in W["adverb"]:
            k += 1
            continue
        return []
    return []


_AGAINST = frozenset(norm(w) for w in ("على", "ضد"))


def attacked_site(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon,
                  doers: frozenset[str] = frozenset(), skip: frozenset[int] = frozenset(),
                  keep: Callable[[str], bool] | None = None) -> list[str]:
    """What an attack at token k was made on, no entity naming it: a site after «على»/«ضد» («غارات على
    قاعدة العند الجوية», «قصفه أمس على مناطق المتمردين»), or any party after «ضد» («حملة ضد الجماعات
    المتشددة»), or a phrase `keep` takes («أطلق مجهولون النار على مواطن»: people); time words, adverbs and
    the doer (`doers`: its names) may stand between. [] when none."""
    W = L.words
    at = {g.first: g for g in groups}
    for _ in range(4):
        if k >= b or not toks[k].word:
            return []
        g = at.get(k)
        if g is not None and g.names and set(g.names) <= doers:
            k = g.last  # «هجم المسلحون على …»: past the doer
            continue
        if k in skip or toks[k].form in W["adverb"]:
            k += 1
            continue
        if toks[k].form not in _AGAINST or any(g.first == k + 1 for g in groups):
            return []
        names = noun_subject(text, toks, k + 1, b, groups, L, skip)[0]
        if not names and keep is not None and k + 1 < b and toks[k + 1].word:
            lone = text[toks[k + 1].start:toks[k + 1].end]  # «على مواطن وهو …»: a lone noun only `keep` may take
            return [lone] if keep(lone) else []
        return [n for n in names if site(n) or toks[k].form == "ضد" or (keep is not None and keep(n))]
    return []


def joined_party(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """An unnamed party joined by «و» at token k to one named before it («بين قوات الأمن ومقاتلين»,
    «بين الجيش والجماعات المسلحة»): the phrase after the «و» when it names a party and no entity
    starts there; [] otherwise."""
    if k >= b or not toks[k].word or any(g.first == k for g in groups):
        return []
    t = toks[k]
    if not t.form.startswith("و") or len(t.form) < 4:
        return []
    raw = text[t.start:t.end]
    sub = tokens(raw[1:])
    if len(sub) != 1 or not sub[0].word:
        return []
    bare = Tok(t.start + 1, t.end, sub[0].form, True, sub[0].reads)
    lone = [*toks[:k], bare, *toks[k + 1:]]
    return [n for n in noun_subject(text, lone, k, b, groups, L)[0] if not site(n)]


def prep_party(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """An unnamed party after the preposition at token k («مع قوات الحكومتين», «ضد المسلحين»): the
    noun phrase after it when it names a party, not a site; [] otherwise."""
    if k + 1 >= b or any(g.first == k + 1 for g in groups):
        return []
    return [n for n in noun_subject(text, toks, k + 1, b, groups, L)[0] if not site(n)]


def _glued_count(text: str, toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when the count at k has a «لـ» or «بـ» glued on («لتسعة مسؤولين»), not one of its own letters
    («بضعة أشخاص»): what it counts stands after a preposition."""
    bare = _unglued(text, toks[k]) if k < b else None
    return bare is not None and counted_end([*toks[:k], bare, *toks[k + 1:]], k, b, W) is not None


def _unglued(text: str, t: Tok) -> Tok | None:
    """Token t without a glued «لـ» or «بـ» («لبعض» → «بعض», «للمتظاهرين» → «لمتظاهرين» spanning the
    word's own letters), or None when it has none."""
    if not t.word or t.form[:1] not in ("ل", "ب") or t.form.startswith("ال") or len(t.form) < 4:
        return None
    raw = text[t.start:t.end]
    i = 1
    while i < len(raw) and not raw[i].isalpha():
        i += 1  # a diacritic on the clitic
    sub = tokens(raw[i:])
    if len(sub) != 1 or not sub[0].word:
        return None
    form = "ال" + sub[0].form[1:] if t.form.startswith("لل") else sub[0].form
    return Tok(t.start + i, t.end, form, True, (form,))


def people_only(names: list[str], W: Words) -> list[str]:
    """The phrases that name people: a plural of people, a person described, or a part of a group
    («بعض قادة السنة», «سكان القرية», «الطاقم الطبي»)."""
    out = []
    for n in names:
        ws = norm(n).split()
        head = _head(ws[0]) if ws else ""
        if counted(n) or described_person(n) or head in W["people"] or head in W["crew"] \
                or head in W["plain_people"] or (
                len(ws) > 1 and head in W["partitive"]) or (people(n) and _agent_plural(head)):
            out.append(n)
    return out


def _nisba(text: str, t: Tok) -> bool:
    """True when a word may be a nisba adjective by its ending («غربيون», «دولية»), not a masdar in ـيه
    written with a final ه («توجيه», «تنبيه»), which folding would make alike."""
    return t.form.endswith(NISBA_ENDS) and not (t.form.endswith("يه") and text[t.start:t.end].endswith("ه"))


_OWN_W = ("وزير", "وزار", "وكال", "وفد", "والد", "والي", "وجه", "وحد", "ولا", "ولي")  # nouns that open with «و»


def _conjunct(form: str) -> bool:
    """A folded word that opens with the conjunction «و» on a definite or pronoun-suffixed noun
    («والحكومة», «ومديره»): a phrase it opens is joined to the one before, not a new argument."""
    if not form.startswith("و") or form.startswith(_OWN_W) or len(form) < 5:
        return False
    return form.startswith("وال") or form.endswith(("ه", "ها", "هم"))


# plural person nouns not in ـون/ـين that a plural adjective may follow («النواب المحافظين»), folded
_BROKEN_PLURALS = frozenset(norm(w) for w in (
    "النواب", "الأعضاء", "الطلاب", "العمال", "القادة", "السكان", "الأهالي", "الشباب", "الأطباء", "الأسرى",
    "المواطنون", "الرعايا", "الزعماء", "الوزراء", "السفراء", "الخبراء", "العلماء", "الشيوخ", "الجنود", "الضباط"))
# women, whose adjectives are feminine plurals («النساء السوريات», «السيدات الأخريات»), folded
_WOMEN = frozenset(norm(w) for w in ("النساء", "السيدات", "الفتيات", "الناشطات", "المعلمات", "الطالبات"))
# broken plural adjectives of people («المواطنين الأجانب»), folded
_PLURAL_ADJECTIVES = frozenset(norm(w) for w in ("الأجانب", "الغاضبين", "الغاضبون"))
# plural adjectives that only point back («الجانيين المذكورين»): no part of the name
_POINTING = frozenset(norm(w) for w in ("المذكورين", "المذكورون", "المشار"))


def plural_adjective(prev: str, word: str) -> bool:
    """True when the folded definite `word` is a plural adjective of the plural person noun `prev` before it
    («النواب المحافظين», «المتظاهرين الغاضبين», «المواطنين الأجانب»): a sound plural in ـين/ـون agreeing in
    case with a sound plural head, or any plural adjective after a broken plural head («النواب»); after women
    («النساء», «الفتيات»), a feminine plural nisba in ـيات («وتهدد النساء البسيجيات …», «الفتيات الإيزيديات»)."""
    if not prev.startswith("ال") or not word.startswith("ال"):
        return False
    if prev in _WOMEN:
        return len(word) >= 7 and word.endswith("يات")
    sound = len(prev) >= 6 and prev.endswith(("ين", "ون"))
    if not sound and prev not in _BROKEN_PLURALS:
        return False
    if word in _PLURAL_ADJECTIVES:
        return True
    if word in _POINTING:
        return False
    return len(word) >= 7 and word.endswith(("ين", "ون")) and not (sound and case_clash(prev, word)) \
        and analyse_word(word) is None


def case_clash(prev: str, word: str) -> bool:
    """True when two folded sound masculine plurals differ in case («مجهولون» then «مدنيين»): the second
    is no adjective of the first but a new phrase."""
    pair = (prev[-2:], word[-2:])
    return len(prev) >= 5 and len(word) >= 5 and pair in (("ون", "ين"), ("ين", "ون")) \
        and analyse_word(prev) is None and analyse_word(word) is None


def _verb_like(word: str) -> bool:
    """True when a folded word after an indefinite noun reads as a verb, not as its adjective or
    genitive: a past in ـت («خصصت», «أسفرت»; not a plural in ـات) or a present of four letters in ت
    («تعمل», «تدعم»; not a nisba: «تركي»)."""
    if word.endswith(NISBA_ENDS) or word.endswith("ات"):
        return False
    return (word.endswith("ت") and len(word) >= 4) or (len(word) == 4 and word[0] == "ت"
                                                        and not word.endswith(("ه", "ا")))


def _sound_plural(word: str) -> bool:
    """True when an indefinite word is a sound masculine plural with its ن («محافظون», «مسلحين»): the
    first term of a construct drops it («مسلحو الحركة»), so no genitive follows it."""
    return len(word) >= 5 and word.endswith(("ون", "ين")) and analyse_word(word) is None


def _agent_plural(head: str) -> bool:
    """True when a sound plural is one of people: a participle («متظاهرين», «مسلحين») or a nisba
    («مدنيين»), not a broken plural that ends alike («بساتين»)."""
    return head.startswith("م") or head.endswith(("يين", "يون"))


def some_of(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when the words at token k count some of a group before «من» («21 من عساكر الجيش», «عشرة
    من عناصر …»): the named body after it stands for the ones counted."""
    return k + 1 < b and toks[k + 1].form == "من" and (is_number(toks[k].form) or toks[k].form in W["partitive"])


# the size of a part of a group, between its noun and «من» («عدد كبير من», «أعداد كبيرة من», «عدد قليل من»)
_SIZE = frozenset(norm(w) for w in ("كبير", "كبيرا", "كبيرة", "قليل", "قليلا", "قليلة", "محدود", "محدودا",
                                    "ضخم", "ضخما", "هائل", "هائلا", "هائلة", "غفير", "غفيرة"))
_PARTS = frozenset(norm(w) for w in ("أعداد", "أعدادا"))


def _sized_part(toks: list[Tok], k: int, b: int, W: Words) -> bool:
    """True when the words at token k count some of a group by a noun of number and its size before «من»
    («عدد كبير من ضباط الحرس الجمهوري», «أعداد كبيرة من المواطنين»)."""
    return k + 2 < b and toks[k + 2].form == "من" and toks[k + 1].form in _SIZE \
        and (toks[k].form in W["partitive"] or toks[k].form in _PARTS)


def is_number(word: str) -> bool:
    """True when a folded word is a number, in digits or in words («72», «ثمانية»)."""
    return word.isdigit() or analyse_word(word) is not None


def _head(word: str) -> str:
    """A folded word without its article («المستشفى» → «مستشفى»)."""
    return word[2:] if word.startswith("ال") else word


def counted_end(toks: list[Tok], k: int, b: int, W: Words) -> int | None:
    """The index after a number and the people it counts read at token k («50 شخصا», «نحو 50 شخصا»,
    «أكثر من 20 مدنيا», «ثمانية عناصر»), or None."""
    if k < b and toks[k].form in W["approx"]:
        k += 1
        if k < b and toks[k].form == "من":
            k += 1
    if k + 1 >= b or not is_number(toks[k].form):
        return None
    if not (toks[k + 1].form in W["counted"] or _counted_nisba(toks[k].form, toks[k + 1].form)
            or _tens_of_party(toks[k].form, toks[k + 1].form, W)):
        return None
    end = k + 2  # «18 شرطيا مصريا», «جنديين تركيين»: whose people they are, told by a nisba after them
    nisba = toks[end].form[:-1] if end < b and toks[end].form.endswith("يا") else toks[end].form if end < b else ""
    if end < b and not nisba.startswith("ال") and (gz.nisba_country(nisba) is not None or nisba in _FOREIGN):
        end += 1  # («21 سائحا أجنبيا», «ثلاثة صحفيين أجانب»: from abroad, whatever the country)
    return end


_FOREIGN = frozenset(norm(w) for w in ("أجنبي", "أجانب", "أجنبيين", "أجنبية", "أجنبيات"))  # «سياح أجانب»


_NOT_PEOPLE = frozenset(norm(w) for w in ("سنين", "السنين", "ملايين", "الملايين", "بلايين", "البلايين"))
_TENS_OF = frozenset(norm(w) for w in ("عشرات", "مئات", "آلاف", "ألوف", "ملايين"))  # «عشرات المتشددين»


def _tens_of_party(number: str, noun: str, W: Words) -> bool:
    """True when tens, hundreds or thousands count people or bodies a broken plural names («عشرات الجنود»,
    «مئات العمال», «آلاف الطلاب»), not things («آلاف الدولارات»)."""
    return number in _TENS_OF and noun.startswith("ال") and not noun.endswith(("ين", "ون")) \
        and party_phrase([noun], W)  # (a sound plural is `_counted_nisba`'s: «عشرات المتشددين», not «آلاف السنين»)


def _counted_nisba(number: str, noun: str) -> bool:
    """True when a number counts people by their nisba or a sound plural («72 حوثيا», «خمسة فلسطينيين»,
    «خمسة مطلوبين», «ثلاثة متهمين»), not a year or a scale («ملايين»)."""
    year = number.isdigit() and len(number) == 4
    if noun.endswith(("ين", "ون")) and not noun.endswith(("يين", "يون")) and (
            noun in _NOT_PEOPLE or (noun.startswith("ال") and number not in _TENS_OF)):
        return False  # «آلاف السنين»; «اللواء 35 الموجودون»: a counted noun is indefinite after a number
    return not year and len(noun) >= 5 and noun.endswith(("يا", "يين", "يون", "ين", "ون")) \
        and analyse_word(noun) is None


def _whose(toks: list[Tok], k: int, b: int, at: dict[int, Group], W: Words) -> int:
    """The end of «من» and the few words after a counted phrase that say whose people they are («50
    شخصا من أهالي الفلوجة», «ثمانية عناصر من فرقة سورية»); k when none follow."""
    if k + 1 >= b or toks[k].form != "من" or not toks[k + 1].word:
        return k
    j, seen = k + 1, 0
    while j < b and toks[j].word and seen < 3 and toks[j].form not in W["np_stop"]:
        g = at.get(j)
        j = g.last if g is not None else j + 1
        seen += 1
        if g is not None:
            break
    return j if j > k + 1 else k


def _deed(t: Tok, L: Lexicon) -> bool:
    """True when a word reads as an event noun of the trigger table («اللقاء», «الاجتماع»)."""
    return any(trig.pos == "n" for r in t.reads for trig in L.by_first.get(r, ()))


def _known(t: Tok, L: Lexicon) -> bool:
    """True when the tables already say whom a word stands for, or that it stands for no one here: a
    one-word group actor the table names only in some stories («المملكة»: السعودية in a Saudi
    outlet's) or an anaphor («الحركة»; a role anaphor left unresolved, «الشركة», stays a party)."""
    return any((r in L.anaphora and r not in ROLE_ANAPHORS)
               or any(len(act.words) == 1 and act.context for act in L.actors.get(r, ()))
               for r in (t.form, t.form[1:] if t.form[:1] in ("و", "ف") else t.form))


def counted(name: str) -> bool:
    """True when a phrase is a number and the people it counts («50 شخصا», «نحو 50 شخصا من أهالي
    الفلوجة», «ثمانية عناصر»): unnamed people, told apart by nothing but their count."""
    ws = norm(name).split()
    W = lexicon().words
    if ws and ws[0] in W["approx"]:
        ws = ws[2:] if len(ws) > 1 and ws[1] == "من" else ws[1:]
    return len(ws) > 1 and is_number(ws[0]) and (
        ws[1] in W["counted"] or _counted_nisba(ws[0], ws[1]) or _tens_of_party(ws[0], ws[1], W))


def site(name: str) -> bool:
    """True when a phrase names a place or thing an attack is done to («المستشفى», «دورية عسكرية»:
    `site_nouns`)."""
    ws = norm(name).split()
    W = lexicon().words
    return bool(ws) and _head(ws[0]) in W["site_nouns"] and not any(w in W["weapon_mark"] for w in ws)


def unnamed(name: str) -> bool:
    """True when a phrase names no one in particular: people a number counts, a site, a plural of
    people or a person described («16 آخرين», «المستشفى», «مواطنين», «شاب أسود»); two tellings of one
    deed may name them differently."""
    return counted(name) or site(name) or people(name) or described_person(name)


def described_person(name: str) -> bool:
    """True when a phrase is a person noun with what describes him («شاب أسود», «الصحفي الأمريكي»)."""
    ws = norm(name).split()
    return len(ws) > 1 and ws[0] in lexicon().words["person_nouns"]


def people(name: str) -> bool:
    """True when a phrase names people by a sound masculine plural head («المدنيين», «مجموعة من
    الأفغانيين», «100 من الصيادين المصريين»), not a thing («النار», «سيطرتها الكاملة»)."""
    if counted(name):
        return True  # «50 شخصا», «ثمانية عناصر»: people a number counts
    ws = norm(name).split()
    if len(ws) > 2 and ws[1] == "من" and is_number(ws[0]):
        return True  # «21 من عساكر الجيش», «اثنين من جنوده»: some of them, counted
    if len(ws) > 2 and ws[1] == "من":
        ws = ws[2:]
    return bool(ws) and len(ws[0]) >= 5 and ws[0].endswith(("ين", "ون")) and analyse_word(ws[0]) is None  # «عشرين»

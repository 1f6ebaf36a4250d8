"""Actor names that are no actor or are cut wrongly (topic «names»).

Small checks the mention and phrase readers call:

- `title_goes_on`: a title phrase read up to its holder's name goes on over a definite genitive joined
  by «و» («رئيس لجنة الطرق والنقل … سامي العتيبي») and over the body its office sits in, glued to «بـ»
  («عميد شؤون المكتبات بالجامعة الدكتور ماجد الحربي»), so the holder, not the cut title, is the party;
- `quoted_outlet`: a publisher's name standing alone between quote marks names the newspaper or channel
  («التقت "الرياض" بعدد من …»), no party; another place so quoted stays a place;
- `name_tail_cut`: a person's name loses a last word that is a verbal noun with a glued «بـ»/«لـ»
  («وطالب الدكتور سامر بضرورة …» → سامر);
- `verb_cut`: a name the entity layer ran on into a plural or dual verb is cut before it
  («والمتهم يستأنفان الحكم» → المتهم);
- `named_after`: a person or body a building, street or institution is named after is no party
  («مستشفى الملك خالد», «جسر الملك خالد»);
- `conjunct_cut`: a person's name the entity layer ran on over «و» and a second first name is cut
  before it («سامي العتيبي وفؤاد» → سامي العتيبي);
- `other_body`: a bare group head read by context («التحالف» → the story's coalition) with a definite
  nisba after it names another body («التحالف الوطني»).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_country import nisba_of
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import QUOTE_CLOSE, QUOTE_OPEN, Tok, has
from marsad.model import Entity

__all__ = ["conjunct_cut", "name_tail_cut", "named_after", "other_body", "quoted_outlet", "title_goes_on", "verb_cut"]


def title_goes_on(toks: list[Tok], k: int, W: Words) -> bool:
    """True when the word at token k continues a title phrase rather than ending it: a definite noun
    joined by «و» to the definite word right before it («الفواكه والخضار», «العلاقات والإعلام»), or a
    body noun with a glued «بـ» («بالجامعة», «بغرفة», «بسجون»)."""
    t = toks[k]
    if not t.word:
        return False
    prev = toks[k - 1] if k else None
    if t.form.startswith("وال") and prev is not None and prev.word and prev.form.lstrip("وفب").startswith("ال"):
        return True
    return t.form[:1] == "ب" and has(t, W.get("title_body", frozenset()))


def quoted_outlet(toks: list[Tok], s: int, t: int, W: Words) -> bool:
    """True when the mention at tokens [s, t) is a publisher's name («الرياض», «اليوم», «الشرق الأوسط»)
    standing alone between quote marks (the newspaper or channel: «"الرياض"», «لـ«الرياض»»), with a quote
    mark right on each side and no place or site noun before it («متحف «باردو»» is a place); a place
    quoted for emphasis («اتهامه "بيونجيانج"») stays a place."""
    if not (s > 0 and t < len(toks) and toks[s - 1].form in QUOTE_OPEN and toks[t].form in QUOTE_CLOSE
            and not toks[s - 1].word and not toks[t].word):
        return False
    name = " ".join(toks[k].form.lstrip("لب") if k == s else toks[k].form for k in range(s, t) if toks[k].word)
    if name not in W["saudi_outlet"] | W["outlet"]:
        return False
    before = toks[s - 2] if s > 1 else None
    return before is None or not before.word or not (
        has(before, W["place"]) or has(before, W["site_nouns"]) or has(before, W.get("quoted_place", frozenset())))


def other_body(toks: list[Tok], j: int, named: bool) -> bool:
    """True when a group read by context from a bare head («التحالف» → the coalition of the story) has a
    definite nisba adjective right after it at token j that no place mention holds (`named` False): it
    names another body («التحالف الوطني» the Iraqi bloc, «التحالف المدني»), not the story's one; a feminine
    adjective after it agrees with a feminine or plural noun before it («ضربات التحالف الجوية»), and a masculine
    one after a feminine head with the noun before that («بدور المملكة المحوري»): no other body."""
    if named or j >= len(toks) or not toks[j].word:
        return False
    f = toks[j].form
    if f.endswith("يه") and not toks[j - 1].form.endswith("ه") and j >= 2 and toks[j - 2].word \
            and toks[j - 2].form.endswith(("ات", "ه")):
        return False  # «ضربات التحالف الجوية»: a feminine adjective of the strikes, not of a masculine head
    if f.endswith("ي") and toks[j - 1].form.endswith("ه"):
        return False  # «بدور المملكة المحوري»: a masculine adjective of the role, not of a feminine head
    return f.startswith("ال") and f.endswith(("ي", "يه")) and len(f) > 5


def named_after(toks: list[Tok], s: int, W: Words, person: bool) -> bool:
    """True when the person named at token s (`person`), or a name that opens with a title
    («الإمام الصادق»), is what a building, street or institution is named after: a `named_site` word in
    the construct state right before it or before its title («مسجد الإمام الصادق», «جسر الملك خالد»,
    «بمستشفى الملك فيصل»); a body there owns the site instead («مسجد قوات الطوارئ»)."""
    titled = s < len(toks) and toks[s].word and _title_word(toks[s], W)
    k = s - 1
    if k >= 0 and toks[k].word and _title_word(toks[k], W):
        k -= 1
        titled = True
    if not (person or titled) or k < 0 or not toks[k].word:
        return False
    t = toks[k]
    return has(t, W.get("named_site", frozenset())) and not t.form.lstrip("وفبل").startswith("ال") \
        and not t.form.startswith("لل")


def _title_word(t: Tok, W: Words) -> bool:
    """True when a word is a bare title or an honorific before a name («الملك», «الإمام», «الشهيد»)."""
    return has(t, W["bare_title"]) or t.form in _HONORIFICS


_HONORIFICS = frozenset(fold(w) for w in ("الإمام", "الشهيد", "السلطان", "الشريف", "الخليفة"))


def name_tail_cut(words: list[str]) -> list[str]:
    """A person's name without a last word that cannot end one: a verbal noun with a glued «بـ» or
    «لـ» («بضرورة», «لإصدار», «بإيجاد»): a masdar in ـة or of the «إفعال» pattern."""
    while len(words) > 1 and _glued_masdar(fold(words[-1])):
        words = words[:-1]
    return words


def nisba_run_on(text: str, toks: list[Tok], s: int, t: int, e: Entity) -> tuple[int, int, Entity] | None:
    """A person mention of two words, a nisba in the dual or plural and a past verb of two or more
    («أميركيتين هاجمتا», «إسرائيليين اقتحموا»): the entity layer ran from the nisba of a subject («مروحيتين
    أميركيتين») into its verb; no name opens so. The nisba alone, as the place mention of its country the layer
    makes of it before another verb («أميركيتين قصفتا»); None otherwise."""
    if e.label != "PER" or t - s != 2 or not toks[s].word or toks[s].form in gz.load().first_names:
        return None
    verb = toks[s + 1].form
    if not verb.endswith("ا") or verb.endswith("يا"):
        return None  # a past verb of two or more («هاجمتا», «اقتحموا», «قتلا»), not an adjective («قياديتان»)
    hit = nisba_of(toks[s].form)
    if hit is None or hit[1] != 0 or toks[s].form.endswith("يا"):
        return None  # («مصريا»: an accusative singular, may be a first name's likeness)
    tok = toks[s]
    return s, s + 1, Entity(text[tok.start:tok.end], "LOC", hit[0], tok.start, tok.end, None)


def verb_cut(name: str) -> str:
    """A name cut before the first word after its first that is a present verb in the plural or dual
    («الشيشاني سيستأنفان» → الشيشاني, «فهد يمتهنون» → فهد): the entity layer ran on into the predicate."""
    words = name.split()
    for k in range(1, len(words)):
        if _plural_verb(fold(words[k])):
            return " ".join(words[:k])
    return name


def conjunct_cut(name: str) -> str:
    """A person's name cut before a later word that is «و» on a first name: the entity layer joined two
    people («سامي العتيبي وفؤاد» → سامي العتيبي)."""
    words = name.split()
    first_names = gz.load().first_names
    for k in range(1, len(words)):
        w = fold(words[k])
        if w[:1] == "و" and w not in first_names and w[1:] in first_names:
            return " ".join(words[:k])
    return name


def _plural_verb(word: str) -> bool:
    """True when a folded word reads as a present verb with a plural or dual ending: «(و|ف)(س)يـ…ون/ان»
    or «(س)تـ…ون» («يمتهنون», «سيستانفان», «ويتهمون», «تطالبون»), six letters or more without the
    conjunction, the letter after the prefix no «و»/«ي» (not a name like «يونان», «تيمون»)."""
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > 6 else word
    w2 = w[1:] if w.startswith("س") else w
    if len(w) < 6 or w2[:1] not in ("ي", "ت") or w2[1:2] in ("و", "ي", "ا"):
        return False
    return w.endswith("ون") or (w2[0] == "ي" and w.endswith("ان"))


def _glued_masdar(word: str) -> bool:
    """True when a folded word is «بـ»/«لـ» on a verbal noun: one in «ا…ا…» (إفعال, «لاصدار»,
    «بايجاد») or a noun of five letters or more in ـه after «بـ» («بضروره», «بمناسبه»)."""
    if word[:1] not in ("ب", "ل") or word.startswith("ال") or len(word) < 5:
        return False
    rest = word[1:]
    if rest[0] == "ا" and len(rest) >= 5 and rest[3] == "ا" and not rest.endswith("ي"):
        return True  # «اصدار», «ايجاد»; not a surname in ـي («بارزاني»)
    # a noun in ـه after «بـ», not a name in «بو…»/«با…» («بوتفليقة», «باسلمة»)
    return word[0] == "ب" and rest.endswith("ه") and len(rest) >= 5 and rest[0] not in ("و", "ل", "ا")

"""Cooperation told in plain newswire forms that the general rules miss (block «support (session 17)» of
`lang/ar/event_triggers.tsv` and `event_words.tsv`):

- backing declared by a verb of declaring or praising (أكد، جدد، أعلن، شدد، ثمن، مؤكدا …) with a bare noun of
  backing after it (دعم، تأييد، وقوف، مساندة) is SUPPORT only when the noun is told with its beneficiary: a
  name after its «لـ», «مع» or «جانب» («دعم الأردن للشعب الفلسطيني», «وقوف المملكة إلى جانب البحرين»);
  otherwise it backs a thing («أعلنت الحكومة دعم أسعار الوقود») and tells no event (`drop_unbacked`); the
  party right after the noun owns it and is the backer («أكد وقوف دولة الكويت …», `owner_as_source`);
- a deed noun carried by a message («برقية تهنئة», «رسالتي تهديد») is its sender's: the subject of a verb of
  sending before it («بعث الملك … برقية تهنئة للرئيس …»), or the one after «من» when the subject received
  it («تلقى الرئيس … برقية تهنئة من نظيره …», `with_message_roles`);
- «بلاده» (his country) as the subject of a speaker's words is the speaker's country, or the speaker
  («وأكد وزير الدفاع الأمريكي أن بلاده ستواصل دعم العراق», `speaker_country`).
"""

from __future__ import annotations

from marsad.extract.events_actors import STATE_HEADS, Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, clause_of, has
from marsad.extract.events_triggers import HIS_COUNTRY, Hit

_BACKING = frozenset(norm(w) for w in ("دعم", "تأييد", "وقوف", "مساندة"))
_DECLARING = tuple(norm(w) for w in (
    "أكد", "يؤكد", "تؤكد", "نؤكد", "جدد", "يجدد", "تجدد", "نجدد", "أعلن", "يعلن", "تعلن", "نعلن",
    "مؤكد", "مجدد", "معلن", "شدد", "يشدد", "تشدد", "نشدد", "مشدد"))
_NEEDED = frozenset((w,) for w in _BACKING)  # the needed words of the rows this module reads
_PRAISING = tuple(norm(w) for w in ("ثمن", "يثمن", "تثمن", "نثمن", "مثمن"))
_THAT = frozenset(norm(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "لأن"))
_WITH = frozenset(norm(w) for w in ("مع", "جانب", "بجانب"))
_NOT_LAM = frozenset(norm(w) for w in (
    "لكن", "لكنه", "لكنها", "لم", "لن", "لا", "لدى", "لقد", "ليس", "لعل", "لأن", "لذلك", "لذا", "لما", "لو",
    "لقاء", "لجنة", "لها", "له", "لهم", "لنا", "لكم"))
BENEFICIARY_REACH = 6  # words after the noun searched for the «لـ», «مع» or «جانب» of its beneficiary


def declared_backing(toks: list[Tok], h: Hit, praise: bool = True) -> int | None:
    """The token of the bare noun of backing a declaring verb's SUPPORT row needed («أكد … دعم»; with
    `praise`, a praising verb's too: «ثمن … دعم»), or None when `h` is no such trigger (an expressing verb
    «أعرب عن دعم …» or a noun with a pronoun «دعمه»)."""
    verbs = _DECLARING + _PRAISING if praise else _DECLARING
    if h.trig.type != "SUPPORT" or not h.used or not h.trig.words[0].startswith(verbs):
        return None
    return min(h.used) if set(h.trig.needs) == _NEEDED else None


def _bare(tok: Tok) -> bool:
    """True when the noun of backing stands bare, after «و»/«ف» at most («دعم», «ودعم»): not after a
    preposition («بتأييد 8 أعضاء»: by a vote of) nor with the article, the second noun of a construct
    («أكد الجانبان على تكثيف الدعم الدولي للأردن»: a call for more of it, no backing declared)."""
    forms = (tok.form, tok.form[1:]) if tok.form[:1] in ("و", "ف") else (tok.form,)
    return any(f in _BACKING for f in forms)


def _beneficiary_at(toks: list[Tok], k: int, hi: int) -> int | None:
    """The token that names a beneficiary when token k opens one («للحكومة», «مع مصر», «جانب البحرين»)."""
    form = toks[k].form
    if form in _WITH or (form[:1] == "و" and form[1:] in _WITH):
        return k + 1 if k + 1 < hi else None
    if form.startswith("ل") and len(form) > 2 and form not in _NOT_LAM:
        return k
    return None


def backs_no_party(toks: list[Tok], h: Hit, hi: int, covered: set[int]) -> bool:
    """True when a SUPPORT read off a declaring verb and a bare noun of backing (`declared_backing`) backs no
    named party: the noun follows a preposition («بتأييد 8 أعضاء»), a «أن» clause or a clause mark stands
    between verb and noun («أكد أن دعم …»), or no name (`covered`: tokens of names) follows the noun's first
    «لـ», «مع» or «جانب» within `BENEFICIARY_REACH` words in its clause (ending at `hi`)."""
    noun = declared_backing(toks, h)
    if noun is None:
        return False
    if not _bare(toks[noun]) or any(toks[k].form in _THAT or toks[k].form in CLAUSE_END
                                     for k in range(h.last, noun)):
        return True
    seen = 0
    for k in range(noun + 1, hi):
        t = toks[k]
        if t.form in CLAUSE_END or t.form in SENT_END:
            break
        if not t.word:
            continue
        seen += 1
        if seen > BENEFICIARY_REACH:
            break
        at = _beneficiary_at(toks, k, hi)
        if at is not None:  # the name, or a nisba right after a people noun («للشعب الفلسطيني»)
            return at not in covered and not (at + 1 < hi and at + 1 in covered)
    return True


def backer_after_noun(toks: list[Tok], h: Hit, groups: list[Group]) -> list[str]:
    """The names of the party right after the noun of a declared backing («أكد وقوف دولة الكويت إلى جانب
    المملكة», «جدد الملك دعم الأردن للشعب الفلسطيني»): the noun's owner is the backer, the source; [] when
    the owner is a pronoun or no party («دعم بلاده», «دعمه»). The owner of a backing praised («ثمن الرئيس
    دعم المملكة») is whom the praise is for, so a praising verb has none here."""
    noun = declared_backing(toks, h, praise=False)
    if noun is None:
        return []
    k = noun + 1
    if k < len(toks) and toks[k].word and toks[k].form in STATE_HEADS:
        k += 1  # «وقوف دولة الكويت»
    g = next((g for g in groups if g.first == k), None)
    if g is None or not g.actor or g.glued.lstrip("وف")[:1] in ("ب", "ل"):
        return []
    return list(g.names)


def owner_as_source(toks: list[Tok], h: Hit, groups: list[Group], source: list[str],
                    target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of a declared backing with its owner (`backer_after_noun`) moved from the target
    into the source, after the subject when one is named («جدد الملك عبدالله الثاني دعم الأردن لـ…»)."""
    owner = [n for n in backer_after_noun(toks, h, groups) if n in target]
    if not owner:
        return source, target
    return [*source, *(n for n in owner if n not in source)], [n for n in target if n not in owner]


_MESSAGE = frozenset(norm(w) for w in ("برقية", "رسالة", "برقيتي", "رسالتي", "برقيات", "رسائل"))
SENDER_REACH = 30  # words before the message noun searched for the verb that sent or received it
CALLER_REACH = 12  # words after the trigger searched for the «من» of a received message's sender


def _message_before(toks: list[Tok], h: Hit) -> int | None:
    """The message noun right before a trigger noun («برقية تهنئة», «ببرقية تهنئة», «رسالة شكر»), or None."""
    k = h.first - 1
    if h.trig.pos == "v" or k < 0 or not toks[k].word:
        return None
    form = toks[k].form
    bare = form[1:] if form[:1] in ("و", "ف", "ب") else form
    return k if form in _MESSAGE or bare in _MESSAGE or bare.removeprefix("ب") in _MESSAGE else None


def message_roles(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words
                  ) -> tuple[list[str], list[str]] | None:
    """Source and target of a deed told by the noun a message carries: «بعث X (، ب)برقية تهنئة لـ Y» has X
    as source (the sender, the subject after a verb of `sending`), «تلقى X برقية تهنئة من Y» has Y as
    source and X as target (a verb of `receive`); None when no such verb sent or received the message."""
    msg = _message_before(toks, h)
    if msg is None:
        return None
    seen = 0
    verb = None
    for k in range(msg - 1, a - 1, -1):
        t = toks[k]
        if t.form in SENT_END:
            break
        if not t.word:
            continue
        seen += 1
        if seen > SENDER_REACH:
            break
        if has(t, W["sending"]) or has(t, W["receive"]):
            verb = k
            break
    if verb is None:
        return None
    subject = next((g for g in groups if verb < g.first < msg and g.actor and g.binding != "target"), None)
    if subject is None:
        return None
    if has(toks[verb], W["sending"]):
        return list(subject.names), []
    words = [k for k in range(h.last, len(toks)) if toks[k].word][:CALLER_REACH]
    sender = next((g for g in groups if words and h.last < g.first <= words[-1] and g.actor
                   and (g.binding == "from" or toks[g.first - 1].form == "من")), None)
    if sender is None:
        return None
    return list(sender.names), list(subject.names)


def with_message_roles(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words, source: list[str],
                       target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target with a message's sender and receiver (`message_roles`) put first: the sender is
    the source, the receiver the target, the other parties read before kept as targets."""
    roles = message_roles(toks, a, h, groups, W)
    if roles is None:
        return source, target
    src, tgt = roles
    rest = [n for n in [*source, *target] if n not in src and n not in tgt]
    return src, [*tgt, *rest]


def drop_unbacked(toks: list[Tok], a: int, b: int, hits: list[Hit], groups: list[Group]) -> list[Hit]:
    """The sentence [a, b)'s triggers without the declared backings that back no named party
    (`backs_no_party`); dropped before any other trigger is read against them («وجدد الجبير اتهامه لإيران
    بدعم الميليشيات»: the accusation stands, no backing is declared)."""
    named = {k for g in groups for k in range(g.first, g.last)}
    return [h for h in hits if not backs_no_party(toks, h, clause_of(toks, a, b, h.first)[1], named)]


_BEFORE_VERB = frozenset(norm(w) for w in ("لن", "لا", "لم", "سوف", "قد", "ستظل", "مستعدة"))


def country_subject(toks: list[Tok], a: int, h: Hit) -> int | None:
    """The token of «بلاده»/«بلادها» (his or her country) standing as the subject right before the trigger
    verb, a negation or «سوف» between allowed («وأكد الرئيس أن بلاده ستواصل دعم العراق», «إن بلاده لن …»),
    or None."""
    if h.trig.pos == "n":
        return None
    k = h.first - 1
    while k >= a and toks[k].word and toks[k].form in _BEFORE_VERB:
        k -= 1
    return k if k >= a and toks[k].word and toks[k].form in HIS_COUNTRY else None


_THAT_BEFORE = frozenset(norm(w) for w in ("أن", "إن", "بأن", "وأن", "وإن", "فإن"))
_SPEAKING = (None, "mod", "from")  # bindings a speaker's name may have (not a target, a place or an aside)
SPEAKER_GAP = 4  # words allowed between the speaker's name and the «أن» of his words («بحاح في تصريحات صحفية أن»)


def _speaker_before(toks: list[Tok], a: int, comp: int, groups: list[Group]) -> Group | None:
    """The speaker whose words the «أن» at `comp` opens: a free actor (not a place, a target or an aside by
    its binding) ending at most `SPEAKER_GAP` words before it («وأكد وزير الدفاع الأمريكي أن …», «وأضاف
    بحاح في تصريحات صحفية أن …»); None when none is that close («… يشاطر الرأي القائل إن بلاده …»)."""
    before = [g for g in groups if a <= g.first and g.last <= comp]
    if not before:
        return None
    g = before[-1]
    gap = sum(1 for k in range(g.last, comp) if toks[k].word)
    if any(toks[k].form in CLAUSE_END for k in range(g.last, comp)):
        return None  # «… الاتحاد الأوروبي، وقال إن بلاده …»: the name ends a clause before the saying verb
    if gap > SPEAKER_GAP or not g.actor or g.binding not in _SPEAKING:
        return None
    return g


def speaker_country(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                    target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of a deed whose subject is «بلاده» opening a speaker's words («وأكد وزير الدفاع
    الأمريكي أن بلاده ستواصل دعم العراق») when no source was read: the speaker's country (the country his
    title names, else the speaker himself), taken out of the target. A source read after the verb is its
    object then («أن بلاده تطالب إسرائيل بالانسحاب»: إسرائيل is asked, «بلاده» asks)."""
    k = country_subject(toks, a, h)
    if k is None or k - 1 < a or toks[k - 1].form not in _THAT_BEFORE:
        return source, target
    after = {n for g in groups if g.first >= h.last for n in g.names}
    if any(n not in after for n in source):
        return source, target
    speaker = _speaker_before(toks, a, k - 1, groups)
    if speaker is None:
        return source, target
    owner = [speaker.place] if speaker.place else list(speaker.names)
    return owner, [n for n in [*source, *target] if n not in owner]

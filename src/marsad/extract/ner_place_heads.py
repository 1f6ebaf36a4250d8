"""Place names that open with a landmark noun: «خان بني سعد», «تل رفعت», «دير العصافير», «كفر نبل».

Many towns of the Levant and Iraq are named «landmark + name»: «خان» (inn), «تل» (hill), «دير»
(monastery), «عين» (spring), «بئر» (well), «كفر» (hamlet), «جسر» (bridge). The tagger often reads
only a part of such a name, or reads it as a person. `place_heads` mends the tags of a document
(in place):
- a person's name that opens with such a head is a place («تفجير خان بني سعد الذي تبناه داعش»), not
  with «عين» (also the verb «عيّن», appointed: «وعين الملك فلانا»), nor after «فان», «فون», «دي»
  («فان دير فارت»), nor after a given name («محمد خان أسكازي»);
- a head right before a place takes the place's name over («مدينة جسر الشغور», where the tagger
  read «الشغور» alone), not «عين» («في عين واشنطن»: in Washington's eyes);
- a head that is a place alone goes on over the next name word or place («قرية دير العصافير»,
  «بلدة كفر نبل»).
A word after the head that holds a proclitic before a known name («بئر بمكة»: a well in Mecca) is not
part of the name, nor, after a lone head, any word with a proclitic («دير بشكل مؤقت»: a monastery for a
while). Only a bare head or one after «و» opens a name («لجسر البحرين»: to the Bahrain causeway).

`admin_heads` mends a person's name that opens with the noun of an administrative unit, bare or after a
proclitic («بولاية تنيسي», «بمدينة …»), or follows one («لولاية رود إيلاند»): no person's name begins
«ولاية»; the noun is no part of the name (the tagger reads «في ولاية تنيسي» as the place «تنيسي»), and the
rest is a place.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract import ner_gazetteer as gz
from marsad.extract.ner_bio import set_span

HEADS = frozenset(fold(w) for w in ("خان", "تل", "دير", "عين", "بئر", "كفر", "جسر"))
_VERB_TOO = frozenset(fold(w) for w in ("عين",))  # also a verb («عيّن»): never a person's name made a place
# also «the eye of»: «في عين واشنطن» (in Washington's eyes), never a town before a place's name
_FIGURATIVE = frozenset(fold(w) for w in ("عين",))
# nouns of administrative units («بولاية تنيسي»: in the state of Tennessee)
ADMIN_HEADS = frozenset(fold(w) for w in ("ولاية", "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "مقاطعة", "إقليم",
                                          "اقليم", "العاصمة", "عاصمة", "إمارة"))
_FOREIGN_PARTICLES = frozenset(fold(w) for w in ("فان", "فون", "دي", "دو", "دا"))


def _head(w: str) -> str | None:
    """The landmark head a folded word is, with or without its proclitic, or None."""
    return next((f for f, _ in gz.first_word_keys(w) if f in HEADS), None)


def _end(ts: list[str], i: int) -> int:
    """End of the mention that starts at token i."""
    j = i + 1
    while j < len(ts) and ts[j] == "I-" + ts[i][2:]:
        j += 1
    return j


def _plain(w: str, g: gz.Gazetteers) -> bool:
    """Whether a folded word after a head may be part of its name: a word of letters, not a stopword or a
    nisba, and not a proclitic before a known name («بمكة»)."""
    if not w.isalpha() or len(w) < 2 or gz.is_stop(w, g) or gz.nisba_country(w, g) is not None:
        return False
    return not any(n and not f.startswith("ال") and (f,) in g.names for f, n in gz.first_word_keys(w)[1:])


def place_heads(folded: list[list[str]], tags: list[list[str]]) -> None:
    """Mend the mentions of place names that open with a landmark head (see the module doc), in place."""
    g = gz.load()
    for fs, ts in zip(folded, tags, strict=True):
        for k in range(len(fs) - 1):
            h = _head(fs[k])
            if h is None or (fs[k] != h and fs[k] != "و" + h):  # «لجسر البحرين»: to the bridge
                continue
            prev = fs[k - 1] if k else ""
            if ts[k] == "B-PER" and (j := _end(ts, k)) > k + 1:
                if h not in _VERB_TOO and prev not in _FOREIGN_PARTICLES and prev not in g.first_names \
                        and not fs[k + 1].startswith("و") and fs[j - 1] != h:  # not «خان ورانبير خان»
                    set_span(ts, k, j, "LOC")
            elif ts[k + 1] == "B-LOC" and _plain(fs[k + 1], g) and (
                    ts[k] == "B-LOC" or (ts[k] == "O" and h not in _FIGURATIVE and prev not in _FOREIGN_PARTICLES)):
                set_span(ts, k, _end(ts, k + 1), "LOC")  # «وجسر الشغور», «كفر» + «نبل»
            elif ts[k] == "B-LOC" and ts[k + 1] == "O" and _plain(fs[k + 1], g) and len(fs[k + 1]) >= 3 \
                    and len(gz.first_word_keys(fs[k + 1])) == 1:  # not «دير بشكل مؤقت»: a monastery
                set_span(ts, k, k + 2, "LOC")


def admin_heads(folded: list[list[str]], tags: list[list[str]]) -> None:
    """A person's mention that opens with an administrative unit's noun, bare or after a proclitic
    («بولاية تنيسي»), or comes right after one («لولاية» + «رود إيلاند»), becomes the place after that noun
    (in place); the noun is left out. Not a titled person after the noun («مدينة الملك عبدالله»: a body or
    place named after him, `ner_named_after`)."""
    g = gz.load()
    for fs, ts in zip(folded, tags, strict=True):
        for k in range(len(fs)):
            if ts[k] not in ("B-PER", "O") or not any(f in ADMIN_HEADS for f, _ in gz.first_word_keys(fs[k])):
                continue
            if ts[k] == "B-PER":
                j = _end(ts, k)
                ts[k] = "O"
                if j > k + 1:
                    set_span(ts, k + 1, j, "LOC")
            elif k + 1 < len(fs) and ts[k + 1] == "B-PER" and fs[k + 1] not in g.title_heads \
                    and (fs[k + 1],) not in g.titles:
                set_span(ts, k + 1, _end(ts, k + 1), "LOC")

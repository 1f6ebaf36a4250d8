"""Names that are never a side of a fight (FIGHT), whatever construction put them there.

- `place_side`: a base or a front named by the place it stands in: «قاعدة العند» (the entity layer tags it
  an organisation), «القاعدة العسكرية», «القاعدة الجوية» (a base, not al-Qaeda: that is «القاعدة» alone,
  «تنظيم القاعدة», «قاعدة الجهاد»), «جبهة الزبداني», «محور تعز» (a front named by a listed place; not
  «جبهة النصرة»): where the fighting is, not who fights;
- `our_fight`: a battle noun with «نا» on it or on its genitive («معركتنا», «قتالنا ضد الإرهاب», «معركة
  وطننا ضد داعش»): the speaker's or the writer's cause as a standing claim («نكون قد انتصرنا في معركتنا»), no
  fight told; so is a bare battle noun said of «هذه», «هي» («فهذه معركة لا تقل أهمية عن معركة رجال الأمن»);
- `dead_count`: people a number counts with a noun of no fighter («40 شخصا», «750 مواطنا», «12 مدنيا»):
  the fight's dead («أسفرت الاشتباكات بين القبيلتين عن مقتل 40 شخصا»), not one of its sides.
"""

from __future__ import annotations

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_phrases import counted
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.model import Event

_BASE = norm("قاعدة")
_THE_BASE = norm("القاعدة")
_QAEDA_OF = forms("الجهاد")  # «قاعدة الجهاد»: al-Qaeda
_BASE_KINDS = forms("العسكرية", "الجوية", "البحرية", "الاستراتيجية", "الإستراتيجية", "الأمريكية", "الأميركية",
                    "الروسية", "التركية", "الجوي")
_FRONTS = forms("جبهة", "جبهات", "محور", "محاور")
_PLACE_KINDS = frozenset(("country", "capital", "city", "place"))
# nouns of people with no arms: whom a number counts among a fight's dead, never one of its sides
_UNARMED = forms("شخص", "شخصا", "أشخاص", "اشخاص", "مدنيا", "مدنيين", "مدني", "مواطنا", "مواطنين", "مواطن",
                 "قتيلا", "قتلى", "قتيل", "جريحا", "جرحى", "ضحية", "ضحايا", "طفلا", "أطفال", "امرأة", "نساء",
                 "فردا", "أفراد", "نسمة")


_OUR = norm("نا")


def our_fight(toks: list[Tok], h: Hit) -> bool:
    """True when the hit is a battle noun with «نا» after it («معركتنا», «بمعاركنا»), or on the noun right
    after it («معركة وطننا ضد داعش», «حرب بلادنا على الإرهاب»), or an indefinite battle noun said of «هذه»,
    «هي», «إنها» («فهذه معركة لا تقل أهمية عن …»: what something is called, no fight told; module docstring)."""
    if h.trig.type != "FIGHT" or h.trig.pos != "n":
        return False
    tok = toks[h.first]
    if tok.form.endswith(_OUR) and not trigger_reading(tok, h.trig).endswith(_OUR):
        return True
    nxt = toks[h.last] if h.last < len(toks) and h.last == h.first + 1 else None
    if nxt is not None and nxt.word and len(nxt.form) > len(_OUR) + 2 and nxt.form.endswith(_OUR):
        return True  # «معركة وطننا»
    prev = toks[h.first - 1] if h.first else None
    return prev is not None and prev.word and prev.form in _THIS_IS and not tok.form.startswith(_DEFINITE)


# a demonstrative or pronoun a bare battle noun is said of («فهذه معركة», «إنها حرب»); not «هذه المعركة»
_THIS_IS = forms("هذه", "فهذه", "وهذه", "هي", "فهي", "وهي", "إنها", "انها", "فإنها", "لأنها")
_DEFINITE = tuple(norm(p) for p in ("ال", "وال", "فال", "بال", "لل", "ولل"))


def place_side(name: str) -> bool:
    """True when the name is a base or a front named by its place (module docstring)."""
    ws = norm(name).split()
    if len(ws) < 2:
        return False
    if ws[0] == _BASE:
        return ws[1] not in _QAEDA_OF
    if ws[0] == _THE_BASE:
        return ws[1] in _BASE_KINDS
    if ws[0] in _FRONTS:
        entry = gz.load().names.get(gz.key(" ".join(name.split()[1:])))
        return entry is not None and entry.kind in _PLACE_KINDS
    return False


def dead_count(name: str) -> bool:
    """True when the name is a number and unarmed people it counts («40 شخصا», «نحو 30 مدنيا»)."""
    if not counted(name):
        return False
    ws = norm(name).split()
    return any(w in _UNARMED for w in ws[1:3])


def drop_non_sides(ev: Event) -> None:
    """Take out of a fight's source and target the names that are no side of it (module docstring)."""
    if ev.type != "FIGHT":
        return
    ev.source = [n for n in ev.source if not place_side(n) and not dead_count(n)]
    ev.target = [n for n in ev.target if not place_side(n) and not dead_count(n)]

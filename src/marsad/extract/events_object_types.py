"""Types a trigger gets wrong where its object decides.

- an attack launched on troops or a military site («شن التنظيم هجمات على القوات العراقية», «هجوم على
  مطار كويرس العسكري», «هاجم مسلحون نقطة تفتيش للجيش») is a fight between armed parties (FIGHT), not
  one-sided violence; never one made by aircraft, strikes or shells, nor a bombing;
- a killing of an armed party's fighters by a named force or group on the ground («قتلت القوات العراقية
  20 من عناصر داعش», «وقتلت البيشمركة 15 مسلحا») is that fight (FIGHT); never one by strikes, shelling or
  a bomb, nor of civilians;
- a working visit inside one's own body or region (a governor at a school, a hospital, a market, a
  festival; «زيارة تفقدية», «جولة تفقدية», «تفقد») meets no second party: no CONSULT. So does a meeting
  with no one named told in a sentence of an inspection tour («قام … بزيارة تفقدية …، والتقى خلال زيارته
  قيادات الصحة»), a visit to troops or an agency of one's own state («خلال زيارته لسلاح مشاة البحرية»,
  «زيارته لوكالة الحجز والتنفيذ»), a visit whose only target is a force whose site was visited («زار
  مقر قوات الطوارئ الخاصة»), and an inspection visit whose target is named nowhere in its sentence (a
  country read off the place: «قام … بزيارة مفاجئة لبيت … بالرياض تفقد خلالها مرافق البيت»): the gold
  codes no CONSULT for a defence minister touring his troops
  (events-dev11 snn-alwatan-carter-barzani-erbil), while a body's own formal meeting («عقد مجلس الشؤون
  السياسية والأمنية اجتماعا») stays a CONSULT with no target (events snn-alweeam-security-council).
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, forms, norm
from marsad.extract.events_patient_roles import agent_marked
from marsad.extract.events_tokens import Tok, has
from marsad.model import Event

_ATTACK_NOUN = forms("هجوم", "هجوما", "هجمة", "هجمات", "الهجوم", "هجومها", "هجومه", "هجماتها", "هجماته",
                      "وهجوم", "وهجمات", "بهجوم", "بهجمات", "هجومًا")
ON = forms("على", "ضد")  # «على», «ضد»: what an attack or a stand is made on
# troops, units and military sites an attack may be made on
_TROOPS = forms("قوات", "القوات", "جنود", "الجنود", "جيش", "الجيش", "كتيبة", "لواء", "اللواء", "الفرقة", "فرقة",
                 "قاعدة", "القاعدة", "مطار", "ثكنة", "ثكنات", "معسكر", "معسكرات", "مقاتلي", "مسلحي", "عناصر")
_MILITARY = forms("العسكري", "العسكرية", "عسكري", "عسكرية", "الجوية", "جوية", "للجيش")
# one-sided force from afar or by a bomb: never a fight
_AFAR = forms("غارة", "غارات", "الغارة", "الغارات", "قصف", "القصف", "بقصف", "ضربات", "ضربة", "طيران", "الطيران",
               "طائرات", "الطائرات", "طائرة", "مقاتلات", "المقاتلات", "مروحيات", "صاروخ", "صواريخ", "قذائف", "قذيفة",
               "مدفعي", "مدفعية", "المدفعية", "تفجير", "التفجير", "انفجار", "انتحاري", "الانتحاري", "مفخخة",
               "عبوة", "ناسفة", "لغم", "ألغام", "براميل", "درون", "سيارة", "الجوي", "جوي", "مروحية", "مروحيتان",
               "مروحيات", "المروحيات")
# security forces and police: an insurgents' attack on them is told as one-sided violence in the gold
_SECURITY = forms("الأمن", "الأمنية", "أمنية", "الشرطة", "شرطة", "أمن")
_KILLING = forms("قتل", "قتلت", "قتلوا", "وقتل", "وقتلت", "فقتلت", "فقتل", "تقتل", "يقتل")
# «N من عناصر/مسلحي X», «N مسلحا»: an armed party's fighters
_FIGHTERS = forms("عناصر", "مسلحي", "مقاتلي", "مسلحا", "مسلحين", "عنصرا", "مقاتلا", "مقاتلين", "إرهابيا",
                   "إرهابيين", "متشددا", "متشددين", "حوثيا", "حوثيين", "داعشيا")
_CIVIL = forms("مدنيين", "مدنيا", "مواطنين", "المواطنين", "أطفال", "نساء", "أبرياء", "المدنيين", "مصلين",
                "المصلين", "رهائن", "الرهائن", "أسرى", "الأسرى")
AFAR_REACH = 8  # words each side of the trigger in which strikes, shells or a bomb are named
OBJECT_REACH = 4  # words after an attack (or «على») in which the troops or the site attacked stand
VICTIM_REACH = 5  # words after a killing in which the fighters killed are counted


def words_after(words: list[Tok], at: int, reach: int) -> list[Tok]:
    """Up to `reach` words after index `at`, stopping at a clause mark."""
    out: list[Tok] = []
    for t in words[at + 1:]:
        if not t.word or len(out) == reach:
            break
        out.append(t)
    return out


def _near_afar(words: list[Tok], at: int) -> bool:
    """True when strikes, shells, aircraft or a bomb are named near the trigger: force from afar."""
    before = [t for t in words[max(0, at - AFAR_REACH):at] if t.word]
    return any(has(t, _AFAR) or t.form in _AFAR for t in before + words_after(words, at, AFAR_REACH))


def _military_object(after: list[Tok]) -> bool:
    """True when the object right after «على/ضد» names troops or a military site («القوات العراقية», «مطار
    كويرس العسكري»); never security forces or police («قوات الأمن»), a checkpoint, nor with civilians
    beside them."""
    if not after or any(t.form in _CIVIL or has(t, _CIVIL) for t in after):
        return False
    head = after[0]
    if head.form not in _TROOPS:
        return False
    if any(x.form in _SECURITY for x in after[1:2]):
        return False
    if head.form in _SITE_HEADS:
        return any(x.form in _MILITARY for x in after[1:4])
    return True


_SITE_HEADS = forms("قاعدة", "القاعدة", "مطار", "لواء", "اللواء")


def attack_on_troops(words: list[Tok], at: int, ev: Event) -> bool:
    """True when an ASSAULT is an attack launched on troops or a military site («شن هجمات على القوات
    العراقية», «هجوما جديدا على القوات الحكومية»): a fight between armed parties; never by strikes or a bomb."""
    if not ev.source or words[at].form not in _ATTACK_NOUN or _near_afar(words, at):
        return False
    after = words_after(words, at, OBJECT_REACH + OBJECT_REACH)
    on = next((k for k, t in enumerate(after[:OBJECT_REACH]) if t.form in ON), None)
    return on is not None and _military_object(after[on + 1:on + 1 + OBJECT_REACH])


def fighters_killed(words: list[Tok], at: int, ev: Event) -> bool:
    """True when a named force or group kills an armed party's fighters on the ground («قتلت القوات العراقية
    20 من عناصر داعش»): a fight, not one-sided violence."""
    if ev.mode != "kill" or not ev.source or not ev.target or words[at].form not in _KILLING:
        return False
    if any(w in _SECURITY for name in ev.source for w in norm(name).split()):
        return False  # «قتلت الشرطة 23 إرهابيا»: the police's deed stays one-sided
    if _near_afar(words, at):
        return False
    after = words_after(words, at, VICTIM_REACH + 3)
    if any(t.form in _CIVIL or has(t, _CIVIL) for t in after):
        return False
    return any(t.form in _FIGHTERS and not agent_marked(after, k) for k, t in enumerate(after[:VICTIM_REACH]))


_VISIT = forms("زار", "وزار", "يزور", "تزور", "زيارة", "بزيارة", "وزيارة", "زيارته", "زيارتها", "زيارتهم",
                "بزيارته", "تفقد", "وتفقد", "يتفقد", "تتفقد", "تفقدية")
_INSPECT = forms("تفقدية", "تفقديه", "التفقدية", "تفقد", "وتفقد", "يتفقد", "تتفقد", "تفقده")
# sites of one's own body or region a working visit is paid to
_SITE = forms("مستشفى", "مستشفيات", "المستشفى", "مدرسة", "مدارس", "المدرسة", "المدارس", "مركز", "المركز", "مراكز",
               "أقسام", "قسم", "مهرجان", "المهرجان", "القرية", "دار", "سوق", "السوق", "أسواق", "مشروع", "مشاريع",
               "المشاريع", "المشروع", "وحدات", "معرض", "المعرض", "جامعة", "كلية", "مصنع", "جناح", "الجناح", "مبنى",
               "مقر", "فرع", "المرضى", "مرضى", "النزلاء", "موقع", "مواقع", "الموقع", "مرافق", "المرافق", "منشآت",
               "ورش", "مخيم", "مخيمات", "ملعب", "حديقة", "مكتب", "إدارة", "الإدارة", "محطة", "مطار", "مصلى",
               "جمعية", "الجمعية", "مستودعات", "مختبرات", "مكتبة", "متحف", "مسجد", "جامع", "المسجد", "سجن",
               "وكالة", "الوكالة", "سلاح", "قوات", "القوات", "وحدة", "الوحدة")
# the troops or police whose post a visit goes to («زار مقر قوات الطوارئ»): one's own state's forces, no party met
_FORCE_HEAD = forms("قوات", "القوات", "جنود", "الجنود", "جيش", "الجيش", "كتيبة", "الفرقة", "الشرطة", "شرطة", "الدفاع",
                    "الحرس", "حرس")
SITE_REACH = 10  # words after a visit in which the site visited stands (past a subject named at length)


def local_visit(words: list[Tok], at: int, ev: Event) -> bool:
    """True when a visit CONSULT with no counterpart is a working visit to a site («زار المحافظ مستشفى …»,
    «قام بزيارة تفقدية», «جولة تفقدية»): no second party, no event."""
    if ev.type != "CONSULT":
        return False
    trig = words[at:at + len(norm(ev.trigger).split())]
    if not any(t.form in _VISIT or has(t, _VISIT) for t in trig):
        return not ev.target and _inspection_told(words[:at])  # «قام بزيارة تفقدية …، والتقى خلال زيارته …»
    span = [t for t in words[max(0, at - 2):at] if t.word] + trig + words_after(words, at + len(trig) - 1, SITE_REACH)
    if ev.target:
        return _force_site(words, at, ev) or (any(t.form in _INSPECT or has(t, _INSPECT) for t in span)
                                              and not _named_in(words, ev.target))
    if any(t.form in _INSPECT for t in span):
        return True
    return any(t.form in _SITE or has(t, _SITE) for t in span[len(trig):])


def _inspection_told(before: list[Tok]) -> bool:
    """True when the words before a meeting tell an inspection tour («بزيارة تفقدية», «جولة تفقدية»)."""
    return any(t.form in _INSPECT or has(t, _INSPECT) for t in before)


def _named_in(words: list[Tok], names: list[str]) -> bool:
    """True when a word of one of `names` is written in the sentence (a target told, not inferred from a
    place, such as a country read off «بالرياض»)."""
    heads = {w for n in names for w in norm(n).split() if len(w) > 2}
    return any(t.form in heads or not heads.isdisjoint(t.reads) for t in words)


def _force_site(words: list[Tok], at: int, ev: Event) -> bool:
    """True when every target of a visit is a force («قوات الطوارئ», «الشرطة») and a site word («مقر»)
    stands in the visit's object: its post was visited, no party met."""
    if not all(norm(n).split()[0] in _FORCE_HEAD for n in ev.target if norm(n).split()):
        return False
    after = words_after(words, at, 3)
    return any(t.form in _SITE or has(t, _SITE) for t in after[:2])


def is_fight(words: list[Tok], at: int, ev: Event, W: Words) -> bool:
    """True when an ASSAULT is an attack launched on troops or a military site: a fight between armed
    parties, told apart from any other fight of its sentence."""
    del W  # kept for the hook's shape
    if ev.type != "ASSAULT":
        return False
    span = range(at, min(len(words), at + len(norm(ev.trigger).split())))
    hit = next((k for k in span if words[k].form in _ATTACK_NOUN), at)
    return attack_on_troops(words, hit, ev)


def is_fight_casualty(words: list[Tok], at: int, ev: Event) -> bool:
    """True when an ASSAULT is fighters killed by a named force on the ground: that fight, one with any
    fight its sentence already tells."""
    return ev.type == "ASSAULT" and fighters_killed(words, at, ev)

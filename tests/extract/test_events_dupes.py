"""One deed coded once (`events_dupes`): a cable's wishes told right after the cable, and a meeting named
again by a plural noun («محادثاته», «لقاءاتها», «اجتماعاته») in the sentence after it; two cables, or
two meetings each told by its own verb, stay two; a host's welcome after its reception, and «إذ ناقشوا» after
the meeting, are that meeting."""

from __future__ import annotations

from datetime import date

import pytest
from event_cases import quote_of, run

from marsad.extract.events_eval import run_article

SALMAN = ("الملك سلمان", "سلمان بن عبدالعزيز", "PER")
KHALID = ("الأمير خالد الفيصل", "خالد الفيصل", "PER")
KINGDOM = ("المملكة العربية السعودية", "السعودية", "LOC")
TUNISIAN = ("التونسي", "تونس", "LOC")
TUNISIA_REP = ("الجمهورية التونسية", "تونس", "LOC")
BUKHARI = ("محمد بخاري", "محمد بخاري", "PER")
BUKHARI_SHORT = ("بخاري", "محمد بخاري", "PER")
CAMEROON = ("الكاميرون", "الكاميرون", "LOC")
BIYA = ("بول بيا", "بول بيا", "PER")
MOGHERINI = ("موغيريني", "فيديريكا موغيريني", "PER")
SAUDI_OFFICIALS = ("المسؤولين السعوديين", "السعودية", "LOC")
RIYADH = ("الرياض", "الرياض", "LOC")
SPECS = [SALMAN, KHALID, KINGDOM, TUNISIAN, TUNISIA_REP, BUKHARI, BUKHARI_SHORT, CAMEROON, BIYA, MOGHERINI,
         SAUDI_OFFICIALS, RIYADH]


@pytest.mark.parametrize(("text", "typ"), [
    ("بعث الملك سلمان برقية تهنئة للرئيس التونسي بمناسبة ذكرى استقلال بلاده.\n\n"
     "وأعرب الملك باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني لفخامته ولشعب الجمهورية التونسية.",
     "SUPPORT"),
    ("بعث الملك سلمان برقية تهنئة للرئيس التونسي بمناسبة ذكرى استقلال بلاده.\n\n"
     "وعبر الملك عن أصدق التهاني لفخامته.\n\nوأشاد الملك بهذه المناسبة بالعلاقات الأخوية بين المملكة العربية السعودية والجمهورية التونسية.",
     "SUPPORT"),
    ("ويقوم الرئيس محمد بخاري حاليا بزيارة إلى الكاميرون تستمر يومين.\n\n"
     "وقالت الرئاسة إن محادثات بخاري مع نظيره بول بيا تتناول أمن الحدود.", "CONSULT"),
    ("وستجري موغيريني محادثات في الرياض غدا.\n\n"
     "وقال مصدر إن موغيريني ستؤكد خلال لقاءاتها مع المسؤولين السعوديين على أمن المنطقة.", "CONSULT"),
    ("استقبل الأمير خالد الفيصل الرئيس محمد بخاري في مكتبه بالرياض أمس.\n\n"
     "وناقش الأمير خالد الفيصل مع الضيف سبل إيصال المساعدات إلى المحتاجين في الكاميرون.", "CONSULT"),
])
def test_one_deed_told_twice_is_one_event(text: str, typ: str) -> None:
    assert len([e for e in run(text, SPECS) if e.type == typ]) == 1


@pytest.mark.parametrize(("text", "typ", "n"), [
    ("بعث الملك سلمان برقية تهنئة للرئيس التونسي بمناسبة ذكرى استقلال بلاده.\n\n"
     "كما بعث الأمير خالد الفيصل برقية تهنئة للرئيس التونسي بهذه المناسبة.", "SUPPORT", 2),
    ("استقبل الأمير خالد الفيصل الرئيس محمد بخاري في الرياض أمس.\n\n"
     "كما استقبل الأمير خالد الفيصل الرئيس بول بيا.", "CONSULT", 2),
])
def test_two_deeds_stay_two(text: str, typ: str, n: int) -> None:
    assert len([e for e in run(text, SPECS) if e.type == typ]) == n


JORDAN = ("الأردن", "الأردن", "LOC")
JORDANIAN_ = ("الأردنية", "الأردن", "LOC")
QAEDA = ("القاعدة", "القاعدة", "ORG")
MALI = ("مالي", "مالي", "LOC")
RUSSIANS = ("روس", "روسيا", "LOC")
LAWYER = ("المحامي", "المحامي", "PER")
NATO = ("حلف شمال الأطلسي", "حلف شمال الأطلسي", "ORG")
NATO_SHORT = ("الحلف", "حلف شمال الأطلسي", "ORG")
TURKEY = ("تركيا", "تركيا", "LOC")


def test_a_deed_in_quoted_words_naming_no_doer_is_the_deed_told() -> None:
    text = ('اعتقلت السلطات الأردنية الناشط أمس في عمان.\n\n'
            'وقال محاميه "موكلي اعتقل بشكل غير قانوني ولا يزال قيد التحقيق لدى المخابرات".')
    evs = run(text, [JORDANIAN_, JORDAN], ref=date(2015, 8, 8), quotes=quote_of(text, "المحامي"))
    assert len([e for e in evs if e.type == "COERCE"]) == 1
    text = ('هاجم مسلحون من تنظيم القاعدة فندقا في وسط مالي الجمعة.\n\n'
            'وأضاف المصدر "انها محاولة خطف فاشلة لطيارين روس من القوة الدولية".')
    evs = run(text, [QAEDA, MALI, RUSSIANS], ref=date(2015, 8, 8), quotes=quote_of(text, "المصدر"))
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1


def test_a_statement_in_quoted_words_naming_no_party_is_the_statement_told() -> None:
    text = ('ويجتمع مجلس حلف شمال الأطلسي الثلاثاء بناء على طلب من تركيا.\n\n'
            'وقال الحلف "طلبت تركيا الاجتماع في ضوء خطورة الموقف".')
    quotes = quote_of(text, "حلف شمال الأطلسي")
    assert len([e for e in run(text, [NATO, NATO_SHORT, TURKEY], quotes=quotes) if e.type == "DEMAND"]) == 1


def test_a_quoted_deed_with_its_doer_stays() -> None:
    text = ('اعتقلت السلطات الأردنية الناشط أمس في عمان.\n\n'
            'وقال المحامي "إن تركيا اعتقلت موكلي الآخر الشهر الماضي".')
    quotes = quote_of(text, "المحامي")
    assert len([e for e in run(text, [JORDAN, LAWYER, TURKEY], quotes=quotes) if e.type == "COERCE"]) == 2


def test_the_hosts_welcome_after_a_reception_is_that_reception() -> None:
    evs = run_article("استقبل الأمير فيصل بن خالد أمير منطقة عسير أمس، مدير الأمن العام الفريق عثمان بن ناصر المحرج. "
                      "ورحب سموه بالفريق المحرج والوفد المرافق، موضحاً أن رجال الأمن هم صمام الأمان.", "2015-08-07")
    assert len([ev for ev in evs if ev.type == "CONSULT"]) == 1


def test_they_discussed_after_the_meeting_is_that_meeting() -> None:
    evs = run_article("عندما التقى وزير الخارجية الأميركي جون كيري نظراءه في دول مجلس التعاون الخليجي في قطر في 3 أغسطس "
                      "الجاري، لم تكن إيران البند الوحيد على جدول أعمالهم، إذ ناقشوا أيضا محاربة تنظيم داعش في العراق.",
                      "2015-08-10")
    met = [ev for ev in evs if ev.type == "CONSULT"]
    assert len(met) == 1 and met[0].source == ["جون كيري"] and "إيران" not in met[0].target

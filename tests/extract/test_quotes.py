"""Quotes: marks, speakers before and after the verb, continuations, scare quotes."""

from marsad.extract.quotes import extract_quotes, quote_pairs
from marsad.model import Entity


def speech(text: str, ents: list[Entity] | None = None) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:12]) for q in extract_quotes(text, ents) if q.kind == "speech"]


def test_marks_and_spans() -> None:
    for text in ('قال الوزير خالد الفالح "إن الأسعار ستبقى مستقرة هذا العام".',
                 "قال الوزير خالد الفالح «إن الأسعار ستبقى مستقرة هذا العام».",
                 "قال الوزير خالد الفالح “إن الأسعار ستبقى مستقرة هذا العام”."):
        q = extract_quotes(text)[0]
        assert q.text == "إن الأسعار ستبقى مستقرة هذا العام"
        assert text[q.start:q.end] == q.text
        assert q.speaker == "خالد الفالح"


def test_reversed_guillemets() -> None:
    text = "ندد بـ»هجوم ارهابي» وقال"
    (o, c), = quote_pairs(text)
    assert text[o + 1:c] == "هجوم ارهابي"


def test_subject_and_continuations() -> None:
    text = ('ودعا المسؤول الروسي ميخائيل بوغدانوف إلى "وقف فوري لإطلاق النار وتقديم المساعدات". '
            'وأكد على "أهمية الجهود الدولية لإيجاد حل سياسي شامل".\n'
            'وأضاف: "نحن مستعدون للمساعدة في كل ما يلزم".')
    assert [s for s, _ in speech(text)] == ["ميخائيل بوغدانوف"] * 3


def test_entity_canonical_and_fuller_name() -> None:
    text = ('وأكد رئيس الوزراء بنيامين نتنياهو أنه لن يوقف الحرب "الآن". '
            'وقال نتنياهو خلال مؤتمر صحافي "إذا أوقفنا هذه الحرب الآن ستعود حماس".')
    assert speech(text) == [("بنيامين نتنياهو", "إذا أوقفنا ه")]
    s = text.index("نتنياهو خلال")
    ents = [Entity("نتنياهو", "PER", "بنيامين نتنياهو", s, s + 7)]
    assert speech(text, ents)[0][0] == "بنيامين نتنياهو"


def test_previous_sentence_subject() -> None:
    text = ("ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم الى التنظيم. "
            "وقال امام الصحافيين في انقرة «إن العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء».")
    assert speech(text)[0][0] == "احمد داود اوغلو"


def test_named_resident() -> None:
    text = "وروى احد سكان سوروتش ويدعى محمد جيليك لوكالة فرانس برس «ان المدينة غارقة في الفوضى»."
    assert speech(text)[0][0] == "محمد جيليك"


def test_postposed_verb() -> None:
    text = "«سنواصل العمل حتى تحقيق كل الأهداف المعلنة»، قال المتحدث باسم الجيش."
    assert speech(text)[0][0] == "المتحدث باسم الجيش"


def test_scare_quotes() -> None:
    text = ('وأعلنت حماس موافقتها على تشكيل "لجنة الإسناد المجتمعي" لإدارة القطاع. '
            'وتستهدف مواقع "تضامناً مع غزة". ويضرب تنظيم «داعش» في تركيا.')
    qs = extract_quotes(text)
    assert [q.kind for q in qs] == ["scare", "scare", "scare"]
    assert all(q.speaker is None for q in qs)


def test_egyptian_and_clitic_verbs() -> None:
    text = 'فقالت الوزيرة نبيلة مكرم: "إحنا مش هنسيب أي مواطن مصري بره من غير مساعدة".'
    assert speech(text)[0][0] == "نبيلة مكرم"

"""Junk actor names: a first letter cut as a proclitic, a blessing or a relative clause run on into a name,
a verb read as a brand («أودى بحياة»)."""

from marsad.extract.entities import extract_entities
from marsad.extract.events_actor_junk import blessing_tail, edge_words


def _persons(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == "PER"]


def test_first_letter_kept_when_rest_is_only_a_town() -> None:
    # «اهر» is only the Iranian town Ahar: «باهر» is the name
    assert "باهر محمد" in _persons("وقال الكاتب باهر محمد إن الحكومة فشلت في إدارة الأزمة.")
    assert "باولو جنتيلوني" in _persons("وقال وزير الخارجية الإيطالي باولو جنتيلوني إن المحادثات مثمرة.")


def test_fa_kept_after_a_title_in_apposition() -> None:
    assert "فاديا جاويش" in _persons("وأكدت الناشطة فاديا جاويش أن القرار خاطئ.")
    assert "فالح الفياض" in _persons("وقال مستشار الأمن القومي العراقي فالح الفياض إن الوضع مستقر.")


def test_real_proclitics_still_go() -> None:
    assert "بشار الأسد" in _persons("ورحب الرئيس المصري ببشار الأسد في القاهرة.")
    found = extract_entities("وسبق للعبادي أن اقترح تخفيض الرواتب.")
    assert [e.canonical for e in found if e.label == "PER"] == ["العبادي"]


def test_claimed_lives_is_no_audi() -> None:
    found = extract_entities("استهدف التفجير مسجد قوات الطوارئ وأودى بحياة عدد من رجال الأمن.")
    assert not any("أود" in e.text for e in found)
    assert any(e.text == "أودي" for e in extract_entities("وأعلنت شركة أودي الألمانية عن طراز جديد."))


def test_blessing_of_two_words() -> None:
    assert blessing_tail("عثمان رضي الله", "قتلوا عثمان رضي الله عنه") == "عثمان"
    assert blessing_tail("عبد الله", "عبد الله") == "عبد الله"


def test_relative_pronoun_ends_a_name() -> None:
    assert edge_words("علي الذي") == "علي"
    assert edge_words("حسن التي") == "حسن"
    assert edge_words("جون كيري") == "جون كيري"


def test_noun_object_cut_from_a_name() -> None:
    text = ("أكد الأمير خالد الفيصل أهمية السوق. واستعرض الأمير خالد الفيصل البرنامج الذي سيقدمه السوق هذا العام. "
            "وشكر الأمير خالد الفيصل الجهات المشاركة.")
    assert {e.canonical for e in extract_entities(text) if e.label == "PER"} == {"خالد الفيصل"}
    # a three-word name written once stays whole
    assert "صالح بن ناصر الجاسر" in _persons("وقال الشيخ صالح بن ناصر الجاسر إن المشروع يخدم الحجاج.")


def test_surname_named_alone_later_stays() -> None:
    text = ("وقال عبد الناصر إن الحرب قادمة. ويرى المحلل عبد الناصر العايد أن المعركة طويلة. "
            "ويوضح الخبير عبد الناصر العايد أن الحزب خسر كثيرا.")
    assert "عبد الناصر العايد" in _persons(text)


def test_crown_title_cut_from_a_name() -> None:
    from marsad.extract.events_actor_junk import crown_tail
    span = "أجرى الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد مباحثات مع الملك"
    assert crown_tail("محمد بن سلمان بن عبد العزيز ولي", span) == "محمد بن سلمان بن عبد العزيز"
    assert crown_tail("محمد بن ولي", "التقى محمد بن ولي الوزير") == "محمد بن ولي"

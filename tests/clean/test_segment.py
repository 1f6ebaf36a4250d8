"""Segmentation: tables of Arabic page lines → what each becomes."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import clean_text
from marsad.clean.segment import classify, dedupe_headlines, parse_tags, segment

BODY = ("بحث وفد من الحركة مع المسؤولين في العاصمة سبل الوصول إلى وقف إطلاق نار دائم "
        "وآليات التعامل مع التطورات الإقليمية المتسارعة في المنطقة.")


@pytest.mark.parametrize(("line", "kind"), [
    ("إقرأ أيضاً:", "read_also"),
    ("اقرأ أيضا", "read_also"),
    ("اقرأ ايضاً :", "read_also"),
    ("مقالات مشابهة", "related"),
    ("مواضيع ذات صلة", "related"),
    ("أخبار ذات صلة:", "related"),
    ("الأكثر قراءة", "related"),
    ("كلمات دلالية: حماس غزة", "tags"),
    ("الوسوم: القدس، الأقصى", "tags"),
    ("المصدر: عربي21", "attribution"),
    ("* خدمة «نيويورك تايمز»", "attribution"),
    ("شارك", "share"),
    ("شارك من خلال تويتر", "share"),
    ("جميع الحقوق محفوظة © 2024", "copyright"),
    ("المزيد في سياسة", "navigation"),
    ("سياسة اقتصاد رياضة مقالات صحافة", "navigation"),
    ("Next Previous", "navigation"),
    ("// انتهى //", "other"),
    ("للتواصل مع الكاتب ارسل رسالة SMS", "other"),
    (BODY, "text"),
    ("انتهى الاجتماع دون التوصل إلى اتفاق بين الطرفين حول الملفات العالقة", "text"),
    ("المصدر الأمني قال إن التحقيقات مستمرة في الحادث الذي وقع أمس في المدينة", "text"),
    ("بوغدانوف يدعو لوقف إطلاق النار", "text"),
])
def test_classify(line: str, kind: str) -> None:
    assert classify(line)[0] == kind


def test_inline_read_also_is_a_related_headline() -> None:
    kind, payload = classify("اقرأ أيضا: الجامعة العربية تدعو إلى وقف فوري لإطلاق النار")
    assert kind == "read_also"
    assert payload == "الجامعة العربية تدعو إلى وقف فوري لإطلاق النار"


def test_attribution_gives_publisher() -> None:
    assert classify("المصدر: عربي21") == ("attribution", "عربي21")


def test_tags_drop_menu_categories() -> None:
    tags = parse_tags("سياسة اقتصاد رياضة حماس غزة سياسة عربية الفلسطيني فتح المزيد في سياسة الاحتلال الإسرائيلي")
    assert tags == ["حماس", "غزة", "الفلسطيني", "فتح", "الاحتلال الإسرائيلي"]


def test_tags_with_separators_keep_multiword_tags() -> None:
    assert parse_tags("الأردن، الزرقاء، وزارة الصحة، مستشفيات") == ["الأردن", "الزرقاء", "وزارة الصحة", "مستشفيات"]


def test_tags_fold_duplicates_and_farsi_letters() -> None:
    assert parse_tags(clean_text("حماس غزة حماس غزّة الإسرائیلی")) == ["حماس", "غزة", "الإسرائيلي"]


def test_related_near_duplicates_merge() -> None:
    heads = ['فتح: مصر تسعى بكل قوة لوقف إطلاق النار', '"فتح": مصر تسعى بكل قوة لوقف إطلاق النار',
             "«فتح»: مصر تسعى بكل قوة لوقف إطلاق النار", "وقف النار في غزة واتصالات سرية"]
    assert dedupe_headlines(heads) == [heads[0], heads[3]]


def test_embedded_article_after_read_also() -> None:
    text = "\n".join([BODY, "بوغدانوف يدعو لوقف إطلاق النار", BODY, "المصدر: عربي21", "إقرأ أيضاً:",
                      "تقدم في مفاوضات غزة.. و\"حماس\" قد تتنازل عن بعض الشروط",
                      "نقلت صحيفة أمريكية عن مصادر قولها إن المفاوضات تتقدم بهدوء وإن الطرفين قريبان من اتفاق على المرحلة الأولى.",
                      "وأضافت المصادر أن الوسطاء يواصلون اتصالاتهم.", "مقالات مشابهة", "• خبر أول عن غزة",
                      "• خبر ثان عن القاهرة"])
    seg = segment(text)
    main, emb = seg.articles
    assert main.role == "main" and main.publisher == "عربي21"
    assert "بوغدانوف يدعو لوقف إطلاق النار" in main.lines  # an in-text subheading stays
    assert emb.role == "embedded" and emb.title.startswith("تقدم في مفاوضات غزة")
    assert emb.lines[-1] == "وأضافت المصادر أن الوسطاء يواصلون اتصالاتهم."
    assert seg.related == ["خبر أول عن غزة", "خبر ثان عن القاهرة"]
    assert [r.reason for r in seg.removed] == ["attribution", "read_also_marker", "related", "related", "related"]


def test_read_also_followed_by_headlines_is_a_list() -> None:
    seg = segment("\n".join([BODY, "اقرأ أيضا", "• عنوان أول قصير", "• عنوان ثان قصير"]))
    assert len(seg.articles) == 1
    assert seg.related == ["عنوان أول قصير", "عنوان ثان قصير"]


def test_title_taken_from_first_short_line_but_not_a_byline() -> None:
    seg = segment("\n".join(["افتتاح مستشفى جديد في الزرقاء", BODY]))
    assert seg.articles[0].title == "افتتاح مستشفى جديد في الزرقاء"
    seg = segment("\n".join(["صنعاء - خاص", BODY]))
    assert seg.articles[0].title is None and seg.articles[0].lines[0] == "صنعاء - خاص"


def test_known_title_repeated_as_first_line_is_dropped() -> None:
    seg = segment("\n".join(["عنوان الخبر هنا", BODY]), title="عنوان الخبر هنا")
    assert seg.articles[0].lines == [BODY]


def test_every_removed_block_has_a_reason() -> None:
    seg = segment("\n".join(["الرئيسية", BODY, "شارك", "جميع الحقوق محفوظة"]))
    assert [(r.text, r.reason) for r in seg.removed] == [
        ("الرئيسية", "navigation"), ("شارك", "share"), ("جميع الحقوق محفوظة", "copyright")]

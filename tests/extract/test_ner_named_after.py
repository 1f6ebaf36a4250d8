"""Bodies and places named after a person are one mention, not the person (ner_named_after)."""

from __future__ import annotations

import pytest

from marsad.extract.entities import extract_entities


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text)]


@pytest.mark.parametrize(("text", "label", "name"), [
    ("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية سلالا غذائية على الأسر.", "ORG",
     "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
    ("وأعلنت مؤسسة محمد بن راشد آل مكتوم عن منح دراسية.", "ORG", "مؤسسة محمد بن راشد آل مكتوم"),
    ("وحصل الباحث على جائزة الملك فيصل العالمية هذا العام.", "ORG", "جائزة الملك فيصل العالمية"),
    ("وطورت مدينة الملك عبدالعزيز للعلوم والتقنية جهازا جديدا.", "ORG", "مدينة الملك عبدالعزيز للعلوم والتقنية"),
    ("وهبطت الطائرة في مطار الملك خالد الدولي مساء أمس.", "LOC", "مطار الملك خالد الدولي"),
    ("وأغلقت الشرطة شارع الأمير سلطان بسبب الحادث.", "LOC", "شارع الأمير سلطان"),
    ("ونقل الجرحى إلى مستشفى الأمير محمد بن عبدالعزيز لتلقي العلاج.", "ORG",
     "مستشفى الأمير محمد بن عبدالعزيز"),
])
def test_a_body_named_after_a_person_is_one_mention(text: str, label: str, name: str) -> None:
    found = _mentions(text)
    assert (label, name) in found
    assert not any(lb == "PER" for lb, _ in found)


def test_the_place_after_the_name_stays_a_place() -> None:
    found = _mentions("وأدخل المريض مستشفى الملك فهد بالدمام أمس.")
    assert ("ORG", "مستشفى الملك فهد") in found and not any(lb == "PER" for lb, _ in found)


@pytest.mark.parametrize("text", [
    "واستقبل الملك سلمان بن عبدالعزيز وزير الخارجية الفرنسي.",  # the king himself
    "وقال إن الأمر تم عن طريق الأمير فيصل.",  # «عن طريق»: by way of, no street
    "وتبرع مركز الأبحاث بمبلغ كبير.",  # a head noun with no person after it
])
def test_no_body_without_a_head_and_a_name(text: str) -> None:
    assert not any(lb in ("ORG", "LOC") and " " in t and t.split()[1] in ("الملك", "الأمير")
                   for lb, t in _mentions(text))

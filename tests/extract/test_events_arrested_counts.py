"""The arrested told by a count (`events_arrested_counts`): a compound number in words, an approximate number
with «من» and a definite plural, a dual noun of people, «مشتبه به» alone or counted; and «اثني عشر» read as a
number, not as praise."""

from __future__ import annotations

from event_cases import one, run

POLICE = ("الشرطة", "الشرطة", "ORG")
FRENCH = ("الفرنسية", "فرنسا", "LOC")
MARSEILLE = ("مرسيليا", "مرسيليا", "LOC")


def test_a_compound_number_counts_the_arrested() -> None:
    ev = one(run("وأعلنت الشرطة أمس أنه جرى اعتقال اثني عشر شخصا بعد المواجهات.", [POLICE]), "COERCE")
    assert ev.target == ["اثني عشر شخصا"]
    ev = one(run("وتم القبض على سبعة عشر متهما داخل المستودع.", []), "COERCE")
    assert ev.target == ["سبعة عشر متهما"]


def test_a_number_joined_by_wa_counts_the_arrested() -> None:
    ev = one(run("وذكرت الشرطة أنها نفذت عملية اعتقال ثلاثة وعشرين شخصا في الأحياء الشرقية.", [POLICE]), "COERCE")
    assert ev.target == ["ثلاثة وعشرين شخصا"]


def test_a_teen_number_is_no_praise() -> None:
    evs = run("وأعلنت الشرطة اعتقال اثني عشر شخصا بعد المواجهات.", [POLICE])
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_an_approximate_number_of_a_group_was_arrested() -> None:
    ev = one(run("وقد جرى اعتقال قرابة 60 من المحتجين قرب الوزارة.", []), "COERCE")
    assert ev.target == ["قرابة 60 من المحتجين"]


def test_a_dual_noun_counts_two_arrested() -> None:
    ev = one(run("وأفادت الشرطة بأنه تم القبض على شخصين بعد ساعات من الحادث.", [POLICE]), "COERCE")
    assert ev.target == ["شخصين"]


def test_a_dual_after_the_doer_of_an_arrest_noun() -> None:
    ev = one(run("ويأتي اعتقال الشرطة لشخصين بعد أسبوع من التحقيقات.", [POLICE]), "COERCE")
    assert ev.source == ["الشرطة"]
    assert ev.target == ["شخصين"]


def test_a_dual_is_what_a_stopping_verb_needs() -> None:
    evs = run("وأوقفت الشرطة الفرنسية امرأتين في مرسيليا بعد مطاردة قصيرة.", [POLICE, FRENCH, MARSEILLE])
    ev = one(evs, "COERCE")
    assert ev.target == ["امرأتين"]


def test_a_span_of_years_is_no_one_arrested() -> None:
    evs = run("وكان قد اعتقل ثلاثة أعوام قبل أن يفرج عنه.", [])
    assert all(not e.target or "أعوام" not in e.target[0] for e in evs if e.type == "COERCE")


def test_one_person_in_the_genitive_was_arrested() -> None:
    ev = one(run("وأفاد المصدر بأنه تم القبض على قيادي إرهابي داخل الكهف.", []), "COERCE")
    assert ev.target == ["قيادي إرهابي"]


def test_past_a_long_doer_the_needed_word_then_whom() -> None:
    evs = run("ألقت دوريات الأمن التابعة لمركز شرطة المحافظة القبض على شاب في الوادي.", [])
    assert one(evs, "COERCE").target == ["شاب"]


def test_the_one_a_pronoun_on_ala_stands_for_was_arrested() -> None:
    SALIM = ("سالم بن علي الغامدي", "سالم بن علي الغامدي", "PER")
    ev = one(run("وهرب سالم بن علي الغامدي من الموقع قبل أن يتم القبض عليه في الطائف.", [SALIM]), "COERCE")
    assert ev.target == ["سالم بن علي الغامدي"]
    ev = one(run("وذكر البيان أن الجناة لاذوا بالفرار ثم جرى القبض عليهم بعد يومين.", []), "COERCE")
    assert ev.target == ["الجناة"]


def test_no_one_in_an_aside_is_the_one_arrested() -> None:
    evs = run("وقال المحقق إن مالك الشقة -وهو جار الرجل المصاب- ألقي القبض عليه صباح اليوم.", [])
    assert all("الرجل" not in " ".join(e.target) for e in evs if e.type == "COERCE")


HOUTHIS = ("الحوثيين", "الحوثي", "ORG")


def test_some_of_a_group_named_before_were_arrested() -> None:
    # «عدد منهم», «أحدهم», «عدد من هؤلاء»: part of the group told before the arrest, which is its target
    for text in ("وفرت قيادات من الحوثيين من المدينة فيما تم القبض على عدد منهم.",
                 "وفرت قيادات من الحوثيين من المدينة وتم القبض على أحدهم.",
                 "وفرت قيادات من الحوثيين من المدينة وتم القبض على عدد من هؤلاء."):
        assert [e.target for e in run(text, [HOUTHIS]) if e.type == "COERCE"] == [["الحوثي"]], text


def test_a_number_of_things_after_an_arrest_is_no_part_of_a_group() -> None:
    text = "وفرت قيادات من الحوثيين من المدينة وتم القبض على عدد من المطلوبين."
    assert all(e.target != ["الحوثي"] for e in run(text, [HOUTHIS]) if e.type == "COERCE")


def test_a_suspect_told_by_the_participle_with_bihi() -> None:
    ev = one(run("وأعلنت الشرطة اعتقال مشتبه به في سرقة المتجر.", [POLICE]), "COERCE")
    assert ev.target == ["مشتبه به"]


def test_a_number_counts_suspects_told_by_the_participle() -> None:
    ev = one(run("واعتقلت الشرطة ثلاثة مشتبه بهم في الحي القديم.", [POLICE]), "COERCE")
    assert ev.target == ["ثلاثة مشتبه بهم"]
    ev = one(run("وقد ألقت الشرطة القبض على 40 مشتبها بهم بعد المداهمة.", [POLICE]), "COERCE")
    assert ev.target == ["40 مشتبها بهم"]


def test_the_count_after_a_doer_with_its_nisba() -> None:
    evs = run("وأوقفت الشرطة الفرنسية ثلاثة مشتبه بهم في مرسيليا.", [POLICE, FRENCH, MARSEILLE])
    assert one(evs, "COERCE").target == ["ثلاثة مشتبه بهم"]


def test_the_needed_noun_a_number_counts_is_the_arrested() -> None:
    kuwaiti = ("الكويتية", "الكويت", "LOC")
    authorities = ("السلطات الكويتية", "السلطات الكويتية", "ORG")
    ev = one(run("وأبعدت السلطات الكويتية 20 وافدا بعد انتهاء التحقيق.", [authorities, kuwaiti]), "COERCE")
    assert ev.target == ["20 وافدا"]


def test_a_count_after_a_deporting_verb_names_the_deported() -> None:
    saudi = ("السعودية", "السعودية", "LOC")
    authorities = ("السلطات السعودية", "السلطات السعودية", "ORG")
    ev = one(run("ورحلت السلطات السعودية 20 مقيما مخالفا لنظام الإقامة.", [authorities, saudi]), "COERCE")
    assert ev.target == ["20 مقيما"]

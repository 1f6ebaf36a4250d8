"""Actor names cut short or standing for a named person (`events_name_completion`, topic «names»): a role phrase
before «يدعى» gives way to the name told after it, a role phrase to the person named after its
complement, a person's name cut before its surname or after its first name gets it back, and a body's
name cut before its «لل…» complement goes on over it."""

from __future__ import annotations

from event_cases import names, one, run

LABOUR = ("وزارة العمل", "وزارة العمل", "ORG")


def test_role_before_yudaa_gives_way_to_the_name() -> None:
    text = "واتهم أحد الموظفين العرب يدعى سامي فهد علي وزارة العمل بالتقصير في حقه."
    ev = one(run(text, [("سامي فهد", "سامي فهد", "PER"), LABOUR]), "DISAPPROVE")
    assert ev.source == ["سامي فهد علي"]
    assert "سامي فهد" not in ev.target
    text = "وأدانت المحكمة الجزائية سيدة تدعى سلوى بتهمة تمويل الإرهاب."  # an object between: the doer stays
    # a court's conviction is its sentence (COERCE, events_type_fixes)
    ev = one(run(text, [("المحكمة الجزائية", "المحكمة الجزائية", "ORG"), ("سلوى", "سلوى", "PER")]), "COERCE")
    assert ev.source == ["المحكمة الجزائية"]


def test_person_name_goes_on_over_its_surname() -> None:
    text = "وانتقد المحامي خالد بن سعيد الزهراني وزارة العمل أمس."
    ev = one(run(text, [("خالد بن سعيد", "خالد بن سعيد", "PER"), LABOUR]), "DISAPPROVE")
    assert ev.source == ["خالد بن سعيد الزهراني"]


def test_person_name_stops_before_a_title() -> None:
    from marsad.extract.events_name_completion import person_tail

    span = "وأكد خالد الزهراني المشرف العام على البرنامج أن العمل مستمر"
    assert person_tail("خالد الزهراني", span) == "خالد الزهراني"
    assert person_tail("خالد", "وقال خالد الزهراني إن") == "خالد الزهراني"


def test_swallowed_party_gives_its_place() -> None:
    text = "وكشفت وزارة الداخلية اليوم عن مقتل محمد علي عبدالرحيم الفرج المطلوب أمنيا."
    specs = [("وزارة الداخلية", "وزارة الداخلية", "ORG"), ("محمد", "محمد", "PER"),
             ("عبدالرحيم الفرج", "عبدالرحيم الفرج", "PER")]
    evs = [e for e in run(text, specs) if e.type == "ASSAULT"]
    assert evs and all("محمد" not in names(e) and "عبدالرحيم الفرج" not in names(e) for e in evs)
    assert any("محمد علي عبدالرحيم الفرج" in names(e) for e in evs)


def test_role_gives_way_to_its_holder() -> None:
    text = "وطالب رئيس لجنة المياه في غرفة تبوك عبدالغني الحربي وزارة العمل بزيادة الدعم."
    ev = one(run(text, [("عبدالغني الحربي", "عبدالغني الحربي", "PER"), LABOUR]), "DEMAND")
    assert "عبدالغني الحربي" in ev.source and not any(n.startswith("رئيس") for n in ev.source)


def test_body_name_goes_on_over_its_complement() -> None:
    text = "ودعا الاتحاد العالمي للمهندسين وزارة العمل إلى التحرك."
    ev = one(run(text, [("الاتحاد العالمي", "الاتحاد العالمي", "ORG"), LABOUR]), "DEMAND")
    assert ev.source == ["الاتحاد العالمي للمهندسين"]


def test_bare_title_takes_the_name_after_it() -> None:
    text = "وطالبت النائبة سلمى نصيف وزارة العمل بالتحقيق في التعيينات."
    ev = one(run(text, [LABOUR]), "DEMAND")
    assert ev.source == ["سلمى نصيف"]


def test_cut_first_name_comes_back() -> None:
    text = "وطالب أحمد الدوسري وزارة العمل بالتحقيق على وجه السرعة."
    ev = one(run(text, [("الدوسري", "الدوسري", "PER"), LABOUR]), "DEMAND")
    assert ev.source == ["أحمد الدوسري"]


def test_compound_first_name_goes_on_over_its_second_half() -> None:
    text = "وانتقد سيف الإسلام وزارة العمل على التقصير."
    ev = one(run(text, [("سيف", "سيف", "PER"), LABOUR]), "DISAPPROVE")
    assert ev.source == ["سيف الإسلام"]


def test_body_name_goes_on_over_a_construct_unless_listed_whole() -> None:
    from marsad.extract.events_name_completion import body_tail

    assert body_tail("الشركة الكويتية", "واعترفت الشركة الكويتية لنفط الخليج بصحة التسريبات") == \
        "الشركة الكويتية لنفط الخليج"
    assert body_tail("الاتحاد الأوروبي", "ورحب بدعم الاتحاد الأوروبي لجهود السلام") == "الاتحاد الأوروبي"


def test_role_gives_way_to_the_titled_holder_after_its_body() -> None:
    from marsad.extract.events_name_completion import holder_after

    span = "واستنكر عميد الكلية في جامعة الملك سعود الدكتور أمين بن سالم الحربي الحادث الإرهابي"
    assert holder_after("عميد الكلية", span) == "أمين بن سالم الحربي"
    span = "والتقى المسؤول الأممي فور وصوله فريقاً حكومياً ضم محافظ عدن نايف البكري"
    assert holder_after("المسؤول الأممي", span) == ""

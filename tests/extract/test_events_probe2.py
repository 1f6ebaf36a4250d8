"""Whole 2024-style articles (second probe): a bare «الوفد» for the party whose delegation the story named,
a withdrawal insisted on, a measure's target past its aim («العقوبات على إيران تستهدف …»), aid announced
as a package, the US Treasury, and solidarity as a deed's motive."""

from event_cases import coded

from marsad.extract.events_eval import run_article


def test_the_delegation_is_the_party_named_with_it() -> None:
    text = ("وصل وفد من حركة حماس إلى القاهرة أمس الجمعة. "
            "وقال مصدر إن الوفد التقى رئيس المخابرات المصرية حسن رشاد.")
    evs = coded(text, "CONSULT")
    assert evs and evs[0].source == ["حماس"]


def test_a_delegation_of_no_party_stays_unnamed() -> None:
    text = "استقبل الرئيس المصري وفدا من رجال الأعمال. وبحث الوفد فرص الاستثمار مع رئيس الوزراء."
    assert all("حماس" not in e.source for e in run_article(text, "2024-12-07"))


def test_a_withdrawal_insisted_on_is_no_retreat() -> None:
    assert not coded("وأكدت حماس أنها تتمسك بانسحاب إسرائيل الكامل من القطاع.", "RETREAT")
    assert not coded("وتصر حماس على انسحاب القوات الإسرائيلية من غزة.", "RETREAT")
    assert coded("وانسحبت القوات الإسرائيلية من غزة.", "RETREAT")


def test_sanctions_on_a_country_that_target_people_are_no_attack() -> None:
    text = ("فرض الاتحاد الأوروبي حزمة جديدة من العقوبات على إيران تستهدف أفرادا وكيانات متهمة بتزويد "
            "روسيا بطائرات مسيرة.")
    assert not coded(text, "ASSAULT")
    assert coded("شنت الطائرات الإسرائيلية غارات على غزة استهدفت منازل.", "ASSAULT")


def test_an_aid_package_announced() -> None:
    evs = coded("وأعلن وزير الخارجية الأمريكي أنتوني بلينكن عن حزمة مساعدات عسكرية جديدة لكييف.", "AID")
    assert evs and evs[0].source == ["أنتوني بلينكن"] and evs[0].target == ["أوكرانيا", "كييف"]  # the capital's country


def test_the_treasury_imposes_sanctions() -> None:
    evs = coded("وأعلنت وزارة الخزانة الأمريكية فرض عقوبات على إيران.", "SANCTION")
    assert evs and "الولايات المتحدة" in evs[0].source


def test_solidarity_as_motive_is_no_support_and_no_target() -> None:
    text = "ومنذ نوفمبر 2023 تستهدف جماعة الحوثي سفنا في البحر الأحمر، تضامنا مع غزة."
    assert not coded(text, "SUPPORT")
    assert all("غزة" not in e.target for e in coded(text, "ASSAULT"))
    evs = coded("وأبدت قطر تضامنا مع لبنان.", "SUPPORT")
    assert evs and evs[0].target == ["لبنان"]


def test_an_accompanying_delegation_is_not_the_one_named_before() -> None:
    text = ("وصل وفد من حركة حماس إلى جدة. "
            "واجتمع الوزير عادل الجبير مع وزير الخارجية المصري سامح شكري والوفد المرافق له.")
    assert all("حماس" not in e.target for e in coded(text, "CONSULT"))


def test_a_party_past_a_semicolon_is_not_the_delegations() -> None:
    text = ("وصل وفد رفيع؛ حماس لم تعلق على الزيارة. "
            "وقال مصدر إن الوفد التقى رئيس المخابرات المصرية حسن رشاد.")
    assert all("حماس" not in e.source for e in coded(text, "CONSULT"))

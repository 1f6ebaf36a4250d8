"""Whole 2024-style articles (second probe): a bare «الوفد» for the party whose delegation the story named,
a withdrawal insisted on, a measure's target past its aim («العقوبات على إيران تستهدف …»), aid announced
as a package, the US Treasury, and solidarity as a deed's motive."""

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in run_article(text, "2024-12-07") if e.type == kind]


def test_the_delegation_is_the_party_named_with_it() -> None:
    text = ("وصل وفد من حركة حماس إلى القاهرة أمس الجمعة. "
            "وقال مصدر إن الوفد التقى رئيس المخابرات المصرية حسن رشاد.")
    evs = _events(text, "CONSULT")
    assert evs and evs[0].source == ["حماس"]


def test_a_delegation_of_no_party_stays_unnamed() -> None:
    text = "استقبل الرئيس المصري وفدا من رجال الأعمال. وبحث الوفد فرص الاستثمار مع رئيس الوزراء."
    assert all("حماس" not in e.source for e in run_article(text, "2024-12-07"))


def test_a_withdrawal_insisted_on_is_no_retreat() -> None:
    assert not _events("وأكدت حماس أنها تتمسك بانسحاب إسرائيل الكامل من القطاع.", "RETREAT")
    assert not _events("وتصر حماس على انسحاب القوات الإسرائيلية من غزة.", "RETREAT")
    assert _events("وانسحبت القوات الإسرائيلية من غزة.", "RETREAT")


def test_sanctions_on_a_country_that_target_people_are_no_attack() -> None:
    text = ("فرض الاتحاد الأوروبي حزمة جديدة من العقوبات على إيران تستهدف أفرادا وكيانات متهمة بتزويد "
            "روسيا بطائرات مسيرة.")
    assert not _events(text, "ASSAULT")
    assert _events("شنت الطائرات الإسرائيلية غارات على غزة استهدفت منازل.", "ASSAULT")


def test_an_aid_package_announced() -> None:
    evs = _events("وأعلن وزير الخارجية الأمريكي أنتوني بلينكن عن حزمة مساعدات عسكرية جديدة لكييف.", "AID")
    assert evs and evs[0].source == ["أنتوني بلينكن"] and evs[0].target == ["أوكرانيا", "كييف"]  # the capital's country


def test_the_treasury_imposes_sanctions() -> None:
    evs = _events("وأعلنت وزارة الخزانة الأمريكية فرض عقوبات على إيران.", "SANCTION")
    assert evs and "الولايات المتحدة" in evs[0].source


def test_solidarity_as_motive_is_no_support_and_no_target() -> None:
    text = "ومنذ نوفمبر 2023 تستهدف جماعة الحوثي سفنا في البحر الأحمر، تضامنا مع غزة."
    assert not _events(text, "SUPPORT")
    assert all("غزة" not in e.target for e in _events(text, "ASSAULT"))
    evs = _events("وأبدت قطر تضامنا مع لبنان.", "SUPPORT")
    assert evs and evs[0].target == ["لبنان"]


def test_an_accompanying_delegation_is_not_the_one_named_before() -> None:
    text = ("وصل وفد من حركة حماس إلى جدة. "
            "واجتمع الوزير عادل الجبير مع وزير الخارجية المصري سامح شكري والوفد المرافق له.")
    assert all("حماس" not in e.target for e in _events(text, "CONSULT"))

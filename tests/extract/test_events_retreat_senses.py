"""RETREAT and MOBILIZE triggers that tell no withdrawal, release or build-up (`events_retreat_senses`): a lifting
of sanctions in prospect, a release asked or offered, a pact left, a political manoeuvre, a hospital's alert,
reinforcements struck; and the ones that do stay."""

from __future__ import annotations

from event_cases import HOUTHI, IRAQI, SECURITY_FORCES, US, run

IRAN = ("إيران", "إيران", "LOC")
UNSC = ("مجلس الأمن الدولي", "مجلس الأمن الدولي", "ORG")
GREECE = ("اليونان", "اليونان", "LOC")
RAMADI = ("الرمادي", "الرمادي", "LOC")
ABYAN = ("أبين", "أبين", "LOC")
JORDAN = ("الأردن", "الأردن", "LOC")
TEHRAN = ("طهران", "طهران", "LOC")
SINAI = ("سيناء", "سيناء", "LOC")


def _types(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    return [e.type for e in run(text, specs)]


def test_sanctions_lifted_in_prospect_are_no_retreat_lifted_by_a_body_are() -> None:
    text = "وقال الوزير إن الاتفاق ينص على رفع العقوبات عن إيران مقابل قيود على برنامجها النووي."
    assert "RETREAT" not in _types(text, [IRAN])
    text = "وتستعد الشركات الأوروبية لدخول السوق فور رفع العقوبات عن إيران."
    assert "RETREAT" not in _types(text, [IRAN])
    text = "ورفع مجلس الأمن الدولي أمس العقوبات المفروضة على إيران."
    assert "RETREAT" in _types(text, [UNSC, IRAN])


def test_a_release_asked_or_offered_is_no_retreat_one_done_is() -> None:
    text = "وقال الرئيس إنه ينبغي إطلاق سراح الصحفي المعتقل في طهران فورا."
    assert "RETREAT" not in _types(text, [TEHRAN])
    text = "وتشترط الحكومة إطلاق العمال المحتجزين مقابل إطلاق سراح الصيادين المحتجزين في طهران."
    assert "RETREAT" not in _types(text, [TEHRAN])
    text = "وأفرجت السلطات الإيرانية أمس عن الصحفي الأمريكي بعد سجنه عاما."
    assert "RETREAT" in _types(text, [IRAN, US])


def test_leaving_a_pact_is_no_retreat_leaving_a_town_is() -> None:
    text = "وأظهر الاستطلاع أن نصف الألمان يحبذون انسحاب اليونان من منطقة اليورو."
    assert "RETREAT" not in _types(text, [GREECE])
    text = "وحذر الوزير من أن انسحاب الولايات المتحدة من الاتفاق سيؤدي إلى عزلتها."
    assert "RETREAT" not in _types(text, [US])
    text = "وانسحبت القوات العراقية من مدينة الرمادي أمس بعد هجوم لتنظيم داعش."
    assert "RETREAT" in _types(text, [IRAQI, RAMADI])


def test_leaving_a_contest_or_a_programme_is_no_retreat() -> None:
    text = "وكانت اللاعبة الأمريكية قد انسحبت من دورة السويد قبل أسبوعين بسبب الإصابة."
    assert "RETREAT" not in _types(text, [US])
    text = "وقال المسؤول إن بعض الفصائل المسلحة والمقاتلين انسحبوا من برنامج التدريب الأمريكي."
    assert "RETREAT" not in _types(text, [US])
    text = "وأعلن الأردن انسحاب مرشحه من انتخابات المجلس التنفيذي للمنظمة."
    assert "RETREAT" not in _types(text, [JORDAN])


def test_a_political_manoeuvre_is_no_mobilization_a_drill_is() -> None:
    text = "وأظهر رئيس الوزراء موهبة كبيرة في المناورات السياسية خلال المفاوضات مع الدائنين."
    assert "MOBILIZE" not in _types(text, [])
    text = "وسينفذ المسبار سلسلة من المناورات الدقيقة ليضع كاميراته في مواجهة الكوكب."
    assert "MOBILIZE" not in _types(text, [])
    text = "وبدأت القوات الأمريكية أمس مناورات عسكرية مشتركة في جنوب الأردن."
    assert "MOBILIZE" in _types(text, [US, JORDAN])


def test_a_hospital_alert_is_no_mobilization_a_security_alert_is() -> None:
    text = "وأعلنت مستشفيات المنطقة حالة الاستنفار لاستقبال المصابين والمتبرعين بالدم."
    assert "MOBILIZE" not in _types(text, [])
    text = "ورفعت قوات الأمن حالة الاستنفار الأمني في شمال سيناء تحسبا لهجمات."
    assert "MOBILIZE" in _types(text, [SECURITY_FORCES, SINAI])


def test_reinforcements_struck_or_asked_for_are_no_mobilization_sent_are() -> None:
    text = "وشنت طائرات التحالف أمس غارات جوية على تعزيزات عسكرية للحوثيين في أبين."
    assert "MOBILIZE" not in _types(text, [HOUTHI, ABYAN])
    text = "وأفادت مصادر بأن قائد الميليشيات هرب من القاعدة بعد طلبه تعزيزات عسكرية ضخمة."
    assert "MOBILIZE" not in _types(text, [])
    text = "ودفع الحوثيين بتعزيزات عسكرية إلى أبين أمس."
    assert "MOBILIZE" in _types(text, [HOUTHI, ABYAN])


def test_rallying_backing_or_an_angry_crowd_is_no_mobilization() -> None:
    assert "MOBILIZE" not in _types("وحاول الرئيس أن يحشد تأييدا دوليا لموقف بلاده ضد الجيش.", [])
    assert "MOBILIZE" not in _types("وقام حشد غاضب من القرويين بالاعتداء على رجل في القرية.", [])

"""«استهدف»/«اعتداء»/«عدوان» aimed at a thing at stake, said of any attack, or used as a verdict: no attack."""

from marsad.extract.events_eval import run_article


def _attacks(text: str) -> list:
    return [e for e in run_article(text, "2015-08-08") if e.type == "ASSAULT"]


def test_crime_aimed_at_security_no_attack() -> None:
    assert not _attacks("وأكد الأمين العام للمنظمة أن هذه الجريمة النكراء تستهدف زعزعة أمن الكويت واستقرارها.")


def test_aggression_on_security_no_attack() -> None:
    assert not _attacks("وقال رئيس المجلس إن المساس بدولة شقيقة هو اعتداء مباشر على أمن واستقرار قطر كلها.")


def test_verdict_crime_and_aggression_no_attack() -> None:
    assert not _attacks("وقال الشيخ إن هذا التفجير يعد جرما عظيما وعدوانا كبيرا يستهدف رجال الأمن في بيوت الله.")


def test_any_aggression_no_attack() -> None:
    assert not _attacks("مؤكدا أن أي عدوان على الحدود هو عدوان على الأمة كلها.")


def test_verdict_on_deed_is_no_second_deed() -> None:
    ev = _attacks("وقال الوزير إن ما جرى في الموصل هو عدوان خارجي على العراق.")
    assert not ev


def test_attack_on_guards_kept() -> None:
    ev = _attacks("وقامت قوات الاحتلال بالاعتداء على حراس المسجد الأقصى بالضرب صباح أمس.")
    assert ev and ev[0].source


def test_targeting_security_men_kept() -> None:
    ev = _attacks("واستهدف انتحاري رجال الأمن في مدينة أبها ظهر الخميس.")
    assert ev

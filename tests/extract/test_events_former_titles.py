"""A former office holder's title («الرئيس الفرنسي السابق», «وزير الخارجية الأمريكي الأسبق») stands for
the man, not for his country nor for whoever holds the office now; and in a Saudi paper «المملكة» is
the Saudi kingdom when another kingdom is only named in passing."""
from marsad.extract.events_eval import run_article
from marsad.extract.events_former_titles import former_roles
from marsad.model import Entity


def _events(text: str, kind: str, publisher: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2015-08-07", publisher=publisher) if e.type == kind]


def test_a_former_minister_is_not_his_country() -> None:
    srcs = [s for s, _ in _events("وانتقد وزير الخارجية الأمريكي الأسبق السياسة الروسية في سوريا.", "DISAPPROVE")]
    assert srcs and all("الولايات المتحدة" not in s for s in srcs)
    assert any("الأسبق" in " ".join(s) for s in srcs)


def test_the_sitting_minister_still_stands_for_his_country() -> None:
    srcs = [s for s, _ in _events("وانتقد وزير الخارجية الأمريكي السياسة الروسية في سوريا.", "DISAPPROVE")]
    assert ["الولايات المتحدة"] in srcs


def test_a_former_president_is_not_the_one_in_office() -> None:
    text = ("وزار الرئيس الفرنسي فرانسوا هولاند الرياض أمس. "
            "وزار الرئيس الفرنسي السابق تونس أمس، معلنا دعمه للتونسيين.")
    backers = [s for s, _ in _events(text, "SUPPORT")]
    assert backers and all("فرانسوا هولاند" not in s and "فرنسا" not in s for s in backers)


def test_a_former_title_takes_the_name_told_after_an_apposition() -> None:
    text = ("وجاء ذلك خلال زيارة الرئيس الفرنسي السابق وزعيم حزب الجمهوريين، نيكولا ساركوزي، "
            "إلى تونس، معلنا دعمه لها في حربها على الإرهاب.")
    backers = [s for s, _ in _events(text, "SUPPORT")]
    assert backers and all("فرنسا" not in s for s in backers)
    assert any("نيكولا ساركوزي" in s for s in backers)


def test_the_kingdom_in_a_saudi_paper_with_bahrain_named_once() -> None:
    """Saudi Arabia named once and Bahrain once: «المملكة» is still the Saudi paper's own."""
    text = ("أدانت البحرين الهجوم على المسجد في مدينة أبها السعودية. "
            "وأكدت الكويت تضامنها الكامل مع المملكة في مواجهة الإرهاب.")
    assert any(t == ["السعودية"] for _, t in _events(text, "SUPPORT", publisher="okaz"))


def test_the_kingdom_of_a_story_about_another_kingdom() -> None:
    text = ("وافتتحت البحرين معرضا للكتاب في المنامة، وشاركت فيه دور نشر من البحرين والكويت. "
            "وأشاد الكاتب خالد العلي بدعم المملكة للثقافة.")
    assert all(t != ["السعودية"] for _, t in _events(text, "SUPPORT", publisher="okaz"))



def _role_and_name(text: str, role: str, name: str) -> list[Entity]:
    a, b = text.index(role), text.index(name)
    return [Entity(role, "LOC", "الولايات المتحدة", a, a + len(role), role=role),
            Entity(name, "PER", name, b, b + len(name))]


def test_a_name_in_another_clause_is_not_the_former_holder() -> None:
    text = "وقال وزير الخارجية الأمريكي الأسبق، إن الرئيس باراك أوباما أخطأ."
    out = former_roles(text, _role_and_name(text, "وزير الخارجية الأمريكي", "باراك أوباما"))
    assert [e.canonical for e in out if e.role is None and e.label == "PER"] == \
        ["وزير الخارجية الأمريكي الأسبق", "باراك أوباما"]


def test_a_name_in_apposition_is_the_former_holder() -> None:
    text = "وانتقد وزير الخارجية الأمريكي الأسبق، جون بيكر، الاتفاق."
    out = former_roles(text, _role_and_name(text, "وزير الخارجية الأمريكي", "جون بيكر"))
    assert [e.canonical for e in out] == ["جون بيكر", "جون بيكر"]
    assert all(e.label == "PER" for e in out)


def test_a_kingdom_named_by_its_nisba_is_not_the_publishers_kingdom() -> None:
    from marsad.extract.events_eval import run_article

    text = ("أدانت المملكة العربية السعودية الهجوم على المسجد. وتلقى الأمير محمد بن نايف اتصالا هاتفيا اليوم من "
            "الملك محمد السادس ملك المملكة المغربية أعرب خلاله عن إدانته للتفجير الإرهابي.")
    got = [e.source for e in run_article(text, "2015-08-06", publisher="alriyadh") if e.type == "DISAPPROVE"]
    assert all("السعودية" not in s for s in got[1:]), got

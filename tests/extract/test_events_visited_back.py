"""A visit verb whose pronoun stands for a site or a website named before it is no meeting
(`events_visited_back`); a visit to a person told with a pronoun stays."""

from marsad.extract.events_eval import run_article


def _visits(text: str) -> list:
    return [e for e in run_article(text, "2015-08-05") if e.type == "CONSULT"]


def test_blog_visited_by_a_news_site_is_no_meeting() -> None:
    assert not _visits('ونشر الخبر أولاً موقع "تك كرانش" الذي زارته "العربية.نت" صباح اليوم، وفيه أن '
                       "قراصنة زعموا امتلاك بيانات ملايين المستخدمين.")


def test_site_visited_by_millions_is_no_meeting() -> None:
    assert not _visits("وأسس رجل الأعمال الأمريكي جون سميث الموقع في 2005 ويزوره شهرياً 30 مليوناً بحسب الشركة.")


def test_visit_to_a_person_stays() -> None:
    ev = _visits("وقالت المحامية سعاد أحمد التي زارته في السجن إنه تعرض للضرب.")
    assert ev and ev[0].source == ["سعاد أحمد"]


def test_spelled_out_visit_between_parties_stays() -> None:
    assert _visits("وزار وزير الخارجية الأمريكي جون كيري القاهرة أمس والتقى الرئيس المصري.")

"""Second parties of meetings, visits and agreements in the whole pipeline: a state named by its formal head
(«وجمهورية مصر العربية») is a party (`events_actors.STATE_HEADS`); a place right after a visit verb or noun
is the place visited, not the visitor (`events_visited_place.visited_place_object`); a party named only in a
relative clause on another noun after the trigger is no party of the meeting
(`events_meeting_partner.relative_clause_targets`)."""

from __future__ import annotations

from event_cases import coded_one


def test_a_state_after_its_formal_head_is_a_party_of_the_agreement() -> None:
    agreed = coded_one("اتفقت الكويت وجمهورية مصر العربية أمس على تشكيل لجنة مشتركة للتعاون التجاري.", "AGREE")
    assert {"الكويت", "مصر"} <= set(agreed.source + agreed.target)


def test_a_sultanate_after_its_head_is_a_party_too() -> None:
    agreed = coded_one("اتفقت الإمارات وسلطنة عمان على إنشاء منطقة حرة مشتركة على الحدود.", "AGREE")
    assert {"الإمارات", "عمان"} <= set(agreed.source + agreed.target)


def test_the_place_after_a_visit_verb_is_visited_not_the_visitor() -> None:
    visit = coded_one("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض أمس، ثم يزور قطر غدا لبحث جهود التهدئة.",
                      "CONSULT")
    assert visit.source == ["أنتوني بلينكن"] and visit.target == ["قطر"]


def test_a_party_of_a_relative_clause_on_another_noun_is_no_partner() -> None:
    met = coded_one("سيلتقي وزير الخارجية الأمريكي أنتوني بلينكن الأحد مع نظيره التركي هاكان فيدان في حوار بين البلدين "
                    "اللذين توترت العلاقات بينهما بعد محاولة الانقلاب على الرئيس رجب طيب أردوغان.", "CONSULT")
    assert met.target == ["هاكان فيدان"]

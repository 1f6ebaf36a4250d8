"""A text as the subject of a statement verb (`events_thing_subject`): a law, a creed, a plan or a charter states
what it holds (no event); a resolution, a statement or a report speaks for the body that issued it."""

from __future__ import annotations

from event_cases import coded, coded_one


def test_a_law_that_demands_is_no_demand() -> None:
    assert not coded("وأقر البرلمان المصري قانونا جديدا. وقال رئيس الوزراء المصري مصطفى مدبولي إن القانون يطالب "
                     "بتشديد العقوبات على المخالفين.", "DEMAND")


def test_a_policy_that_demands_is_no_demand_of_its_party() -> None:
    assert not coded("وقال رئيس حزب العمال البريطاني كير ستارمر إن سياسة الحزب التي تطالب بالعدالة الاجتماعية "
                     "لم تتغير.", "DEMAND")


def test_a_constitution_that_rejects_is_no_refusal_of_its_country() -> None:
    assert not coded("وقال الحوثيون إن الدستور اليمني يرفض أي وجود عسكري أجنبي.", "REJECT")


def test_a_draft_resolution_no_one_issued_asks_nothing_of_whom_it_names() -> None:
    assert not coded("وقال المتحدث باسم الخارجية الأمريكية ماثيو ميلر إن مشروع القرار يدعو إسرائيل إلى الانسحاب "
                     "من رفح.", "DEMAND")


def test_a_report_no_one_is_said_to_issue_accuses_no_one() -> None:
    assert not coded("وشهدت المدينة اضطرابات بعد مقتل شاب برصاص شرطي وصدور تقرير يتهم سلطات المدينة بالعنصرية.",
                     "DISAPPROVE")


def test_a_security_council_resolution_demands_for_the_council() -> None:
    ev = coded_one("وقال الرئيس اليمني رشاد العليمي إن قرار مجلس الأمن 2216 يطالب الحوثيين بتسليم الأسلحة.",
                   "DEMAND")
    assert ev.source == ["مجلس الأمن الدولي"] and ev.target == ["الحوثي"]


def test_a_resolution_issued_by_the_council_demands_for_it_of_whom_it_names() -> None:
    ev = coded_one("وأشار وزير الخارجية التركي هاكان فيدان إلى أن القرار الصادر عن مجلس الأمن يطالب إسرائيل "
                   "بوقف الاستيطان.", "DEMAND")
    assert ev.source == ["مجلس الأمن الدولي"] and ev.target == ["إسرائيل"]


def test_a_statement_issued_by_a_union_condemns_for_it() -> None:
    ev = coded_one("وقالت وزارة الخارجية الروسية إن البيان الصادر عن الاتحاد الأوروبي يدين الهجوم على السفارة.",
                   "DISAPPROVE")
    assert ev.source == ["الاتحاد الأوروبي"]


def test_a_quoted_statement_keeps_its_own_subject() -> None:
    ev = coded_one("وذكرت اللجنة في بيان \"رفض المتشددون إلقاء السلاح وفتحوا النار على الشرطة\".", "REJECT")
    assert ev.source == ["المتشددون"]


def test_a_resolution_an_assembly_adopts_demands_for_the_assembly() -> None:
    ev = coded_one("وتبنت الجمعية العامة للأمم المتحدة بأغلبية كبيرة قرارا يطالب إسرائيل بإنهاء احتلالها للأراضي "
                   "الفلسطينية.", "DEMAND")
    assert ev.source == ["الجمعية العامة للأمم المتحدة"] and ev.target == ["إسرائيل"]


def test_a_resolution_only_sought_condemns_no_one_for_whom_it_names() -> None:
    assert not coded("وسعى النواب الجمهوريون إلى استصدار قرار أممي يدين إيران.", "DISAPPROVE")


def test_a_verb_joined_after_a_text_keeps_its_own_subject() -> None:
    ev = coded_one("وصوتت 120 دولة لصالح القرار وعارضته الولايات المتحدة وإسرائيل.", "REJECT")
    assert ev.source == ["الولايات المتحدة", "إسرائيل"]


def test_an_article_a_writer_demands_in_is_his_demand() -> None:
    assert coded_one("وكتب الصحفي أحمد منصور مقالا يطالب فيه الحكومة المصرية بفتح معبر رفح.",
                     "DEMAND").source == ["أحمد منصور"]


def test_a_charter_that_forbids_and_rejects_is_no_refusal_of_the_state_bound_by_it() -> None:
    assert not coded("وأكد السفير البحريني أن البحرين ملتزمة بالمواثيق الدولية وميثاق الأمم المتحدة ومنظمة التعاون "
                     "الإسلامي والتي تمنع وترفض كل صور التدخل في الشؤون الداخلية للدول.", "REJECT")

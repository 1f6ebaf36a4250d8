"""DEMAND sides and senses, second round: the speaker's own title chain is no target («نائب رئيس المكتب
السياسي لحماس», «رئيس إقليم كردستان العراق», «…، شيخ الأزهر،»); a coordinated adjective stays in the title
before the name («الخبير الاجتماعي والبيئي الدكتور X»); «مفتي فنلندا، الدكتور X،» asks as X; «طالب» counted or
paired with «طالبة» is a student; a thing that «يدعو للفخر» or «تحض على العنف» calls on no one; «طلبت منه»
asks the party «ه» stands for, and «منه» heads no phrase asked; a plural participle after a relative aside
goes on with the clause's subject; after «فيما» a participle goes on with that clause's subject; whose
rights are asked for is no target; a first person «نطالب» before a titled man asks him; an invitation
at a meeting past a comma is no demand."""

from __future__ import annotations

from event_cases import one, run

ABU = ("محمود الزهار", "محمود الزهار", "PER")
HAMAS = ("لحماس", "حماس", "ORG")
KURD_HEAD = ("مسعود بارزاني", "مسعود بارزاني", "PER")
KURDISTAN = ("إقليم كردستان", "كردستان", "LOC")
IRAQ = ("العراق", "العراق", "LOC")
TAYEB = ("محمد الخطيب", "محمد الخطيب", "PER")
AZHAR = ("شيخ الأزهر", "شيخ الأزهر", "PER")
KAMMAS = ("سعيد حمزة العمري", "سعيد حمزة العمري", "PER")
COUNCIL = ("المجلس البلدي", "المجلس البلدي", "ORG")
NORWAY = ("النرويج", "النرويج", "LOC")
HAMMOUD = ("خالد حمود", "خالد حمود", "PER")
IMF = ("صندوق النقد الدولي", "صندوق النقد الدولي", "ORG")
PORTUGAL = ("البرتغال", "البرتغال", "LOC")
IRAN = ("إيران", "إيران", "LOC")
KURD_LEAD = ("قيادة إقليم كردستان", "كردستان", "ORG")
PRINCE = ("فيصل بن خالد", "فيصل بن خالد", "PER")
FAHD = ("سالم القحطاني", "سالم القحطاني", "PER")
PM = ("خالد الفهد", "خالد الفهد", "PER")
ENVOY = ("جمال بنعمر", "جمال بنعمر", "PER")


def test_the_speakers_own_movement_after_a_title_of_titles_is_no_target() -> None:
    text = "دعا محمود الزهار نائب رئيس المكتب السياسي لحماس أمس إلى تشكيل حكومة وحدة وطنية."
    ev = one(run(text, [ABU, HAMAS]), "DEMAND")
    assert (ev.source, ev.target) == (["محمود الزهار"], [])


def test_the_speakers_region_and_its_country_are_no_target() -> None:
    text = "وطالب مسعود بارزاني، رئيس إقليم كردستان العراق، بوقف القصف الجوي على مواقع المسلحين."
    ev = one(run(text, [KURD_HEAD, KURDISTAN, IRAQ]), "DEMAND")
    assert (ev.source, ev.target) == (["مسعود بارزاني"], [])


def test_the_speakers_title_set_off_by_commas_is_no_target() -> None:
    text = "دعا الدكتور محمد الخطيب، شيخ الأزهر، كبار العلماء إلى الاجتماع والحوار."
    ev = one(run(text, [TAYEB, AZHAR]), "DEMAND")
    assert ev.source == ["محمد الخطيب"] and "شيخ الأزهر" not in ev.target


def test_a_coordinated_adjective_stays_in_the_title_before_the_name() -> None:
    text = "ودعا الخبير الاجتماعي والبيئي الدكتور سعيد حمزة العمري، المجلس البلدي إلى إنشاء حدائق جديدة."
    ev = one(run(text, [KAMMAS, COUNCIL]), "DEMAND")
    assert ev.source == ["سعيد حمزة العمري"]


def test_a_title_of_a_country_then_the_mans_name_asks_as_the_man() -> None:
    text = "دعا مفتي النرويج، الدكتور خالد حمود، إلى فتح حوار مع الشباب."
    ev = one(run(text, [NORWAY, HAMMOUD]), "DEMAND")
    assert ev.source == ["خالد حمود"]


def test_a_counted_or_paired_talib_is_a_student() -> None:
    for text in ("وقال سالم القحطاني إن نحو عشرين دولة شاركت ممثلة بألف وخمسمائة طالب قدموا مشاريعهم.",
                 "وأضاف سالم القحطاني مقترحا جعل المرحلة مفرزة لا يجتازها طالب أو طالبة ما لم يكونا جديرين."):
        assert not [e for e in run(text, [FAHD]) if e.type == "DEMAND"]


def test_what_a_thing_calls_for_is_no_demand() -> None:
    for text in ("وقال سالم القحطاني إن ما شاهده من تنظيم هو أمر يدعو للفخر والاعتزاز.",
                 "وانتقد سالم القحطاني القنوات التي تبث أفكارا تحض على العنف والكراهية."):
        assert not [e for e in run(text, [FAHD]) if e.type == "DEMAND"]


def test_talaba_minhu_asks_the_party_the_pronoun_stands_for() -> None:
    text = "وقال صندوق النقد الدولي أمس إن البرتغال طلبت منه رسميا الحصول على قرض جديد."
    ev = one(run(text, [IMF, PORTUGAL]), "DEMAND")
    assert (ev.source, ev.target) == (["البرتغال"], ["صندوق النقد الدولي"])


def test_minhu_heads_no_phrase_asked() -> None:
    text = "وأكد مصدر أن البرتغال طلبت منه الحصول على قرض جديد."
    ev = one(run(text, [PORTUGAL]), "DEMAND")
    assert all("منه" not in n for n in ev.target)


def test_a_plural_participle_after_a_relative_aside_goes_on_with_the_subject() -> None:
    text = "حذر اقتصاديون من سماسرة الديون، الذين يشترون مديونيات الأفراد على البنوك، داعين إلى تجريم ذلك."
    ev = one(run(text, []), "DEMAND")
    assert ev.source == ["اقتصاديون"]


def test_a_participle_after_fima_goes_on_with_that_clauses_subject() -> None:
    text = ("وكانت إيران قد أعلنت أمس أنها أجرت مناورات قرب الحدود، فيما دانت قيادة إقليم كردستان أمس "
            "القصف الذي شنته الطائرات على القرى الحدودية، مطالبة بوقف فوري للهجوم.")
    ev = one(run(text, [IRAN, KURD_LEAD]), "DEMAND")
    assert ev.source == ["كردستان"]


def test_whose_rights_are_asked_for_is_no_target() -> None:
    text = ("نعرف جميعا قصة الناشطة سعاد العلي، التي تعرضت لمحاولة اغتيال من قبل متشددين، نتيجة لمطالبتها "
            "بحق النساء في التعليم.")
    ev = one(run(text, [("سعاد العلي", "سعاد العلي", "PER")]), "DEMAND")
    assert ev.source == ["سعاد العلي"] and "النساء" not in ev.target


def test_a_first_person_demand_before_a_titled_man_asks_him() -> None:
    text = "وقال سالم القحطاني: نطالب سمو الأمير فيصل بن خالد بالإيعاز للجهات المعنية بتطبيق القرار."
    ev = one(run(text, [FAHD, PRINCE]), "DEMAND")
    assert (ev.source, ev.target) == (["سالم القحطاني"], ["فيصل بن خالد"])


def test_an_invitation_at_a_meeting_past_a_comma_is_no_demand() -> None:
    text = ("ودعا رئيس الوزراء خالد الفهد خلال لقائه اليوم المبعوث الأممي جمال بنعمر، في العاصمة إلى زيارة "
            "المحافظات الجنوبية.")
    assert not [e for e in run(text, [PM, ENVOY]) if e.type == "DEMAND"]

"""Whole short articles in Gulf wire style (fourth probe): the Qatari and Bahraini honorific «حضرة صاحب
السمو/الجلالة», relief handed out in food baskets and shelter kits and where, «المركز» for the relief centre
named before, a drone or missile launched by the party named after «أطلقته/أطلقتها», and a bare ministry that
voices «المملكة»'s stance."""

from event_cases import coded

from marsad.extract.events_eval import run_article


def test_the_emir_after_his_honorific_makes_the_call() -> None:
    text = ("وفي الدوحة، أجرى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر اتصالا هاتفيا مع "
            "الرئيس المصري عبدالفتاح السيسي.")
    evs = coded(text, "CONSULT")
    assert evs and evs[0].source == ["تميم بن حمد آل ثاني"] and evs[0].target == ["عبدالفتاح السيسي"]


def test_food_baskets_handed_out_are_aid_to_the_place_country() -> None:
    text = "وزع مركز الملك سلمان للإغاثة والأعمال الإنسانية، أمس، 1,200 سلة غذائية في محافظة عدن باليمن."
    evs = coded(text, "AID")
    assert evs and evs[0].source == ["مركز الملك سلمان للإغاثة والأعمال الإنسانية"] and evs[0].target == ["اليمن"]


def test_the_centre_is_the_relief_centre_named_before() -> None:
    text = ("وزع مركز الملك سلمان للإغاثة والأعمال الإنسانية 1200 سلة غذائية في محافظة عدن باليمن. "
            "ووقع المركز في الرياض مذكرة تفاهم مع منظمة الصحة العالمية لمكافحة الكوليرا.")
    evs = coded(text, "AGREE")
    assert evs and evs[0].source == ["مركز الملك سلمان للإغاثة والأعمال الإنسانية"]


def test_a_drone_launched_by_the_houthis_is_their_attack() -> None:
    text = ("أعلن التحالف اعتراض وتدمير طائرة بدون طيار مفخخة أطلقتها ميليشيا الحوثي الإرهابية باتجاه "
            "خميس مشيط.")
    evs = coded(text, "ASSAULT")
    assert evs and evs[0].source == ["الحوثي"]
    evs = coded("أطلقت ميليشيا الحوثي طائرة مسيرة مفخخة باتجاه جازان.", "ASSAULT")
    assert evs and "الحوثي" in evs[0].source[0]


def test_a_campaign_launched_is_no_attack() -> None:
    assert not coded("وأشاد الوزير بالحملة التي أطلقتها الوزارة لمكافحة التسول.", "ASSAULT")


def test_a_bare_ministry_voicing_the_kingdom_stance() -> None:
    text = ("أعربت وزارة الخارجية عن إدانة المملكة العربية السعودية واستنكارها الشديدين لاقتحام وزير الأمن "
            "القومي الإسرائيلي المسجد الأقصى.")
    evs = coded(text, "DISAPPROVE")
    assert evs and evs[0].source == ["وزارة الخارجية", "السعودية"]
    text = "أعربت وزارة الخارجية عن إدانة المملكة المتحدة للهجوم."
    assert all("السعودية" not in e.source for e in run_article(text, "2024-12-07"))


def test_the_centre_calling_on_a_body_names_two_parties() -> None:
    text = ("وزع مركز الملك سلمان للإغاثة 1200 سلة غذائية في عدن. كما دعا المركز الأمم المتحدة إلى الإسهام في "
            "تنفيذ هذه البرامج.")
    evs = coded(text, "DEMAND")
    assert evs and evs[0].source == ["مركز الملك سلمان للإغاثة"] and evs[0].target == ["الأمم المتحدة"]


def test_the_centre_as_a_rank_or_a_topic_is_no_party() -> None:
    text = ("استقبل الدكتور عبدالله الربيعة المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية وفد "
            "اللجنة الكويتية للإغاثة. ورحب الدكتور الربيعة خلال الاستقبال بالوفد الكويتي، مقدماً لهم شرحاً لما "
            "قام به المركز من أعمال إغاثية.")
    assert all("مركز الملك سلمان للإغاثة والأعمال الإنسانية" not in e.target for e in run_article(text, "2024-12-07"))

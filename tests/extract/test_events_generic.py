"""Precision: triggers that tell no event because they are a figure of speech, a description, what a thing
means or needs, someone's office, «whoever does it», a question of when, a list of ills, the time counted from
or an aim; and deeds only expected, due or allowed, which are hedged (`events_generic`)."""

from __future__ import annotations

from event_cases import COALITION, EGYPT, HOUTHI, ISIS, SYRIA, TURKEY, run

ACTOR = ("كريم النجار", "كريم النجار", "PER")
AGENCY = ("وكالة الأنباء", "وكالة الأنباء", "ORG")
EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")
GOVERNOR = ("فهد الراشد", "فهد الراشد", "PER")
IRAN = ("إيران", "إيران", "LOC")
LEBANON = ("لبنان", "لبنان", "LOC")
MINISTER = ("سالم العتيبي", "سالم العتيبي", "PER")
PARTY = ("حزب الأمة", "حزب الأمة", "ORG")
RUSSIA = ("روسيا", "روسيا", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_assassinating_hope_is_a_figure_of_speech() -> None:
    text = "وقال إن الخطاب المتطرف يغتال الأمل لدى الشباب."
    assert "ASSAULT" not in types_of(text, [])


def test_events_erupting_are_no_bombing() -> None:
    text = "ومنذ تفجر الأحداث في لبنان توقفت المصانع عن العمل."
    assert "ASSAULT" not in types_of(text, [LEBANON])


def test_rallying_efforts_is_no_mobilisation() -> None:
    text = "وأشار إلى أن المديرية استنفرت جهودها للتعاقد مع الأطباء."
    assert "MOBILIZE" not in types_of(text, [])


def test_massing_support_is_no_mobilisation() -> None:
    text = "وتشمل الخطة دمج المقاومة مع الجيش الوطني، وحشد الدعم والتأييد الإقليمي والدولي لأعمال الإغاثة."
    assert "MOBILIZE" not in types_of(text, [])


def test_crowd_medicine_is_no_troops() -> None:
    text = "ويشارك الأطباء في دورات طب الحشود والطوارئ خلال موسم العمرة."
    assert "MOBILIZE" not in types_of(text, [])


def test_crowds_of_fans_are_no_troops() -> None:
    text = "وكانت الحشود المليونية تملأ الملعب في الموسم الماضي."
    assert "MOBILIZE" not in types_of(text, [])


def test_troops_massed_at_the_border_stay() -> None:
    text = "وحشدت روسيا قوات كبيرة على الحدود مع تركيا."
    assert "MOBILIZE" in types_of(text, [RUSSIA, TURKEY])


def test_whoever_fights_is_no_battle() -> None:
    text = "وقال الرئيس إن الأرض لمن يقاتل دفاعا عن سوريا وحدها."
    assert "FIGHT" not in types_of(text, [SYRIA])


def test_whoever_fights_in_quote_marks_is_no_battle() -> None:
    text = "وقال إن الجنسية حق لمن “يقاتل دفاعا عن سوريا” وحدها."
    assert "FIGHT" not in types_of(text, [SYRIA])


def test_cell_described_by_what_it_targets_is_no_attack() -> None:
    text = "ووجهت النيابة إليهم تهمة الانضمام إلى تنظيم مسلح يستهدف مقار الشرطة في مصر."
    assert "ASSAULT" not in types_of(text, [EGYPT])


def test_film_role_described_by_a_charge_is_no_accusation() -> None:
    text = "يؤدي كريم النجار دور مليونير يُتّهم في قضية تزوير كبيرة، ومن أجل الاستعداد للسجن يستعين بمدرب."
    assert "DISAPPROVE" not in types_of(text, [ACTOR])


def test_first_official_to_visit_stays_a_visit() -> None:
    text = "ويعد الوزير سالم العتيبي أول مسؤول خليجي كبير يزور إيران منذ سنوات."
    assert "CONSULT" in types_of(text, [MINISTER, IRAN])


def test_what_a_deal_entrenches_is_no_concession() -> None:
    text = "وكتب المحلل أن الاتفاق يكرس اعتراف روسيا بنفوذ إيران في المنطقة."
    assert "CONCEDE" not in types_of(text, [RUSSIA, IRAN])


def test_head_of_investigations_is_an_office() -> None:
    text = "وأجرت الصحيفة حوارا مع رئيس التحقيقات الصحفية في وكالة الأنباء حول عمله."
    assert "INVESTIGATE" not in types_of(text, [AGENCY])


def test_expected_meeting_is_hedged() -> None:
    text = "ومن المرتقب أن تشهد مسقط غدا أيضا اجتماعا ثلاثيا بين سالم العتيبي وفهد الراشد."
    evs = [e for e in run(text, [MINISTER, GOVERNOR]) if e.type == "CONSULT"]
    assert evs and all(e.hedged for e in evs)


def test_meeting_held_is_not_hedged() -> None:
    text = "وعقد سالم العتيبي وفهد الراشد اجتماعا ثلاثيا في مسقط أمس."
    evs = [e for e in run(text, [MINISTER, GOVERNOR]) if e.type == "CONSULT"]
    assert evs and not any(e.hedged for e in evs)


def test_strikes_on_militants_stay() -> None:
    text = "واستهدفت مقاتلات التحالف العربي مواقع الحوثيين في صعدة بالصواريخ."
    assert "ASSAULT" in types_of(text, [COALITION, HOUTHI])


def test_fighting_isis_stays() -> None:
    text = "وقاتلت القوات التركية تنظيم داعش قرب الحدود مع سوريا أمس."
    assert "FIGHT" in types_of(text, [TURKEY, ISIS, SYRIA]) or "ASSAULT" in types_of(text, [TURKEY, ISIS, SYRIA])


def test_holding_fast_to_patience_is_no_sit_in() -> None:
    text = "ويبقى الأب هادئا ويعتصم بالصبر أمام أزمات أبنائه."
    assert "PROTEST" not in types_of(text, [])


def test_sit_in_at_a_square_stays() -> None:
    text = "واعتصم العشرات بساحة التحرير احتجاجا على القرار."
    assert "PROTEST" in types_of(text, [])


def test_poetry_killed_is_a_figure_of_speech() -> None:
    text = "غير أن شعرنا للأسف يقتل بسبب الإهمال."
    assert "ASSAULT" not in types_of(text, [])


def test_poverty_killing_children_is_no_attack() -> None:
    text = "وقال إن الفقر يقتل آلاف الأطفال كل عام."
    assert "ASSAULT" not in types_of(text, [])


def test_asking_when_they_meet_tells_no_meeting() -> None:
    text = "متى يلتقي سالم العتيبي بقادة حزب الأمة في الخارج؟"
    assert "CONSULT" not in types_of(text, [MINISTER, PARTY])


def test_meeting_one_must_hold_is_hedged() -> None:
    text = "وقال سالم العتيبي: علينا أن نلتقي بقادة حزب الأمة قريبا."
    evs = [e for e in run(text, [MINISTER, PARTY]) if e.type == "CONSULT"]
    assert evs and all(e.hedged for e in evs)


def test_a_list_of_ills_tells_no_attack() -> None:
    text = "عاش سكان المدينة سنوات مليئة بالقتل والدمار والإجرام قبل أن يعود الهدوء."
    assert "ASSAULT" not in types_of(text, [])


def test_killing_beasts_is_no_attack() -> None:
    text = "وقال الباحث إن الدافع وراء قتل هذه الحيوانات هو بيع قرونها."
    assert "ASSAULT" not in types_of(text, [])


def test_crocodile_attacks_are_no_attack() -> None:
    text = "وهناك موجة من هجمات التماسيح في القرى القريبة من النهر."
    assert "ASSAULT" not in types_of(text, [])


def test_what_a_deal_allows_is_hedged() -> None:
    text = "ويتيح الاتفاق الذي أبرم الشهر الماضي رفع قسم من العقوبات التي فرضها الاتحاد الأوروبي على إيران."
    evs = [e for e in run(text, [EU, IRAN]) if e.type == "RETREAT"]
    assert evs and all(e.hedged for e in evs)


def test_sanctions_lifted_are_not_hedged() -> None:
    text = "ورفع الاتحاد الأوروبي قسما من العقوبات على إيران أمس."
    evs = [e for e in run(text, [EU, IRAN]) if e.type == "RETREAT"]
    assert evs and not any(e.hedged for e in evs)


def test_what_a_phenomenon_aims_at_is_no_attack() -> None:
    text = "وحذر من ظاهرة التطرف التي تهدف إلى قتل الأبرياء وترويع الآمنين."
    assert "ASSAULT" not in types_of(text, [])


def test_chaos_of_killing_is_no_attack() -> None:
    text = "وقال إن هذه الجماعات تدفع البلاد إلى فوضى القتل والدمار."
    assert "ASSAULT" not in types_of(text, [])


def test_holding_fast_to_scripture_is_no_sit_in() -> None:
    text = "تعظيم الكتاب والسنة والاعتصام بهما."
    assert "PROTEST" not in types_of(text, [])


def test_sit_in_at_the_ministry_stays() -> None:
    text = "وواصل المعلمون الاعتصام بمقر الوزارة للمطالبة بحقوقهم."
    assert "PROTEST" in types_of(text, [])

"""One-sentence items in 2024 news style (fifth probe: Lebanon, Syria, Iraq, Ukraine): a party right after the
verb and an office of another country after it («وانتقدت حماس وزير الدفاع الإسرائيلي يوآف غالانت»: two
parties), the regime's forces standing for Syria, «لن تتنازل» as a refusal, a killed member's party as what was
hit («وقتل قيادي في حزب الله بغارة إسرائيلية»), an army deploying, and «الجيش الوطني السوري» by its name."""

from event_cases import coded


def test_a_party_then_another_countrys_office_holder_are_two_parties() -> None:
    evs = coded("وانتقدت حماس وزير الدفاع الإسرائيلي يوآف غالانت بسبب تصريحاته حول مستقبل غزة.", "DISAPPROVE")
    assert evs and evs[0].source == ["حماس"] and "يوآف غالانت" in evs[0].target
    evs = coded("وانتقدت السعودية وزير الخارجية الإيراني عباس عراقجي.", "DISAPPROVE")
    assert evs and evs[0].source == ["السعودية"] and evs[0].target == ["عباس عراقجي"]
    evs = coded("وطالبت حركة حماس الرئيس الأمريكي جو بايدن بالضغط على إسرائيل.", "DEMAND")
    assert evs and evs[0].source == ["حماس"] and "جو بايدن" in evs[0].target


def test_a_ministry_with_its_own_nisba_stays_one_party() -> None:
    evs = coded("وانتقدت الخارجية المصرية وزير الأمن القومي الإسرائيلي إيتمار بن غفير.", "DISAPPROVE")
    assert evs and "مصر" in evs[0].source and evs[0].target == ["إيتمار بن غفير"]


def test_the_regimes_forces_stand_for_syria() -> None:
    evs = coded("أعلنت فصائل المعارضة السورية سيطرتها على مدينة حماة بعد معارك عنيفة مع قوات النظام السوري.",
                "FIGHT")
    assert evs and evs[0].source == ["المعارضة السورية"] and evs[0].target == ["سوريا", "قوات النظام السوري"]


def test_will_not_give_up_is_a_refusal() -> None:
    evs = coded("وقال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده لن تتنازل عن أي من أراضيها لروسيا.", "REJECT")
    assert evs and evs[0].source == ["فولوديمير زيلينسكي"] and not evs[0].negated
    assert not coded("وأكدت حماس أنها لن تتنازل عن شروطها.", "CONCEDE")


def test_a_killed_members_party_is_hit_not_the_killer() -> None:
    evs = coded("وقتل قيادي في كتائب حزب الله بغارة أمريكية استهدفت سيارته في بغداد.", "ASSAULT")
    assert evs and evs[0].source == ["الولايات المتحدة"] and evs[0].target == ["كتائب حزب الله"]
    evs = coded("وقتل قيادي في حزب الله بغارة إسرائيلية على جنوب لبنان.", "ASSAULT")
    assert evs and evs[0].source == ["إسرائيل"] and evs[0].target == ["حزب الله"]


def test_members_who_kill_someone_stay_the_doers() -> None:
    evs = coded("قتل مسلحون من داعش ثلاثة جنود عراقيين.", "ASSAULT")
    assert evs and evs[0].source == ["داعش"]


def test_an_army_deploying_is_mobilize() -> None:
    evs = coded("وانتشر الجيش اللبناني في بلدات الجنوب بعد انسحاب القوات الإسرائيلية منها.", "MOBILIZE")
    assert evs and "لبنان" in evs[0].source
    assert not coded("وانتشر الوباء في المدينة.", "MOBILIZE")


def test_the_syrian_national_army_is_named_whole() -> None:
    evs = coded("وقصف الجيش الوطني السوري مواقع لقسد في منبج.", "ASSAULT")
    assert evs and evs[0].source == ["الجيش الوطني السوري"]

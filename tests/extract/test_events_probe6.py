"""One-sentence items in 2024 news style (sixth probe: Gaza, the Red Sea, Ukraine, Syria): a craft hit and its
nisba with the article («استهداف الدبابات الإسرائيلية»), a downing by a state's own air defences told after
«أن», the armed forces a military spokesman speaks of, men named only as loyal to a party before their verb,
and accords exchanged «بين البلدين»."""

from event_cases import coded


def test_a_definite_craft_hit_keeps_the_announcer_as_doer() -> None:
    evs = coded("أعلنت سرايا القدس استهداف الدبابات الإسرائيلية المتوغلة في خان يونس بقذائف الهاون.", "ASSAULT")
    assert evs and "سرايا القدس" in evs[0].source and "إسرائيل" in evs[0].target
    evs = coded("وأعلنت كتائب القسام استهداف الدبابات الإسرائيلية شرق رفح بقذائف الياسين.", "ASSAULT")
    assert evs and "كتائب القسام" in evs[0].source and "إسرائيل" in evs[0].target


def test_a_definite_craft_with_on_after_it_is_the_doer() -> None:
    evs = coded("وأعلنت سرايا القدس أن قصف الدبابات الإسرائيلية لمخيم جباليا أوقع شهداء.", "ASSAULT")
    assert evs and "سرايا القدس" not in evs[0].source


def test_a_states_own_air_defences_downed_the_drones() -> None:
    evs = coded("وأعلنت روسيا أن دفاعاتها الجوية أسقطت 30 مسيرة أوكرانية فوق مقاطعة بيلغورود.", "ASSAULT")
    assert evs and evs[0].source == ["روسيا"] and evs[0].target == ["أوكرانيا"]
    evs = coded("وأعلنت روسيا أن الدفاعات الجوية أسقطت 30 مسيرة أوكرانية فوق مقاطعة كورسك.", "ASSAULT")
    assert evs and evs[0].source == ["روسيا"] and evs[0].target == ["أوكرانيا"]
    evs = coded("وقالت وزارة الدفاع الروسية إن أنظمة الدفاع الجوي أسقطت 12 طائرة مسيرة أوكرانية.", "ASSAULT")
    assert evs and "روسيا" in evs[0].source and evs[0].target == ["أوكرانيا"]
    evs = coded("وقالت تركيا إن قواتها البرية قصفت مواقع لحزب العمال الكردستاني.", "ASSAULT")
    assert evs and evs[0].source == ["تركيا"]


def test_the_armed_forces_of_a_military_spokesman_are_his_party() -> None:
    evs = coded("وقال المتحدث العسكري باسم الحوثيين إن القوات المسلحة استهدفت سفينة تجارية في البحر الأحمر.",
                "ASSAULT")
    assert evs and evs[0].source == ["الحوثي"]
    evs = coded("وقال المتحدث باسم الأمم المتحدة إن الجيش قصف مواقع المتمردين.", "ASSAULT")
    assert evs and evs[0].source == ["الجيش"]  # no military spokesman: the army stays


def test_men_loyal_to_a_party_before_their_verb_are_that_party() -> None:
    evs = coded("وقال الجيش إن موالين للحوثي قصفوا مواقع عسكرية في تعز.", "ASSAULT")
    assert evs and evs[0].source == ["الحوثي"]
    evs = coded("وقالت مصادر محلية إن ميليشيات موالية لحزب الله هاجمت قرية في ريف حمص.", "ASSAULT")
    assert evs and evs[0].source == ["حزب الله"]


def test_accords_exchanged_between_the_two_countries_are_theirs() -> None:
    evs = coded("التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس المصري عبد الفتاح السيسي في الرياض أمس. "
                "وجرى تبادل مذكرات تفاهم بين البلدين في ختام اللقاء.", "AGREE")
    assert evs and set(evs[0].source + evs[0].target) == {"محمد بن سلمان", "عبد الفتاح السيسي"}

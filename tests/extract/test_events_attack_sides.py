"""Who attacked whom (`events_attack_sides`): a deed carried by a verb of doing or going on («قامت X بقصف Y»,
«واصلت X استهداف مواقع Y», «تستمر X في استهداف Y»), a repelled attack and its attacker, the one who reports a
deed after «أن»/«إن» (not its doer), the owner of what an attack hit («مواقعها», «مقرها»); and a trigger form
after «أثناء», «جراء» read as a verbal noun."""

from __future__ import annotations

from event_cases import COALITION, HAMAS, HOUTHI, HOUTHI_GROUP, ISIS_TANZIM, NUSRA, PKK, TURKEY, one, run

from marsad.extract.events_lexicon import lexicon
from marsad.extract.events_tokens import split_sentences, tokens
from marsad.extract.events_triggers import find_triggers

IRAQI_FORCES = ("القوات العراقية", "العراق", "LOC")
TURKISH_FEM = ("التركية", "تركيا", "LOC")
AMERICAN_FORCES = ("القوات الأمريكية", "الولايات المتحدة", "LOC")
PESHMERGA = ("قوات البيشمركة", "البيشمركة", "ORG")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
DIVISION = ("الفرقة الثلاثين", "الفرقة الثلاثين", "ORG")
RAMADI = ("الرمادي", "الرمادي", "LOC")
TAIZ = ("تعز", "تعز", "LOC")
SAADA = ("صعدة", "صعدة", "LOC")
SINJAR = ("سنجار", "سنجار", "LOC")
DIYARBAKIR = ("ديار بكر", "ديار بكر", "LOC")
ALEPPO = ("حلب", "حلب", "LOC")
GAZA = ("غزة", "غزة", "LOC")
FBI = ("مكتب التحقيقات الفيدرالي", "مكتب التحقيقات الفيدرالي", "ORG")
POLICE = ("الشرطة", "الشرطة", "ORG")


def test_the_subject_of_a_verb_of_doing_did_the_attack_its_noun_tells() -> None:
    # «قصف تنظيم داعش» alone would be the group's shelling; after «قامت القوات بـ» the group was shelled
    ev = one(run("وقامت القوات العراقية بقصف تنظيم داعش في مدينة الرمادي.", [IRAQI_FORCES, ISIS_TANZIM, RAMADI]),
             "ASSAULT")
    assert ev.source == ["العراق"] and ev.target == ["داعش"]
    # an unvowelled «قصف» after «واصلت X» is the verbal noun, not a verb whose subject follows
    ev = one(run("وواصلت المقاتلات التركية قصف حزب العمال الكردستاني في جبال قنديل.", [TURKISH_FEM, PKK]),
             "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


def test_the_owner_of_the_sites_a_carried_attack_names_underwent_it() -> None:
    ev = one(run("وقامت طائرات التحالف العربي بقصف مواقع الحوثيين شمال محافظة صعدة.", [COALITION, HOUTHI, SAADA]),
             "ASSAULT")
    assert ev.source == ["التحالف العربي"] and ev.target == ["الحوثي"]
    ev = one(run("وتستمر المقاومة الشعبية في استهداف مسلحي جماعة الحوثي داخل مدينة تعز.", [HOUTHI_GROUP, TAIZ]),
             "ASSAULT")
    assert ev.source == ["المقاومة الشعبية"] and ev.target == ["الحوثي"]


def test_a_repelled_attack_names_its_attacker() -> None:
    ev = one(run("وصدت قوات البيشمركة هجوما شنه تنظيم داعش على قرية قرب سنجار.", [PESHMERGA, ISIS_TANZIM, SINJAR]),
             "FIGHT")
    assert ev.source == ["البيشمركة"] and "داعش" in ev.target
    # a subject of two names and a time word between the verb and the attack noun
    ev = one(run("وتصدت المقاومة والجيش أمس لهجمات شنتها جماعة الحوثي على مواقعهم في تعز.",
                 [HOUTHI_GROUP, TAIZ]), "FIGHT")
    assert "المقاومة الشعبية" in ev.source and "الحوثي" in ev.target


def test_the_one_who_reports_an_attack_did_not_do_it() -> None:
    ev = one(run("وقالت وزارة الداخلية التركية إن انفجارا في بلدة حدودية جنوب تركيا أسفر عن مقتل عشرين شخصا.",
                 [TURKISH_FEM, TURKEY]), "ASSAULT")
    assert ev.source == [] and ev.target == ["عشرين شخصا"]
    ev = one(run("وأعلن مكتب التحقيقات الفيدرالي أن المسلح قتل خلال تبادل إطلاق نار مع الشرطة.", [FBI, POLICE]),
             "FIGHT")
    assert ev.source == [] and ev.target == ["الشرطة"]
    # one who says it did it («أنها مسؤولة عن …») keeps it
    ev = one(run("وأعلنت القوات الأمريكية أنها مسؤولة عن الهجوم الجوي على نقطة تفتيش في ولاية لوغار.",
                 [AMERICAN_FORCES]), "ASSAULT")
    assert ev.source == ["الولايات المتحدة"]


def test_the_owner_a_pronoun_on_the_site_hit_stands_for_is_the_target() -> None:
    ev = one(run("وقالت الفرقة الثلاثين إن مقاتلي جبهة النصرة هاجموا مقرها في ريف حلب.", [DIVISION, NUSRA, ALEPPO]),
             "ASSAULT")
    assert ev.source == ["جبهة النصرة"] and ev.target == ["الفرقة الثلاثين"]
    # in an accusation: the accused did it to the accuser
    evs = run("واتهمت حركة حماس إسرائيل بقصف مواقعها في قطاع غزة.", [HAMAS, ISRAEL, GAZA])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["إسرائيل"] and ev.target == ["حماس"]
    # the members right after a verb are its subject, not what it hit
    ev = one(run("وقالت تركيا إن حزب العمال الكردستاني يعتدي عناصره على القرى.", [TURKEY, PKK]), "ASSAULT")
    assert "تركيا" not in ev.target


def test_a_trigger_form_with_a_pronoun_after_during_is_a_verbal_noun() -> None:
    # «أثناء قصفها بلدة»: the verbal noun (its pronoun is the doer), not the verb «قصفها» (shelled it)
    def read(text: str) -> list[tuple[str, str]]:
        toks = tokens(text)
        return [(h.trig.type, h.trig.pos) for a, b in split_sentences(text, toks) for h in find_triggers(toks, a, b, lexicon())]

    assert read("وتحطمت طائرة حربية سورية أثناء قصفها بلدة في ريف حماة.") == [("ASSAULT", "n")]
    assert read("وسقط عشرات القتلى جراء قصفهم الأحياء السكنية بالبراميل.") == [("ASSAULT", "n")]
    # «عند خطفهم» (when they were taken): the pronoun underwent it, as the verb's object
    assert read("وكان الرجال الأربعة عند خطفهم قرب مجمع الشركة.") == [("ASSAULT", "v")]

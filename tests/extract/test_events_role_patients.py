"""Bare state forces resolved to their country, and patients who are no doers (`events_role_patients`):
«الشرطة» in a story plainly about one country stands for it, unless an adjective no table places qualifies
it, the other side is that country, or a force of the same state is on the other side; the person right
after an unvowelled passive arrest or killing verb, or after the verbal noun of such a deed, underwent it."""

from __future__ import annotations

from event_cases import one, run

from marsad.model import Event

JORDAN = ("الأردن", "الأردن", "LOC")
JORDANIAN_F = ("الأردنية", "الأردن", "LOC")
SUDAN = ("السودان", "السودان", "LOC")
SUDANESE_F = ("السودانية", "السودان", "LOC")
PALESTINIAN_PL = ("فلسطينيين", "فلسطين", "LOC")
PALESTINE = ("فلسطين", "فلسطين", "LOC")
EGYPTIAN_M = ("المصري", "مصر", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
HASHEMI = ("سالم الهاشمي", "سالم الهاشمي", "PER")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
FIFA = ("الاتحاد الدولي لكرة القدم", "الفيفا", "ORG")

JORDAN_STORY = "زار وفد تجاري الأردن أمس. وأعلنت وزارة الصناعة الأردنية خطة جديدة للتصدير. "


def story_country(ev: Event, force: str) -> str | None:
    """The country noted for a bare force that stays an event's party (named right after it too)."""
    side = ev.source if force in ev.source else ev.target
    country = ev.countries.get(force)
    assert force in side and (country is None or side[side.index(force) + 1] == country)
    return country


def test_a_bare_police_force_has_the_story_country() -> None:
    text = JORDAN_STORY + "واعتقلت الشرطة ثلاثة مهربين في ميناء العقبة."
    assert story_country(one(run(text, [JORDAN, JORDANIAN_F]), "COERCE"), "الشرطة") == "الأردن"


def test_a_force_serving_in_a_place_stands_for_its_country() -> None:
    text = JORDAN_STORY + "واعتقلت الشرطة في العقبة ثلاثة مهربين."
    assert one(run(text, [JORDAN, JORDANIAN_F, ("العقبة", "العقبة", "LOC")]), "COERCE").source == ["الأردن"]


def test_a_force_qualified_by_an_unplaced_adjective_stays_as_it_is() -> None:
    text = JORDAN_STORY + "واعتقلت السلطات الانقلابية ثلاثة صحفيين في المدينة. وفتحت الشرطة تحقيقا في الحادث."
    evs = run(text, [JORDAN, JORDANIAN_F])
    coerce = one(evs, "COERCE")
    assert coerce.source in (["السلطات"], ["السلطات الانقلابية"]) and not coerce.countries  # not الأردن
    assert story_country(one(evs, "INVESTIGATE"), "الشرطة") == "الأردن"


def test_two_forces_of_one_state_on_both_sides_stay_apart() -> None:
    text = ("أعلنت الحكومة السودانية حالة الطوارئ. وقال مسؤول إن السودان يواجه أزمة مع مصر. وتعهد السودان بالحوار. "
            "واندلعت اشتباكات بين الشرطة والجيش في العاصمة. وفتحت الشرطة تحقيقا في الحادث.")
    evs = run(text, [SUDAN, SUDANESE_F, EGYPT])
    fight = one(evs, "FIGHT")
    assert "الشرطة" in fight.source + fight.target and "الجيش" in fight.source + fight.target
    assert not fight.countries.get("الشرطة") and not fight.countries.get("الجيش")
    assert story_country(one(evs, "INVESTIGATE"), "الشرطة") == "السودان"


def test_a_force_is_not_the_country_of_the_other_side() -> None:
    text = ("قالت مصادر في فلسطين إن التوتر يتصاعد. وأكد مسؤولون في فلسطين ذلك. "
            "واندلعت مواجهات بين شبان فلسطينيين وقوات الجيش قرب القرية. وفتحت الشرطة تحقيقا في الحادث.")
    evs = run(text, [PALESTINE, PALESTINIAN_PL])
    fight = one(evs, "FIGHT")
    assert fight.countries.get("الجيش") != "فلسطين"
    assert story_country(one(evs, "INVESTIGATE"), "الشرطة") == "فلسطين"


def test_a_force_is_not_the_country_that_speaks_of_the_deed() -> None:
    text = JORDAN_STORY + "وأدان الأردن التفجير الذي استهدف رجال الأمن أمس. وفتحت الشرطة تحقيقا في الحادث."
    evs = run(text, [JORDAN, JORDANIAN_F])
    blast = one(evs, "ASSAULT")
    assert story_country(blast, "قوات الأمن") is None
    assert story_country(one(evs, "INVESTIGATE"), "الشرطة") == "الأردن"


def test_the_person_after_a_passive_killing_verb_and_his_title_is_its_victim() -> None:
    evs = run("قتل اليوم القيادي سالم الهاشمي في منطقة الساحل، بعد هجوم للمقاومة الشعبية.", [HASHEMI, RESISTANCE])
    killed = [e for e in evs if e.trigger == "قتل"]
    assert killed and "سالم الهاشمي" not in killed[0].source and "سالم الهاشمي" in killed[0].target


def test_the_person_after_a_passive_arrest_verb_is_arrested_whatever_is_named_after_him() -> None:
    text = "واعتقل سالم الهاشمي مع ستة مسؤولين آخرين في الاتحاد الدولي لكرة القدم بتهم الرشوة."
    ev = one(run(text, [HASHEMI, FIFA]), "COERCE")
    assert "سالم الهاشمي" not in ev.source and "سالم الهاشمي" in ev.target


def test_the_party_after_the_verbal_noun_of_an_attack_was_attacked() -> None:
    ev = one(run("وقال الشيخ إن استهداف الجيش المصري جريمة نكراء.", [EGYPTIAN_M]), "ASSAULT")
    assert ev.source == [] and ev.target == ["مصر"]


def test_the_genitive_with_an_object_after_it_did_the_attacking() -> None:
    did = one(run("وأكد المصدر استهداف الجيش المصري لمواقع المسلحين.", [EGYPTIAN_M]), "ASSAULT")
    underwent = one(run("وقال الشيخ إن استهداف الجيش المصري جريمة نكراء.", [EGYPTIAN_M]), "ASSAULT")
    assert did.source == ["مصر"] and underwent.source == [] and underwent.target == ["مصر"]


def test_the_man_a_pronoun_before_a_passive_verb_stands_for_was_killed() -> None:
    text = "وأعلنت المقاومة الشعبية أن القيادي سالم الهاشمي وقع في كمين قرب الساحل، مبينة أنه قتل في اليوم نفسه."
    killed = [e for e in run(text, [HASHEMI, RESISTANCE]) if e.type == "ASSAULT"]
    assert killed and all("سالم الهاشمي" not in e.source for e in killed)


def test_a_forces_forms_come_in_one_order_whatever_the_hash_seed() -> None:
    # the forms of a force are read in this order to find where it serves: a set's order (which the
    # hash seed sets) once gave one article «قوات الأمن» in one run and «السعودية» in another
    from marsad.extract.events_lexicon import lexicon
    from marsad.extract.events_role_patients import _forms

    L = lexicon()
    names = {a.canonical for acts in L.actors.values() for a in acts if a.force}
    assert names
    for name in names:
        forms = _forms(name, L)
        assert forms == sorted(forms, key=lambda w: (-len(w), w))


HOUTHIS_GEN = ("الحوثيين", "الحوثي", "ORG")
KUWAIT = ("الكويت", "الكويت", "LOC")
SULEIMAN = ("سليمان الأسد", "سليمان الأسد", "PER")
HASSAN = ("حسان الشيخ", "حسان الشيخ", "PER")


def test_an_unvowelled_shelling_inside_its_clause_with_a_l_object_is_a_noun() -> None:
    text = "وأدانت الكويت قصف الحوثيين للأحياء السكنية."
    ev = one(run(text, [KUWAIT, HOUTHIS_GEN]), "ASSAULT")
    assert ev.source == ["الحوثي"] and "الكويت" not in ev.source + ev.target


def test_an_aside_in_dashes_between_the_doer_and_the_l_object() -> None:
    text = "وتظاهروا احتجاجا على قتل سليمان الأسد -ابن عم الرئيس- للعقيد حسان الشيخ."
    ev = one(run(text, [SULEIMAN, HASSAN]), "ASSAULT")
    assert ev.source == ["سليمان الأسد"] and ev.target == ["حسان الشيخ"]


def test_l_of_a_time_after_a_shelling_verb_is_no_object() -> None:
    text = "وقصف الطيران الروسي لليوم الثاني مواقع المعارضة."
    ev = one(run(text, [("الروسي", "روسيا", "LOC")]), "ASSAULT")
    assert "روسيا" in ev.source

"""Rules of the thirteenth round (dev11): the one asked after «طلب من» is the target; whoever
receives aid («تحصل X على مساعدات من Y») is its target, the giver after «من» its source; seizing or
retaking ground, forcing someone, using force, returning someone to jail, a beating suffered and a war
launched are deeds; a defective verb's dual («تجريان») is a verb form; a light «أعاد» gives its
verbal noun an agent; a body's definite adjectives may stand between a verb and a titled person's
name; «، ما …» ends a deed's objects; a deed one is asked to stop or claims to do is not told, a
campaign that «targets» is no attack, and an event noun inside a body's name is no event; a fight,
an arrest or a withdrawal with no party named is background; a charge («المتهم بـ») tells no deed; an
entity after a time preposition («بعد أحداث …») is no party; «بين X وY» may follow a time set off by
commas; «رئيس الجمهورية» is a title chain; «فتح نيران» opens fire with its subject between; and a deed
named after «على خلفية» is background."""

from __future__ import annotations

from event_cases import one, run

JORDAN = ("الأردنية", "الأردن", "LOC")
USA = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
WASHINGTON = ("واشنطن", "الولايات المتحدة", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
HOUTHI = ("الحوثيون", "الحوثيين", "ORG")
IRAQI = ("العراقي", "العراق", "LOC")
KENYAN = ("الكينية", "كينيا", "LOC")
SHABAAB = ("حركة الشباب", "الشباب", "ORG")
TUNISIAN = ("التونسية", "تونس", "LOC")
ALGERIAN = ("الجزائرية", "الجزائر", "LOC")
NIGERIAN = ("النيجيرية", "نيجيريا", "LOC")
BOKO = ("بوكو حرام", "بوكو حرام", "ORG")
QATAR = ("قطر", "قطر", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
SUDANESE = ("السودانية", "السودان", "LOC")
SALEM = ("سالم الحربي", "سالم الحربي", "PER")


def test_the_one_asked_after_min_is_the_target() -> None:
    ev = one(run("ستطلب الحكومة الأردنية من الولايات المتحدة زيادة الدعم.", [JORDAN, USA]), "DEMAND")
    assert ev.source == ["الأردن"] and ev.target == ["الولايات المتحدة"]


def test_receiving_aid_makes_the_receiver_the_target() -> None:
    ev = one(run("وتحصل مصر كل عام على مساعدات عسكرية كبيرة من واشنطن.", [EGYPT, WASHINGTON]), "AID")
    assert ev.source == ["الولايات المتحدة"] and ev.target == ["مصر"]


def test_seizing_and_retaking_ground_are_coercion() -> None:
    ev = one(run("واستولى المسلحون الحوثيون على مدينة عمران.", [HOUTHI]), "COERCE")
    assert ev.source == ["الحوثيين"]
    ev = one(run("واستعاد الجيش العراقي السيطرة على مدينة تكريت.", [IRAQI]), "COERCE")
    assert ev.source == ["العراق"]


def test_forcing_and_force_are_coercion() -> None:
    ev = one(run("وأجبرت القوات الكينية مسلحي حركة الشباب على الانسحاب.", [KENYAN, SHABAAB]), "COERCE")
    assert ev.source == ["كينيا"] and ev.target == ["الشباب"]
    ev = one(run("واستخدمت الشرطة التونسية أمس القوة لتفريق المحتجين.", [TUNISIAN]), "COERCE")
    assert ev.source == ["تونس"]


def test_returning_someone_to_jail_is_an_arrest() -> None:
    ev = one(run("وأعادت السلطات الجزائرية الناشط إلى السجن.", [ALGERIAN]), "COERCE")
    assert ev.source == ["الجزائر"]


def test_a_light_aada_gives_its_verbal_noun_an_agent() -> None:
    ev = one(run("أعادت السلطات السودانية اعتقال سالم الحربي.", [SUDANESE, SALEM]), "COERCE")
    assert ev.source == ["السودان"] and ev.target == ["سالم الحربي"]


def test_a_beating_suffered_and_a_war_launched_are_assaults() -> None:
    assert one(run("وتعرض السجين للضرب داخل زنزانته.", []), "ASSAULT")
    ev = one(run("وأطلقت الحكومة النيجيرية حربا على جماعة بوكو حرام.", [NIGERIAN, BOKO]), "ASSAULT")
    assert ev.source == ["نيجيريا"] and ev.target == ["بوكو حرام"]


def test_a_defective_verb_dual_is_a_verb() -> None:
    ev = one(run("وقالت المصادر إن قطر وتركيا تجريان محادثات بشأن الغاز.", [QATAR, TURKEY]), "CONSULT")
    assert set(ev.source + ev.target) == {"قطر", "تركيا"}


def test_a_body_with_adjectives_before_a_titled_name() -> None:
    specs = [("خالد سعيد", "خالد سعيد", "PER"), TURKEY]
    ev = one(run("اتهم رئيس الاتحاد الوطني الديمقراطي خالد سعيد تركيا بخرق الهدنة.", specs), "DISAPPROVE")
    assert ev.source == ["خالد سعيد"] and ev.target == ["تركيا"]


def test_what_a_deed_led_to_is_no_object_of_it() -> None:
    specs = [HOUTHI, ("عدن", "عدن", "LOC"), ("هادي", "عبدربه منصور هادي", "PER"),
             ("السعودية", "السعودية", "LOC")]
    ev = one(run("واستولى الحوثيون على عدن، ما دفع هادي إلى السفر إلى السعودية.", specs), "COERCE")
    assert ev.source == ["الحوثيين"] and ev.target == []


def test_a_deed_to_stop_or_claimed_is_not_told() -> None:
    specs = [TURKEY, ("الأكراد", "الأكراد", "ORG"), ("داعش", "داعش", "ORG")]
    evs = run("وقال: أريد أن تتوقف تركيا عن قتل الأكراد، فهي تدعي قتال داعش.", specs)
    assert not [e for e in evs if e.type in ("ASSAULT", "FIGHT")]


def test_a_campaign_that_targets_is_no_attack() -> None:
    evs = run("واعتقلت السلطات السودانية خمسة أشخاص ضمن حملة تستهدف المهربين.", [SUDANESE])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_an_event_noun_in_a_body_name_is_no_event() -> None:
    evs = run("واعتقلت الشرطة رئيس جماعة الاعتصام في المدينة.", [])
    assert not [e for e in evs if e.type == "PROTEST"]


def test_a_fight_arrest_or_withdrawal_with_no_party_named_is_background() -> None:
    evs = run("وتشهد المنطقة منذ أسابيع معارك متقطعة.", [])
    assert not [e for e in evs if e.type == "FIGHT"]
    evs = run("وتم اعتقال عدد من الأشخاص بعد انسحاب متوقع.", [])
    assert not [e for e in evs if e.type in ("COERCE", "RETREAT")]
    assert one(run("واعتقلت الشرطة التونسية عددا من الأشخاص.", [TUNISIAN]), "COERCE").source == ["تونس"]


def test_between_after_a_time_set_off_by_commas() -> None:
    specs = [("الجيش السوداني", "السودان", "ORG"), ("الحركة الشعبية", "الحركة الشعبية", "ORG")]
    text = "اندلعت المعارك، مساء الأحد، بين الجيش السوداني من جهة، والمتمردين من الحركة الشعبية من جهة أخرى."
    ev = one(run(text, specs), "FIGHT")
    assert ev.source == ["السودان"]
    specs = [("الجيش المالي", "مالي", "ORG"), ("أنصار الدين", "أنصار الدين", "ORG")]
    text = "تجددت الاشتباكات، فجر الاثنين، بين الجيش المالي من جهة، والمتمردين أنصار الدين من جهة أخرى."
    ev = one(run(text, specs), "FIGHT")
    assert ev.source == ["مالي"] and ev.target == ["أنصار الدين"]


def test_a_charge_tells_no_deed() -> None:
    specs = [SUDANESE, ("داعش", "داعش", "ORG")]
    evs = run("واعتقلت السلطات السودانية رجلا متهما بتأييد داعش.", specs)
    assert not [e for e in evs if e.type == "SUPPORT"]
    assert one(evs, "COERCE").source == ["السودان"]


def test_an_actor_after_a_time_preposition_is_no_party() -> None:
    specs = [("الأمريكية", "الولايات المتحدة", "LOC")]
    evs = run("واعتقل الرجل بعد أحداث السفارة الأمريكية في العاصمة.", specs)
    assert all("الولايات المتحدة" not in e.source + e.target for e in evs)


def test_opening_fire_with_the_subject_between() -> None:
    specs = [("قوات النظام", "النظام السوري", "ORG")]
    ev = one(run("كما فتحت قوات النظام نيران رشاشاتها على مناطق في المدينة.", specs), "ASSAULT")
    assert ev.source == ["النظام السوري"]


def test_a_republic_title_before_a_name() -> None:
    specs = [("أحمد ناصر", "أحمد ناصر", "PER"), ("حزب الأمة", "حزب الأمة", "ORG")]
    ev = one(run("طالب نائب رئيس الجمهورية أحمد ناصر حزب الأمة بوقف العنف.", specs), "DEMAND")
    assert ev.source == ["أحمد ناصر"] and ev.target == ["حزب الأمة"]


def test_a_deed_in_the_background_is_not_told() -> None:
    specs = [SUDANESE]
    evs = run("واعتقلت السلطات السودانية الرجل على خلفية الاحتجاجات على غلاء الأسعار.", specs)
    assert not [e for e in evs if e.type == "PROTEST"]
    assert one(evs, "COERCE").source == ["السودان"]

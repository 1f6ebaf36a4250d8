"""Where an event happened (`events_place_clauses`, session 18): a place told in a relative clause about another
noun is not the event's, one describing the event's own place or the event itself still is; a town the
gazetteer does not know, named after a place noun, is the place; the last word of a name is kept; an
arrest happened where its men were taken from."""

from __future__ import annotations

from event_cases import INTERIOR_MINISTRY, KASSERINE, one, run

POLICE = ("الشرطة", "الشرطة", "ORG")
ARMY = ("الجيش", "الجيش", "ORG")
KING = ("الملك سلمان", "سلمان بن عبدالعزيز", "PER")
PRESIDENT = ("الرئيس الكيني", "كينيا", "LOC")
LAMU = ("لامو", "لامو", "LOC")
NEPAL = ("نيبال", "نيبال", "LOC")
POKHARA = ("بوخارا", "بوخارا", "LOC")
AKKAR = ("العكر", "العكر", "LOC")
URFA = ("شانلي أورفة", "شانلي أورفة", "LOC")
MOUNTAIN_LAND = ("شمال العراق", "العراق", "LOC")


def test_a_place_in_a_relative_clause_about_another_deed_is_not_the_events() -> None:
    evs = run("تلقى الملك سلمان اتصالا هاتفيا من الرئيس الكيني أعرب فيه عن إدانته للهجوم الذي وقع في لامو.",
              [KING, PRESIDENT, LAMU])
    assert one(evs, "CONSULT").location is None
    own = run("أسفر الهجوم الإرهابي الذي وقع في القصرين عن مقتل جنديين.", [KASSERINE])
    assert one(own, "ASSAULT").location == "القصرين"  # the clause tells of the attack itself
    hills = run("وقصف الجيش مواقع المسلحين في الجبال التي لجأوا إليها في شمال العراق.", [ARMY, MOUNTAIN_LAND])
    assert one(hills, "ASSAULT").location == "العراق"  # it tells of the place the shelling hit


def test_an_unknown_town_after_a_place_noun_is_the_place() -> None:
    evs = run("اعتقلت الشرطة خمسة مطلوبين في حي الزهيرات فجر اليوم.", [POLICE])
    assert one(evs, "COERCE").location == "الزهيرات"
    glued = run("داهمت الشرطة منزلا ببلدة الكرامة واعتقلت صاحبه.", [POLICE])
    assert one(glued, "COERCE").location == "الكرامة"
    common = run("اعتقلت الشرطة خمسة مطلوبين في منطقة الحدود.", [POLICE])
    assert one(common, "COERCE").location is None  # «منطقة الحدود» names no town
    quoted = run("اعتقلت الشرطة خمسة مطلوبين في منطقة «الزهيرات» فجر اليوم.", [POLICE])
    assert one(quoted, "COERCE").location == "الزهيرات"
    bare = run("اعتقلت الشرطة خمسة مطلوبين في محافظة سجنان فجر اليوم.", [POLICE])
    assert one(bare, "COERCE").location == "سجنان"


def test_a_town_before_the_province_that_holds_it_is_the_place() -> None:
    evs = run("قتل ثلاثة أشخاص في تفجير ببلدة سروج التابعة لولاية شانلي أورفة.", [URFA])
    assert one(evs, "ASSAULT").location == "سروج"


def test_the_last_word_of_a_name_stays_with_it() -> None:
    evs = run("أصيب شرطي بانفجار قنبلة في قرية العكر الغربي.", [AKKAR])
    assert one(evs, "ASSAULT").location == "العكر الغربي"
    two = run("قتل شرطي بانفجار في منطقة قلاج كورتك التابعة لبلدة رميلان.", [])
    assert one(two, "ASSAULT").location == "قلاج كورتك"


def test_an_arrest_happened_where_its_men_were_taken_from() -> None:
    evs = run("اعتقلت الشرطة 40 شخصا من مدينة بوخارا بتهمة دعم الإضراب الذي دعا إليه الحزب في نيبال.",
              [POLICE, POKHARA, NEPAL])
    assert one(evs, "COERCE").location == "بوخارا"
    ban = run("منعت وزارة الداخلية دخول القادمين من مدينة بوخارا.", [INTERIOR_MINISTRY, POKHARA])
    assert all(e.location != "بوخارا" for e in ban if e.type == "COERCE")
    kin = run("احتجزت الشرطة 50 عائلة من نازحي بوخارا.", [POLICE, POKHARA])
    assert one(kin, "COERCE").location is None  # whose people they are, not where they were taken


def test_the_town_not_the_country_of_its_adjective_is_the_place() -> None:
    nablus, palestinian = ("نابلس", "نابلس", "LOC"), ("الفلسطينية", "فلسطين", "LOC")
    evs = run("أحرق مستوطنون منزلا في مدينة نابلس الفلسطينية فجر اليوم.", [nablus, palestinian])
    assert one(evs, "ASSAULT").location == "نابلس"
    verb = run("قتلت الشرطة مسلحا في منطقة ينشط فيها المهربون.", [POLICE])
    assert one(verb, "ASSAULT").location is None  # «ينشط فيها»: a relative clause's verb, no town


def test_a_bare_place_noun_taken_for_a_name_is_no_place() -> None:
    # the entity layer may tag «محافظة» apart from the name after it: the place is the name
    evs = run("قتل جندي تركي إثر انفجار لغم في محافظة ماردين.",
              [("محافظة", "محافظة", "LOC"), ("ماردين", "ماردين", "LOC")])
    assert one(evs, "ASSAULT").location == "ماردين"

"""Events of round 19, coded from short sentences: victims told in a result clause after an attack,
a negated claim of an attack, a claim by a pronoun after «لكن», a counted group as the subject of a
surrender, the party a «ضرورة» asks to act, a title holder the entity layer missed after «تم الاتفاق
مع», a reason clause ending a demand's objects, declining to comment, unions as a light verb's
subject; and the word classes moved from code into `event_words.tsv`."""

from __future__ import annotations

from event_cases import EGYPTIAN, HOUTHI, SECURITY_FORCES, SHABAAB, SOMALIA, one, run

from marsad.extract.events_lexicon import lexicon, norm

JORDAN = ("الأردن", "الأردن", "LOC")
SANAA = ("صنعاء", "صنعاء", "LOC")
ADEN = ("عدن", "عدن", "LOC")
ISRAEL = ("إسرائيل", "إسرائيل", "LOC")
BAHAH = ("خالد بحاح", "خالد بحاح", "PER")
SAMIR = ("سمير القاضي", "سمير القاضي", "PER")
RIGHTS_GROUPS = ("المنظمات الحقوقية", "المنظمات الحقوقية", "ORG")


def test_victims_of_a_result_clause_are_the_attacks_target() -> None:
    text = "شنت حركة الشباب هجوما أسفر عن مقتل عشرة من عناصر قوات الأمن."
    ev = one(run(text, [SHABAAB, SECURITY_FORCES]), "ASSAULT")
    assert ev.source == ["الشباب"] and ev.target == ["قوات الأمن"] and not ev.negated


def test_a_result_clause_stops_at_where_they_fell() -> None:
    text = "شنت حركة الشباب هجوما أدى إلى مقتل خمسة مدنيين في الصومال."
    ev = one(run(text, [SHABAAB, SOMALIA]), "ASSAULT")
    assert ev.source == ["الشباب"] and ev.target == ["خمسة مدنيين"]  # the people killed, not where they fell


def test_a_negated_claim_names_no_attacker() -> None:
    text = "ولم تعلن حركة الشباب مسؤوليتها عن الهجوم الذي وقع أمس."
    ev = one(run(text, [SHABAAB]), "ASSAULT")
    assert ev.source == [] and not ev.negated


def test_a_claim_still_names_the_attacker() -> None:
    text = "وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي وقع أمس."
    ev = one(run(text, [SHABAAB]), "ASSAULT")
    assert ev.source == ["الشباب"]


def test_a_claim_by_a_pronoun_after_but_names_the_group_told_before() -> None:
    text = "ولم تعلن حركة الشباب مسؤوليتها عن انفجار الأمس لكنها تبنت الاعتداء الذي وقع اليوم."
    ev = one(run(text, [SHABAAB]), "ASSAULT")
    assert ev.source == ["الشباب"]


def test_a_counted_group_after_a_surrender_verb_is_its_subject() -> None:
    text = "واستسلم العشرات من الحوثيين في المدينة."
    ev = one(run(text, [HOUTHI]), "RETREAT")
    assert ev.source == ["الحوثي"] and ev.target == []


def test_a_necessity_names_the_party_asked_to_act() -> None:
    text = "وشدد الرئيس المصري على ضرورة التزام إسرائيل بالاتفاق."
    ev = one(run(text, [EGYPTIAN, ISRAEL]), "DEMAND")
    assert ev.source == ["مصر"] and ev.target == ["إسرائيل"]


def test_a_necessity_with_no_doer_has_no_target() -> None:
    text = "وشدد الرئيس المصري على ضرورة حل مشكلة رواتب موظفي حكومة صنعاء."
    ev = one(run(text, [EGYPTIAN, SANAA]), "DEMAND")
    assert ev.source == ["مصر"] and ev.target == []


def test_an_impersonal_agreement_with_a_title_holder() -> None:
    text = "وذكر خالد بحاح أنه تم الاتفاق مع مدير الموانئ اليمنية لجلب مقاولين."
    ev = one(run(text, [BAHAH]), "AGREE")
    assert ev.source == ["خالد بحاح"] and ev.target == ["مدير الموانئ اليمنية"]


def test_a_reason_clause_ends_a_demands_objects() -> None:
    text = "ودعا خالد بحاح المنظمات الحقوقية إلى المجيء إلى عدن لأنها كانت تذهب فقط إلى صنعاء."
    ev = one(run(text, [BAHAH, RIGHTS_GROUPS, ADEN, SANAA]), "DEMAND")
    assert ev.source == ["خالد بحاح"] and ev.target == ["المنظمات الحقوقية"]


def test_declining_to_confirm_is_no_rejection() -> None:
    evs = run("إلا أن سمير القاضي رفض تأكيد أو نفي المعلومة.", [SAMIR])
    assert not [e for e in evs if e.type == "REJECT"]


def test_unions_the_entity_layer_missed_announce_a_protest() -> None:
    text = "وأعلنت نقابات المعلمين في الأردن عن تنظيم تظاهرة أمام البرلمان اليوم."
    ev = one(run(text, [JORDAN]), "PROTEST")
    assert ev.source == ["نقابات المعلمين"]


def test_siding_and_member_words_are_word_classes() -> None:
    W = lexicon().words
    assert {norm(w) for w in ("مؤيدون", "محسوبين", "الداعمة")} <= W["siding"]
    assert {norm(w) for w in ("مقاتلا", "عضوا", "متمردا")} <= W["members"]

"""The parties of cooperation (`events_cooperation_parties`): the owner of the effort a praise or a thanks
commends («ونوه X بجهود صاحب السمو الملكي الأمير …», «عن تقديره لمعالي وزير …»), whom aid goes to past the aid
noun's own words («مساعدات … بقيمة … للشعب اليمني»), the side a cooperation is against («… ضد داعش») that is no
target, and «يتفق» of being in line with a norm or sharing a view, which tells no agreement."""

from __future__ import annotations

from event_cases import EGYPT, ISIS, KUWAIT, one, run

DIPLOMAT = ("جون سميث", "جون سميث", "PER")
EU = ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG")
FAHD = ("فهد العتيبي", "فهد العتيبي", "PER")
JAPAN = ("اليابان", "اليابان", "LOC")
NAYEF = ("محمد بن نايف", "محمد بن نايف", "PER")
SOMALI = ("الصومالية", "الصومال", "LOC")
SUDAN = ("السودان", "السودان", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
UAE = ("الإمارات", "الإمارات", "LOC")
YEMENI = ("اليمني", "اليمن", "LOC")
ZAYED = ("سالم الزايد", "سالم الزايد", "PER")


def test_the_owner_of_a_praised_effort_past_a_relative_clause_and_honorifics() -> None:
    text = ("ونوه الكاتب جون سميث الذي يزور الرياض هذا الأسبوع بجهود صاحب السمو الملكي الأمير محمد بن نايف "
            "في مجال الأمن.")
    ev = one(run(text, [DIPLOMAT, ("الرياض", "الرياض", "LOC"), NAYEF]), "SUPPORT")
    assert ev.source == ["جون سميث"] and ev.target == ["محمد بن نايف"]


def test_thanks_to_an_effort_of_a_body_no_entity_names() -> None:
    ev = one(run("وعبر فهد العتيبي عن تقديره لجهود أعضاء اللجنة المنظمة في خدمة الحجاج.", [FAHD]), "SUPPORT")
    assert ev.source == ["فهد العتيبي"] and ev.target == ["أعضاء اللجنة المنظمة"]
    # a body's head before a name stands for the one named («حكومة اليابان»)
    ev = one(run("وأشاد فهد العتيبي بجهود حكومة اليابان في دعم التعليم.", [FAHD, JAPAN]), "SUPPORT")
    assert ev.target == ["اليابان"]


def test_thanks_to_a_dignitary_named_by_his_title() -> None:
    ev = one(run("وأعرب سالم الزايد عن شكره وتقديره لمعالي وزير المالية على دعمه للبرنامج.", [ZAYED]), "SUPPORT")
    assert ev.target == ["وزير المالية"]
    # a thanks with no party after it keeps no target
    ev = one(run("وأعرب سالم الزايد عن شكره وتقديره لسرعة الاستجابة.", [ZAYED]), "SUPPORT")
    assert ev.target == []


def test_aid_goes_to_the_party_past_its_amount() -> None:
    ev = one(run("وأعلنت اليابان تقديم مساعدات غذائية عاجلة بقيمة عشرة ملايين دولار للشعب اليمني.", [JAPAN, YEMENI]),
             "AID")
    assert ev.source == ["اليابان"] and ev.target == ["اليمن"]
    ev = one(run("وأبدى الاتحاد الأوروبي استعداده لتقديم مساعدات مالية وفنية للحكومة الانتقالية الصومالية.",
                 [EU, SOMALI]), "AID")
    assert ev.target == ["الصومال"]


def test_the_side_a_cooperation_is_against_is_no_target() -> None:
    ev = one(run("ووافقت تركيا على التعاون مع الولايات المتحدة في حربها ضد داعش.",
                 [TURKEY, ("الولايات المتحدة", "الولايات المتحدة", "LOC"), ISIS]), "AGREE")
    assert ev.target == ["الولايات المتحدة"]
    ev = one(run("وأعرب الكويت عن ارتياحه لتقدم العمليات العسكرية ضد داعش.", [KUWAIT, ISIS]), "SUPPORT")
    assert "داعش" not in ev.target


def test_being_in_line_with_a_norm_or_sharing_a_view_is_no_agreement() -> None:
    text = "وقال فهد العتيبي إن المشروع ينفذ بما يتفق مع المعايير الدولية."
    assert not [e for e in run(text, [FAHD]) if e.type == "AGREE"]
    text = "ويتفق سالم الزايد مع ذات الرأي، ويضيف أن المستشفى يحتاج إلى دعم."
    assert not [e for e in run(text, [ZAYED]) if e.type == "AGREE"]
    # agreeing with a party on a deed is an agreement
    ev = one(run("واتفقت مصر مع السودان على تشكيل لجنة مشتركة.", [EGYPT, SUDAN]), "AGREE")
    assert ev.source == ["مصر"] and ev.target == ["السودان"]


def test_welcoming_that_something_be_done_accepts_it() -> None:
    ev = one(run("وقالت الإمارات إنها ترحب بأن تزور لجنة أممية المنطقة.", [UAE]), "AGREE")
    assert ev.source == ["الإمارات"]


def test_blood_given_is_no_aid() -> None:
    text = "وتبرع فهد العتيبي وعدد من زملائه بدمائهم لمريض في المستشفى."
    assert not [e for e in run(text, [FAHD]) if e.type == "AID"]
    assert [e.type for e in run("وتبرع فهد العتيبي بمليون ريال لجمعية خيرية.", [FAHD])] == ["AID"]


def test_aid_a_body_approves_goes_to_the_parties_named() -> None:
    ev = one(run("أقرت المفوضية الأوروبية مساعدات بقيمة مليار يورو لدول منها اليونان وإيطاليا.",
                 [("المفوضية الأوروبية", "المفوضية الأوروبية", "ORG"), ("اليونان", "اليونان", "LOC"),
                  ("إيطاليا", "إيطاليا", "LOC")]), "AID")
    assert ev.source == ["المفوضية الأوروبية"] and set(ev.target) == {"اليونان", "إيطاليا"}


def test_a_contract_held_is_no_signing() -> None:
    text = "توقع فهد العتيبي، خلال مؤتمر صحافي عقد أمس في الرياض، ارتفاع الأسعار."
    assert not [e for e in run(text, [FAHD, ("الرياض", "الرياض", "LOC")]) if e.type == "AGREE"]


def test_the_actor_between_a_praise_verb_and_its_effort_noun_is_its_subject() -> None:
    specs = [("محمود عباس", "محمود عباس", "PER"), ("حماس", "حماس", "ORG"),
             ("لجنة مبادرة السلام", "لجنة مبادرة السلام", "ORG"), ("سعود الفيصل", "سعود الفيصل", "PER")]
    text = "واتهم محمود عباس حماس بالتعنت،وثمن وزراء خارجية لجنة مبادرة السلام جهود الأمير سعود الفيصل في خدمة القضية."
    ev = one(run(text, specs), "SUPPORT")
    assert ev.source == ["لجنة مبادرة السلام"] and ev.target == ["سعود الفيصل"]

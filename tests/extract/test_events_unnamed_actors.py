"""Parties no entity names: unnamed groups, institutions and attacked sites read off the noun phrases
around a deed (subject, object, after «على»/«ضد»), with clean phrase boundaries."""

from __future__ import annotations

from event_cases import COALITION, HOUTHI, one, run

ERDOGAN = ("أردوغان", "رجب طيب أردوغان", "PER")
ROUHANI = ("روحاني", "حسن روحاني", "PER")
NAJI = ("سامي الناجي", "سامي الناجي", "PER")
POLICE = ("الشرطة", "الشرطة", "ORG")
TURKEY = ("تركيا", "تركيا", "LOC")


def test_a_plural_with_its_nun_ends_the_subject_before_a_definite_object() -> None:
    text = "وهدد نواب متشددون الرئيس روحاني بسحب الثقة من حكومته."
    ev = one(run(text, [ROUHANI]), "THREATEN")
    assert (ev.source, ev.target) == (["نواب متشددون"], ["حسن روحاني"])


def test_an_institution_after_a_named_subject_is_the_object_of_a_demand() -> None:
    ev = one(run("ودعا أردوغان البرلمان إلى رفع الحصانة عن النواب.", [ERDOGAN]), "DEMAND")
    assert (ev.source, ev.target) == (["رجب طيب أردوغان"], ["البرلمان"])


def test_a_group_arrested_is_the_target_though_no_people_plural() -> None:
    ev = one(run("واعتقلت الشرطة خلية إرهابية في العاصمة.", [POLICE]), "COERCE")
    assert ev.target == ["خلية إرهابية"]


def test_a_title_after_a_name_is_no_object_but_a_body_is() -> None:
    titled = one(run("ودعا سامي الناجي رئيس الرابطة كافة المنظمات إلى التحرك.", [NAJI]), "DEMAND")
    body = one(run("ودعا سامي الناجي الحكومة إلى التحرك.", [NAJI]), "DEMAND")
    assert "رئيس الرابطة" not in titled.target and body.target == ["الحكومة"]


def test_a_site_after_ala_is_what_the_raids_hit() -> None:
    text = "وشن التحالف العربي سلسلة غارات على قاعدة الصمود الجوية."
    ev = one(run(text, [COALITION]), "ASSAULT")
    assert (ev.source, ev.target) == (["التحالف العربي"], ["قاعدة الصمود الجوية"])


def test_a_site_after_an_attack_noun_was_hit_but_a_car_bomb_is_the_weapon() -> None:
    ev = one(run("واستمر الحوثيين في قصف الأحياء السكنية بالمدينة.", [HOUTHI]), "ASSAULT")
    bomb = run("ونفذ الحوثيين تفجير سيارة مفخخة قرب السوق.", [HOUTHI])
    assert "الأحياء السكنية" in ev.target and all("سيارة مفخخة" not in e.target for e in bomb)


def test_a_verb_after_an_indefinite_site_ends_the_phrase() -> None:
    ev = one(run("وشن التحالف العربي غارات على مخازن أسلحة استخدمت في الهجمات.", [COALITION]), "ASSAULT")
    assert ev.target == ["مخازن أسلحة"]


def test_the_subject_after_a_subordinating_when_is_read() -> None:
    text = "وتبع ذلك غضب عندما رفضت هيئة محلفين كبرى توجيه الاتهام إلى الضابط."
    ev = one(run(text, []), "REJECT")
    assert ev.source == ["هيئة محلفين كبرى"]


def test_a_supported_party_after_an_svo_subject() -> None:
    ev = one(run("وقال المسؤول إن تركيا تدعم الجماعات التركمانية في الشمال.", [TURKEY]), "SUPPORT")
    assert ev.target == ["الجماعات التركمانية"]

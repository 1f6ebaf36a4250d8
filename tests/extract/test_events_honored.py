"""An honorific pronoun («سموه», «فخامته», «جلالته») stands for someone the article called by that honorific
(`events_honored`): the prince, not the president named after him; on ties a verb's subject is the story's
own dignitary, named first, and a complement the one named last."""

from __future__ import annotations

from event_cases import mentions, one, run

FAISAL = ("فيصل بن مشعل", "فيصل بن مشعل", "PER")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
NAIF = ("محمد بن نايف", "محمد بن نايف", "PER")
SULTAN = ("سلطان بن سلمان", "سلطان بن سلمان", "PER")
HUSSEIN = ("الحسين بن طلال", "الحسين بن طلال", "PER")
KING = ("عبدالله الثاني", "عبدالله الثاني", "PER")
AMERICA = ("الولايات المتحدة", "الولايات المتحدة", "LOC")


def test_his_highness_is_the_prince_not_the_president_named_after_him() -> None:
    text = ("بعث صاحب السمو الملكي الأمير فيصل بن مشعل برقية شكر لفخامة الرئيس باراك أوباما، "
            "وذلك بعد انتهاء زيارة سموه إلى الولايات المتحدة.")
    ev = one(run(text, [FAISAL, OBAMA, AMERICA]), "CONSULT")
    assert ev.source == ["فيصل بن مشعل"]


def test_a_subject_honorific_is_the_story_dignitary_named_first() -> None:
    text = ("رفع صاحب السمو الأمير فيصل بن مشعل شكره لصاحب السمو الملكي الأمير محمد بن نايف. "
            "وأشاد سموه بجهود صاحب السمو الملكي الأمير سلطان بن سلمان في دعم السياحة. "
            "وثمن سموه ما تحقق من إنجازات.")
    evs = [e for e in run(text, [FAISAL, NAIF, SULTAN]) if e.type == "SUPPORT"]
    assert evs and all(e.source == ["فيصل بن مشعل"] for e in evs)


def test_a_complement_honorific_is_the_one_named_last() -> None:
    text = ("بعث الملك الحسين بن طلال برقية لجلالة الملك عبدالله الثاني. "
            "وأعرب عن أطيب التمنيات لجلالته.")
    found = [m for m in mentions(text, [HUSSEIN, KING]) if m[0] == "لجلالته"]
    assert found and found[0][2] == "عبدالله الثاني"


def test_a_title_cut_short_is_no_one_called_so() -> None:
    text = ("غادر صاحب السمو الملكي الأمير فيصل بن مشعل الولايات المتحدة. "
            "ويضم الوفد المرافق لسمو ولي العهد المستشار باراك أوباما. "
            "وذلك بعد انتهاء زيارة سموه.")
    specs = [FAISAL, OBAMA, AMERICA, ("لسمو ولي", "لسمو ولي", "PER")]
    found = [m for m in mentions(text, specs) if m[0] == "سموه"]
    assert found and found[0][2] == "فيصل بن مشعل"

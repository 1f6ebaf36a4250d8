"""The party an object pronoun of a demand, accusation or threat stands for (`events_pronoun_objects`):
the nearest party before it that agrees with the pronoun («ه» a man or masculine body, «ها» a feminine body
or a state, «هم» people), past nisbas and the doer; none where the pronoun is not plain."""

from __future__ import annotations

from event_cases import one, run


def test_accusing_participle_takes_the_man_named_with_his_title() -> None:
    ev = one(run("أعلن المحامي سامي الفهد عزمه مقاضاة المدير التنفيذي للشركة الدكتور خالد المنصور، متهما إياه "
                 "بالتزوير.", [("سامي الفهد", "سامي الفهد", "PER"), ("خالد المنصور", "خالد المنصور", "PER")]),
             "DISAPPROVE")
    assert (ev.source, ev.target) == (["سامي الفهد"], ["خالد المنصور"])


def test_calling_participle_with_feminine_pronoun_takes_the_state() -> None:
    ev = one(run("وأبدى الوزير أحمد الصالح قلقه من سلوك إيران في المنطقة، داعيا إياها إلى احترام جيرانها.",
                 [("أحمد الصالح", "أحمد الصالح", "PER"), ("إيران", "إيران", "LOC")]), "DEMAND")
    assert (ev.source, ev.target) == (["أحمد الصالح"], ["إيران"])


def test_masculine_pronoun_on_the_verb_takes_the_man_not_the_speaking_state() -> None:
    ev = one(run("وانتقدت البحرين تصريحات المرشد علي خامنئي، وطالبته بالكف عن التدخل في شؤونها.",
                 [("البحرين", "البحرين", "LOC"), ("علي خامنئي", "علي خامنئي", "PER")]), "DEMAND")
    assert ev.target == ["علي خامنئي"]


def test_plural_pronoun_takes_the_people_told_of_in_the_sentence_before() -> None:
    ev = one(run("قال المتحدث إن المسلحين أطلقوا النار على الحافلة. وتوعدهم الجيش بالرد.", []), "THREATEN")
    assert (ev.source, ev.target) == (["الجيش"], ["المسلحين"])


def test_plural_pronoun_skips_a_nisba_for_the_fighters_no_actor_names() -> None:
    ev = one(run("دربت الولايات المتحدة مقاتلين سوريين من المعارضة المعتدلة، متهمة إياهم بالتقصير.",
                 [("الولايات المتحدة", "الولايات المتحدة", "LOC")]), "DISAPPROVE")
    assert "سوريا" not in ev.target and "المعارضة السورية" not in ev.target


def test_no_speaker_for_a_pronoun_inside_his_quotation() -> None:
    evs = [e for e in run('وقال الشاهد فهد العلي: "كان الرجل واقفا على الجسر، فيما طالبه آخرون بالنزول".',
                          [("فهد العلي", "فهد العلي", "PER")]) if e.type == "DEMAND"]
    assert all("فهد العلي" not in e.target for e in evs)


def test_no_party_when_the_subject_bears_the_same_pronoun() -> None:
    evs = [e for e in run("وتلقى الوزير سعد الحربي دعم الشيخ ناصر العمر حين دعاه ممثله إلى الإصلاح.",
                          [("سعد الحربي", "سعد الحربي", "PER"), ("ناصر العمر", "ناصر العمر", "PER")])
           if e.type == "DEMAND"]
    assert all("ناصر العمر" not in e.target for e in evs)

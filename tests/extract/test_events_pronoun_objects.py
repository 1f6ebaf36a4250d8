"""The party an object pronoun of a demand, accusation or threat stands for (`events_pronoun_objects`):
the nearest party before it that agrees with the pronoun («ه» a man or masculine body, «ها» a feminine body
or a state, «هم» people), past nisbas and the doer; none where the pronoun is not plain."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.events_eval import run_article


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


def test_plural_pronoun_on_a_coercion_verb_takes_the_fighters_named_before() -> None:
    ev = one(run("وتقدمت قوات المقاومة الشعبية نحو مواقع الحوثيين في شرق عدن، وأجبرتهم على التراجع إلى خارج "
                 "المدينة.", [("المقاومة الشعبية", "المقاومة الشعبية", "ORG"), ("الحوثيين", "الحوثي", "ORG"),
                              ("عدن", "عدن", "LOC")]), "COERCE")
    assert (ev.source, ev.target) == (["المقاومة الشعبية"], ["الحوثي"])


def test_plural_pronoun_on_an_attack_verb_takes_the_group_whose_members_are_told() -> None:
    ev = one(run("وتحصن عناصر تنظيم داعش في المباني، فاستهدفتهم الطائرات العراقية بغارات مكثفة.",
                 [("تنظيم داعش", "داعش", "ORG"), ("الطائرات العراقية", "الطائرات العراقية", "ORG")]), "ASSAULT")
    assert ev.target == ["داعش"]


def test_masculine_pronoun_on_an_attack_verb_is_left_to_the_victim_rule() -> None:
    evs = [e for e in run("وسيطر الجيش السوداني على المدينة، ثم قصفها الطيران بعد يومين.",
                          [("الجيش السوداني", "الجيش السوداني", "ORG")]) if e.type == "ASSAULT"]
    assert all("الجيش السوداني" not in e.target for e in evs)


def test_plural_pronoun_of_a_deed_takes_no_party_from_the_sentence_before() -> None:
    evs = [e for e in run("وقالت إنها تشكر كل من وقف مع اليمنيين. أما النازح سالم باعلي من حي المنصورة التي تعرضت "
                          "لقصف عنيف من مليشيا الحوثي اجبرتهم على مغادرة المدينة.",
                          [("اليمنيين", "اليمن", "LOC"), ("سالم باعلي", "سالم باعلي", "PER"),
                           ("مليشيا الحوثي", "الحوثي", "ORG")]) if e.type == "COERCE"]
    assert evs and all("اليمن" not in e.target for e in evs)


def test_pronoun_on_a_verb_of_receiving_takes_the_man_who_arrived() -> None:
    ev = one(run("ووصل المبعوث الأممي هانس غروندبرغ إلى مسقط، حيث استقبله وزير الخارجية العماني بدر البوسعيدي.",
                 [("هانس غروندبرغ", "هانس غروندبرغ", "PER"), ("مسقط", "مسقط", "LOC"),
                  ("بدر البوسعيدي", "بدر البوسعيدي", "PER")]), "CONSULT")
    assert (ev.source, ev.target) == (["بدر البوسعيدي"], ["هانس غروندبرغ"])


def test_questioned_with_them_are_the_members_arrested_before() -> None:
    probe = one(run_article("واعتقل الجيش الإسرائيلي عددا من عناصر حركة حماس وحقق معهم.", "2024-12-07"),
                "INVESTIGATE")
    assert probe.target == ["حماس"]


def test_supporters_questioned_by_a_glued_pronoun_are_their_movement() -> None:
    probe = one(run_article("واعتقلت الأجهزة الأمنية الفلسطينية عددا من أنصار حركة حماس في نابلس واستجوبتهم.",
                            "2024-12-07"), "INVESTIGATE")
    assert probe.target == ["حماس"]

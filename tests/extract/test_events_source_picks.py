"""Source picks (session 29): the holder of a title that opens the clause with the body it is of and that
body's description («وكان رئيس الحزب المعارض في البلاد فلان دعا …»), a deed noun told with «التي قام بها X»,
a titled man after a feminine verb as its object («إن القوى الجنوبية اعتقلت القائد فلان»), «أفرادها» after
«أن» as the speaker's men, no «على يد X» moved to the target after «وكان … قد», and a nisba after a
publication's name («في صحيفة «النهار» اللبنانية») as no party; who «يقف وراء» a deed did it; the topic
of «أما … فقد» and a subject set off from its verb by a relative aside («X، الذي …، دعا»)."""

from __future__ import annotations

from event_cases import EGYPT, HAMAS, HOUTHI, ISIS_TANZIM, KUWAIT, TURKEY, one, run

DEMIRTAS = ("صلاح الدين دمرتاش", "صلاح الدين دمرتاش", "PER")
PKK_SHORT = ("حزب العمال", "حزب العمال", "ORG")
TURKISH_FEM = ("التركية", "تركيا", "LOC")
ABDULKHALIQ = ("عبدالخالق الحوثي", "عبدالخالق الحوثي", "PER")
ISRAELI_OCCUPATION = ("قوات الاحتلال الإسرائيلي", "إسرائيل", "LOC")
HEBRON = ("الخليل", "الخليل", "LOC")
ZARIF = ("محمد جواد ظريف", "محمد جواد ظريف", "PER")
NAHAR = ("النهار", "النهار", "ORG")
LEBANESE = ("اللبنانية", "لبنان", "LOC")
RESISTANCE = ("المقاومة الشعبية", "المقاومة الشعبية", "ORG")
IRAN = ("إيران", "إيران", "LOC")


def test_the_holder_of_a_title_that_opens_the_clause_is_the_subject() -> None:
    # the class noun «الحزب» in the title, standing for the party named before, is not who asked
    text = "وقال حزب العمال إن الهدنة انتهت. وكان زعيم الحزب المعارض في البلاد صلاح الدين دمرتاش دعا أمس " \
           "الحكومة التركية إلى وقف القتال."
    ev = one(run(text, [PKK_SHORT, DEMIRTAS, TURKISH_FEM]), "DEMAND")
    assert ev.source == ["صلاح الدين دمرتاش"]


def test_a_relative_verb_between_title_and_name_keeps_the_word_order_reading() -> None:
    # «الذي» opens a clause of its own: the name after it is no holder of the title before
    evs = run("وكان رئيس الحزب الذي زار تركيا صلاح الدين دمرتاش انتقد الحكومة التركية.",
              [TURKEY, DEMIRTAS, TURKISH_FEM])
    assert all(ev.source != ["صلاح الدين دمرتاش"] for ev in evs if ev.type == "DISAPPROVE")


def test_a_condemned_deed_done_with_qama_biha_keeps_its_doer() -> None:
    ev = one(run("وأدانت الكويت التفجير الذي قام به تنظيم داعش في المسجد.", [KUWAIT, ISIS_TANZIM]), "ASSAULT")
    assert ev.source == ["داعش"]
    ev = one(run("أدانت مصر الهجمات التي قامت بها جماعة الحوثي على المدنيين.", [EGYPT, ("جماعة الحوثي", "الحوثي", "ORG")]),
             "ASSAULT")
    assert ev.source == ["الحوثي"]


def test_a_titled_man_after_a_feminine_verb_is_its_object() -> None:
    ev = one(run("وقالت مصادر إن القوات الجنوبية اعتقلت القائد الميداني عبدالخالق الحوثي في عدن.", [ABDULKHALIQ]),
             "COERCE")
    assert "عبدالخالق الحوثي" not in ev.source and "عبدالخالق الحوثي" in ev.target


def test_the_members_a_pronoun_owns_after_that_are_the_speakers_men() -> None:
    ev = one(run("وذكرت المقاومة الشعبية أن أفرادها قصفوا تجمعا للحوثيين بالصواريخ.", [RESISTANCE, HOUTHI]), "ASSAULT")
    assert ev.source == ["المقاومة الشعبية"]
    ev = one(run("وأعلنت حركة حماس أن رجالها اعتقلوا جنديا في غزة.", [("حركة حماس", "حماس", "ORG"), HAMAS]), "COERCE")
    assert ev.source == ["حماس"]


def test_the_agent_after_ala_yad_stays_the_source_after_kana_qad() -> None:
    ev = one(run("وكان الشاب قد قتل على يد قوات الاحتلال الإسرائيلي في الخليل.", [ISRAELI_OCCUPATION, HEBRON]),
             "ASSAULT")
    assert ev.source == ["إسرائيل"] and "إسرائيل" not in ev.target


def test_the_nisba_of_a_publication_is_no_party() -> None:
    text = "وكتب وزير الخارجية الإيراني محمد جواد ظريف مقالا في صحيفة «النهار» اللبنانية، دعا فيه إلى الحوار."
    ev = one(run(text, [ZARIF, NAHAR, LEBANESE]), "DEMAND")
    assert ev.source == ["محمد جواد ظريف"]


def test_who_stands_behind_a_deed_did_it() -> None:
    ev = one(run("وقال الوزير إن تنظيم داعش الإرهابي يقف وراء الاعتداء الانتحاري على المسجد.", [ISIS_TANZIM]), "ASSAULT")
    assert ev.source == ["داعش"]
    # who stands behind it is asked, not told: no doer
    evs = run("وتعهد الوزير بكشف من يقف وراء التفجير الذي استهدف مسجدا في الكويت.", [KUWAIT])
    assert all(not ev.source for ev in evs if ev.type == "ASSAULT")


def test_the_topic_of_amma_is_the_subject_of_its_verb() -> None:
    kerry = ("جون كيري", "جون كيري", "PER")
    ev = one(run("أما وزير الخارجية الأمريكي جون كيري فقد دعا إيران إلى احترام الاتفاق.", [kerry, IRAN]), "DEMAND")
    assert ev.source == ["جون كيري"] and ev.target == ["إيران"]


def test_a_relative_aside_between_the_subject_and_its_verb() -> None:
    fabius = ("لوران فابيوس", "لوران فابيوس", "PER")
    text = "وزير الخارجية الفرنسي لوران فابيوس، الذي يزور طهران حاليا، دعا إيران إلى الالتزام بالاتفاق."
    ev = one(run(text, [fabius, ("الفرنسي", "فرنسا", "LOC"), ("طهران", "طهران", "LOC"), IRAN]), "DEMAND")
    assert ev.source == ["لوران فابيوس"] and "إيران" in ev.target

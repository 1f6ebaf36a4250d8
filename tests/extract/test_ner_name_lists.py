"""The name lists (clubs, companies, banks, media, bodies; people and MISC for the list rule only) load,
and the feature lists become features."""

from __future__ import annotations

import re
from pathlib import Path

from marsad.clean.normalize import fold
from marsad.extract import ner_features
from marsad.extract import ner_gazetteer as gz
from marsad.extract.entities import extract_entities


def test_name_lists_load_with_their_kinds() -> None:
    g = gz.load()
    kinds = {e.kind for e in g.extra.values()}
    assert kinds == {kind for _, kind in gz.FEATURE_LISTS}
    assert g.extra[gz.key("ريال مدريد")].kind == "club"
    assert g.extra[gz.key("تويوتا")].kind == "company"
    assert g.extra[gz.key("مصرف الراجحي")].kind == "bank"
    assert g.extra[gz.key("الاتحاد")].weak  # also a common word: a weak feature
    assert all(e.label in {"ORG", "MISC"} for e in g.extra.values())
    assert {e.kind for e in g.rule_extra.values()} == {kind for _, kind in gz.RULE_LISTS}
    assert g.rule_extra[gz.key("جاك شيراك")].kind == "person"
    assert g.rule_extra[gz.key("الحرب العالمية الثانية")].kind == "misc"
    assert all(e.label == "PER" for e in g.rule_extra.values() if e.kind == "person")
    assert all(e.label == "MISC" for e in g.rule_extra.values() if e.kind == "misc")


def test_name_lists_do_not_touch_rule_gazetteer() -> None:
    # feature-only: not in `names`, which the post-rules and extract_entities use
    g = gz.load()
    assert gz.key("مصرف الراجحي") not in g.names
    assert gz.key("مدريد") in g.names  # the city still matches for rules


def test_name_list_matches_become_features() -> None:
    toks = ["وفاز", "ريال", "مدريد", "على", "لبرشلونة"]
    feats = ner_features.sentence_features(toks, [fold(t) for t in toks])
    assert "x=B-club" in feats[1] and "x=I-club" in feats[2]
    assert "1:x=B-club" in feats[0]
    assert "x=B-club" in feats[4]  # proclitic ل taken off
    assert "x=O" in feats[3]


def test_rule_only_lists_are_no_features() -> None:
    toks = ["التقى", "جاك", "شيراك", "ب", "دولار"]
    feats = ner_features.sentence_features(toks, [fold(t) for t in toks])
    assert all(f == "x=O" or not f.startswith("x=") for row in feats for f in row)


def test_generated_place_names_are_arabic_spellings() -> None:
    """A ة inside a word is a Kurdish or Persian transliteration («كةربالا»), never an Arabic
    spelling: no generated city or capital is named or displayed so, and كربلاء is itself."""
    lang = Path(gz.__file__).resolve().parents[1] / "lang" / "ar" / "gazetteer"
    for name in ("cities.tsv", "capitals.tsv"):
        rows = [line.rstrip("\n").split("\t") for line in (lang / name).read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        assert rows and not [r for r in rows if any(re.search("ة(?=[\u0621-\u064a])", c) for c in r)]
    assert {e.canonical for e in extract_entities("وتظاهر المئات في كربلاء أمس.")} & {"كربلاء", "كربلاء المقدسة"}


def test_a_city_written_with_its_article_is_not_named_by_the_bare_word() -> None:
    """«الحديدة», «الأقصر», «الكوت» are never written bare: «بحديدة» is with a piece of iron, «أقصر» the
    shortest, «ظهران الجنوب» another town than «الظهران»; the bare form leads to no city."""
    names = gz.load().names
    assert gz.key("الحديدة") in names and gz.key("الأقصر") in names
    assert gz.key("حديدة") not in names and gz.key("أقصر") not in names and gz.key("كوت") not in names
    canon = {e.canonical for e in extract_entities("سلك أقصر الطرق إلى مدينة ظهران الجنوب.")}
    assert not canon & {"الأقصر", "الظهران"}


def test_a_preposition_glued_on_a_body_head_is_no_part_of_its_name() -> None:
    """«لمنظمة التحرير», «بحزب الله»: the ل or ب before the head of a body's name is a preposition."""
    found = {(e.text, e.canonical) for e in extract_entities(
        "وقال عضو اللجنة التنفيذية لمنظمة التحرير إن الاتفاق تم. وأشاد بحزب الله.")}
    assert ("منظمة التحرير", "منظمة التحرير") in found
    assert not [t for t, _ in found if t.startswith(("لمنظمة", "بحزب"))]


def test_provinces_and_armed_groups_of_the_news_are_named() -> None:
    # a province with a clitic, an armed group's full name, a party the model alone misses
    found = {(e.text, e.label) for e in extract_entities("نزح آلاف العراقيين من محافظتي الأنبار وديالى بسبب المعارك.")}
    assert ("ديالى", "LOC") in found
    found = {(e.text, e.label) for e in extract_entities("هاجم مسلحون من تنظيم القاعدة مقرا للجيش في حضرموت.")}
    assert {("تنظيم القاعدة", "ORG"), ("حضرموت", "LOC")} <= found
    assert ("حركة النهضة", "ORG") in {(e.text, e.label) for e in extract_entities("قالت حركة النهضة إنها ترفض القانون.")}


def test_a_base_is_not_the_group_of_that_name() -> None:
    # «القاعدة» alone is a base or a rule: only «تنظيم القاعدة» names the group
    found = {e.text for e in extract_entities("واستعادت اللجان الشعبية القاعدة الجوية من المسلحين.")}
    assert not any("القاعدة" in t for t in found)


def test_a_particle_with_a_pronoun_is_never_a_name() -> None:
    # «وقال الأزهر، في بيان له أمس، إنه …»: the model once tagged «إنه» PER, and the events took it for a speaker
    for w in ("إنه", "أنها", "إنهم", "لكنه"):
        assert gz.is_stop(fold(w))
    assert not gz.is_stop(fold("الأزهر"))


def test_a_province_is_not_its_capital_town() -> None:
    # GeoNames gives «لحج» as another name of الحوطة, the town: news means the province
    found = {(e.text, e.canonical) for e in extract_entities("سيطرت المقاومة على قاعدة العند في محافظة لحج.")}
    assert ("لحج", "لحج") in found

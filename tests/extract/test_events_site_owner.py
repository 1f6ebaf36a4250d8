"""The party whose sites an attack hit, after the site noun («استهداف معسكرات الحوثيين»)."""

from marsad.extract.events_eval import run_article


def _events(text: str) -> list:
    return run_article(text, "2015-08-01")


def test_reported_attack_noun_takes_the_sites_owner() -> None:
    evs = [e for e in _events("وأعلن التحالف استهداف معسكرات الحوثيين في صعدة.") if e.type == "ASSAULT"]
    assert evs and evs[0].source == ["التحالف العربي"] and evs[0].target == ["الحوثي"]


def test_gatherings_of_a_group_are_its_own() -> None:
    evs = [e for e in _events("وأعلنت المقاومة استهداف تجمعات الحوثيين في تعز.") if e.type == "ASSAULT"]
    assert evs and evs[0].target == ["الحوثي"]


def test_owner_after_lam_is_no_doer() -> None:
    text = ("لقي عشرات من عناصر تنظيم داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي، "
            "واستهدفت مواقع للتنظيم في عدد من القرى.")
    evs = [e for e in _events(text) if e.trigger == "واستهدفت"]
    assert evs and "داعش" not in evs[0].source and evs[0].target == ["داعش"]


def test_site_with_no_owner_names_no_target() -> None:
    evs = [e for e in _events("وأعلن التحالف استهداف مواقع في صعدة.") if e.type == "ASSAULT"]
    assert all(not e.target for e in evs)

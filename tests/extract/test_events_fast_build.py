"""The opt-in native build (`make fast`, scripts/build_fast.py) codes the same events as the pure-Python
modules, and no compiled module is older than its source. Skipped when the modules are not compiled."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import marsad.extract.events as events_module

ROOT = Path(__file__).resolve().parents[2]
COMPILED = not events_module.__file__.endswith(".py")
pytestmark = pytest.mark.skipif(not COMPILED, reason="events modules not compiled (make fast)")

ARTICLE = (
    "قصفت طائرات التحالف مواقع لجماعة الحوثي في صنعاء يوم الخميس. "
    "واعتقلت الشرطة المصرية خمسة أشخاص في القاهرة بتهمة التخطيط لهجمات. "
    "وأدان وزير الخارجية السعودي عادل الجبير الهجوم على السفارة في طهران. "
    "والتقى الرئيس الفرنسي فرانسوا هولاند نظيره الأمريكي باراك أوباما في واشنطن لبحث الأزمة السورية. "
    "وطالبت الأمم المتحدة الحكومة السورية بالسماح بدخول المساعدات إلى مضايا."
)

# Runs `run_article` on ARTICLE and prints its events; PURE makes Python import marsad's .py sources
# even where a compiled module lies beside them.
_RUN = """
import importlib.machinery as m, json, sys
from pathlib import Path
if sys.argv[1] == "pure":
    src_only = m.FileFinder.path_hook((m.SourceFileLoader, m.SOURCE_SUFFIXES))
    def hook(path):
        if "marsad" not in Path(path).parts:
            raise ImportError
        return src_only(path)
    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()
import marsad.extract.events as ev
from marsad.extract.events_eval import run_article
evs = run_article(sys.argv[2], "2015-12-03")
print(json.dumps([ev.__file__.endswith(".py"), [repr(e) for e in evs]], ensure_ascii=False))
"""


def _run(mode: str) -> tuple[bool, list[str]]:
    """(whether the events module ran from its source, the events' reprs) in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", _RUN, mode, ARTICLE], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")})
    pure, evs = json.loads(out.stdout.strip().splitlines()[-1])
    return pure, evs


def test_compiled_and_pure_modules_code_the_same_events() -> None:
    pure_src, pure = _run("pure")
    compiled_src, compiled = _run("compiled")
    assert pure_src and not compiled_src
    assert pure and compiled == pure


def test_no_compiled_module_is_older_than_its_source() -> None:
    spec = importlib.util.spec_from_file_location("build_fast", ROOT / "scripts" / "build_fast.py")
    assert spec and spec.loader
    build_fast = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_fast)
    assert build_fast.stale() == [], "an events module was edited after `make fast`: rerun it or `make pure`"

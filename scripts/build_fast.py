"""Opt-in native build of the event-coding modules with mypyc (`make fast`; `make pure` undoes it).

usage: python scripts/build_fast.py [build|clean]

`build` compiles src/marsad/extract/events*.py (not the evaluation harness) and clean/normalize.py into
C extensions placed beside the .py files, where Python imports them instead of the sources; `clean`
removes them, so that the pure-Python modules run again. The output of both is the same; the compiled
modules are faster. A compiled module shadows its .py: after editing an events module, rerun `build`
or run `clean`, else the old compiled code runs (`stale()` lists such modules; the test suite checks it).
Needs mypy (which ships mypyc) and a C compiler; without them the pure-Python modules are used as before.
Environment: MYPYC_OPT_LEVEL (the C optimisation level; default 1, the level measured: 1.8× on
bench/bench_events.py 200), FAST_JOBS (C files compiled at once, default the CPU count).
"""

from __future__ import annotations

import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"
SKIP = frozenset({"events_eval.py"})  # the evaluation harness: no part of extract_events


def modules() -> list[Path]:
    """The source files the native build compiles."""
    ext = SRC / "marsad" / "extract"
    return [p for p in sorted(ext.glob("events*.py")) if p.name not in SKIP] + [SRC / "marsad/clean/normalize.py"]


def built() -> list[Path]:
    """The compiled extension files now beside the sources (and mypyc's shared runtime library)."""
    return sorted([*SRC.glob("*__mypyc*.so"), *(SRC / "marsad").rglob("*.so")])


def stale() -> list[Path]:
    """Sources edited after their compiled module was built (the compiled one would run, not the edit)."""
    out = []
    shared = [s.stat().st_mtime for s in SRC.glob("*__mypyc*.so")]  # where the compiled code lives
    for p in modules():
        sos = [s.stat().st_mtime for s in p.parent.glob(p.stem + ".*.so")]
        if sos and max(sos + shared) < p.stat().st_mtime:
            out.append(p)
    return out


def clean() -> None:
    """Remove the compiled modules and the build folder: the pure-Python modules run again."""
    for p in built():
        p.unlink()
    shutil.rmtree(SRC / "build", ignore_errors=True)


def _fresh(obj: str, src: str, headers: float) -> bool:
    """True when the object file is newer than its C file and every header (mypyc rewrites only the C files
    whose module changed, so a rebuild after a small edit compiles only those)."""
    o = Path(obj)
    return o.exists() and o.stat().st_mtime >= max(Path(src).stat().st_mtime, headers)


def _parallel_compile(jobs: int) -> None:
    """Make setuptools compile the C files of one extension `jobs` at a time (it compiles them one by one:
    mypyc's shared library holds one C file per module, most of the build), skipping those compiled since
    their last change."""
    from setuptools._distutils import ccompiler

    def compile(self: Any, sources: list[str], output_dir: str | None = None, macros: Any = None,
                include_dirs: Any = None, debug: bool = False, extra_preargs: Any = None,
                extra_postargs: Any = None, depends: Any = None) -> list[str]:
        macros, objects, extra_postargs, pp_opts, todo = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        headers = max((h.stat().st_mtime for h in (SRC / "build").rglob("*.h")), default=0.0)

        def one(obj: str) -> None:
            if obj in todo and not _fresh(obj, todo[obj][0], headers):
                src, ext = todo[obj]
                self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, objects))
        return list(objects)

    ccompiler.CCompiler.compile = compile  # type: ignore[method-assign]


def build() -> None:
    """Compile `modules()` in place with mypyc."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(SRC)  # module names follow the package folders; the extensions land beside their sources
    names = [str(p.relative_to(SRC)) for p in modules()]
    jobs = int(os.environ.get("FAST_JOBS", str(os.cpu_count() or 1)))
    _parallel_compile(jobs)
    setup(name="marsad_fast", script_args=["build_ext", "--inplace", "-j", str(jobs)],
          ext_modules=mypycify(names, opt_level=os.environ.get("MYPYC_OPT_LEVEL", "1"), multi_file=True))


if __name__ == "__main__":
    {"build": build, "clean": clean}[sys.argv[1] if len(sys.argv) > 1 else "build"]()

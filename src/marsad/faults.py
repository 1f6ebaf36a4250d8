"""Fault injection for the tests of killed Dask workers: a process that reaches a marked point
dies there, once per run."""

from __future__ import annotations

import os


def die_once(env: str) -> None:
    """Exit at once, as under the OOM killer, when the environment variable `env` names a marker
    file that does not exist yet (it is created first, so only the first process to get here dies)."""
    marker = os.environ.get(env)
    if marker:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.close(fd)
        os._exit(1)

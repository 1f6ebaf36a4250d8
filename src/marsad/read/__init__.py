"""Readers: turn paths into a stream of raw documents, one per page.

`iter_documents` walks files and directories and dispatches on the file name: `.txt`,
`.html`/`.htm`, `.jsonl`, `.warc` and any of them gzipped (`.gz`). A file or record that
cannot be read comes out as a `Rejection` in the same stream, so a run never stops on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.read.base import RawDocument, Rejection
from marsad.read.files import read_file

__all__ = ["RawDocument", "Rejection", "iter_documents", "list_files"]


def list_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under `paths`, directories walked recursively in name order."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child
        else:
            yield p


def iter_documents(paths: Iterable[str | Path], *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Raw documents (or rejections) from every file under `paths`."""
    for f in list_files(paths):
        yield from read_file(f, max_bytes=max_bytes)

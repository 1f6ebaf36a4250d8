"""MinHash signatures over Arabic-aware shingles, and their LSH band keys.

Shingles are word n-grams of search keys (folded, clitic-stripped: `search_key`), so that
«بغزة» and «غزة», «إسرائيل» and «اسرائيل» shingle alike, and a page re-typed with other
diacritics or Farsi letters stays the same page. Signatures come from rensa's RMinHash; the
LSH index is persisted in the store as band keys (16 bands of 8 rows: a pair of Jaccard 0.8
becomes a candidate with probability 0.95), and candidates are checked on their signatures.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Sequence

from rensa import RMinHash

from marsad.clean.normalize import text_keys

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SEED = 20241207
SHINGLE = 3
MIN_SHINGLES = 5  # texts shorter than this are compared only by their exact hash
DEFAULT_THRESHOLD = 0.8
_BAND_BITS = 58
_ITEM = array("I").itemsize


def shingles(text: str, n: int = SHINGLE) -> list[str]:
    """Word n-grams of the text's search keys."""
    return key_shingles(text_keys(text), n)


def key_shingles(keys: list[str], n: int = SHINGLE) -> list[str]:
    """Word n-grams of a list of search keys, repeats included (MinHash ignores them)."""
    if len(keys) < n:
        return [" ".join(keys)] if keys else []
    if n == 3:  # the default, on the hot path: joining in C, no Python loop
        return list(map(" ".join, zip(keys, keys[1:], keys[2:], strict=False)))
    return [" ".join(keys[i : i + n]) for i in range(len(keys) - n + 1)]


def text_hash(text: str) -> str:
    """Exact-duplicate key: a hash of the text's search keys (spacing, marks and letter forms aside)."""
    return keys_hash(text_keys(text))


def keys_hash(keys: list[str]) -> str:
    """`text_hash` from a text's search keys already computed."""
    return hashlib.blake2b(" ".join(keys).encode("utf-8"), digest_size=12).hexdigest()


def signature(text: str) -> list[int] | None:
    """The MinHash signature of a text, or None when it has too few shingles to compare."""
    return keys_signature(text_keys(text))


def keys_signature(keys: list[str]) -> list[int] | None:
    """`signature` from a text's search keys already computed."""
    sh = key_shingles(keys)
    if len(sh) < MIN_SHINGLES:
        return None
    m = RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.update(sh)
    return list(m.digest())


def band_keys(sig: Sequence[int]) -> list[int]:
    """One integer key per band: the band number in the high bits, a hash of its rows below."""
    raw = array("I", sig).tobytes()
    step = ROWS * _ITEM  # bytes a band
    mask = (1 << _BAND_BITS) - 1
    blake = hashlib.blake2b
    return [(b << _BAND_BITS) | (int.from_bytes(blake(raw[b * step : (b + 1) * step], digest_size=8).digest(),
                                                "little") & mask) for b in range(BANDS)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal rows)."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def pack(sig: Sequence[int]) -> bytes:
    """A signature as bytes, for the store."""
    return array("I", sig).tobytes()


def unpack(blob: bytes) -> list[int]:
    """A signature back from the store's bytes."""
    a = array("I")
    a.frombytes(blob)
    return a.tolist()

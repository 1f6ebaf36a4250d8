"""Tokens and CRF features for Arabic NER.

Tokens follow ANERcorp: words keep their clitics (والصادرات, لحماس), punctuation stands alone.
Features of a token: folded form, clitic-stripped stem, prefixes and suffixes, shape, word
clusters (from SaudiNewsNet), stoplist/title/first-name/nisba membership, gazetteer position
(B/I and kind), name-list position (clubs, companies, banks, media, bodies), distributional
kNN type, title cues before it, and the same for a ±2 window.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.clean.normalize import fold, strip_clitics
from marsad.extract import ner_gazetteer as gz

# A word (letters, digits, inner marks, tatweel; decimals kept whole) or one other character.
TOKEN_RE = re.compile(
    "[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+(?:[.,٫][0-9٠-٩]+)*|[^\\s\\w]"
)
SELFLEX = "ner_selflex.tsv"
# Mined name lexicons (file in models/, feature prefix): cue words, and the tagger's own tags.
LEXICONS: tuple[tuple[str, str], ...] = (("ner_lexicon.tsv", "lx="), (SELFLEX, "sl="))
_ARABIC = re.compile("[\u0621-\u064a]")
# Feature-only name lists (clubs, companies, banks, media, bodies: `ner_gazetteer.FEATURE_LISTS`)
# as `x=` features at 0 and ±1; scripts/train_ner.py --no-extra-gaz turns them off.
EXTRA_GAZ = True
KNN = "ner_knn.tsv"  # distributional kNN type of a word (scripts/build_ner_knn.py), if shipped


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of each token of `text`."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """Folded word → (coarse, fine) cluster ids, from models/ner_clusters.tsv (empty if absent)."""
    out: dict[str, tuple[str, str]] = {}
    try:
        raw = resources.files("marsad").joinpath("models", "ner_clusters.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            w, c, f = line.split("\t")
            out[w] = (c, f)
    return out


@lru_cache(maxsize=1)
def word_rank() -> dict[str, int]:
    """Folded word → its frequency rank in SaudiNewsNet (0 the most frequent): the order of
    models/ner_clusters.tsv, which lists its vocabulary by count."""
    return {w: k for k, w in enumerate(clusters())}


@lru_cache(maxsize=4)
def lexicon(name: str = "ner_lexicon.tsv") -> dict[str, tuple[tuple[str, str], ...]]:
    """Stem → ((type, share bucket), ...) from a mined lexicon in models/ (empty if absent).

    `ner_lexicon.tsv` is mined from SaudiNewsNet by cue words (scripts/build_ner_lexicon.py).
    """
    out: dict[str, list[tuple[str, str]]] = {}
    try:
        raw = resources.files("marsad").joinpath("models", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            stem, label, bucket, _ = line.split("\t")
            out.setdefault(stem, []).append((label, bucket))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def knn_types() -> dict[str, tuple[str, str]]:
    """Folded word → (kNN type, confidence bucket) from models/ner_knn.tsv (empty if absent)."""
    out: dict[str, tuple[str, str]] = {}
    if not KNN:
        return out
    try:
        raw = resources.files("marsad").joinpath("models", KNN).read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            w, label, bucket, _ = line.split("\t")
            out[w] = (label, bucket)
    return out


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D"
    if _ARABIC.search(tok):
        return "A"
    if tok.isalpha():
        return "L"
    if any(ch.isdigit() for ch in tok):
        return "d"
    return "P"


def _cluster(f: str, s: str) -> tuple[str, str] | None:
    cl = clusters()
    return cl.get(f) or cl.get(s) or cl.get("ال" + s)


@lru_cache(maxsize=300_000)
def word_features(tok: str) -> tuple[tuple[str, ...], ...]:
    """Features of a word alone: its own, then as seen from offsets -2, -1, +1, +2 (prefixed)."""
    g = gz.load()
    f = fold(tok)
    s = strip_clitics(f)
    sh = _shape(tok)
    own = ["w=" + f, "s=" + s, "sh=" + sh, "p2=" + f[:2], "p3=" + f[:3], "x1=" + f[-1:], "x2=" + f[-2:],
           "x3=" + f[-3:], "sx2=" + s[-2:], "sp2=" + s[:2], "sp3=" + s[:3], "len=" + str(min(len(f), 8))]
    if sh == "A" and len(s) > 3:
        own += ["t3=" + s[k:k + 3] for k in range(len(s) - 2)]
    near = ["w=" + f, "s=" + s, "sh=" + sh]
    far = ["s=" + s]
    if f.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        own.append("al")
    cl = _cluster(f, s)
    if cl:
        own += ["c=" + cl[0], "cf=" + cl[1]]
        near += ["c=" + cl[0], "cf=" + cl[1]]
        far.append("c=" + cl[0])
    kn = knn_types()
    if kn:
        kt = kn.get(f) or kn.get(s) or kn.get("ال" + s)
        if kt:
            own += ["kn=" + kt[0], "kn=" + kt[0] + kt[1]]
            near.append("kn=" + kt[0])
    for name, pre in LEXICONS:
        for label, bucket in lexicon(name).get(s, ()):
            own += [pre + label, pre + label + bucket]
            near.append(pre + label)
    flags = []
    if gz.is_stop(f, g):
        flags.append("stop")
    if any((k,) in g.titles for k, _ in gz.first_word_keys(f)):
        flags.append("title")
    if f in g.first_names or s in g.first_names:
        flags.append("fname")
    if gz.nisba_country(f, g):
        flags.append("nisba")
    own += flags
    near += flags
    far += [x for x in flags if x == "title"]
    return (tuple(own), tuple("-2:" + x for x in far), tuple("-1:" + x for x in near),
            tuple("1:" + x for x in near), tuple("2:" + x for x in far))


def sentence_features(tokens: list[str], folded: list[str] | None = None) -> list[list[str]]:
    """CRF feature lists of the tokens of one sentence (`folded`: their folded forms, if known)."""
    n = len(tokens)
    if folded is None:
        folded = [fold(t) for t in tokens]
    wf = [word_features(t) for t in tokens]
    gaz = ["O"] * n
    for i, j, _, e in gz.match(folded):
        kind = e.kind + ("w" if e.weak else "")
        for k in range(i, j):
            gaz[k] = ("B-" if k == i else "I-") + kind
    xg: list[str] | None = None
    if EXTRA_GAZ:
        xg = ["O"] * n
        for i, j, _, e in gz.match_extra(folded):
            kind = e.kind + ("w" if e.weak else "")
            for k in range(i, j):
                xg[k] = ("B-" if k == i else "I-") + kind
    g = gz.load()
    title_end = [False] * n  # token i follows a (multi-word) title cue
    for k in range(n):
        for f0 in gz.title_readings(folded[k], g):
            for ln in (1, 2, 3):
                if k + ln < n and (f0, *folded[k + 1:k + ln]) in g.titles:
                    title_end[k + ln] = True
    out = []
    for i in range(n):
        feats = ["b", *wf[i][0], "g=" + gaz[i]]
        if xg is not None:
            feats.append("x=" + xg[i])
            if i > 0:
                feats.append("-1:x=" + xg[i - 1])
            if i + 1 < n:
                feats.append("1:x=" + xg[i + 1])
        if title_end[i]:
            feats.append("aftitle")
        if i == 0:
            feats.append("BOS")
        else:
            feats += wf[i - 1][2]
            feats.append("-1:g=" + gaz[i - 1])
            feats.append("w-1w0=" + folded[i - 1] + "|" + folded[i])
            if i > 1:
                feats += wf[i - 2][1]
                feats.append("-2:g=" + gaz[i - 2])
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += wf[i + 1][3]
            feats.append("1:g=" + gaz[i + 1])
            if i + 2 < n:
                feats += wf[i + 2][4]
                feats.append("2:g=" + gaz[i + 2])
        out.append(feats)
    return out


def doc_features(sents: list[list[str]], tags: list[list[str]]) -> list[list[list[str]]]:
    """Second-stage features from first-stage tags over the whole document.

    For each token: its own first-stage tag and its neighbours', and how the same word (clitics
    off) was tagged elsewhere in the document (majority type, and whether always/mostly/rarely).
    """
    labels: dict[str, dict[str, int]] = {}
    seen: dict[str, int] = {}
    stems = [[strip_clitics(fold(t)) for t in s] for s in sents]
    for ss, ts in zip(stems, tags, strict=True):
        for s, t in zip(ss, ts, strict=True):
            seen[s] = seen.get(s, 0) + 1
            if t != "O":
                d = labels.setdefault(s, {})
                d[t[2:]] = d.get(t[2:], 0) + 1
    out = []
    for ss, ts in zip(stems, tags, strict=True):
        n = len(ts)
        rows = []
        for i in range(n):
            f = ["p0=" + ts[i], "p-1=" + (ts[i - 1] if i else "BOS"), "p1=" + (ts[i + 1] if i + 1 < n else "EOS")]
            got = labels.get(ss[i])
            if got and len(ss[i]) > 1:
                lab = max(got.items(), key=lambda x: x[1])[0]
                share = sum(got.values()) / seen[ss[i]]
                f += ["dl=" + lab, "dls=" + lab + ("1" if share == 1 else "h" if share >= 0.5 else "l")]
                if seen[ss[i]] > 1:
                    f.append("dlm=" + lab)
            rows.append(f)
        out.append(rows)
    return out

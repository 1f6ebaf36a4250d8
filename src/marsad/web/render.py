"""HTML built in Python: an article's text with its spans marked up, and SVG bar charts.

Every piece of text is escaped as `markupsafe.escape` escapes it; only the tags written here are markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import quote

from markupsafe import Markup, escape

from marsad.model import Article

LABELS_AR = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
CATEGORIES_AR = {
    "killed": "قتلى", "injured": "جرحى", "casualties": "ضحايا", "missing": "مفقودون", "abducted": "مختطفون",
    "held_hostage": "رهائن", "arrested": "معتقلون", "displaced": "نازحون", "money": "مبالغ مالية", "other": "أخرى",
}
QUALIFIERS_AR = {"exact": "", "more_than": "أكثر من", "less_than": "أقل من", "about": "نحو",
                 "at_least": "على الأقل", "at_most": "على الأكثر"}
EVENTS_AR = {
    "AGREE": "اتفاق", "CONSULT": "تشاور", "SUPPORT": "دعم", "COOPERATE": "تعاون", "AID": "مساعدة",
    "CONCEDE": "تنازل", "RETREAT": "انسحاب", "INVESTIGATE": "تحقيق", "DEMAND": "مطالبة", "DISAPPROVE": "انتقاد",
    "REJECT": "رفض", "THREATEN": "تهديد", "PROTEST": "احتجاج", "MOBILIZE": "حشد", "SANCTION": "عقوبات",
    "COERCE": "إكراه", "ASSAULT": "اعتداء", "FIGHT": "قتال", "CRIME": "جريمة",
}
GRAINS_AR = {"year": "سنة", "month": "شهر", "week": "أسبوع", "day": "يوم", "hour": "ساعة", "minute": "دقيقة"}


@lru_cache(maxsize=8192)
def entity_url(name: str) -> str:
    """The UI path of an entity page (memoised: the same names recur on every page)."""
    return "/entities/" + quote(name, safe="")


def number(value: float | int) -> str:
    """A figure's value for display: integers without decimals, thousands separated."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    open: str
    close: str
    outer: bool = False


def _pick(spans: list[_Span]) -> list[_Span]:
    """Non-overlapping spans, earliest first and longest at a tie."""
    out: list[_Span] = []
    last = -1
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.start >= last:
            out.append(s)
            last = s.end
    return out


def _attr(s: str) -> str:
    """`str(markupsafe.escape(s))` for a plain string, without building a Markup object."""
    return s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")


_SPECIAL = re.compile("[&<>'\"]")  # what `_attr` replaces


def _same(s: str) -> str:
    return s


@lru_cache(maxsize=8192)
def _entity_attrs(label: str, canonical: str) -> tuple[str, str]:
    """An entity link's opening tag around its `id` value (memoised: the same entities recur)."""
    title = f"{LABELS_AR.get(label, label)}: {canonical}"
    return (f'<a class="span ent ent-{_attr(label)}" id="ent-',
            f'" href="{_attr(entity_url(canonical))}" title="{_attr(title)}" data-kind="ent">')


def _outside_quotes(spans: list[_Span], quotes: list[_Span]) -> list[_Span]:
    """`spans` less those that cross a quote's edge (one inside a quote, or clear of all, stays).
    `quotes` do not overlap and are sorted, so their ends are sorted too: the quotes a span meets
    are a run found by bisection."""
    if not quotes:
        return spans
    starts = [q.start for q in quotes]
    ends = [q.end for q in quotes]
    out = []
    for s in spans:
        lo, hi = bisect_right(ends, s.start), bisect_left(starts, s.end)  # quotes[lo:hi] overlap s
        if hi <= lo or (hi - lo == 1 and quotes[lo].start <= s.start and s.end <= quotes[lo].end):
            out.append(s)
    return out


def article_markup(article: Article) -> Markup:
    """The article text with entities (links), times, figures and quotes in distinct styles."""
    text = article.text
    n = len(text)

    def ok(s: int, e: int) -> bool:
        return 0 <= s < e <= n

    inner: list[_Span] = []
    for i, ent in enumerate(article.entities):
        if ok(ent.start, ent.end):
            before, after = _entity_attrs(ent.label, ent.canonical)
            inner.append(_Span(ent.start, ent.end, f"{before}{i}{after}", "</a>"))
    for i, t in enumerate(article.times):
        if ok(t.start, t.end):
            title = f"زمن: {t.value or 'غير محدد'}" + (f" ← {t.end_value}" if t.end_value else "")
            inner.append(_Span(t.start, t.end, f'<span class="span tm" id="tm-{i}" title="{_attr(title)}"'
                                               ' data-kind="tm">', "</span>"))
    for i, f in enumerate(article.figures):
        if ok(f.start, f.end):
            title = f"رقم: {CATEGORIES_AR.get(f.category, f.category)} {number(f.value)}"
            if f.reported_by:
                title += f" — بحسب {f.reported_by}"
            inner.append(_Span(f.start, f.end, f'<span class="span fig" id="fig-{i}" title="{_attr(title)}"'
                                               ' data-kind="fig">', "</span>"))
    quotes = _pick([
        _Span(q.start, q.end, f'<span class="span quote" id="quote-{i}"'
                              f' title="{_attr("اقتباس: " + (q.speaker or "قائل غير معروف"))}"'
                              ' data-kind="quote">', "</span>", outer=True)
        for i, q in enumerate(article.quotes) if ok(q.start, q.end)
    ])
    picked = _outside_quotes(_pick(inner), quotes)
    # (position, rank, html): closing tags before opening ones; outer opens first, closes last.
    tokens: list[tuple[int, int, str]] = []
    for s in quotes:
        tokens += [(s.start, 2, s.open), (s.end, 1, s.close)]
    for s in picked:
        tokens += [(s.start, 3, s.open), (s.end, 0, s.close)]
    tokens.sort(key=lambda t: (t[0], t[1]))
    esc = _attr if _SPECIAL.search(text) else _same  # most texts have nothing to escape
    out: list[str] = []
    pos = 0
    for p, _, tag in tokens:
        out.append(esc(text[pos:p]))
        out.append(tag)
        pos = p
    out.append(esc(text[pos:]))
    return Markup("".join(out))


def _day(s: str) -> date | None:
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def bucket(counts: dict[str, int], max_bars: int = 90) -> list[tuple[str, int]]:
    """Counts per day as consecutive bars: days when the range is short, else months (or years)."""
    days = {d: n for k, n in counts.items() if (d := _day(k)) is not None}
    if not days:
        return []
    lo, hi = min(days), max(days)
    if (hi - lo).days < max_bars:
        return [((lo + timedelta(i)).isoformat(), days.get(lo + timedelta(i), 0)) for i in range((hi - lo).days + 1)]
    months: Counter[str] = Counter()
    for d, n in days.items():
        months[f"{d.year:04d}-{d.month:02d}"] += n
    y, m = lo.year, lo.month
    keys = []
    while (y, m) <= (hi.year, hi.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if len(keys) <= max_bars * 2:
        return [(k, months.get(k, 0)) for k in keys]
    years: Counter[str] = Counter()
    for k, n in months.items():
        years[k[:4]] += n
    return [(str(y), years.get(str(y), 0)) for y in range(lo.year, hi.year + 1)]


def bar_chart(points: list[tuple[str, int]], *, label: str, unit: str = "", width: int = 720,
              height: int = 200) -> Markup:
    """An SVG bar chart, time running right to left as Arabic reads; empty markup without points."""
    if not points:
        return Markup("")
    pad_top, pad_bottom, pad_side = 12, 34, 34
    plot_w, plot_h = width - 2 * pad_side, height - pad_top - pad_bottom
    top = max(n for _, n in points) or 1
    step = plot_w / len(points)
    bar_w = max(1.0, step * 0.72)
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
             f' width="{width}" height="{height}" role="img" aria-label="{_attr(label)}">',
             f'<title>{escape(label)}</title>',
             f'<line class="axis" x1="{pad_side}" y1="{pad_top + plot_h}" x2="{width - pad_side}"'
             f' y2="{pad_top + plot_h}"/>']
    for frac in (0.5, 1.0):
        y = pad_top + plot_h * (1 - frac)
        parts.append(f'<line class="grid" x1="{pad_side}" y1="{y:.1f}" x2="{width - pad_side}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{width - pad_side + 4}" y="{y + 4:.1f}" text-anchor="start">'
                     f'{escape(number(round(top * frac, 1)))}</text>')
    for i, (key, n) in enumerate(points):
        h = plot_h * n / top
        x = width - pad_side - (i + 1) * step + (step - bar_w) / 2  # oldest at the right
        y = pad_top + plot_h - h
        tip = f"{key}: {n}{(' ' + unit) if unit else ''}"
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 0):.1f}"'
                     f' data-key="{_attr(key)}" data-value="{n}"><title>{escape(tip)}</title></rect>')
    first, last = points[0][0], points[-1][0]
    parts.append(f'<text class="tick" x="{width - pad_side}" y="{height - 10}" text-anchor="end">'
                 f'{escape(first)}</text>')
    if last != first:
        parts.append(f'<text class="tick" x="{pad_side}" y="{height - 10}" text-anchor="start">{escape(last)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))

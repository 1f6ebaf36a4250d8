"""News sitemaps (`<news:publication_date>`) and sitemap indexes, parsed with lxml."""

from __future__ import annotations

from lxml import etree

from marsad.fetch.feeds import Item

_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def _text(el: etree._Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return el.text.strip() or None


def _find(parent: etree._Element, local: str, ns: str = _SM) -> etree._Element | None:
    el = parent.find(f"{ns}{local}")
    if el is None and ns == _SM:
        el = parent.find(local)  # sitemaps written without the namespace
    return el


def parse_sitemap(body: bytes, limit: int = 500) -> tuple[list[Item], list[tuple[str, str | None]], str | None]:
    """(items, child sitemaps (loc, lastmod) newest first, problem) of a sitemap or index."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:
        return [], [], f"not a sitemap: {e}"
    if root is None:
        return [], [], "not a sitemap: empty document"
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        children: list[tuple[str, str | None]] = []
        for sm in root:
            if not isinstance(sm.tag, str) or etree.QName(sm).localname != "sitemap":
                continue
            loc = _text(_find(sm, "loc"))
            if loc:
                children.append((loc, _text(_find(sm, "lastmod"))))
        children.sort(key=lambda c: c[1] or "", reverse=True)
        return [], children, None
    if tag != "urlset":
        return [], [], f"not a sitemap: root element <{tag}>"
    items: list[Item] = []
    for url in root:
        if not isinstance(url.tag, str) or etree.QName(url).localname != "url":
            continue
        loc = _text(_find(url, "loc"))
        if not loc:
            continue
        news = url.find(f"{_NEWS}news")
        published = _text(news.find(f"{_NEWS}publication_date")) if news is not None else None
        title = _text(news.find(f"{_NEWS}title")) if news is not None else None
        lastmod = _text(_find(url, "lastmod"))
        items.append(Item(url=loc, id=loc, updated=lastmod or published, title=title, published=published))
        if len(items) >= limit:
            break
    return items, [], None

"""Run every extraction layer over a page's articles, in dependency order.

Entities come first: figures' reporters, quotes' speakers and events' actors link to them.
Times are resolved against the page's publication date (none → relative values stay null).
"""

from __future__ import annotations

from datetime import date

from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events
from marsad.extract.figures import extract_figures
from marsad.extract.quotes import extract_quotes
from marsad.extract.times import extract_times
from marsad.model import Article, Page


def annotate_article(article: Article, reference: date | None) -> None:
    """Fill an article's entities, times, figures, quotes and events in place."""
    text = article.text
    article.entities = extract_entities(text)
    article.times = extract_times(text, reference)
    article.figures = extract_figures(text, article.entities)
    article.quotes = extract_quotes(text, article.entities)
    article.events = extract_events(text, article.entities, article.times, article.quotes,
                                    publisher=article.publisher, reference=reference)


def annotate_page(page: Page) -> None:
    """Annotate every article of a page against its publication date."""
    reference = date.fromisoformat(page.published) if page.published else None
    for article in page.articles:
        annotate_article(article, reference)

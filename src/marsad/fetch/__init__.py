"""Fetching from the web: `marsad fetch` (URLs) and `marsad watch` (feeds and news sitemaps).

Politeness (robots.txt, per-host delay and concurrency, conditional GET, backoff), provenance
(every exchange appended to rotating WARC files beside the store) and fetch state kept in the
store's own database (`fetch_*` tables), so a killed watcher resumes where it stopped.
"""

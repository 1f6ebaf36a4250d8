"""Extraction layers: entities, times, numbers and figures, quotes, events."""

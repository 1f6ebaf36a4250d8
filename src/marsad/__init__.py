"""marsad: Arabic news pages into a clean, searchable record."""

__version__ = "0.1.0"

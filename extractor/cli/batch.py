"""`extractor batch` (not yet implemented)."""

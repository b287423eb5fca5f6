"""`extractor diff` (not yet implemented)."""

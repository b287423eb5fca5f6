"""`extractor evaluate` (not yet implemented)."""

"""`extractor extract` (not yet implemented)."""

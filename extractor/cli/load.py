"""`extractor load` (not yet implemented)."""

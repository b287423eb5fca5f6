"""`extractor export` (not yet implemented)."""

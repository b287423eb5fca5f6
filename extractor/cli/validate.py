"""`extractor validate` (not yet implemented)."""

"""Prompt templates (data files); see extractor.prompting for how they are rendered."""

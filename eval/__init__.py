"""Evaluation harness: align predictions with gold labels, score, diff."""

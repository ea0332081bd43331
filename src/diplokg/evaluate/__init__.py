"""Evaluation: extraction quality measured against hand-written gold files."""

"""Typesets the corpus text reports in several PDF layouts (scripts/make-layouts)."""

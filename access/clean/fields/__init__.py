"""Metadata fields put in one shape for both modes: dates, bylines and titles."""

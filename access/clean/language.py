"""Detect the language of a document's text (ISO 639-1 code)."""

from __future__ import annotations

MIN_CHARS = 200  # below this the declared language (or the default) is trusted


def detect_language(text: str, default: str = "en") -> str:
    """The most likely language of ``text``; ``default`` when it is too short to tell."""
    sample = text[:5000]
    if len(sample.strip()) < MIN_CHARS:
        return default
    import py3langid  # its model loads on import: only when there is text to judge

    lang, _score = py3langid.classify(sample)
    return lang

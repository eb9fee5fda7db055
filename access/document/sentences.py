"""Split text into sentences once, for audio, captions and read-along alike."""

from __future__ import annotations

from functools import cache

import pysbd


@cache
def _segmenter(lang: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=lang, clean=False)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """The sentences of ``text``, stripped, empty ones dropped."""
    return [s.strip() for s in _segmenter(lang).segment(text) if s.strip()]

"""Our own words per language: the narrator's framing phrases and the page's and PDF's labels.

One table (``phrases.toml``) read through the package; a language, or a key, it lacks falls
back to English. ``words("ar")["min_read"]`` → "{minutes} دقيقة قراءة"."""

from __future__ import annotations

from functools import cache

from access.document.tags import base_language
from access.tomlcopy import read_toml

FALLBACK = "en"


@cache
def phrase_table() -> dict[str, dict[str, str]]:
    return read_toml(__package__, "phrases.toml")


@cache
def _words(lang: str) -> dict[str, str]:
    table = phrase_table()
    return {**table[FALLBACK], **table.get(lang, {})}


def words(lang: str) -> dict[str, str]:
    """Every word of ours in ``lang`` ("ar", "zh-Hans", …), English where it has none."""
    return dict(_words(base_language(lang) or FALLBACK))

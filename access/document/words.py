"""Our own words per language: the narrator's framing phrases and the page's and PDF's labels.

One table (``phrases.toml``) read through the package, by language, or by language and script
where they are written in two ("zh-Hant": zh-TW and zh-HK too, by CLDR's likely script); a
language, or a key, it lacks falls back to English. ``words("ar")["min_read"]`` → "{minutes} دقيقة قراءة"."""

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


@cache
def _table_name(lang: str) -> str:
    """The table for a language tag: its language and likely script's when there is one
    ("zh-Hant" for zh-TW), else its language's."""
    import icu

    base = base_language(lang) or FALLBACK
    locale = icu.Locale(icu.Locale.forLanguageTag(lang.replace("_", "-")).getName())
    locale.addLikelySubtags()
    scripted = f"{base}-{locale.getScript()}"
    return scripted if scripted in phrase_table() else base


def words(lang: str) -> dict[str, str]:
    """Every word of ours in ``lang`` ("ar", "zh-Hant", …), English where it has none."""
    return dict(_words(_table_name(lang)))

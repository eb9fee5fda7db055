"""bylines.toml's word lists, read once, and the word tests both bylines and dates ask."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from access.clean.rules import read_toml


@cache
def byline_words() -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in bylines_toml().items() if isinstance(values, list)}


@cache
def bylines_toml() -> dict[str, list[str] | str]:
    return read_toml("bylines.toml")


@cache
def latin_by_words() -> tuple[str, ...]:
    """bylines.toml's "by" words of the scripts written in ASCII ("by", "von", "por", "av"),
    longest first (in one order, whatever the process's string hashing)."""
    return tuple(sorted((w for w in byline_words()["by_words"] if w.isascii()), key=lambda w: (-len(w), w)))


def word_alternatives(table: str) -> str:
    """A bylines.toml word list as a regular expression's alternatives, longest first (in one
    order, whatever the process's string hashing: the pattern's stored code is found by its text)."""
    return "|".join(map(re.escape, longest_first(byline_words()[table])))


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, alike ones in their order (one order in every process)."""
    return sorted(words, key=lambda word: (-len(word), word))


def sentence_word(line: str) -> bool:
    """Whether a line holds a word of a sentence ("the", "und", "in"), particles aside."""
    return any_sentence_word(line.split())


def any_sentence_word(words: list[str]) -> bool:
    """Whether a word of a sentence ("Alle", "the", "und") is among ``words``, particles inside
    a name ("Christoph von Ritter") and initials aside."""
    lists = byline_words()
    return any((key := word.casefold()) in lists["sentence_words"] and len(key.strip(".")) > 1
               and not (i and key in lists["particles"]) for i, word in enumerate(words))

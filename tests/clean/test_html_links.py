"""The Linker puts a page's prose links back where their texts stand as whole words."""

from __future__ import annotations

import re

from access.clean.html.links import Linker
from access.document import Inline


def _regex_spans(text: str, texts: list[str]) -> list[tuple[int, int]]:
    """What the one pattern of all texts, lookbehind first, found (the Linker's former way)."""
    ordered = sorted(texts, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    return [match.span() for match in pattern.finditer(text)]


def test_longest_whole_word_text_wins() -> None:
    linker = Linker({"Berlin": "https://a/", "Berlin Mitte": "https://b/", "Mitte": "https://c/"})
    runs = linker([Inline("Aus Berlin Mitte und Mittelerde, Berlin.")])
    assert [(r.text, r.href) for r in runs] == [
        ("Aus ", None), ("Berlin Mitte", "https://b/"), (" und Mittelerde, ", None),
        ("Berlin", "https://a/"), (".", None)]


def test_spans_as_the_lookbehind_pattern_found_them() -> None:
    texts = ["ab", "abc", "b c", "_x", "été", "c(d", "1٣"]
    for text in ("abc ab xabc ab_ b c", "(c(d) c(dd _x a_x", "été étés ét été1٣ 1٣", "ab" * 5):
        assert list(Linker(dict.fromkeys(texts, "h"))._found(text)) == _regex_spans(text, texts)

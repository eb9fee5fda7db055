"""The standfirst under the headline as the document's own line: none where the body says it."""

from __future__ import annotations

from access.clean.html.pick.agreement import folded_words
from access.clean.html.trim import like_title
from access.document import Block

OPENING_BLOCKS = 3  # the body's opening: its first blocks (a picture's caption, a subheading above the text)


def standfirst(texts: list[str], blocks: list[Block], title: str = "") -> str:
    """``texts`` (the standfirst's paragraphs) as one line, or "" where it is the ``title``
    again or the body's opening already holds the same words in the same order (said once)."""
    line = " ".join(texts)
    words = " ".join(folded_words(line))
    if not words or like_title(line, title):
        return ""
    opening = " ".join(folded_words(" ".join(block.text for block in blocks[:OPENING_BLOCKS])))
    return "" if f" {words} " in f" {opening} " else line

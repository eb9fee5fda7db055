"""Trim what an extractor kept with the article: a caption line said again under every picture,
its date set over it, headings closing the article with nothing under them.
(A lead-in before the headline, tag lines and teaser cards after the article are left to the
candidates' agreement, access.clean.html.pick: the trims that cut them had no effect on
held-out sites once it was there, benchmarks/html_sitecv.py, and one cut whole articles.)"""

from __future__ import annotations

from dataclasses import dataclass

from access.clean.fields.dates import iso_date
from access.clean.headings import SENTENCE_END, drop_dangling_headings, drop_empty_sections
from access.clean.html.pick.prose import PROSE_WORDS
from access.document import Block, Figure, ListBlock, Paragraph, Quote
from access.document.model import count_words

HEADINGS_KEEP = 0.5  # the heading trims keep this share of the words, or none is made: a text
# that is mostly headings is no article with a box's label left in it
TITLE_OVERLAP = 0.5  # word overlap that makes a heading the headline again


@dataclass(frozen=True)
class TrimSettings:
    """Which trims run; each is judged on held-out sites by benchmarks/html_sitecv.py."""

    repeated_captions: bool = True
    dangling_heading: bool = True
    empty_sections: bool = True
    stamp_lines: bool = True


def like_title(text: str, title: str, overlap: float = TITLE_OVERLAP) -> bool:
    """The page's headline again (often worded a little differently from og:title)."""
    words, title_words = set(text.casefold().split()), set(title.casefold().split())
    if not words or not title_words:
        return False
    return len(words & title_words) / len(words | title_words) >= overlap


def drop_repeated_captions(blocks: list[Block]) -> list[Block]:
    """Drop a paragraph right after a picture that repeats an earlier paragraph word for word:
    one caption line set under every picture. (Elsewhere repeats can be content: meal plans.)"""
    seen: set[str] = set()
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            key = " ".join(block.text.casefold().split())
            if key in seen and index and isinstance(blocks[index - 1], Figure):
                continue
            seen.add(key)
        kept.append(block)
    return kept


STAMP_WORDS = 10  # a line this short naming a day, outside the article's prose, is a stamp


def drop_stamp_lines(blocks: list[Block]) -> list[Block]:
    """Drop the short lines naming a day above the article's first block of running prose
    or below its last (a paragraph, or a list or quote holding one: an events list's
    descriptions): its date set over the story ('23.10.2018', 'Veröffentlichung: 2. Februar
    2022'), which the document carries as its date, or a stamp under it ('Aktualisiert am
    17.01.2021.', 'News date : 04/21/2022 Category : Press Releases'). Headings stay (a dated
    headline), and so does everything between those blocks; a short line with other digits is
    content ('10 p.m.', a game's score)."""
    first = next((i for i, b in enumerate(blocks) if _holds_prose(b)), None)
    if first is None:
        return blocks
    last = next(i for i in range(len(blocks) - 1, first - 1, -1)  # (the prose between is not read)
                if _holds_prose(blocks[i]))
    return [b for i, b in enumerate(blocks) if first <= i <= last or not (
        isinstance(b, Paragraph) and count_words(b.text) <= STAMP_WORDS and iso_date(b.text))]


def _holds_prose(block: Block) -> bool:
    """A paragraph of running prose, or a list or quote with an item or line of it (the
    article's body set as lists)."""
    if isinstance(block, Paragraph):
        return _is_prose(block.text)
    return isinstance(block, ListBlock | Quote) and any(_is_prose(line) for line in block.text.split("\n"))


def _is_prose(text: str) -> bool:
    return count_words(text) >= PROSE_WORDS and bool(SENTENCE_END.search(text.strip()))


def trim(blocks: list[Block], settings: TrimSettings | None = None) -> list[Block]:
    """All trims, in reading order."""
    settings = settings or TrimSettings()
    if settings.repeated_captions:
        blocks = drop_repeated_captions(blocks)
    before = blocks
    if settings.stamp_lines:
        blocks = drop_stamp_lines(blocks)
    if settings.empty_sections:
        blocks = drop_empty_sections(blocks)
    if settings.dangling_heading:
        blocks = drop_dangling_headings(blocks)
    if len(blocks) == len(before):
        return blocks  # none dropped (most articles): no words to count
    return blocks if _words(blocks) >= HEADINGS_KEEP * _words(before) else before


def _words(blocks: list[Block]) -> int:
    return sum(count_words(b.text) for b in blocks)

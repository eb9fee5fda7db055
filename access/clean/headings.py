"""Headings with nothing under them, shared by the saved-page and copied-text cleaners: a box's
label left when the extractor dropped its box ('Weitere Themen', 'Zum Artikel', 'Mehr lesen')."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from access.document import Block, Figure, Heading, Paragraph
from access.document.model import SCRIPT_STOPS, count_words

SENTENCE_END = re.compile(rf"[.!?…{SCRIPT_STOPS}][\"'”’»)」』]*$")
LABEL_WORDS = 6  # a heading this short not ending like a sentence is a label (html.pick.prose.PROSE_WORDS)
# A stop inside: sentences run together, no label (no space after 。)
INNER_STOP = re.compile(rf"\w{{4,}}[.!?] \w|\w[{SCRIPT_STOPS}]\s?\w")
NUMBERED = re.compile(r"\d")  # a heading with a number in it is one of a run (a step, a day, a week)


def drop_dangling_headings(blocks: list[Block], keep: Callable[[str], bool] = lambda _: False,
                           pictured: bool = False) -> list[Block]:
    """Drop headings closing the article with nothing under them ('Weitere Informationen zum
    Coronavirus:', 'Mehr lesen', 'External links'): the label of a box of links or teasers the
    extractor left out. A heading written as a sentence is kept (a last section's one line), and
    one ``keep`` tells to keep, with those above it. With ``pictured``, a heading over a picture
    heads it (copied text's captions: a section of one photo) and stays."""
    end = len(blocks)
    while end and ((isinstance(blocks[end - 1], Figure) and not pictured) or (
            isinstance(blocks[end - 1], Heading) and not SENTENCE_END.search(blocks[end - 1].text)
            and not keep(blocks[end - 1].text))):
        end -= 1
    return blocks[:end] + [b for b in blocks[end:] if isinstance(b, Figure)]  # pictures stay


def drop_empty_sections(blocks: list[Block], numbered: bool = False, pictured: bool = False,
                        ) -> list[Block]:
    """Drop a short label heading whose section is empty: the next block (pictures aside) is a
    heading of the same or a higher rank ('Weitere Themen', 'Más sobre …' over a teaser's
    headline): a box's label whose links the extractor left out. A heading written as a sentence
    or longer than a label stays (a headline set twice, a question). With ``numbered``, a heading
    over one with a number in it stays: the section over its run of steps or days ('Przygotowanie
    krok po kroku' over 'Krok 1', 'Wochenvorschau' over '31. Jänner - 6. Februar 2022'), which
    copied text sets at one level. With ``pictured``, a heading over a picture heads it and stays."""
    text = [i for i, b in enumerate(blocks) if pictured or not isinstance(b, Figure)]
    dropped = {i for i, after in pairwise(text)
               if isinstance(blocks[i], Heading) and isinstance(blocks[after], Heading)
               and blocks[after].level <= blocks[i].level and is_label(blocks[i].text)
               and not (numbered and NUMBERED.search(blocks[after].text))}
    return [b for i, b in enumerate(blocks) if i not in dropped]


def is_label(text: str) -> bool:
    """Short, closed by no stop and holding none (a table's cells read as one line: "Beer Drink in
    moderation. Keg")."""
    return count_words(text) <= LABEL_WORDS and not SENTENCE_END.search(text) and not INNER_STOP.search(text)


def drop_empty_headings(blocks: list[Block], signs_off: Callable[[str], bool] = lambda _: False,
                        ) -> list[Block]:
    """Copied text's headings over nothing: an empty section's label (its run of numbered steps
    aside) and the headings closing the article, unless the last is the writer's sign-off
    (``signs_off``: "x Franzi", "Bis bald") or no paragraph would be left. A heading over a
    picture heads its caption, and stays."""
    kept = drop_empty_sections(blocks, numbered=True, pictured=True)
    kept = drop_dangling_headings(kept, signs_off, pictured=True)
    return kept if any(isinstance(b, Paragraph) for b in kept) else blocks

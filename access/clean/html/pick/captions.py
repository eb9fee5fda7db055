"""Short lines under a picture that readability left out, marked as the picture's caption."""

from __future__ import annotations

from lxml import etree

from access.clean.html.pick.agreement import Shingles, text_held
from access.clean.html.pick.prose import PICTURE_LINE, block_text, is_prose, leaf_blocks
from access.document.model import count_words

CAPTION = "caption"  # the attribute marking a line as its picture's caption (blocks.Converter)


def mark_captions(base: etree._Element, other_text: str, other: Shingles,
                  share: float) -> None:
    """Mark each short line right under a picture in ``base``, not ending like a sentence, that
    the other candidate (``other_text``, its shingles ``other``) left out while keeping what
    follows: the picture's caption or credit, set as a paragraph ('Jill Binder, speaking at a
    WordCamp', 'Erdölpumpen im Abendrot. Bild: …'); readability drops it with the picture."""
    blocks = leaf_blocks(base)
    for before, block, after in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if before.tag != "graphic" or block.tag != "p":
            continue
        text = block_text(block)
        if (not is_prose(block) and 0 < count_words(text) <= PICTURE_LINE and text not in other_text
                and text_held(block_text(after), other, share)):
            block.set(CAPTION, "1")

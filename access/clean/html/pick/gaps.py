"""Blocks only readability kept, put back between two that trafilatura keeps one after the other.

Subheadings, lists and paragraphs of running prose (up to four in a row) that readability has
between two blocks trafilatura keeps one right after the other, or with only pictures or short
lines (a label that readability left out) between, are put back there, after the first (an
interview's questions, a list of the questions a section answers, a lead beside its picture: the
two agree on both sides; a short line among them is a link to another story, a box's label or a
comment's stamp, and all of them stay out)."""

from __future__ import annotations

import copy

from lxml import etree

from access.clean.html.pick.agreement import Shingles, holding_block, mostly_new, shingles
from access.clean.html.pick.prose import PICTURE_LINE, block_text, is_prose, leaf_blocks
from access.document.model import count_words

GAP_TAGS = ("head", "list")  # and paragraphs of running prose (a short line is a link or a stamp)


def fill_gaps(base: etree._Element, other: etree._Element, text: str,
              all_ours: Shingles, share: float, run: int = 1,
              past_pictures: bool = False, past_labels: bool = False) -> etree._Element:
    """``base`` with the blocks only ``other`` kept put back where ``other`` has them between two
    blocks that ``base`` holds one right after the other: a question, a subheading or a list
    that trafilatura's precise pass dropped inside the article (the two agree on both sides).
    ``text`` and ``all_ours``: the text of all of ``base`` before its edges were trimmed, and
    its shingles; ``share``: how much of a block another must hold to be it; ``run``: how many
    such blocks in a row (empty ones aside) are put back; ``past_pictures``: the two blocks of
    ``base`` may have pictures between them (a gallery whose captions only ``other`` kept);
    ``past_labels``: or short lines that are no sentence, which ``other`` left out (a box's
    label, 'Die CHIP Redaktion sagt:', under which trafilatura dropped the paragraph above it;
    the blocks go back right after the first of the two)."""
    theirs = leaf_blocks(other)
    their_texts = [block_text(b) for b in theirs]
    ours = leaf_blocks(base)
    # A block both hold as it is is no gap (most are); the substring test last: it reads all
    # of ``text``, the others only the block.
    held = {block_text(b) for b in ours}
    new = [0 < i < len(theirs) - 1 and their_texts[i] not in held and mostly_new(their_texts[i], all_ours)
           and their_texts[i] not in text for i in range(len(theirs))]
    runs = _gap_runs(theirs, their_texts, new, run)
    if not runs:
        return base
    our_shingles = [shingles(block_text(b)) for b in ours]
    inserts = []
    for left, start, right in runs:
        before = holding_block(shingles(their_texts[left]), our_shingles, share)
        after = holding_block(shingles(their_texts[right]), our_shingles, share)
        if before is None or after is None or after <= before:
            continue
        between = ours[before + 1:after]
        if between and not all((past_pictures and b.tag == "graphic") or (past_labels and _label(b))
                               for b in between):
            continue
        found = [theirs[i] for i in range(start, right) if new[i]]
        if all(b.tag in GAP_TAGS or is_prose(b) for b in found):  # a short line: a box's
            inserts += [(ours[before], copy.deepcopy(b)) for b in found]
    for anchor, block in reversed(inserts):
        block.tail = None
        anchor.addnext(block)
    return base


def _label(block: etree._Element) -> bool:
    """A short line that is no sentence ('Die CHIP Redaktion sagt:', 'Wer ist bei mir falsch?')."""
    return block.tag == "p" and not is_prose(block) and count_words(block_text(block)) <= PICTURE_LINE


def _gap_runs(blocks: list[etree._Element], texts: list[str], new: list[bool],
              most: int) -> list[tuple[int, int, int]]:
    """Runs of up to ``most`` blocks only the other candidate kept (``new``), each between two
    blocks it shares; empty blocks and pictures count neither way: (block before, first of the
    run, block after)."""
    runs: list[tuple[int, int, int]] = []
    anchor, start, count = None, None, 0
    for i, block in enumerate(blocks):
        if new[i]:
            start = i if start is None else start
            count += 1
        elif texts[i] and block.tag != "graphic":
            if anchor is not None and start is not None and count <= most:
                runs.append((anchor, start, i))
            anchor, start, count = i, None, 0
    return runs

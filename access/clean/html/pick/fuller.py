"""Paragraphs trafilatura cut short, taken whole from readability.

A run of trafilatura's paragraphs that are pieces of one paragraph readability has, clearly longer,
is that paragraph (the precise pass cut it at a line break or around a link, and dropped the rest),
unless the words it adds stand elsewhere in the article."""

from __future__ import annotations

import copy

from lxml import etree

from access.clean.html.pick.agreement import (
    GAP_NEW,
    SHINGLE,
    Shingles,
    folded_words,
    holding_block,
    shingles,
    shingles_held,
)
from access.clean.html.pick.prose import block_text, leaf_blocks

FRAGMENT_HELD = 0.9  # a paragraph another holds this much of is a piece of it
FULLER = 1.25  # ... when that one is this much longer


def fuller_paragraphs(base: etree._Element, other: etree._Element, ours: Shingles) -> etree._Element:
    """``base`` with each run of its paragraphs that are pieces of one paragraph of ``other``,
    clearly longer, replaced by that paragraph: trafilatura's precise pass cuts a paragraph at
    an inline element (a link, a name in bold) and drops the words around it. Only where the
    words ``other`` adds are not elsewhere in ``base`` (``ours``: its shingles)."""
    theirs = [b for b in leaf_blocks(other) if b.tag == "p"]
    whole = {block_text(b) for b in theirs}  # most paragraphs: the same in both
    their_sets = [shingles(block_text(b)) for b in theirs]
    blocks = leaf_blocks(base)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = block_text(block)
        j = None
        if block.tag == "p" and text not in whole and len(folded_words(text)) >= SHINGLE:
            j = holding_block(shingles(text), their_sets, FRAGMENT_HELD)
        if j is None:
            i += 1
            continue
        end = i + 1  # the run of pieces of the same paragraph
        while end < len(blocks) and blocks[end].tag == "p" and shingles_held(
                shingles(block_text(blocks[end])), their_sets[j], FRAGMENT_HELD):
            end += 1
        run = frozenset().union(*(shingles(block_text(b)) for b in blocks[i:end]))
        added = their_sets[j] - run
        pieces = sum(len(folded_words(block_text(b))) for b in blocks[i:end])
        if (len(folded_words(block_text(theirs[j]))) >= FULLER * pieces
                and not shingles_held(added, ours, GAP_NEW)):
            paragraph = copy.deepcopy(theirs[j])
            paragraph.tail = block.tail
            block.addprevious(paragraph)
            for piece in blocks[i:end]:
                piece.getparent().remove(piece)
        i = end
    return base

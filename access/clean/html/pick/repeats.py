"""Paragraphs readability repeats in a row, which trafilatura keeps once, repeated again."""

from __future__ import annotations

import copy

from lxml import etree

from access.clean.html.pick.prose import block_text, leaf_blocks


def _runs(blocks: list[etree._Element]) -> dict[str, int]:
    """The longest run of identical consecutive blocks, by text, where longer than one."""
    found: dict[str, int] = {}
    previous, length = None, 0
    for block in blocks:
        text = block_text(block) if block.tag == "p" else None
        length = length + 1 if text == previous else 1
        previous = text
        if length > 1 and text:
            found[text] = max(found.get(text, 0), length)
    return found


def restore_repeats(base: etree._Element, other: etree._Element) -> etree._Element:
    """``base`` with each paragraph ``other`` repeats in a row repeated as often: trafilatura
    keeps one of identical neighbours, but a refrain or a drill is said again on purpose."""
    repeats = _runs(leaf_blocks(other))
    if not repeats:
        return base
    blocks = leaf_blocks(base)
    texts = [block_text(block) for block in blocks]
    for index, block in enumerate(blocks):
        alone = texts[index] not in texts[max(index - 1, 0):index] + texts[index + 1:index + 2]
        if block.tag == "p" and alone and repeats.get(texts[index], 1) > 1:
            for _ in range(repeats[texts[index]] - 1):
                block.addnext(copy.deepcopy(block))
    return base

"""A candidate's blocks, their text, and which of them are running prose."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from access.document.model import SCRIPT_STOPS, count_words

SENTENCE_END = re.compile(rf"[.!?…{SCRIPT_STOPS}»«”“’‘\"'):：]$")  # closing quotes; a colon before a quote
PICTURE_LINE = 15  # a line this short beside a picture is its caption or credit
PROSE_WORDS = 6  # a paragraph this long ending like a sentence is running prose
TEXT_CACHE = 4096  # texts whose words and shingles are kept, within one page (forget_texts)
BLOCK_TAGS = ("p", "head", "list", "quote", "table", "code", "graphic")


def node_text(node: etree._Element) -> str:
    return " ".join(" ".join(node.itertext()).split())


@lru_cache(maxsize=TEXT_CACHE)
def block_text(block: etree._Element) -> str:
    """``node_text`` of one of a candidate's blocks, kept for the page: choosing the article
    reads each block's text again in every step, and no step edits a block's text (blocks are
    moved, copied, marked or put beside others; a whole candidate's text changes, so it is
    read with ``node_text``)."""
    return node_text(block)


def leaf_blocks(parent: etree._Element) -> list[etree._Element]:
    """The block elements in reading order, outermost ones only (a list, not its items)."""
    found: list[etree._Element] = []
    for node in parent:
        if not isinstance(node.tag, str):
            continue
        if node.tag in BLOCK_TAGS:
            found.append(node)
        else:
            found += leaf_blocks(node)
    return found


def node_words(node: etree._Element | None) -> int:
    """Words of a candidate's text (in Chinese, Japanese or Thai by ICU's dictionaries: a
    paragraph there has no spaces)."""
    return count_words(node_text(node)) if node is not None else 0


def is_prose(block: etree._Element, lead_words: int = 0) -> bool:
    """A paragraph of running text: a few words ending like a sentence; with ``lead_words``,
    also a heading at least that long ending like one (a lead set in a heading's type)."""
    if block.tag not in ("p", "head"):
        return False
    text = block_text(block)
    if block.tag == "head":
        return 0 < lead_words <= count_words(text) and bool(SENTENCE_END.search(text))
    return bool(SENTENCE_END.search(text)) and count_words(text) >= PROSE_WORDS


def runs_prose(main: etree._Element) -> bool:
    return any(is_prose(block) for block in main.iter("p"))


def has_prose(main: etree._Element) -> bool:
    """Running prose, and no more tables than paragraphs: neither a column of teaser lines
    nor the structurally deficient extraction that trafilatura's fallback replaces at any
    length."""
    return any(is_prose(block) for block in main.iter("p")) and len(
        main.findall(".//table")) <= len(main.findall(".//p"))

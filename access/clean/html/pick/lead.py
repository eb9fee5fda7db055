"""The article's lead that only readability kept, put back above trafilatura's article.

Running prose readability has right above the first block both keep, where trafilatura's article
starts, is put back as the article's lead (a lead set apart in a header or a box of its own, which
the precise pass drops; past a picture or a short line between, its credit or the story's time
stamp, which stay out) when it holds two sentences or more, or one long sentence (a news story's
lede; one short sentence above the body is a standfirst, which the dev truth leaves out)."""

from __future__ import annotations

import copy

from lxml import etree

from access.clean.html.pick.agreement import Shingles, mostly_new, shingles, text_held
from access.clean.html.pick.prose import PICTURE_LINE, block_text, is_prose, leaf_blocks
from access.document.model import count_words
from access.document.sentences import split_sentences

LEAD_SENTENCES = 2  # a lead put back from readability holds this many sentences (a standfirst, one)


def other_lead(base: etree._Element, other: etree._Element, ours: Shingles,
               share: float, most: int, past: int = 0, long: int = 0) -> etree._Element:
    """``base`` with the paragraphs of running prose (up to ``most``) that ``other`` has right
    above the first block both keep put back above it, when ``base`` starts with that block
    (its pictures and headings above it aside):
    the article's lead, set apart from its body (in a header, a box of its own), which
    trafilatura's precise pass drops. (``ours``: the shingles of all of ``base`` as found.)
    Up to ``past`` pictures and short lines between the lead and that block are passed (the
    lead picture and its credit, the story's time stamp) and stay out, unless the paragraph
    above them ends with a colon: it announces them (a box's blurb over its links). With
    ``long``, one sentence of that many words is a lead too (``_lead_length``)."""
    theirs, blocks = leaf_blocks(other), leaf_blocks(base)
    if not theirs or not blocks:
        return base
    opening = next((b for b in blocks if b.tag not in ("head", "graphic")), None)
    start = next((i for i, b in enumerate(theirs) if text_held(block_text(b), ours, share)), None)
    if not start or opening is None or not text_held(
            block_text(theirs[start]), shingles(block_text(opening)), share):
        return base  # none shared, readability starts there too, or trafilatura above it
    end = start
    while start - end < past and end > 0 and _between_lead(theirs[end - 1]):
        end -= 1
    if end < start and not (end > 0 and is_prose(theirs[end - 1])
                            and not block_text(theirs[end - 1]).endswith(":")):
        end = start  # only pictures and lines above, or a box's blurb announcing those lines
    lead = end
    while lead > 0 and end - lead < most and is_prose(theirs[lead - 1]) and mostly_new(
            block_text(theirs[lead - 1]), ours):
        lead -= 1
    if not _lead_length(theirs[lead:end], long):
        return base  # one short sentence: a standfirst, set apart as the article's summary
    for block in theirs[lead:end]:
        block.tail = None
        opening.addprevious(copy.deepcopy(block))
    return base


def _lead_length(blocks: list[etree._Element], long: int = 0) -> bool:
    """Whether ``blocks`` are long enough for a lead: LEAD_SENTENCES sentences, or with ``long``
    one sentence of that many words (a news story's lede, set in one long sentence; a
    standfirst, its summary, is shorter)."""
    if long and sum(count_words(block_text(b)) for b in blocks) >= long:
        return True
    return sum(len(split_sentences(block_text(b))) for b in blocks) >= LEAD_SENTENCES


def _between_lead(block: etree._Element) -> bool:
    """A picture, or a short line that is no sentence (a credit, a time stamp, an empty
    paragraph), between an article's lead and its body."""
    return block.tag == "graphic" or (block.tag == "p" and not is_prose(block)
                                      and count_words(block_text(block)) <= PICTURE_LINE)

"""The edge trim: trafilatura's article cut to the part readability also kept.

What trafilatura kept before the first and after the last passage readability also kept is cut (a
lead-in of teasers, a tail of related stories; unless what is kept is under half of it and the
running text cut, short lines not counted: a gallery's or a shop widget's lines weigh nothing),
except running prose right beside that part, past a picture, a subheading or a short question
between, or a picture with its caption or credit (readability often keeps only one container of
an article set in several; above the article a heading as long as a paragraph and ending like one
is its lead, set in a heading's type, and a subheading with the pictures beside it opens a section
of it: a gallery that readability dropped with the prose above it), and from the farthest run of
two prose paragraphs in a row (an introduction set apart by a table of contents; above, also each
under a subheading of its own: an abstract in parts; one paragraph alone may be a dek, which the
dev truth leaves out). A block too short for a shingle (a signature, 'Viel Glück!') is shared when
the other candidate has it as a block of its own; the first shared block is not when a later shared
block holds its words (a summary above the article repeating its lead: the other holds them only
in that lead)."""

from __future__ import annotations

from lxml import etree

from access.clean.html.pick.agreement import (
    SHINGLE,
    Shingles,
    folded_words,
    shingles,
    shingles_held,
    text_held,
)
from access.clean.html.pick.prose import (
    PICTURE_LINE,
    PROSE_WORDS,
    block_text,
    is_prose,
    leaf_blocks,
    node_text,
    node_words,
)
from access.clean.html.pick.settings import PickSettings
from access.document.model import count_words

RUNNING_TAGS = ("list", "quote", "table")  # blocks of running text, beside prose paragraphs


def _picture_run(blocks: list[etree._Element], i: int, step: int) -> bool:
    """Whether ``blocks[i]`` and the next one in direction ``step`` are a picture with its
    caption or credit, or two pictures, with a block beyond them."""
    if not 0 <= i + 2 * step < len(blocks):
        return False
    pair = (blocks[i], blocks[i + step])
    return any(b.tag == "graphic" for b in pair) and all(
        b.tag == "graphic" or (b.tag == "p" and not is_prose(b)
                               and count_words(block_text(b)) <= PICTURE_LINE)
        for b in pair)


def _past_pictures(blocks: list[etree._Element], i: int, step: int) -> int | None:
    """The block beyond one subheading and the pictures beside it, from ``blocks[i]`` in
    direction ``step``, when there are both: a section opening with a gallery, which one
    extractor dropped with the prose beyond it."""
    j, heads, pictures = i, 0, 0
    while 0 <= j < len(blocks) and (blocks[j].tag == "graphic" or (blocks[j].tag == "head" and not heads)):
        heads += blocks[j].tag == "head"
        pictures += blocks[j].tag == "graphic"
        j += step
    return j if pictures and heads and 0 <= j < len(blocks) else None


def _prose_reach(blocks: list[etree._Element], at: int, step: int,
                 passed: tuple[str, ...] = ("graphic",), picture: bool = False,
                 lead_words: int = 0, gallery: bool = False) -> int:
    """How far from ``at`` (in direction ``step``) the article's running prose goes on: one
    extractor often keeps a single container of an article set in several (a lead above the
    picture, the end after an advert), while teaser cards, newsletter boxes and link lists
    are headings and short lines. One block in ``passed`` (a picture, a subheading, a question
    in an interview, a pull quote) is passed when prose goes on beyond it, and with
    ``picture`` a picture with its caption or credit; a lone picture just above the article
    is its lead picture (a run of them is a gallery). Above the article a heading of
    ``lead_words`` ending like a sentence is its lead (below it, a newsletter's blurb); with
    ``gallery``, a subheading and the pictures under it are passed there too (a section opening
    with a gallery, which one extractor dropped with the prose above it)."""
    lead = lead_words if step < 0 else 0
    i = at + step
    while 0 <= i < len(blocks):
        if blocks[i].tag in passed and 0 <= i + step < len(blocks) and is_prose(blocks[i + step], lead):
            i += step
        elif picture and _picture_run(blocks, i, step) and is_prose(blocks[i + 2 * step], lead):
            i += 2 * step
        elif gallery and step < 0 and (beyond := _past_pictures(blocks, i, step)) is not None and is_prose(
                blocks[beyond], lead):
            i = beyond
        if not is_prose(blocks[i], lead):
            break
        at = i
        i += step
    lone_picture = 0 <= i < len(blocks) and blocks[i].tag == "graphic" and not (
        0 <= i + step < len(blocks) and blocks[i + step].tag == "graphic")
    return i if step < 0 and lone_picture else at


def _prose_runs(blocks: list[etree._Element], first: int, last: int, run: int,
                lead_words: int = 0, sections: bool = False) -> tuple[int, int]:
    """``first`` and ``last`` moved out to the farthest run of ``run`` prose paragraphs in a
    row beyond them: teasers and link lists are headlines and short lines, one paragraph
    above the article may be its dek, but paragraphs of running text in a row are article
    (an introduction set apart from the body by a table of contents, a video carousel). With
    ``sections``, above the article such paragraphs each under a subheading of its own are a
    run too (an abstract in parts, above the body or the references both kept)."""
    # only the blocks outside first..last are read (the article between is most of them)
    above = [is_prose(block, lead_words) for block in blocks[:first]]  # a lead only in a heading
    below = [is_prose(block) for block in blocks[last + 1:]]
    starts = [i for i in range(first - run + 1) if all(above[i:i + run])]
    if sections:  # the run read past subheadings
        texts = [i for i in range(first) if blocks[i].tag != "head"]
        starts = sorted(starts + [texts[k] for k in range(len(texts) - run + 1)
                                  if all(above[i] for i in texts[k:k + run])])
    ends = [last + i + run for i in range(len(below) - run + 1) if all(below[i:i + run])]
    return (starts[0] if starts else first), (ends[-1] if ends else last)


def short_blocks(main: etree._Element) -> set[tuple[str, ...]]:
    """The words of each block shorter than a shingle ('x Franzi', 'Viel Glück!'): such a block
    has no shingle of its own, so it is compared whole."""
    found = set()
    for block in leaf_blocks(main):
        words = folded_words(block_text(block))
        if 0 < len(words) < SHINGLE:
            found.add(words)
    return found


def trim_edges(base: etree._Element, other: etree._Element, settings: PickSettings,
               theirs: Shingles | None = None,
               base_words: int | None = None, lines_only: bool = False) -> etree._Element:
    """``base`` without the blocks before the first and after the last one ``other`` also
    kept: what only one extractor took, at the edges, is a lead-in or a tail of teasers.
    (``theirs`` and ``base_words``: ``other``'s shingles and ``base``'s words, if known;
    ``lines_only``: an edge is cut only when it is mostly short lines, ``mostly_lines``.)"""
    blocks = leaf_blocks(base)
    texts = [block_text(b) for b in blocks]
    theirs = shingles(node_text(other)) if theirs is None else theirs
    words = [folded_words(text) for text in texts]
    sets = [shingles(text) for text in texts]
    marks = [shingles_held(own, theirs, settings.shared) for own in sets]
    if settings.short_shared:
        lines = short_blocks(other)
        marks = [mark or toks in lines for mark, toks in zip(marks, words, strict=True)]
    if settings.repeats_unshared:
        marks = _unmark_repeats(marks, words, sets, settings.shared,
                                other if settings.repeats_whole else None)
    if not any(marks):
        return base
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    if settings.edge_prose:
        first = _prose_reach(blocks, first, -1, settings.edge_passes, settings.edge_picture,
                             settings.lead_heads, settings.edge_gallery)
        below = settings.edge_passes if settings.tail_heads else tuple(
            tag for tag in settings.edge_passes if tag != "head")
        last = _prose_reach(blocks, last, 1, below, settings.edge_picture)
    kept_words = sum(count_words(text) for text in texts[first:last + 1])
    if settings.keep_prose:
        base_words = kept_words + sum(words for i, text in enumerate(texts) if not first <= i <= last
                                      and (words := count_words(text)) >= PROSE_WORDS)
    base_words = node_words(base) if base_words is None else base_words
    if kept_words < settings.edge_keep * base_words:
        return base
    if settings.edge_run:
        first, last = _prose_runs(blocks, first, last, settings.edge_run, settings.lead_heads,
                                  settings.edge_sections)
    if lines_only:
        first = first if mostly_lines(blocks[:first]) else 0
        last = last if mostly_lines(blocks[last + 1:]) else len(blocks) - 1
    kept = blocks[first:last + 1]
    trimmed = etree.Element("main")
    for block in kept:
        trimmed.append(block)  # moved out of ``base``, which the trimmed article replaces
    return trimmed


def mostly_lines(blocks: list[etree._Element], least: int = 1) -> bool:
    """At least ``least`` blocks holding text, under half of them running text (prose, a
    list, a quote, a table): a menu, a rating widget, a teaser list (a title and a one-line
    blurb, repeated), not an article's closing lines or its reference lists under their labels."""
    lines = [b for b in blocks if b.tag != "graphic" and block_text(b)]
    return len(lines) >= least and 2 * sum(b.tag in RUNNING_TAGS or is_prose(b) for b in lines) < len(lines)


def _block_words(main: etree._Element) -> frozenset[tuple[str, ...]]:
    """The words of each block of ``main`` holding text."""
    return frozenset(words for block in leaf_blocks(main) if (words := folded_words(block_text(block))))


def _unmark_repeats(marks: list[bool], words: list[tuple[str, ...]], sets: list[Shingles],
                    share: float, other: etree._Element | None = None) -> list[bool]:
    """``marks`` without the first shared block when a later shared block of the same candidate
    holds it (a summary above the article repeating its lead): the other candidate holds its
    words only because it kept that later block. (``words`` and ``sets``: each block's words and
    shingles.) Not when ``other``, the other candidate, if given, has that block whole, a block of
    its own: it kept it, not only its words (a dek set as a heading over the lead)."""
    if True not in marks:
        return marks
    first = marks.index(True)
    if len(words[first]) < SHINGLE or not any(
            mark and shingles_held(sets[first], later, share)
            for mark, later in zip(marks[first + 1:], sets[first + 1:], strict=True)):
        return marks
    if other is not None and words[first] in _block_words(other):
        return marks
    return [False if i == first else mark for i, mark in enumerate(marks)]


def from_shared(base: etree._Element, other: Shingles,
                share: float) -> etree._Element:
    """``base`` from its first block that ``other`` (shingles) also holds; all of it when none
    does: what only ``base`` has above the shared part is a dek or a lead-in."""
    blocks = leaf_blocks(base)
    first = next((i for i, block in enumerate(blocks)
                  if text_held(block_text(block), other, share)), 0)
    trimmed = etree.Element("main")
    for block in blocks[first:]:
        trimmed.append(block)  # moved out of ``base``, which the trimmed article replaces
    return trimmed

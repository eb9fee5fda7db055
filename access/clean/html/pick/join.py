"""Two different texts that are two pieces of one article, joined in the page's order.

When the two candidates found different texts, both running prose, and on the page one ends a few
words before the other begins, or begins inside the other and goes on past its end, they are two
pieces of one article (an intro and the body, a standfirst and what a paywall leaves, the prose
above a table and the text below it) and are joined in the page's order, what they share once."""

from __future__ import annotations

import lxml.html
from lxml import etree

from access.clean.html.pick.agreement import SHINGLE, folded_words, shingles, text_held
from access.clean.html.pick.prose import block_text, leaf_blocks

OVERLAP_HELD = 0.6  # a block of the later piece the earlier holds this much of is said once
SHOWN_WORDS = etree.XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


def page_tokens(tree: lxml.html.HtmlElement, shown: bool = False) -> tuple[str, ...]:
    """The words of the page's body, as the candidates' are compared; with ``shown``, only
    those a reader sees: not its scripts' and styles' (inline code and JSON-LD between a lead
    and the body are no words between them)."""
    body = tree.find("body")
    body = tree if body is None else body
    return folded_words(" ".join(SHOWN_WORDS(body) if shown else body.itertext()))


def adjoin(first: etree._Element, second: etree._Element, a_text: str, b_text: str,
           page: tuple[str, ...], gap: int, overlap: bool = False,
           fit: bool = False) -> etree._Element | None:
    """Both candidates as one article, in the page's order, when on the page (its words
    ``page``) one ends at most ``gap`` words before the other begins: an article set in two
    containers, each extractor keeping one (an intro and the body below it, a standfirst and
    the paragraph a paywall leaves); between them only a byline, a date or a caption. With
    ``overlap``, also when one begins inside the other and goes on past its end: each extractor
    took the part they share (a table, the body's opening) with what lies on its own side of it
    (the prose above a table and the text below it, a lead and the body); what they share is
    kept once. Two different texts far apart are two parts of the page (the article and a
    teaser column). With ``fit``, each text is placed where its span is nearest its length
    (``_span``)."""
    words = " ".join(page)
    a_span, b_span = _span(words, folded_words(a_text), fit), _span(words, folded_words(b_text), fit)
    if a_span is None or b_span is None:
        return None
    if 0 <= b_span[0] - a_span[1] <= gap or (overlap and a_span[0] < b_span[0] < a_span[1] <= b_span[1]):
        pieces, texts = (first, second), (a_text, b_text)
    elif 0 <= a_span[0] - b_span[1] <= gap or (overlap and b_span[0] < a_span[0] < b_span[1] <= a_span[1]):
        pieces, texts = (second, first), (b_text, a_text)
    else:
        return None
    joined = etree.Element("main")
    for block in leaf_blocks(pieces[0]):
        joined.append(block)  # moved: the candidates are not used again
    held = shingles(texts[0])
    for block in leaf_blocks(pieces[1]):
        if not text_held(block_text(block), held, OVERLAP_HELD):  # where the two overlap: once
            joined.append(block)
    return joined


def _span(words: str, toks: tuple[str, ...], fit: bool = False) -> tuple[int, int] | None:
    """Where a text (its words ``toks``) lies in a page's words (joined by spaces): the index
    of its first word and the index after its last, found by its first and last shingles.
    With ``fit``, of the places its first shingle has before its last, the one whose span is
    nearest the text's length: an opening that the page also has above the text (a headline
    that the article's own heading opens with) is not taken for its start."""
    if len(toks) < SHINGLE:
        return None
    head, tail = " ".join(toks[:SHINGLE]), " ".join(toks[-SHINGLE:])
    spaced = f" {words} "
    start = spaced.find(f" {head} ")
    end = -1 if start < 0 else spaced.find(f" {tail} ", start)
    if end < 0:
        return None
    first, last = words[:start].count(" "), words[:end].count(" ") + SHINGLE
    while fit and 0 <= (later := spaced.find(f" {head} ", start + 1)) <= end:
        at = words[:later].count(" ")
        if abs(last - at - len(toks)) >= abs(last - first - len(toks)):
            break
        start, first = later, at
    return first, last

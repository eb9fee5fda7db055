"""The choice between trafilatura's and readability's articles for a saved page.

Where the two candidates agree the article is sure. The choice uses only signals that carry over
to sites never seen: how much of one candidate the other keeps (shingles, ``agreement``) and how
long each is. trafilatura's article is the base: its edges are trimmed to the part readability
also kept (``edges``), except when readability's article is under a quarter of trafilatura's: it
found a fragment (a newsletter notice, one paragraph of several), too little to tell where the
article starts. Two different texts may be two pieces of one article (``join``). Other different
texts: trafilatura's wins unless it is a scrap beside readability's, under a seventh of its length,
or holds no running prose at all beside readability's prose that is not a scrap itself (a menu)
(choosing the denser one lost on sites never seen: a login form's messages are denser than a short
news item; a text a few times longer is as often another part of the page, the answers below a
question, a form, as the article). Putting back paragraphs only readability kept mid-article, or
taking readability's whole article when it is a subset, both lost on held-out sites
(benchmarks/html_sitecv.py), so neither is done; what is put back is narrower (``gaps``,
``fuller``, ``lead``, ``captions``, ``repeats``). Before all this, trafilatura's own fallback test
(readability's text when over twice as long, or when trafilatura's has no paragraphs), which its
fast mode skips, is made on the readability candidate already at hand: on ~900 unseen sites it
rescues pages where trafilatura kept a scrap of the article (benchmarks/heldout.py). Between two
different texts it decides only when trafilatura's holds no running prose (a teaser column,
tables); else the scrap rule does. readability's article taken so is cut to the part both keep,
its edges beyond only where they are mostly short lines (a related-posts list with its heading,
the tags): the prose it adds is what the fallback is for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from access.clean.html.pick.agreement import shingles
from access.clean.html.pick.candidates import prefers_readability
from access.clean.html.pick.captions import mark_captions
from access.clean.html.pick.edges import trim_edges
from access.clean.html.pick.fuller import fuller_paragraphs
from access.clean.html.pick.gaps import fill_gaps
from access.clean.html.pick.join import adjoin
from access.clean.html.pick.lead import other_lead
from access.clean.html.pick.prose import has_prose, leaf_blocks, node_text, node_words, runs_prose
from access.clean.html.pick.repeats import restore_repeats
from access.clean.html.pick.settings import PickSettings
from access.document.model import count_words


def pick(first: etree._Element | None, second: etree._Element | None,
         settings: PickSettings, a_text: str | None = None,
         page: Callable[[], tuple[str, ...]] | None = None) -> etree._Element | None:
    """The article from trafilatura's (``first``) and readability's (``second``) candidates
    (``a_text``: ``first``'s text, if the caller has read it; ``page``: the page's words
    (``folded_words``), when the two may be pieces of one article, asked only then)."""
    b_text = node_text(second) if second is not None else ""  # each text taken once
    if settings.mode == "trafilatura" or not b_text:
        return first
    if a_text is None:
        a_text = node_text(first) if first is not None else ""
    if not a_text:
        return second
    a_shingles, b_shingles = shingles(a_text), shingles(b_text)
    common = len(a_shingles & b_shingles)
    a_in_b = common / len(a_shingles) if a_shingles else 0.0
    b_in_a = common / len(b_shingles) if b_shingles else 0.0
    apart = bool(settings.disagree) and max(a_in_b, b_in_a) < settings.disagree
    if settings.fallback and prefers_readability(first, a_text, b_text) and (
            settings.fallback_apart or not apart or not has_prose(first)):
        if settings.fallback_edges and settings.mode == "edges" and not apart and has_prose(first):
            return trim_edges(second, first, replace(settings, edge_keep=0.0), a_shingles, lines_only=True)
        return second
    if settings.mode == "readability":
        return second
    if apart:
        # two different parts of the page: trafilatura's is the article unless it is a scrap
        # beside the other (a cookie notice, a teaser column), or they are its two pieces
        if settings.adjoin and page is not None and runs_prose(first) and runs_prose(second):
            joined = adjoin(first, second, a_text, b_text, page(), settings.adjoin, settings.overlap,
                            settings.span_fit)
            if joined is not None:
                return joined
        a_words, b_words = count_words(a_text), count_words(b_text)
        if settings.denser and density(second) > density(first):
            return second if b_words >= settings.scrap * a_words else first
        if settings.prose_apart and b_words >= settings.scrap * a_words and runs_prose(
                second) and not runs_prose(first):
            return second  # trafilatura kept a menu or a column of teasers, readability prose
        return first if a_words >= settings.scrap * b_words else second
    a_words = count_words(a_text)
    if settings.mode == "edges" and count_words(b_text) >= settings.edge_other * a_words:
        first = trim_edges(first, second, settings, b_shingles, a_words)
    if settings.gaps and settings.mode == "edges":
        first = fill_gaps(first, second, a_text, a_shingles, settings.shared, settings.gap_run,
                          settings.gap_pictures, settings.gap_labels)
    if settings.fuller and settings.mode == "edges":
        first = fuller_paragraphs(first, second, a_shingles)
    if settings.lead_run and settings.mode == "edges":
        first = other_lead(first, second, a_shingles, settings.shared, settings.lead_run,
                           settings.lead_past, settings.lead_long)
    if settings.captions and settings.mode == "edges":
        mark_captions(first, b_text, b_shingles, settings.shared)
    return restore_repeats(first, second) if settings.repeats else first


def density(main: etree._Element) -> float:
    """Words of paragraph text per block: running prose scores high, teaser lists low."""
    blocks = leaf_blocks(main)
    words = sum(node_words(b) for b in blocks if b.tag == "p")
    return words / len(blocks) if blocks else 0.0

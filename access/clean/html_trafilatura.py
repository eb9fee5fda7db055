"""trafilatura's precise, fast extraction (``bare_extraction`` with favor_precision, fast=True,
comments off), done in fewer steps with the same result.

``bare_extraction`` copies the tree it is given, prunes the copy with XPath expressions, then
copies it twice more (one a backup only its slow mode reads), and each prune runs regular
expressions through XPath callbacks on every container of the page. Here the page is copied
once, and a prune runs only when some class or id on the page could match it (a prune that
matches nothing leaves the tree as it was). The steps are trafilatura's own functions, called in
``trafilatura.core.trafilatura_sequence``'s order; they are not its public API, so
tests/test_html_trafilatura.py checks on real pages that the result is ``bare_extraction``'s,
and that the prunes' XPath expressions are still those the filters below were read from.
"""

from __future__ import annotations

import re
from copy import copy

import lxml.html
from lxml import etree
from trafilatura.core import _forum_thread_page
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_content
from trafilatura.metadata import Document
from trafilatura.settings import Extractor
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)

CLASSES_AND_IDS = etree.XPath("//@class|//@id", smart_strings=False)
# What a class or id must contain for each prune to match anything (read from its XPath: a
# looser test than the expression's own, never a stricter one)
COMMENTS = re.compile(r"[Cc]omment|comol|disqus_thread|dsq-comments")
RAW_PRUNES = (
    (RAW_TREE_PRUNE_XPATH[0], re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")),
    (RAW_TREE_PRUNE_XPATH[1], re.compile(r"elementor-share-buttons")),
    (REMOVE_COMMENTS_AND_LISTS_XPATH[0], COMMENTS),
)


def is_fast_precise(options: Extractor) -> bool:
    """Whether ``precise_extraction`` gives ``bare_extraction``'s result for ``options``."""
    return (options.focus == "precision" and options.fast and not options.comments
            and not options.with_metadata and not options.dedup and not options.lang
            and not options.max_tree_size)


def precise_extraction(tree: lxml.html.HtmlElement, options: Extractor) -> Document | None:
    """``bare_extraction(tree, options=options)`` for options where ``is_fast_precise``;
    ``tree`` is left as it was."""
    try:
        return _extract(tree, options)
    except (TypeError, ValueError):  # what bare_extraction turns into "no article"
        return None


def _extract(tree: lxml.html.HtmlElement, options: Extractor) -> Document | None:
    names = "\n".join(CLASSES_AND_IDS(tree))  # every class and id value, one a line
    is_forum = _forum_thread_page(tree)
    prunes = [[xpath] for xpath, hint in RAW_PRUNES if hint.search(names)]
    own = copy(tree)  # the one copy: trafilatura prunes and cleans it in place
    for expressions in prunes:
        own = prune_unwanted_nodes(own, expressions)
    cleaned = convert_tags(tree_cleaning(own, options), options, options.url)
    if not is_forum and COMMENTS.search(names):  # cleaning only drops and renames elements
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = extract_content(cleaned, options)
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None  # bare_extraction's size check, with no comments
    document = Document()
    document.raw_text, document.commentsbody = text, etree.Element("body")
    document.body = body
    return document

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

IDS = etree.XPath("//@id", smart_strings=False)
CLASSES = etree.XPath("//@class", smart_strings=False)
# What an id or a class must hold for each prune to match anything: its XPath's own regular
# expressions, on any element, without its other conditions. Each value stands on its own
# line, after a line break (a regular expression that starts with one is quick to search),
# and a word the expression needs is looked for first.
COMMENT_ID = re.compile(r"\n(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
COMMENT_CLASS = re.compile(r"\n[Cc]omment(?!ary)|(?:article|post)-comments")
SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
SHARE = "elementor-share-buttons"


def _values(xpath: etree.XPath, tree: lxml.html.HtmlElement) -> str:
    return "\n" + "\n".join(xpath(tree))


def _comments(ids: str, classes: str) -> bool:
    in_ids = any(word in ids for word in ("omment", "comol", "disqus_thread"))
    in_classes = "omment" in classes
    return bool((in_ids and COMMENT_ID.search(ids)) or (in_classes and COMMENT_CLASS.search(classes)))


def _scroll(ids: str, classes: str) -> bool:
    return any(("scroll" in text or "mvp-post-add-" in text) and SCROLL.search(text)
               for text in (ids, classes))


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
    ids, classes = _values(IDS, tree), _values(CLASSES, tree)
    comments = _comments(ids, classes)
    is_forum = _forum_thread_page(tree)
    prunes = [[xpath] for xpath, may_match in (
        (RAW_TREE_PRUNE_XPATH[0], _scroll(ids, classes)),
        (RAW_TREE_PRUNE_XPATH[1], SHARE in classes),
        (REMOVE_COMMENTS_AND_LISTS_XPATH[0], comments)) if may_match]
    own = copy(tree)  # the one copy: trafilatura prunes and cleans it in place
    for expressions in prunes:
        own = prune_unwanted_nodes(own, expressions)
    cleaned = convert_tags(tree_cleaning(own, options), options, options.url)
    if not is_forum and comments:  # cleaning only drops and renames elements, never sets ids
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = extract_content(cleaned, options)
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None  # bare_extraction's size check, with no comments
    document = Document()
    document.raw_text, document.commentsbody = text, etree.Element("body")
    document.body = body
    return document

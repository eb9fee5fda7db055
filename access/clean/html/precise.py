"""trafilatura's precise, fast extraction (``bare_extraction`` with favor_precision, fast=True,
comments off), done in fewer steps with the same result.

``bare_extraction`` copies the tree it is given, prunes the copy with XPath expressions, then
copies it twice more (one a backup only its slow mode reads), and each prune runs regular
expressions through XPath callbacks on every container of the page. Here the page is copied
once, and each prune's XPath is tried only on the elements whose id or class passes the
prune's own regular expressions (a handful), as a test of that element; its content search
is access.clean.html.content_search's (the same, its expressions tried likewise). The steps are
trafilatura's own functions, called in ``trafilatura.core.trafilatura_sequence``'s order; they
are not its public API, so tests/clean/test_html_trafilatura.py checks on real pages that the
result is ``bare_extraction``'s, that a prune selects nothing outside its candidates, and that
the prunes' XPath expressions are still those the candidates were read from.
"""

from __future__ import annotations

import re
from copy import copy

import lxml.html
from lxml import etree
from trafilatura.core import _forum_thread_page
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.metadata import Document
from trafilatura.settings import Extractor
from trafilatura.xml import delete_element
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REGEXP_NS,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)

from access.clean.html.content_search import extract_content

# Every tag the prunes select, and what an id or a class must hold for one to match: their own
# regular expressions (a class or id failing them cannot match, whatever the other conditions)
SCOPE = ("div", "section", "aside", "details", "ol", "ul", "list")
COMMENT_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
COMMENT_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
SHARE = "elementor-share-buttons"
# the tags trafilatura's cleaning renames into SCOPE's before the comments prune (dl to list;
# a form holding the page, a figure or a table used for layout, to div: tree_cleaning, convert_tags)
RENAMED = ("dl", "form", "figure", "table")


def as_test(xpath: etree.XPath) -> etree.XPath:
    """A prune (".//*[conditions]") as a test of one element: does the prune select it?"""
    path = " ".join(xpath.path.split())
    if not path.startswith(".//*["):
        raise ValueError(f"not a prune of trafilatura's form: {path[:40]}")
    return etree.XPath("self::*" + path.removeprefix(".//*"), namespaces={"re": REGEXP_NS})


PRUNES = {  # name → (the prune, its test of one element)
    name: (xpath, as_test(xpath)) for name, xpath in (
        ("scroll", RAW_TREE_PRUNE_XPATH[0]), ("share", RAW_TREE_PRUNE_XPATH[1]),
        ("comments and lists", REMOVE_COMMENTS_AND_LISTS_XPATH[0]),
        ("comments", REMOVE_COMMENTS_XPATH[0]))}


def candidates(tree: lxml.html.HtmlElement, renamed: bool = False) -> dict[str, list[lxml.html.HtmlElement]]:
    """For each prune, the elements of ``tree`` it could select, in document order. With
    ``renamed``, under "renamed" too the elements of RENAMED tags whose id or class the comments
    prune would select: those it may select once cleaning has renamed them."""
    found: dict[str, list[lxml.html.HtmlElement]] = {name: [] for name in (*PRUNES, "renamed")}
    scroll, share, with_lists, comments, later = found.values()
    tests: dict[tuple[str, str], tuple[bool, bool, bool]] = {}  # a page repeats its ids and classes
    for element in tree.iter(*SCOPE, *(RENAMED if renamed else ())):
        ids, classes = element.get("id") or "", element.get("class") or ""
        if not (ids or classes):
            continue
        key = (ids, classes)
        passed = tests.get(key)
        if passed is None:
            passed = tests[key] = (bool(SCROLL.search(ids) or SCROLL.search(classes)), SHARE in classes,
                                   bool(COMMENT_ID.search(ids) or COMMENT_CLASS.search(classes)))
        if renamed and element.tag in RENAMED:
            if passed[2]:
                later.append(element)
            continue
        if passed[0]:
            scroll.append(element)
        if passed[1]:
            share.append(element)
        if passed[2]:
            with_lists.append(element)
            comments.append(element)
    return found


def prune(name: str, elements: list[lxml.html.HtmlElement]) -> None:
    """``prune_unwanted_nodes(tree, [prune])``, given the prune's candidates in ``tree``: every
    element it selects is found first, then each is deleted (its tail kept), as there."""
    test = PRUNES[name][1]
    for element in [e for e in elements if test(e)]:
        delete_element(element)


def is_fast_precise(options: Extractor) -> bool:
    """Whether ``precise_extraction`` gives ``bare_extraction``'s result for ``options``."""
    return (options.focus == "precision" and options.fast and not options.comments
            and not options.with_metadata and not options.dedup and not options.lang
            and not options.max_tree_size)


def precise_extraction(tree: lxml.html.HtmlElement, options: Extractor,
                       tails: bool = False) -> Document | None:
    """``bare_extraction(tree, options=options)`` for options where ``is_fast_precise``;
    ``tree`` is left as it was. With ``tails``, the text after an empty element its cleaning
    drops (an empty link or span before a line of text) is kept, as its other focuses keep it:
    the precise focus drops it with the element, words a reader sees."""
    try:
        return _extract(tree, options, tails)
    except (TypeError, ValueError):  # what bare_extraction turns into "no article"
        return None


def _extract(tree: lxml.html.HtmlElement, options: Extractor, tails: bool = False) -> Document | None:
    is_forum = _forum_thread_page(tree)
    body, text = extract_content(_cleaned(tree, options, tails, is_forum), options,
                                 lambda: _cleaned(tree, options, tails, is_forum))
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None  # bare_extraction's size check, with no comments
    document = Document()
    document.raw_text, document.commentsbody = text, etree.Element("body")
    document.body = body
    return document


def _cleaned(tree: lxml.html.HtmlElement, options: Extractor, tails: bool,
             is_forum: bool) -> lxml.html.HtmlElement:
    """A copy of ``tree`` pruned and cleaned as trafilatura's sequence does before its content
    search (the same each time: the content search's backup is this, built again)."""
    own = copy(tree)  # the one copy: trafilatura prunes and cleans it in place
    raw = candidates(own, renamed=True)
    for name in ("scroll", "share", "comments and lists"):  # trafilatura's order
        prune(name, raw[name])
    cleaning = options
    if tails:  # tree_cleaning reads the focus only to keep or drop those tails (and for recall)
        cleaning = copy(options)
        cleaning.focus = "balanced"
    cleaned = convert_tags(tree_cleaning(own, cleaning), options, options.url)
    # on the cleaned tree, where cleaning has renamed elements (ul to list…); cleaning adds no
    # id or class, so where the page had no element it could select (most pages), it has none
    if not is_forum and (raw["comments"] or raw["renamed"]):
        prune("comments", candidates(cleaned)["comments"])
    return cleaned

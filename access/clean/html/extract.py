"""The article as trafilatura XML: the two candidates, the pick, trafilatura's escalation."""

from __future__ import annotations

import copy

import lxml.html
from lxml import etree

from access.clean.html.pick import (
    from_shared,
    node_text,
    pick,
    readability_main,
    shingles,
    trafilatura_main,
)
from access.clean.html.settings import SETTINGS, HtmlSettings
from access.document.model import count_words

ESCALATION_MAX_CHARS = 3000  # trafilatura's escalation: an article shorter than this
ESCALATION_SHARE = 0.125  # ... and holding less than this share of the page's words
ESCALATION_ACCEPT = 1.5  # ... is replaced by the retry when this much longer
ESCALATION_KEEPS = 0.5  # ... and holding this share of it (the same article, extended)
UNREAD_TAGS = ("script", "style", "aside", "footer", "svg", "template", "noscript")


def extract_xml(tree: lxml.html.HtmlElement, url: str,
                settings: HtmlSettings = SETTINGS) -> etree._Element | None:
    """The article as trafilatura XML, chosen from the two candidates (access.clean.html.pick).
    trafilatura works on its own copy of ``tree``; readability prunes the tree it is given, so
    it runs last, on ``tree`` itself (read what else you need from the page before)."""
    first = trafilatura_main(tree, url, "precision")
    text = node_text(first) if first is not None else ""  # read once: three steps need it
    if settings.recall_retry and (first is None or count_words(text) < settings.recall_below):
        retry = trafilatura_main(tree, url, "recall")
        retry_text = node_text(retry) if retry is not None else ""
        if retry is not None and count_words(retry_text) > count_words(text):
            first, text = retry, retry_text
    spare = escalation_tree(tree, text) if settings.escalate else None
    second = None
    if settings.pick.mode != "trafilatura":
        second = readability_main(tree, url, settings.pick.port)
    chosen = pick(first, second, settings.pick, text)
    if spare is not None:
        chosen = escalate(chosen, spare, url, settings.pick.shared)
    return chosen


def escalation_tree(tree: lxml.html.HtmlElement, first: str) -> lxml.html.HtmlElement | None:
    """A copy of the page, kept when trafilatura's article (its text ``first``) is short: the
    readability candidate prunes the page, and a later retry needs it whole."""
    if len(first) >= ESCALATION_MAX_CHARS:
        return None
    return copy.copy(tree)


RAW_TAGS = ("script", "style")  # of UNREAD_TAGS, those holding only raw text, no elements
UNREAD_BOXES = tuple(tag for tag in UNREAD_TAGS if tag not in RAW_TAGS)
# The text outside them, found by one XPath in C: theirs is most of a page's text (scripts),
# and is neither joined nor split
SHOWN_TEXT = etree.XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


def page_words(tree: lxml.html.HtmlElement) -> int:
    """Words of the page's text outside scripts, styles, asides and footers (what trafilatura's
    html2txt counts, five times faster)."""
    body = tree.find("body")
    body = tree if body is None else body
    words = count_words(" ".join(SHOWN_TEXT(body)))  # one search for unspaced script, not one a node
    for element in body.iter(*UNREAD_BOXES):
        if next(element.iterancestors(*UNREAD_TAGS), None) is None:  # counted once
            words -= count_words(" ".join(SHOWN_TEXT(element)))
    return words


def escalate(chosen: etree._Element | None, tree: lxml.html.HtmlElement, url: str,
             shared: float) -> etree._Element | None:
    """trafilatura's own escalation: an article that is short and covers little of the page
    was under-extracted (a page laid out as no article is: a product page, a forum thread, an
    FAQ); trafilatura's full cascade (balanced focus, compared with readability and jusText on
    the whole page) is taken when clearly longer and holding the article found, from the first
    block they share (what the retry adds above it is a dek or a lead-in the precise
    extraction left out)."""
    text = node_text(chosen) if chosen is not None else ""
    if len(text) >= ESCALATION_MAX_CHARS or count_words(text) >= ESCALATION_SHARE * page_words(tree):
        return chosen
    retry = trafilatura_main(tree, url, "balanced", fast=False)
    if retry is None or len(node_text(retry)) <= ESCALATION_ACCEPT * len(text):
        return chosen
    own = shingles(text)
    if len(own & shingles(node_text(retry))) < ESCALATION_KEEPS * len(own):
        return chosen
    return from_shared(retry, own, shared) if own else retry

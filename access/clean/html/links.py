"""Re-attach a page's inline links to the article text (trafilatura can lose text around them)."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urljoin

import lxml.html

from access.document import Inline

SAFE_LINKS = ("http://", "https://", "mailto:")
MIN_LINK_CHARS = 3
PROSE_MARGIN = 20  # a link's parent must hold this much more text: a link inside prose


def safe_url(url: str | None, base: str, schemes: tuple[str, ...]) -> str | None:
    """``url`` made absolute, if its scheme is one of ``schemes``; else None."""
    if not url:
        return None
    absolute = urljoin(base, url.strip()) if base else url.strip()
    return absolute if absolute.lower().startswith(schemes) else None


LABEL_WORDS = 5  # a teaser's label: up to this many words before a colon or a '»'
LABEL = re.compile(rf"\(?(?:\w+\s+){{0,{LABEL_WORDS - 1}}}\w+\s*[:»]")
LABEL_CHARS = 80  # ... and no longer than this (a line holding more around its link is prose)


class PageLinks(NamedTuple):
    """A page's links read in one walk: those inside running text, and those set after a label."""

    prose: list[tuple[str, str | None]]  # (link text, href), in page order
    labelled: frozenset[str]  # texts of links closing a line of a label and them (see _labelled)


def page_links(tree: lxml.html.HtmlElement) -> PageLinks:
    """The links that sit inside running text, in page order, and the labelled links."""
    found: list[tuple[str, str | None]] = []
    labelled: set[str] = set()
    parent_chars: dict[lxml.html.HtmlElement, int] = {}  # a paragraph of links is read once
    for anchor in tree.iter("a"):
        # (most links hold only their text: read without text_content's XPath call)
        text = " ".join((anchor.text_content() if len(anchor) else anchor.text or "").split())
        parent = anchor.getparent()
        if len(text) < MIN_LINK_CHARS or parent is None:
            continue
        if (anchor.getprevious() is None and anchor.getnext() is None  # (len(parent) counts them all)
                and not (parent.text or "").strip() and not (anchor.tail or "").strip()):
            continue  # the link is all its parent holds (a menu's item): no text read twice
        if parent not in parent_chars:
            parent_chars[parent] = len(" ".join(parent.text_content().split()))
        if (parent_chars[parent] <= len(text) + LABEL_CHARS and anchor.getnext() is None
                and _labelled(anchor, parent, text)):
            labelled.add(text)
        if parent_chars[parent] < len(text) + PROSE_MARGIN:
            continue
        found.append((text, anchor.get("href")))
    return PageLinks(found, frozenset(labelled))


def _labelled(anchor: lxml.html.HtmlElement, parent: lxml.html.HtmlElement, text: str) -> bool:
    """Whether a link closes a line of its own after a short label and a colon ('Auch lesen:
    <another story's headline>', '(También puede leer: …)'): another story's headline set
    between the paragraphs. Running text leaves these out (their parent holds little more than
    the link), so the teaser-line test reads them from here."""
    if not anchor.get("href"):
        return False  # no link (an anchor to jump to)
    line = " ".join(parent.text_content().split())
    end = len(line) - (line.endswith(")") and not text.endswith(")"))
    return line[:end].endswith(text) and bool(LABEL.fullmatch(line[:end - len(text)].strip()))


def prose_links(links: list[tuple[str, str | None]], base: str, article: str) -> dict[str, str]:
    """Link text → address, for the page's prose links (page_links) found in ``article``."""
    found: dict[str, str] = {}
    for text, raw in links:
        if text in found or text not in article:
            continue
        href = safe_url(raw, base, SAFE_LINKS)
        if href:
            found[text] = href
    return found


class Linker:
    """Splits plain runs where a known link text occurs, whole words (not inside a word): the
    longest text found at the first place one is, then on after it."""

    def __init__(self, links: dict[str, str]) -> None:
        self.links = links
        self.texts = sorted(filter(None, links), key=len, reverse=True)  # (page_links' are never empty)

    def __call__(self, runs: list[Inline]) -> list[Inline]:
        if not self.texts:
            return runs
        out: list[Inline] = []
        for run in runs:
            if run.href:
                out.append(run)
                continue
            position = 0
            for start, end in self._found(run.text):
                if start > position:
                    out.append(Inline(run.text[position:start], None, run.style))
                found = run.text[start:end]
                out.append(Inline(found, self.links[found], run.style))
                position = end
            if position < len(run.text):
                out.append(Inline(run.text[position:], None, run.style))
        return out

    def _found(self, text: str) -> list[tuple[int, int]]:
        """Where the link texts stand in ``text`` as ``(?<!\\w)(?:t1|t2|…)(?!\\w)`` (longest
        first) finds them: each whole-word place of each text, then, from the first place on,
        the longest text there, and on after its end. Found by ``str.find``, no pattern: a page
        links a few texts (at most 40 on the dev pages), and a pattern of them, compiled per
        page, cost more than all its searches (\\w is ``isalnum()`` or '_', as in re)."""
        places = []
        for link in self.texts:
            at = text.find(link)
            while at >= 0:
                end = at + len(link)
                if not ((at and _word(text[at - 1])) or (end < len(text) and _word(text[end]))):
                    places.append((at, -len(link), end))  # (at one place, the longest first)
                at = text.find(link, at + 1)
        if len(places) > 1:
            places.sort()
        spans, position = [], 0
        for start, _, end in places:
            if start >= position:
                spans.append((start, end))
                position = end
        return spans


def _word(char: str) -> bool:
    """Whether ``char`` is a word character, as re's ``\\w`` reads one in a text."""
    return char.isalnum() or char == "_"

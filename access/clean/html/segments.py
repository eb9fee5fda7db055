"""Readability's article in several containers: the segments merged into the best one.

trafilatura's port of readability-lxml takes the best-scored container and those of its
siblings that score well. A page builder (Elementor, a CMS's "text module") sets one article
in several containers, each in a wrapper of its own, so the sections after an interview's
first questions or a building's description under a picture are no siblings of the best one
and are lost. readability-lxml 0.9 merges them (``merge_article_segments``); this is that
step for the port's candidates: containers of the best one's tag, in the same article frame,
sharing its content class (or, in an ``<article>``, its classes all alike), scoring well and
few links, are moved into it in page order. (``get_quote_lead``: a line ending in a colon
right above a segment holding a quote goes with it.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import lxml.html
from trafilatura.readability_lxml import REGEXES, Candidate, text_length

POSITIVE = REGEXES["positiveRe"].search
SEGMENT_SHARE = 0.05  # ... in an <article> with no content class: a segment scoring this share of the best
SEGMENT_LEAST = 10  # ... and at least this
SEGMENT_LINKS = 0.2  # a segment with more of its text in links is a link list, not the article
Density = Callable[[lxml.html.HtmlElement], float]


def _classes(element: lxml.html.HtmlElement | None) -> set[str]:
    return set((element.get("class") or "").split()) if element is not None else set()


def article_frame(best: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The <article> or <main> holding ``best``, nearest first."""
    return next((e for e in best.iterancestors() if e.tag in ("article", "main")), None)


class _Segments:
    """Which containers are segments of the article ``best`` is part of."""

    def __init__(self, candidates: dict[lxml.html.HtmlElement, Candidate], best: Candidate,
                 threshold: float, density: Density) -> None:
        self.candidates, self.best, self.density = candidates, best.elem, density
        self.classes = _classes(self.best)
        self.content = {name for name in self.classes if POSITIVE(name)}
        frame = article_frame(self.best)
        self.frame = frame
        self.neutral = (not self.content and self.best.tag != "article" and bool(self.classes)
                        and frame is not None and frame.tag == "article")
        self.least = max(SEGMENT_LEAST, best.score * SEGMENT_SHARE) if self.neutral else threshold
        self.parent = self.best.getparent()
        self.parent_classes = _classes(self.parent)
        self.ancestors = set(self.best.iterancestors())

    def wanted(self) -> bool:
        return bool(self.content) or self.best.tag == "article" or self.neutral

    def matches(self, element: lxml.html.HtmlElement) -> bool:
        if element is self.best or element not in self.candidates:
            return False
        classless = not self.content and element.tag == "article"
        if self.candidates[element].score < self.least and not classless:
            return False
        if element.getparent() is self.parent or element.tag != self.best.tag:
            return False
        if self.content and not self.content & _classes(element):
            return False
        if self.neutral and _classes(element) != self.classes:
            return False
        if classless and not self.parent_classes & _classes(element.getparent()):
            return False
        if self.density(element) > SEGMENT_LINKS:
            return False
        return element not in self.ancestors and self.best not in set(element.iterancestors())

    def positive_frame(self) -> lxml.html.HtmlElement | None:
        """The nearest ancestor classed as content holding a segment (no <article> or <main>)."""
        for ancestor in self.best.iterancestors():
            if POSITIVE(f"{ancestor.get('class', '')} {ancestor.get('id', '')}") and any(
                    self.matches(c) and ancestor in c.iterancestors() for c in self.candidates):
                return ancestor
        return None


def _previous_element(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element before ``element``, past comments and processing instructions."""
    return next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)), None)


def _quote_lead(element: lxml.html.HtmlElement, least: int) -> lxml.html.HtmlElement | None:
    """A line ending in a colon right above ``element`` (or its parent) holding a quote."""
    if not element.findall(".//blockquote"):
        return None
    for container in (element, element.getparent()):
        lead = _previous_element(container) if container is not None else None
        if lead is None or lead.xpath("ancestor-or-self::aside | ancestor-or-self::nav"):
            continue
        text = " ".join((lead.text_content() or "").split())
        if len(text) >= least and text.endswith(":"):
            return lead
    return None


def _found(segments: _Segments, frame: lxml.html.HtmlElement,
           least: int) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """The segments above and below the best container, each with its quote's lead."""
    selected: set[lxml.html.HtmlElement] = set()
    before: list[lxml.html.HtmlElement] = []
    after: list[lxml.html.HtmlElement] = []
    side = before
    for element in frame.iter():
        if element is segments.best:
            side = after
            continue
        if not segments.matches(element) or selected.intersection(element.iterancestors()):
            continue
        selected.add(element)
        lead = _quote_lead(element, least)
        if lead is not None:
            selected.add(lead)
            side.append(lead)
        side.append(element)
    return before, after


def merge_segments(candidates: dict[lxml.html.HtmlElement, Candidate], best: Candidate,
                   threshold: float, density: Density, least: int) -> None:
    """Move the article's other segments into ``best``'s container, in page order
    (``threshold``: the score a sibling needs; ``density``: an element's link density;
    ``least``: readability's shortest text)."""
    segments = _Segments(candidates, best, threshold, density)
    if not segments.wanted():
        return
    frame = segments.frame if segments.frame is not None else segments.positive_frame()
    if frame is None:
        return
    before, after = _found(segments, frame, least)
    _insert(best.elem, reversed(before), after)


def _insert(best: lxml.html.HtmlElement, before: Iterable[lxml.html.HtmlElement],
            after: Iterable[lxml.html.HtmlElement]) -> None:
    for element in before:
        best.insert(0, element)
    for element in after:
        best.append(element)


MAIN_LEAST = 500  # characters: a <main> shorter than this (or than twice the best container) is no frame
MAIN_LINKS = 0.15  # ... as is one with more of its text in links


def main_frame(candidates: dict[lxml.html.HtmlElement, Candidate], best: Candidate,
               score: Callable[[lxml.html.HtmlElement], Candidate], density: Density) -> Candidate:
    """The page's ``<main>`` instead of ``best`` when ``best`` is in no ``<article>`` and the
    main holds twice its text with few links (readability-lxml 0.9's
    ``get_semantic_main_candidate``: an article whose parts no container holds together)."""
    ancestors = tuple(best.elem.iterancestors())
    if best.elem.tag == "article" or any(e.tag == "article" for e in ancestors):
        return best
    main = next((e for e in ancestors if e.tag == "main"), None)
    if main is None or text_length(main) < max(MAIN_LEAST, 2 * text_length(best.elem)):
        return best
    if density(main) > MAIN_LINKS:
        return best
    candidates[main] = score(main)
    return candidates[main]

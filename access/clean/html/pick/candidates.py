"""The two candidates, trafilatura's article and readability's (its port), in trafilatura's XML.

trafilatura (its own extractor, precise) and readability each find an article; their outputs are
both put in trafilatura's XML form (p, head, list, quote, graphic, table, …). trafilatura's own
fallback test, which its fast mode skips, is here too, made on the readability candidate at hand."""

from __future__ import annotations

import copy
from functools import lru_cache
from itertools import pairwise

import lxml.html
from lxml import etree
from readability import Document as ReadabilityDocument
from trafilatura import bare_extraction
from trafilatura.external import _prefer_readability, sanitize_tree
from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Candidate
from trafilatura.readability_lxml import Document as ReadabilityPort
from trafilatura.settings import Extractor

from access.clean.html import editorial_leads
from access.clean.html.pick.prose import leaf_blocks
from access.clean.html.pick.xml_string import xml_string
from access.clean.html.precise import is_fast_precise, precise_extraction
from access.clean.html.prepare import HTML_PARSER
from access.clean.html.segments import main_frame, merge_segments
from access.errors import AccessError

EXTRACT_OPTIONS = dict(output_format="xml", formatting=True, links=False, images=True,
                       tables=True, comments=False, dedup=False, with_metadata=False)
INLINE_XML = ("hi", "ref")  # trafilatura's inline elements: bold, italics, links
UNLIKELY, MAYBE = REGEXES["unlikelyCandidatesRe"].search, REGEXES["okMaybeItsACandidateRe"].search


@lru_cache(maxsize=8)
def _extractor(focus: str, fast: bool) -> Extractor:
    return Extractor(fast=fast, **EXTRACT_OPTIONS, **({} if focus == "balanced" else {focus: True}))


def extractor(url: str, focus: str, fast: bool = True) -> Extractor:
    """trafilatura's options for one page address and focus: built once per focus (its
    constructor reads its configuration each time), the address set on a copy as the
    constructor sets it (trafilatura never changes the options it is given)."""
    options = copy.copy(_extractor(focus, fast))
    options.url = url or None
    options.source = url.encode("utf-8", "replace").decode("utf-8") if url else None
    return options


def trafilatura_main(tree: lxml.html.HtmlElement, url: str, focus: str,
                     fast: bool = True, tails: bool = False) -> etree._Element | None:
    """trafilatura's article as its XML ``main`` element (``focus``: precision, balanced or
    recall; ``tails``: the precise focus keeps the text after an empty element, as the others do,
    where ``precise_extraction`` runs it: with ``fast``; bare_extraction has no such option)."""
    options = extractor(url, focus, fast)
    if is_fast_precise(options):
        found = precise_extraction(tree, options, tails)  # the same, with less work
    else:
        found = bare_extraction(tree, options=options, as_dict=False)
    if not found or found.body is None:
        return None
    try:
        root = etree.fromstring(xml_string(found).encode("utf-8"))
    except etree.XMLSyntaxError as error:  # its XML read back: libxml2 refuses a 10 MB text
        raise AccessError("the page is too large to be an article: a text or attribute of "
                          f"10 MB or more ({error.msg.split(',')[0]})") from error
    return unindent_inline(root.find("main"))


def unindent_inline(main: etree._Element) -> etree._Element:
    """``main`` without the indentation trafilatura's pretty-printed XML puts between two inline
    elements with no text between them ('nach <em>NDR</em>-Recherchen' read back as 'NDR
    -Recherchen'). lxml indents only an element holding elements and no text; between two
    blocks there (paragraphs in a table's cell) the line break stays, as the words' separator."""
    for parent in main.iter():
        children = list(parent)
        if not children or (parent.text or "").strip() or any((c.tail or "").strip() for c in children):
            continue  # text between the children: lxml indented none of them
        for child, after in pairwise(children):
            if child.tag in INLINE_XML and after.tag in INLINE_XML:
                child.tail = None
    return main


class Readability(ReadabilityPort):
    """trafilatura's port of readability with its first pruning step done in one walk: its own
    lists every element, then drops each whose class and id read as chrome (a quarter of its
    time). The same elements go, in the same order; tests/clean/test_html_trafilatura.py compares.
    With ``segments``, the article's other containers are merged into the best one first;
    with ``main``, the page's <main> may be the best (access.clean.html.segments, as
    readability-lxml 0.9 does); with ``leads``, a standfirst box above it goes on top
    (access.clean.html.editorial_leads). With ``uncommented``, the page's comments go first: the port's
    last pruning step measures an empty box's neighbours, and a comment among them raised (the
    page had no readability candidate)."""

    __slots__ = ("leads", "main", "segments", "uncommented")

    def __init__(self, doc: lxml.html.HtmlElement, min_text_length: int = 25, segments: bool = False,
                 main: bool = False, uncommented: bool = False, leads: bool = False) -> None:
        super().__init__(doc, min_text_length)
        self.segments, self.main, self.uncommented, self.leads = segments, main, uncommented, leads

    def summary(self) -> str:
        if self.uncommented:
            for comment in list(self.doc.iter(etree.Comment, etree.ProcessingInstruction)):
                comment.drop_tree()
        return super().summary()

    def select_best_candidate(self, candidates: dict[lxml.html.HtmlElement, Candidate]) -> Candidate | None:
        best = super().select_best_candidate(candidates)
        if best is None or not self.main:
            return best
        return main_frame(candidates, best, self.score_node, self.get_link_density)

    def get_article(self, candidates: dict[lxml.html.HtmlElement, Candidate],
                    best_candidate: Candidate) -> lxml.html.HtmlElement:
        if self.segments:
            merge_segments(candidates, best_candidate, max(10, best_candidate.score * 0.2),
                           self.get_link_density, self.min_text_length)
        if self.leads:
            editorial_leads.put_leads(best_candidate.elem, self.get_link_density)
        return super().get_article(candidates, best_candidate)

    def remove_unlikely_candidates(self) -> None:
        verdicts: dict[tuple[str | None, str | None], bool] = {}  # one per class and id
        doomed = []
        for element in self.doc.iterdescendants(etree.Element):
            key = (element.get("class"), element.get("id"))
            verdict = verdicts.get(key)
            if verdict is None:
                attrs = " ".join(filter(None, key))
                low = attrs.lower()
                verdict = verdicts[key] = len(attrs) >= 2 and bool(UNLIKELY(low)) and not MAYBE(low)
            if verdict and element.tag not in FRAME_TAGS:
                doomed.append(element)
        for element in doomed:  # after the walk, which a dropped element would cut short
            element.drop_tree()


def readability_main(tree: lxml.html.HtmlElement, url: str,
                     port: bool = True, segments: bool = False, main: bool = False,
                     uncommented: bool = False, leads: bool = False) -> etree._Element | None:
    """Readability's article, converted to trafilatura's XML by trafilatura's own step.
    ``port``: trafilatura's port of readability-lxml (six times faster, same algorithm);
    otherwise the readability-lxml package itself. ``segments``, ``main``, ``uncommented``,
    ``leads``: the port merges the article's containers, may take the page's <main>, reads the
    page without its comments, puts an editorial lead box on top (``Readability``)."""
    try:
        if port:
            summary = Readability(tree, min_text_length=25, segments=segments, main=main,
                                  uncommented=uncommented, leads=leads).summary()
        else:
            summary = ReadabilityDocument(tree, url=url or None, min_text_length=25).summary(
                html_partial=True)
        body = fragment_in_div(summary)
    except Exception:  # readability raises its own Unparseable and lxml errors on odd pages
        return None
    options = extractor(url, "precision", fast=False)
    converted, _ = sanitize_tree(body, options)
    main = etree.Element("main")
    for block in leaf_blocks(converted):
        main.append(block)  # moved, not copied: the converted tree is not used again
    return main


def fragment_in_div(markup: str) -> lxml.html.HtmlElement:
    """``lxml.html.fragment_fromstring(markup, create_parent="div", parser=HTML_PARSER)``, the
    ``div`` made by HTML_PARSER too: lxml.html makes it with its default parser, and the
    elements moved into it then have their classes chosen in a Python call each time one is
    touched (trafilatura's conversion touches every one)."""
    elements = lxml.html.fragments_fromstring(markup, parser=HTML_PARSER, no_leading_text=False)
    root = HTML_PARSER.makeelement("div")
    if elements:
        if isinstance(elements[0], str):
            root.text = elements[0]
            del elements[0]
        root.extend(elements)
    return root


def prefers_readability(first: etree._Element, a_text: str, b_text: str) -> bool:
    """trafilatura's own test for taking readability's text over its own (much longer, or its
    own has no paragraph text or is mostly tables), which its fast mode skips."""
    second = etree.Element("main")  # only read in recall mode
    return _prefer_readability(first, second, b_text, len(a_text), len(b_text),
                               _extractor("precision", True))

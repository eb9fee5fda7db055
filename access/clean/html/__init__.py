"""Clean a saved page or fetched URL into a Document.

trafilatura finds the article (it is measured best on our dev pages); this module turns its
structured XML into the document model, restores what trafilatura drops (figure captions,
credits, alt text from ``aria-label``; a caption set as a line under its picture, in italics
or ending in a credit), keeps only safe links and images, and re-levels the
headings under the title. Metadata comes from JSON-LD, OpenGraph and meta tags.
"""

from __future__ import annotations

import lxml.html

from access.clean.byline_again import drop_byline_again
from access.clean.closing import drop_closing_pitch, drop_link_tail
from access.clean.html.blocks import (
    Converter,
    blank_line_openings,
    class_captions,
    drop_residue,
    drop_title_captions,
    figure_captions,
    join_lone_items,
    prose_headings,
    relevel,
    split_blank_lines,
)
from access.clean.html.extract import extract_xml, page_words
from access.clean.html.links import Linker, page_links, prose_links
from access.clean.html.meta import PageMeta, read_meta
from access.clean.html.pick.agreement import forget_texts
from access.clean.html.pick.prose import node_text
from access.clean.html.prepare import prepare
from access.clean.html.settings import SETTINGS, HtmlSettings
from access.clean.html.standfirst import standfirst
from access.clean.html.trim import trim
from access.clean.marks import drop_marks, join_step_numbers
from access.clean.more_brackets import drop_more_brackets
from access.clean.rules import load_rules
from access.document import Document, Heading

__all__ = [
    "SETTINGS",
    "HtmlSettings",
    "clean_html",
    "page_words",
]


def clean_html(markup: str, url: str = "", settings: HtmlSettings = SETTINGS) -> Document:
    """Extract the article from a page: metadata, then the article's blocks."""
    forget_texts()
    rules = load_rules()
    def prepared(captioned: list[lxml.html.HtmlElement] | None = None,
                 kept: list[lxml.html.HtmlElement] | None = None) -> lxml.html.HtmlElement:
        return prepare(markup, rules, math=settings.math, boxes=settings.class_boxes,
                       lines=settings.loose_lines, controls=settings.controls, dialogs=settings.dialogs,
                       prose_divs=settings.prose_divs, item_blocks=settings.item_blocks,
                       comments=not settings.comments_out, captioned=captioned, kept=kept)

    captioned: list[lxml.html.HtmlElement] = []
    kept: list[lxml.html.HtmlElement] = []  # the page's elements, held: each walk of it finds them made
    tree = prepared(captioned, kept)
    meta: PageMeta = read_meta(tree, url, markup=markup)
    base = meta.url or url
    captions = figure_captions(tree, base)
    classed = class_captions(tree, captioned) if settings.caption_classes else frozenset()
    links = page_links(tree)
    labelled = links.labelled if settings.teaser_labels else frozenset()
    blank_lines = blank_line_openings(tree) if settings.blank_line_paragraphs else frozenset()
    # readability prunes the tree (read it before); the few steps needing the page whole prepare it again
    main, lead = extract_xml(tree, base, prepared, settings, meta.title)
    article = node_text(main) if main is not None else ""
    linker = Linker(prose_links(links.prose, base, article))
    converter = Converter(base, captions, linker, rules, settings, labelled, classed, blank_lines)
    blocks = converter.blocks(main) if main is not None else []
    title = meta.title
    if not title:
        first = next((b for b in blocks if isinstance(b, Heading)), None)
        title = first.text if first else ""
    if settings.residue:
        blocks = drop_residue(blocks, rules, settings.promo_ends, settings.stop_before_most,
                              settings.chrome_quotes, settings.quantities)
    if settings.closing_pitch:
        blocks = drop_closing_pitch(blocks, rules, settings.pitch_run, settings.pitch_opening,
                                    run_words=settings.pitch_words, run_heading=settings.pitch_label)
    if settings.link_tail:
        blocks = drop_link_tail(blocks)
    if settings.more_brackets:  # "… Akcja Katolicka w Polsce. [czytaj więcej]"
        blocks = drop_more_brackets(blocks, rules)
    if settings.marks:
        blocks = drop_marks(blocks)
    if settings.step_numbers:  # "1" over "can (20 oz) pineapple slices …": one paragraph
        blocks = join_step_numbers(blocks, settings.quantities)
    if settings.title_captions:
        blocks = drop_title_captions(blocks, title)
    if settings.lone_items:
        blocks = join_lone_items(blocks)
    if settings.byline_again:  # "Von Georg Kasch" in the body: the byline, read from the metadata
        blocks = drop_byline_again(blocks, meta.byline, settings.byline_beside)
    if converter.pieces:  # paragraphs set apart by blank lines (<br><br>), not elements
        blocks = split_blank_lines(blocks, converter.pieces, heads=settings.blank_line_heads,
                                   speakers=settings.blank_line_speakers)
    blocks = relevel(prose_headings(relevel(trim(blocks, settings.trim), title), settings.prose_heads), title)
    return Document(
        title=title,
        blocks=blocks,
        byline=meta.byline,
        date=meta.date,
        lang=meta.lang,
        dir=meta.dir,
        site=meta.site,
        source_url=meta.url or url,
        description=meta.description,
        standfirst=standfirst(lead, blocks, title),
    )

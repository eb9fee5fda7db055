"""In-process PDF/UA seconds: the sample and a 10,000-word article (median of runs)."""

from __future__ import annotations

from access.clean import clean
from access.document import Document, Heading, Inline, ListBlock, Paragraph, Table
from access.read import read_source
from access.render.pdf import render_pdf
from benchmarks.timing import SAMPLE, median_seconds

TARGET_WORDS = 10_000




def long_article(sample: Document, words: int = TARGET_WORDS) -> Document:
    """The sample's paragraphs repeated in sections, with a list, a table and links, to ``words``."""
    paragraphs = [b for b in sample.blocks if isinstance(b, Paragraph)]
    blocks: list = []
    section = 0
    while sum(len(b.text.split()) for b in blocks) < words:
        section += 1
        blocks.append(Heading(2, f"Part {section}"))
        blocks += paragraphs[:6]
        blocks.append(ListBlock(False, [[Inline("A point about it, ")],
                                        [Inline("and a link", href="https://example.org/")]]))
        blocks.append(Table([["Year", "Troops"]], [["2023", "0"], ["2024", "12,000"]]))
        blocks.append(Heading(3, f"More on part {section}"))
        blocks += paragraphs[6:]
    return Document(title="A long article", blocks=blocks, lang=sample.lang)


def run() -> dict:
    sample = clean(read_source(str(SAMPLE)))
    long = long_article(sample)
    render_pdf(sample)  # warm fonts and imports once
    return {
        "sample_words": sample.word_count(),
        "sample_pdf_s": median_seconds(lambda: render_pdf(sample)),
        "long_words": long.word_count(),
        "long_pdf_s": median_seconds(lambda: render_pdf(long), runs=3),
    }

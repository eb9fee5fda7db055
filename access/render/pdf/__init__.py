"""Render the Document as a tagged PDF (PDF/UA-1) with WeasyPrint."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from access.document import Document
from access.errors import AccessError
from access.render.html import FONT_STACK
from access.render.markup import render_template
from access.render.pdf.tagging import finish_tagging
from access.render.theme import load_tokens, stylesheet, theme_css

PAGE_SIZES = ("A4", "Letter", "A5")
PRINT_THEME = "light"


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _weasyprint_errors() -> Iterator[_Collector]:
    """Collect what WeasyPrint only logs, so accessibility errors can fail the render."""
    logger = logging.getLogger("weasyprint")
    collector = _Collector()
    logger.addHandler(collector)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate


def print_css(text_size: str, page_size: str) -> str:
    tokens = load_tokens()
    if page_size.casefold() not in {p.casefold() for p in PAGE_SIZES}:
        raise AccessError(f"unknown page size {page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    points = tokens.base_pt * tokens.size(text_size).scale
    root = (f":root {{ --font-body: {FONT_STACK}; {theme_css(tokens.themes[PRINT_THEME])} }}\n"
            f"@page {{ size: {page_size}; }}\nhtml {{ font-size: {points:.2f}pt; }}")
    return "\n".join([root, stylesheet("article.css"), stylesheet("print.css")])


def _offline_fetcher(url: str, *args, **kwargs):
    """Only embedded data is drawn: the PDF never reaches out to the network."""
    from weasyprint.urls import default_url_fetcher

    if url.startswith("data:image/") and not url.startswith("data:image/svg"):
        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"not fetched while making the PDF: {url[:80]}")


def render_pdf(doc: Document, text_size: str = "MD", page_size: str = "A4",
               images: dict[str, str] | None = None) -> bytes:
    """The PDF's bytes; fails if WeasyPrint reports an accessibility problem."""
    from weasyprint import HTML

    markup = render_template("print.html.j2", doc, css=print_css(text_size, page_size),
                             images=images, created=datetime.now(UTC).isoformat(timespec="seconds"))
    with _weasyprint_errors() as errors:
        pdf = HTML(string=markup, base_url=doc.source_url or None,
                   url_fetcher=_offline_fetcher).write_pdf(
            pdf_variant="pdf/ua-1", pdf_identifier=True, uncompressed_pdf=False
        )
    problems = [m for m in errors.messages if "PDF/UA" in m or "accessib" in m.casefold()]
    if problems:
        raise AccessError(f"the PDF would not be accessible: {problems[0]}")
    return finish_tagging(pdf)

"""Render the Document as a tagged PDF (PDF/UA-1) with WeasyPrint."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime

from access.document import Document, Figure
from access.document.direction import document_direction
from access.errors import AccessError
from access.render.markup import render_template
from access.render.theme import load_tokens, script_css, stylesheet, theme_css

PAGE_SIZES = ("A4", "Letter", "A5")
PRINT_THEME = "light"
# What WeasyPrint logs (and only logs) when the PDF would fail PDF/UA.
ACCESSIBILITY_ERRORS = ("PDF/UA", "no required alt", 'required "lang"', "accessib")
# A run of characters with no break opportunity (a word, a number, an address) wider than a
# line is broken by WeasyPrint (overflow-wrap) by laying out all the rest of its text again
# for each line it fills: time in the square of the text (100,000 digits: hours). In a text
# longer than LONG_TEXT characters such runs get a zero-width space every PIECE characters, a
# place a line may end, shorter than a line at the largest text size; a shorter text (an
# address in a sentence, a link's) costs little and is left whole, to copy whole. Markup's
# entities count as one character; scripts written without spaces, which Pango breaks by
# itself (Thai, Lao, Myanmar, Khmer, CJK and on), are left as they are.
LONG_TEXT = 1000
PIECE = 16
_UNIT = r"(?:&#?\w+;|[^\s<>&\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\U0010ffff])"
UNBROKEN = re.compile(f"{_UNIT}{{{3 * PIECE + 1},}}")
UNIT = re.compile(_UNIT)
TAG = re.compile(r"(<[^>]*>)")


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


def check_options(text_size: str, page_size: str) -> float:
    """The body size in points for ``text_size``; a one-line error for an unknown size."""
    if page_size.casefold() not in {p.casefold() for p in PAGE_SIZES}:
        raise AccessError(f"unknown page size {page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    tokens = load_tokens()
    return tokens.base_pt * tokens.size(text_size).scale


def print_css(text_size: str, page_size: str) -> str:
    tokens = load_tokens()
    points = check_options(text_size, page_size)
    root = (f":root {{ --font-body: {tokens.font_stack}; {theme_css(tokens.themes[PRINT_THEME])} }}\n"
            f"@page {{ size: {page_size}; }}\nhtml {{ font-size: {points:.2f}pt; }}")
    return "\n".join([root, stylesheet("article.css"), stylesheet("print.css"),
                      script_css(browser=False)])


def described_figures(doc: Document, images: dict[str, str]) -> tuple[Document, dict[str, str]]:
    """A picture is drawn only with a text alternative: its alt, else its caption."""
    blocks = [replace(b, alt=b.caption)
              if isinstance(b, Figure) and b.src in images and not b.alt.strip() else b
              for b in doc.blocks]
    described = {b.src for b in blocks if isinstance(b, Figure) and b.alt.strip()}
    return (replace(doc, blocks=blocks),
            {src: uri for src, uri in images.items() if src in described})


def render_pdf(doc: Document, text_size: str = "MD", page_size: str = "A4",
               images: dict[str, str] | None = None) -> bytes:
    """The PDF's bytes; fails if WeasyPrint reports an accessibility problem."""
    from access.render.pdf.weasy import weasyprint  # only when a PDF is asked for: it takes a second

    html = weasyprint().HTML
    from access.render.pdf.fetcher import OfflineFetcher
    from access.render.pdf.tagging import finish_tagging

    if not doc.lang.strip():
        raise AccessError("the PDF needs the article's language; set one (e.g. lang 'en')")
    doc, images = described_figures(doc, images or {})
    markup = breakable(render_template("print.html.j2", doc, css=print_css(text_size, page_size),
                                       images=images,
                                       created=datetime.now(UTC).isoformat(timespec="seconds")))
    with _weasyprint_errors() as errors:
        pdf = html(string=markup, base_url=doc.source_url or None,
                   url_fetcher=OfflineFetcher()).write_pdf(
            pdf_variant="pdf/ua-1", pdf_identifier=True, uncompressed_pdf=False
        )
    problems = [m for m in errors.messages
                if any(sign.casefold() in m.casefold() for sign in ACCESSIBILITY_ERRORS)]
    if problems:
        raise AccessError(f"the PDF would not be accessible: {problems[0]}")
    return finish_tagging(pdf, link_texts(markup), document_direction(doc),
                          other_languages(markup))


def breakable(markup: str) -> str:
    """``markup`` with a line-break opportunity every ``PIECE`` characters of each run longer
    than three pieces in the body's long texts (never in a tag, its addresses included)."""
    head, body_tag, body = markup.partition("<body")
    parts = TAG.split(body)
    for index in range(0, len(parts), 2):  # text between tags
        if len(parts[index]) > LONG_TEXT:
            parts[index] = UNBROKEN.sub(_pieces, parts[index])
    return head + body_tag + "".join(parts)


def _pieces(run: re.Match[str]) -> str:
    units = UNIT.findall(run.group())
    return "\u200b".join("".join(units[start:start + PIECE]) for start in range(0, len(units), PIECE))


def link_texts(markup: str) -> list[tuple[str, str]]:
    """(address, text) of every link in the markup, in reading order."""
    import lxml.html

    tree = lxml.html.fromstring(markup)
    return [(a.get("href", ""), " ".join(a.text_content().split()))
            for a in tree.iter("a") if a.get("href")]


def other_languages(markup: str) -> list[tuple[str, str]]:
    """(lang, text) of every element of the article in another language than the document."""
    import lxml.html

    tree = lxml.html.fromstring(markup)
    return [(element.get("lang"), element.text_content())
            for element in tree.xpath("//article//*[@lang]")]

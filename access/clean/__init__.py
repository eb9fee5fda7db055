"""Clean: turn a Source into a Document, keeping the article and dropping site chrome."""

from __future__ import annotations

from access.clean.language import detect_language
from access.clean.text import clean_text
from access.document import Document
from access.document.direction import with_directions
from access.errors import AccessError
from access.read import Source

MIN_ARTICLE_WORDS = 20


def clean(source: Source) -> Document:
    """Extract the article from ``source``; fail when no article is found."""
    if source.kind == "html":
        from access.clean.html import clean_html  # trafilatura: only for pages

        doc = clean_html(source.text, url=source.url)
    else:
        doc = clean_text(source.text)
    if not doc.title or doc.word_count() < MIN_ARTICLE_WORDS:
        raise AccessError(f"{source.name}: no article found in it")
    # The text decides: pages often declare a template's language, not the article's.
    doc.lang = detect_language(f"{doc.title}\n{doc.text}", default=doc.lang or "en")
    if not doc.source_url and source.url:
        doc.source_url = source.url
    return with_directions(doc)




def __getattr__(name: str):
    if name == "clean_html":  # imported on first use: trafilatura takes most of a second
        from access.clean.html import clean_html

        return clean_html
    raise AttributeError(name)


__all__ = ["clean", "clean_html", "clean_text"]

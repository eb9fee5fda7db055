"""Clean: turn a Source into a Document, keeping the article and dropping site chrome."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from access.clean.language import MIN_CHARS, MIN_UNDECLARED_CHARS, detect_language, prose
from access.clean.text import clean_text
from access.clean.text.settings import SETTINGS as TEXT_SETTINGS
from access.document import Block, Document, Heading, ListBlock, Paragraph, Quote, Table
from access.document.direction import with_directions
from access.document.model import SCRIPT_STOPS, count_words
from access.document.tags import detected_with_region, with_chinese_script
from access.errors import AccessError

if TYPE_CHECKING:
    from access.read import Source

MIN_SENTENCE_WORDS = 6  # prose: at least this many words of sentences in the body
TITLE_WORDS = 12  # a title derived from the opening sentence keeps at most this many words
SENTENCE_END = re.compile(rf"(?<=[.!?…])\s|(?<=[{SCRIPT_STOPS}])\s?")  # no space after 。


def has_prose(doc: Document) -> bool:
    """Whether the document holds running text at all (a short article is still an article,
    and so are a few short sentences, and so is one a page lays out in table cells; a run of
    menu words with no sentence in it is not)."""
    return sum(count_words(prose(block.text)) for block in doc.blocks
               if isinstance(block, Paragraph | Quote | ListBlock | Table)) >= MIN_SENTENCE_WORDS


def is_decoration(block: Block) -> bool:
    """A paragraph or heading with no letter or digit ("* * *", "------"): a page's separator,
    which a screen reader or a voice would spell out sign by sign."""
    return isinstance(block, Paragraph | Heading) and not any(c.isalnum() for c in block.text)


def derived_title(doc: Document) -> str:
    """A title for an article that has none: its first heading, else its opening words."""
    heading = next((b for b in doc.blocks if isinstance(b, Heading)), None)
    if heading is not None:
        return heading.text
    first = next((b.text for b in doc.blocks if isinstance(b, Paragraph)), "")
    sentence = SENTENCE_END.split(" ".join(first.split()), maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def _text_document(text: str) -> Document:
    """Copied text's document; when it holds no prose, cleaned again with no line taken for a
    caption pasted twice (a short article whose one paragraph was pasted twice is an article)."""
    doc = clean_text(text)
    if has_prose(doc):
        return doc
    return clean_text(text, settings=replace(TEXT_SETTINGS, repeats_as_captions=False))


def clean(source: Source) -> Document:
    """Extract the article from ``source``; fail only when it holds no prose at all."""
    if source.kind == "html":
        from access.clean.html import clean_html  # trafilatura: only for pages

        try:
            doc = clean_html(source.text, url=source.url)
        except AccessError as error:  # a page too large or unreadable: say which
            raise AccessError(f"{source.name}: {error}") from error
    else:
        doc = _text_document(source.text)
    doc.blocks = [block for block in doc.blocks if not is_decoration(block)]
    if not has_prose(doc):
        raise AccessError(f"{source.name}: no article found in it")
    doc.title = doc.title or derived_title(doc)
    # The text decides: pages often declare a template's language, not the article's.
    # The region declared (es-SV: how numbers are written and said) stays when the text agrees.
    detected = detect_language(f"{doc.title}\n{doc.text}", default=doc.lang or "en",
                               least=MIN_CHARS if doc.lang else MIN_UNDECLARED_CHARS)
    doc.lang = with_chinese_script(detected_with_region(detected, doc.lang), doc.text)
    if not doc.source_url and source.url:
        doc.source_url = source.url
    return with_directions(doc)


def __getattr__(name: str):
    if name == "clean_html":  # imported on first use: trafilatura takes most of a second
        from access.clean.html import clean_html

        return clean_html
    raise AttributeError(name)


__all__ = ["clean", "clean_html", "clean_text"]

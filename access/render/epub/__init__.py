"""Render the Document as an EPUB 3 with the narration synchronised to the text.

ebooklib writes the container (mimetype, OPF manifest and spine, nav document, NCX) and
takes the media-overlay references; the XHTML body is the shared article partial with every
spoken sentence marked, and the SMIL overlay is ours (overlay.py)."""

from __future__ import annotations

import base64
import binascii
import io
import uuid

from ebooklib import epub

from access.document import Code, Document, Figure, Table
from access.document.reading import Reading
from access.render.audio import Narration
from access.render.epub.overlay import clock, overlay_smil
from access.render.markup import anchored_blocks, render_template
from access.render.readalong import SentenceMarks, element_ids
from access.render.theme import load_tokens, stylesheet, theme_css

ACTIVE_CLASS = "-epub-media-overlay-active"
TEXT_HREF = "article.xhtml"
AUDIO_HREF = "audio/narration.mp3"
IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif"}  # EPUB core types
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"


def render_epub(doc: Document, reading: Reading, narration: Narration | None,
                images: dict[str, str] | None = None) -> bytes:
    """The EPUB as bytes: article, narration MP3, overlay, nav and accessibility metadata
    (text only, with no MP3 or overlay, when no voice could read the article)."""
    book = epub.EpubBook()
    book.set_identifier(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, doc.source_url or doc.title)}")
    book.set_title(doc.title)
    book.set_language(doc.lang)
    if doc.byline:
        book.add_author(doc.byline)
    for name, value in (("publisher", doc.site), ("description", doc.description),
                        ("source", doc.source_url)):
        if value:
            book.add_metadata("DC", name, value)
    pictures = _pictures(images or {})
    for href, media_type, data in pictures.values():
        book.add_item(epub.EpubItem(file_name=href, media_type=media_type, content=data))
    style = epub.EpubItem(uid="style", file_name="style/article.css", media_type="text/css",
                          content=_css().encode("utf-8"))
    book.add_item(style)
    chapter = epub.EpubHtml(uid="article", file_name=TEXT_HREF, title=doc.title, lang=doc.lang,
                            media_overlay="overlay" if narration else None)
    chapter.content = _body(doc, reading, {src: p[0] for src, p in pictures.items()})
    chapter.add_item(style)
    book.add_item(chapter)
    if narration:
        _add_narration(book, reading, narration)
    _accessibility(book, doc, has_pictures=bool(pictures), narrated=narration is not None)
    book.toc = _toc(doc)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [chapter]
    return _bytes(book)


def _add_narration(book: epub.EpubBook, reading: Reading, narration: Narration) -> None:
    """The MP3, its media overlay (each sentence's span of audio) and their durations."""
    book.add_item(epub.EpubItem(uid="narration", file_name=AUDIO_HREF, media_type="audio/mpeg",
                                content=narration.mp3))
    book.add_item(epub.EpubSMIL(uid="overlay", file_name="overlay/article.smil",
                                content=overlay_smil(f"../{TEXT_HREF}", f"../{AUDIO_HREF}",
                                                     narration.timings, element_ids(reading))))
    for value, refines in ((clock(narration.duration), "#overlay"), (clock(narration.duration), None)):
        book.add_metadata(None, "meta", value, {"property": "media:duration",
                                                **({"refines": refines} if refines else {})})
    book.add_metadata(None, "meta", ACTIVE_CLASS, {"property": "media:active-class"})


def _body(doc: Document, reading: Reading, images: dict[str, str]) -> str:
    article = render_template("article.html.j2", doc, images=images,
                              marks=SentenceMarks(reading), sentence_ids=True)
    return f"<html><body>{article}</body></html>"


def _pictures(images: dict[str, str]) -> dict[str, tuple[str, str, bytes]]:
    """Figure address → (href in the book, media type, bytes) for images EPUB readers show."""
    out = {}
    for src, uri in images.items():
        head, _, payload = uri.partition(",")
        media_type = head.removeprefix("data:").split(";")[0]
        if media_type not in IMAGE_TYPES or not head.endswith(";base64"):
            continue
        try:
            data = base64.b64decode(payload, validate=True)
        except binascii.Error:
            continue
        out[src] = (f"images/figure-{len(out) + 1}.{IMAGE_TYPES[media_type]}", media_type, data)
    return out


def _css() -> str:
    """The article's typography in the light theme's colours, and the overlay's highlight."""
    light = load_tokens().themes["light"]
    return "\n".join([
        f":root {{ {theme_css(light)} }}",
        stylesheet("article.css"),
        f".{ACTIVE_CLASS} {{ background-color: {light['mark_bg']}; color: {light['mark_fg']}; }}",
    ])


def _accessibility(book: epub.EpubBook, doc: Document, has_pictures: bool, narrated: bool = True) -> None:
    """schema.org accessibility metadata (EPUB Accessibility 1.1)."""
    unread = any(isinstance(b, Code) or (isinstance(b, Table) and b.rows) for b in doc.blocks)
    modes = ["textual"] + (["auditory"] if narrated else []) + (["visual"] if has_pictures else [])
    sufficient = ["textual"] + ([] if unread or not narrated else ["auditory"])
    features = ["structuralNavigation", "readingOrder", *(["synchronizedAudioText"] if narrated else []),
                "tableOfContents", "displayTransformability"]
    if any(isinstance(b, Figure) and b.alt for b in doc.blocks):
        features.append("alternativeText")
    summary = ("The article as structured text with headings, a table of contents and the "
               "reading order of the original"
               + ("; narration synchronised sentence by sentence" if narrated else "")
               + (", figures described in text." if has_pictures else "."))
    meta = [("schema:accessMode", mode) for mode in modes]
    meta += [("schema:accessModeSufficient", mode) for mode in sufficient]
    meta += [("schema:accessibilityFeature", feature) for feature in features]
    meta += [("schema:accessibilityHazard", "none"), ("schema:accessibilitySummary", summary),
             ("dcterms:conformsTo", CONFORMS_TO)]
    for prop, value in meta:
        book.add_metadata(None, "meta", value, {"property": prop})


def _toc(doc: Document) -> list:
    """The nav's entries: the title, then the headings nested by level."""
    top: list = [epub.Link(f"{TEXT_HREF}#title", doc.title, "toc-title")]
    stack: list[tuple[int, list]] = [(1, top)]
    for block in anchored_blocks(doc):
        if getattr(block, "type", "") != "heading":
            continue
        while stack[-1][0] >= block.level:
            stack.pop()
        children: list = []
        stack[-1][1].append((epub.Link(f"{TEXT_HREF}#{block.anchor}", block.text,
                                       f"toc-{block.anchor}"), children))
        stack.append((block.level, children))
    return [_leaf(entry) for entry in top]


def _leaf(entry):
    """A heading with no sub-headings is a plain link in ebooklib's terms."""
    if isinstance(entry, tuple):
        link, children = entry
        return (epub.Section(link.title, link.href), [_leaf(c) for c in children]) if children else link
    return entry


class _Writer(epub.EpubWriter):
    """ebooklib's writer, giving the package document its language (xml:lang), which
    reading systems and Ace look for and ebooklib leaves out."""

    def _write_opf_metadata(self, root) -> None:
        root.set(XML_LANG, self.book.language)
        super()._write_opf_metadata(root)


def _bytes(book: epub.EpubBook) -> bytes:
    buffer = io.BytesIO()
    writer = _Writer(buffer, book, {"epub3_pages": False, "raise_exceptions": True})
    writer.process()
    writer.write()
    return buffer.getvalue()

"""The EPUBs pass Debian's epubcheck (no error, no warning) and DAISY Ace (no violation):
the sample, the page with a figure, a list and a table, and an article with an embedded image."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from access.document import Document, Figure, Inline, Paragraph
from access.document.reading import build_reading
from access.render.audio import narrate
from access.render.epub import render_epub
from access.render.images import embed_images
from tests.render.epub_tools import ace_violations, epubcheck

PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAh"
         "KmMIQAAAABJRU5ErkJggg==")


@pytest.fixture(scope="module")
def pictured(tmp_path_factory):
    """A short article whose figure has an embedded image, narrated for real."""
    doc = Document(title="The quay in May", lang="en",
                   blocks=[Paragraph([Inline("Boats are back at the quay.")]),
                           Figure(PIXEL, alt="Three fishing boats moored at the quay",
                                  caption="The quay on Friday.")])
    reading = build_reading(doc)
    book = render_epub(doc, reading, narrate(doc, reading=reading), images=embed_images(doc, False))
    path = tmp_path_factory.mktemp("pictured") / "quay.epub"
    path.write_bytes(book)
    return path


def test_an_embedded_figure_is_an_image_file_with_its_alt(pictured):
    book = zipfile.ZipFile(pictured)
    opf = etree.fromstring(book.read("EPUB/content.opf"))
    images = [i for i in opf.iter("{*}item") if i.get("media-type") == "image/png"]
    assert len(images) == 1
    article = etree.fromstring(book.read("EPUB/article.xhtml"))
    img = article.find(".//{*}img")
    assert img.get("src") == images[0].get("href") and img.get("alt").startswith("Three fishing")
    assert img.getparent().get("data-sentence")  # its description is spoken and highlighted
    metas = {(m.get("property"), m.text) for m in opf.iter("{*}meta")}
    assert ("schema:accessibilityFeature", "alternativeText") in metas
    assert ("schema:accessMode", "visual") in metas


@pytest.mark.parametrize("name", ["sample", "harbour", "pictured"])
def test_epubcheck_finds_nothing(name, sample_output, harbour_output, pictured, tmp_path):
    book = {"sample": sample_output.files.get("epub"), "harbour": harbour_output.files["epub"],
            "pictured": pictured}[name]
    assert epubcheck(book, tmp_path) == []


@pytest.mark.parametrize("name", ["sample", "harbour", "pictured"])
def test_ace_finds_no_violation(name, sample_output, harbour_output, pictured, tmp_path):
    book = {"sample": sample_output.files.get("epub"), "harbour": harbour_output.files["epub"],
            "pictured": pictured}[name]
    assert ace_violations(book, tmp_path) == []

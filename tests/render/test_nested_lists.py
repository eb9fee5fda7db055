"""A nested list as every output shows it: lists inside items on the page and in the EPUB,
L inside LI in the PDF's structure, each item read in its place by the read-along."""

from __future__ import annotations

import io
import zipfile

import pikepdf
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from access.clean.html import clean_html
from access.document import Document, ListBlock, runs
from access.render.html import render_html
from access.render.pdf import render_pdf
from access.render.pdf.audit import audit, kids, walk
from tests.clean.test_html_lists import PAGE

# The real excerpt (anarc.at) with two numbered levels inside its bulleted list.
DEEP = PAGE.replace("<li>upstream packaged in Debian</li>",
                    "<li>upstream packaged<ol><li>in Debian<ol><li>since buster</li></ol>"
                    "</li></ol></li>")
URL = "https://anarc.at/blog/2020-10-18-cdpath-replacement/"


@pytest.fixture(scope="module")
def doc():
    return clean_html(DEEP, url=URL)


def _outline(listing) -> list:
    """A parsed <ul>/<ol> as [(tag, [(item's own text, nested outline or None)])]."""
    entries = []
    for item in listing.find_all("li", recursive=False):
        inner = item.find(["ul", "ol"], recursive=False)
        own = "".join(t for t in item.find_all(string=True, recursive=True)
                      if inner is None or t not in inner.find_all(string=True))
        entries.append((" ".join(own.split()), _outline(inner) if inner else None))
    return (listing.name, entries)


def test_the_page_nests_each_list_inside_its_item(doc):
    soup = BeautifulSoup(render_html(doc), "lxml")
    listing = soup.select_one("article.article > ul")
    assert _outline(listing) == ("ul", [
        ("home page", None),
        ("upstream packaged", ("ol", [("in Debian", ("ol", [("since buster", None)]))])),
        ("emacs extensions, not in Debian:", ("ul", [
            ("helm integration (not in melpa?)", None), ("more direct", None)]))])
    for inner in soup.select("article ul, article ol"):  # a list holds only items
        assert {child.name for child in inner.find_all(recursive=False)} == {"li"}


def test_a_flat_list_is_marked_up_as_before():
    """No nesting, no change: the items one a line, nothing inside them."""
    flat = Document("T", [ListBlock(True, [runs("home page"), runs("upstream packaged")])])
    assert "<ol>\n<li>home page</li>\n<li>upstream packaged</li>\n</ol>" in render_html(flat)


def test_the_pdf_puts_each_nested_list_in_its_item(doc):
    """WeasyPrint makes a nested list the outer list's next child, beside its items; the
    finished tags put it in the item's body: L > LI > LBody > L."""
    with pikepdf.open(io.BytesIO(render_pdf(doc))) as pdf:
        assert audit(pdf) == []
        elements = list(walk(pdf.Root.StructTreeRoot))
        lists = [e for e in elements if e.tag == "/L"]
        assert [e.depth - lists[0].depth for e in lists] == [0, 3, 6, 3]
        for e in lists:
            assert {str(k.S) for k in kids(e.node)} == {"/LI"}
        for e in lists[1:]:
            assert (str(e.node.P.S), str(e.node.P.P.S)) == ("/LBody", "/LI")


def test_the_epub_nests_the_list_and_marks_every_item_for_read_along(harbour_output):
    """The harbour page's numbered steps inside its last bullet: valid XHTML (epubcheck runs
    on this book in test_epub_checkers), each step a sentence of its own."""
    book = zipfile.ZipFile(harbour_output.files["epub"])
    xhtml = etree.fromstring(book.read("EPUB/article.xhtml"))
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    steps = xhtml.xpath("//x:ul/x:li/x:ol/x:li", namespaces=ns)
    assert ["".join(step.itertext()) for step in steps] == [
        "wheel the bicycle aboard by the rear ramp", "leave it in the marked bay by the stairs"]
    assert all(step.xpath("x:span/@data-sentence", namespaces=ns) for step in steps)
